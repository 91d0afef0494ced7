for x, lambda: 1 in y:
    pass
