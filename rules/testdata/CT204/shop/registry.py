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


register_kind("book")


TENANTS = []


def register_tenant(tenant):
    TENANTS.append(tenant)  # want: CT204
