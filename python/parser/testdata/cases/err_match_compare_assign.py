match a < b = 1
