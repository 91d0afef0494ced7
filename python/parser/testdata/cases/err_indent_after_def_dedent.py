class C:
    def f(self):
return 1
