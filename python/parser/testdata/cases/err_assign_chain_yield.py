x = (yield a) = 1
