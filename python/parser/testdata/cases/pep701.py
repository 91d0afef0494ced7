f"{'a' 'b'}" f"{f'{x}'}" f'{x:{y:{z}}}'
f"{x!r:{w}.{p}f}"
f'{"\n".join(a)}'
f"{
    x  # comment
}"
f'{x:=10}'
f'{(x:=10)}'
f'{x,y}'
f'{*a,}'
f'{yield}'
