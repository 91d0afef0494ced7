@a.b.c
@a[1]
@(yield)
@x if y else z
@lambda f: f
@a := b
def f(): pass
