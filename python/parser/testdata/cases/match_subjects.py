match a, b:
    case _: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match -x:
    case _: pass
match = 1
match(x)
match.x = 1
match[1]
print(match)
