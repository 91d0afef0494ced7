match (a).b = 1
match(a)[0] = 2
