while x:
    break
else:
    pass
for x in y:
    continue
for a, b in c, d:
    pass
else:
    e
for *a, b in c: pass
for x, in y: pass
