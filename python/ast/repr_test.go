package ast

import (
	"encoding/json"
	"math"
	"math/big"
	"os"
	"strconv"
	"testing"
	"unicode/utf8"
)

// reprCase is one entry of testdata/repr.json, written by testdata/repr.mjs
// from CPython 3.14's repr of the value.
type reprCase struct {
	Type  string          `json:"type"`
	Value json.RawMessage `json:"value"`
	Repr  string          `json:"repr"`
}

// wtf8 encodes code points as UTF-8, surrogates included, the way the
// literal package stores str values.
func wtf8(cps []rune) string {
	var b []byte
	for _, r := range cps {
		if 0xD800 <= r && r <= 0xDFFF {
			b = append(b, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

func TestReprGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/repr.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []reprCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 1000 {
		t.Fatalf("repr.json has only %d cases", len(cases))
	}
	for _, c := range cases {
		var v Value
		switch c.Type {
		case "float", "complex":
			var s string
			json.Unmarshal(c.Value, &s)
			u, err := strconv.ParseUint(s, 16, 64)
			if err != nil {
				t.Fatal(err)
			}
			f := math.Float64frombits(u)
			v = f
			if c.Type == "complex" {
				v = complex(0, f)
			}
		case "int":
			var s string
			json.Unmarshal(c.Value, &s)
			n, ok := new(big.Int).SetString(s, 0)
			if !ok {
				t.Fatalf("bad int %q", s)
			}
			v = n
			if n.IsInt64() {
				v = n.Int64()
			}
		case "str":
			var cps []rune
			json.Unmarshal(c.Value, &cps)
			v = wtf8(cps)
		case "bytes":
			var bs []int
			json.Unmarshal(c.Value, &bs)
			b := make([]byte, len(bs))
			for i, x := range bs {
				b[i] = byte(x)
			}
			v = Bytes(b)
		default:
			t.Fatalf("unknown type %q", c.Type)
		}
		if got := string(AppendValueRepr(nil, v)); got != c.Repr {
			t.Errorf("repr of %s %s = %s, want %s", c.Type, c.Value, got, c.Repr)
		}
	}
}

func TestReprOthers(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want string
	}{
		{nil, "None"}, {true, "True"}, {false, "False"}, {Ellipsis{}, "Ellipsis"},
		{int64(-5), "-5"}, {"", "''"},
		// Complex values with a real part; CPython: repr(complex(re, im)).
		{complex(1, 2), "(1+2j)"}, {complex(math.Copysign(0, -1), 1), "(-0+1j)"},
		{complex(1, math.Copysign(0, -1)), "(1-0j)"}, {complex(1.5, math.Inf(1)), "(1.5+infj)"},
		{complex(math.Inf(-1), math.NaN()), "(-inf+nanj)"}, {complex(1e16, -1e-5), "(1e+16-1e-05j)"},
	} {
		if got := string(AppendValueRepr(nil, c.v)); got != c.want {
			t.Errorf("repr of %#v = %s, want %s", c.v, got, c.want)
		}
	}
}
