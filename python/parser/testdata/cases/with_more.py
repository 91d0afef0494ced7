with a, b as c, d as (e, f), g as [h, i]: pass
async def f():
    async with a as b, c: pass
    async for x in y: pass
    await z
    [await q async for q in r]
with (a, b,): pass
with (a as b): pass
with (a)(b) as c: pass
with (a, b)[0] as c: pass
