def f():
    try:
        g()
except E:
    pass
