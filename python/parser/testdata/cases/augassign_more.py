x.y += 1
x[1:2] -= 3
x **= yield
x //= 1, 2
