x = 1; y = 2;
if x: pass; pass
class A: x = 1; y = 2
while 1: x = (
    1,
    2)
