a + b * c - d / e // f % g @ h
a ** b ** c
-a ** -b
~a + +b
a << b >> c & d ^ e | f
not a and b or c and not d
a < b <= c > d >= e == f != g in h not in i is j is not k
x if y else z if w else v
lambda: 0
lambda x, *y, z=1, **w: x
(a := 1)
await x
f(a)(b)[c].d
