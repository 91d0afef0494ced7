def f():
    global a, b
    nonlocal c
    del a[1:2], b.c, (d, [e])
    assert x, (y, z)
    raise X from None
    return *a, *b
