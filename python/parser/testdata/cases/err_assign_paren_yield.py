(yield a) = 1
