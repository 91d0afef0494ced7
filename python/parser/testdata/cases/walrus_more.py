if any((x := y) for y in z): pass
while (line := f()) != '': pass
print(x := 1, y := 2)
a[x := 1]
{(x := 1): (y := 2)}
