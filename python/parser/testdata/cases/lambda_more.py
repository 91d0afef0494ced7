lambda *args, **kwargs: (args, kwargs)
lambda a, /: a
lambda a, /, b: a
lambda a=1, /, b=2, *c, d=3, **e: 0
lambda: (yield)
x = lambda: lambda: 1
