t'{x!s:{y}} and {z=}'
t'{x = :>10}'
t"""multi
{line}"""
