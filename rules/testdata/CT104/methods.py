# A default given to a method that stores it (append, add, insert,
# setdefault) outlives the call; given to one that only reads it (a
# cursor's sort, a list's remove or index), it does not.
REGISTRY = []
HOOKS = {}


def ordered(coll, q, order=[("_id", 1)]):  # want-strict: CT104
    return coll.find(q).sort(order)


def dropped(items, drop=[]):  # want-strict: CT104
    items.remove(drop)
    return items.index(drop) if drop in items else -1


def inserted(hook=[]):  # want: CT104
    REGISTRY.insert(0, hook)


def kept(name, hooks=[]):  # want: CT104
    return HOOKS.setdefault(name, hooks)


def merged(name, opts={}):  # want: CT104
    HOOKS.update({name: opts})


def extended(opts={}):  # want: CT104
    REGISTRY.extend([opts])


def by_keyword(opts={}):  # want: CT104
    HOOKS.update(name=opts)


def copied(opts={}):  # want-strict: CT104
    HOOKS.update(opts)
