def f(x):
    print -1
    return x
y = (1 2)
