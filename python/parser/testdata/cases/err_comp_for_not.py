[x for not a in y]
