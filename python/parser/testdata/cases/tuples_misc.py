x = a, 
x = (a,)
x, = y
[x] = y
(x, y), z = w
*a, = b
for (a, b), c in d: pass
del (a), [b], c
