pass
break
continue
return
return 1, 2
return *a, b
raise
raise E
raise E from F
del a, b.c, d[0]
del (a, b), [c]
assert x
assert x, 'msg'
global a, b
nonlocal c
import a
import a.b.c as d, e
from a import b
from a.b import (c, d as e,)
from . import x
from .. import y
from ...a import z
from .... import w
from . a . b import c
from a import *
