class A: pass
class B(A, metaclass=M): pass
class C(): pass
class D(*bases, **kw): x = 1
class E[T, *Ts, **P](Generic[T]):
    def m(self): pass
