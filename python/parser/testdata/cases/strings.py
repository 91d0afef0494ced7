'a' "b"
u'a' 'b'
b'a' b'b'
'''multi
line''' 'x'
r'\n' '\n'
