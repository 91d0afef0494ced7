match x:
    case {**rest}:
        pass
    case {1: _, "a": [*_]}:
        pass
    case A.B.C(d=E.F):
        pass
    case [1, [2, *_], {3: x}] if x:
        pass
    case -0j | 1_000 | 0x1f | b"x" | -1.5e3:
        pass
    case (x) | (y as z):
        pass
    case str() | bytes():
        pass
match x, *y:
    case _: pass
match (x, y):
    case (a, b) as c: pass
match x:
    case 1 | 2 as y if y: pass
