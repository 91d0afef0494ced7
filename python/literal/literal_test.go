package literal

import (
	"encoding/json"
	"math"
	"math/big"
	"os"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// goldenCase is one entry of testdata/golden.json, written by
// testdata/golden.mjs from what CPython 3.14 makes of the literal.
type goldenCase struct {
	Func  string          `json:"func"`
	Src   string          `json:"src"`
	Raw   bool            `json:"raw"`
	Type  string          `json:"type"`
	Value json.RawMessage `json:"value"`
	Kind  string          `json:"kind"`
}

func loadGolden(t *testing.T) []goldenCase {
	t.Helper()
	data, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []goldenCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 1000 {
		t.Fatalf("golden.json has only %d cases", len(cases))
	}
	return cases
}

// codePoints decodes s as WTF-8, so that surrogates come out as themselves.
func codePoints(s string) []rune {
	var out []rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 && i+2 < len(s) && s[i] == 0xED {
			r = rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			size = 3
		}
		out = append(out, r)
		i += size
	}
	return out
}

func floatBits(t *testing.T, raw json.RawMessage) uint64 {
	t.Helper()
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	u, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func TestGolden(t *testing.T) {
	for _, c := range loadGolden(t) {
		var (
			got  ast.Value
			kind string
			err  *Error
		)
		switch c.Func {
		case "Number":
			got, err = Number(c.Src)
		case "String":
			got, kind, err = String(c.Src)
		case "Identifier":
			got = Identifier(c.Src)
		case "FStringMiddle":
			var s string
			s, err = FStringMiddle(c.Src, c.Raw)
			got = s
		default:
			t.Fatalf("unknown func %q", c.Func)
		}
		name := c.Func + "(" + strconv.Quote(c.Src) + ")"
		if c.Raw {
			name += " raw"
		}
		if c.Type == "error" {
			var want string
			json.Unmarshal(c.Value, &want)
			if err == nil {
				t.Errorf("%s = %#v, want error %q", name, got, want)
			} else if err.Msg != want {
				t.Errorf("%s: error %q, want %q", name, err.Msg, want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: unexpected error %q", name, err.Msg)
			continue
		}
		if kind != c.Kind {
			t.Errorf("%s: kind %q, want %q", name, kind, c.Kind)
		}
		switch c.Type {
		case "int":
			var hex string
			json.Unmarshal(c.Value, &hex)
			want, _ := new(big.Int).SetString(hex, 0)
			switch v := got.(type) {
			case int64:
				if !want.IsInt64() || want.Int64() != v {
					t.Errorf("%s = %d, want %s", name, v, want)
				}
			case *big.Int:
				if want.IsInt64() {
					t.Errorf("%s = *big.Int %s, want int64", name, v)
				} else if v.Cmp(want) != 0 {
					t.Errorf("%s = %s, want %s", name, v, want)
				}
			default:
				t.Errorf("%s = %#v, want int %s", name, got, want)
			}
		case "float":
			v, ok := got.(float64)
			if want := floatBits(t, c.Value); !ok || math.Float64bits(v) != want {
				t.Errorf("%s = %#v, want float bits %x (%v)", name, got, want, math.Float64frombits(want))
			}
		case "complex":
			v, ok := got.(complex128)
			if want := floatBits(t, c.Value); !ok || math.Float64bits(imag(v)) != want || math.Float64bits(real(v)) != 0 {
				t.Errorf("%s = %#v, want imaginary bits %x", name, got, want)
			}
		case "str", "bytes":
			var want []int
			json.Unmarshal(c.Value, &want)
			var have []rune
			switch v := got.(type) {
			case string:
				if c.Type != "str" {
					t.Errorf("%s = str %q, want bytes", name, v)
					continue
				}
				have = codePoints(v)
			case ast.Bytes:
				if c.Type != "bytes" {
					t.Errorf("%s = bytes %q, want str", name, v)
					continue
				}
				for i := 0; i < len(v); i++ {
					have = append(have, rune(v[i]))
				}
			default:
				t.Errorf("%s = %#v, want %s", name, got, c.Type)
				continue
			}
			same := len(have) == len(want)
			for i := 0; same && i < len(want); i++ {
				same = int(have[i]) == want[i]
			}
			if !same {
				t.Errorf("%s = %U, want %U", name, have, want)
			}
		}
	}
}
