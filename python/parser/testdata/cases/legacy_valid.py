print -1
print[0]
exec *a
x = print -1
