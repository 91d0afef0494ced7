del (a), [b], c.d, e[0], (f, [g]),
for *a, b in x: pass
for (a, b), [c, *d] in x: pass
with a as (b, c), d as [e, f.g], h as i[0]: pass
with (a as b, c as d,): pass
with (a, b) as c: pass
import a as b, c.d as e
from f import (g as h, i,)
from f import g as h; import j as k
x = [*a, *b], {*a, *b}, (*a, *b)
f(*a, *b, c=1, **d)
x[*a]
x[a, *b]
y = a if b else c
z = [x for *a, b in c if d]
w = {**a, 'b': 1}
pass
