f(x, *a or b = 1)
