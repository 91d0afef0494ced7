del x, a < b
