x = ('a' "b" '''c''' """d""" r'\e' R"\f" u'g' U"h")
y = (b'a' B"b" rb'c' Br"d" bR'''e''')
z = "\N{LATIN SMALL LETTER A}\x41\101\u0041\U00000041"
