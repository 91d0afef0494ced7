import os
def f():
    return os.path.join(a, b
x = 1
