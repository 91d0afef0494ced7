with (a as a, *b):
    pass
