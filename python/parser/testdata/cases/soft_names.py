match match:
    case case: pass
_ = type
type type = int
print(_ := 1)
match.case = 1
def type[T](): pass
case = match = type = _ = 0
