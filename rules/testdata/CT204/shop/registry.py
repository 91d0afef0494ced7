from functools import wraps

from .state import HANDLERS, KINDS


def handler(fn):
    # A decorator registering what it decorates: not flagged at all.
    HANDLERS[fn.__name__] = fn
    return fn


def register_kind(kind):
    KINDS.append(kind)  # want-strict: CT204


@handler
def on_create():
    pass


def in_case_of(*kinds):
    # A decorator factory whose decorator registers what it decorates and
    # returns a wrapper of it: not flagged at all either.
    def inner(fn):
        for kind in kinds:
            HANDLERS[kind] = fn

        @wraps(fn)
        def wrapper(*args):
            return fn(*args)

        return wrapper

    return inner


@in_case_of("delete", "archive")
def on_delete():
    pass


register_kind("book")


TENANTS = []


def register_tenant(tenant):
    TENANTS.append(tenant)  # want: CT204
