exec[0]
x = 1 +
