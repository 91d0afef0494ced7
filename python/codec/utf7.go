package codec

// decodeUTF7 follows CPython's PyUnicode_DecodeUTF7Stateful (final, strict):
// ASCII other than '+' stands for itself; "+-" is '+'; "+" opens a base-64
// run of UTF-16 units that any other byte closes (a closing '-' is
// dropped). Lone surrogates pass through, as in CPython.
func decodeUTF7(src []byte) ([]byte, error) {
	var w writer
	inShift := false
	var bits uint
	var buffer uint64
	var surrogate rune
	start := 0 // where the current shift sequence began (its '+')
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case inShift && isBase64(c):
			buffer = buffer<<6 | uint64(fromBase64(c))
			bits += 6
			i++
			if bits < 16 {
				continue
			}
			u := rune(buffer >> (bits - 16))
			bits -= 16
			buffer &= 1<<bits - 1
			if surrogate != 0 {
				if 0xdc00 <= u && u < 0xe000 {
					w.rune(0x10000 + (surrogate-0xd800)<<10 + (u - 0xdc00))
					surrogate = 0
					continue
				}
				w.rune(surrogate)
				surrogate = 0
			}
			if 0xd800 <= u && u < 0xdc00 {
				surrogate = u
			} else {
				w.rune(u)
			}
		case inShift:
			inShift = false
			if bits >= 6 {
				return nil, decodeError("utf7", src, start, i+1, "partial character in shift sequence")
			}
			if bits > 0 && buffer != 0 {
				return nil, decodeError("utf7", src, start, i+1, "non-zero padding bits in shift sequence")
			}
			if surrogate != 0 && c < 0x80 && c != '+' {
				w.rune(surrogate)
			}
			surrogate = 0
			if c == '-' {
				i++
			}
		case c == '+':
			start = i
			i++
			switch {
			case i < len(src) && src[i] == '-':
				i++
				w.rune('+')
			case i < len(src) && !isBase64(src[i]):
				return nil, decodeError("utf7", src, start, i+1, "ill-formed sequence")
			default:
				inShift = true
				surrogate, bits, buffer = 0, 0, 0
			}
		case c < 0x80:
			w.rune(rune(c))
			i++
		default:
			return nil, decodeError("utf7", src, i, i+1, "unexpected special character")
		}
	}
	if inShift && (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0) {
		return nil, decodeError("utf7", src, start, len(src), "unterminated shift sequence")
	}
	return w.result()
}

func isBase64(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c - 'A'
	case 'a' <= c && c <= 'z':
		return c - 'a' + 26
	case '0' <= c && c <= '9':
		return c - '0' + 52
	case c == '+':
		return 62
	}
	return 63
}
