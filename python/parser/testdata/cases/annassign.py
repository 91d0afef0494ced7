x: int = 1
(y): int
a.b: c
a[1]: list[int] = []
x: int = yield
