package literal

import (
	"math/big"
	"strings"
	"testing"
	"unsafe"
)

func FuzzString(f *testing.F) {
	for _, s := range []string{`'a'`, `b'\x4'`, `'\N{BOM}'`, `'''a\r\nb'''`, `r'\'`, `'\ud800'`, `u'é\x41'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v, _, err := String(text)
		if err != nil {
			if err.Msg == "" {
				t.Fatalf("String(%q): empty error message", text)
			}
			return
		}
		// A raw str literal's value is its body, newlines normalised.
		i := strings.IndexAny(text, `'"`)
		if i >= 0 && strings.ContainsAny(strings.ToLower(text[:i]), "r") && !strings.ContainsAny(strings.ToLower(text[:i]), "b") {
			body := text[i+1 : len(text)-1]
			if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
				body = text[i+3 : len(text)-3]
			}
			if want := normalizeNewlines(body); v != want {
				t.Fatalf("String(%q) = %q, want %q", text, v, want)
			}
		}
	})
}

func FuzzFStringMiddle(f *testing.F) {
	for _, s := range []string{`a{{b`, `\x4`, `\N{BOM}}}`, `é{{\x4`, `\`} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, raw bool) {
		s, err := FStringMiddle(text, raw)
		if err == nil && raw && !strings.Contains(text, "\r") && !strings.Contains(text, "{{") && !strings.Contains(text, "}}") && s != text {
			t.Fatalf("FStringMiddle(%q, raw) = %q", text, s)
		}
	})
}

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"0", "1_000", "0x_ff", "1e400", "1.5e3J", "9223372036854775808", "0b2", "1__0", "."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v, err := Number(text)
		if err != nil {
			return
		}
		// Decimal ints must agree with math/big.
		if text != "" && strings.Trim(text, "0123456789") == "" && (text[0] != '0' || strings.Trim(text, "0") == "") {
			want, _ := new(big.Int).SetString(text, 10)
			var got *big.Int
			switch v := v.(type) {
			case int64:
				got = big.NewInt(v)
			case *big.Int:
				if v.IsInt64() {
					t.Fatalf("Number(%q) = *big.Int that fits int64", text)
				}
				got = v
			default:
				t.Fatalf("Number(%q) = %T, want an int", text, v)
			}
			if got.Cmp(want) != 0 {
				t.Fatalf("Number(%q) = %s", text, got)
			}
		}
	})
}

// The common literals must not copy their text.
func TestNoCopy(t *testing.T) {
	src := `'hello, world'`
	v, _, err := String(src)
	if err != nil {
		t.Fatal(err)
	}
	s := v.(string)
	if unsafe.StringData(s) != unsafe.StringData(src[1:]) {
		t.Errorf("String(%q) copied its body", src)
	}
	mid := "plain text"
	if m, _ := FStringMiddle(mid, false); unsafe.StringData(m) != unsafe.StringData(mid) {
		t.Errorf("FStringMiddle(%q) copied its text", mid)
	}
	if id := Identifier("ascii_name"); id != "ascii_name" {
		t.Errorf("Identifier changed an ASCII name to %q", id)
	}
	if n := testing.AllocsPerRun(100, func() { FStringMiddle(mid, false); Identifier("abc") }); n != 0 {
		t.Errorf("%v allocations for plain text and names, want 0", n)
	}
	// Only the boxing of the value into ast.Value may allocate.
	if n := testing.AllocsPerRun(100, func() { String(src); Number("12345") }); n > 2 {
		t.Errorf("%v allocations for a plain string and int, want at most 2", n)
	}
}

func TestErrorOffsets(t *testing.T) {
	// CPython gives no column for a decimal int over the digit limit.
	if _, err := Number(strings.Repeat("7", 4301)); err == nil || !err.NoColumn {
		t.Errorf("Number(4301 digits): error %+v, want one with NoColumn", err)
	}
	if _, err := Number(strings.Repeat("7", 4300)); err != nil {
		t.Errorf("Number(4300 digits): error %v", err)
	}
	// CPython reports literal errors at the token's start.
	for _, src := range []string{`'\x4'`, `b'é'`, `b'\x'`, `'\N{nope}'`} {
		if _, _, err := String(src); err == nil || err.Offset != 0 {
			t.Errorf("String(%q): error %v, want one at offset 0", src, err)
		}
	}
}
