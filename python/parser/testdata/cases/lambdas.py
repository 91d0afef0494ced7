lambda: (yield)
lambda a, b=1, /, c=2, *, d, e=3: 0
lambda *a, **k: 0
lambda *, a: a
f = lambda x: lambda y: x + y
