f'{x=y}'
