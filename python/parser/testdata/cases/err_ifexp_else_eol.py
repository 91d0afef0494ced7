f(a if b else)
