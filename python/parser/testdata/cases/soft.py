_ = 1
case = 2
type X = int
def match(): pass
match: int = 3
