f(print -1, a b)
