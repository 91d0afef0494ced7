[x for x in range(3) if x if not x for y in x]
{k: v async for k, v in a}
(x async for x in y)
[(yield) for x in y]
[x for x in (yield)]
[i := 0 for _ in y]
