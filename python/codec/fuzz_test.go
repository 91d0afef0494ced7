package codec

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"
)

// asciiIdentity lists the codecs other than the charmap ones that decode
// every ASCII input (idna: without "xn--") to itself.
var asciiIdentity = []string{
	"ascii", "latin_1", "charmap", "utf_8", "utf_8_sig", "idna",
	"big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jp", "euc_kr", "gb18030", "gb2312", "gbk", "shift_jis",
	"johab", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213",
}

// codecNames returns every codec module name, sorted.
func codecNames() []string {
	var names []string
	for n := range decoders {
		names = append(names, n)
	}
	for n := range charmaps {
		names = append(names, n)
	}
	for n := range nonText {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// FuzzDecode checks that no input makes a codec panic, that what decodes
// is valid UTF-8, that the ASCII-compatible codecs give ASCII input back
// unchanged, and that utf_8 gives valid UTF-8 back unchanged.
func FuzzDecode(f *testing.F) {
	names := codecNames()
	seeds := []string{
		"x = 1\n", "x = '+AOk-' +2D3eAA- +2AA-", "\\x41\\u00e9\\N{BULLET}\\U0001F600\\", "a.xn--caf-dma.b", "a.xn--a-!",
		"~{<:~}~~~\n", "\xc4\xe3\xba\xc3\x81\x30\x81\x30\x90\x30\x81\x30", "\x87\x40\x82\xa0\x8f\xb0\xa1\x88\x62",
		"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4", "\xff\xfe\x00\xd8\x00\xdc", "\xef\xbb\xbf\xe2\x82",
	}
	for i := range names {
		for _, s := range seeds {
			f.Add(uint8(i), []byte(s))
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, src []byte) {
		name := names[int(which)%len(names)]
		out, err := Decode(name, src)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("Decode(%q, %q): empty error", name, src)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q, %q) = %q: not UTF-8", name, src, out)
		}
		if name == "utf_8" && utf8.Valid(src) && !bytes.Equal(out, src) {
			t.Fatalf("Decode(utf_8, %q) = %q", src, out)
		}
		ascii := !slices.ContainsFunc(src, func(c byte) bool { return c >= utf8.RuneSelf })
		if ascii && asciiCompatible(name) && !(name == "idna" && bytes.Contains(asciiLower(src), []byte("xn--"))) && !bytes.Equal(out, src) {
			t.Fatalf("Decode(%q, %q) = %q, want the ASCII input back", name, src, out)
		}
	})
}

func asciiCompatible(name string) bool {
	if table, ok := charmaps[name]; ok {
		for i, r := range []rune(table)[:128] {
			if r != rune(i) {
				return false
			}
		}
		return true
	}
	return slices.Contains(asciiIdentity, name)
}

// An ASCII input round-trips through every ASCII-compatible codec (the
// fuzz target's property, on one input that uses every ASCII byte).
func TestASCIIRoundTrip(t *testing.T) {
	var all []byte
	for c := 1; c < utf8.RuneSelf; c++ {
		all = append(all, byte(c))
	}
	for _, name := range codecNames() {
		if !asciiCompatible(name) {
			continue
		}
		if out, err := Decode(name, all); err != nil || !bytes.Equal(out, all) {
			t.Errorf("Decode(%q, ASCII) = %q, %v", name, out, err)
		}
	}
}
