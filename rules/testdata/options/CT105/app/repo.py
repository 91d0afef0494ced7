# Runs with extend-cache-decorators = ["app.caching.memoize"].
import app.caching as cc
from app.caching import memoize, per_instance
from app.caching import memoize as remember


class Repo:
    @memoize  # want: CT105
    def find(self, k):
        return k

    @cc.memoize(ttl=60)  # want: CT105
    def find_all(self):
        return []

    @remember  # want: CT105
    def aliased(self, k):
        return k

    @per_instance
    def other(self, k):
        return k

    @staticmethod
    @memoize
    def static(k):
        return k
