match (None) = 1
