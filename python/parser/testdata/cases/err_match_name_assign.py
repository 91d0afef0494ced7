match x = 1
