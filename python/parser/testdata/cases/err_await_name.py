x = (yield)
await = 1
