class C:
    if x:
        @deco
    def g(self):
        pass
