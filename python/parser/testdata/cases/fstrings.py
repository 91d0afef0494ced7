f'a{x}b'
f'{x!r}' f'{y!s:>10}'
f'{x:{y}.{z}}'
f'{x=}'
f'{x = !r:>3}'
f'{x:}'
f'' 'abc' f''
'a' f'b' 'c'
f'{"a" "b"}'
f'{x}{y}'
f'{ {1: 2}[1] }'
f"{'a' if x else 'b'}"
f'{x!a}'
f'''{
x
}'''
