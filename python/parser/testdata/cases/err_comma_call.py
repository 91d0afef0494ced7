f(a, b x)
