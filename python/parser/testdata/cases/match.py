match x:
    case 1:
        pass
    case -1 | 2 | 3.5 | -1+2j | 1-2j:
        pass
    case 'a' 'b' | b'c':
        pass
    case None | True | False:
        pass
    case a.b.c:
        pass
    case [a, *rest]:
        pass
    case (a, b, *_):
        pass
    case (a,):
        pass
    case ():
        pass
    case []:
        pass
    case (a):
        pass
    case {'a': 1, b.c: d, **rest}:
        pass
    case {}:
        pass
    case Point(x, y=0):
        pass
    case Point():
        pass
    case a.B(c, d=[e, f]):
        pass
    case [1, 2] as z:
        pass
    case _ if x > 1:
        pass
    case y:
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case (1 | 2) as c:
        pass
