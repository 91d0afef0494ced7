try:
    pass
except:
    pass
try:
    a
except E:
    b
except (E, F) as e:
    c
else:
    d
finally:
    e
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
try:
    pass
except A, B:
    pass
