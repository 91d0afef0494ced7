f'{x!s:}' f'{x!a}' f'{x=!s}' f'{x=:}'
