x: int
x: list[int] = []
x.y: z = 1
x[0]: y
(x): y = 1
x: int = yield
x: tuple = 1, 2
