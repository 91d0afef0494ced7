import functools
import functools as ft
from functools import cache, cached_property, lru_cache
from functools import lru_cache as memo

import cachetools
import methodtools
from cachetools import TTLCache, cached, cachedmethod
from cachetools.func import ttl_cache

from caching import memoize
from caching.local import lru_cache as local_cache

shared = functools.lru_cache


class Repo:
    def __init__(self, tenant):
        self.tenant = tenant
        self._cache = {}

    @lru_cache(maxsize=128)  # want-strict: CT105
    def with_maxsize(self, key):
        return self.tenant, key

    @lru_cache  # want-strict: CT105
    def bare(self, key):
        return key

    @cache  # want: CT105
    def unbounded(self, key):
        return key

    @memo(maxsize=None)  # want: CT105
    def aliased(self, key):
        return key

    @ft.cache  # want: CT105
    def module_alias(self, key):
        return key

    @functools.lru_cache()  # want-strict: CT105
    def called_empty(self, key):
        return key

    @shared  # want-strict: CT105
    def assigned_alias(self, key):
        return key

    @memoize  # want-strict: CT105
    def reexported(self, key):
        return key

    @cached(cache=TTLCache(maxsize=10, ttl=60))  # want: CT105
    def cachetools_cached(self, key):
        return key

    @cachetools.cached({})  # want: CT105
    def cachetools_module(self, key):
        return key

    @ttl_cache(ttl=60)  # want: CT105
    def cachetools_func(self, key):
        return key

    @property
    @cache  # want: CT105
    def prop(self):
        return self.tenant

    @lru_cache  # want-strict: CT105
    async def coroutine(self, key):
        return key

    # Not flagged: per-instance caches, no instance in the key, not a
    # method, and decorators that only share a name with functools'.

    @cached_property
    def per_instance(self):
        return self.tenant

    @cachedmethod(lambda self: self._cache)
    def per_instance_cachetools(self, key):
        return key

    @methodtools.lru_cache()
    def per_instance_methodtools(self, key):
        return key

    @local_cache
    def project_decorator(self, key):
        return key

    @staticmethod
    @lru_cache
    def static(key):
        return key

    @classmethod
    @lru_cache
    def klass(cls, key):
        return key

    def nested(self, key):
        @lru_cache
        def helper(k):
            return k

        return helper(key)


@lru_cache
def module_function(key):
    return key


def factory():
    class Local:
        @cache  # want-strict: CT105
        def get(self):
            return 1

    return Local


class Keyed:
    # Equal instances share entries: another instance's result comes back,
    # however small the cache.
    def __init__(self, tenant):
        self.tenant = tenant

    def __eq__(self, other):
        return isinstance(other, Keyed)

    __hash__ = object.__hash__

    @lru_cache(maxsize=1)  # want: CT105
    def settings(self):
        return self.tenant


from django.db import models


class Workspace(models.Model):
    # A Django model compares and hashes by its primary key: each
    # request's object of one row finds the entry another request's made.
    @lru_cache  # want: CT105
    def has_template(self):
        return self.template_set.exists()
