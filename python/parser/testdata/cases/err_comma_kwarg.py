f(a=g(x)
  b=2)
