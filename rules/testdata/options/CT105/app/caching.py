def memoize(fn=None, ttl=None):
    return fn


def per_instance(fn):
    return fn
