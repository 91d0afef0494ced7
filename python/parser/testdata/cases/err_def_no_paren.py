def f x: pass
