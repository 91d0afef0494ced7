*a, b = c
a, *b = c
print(*a)
x = [*a, *b]
y = {*a}
z = (*a,)
