try:
    pass
except* A:
    pass
except* (B, C) as e:
    raise
else:
    pass
finally:
    pass
try:
    pass
except A, B, C:
    pass
except (D):
    pass
