match (a) = 1
