package conformance

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Span is a token's byte range in a source.
type Span struct{ Lo, Hi int }

// Tokenize splits Python source into tokens well enough to mutate it at
// token boundaries: names and keywords, numbers, string literals (prefixes,
// triple quotes and backslash escapes; an f-string is one token) and
// operators, longest match first. Whitespace, newlines, comments and line
// continuations are not tokens. It is deliberately independent of
// python/scanner so that the mutants do not inherit the scanner's bugs.
func Tokenize(src []byte) []Span {
	var toks []Span
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\\':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' && src[i] != '\r' {
				i++
			}
		case c == '"' || c == '\'':
			end := scanString(src, i)
			toks = append(toks, Span{i, end})
			i = end
		case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
			end := scanNumber(src, i)
			toks = append(toks, Span{i, end})
			i = end
		case isWordByte(c):
			end := i
			for end < len(src) && isWordByte(src[end]) {
				end++
			}
			if end < len(src) && (src[end] == '"' || src[end] == '\'') && isStringPrefix(string(src[i:end])) {
				end = scanString(src, end)
			}
			toks = append(toks, Span{i, end})
			i = end
		default:
			end := i + operatorLen(src[i:])
			toks = append(toks, Span{i, end})
			i = end
		}
	}
	return toks
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte: identifiers may hold any non-ASCII letter; all bytes of a
// multi-byte UTF-8 sequence are >= 0x80.
func isWordByte(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) || c >= 0x80
}

func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf", "t", "tr", "rt":
		return true
	}
	return false
}

// scanString returns the end of the string literal whose quote is at
// src[q]. An unterminated one-line string ends at the line's end.
func scanString(src []byte, q int) int {
	quote := src[q]
	triple := q+2 < len(src) && src[q+1] == quote && src[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	for i < len(src) {
		switch c := src[i]; {
		case c == '\\':
			i += 2
			continue
		case c == quote && !triple:
			return i + 1
		case c == quote && i+2 < len(src) && src[i+1] == quote && src[i+2] == quote:
			return i + 3
		case (c == '\n' || c == '\r') && !triple:
			return i
		}
		i++
	}
	return len(src)
}

// scanNumber covers decimal, hex, octal, binary, float, imaginary and
// underscore-grouped literals, and an exponent's sign.
func scanNumber(src []byte, i int) int {
	start := i
	hex := i+1 < len(src) && src[i] == '0' && (src[i+1] == 'x' || src[i+1] == 'X')
	for i < len(src) {
		c := src[i]
		switch {
		case isDigit(c) || c == '.' || c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			i++
		case (c == '+' || c == '-') && !hex && i > start && (src[i-1] == 'e' || src[i-1] == 'E'):
			i++
		default:
			return i
		}
	}
	return i
}

// operatorLen is the length of the operator at the start of b, longest
// match first; any other byte is a one-byte token.
func operatorLen(b []byte) int {
	if len(b) >= 3 {
		switch string(b[:3]) {
		case "**=", "//=", ">>=", "<<=", "...":
			return 3
		}
	}
	if len(b) >= 2 {
		switch string(b[:2]) {
		case "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
			"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=":
			return 2
		}
	}
	return 1
}

// Op is a mutation.
type Op int

const (
	Delete    Op = iota // remove the token
	Duplicate           // repeat the token after a space
	Swap                // exchange the token with the next one
)

func (op Op) String() string {
	return [...]string{"delete", "duplicate", "swap"}[op]
}

// Mutate applies op to token i of src and returns the new source. Where a
// moved or removed token leaves two non-blank bytes touching that were not
// touching before, a space keeps them apart so they cannot fuse into one
// token ("a.b" less "." is "a b", not "ab").
func Mutate(src []byte, toks []Span, i int, op Op) []byte {
	t := toks[i]
	out := make([]byte, 0, len(src)+len(src[t.Lo:t.Hi])+3)
	switch op {
	case Delete:
		out = append(out, src[:t.Lo]...)
		out = appendApart(out, src[t.Hi:])
	case Duplicate:
		out = append(out, src[:t.Hi]...)
		out = append(out, ' ')
		out = append(out, src[t.Lo:]...)
	case Swap:
		u := toks[i+1]
		out = append(out, src[:t.Lo]...)
		out = appendApart(out, src[u.Lo:u.Hi])
		out = appendApart(out, src[t.Hi:u.Lo])
		out = appendApart(out, src[t.Lo:t.Hi])
		out = appendApart(out, src[u.Hi:])
	}
	return out
}

// appendApart appends b to out with a space between them when both meet
// with a non-blank byte.
func appendApart(out, b []byte) []byte {
	if len(out) > 0 && len(b) > 0 && !isSpace(out[len(out)-1]) && !isSpace(b[0]) {
		out = append(out, ' ')
	}
	return append(out, b...)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// Mutants derives n single-token mutants from the pool, deterministically
// for a given pool order and seed: each picks a source, an operation and a
// token at random. Sources with fewer than two tokens are passed over.
func Mutants(pool []Source, n int, seed uint64) ([]Source, error) {
	if len(pool) == 0 {
		return nil, fmt.Errorf("no sources to mutate")
	}
	rng := rand.New(rand.NewPCG(seed, 0x6372_6f73_7374_616c))
	out := make([]Source, 0, n)
	for attempts := 0; len(out) < n; attempts++ {
		if attempts > 10*n {
			return nil, fmt.Errorf("only %d of %d mutants after %d attempts: sources too small", len(out), n, attempts)
		}
		src := pool[rng.IntN(len(pool))]
		op := Op(rng.IntN(3))
		data, err := src.Read()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src.Name, err)
		}
		toks := Tokenize(data)
		if len(toks) < 2 {
			continue
		}
		last := len(toks)
		if op == Swap {
			last--
		}
		i := rng.IntN(last)
		m := Mutate(data, toks, i, op)
		out = append(out, Source{
			Name: fmt.Sprintf("mutant/%05d/%s/%s@%d", len(out), src.Name, op, toks[i].Lo),
			Data: m,
			Size: int64(len(m)),
		})
	}
	return out, nil
}
