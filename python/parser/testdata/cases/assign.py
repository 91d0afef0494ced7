x = 1
a, b = c, d = e
[a, *b] = (c, *d) = f
x.y = z[1] = w
a = b = yield
x = *a, *b
