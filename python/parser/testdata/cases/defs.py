def f(): pass
def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a
def f(a, /, b, *, c): pass
def f(a: int, *args: str, **kw: float): pass
def f(*args: *Ts): pass
async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
@dec
@dec.attr(1)
def g(): pass
@a
@b
class C: pass
@(lambda f: f)
async def h(): pass
