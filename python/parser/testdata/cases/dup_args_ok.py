def f(a, a): pass
class C(x, x=1, x=2): pass
