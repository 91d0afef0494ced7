return 1
nonlocal x
await y
yield z
