package codec

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Each row is what CPython 3.14.2 (the pinned Pyodide) gives for
// bytes.decode(name): the decoded text, or str() of the exception; for
// text holding lone surrogates, str() of the UnicodeEncodeError that
// str.encode("utf-8") raises, as CPython's tokenizer does. The rows were
// run through Pyodide when written, and the codecs were diffed against it
// on some 125,000 random inputs besides.
func TestDecode(t *testing.T) {
	tests := []struct {
		name, src, want, err string
	}{
		{"UTF-8", "abc", "abc", ""},
		{" Latin--1 ", "\xe9", "é", ""},
		{"latin.1", "x", "", "unknown encoding: latin.1"},
		{"iso8859.1", "\xe9", "é", ""},
		{"ISO_8859_15", "\xa4", "\u20ac", ""},
		{"rot13", "x", "", "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
		{"undefined", "x", "", "undefined encoding"},
		{"mbcs", "x", "", "unknown encoding: mbcs"},
		{"aliases", "x", "", "unknown encoding: aliases"},
		{"charmap", "\xe9", "é", ""},
		{"cp037", "\xc1@", "A ", ""},
		{"cp1252", "\x81", "", "'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>"},
		{"koi8_u", "\xae", "\u255d", ""},
		{"mac_roman", "\xdb", "\u20ac", ""},
		{"tis620", "\xdb", "", "'charmap' codec can't decode byte 0xdb in position 0: character maps to <undefined>"},
		{"utf8", "\xff", "", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
		{"u8", "\xe2\x82", "", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		{"utf_8", "\xe2(", "", "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"},
		{"utf8", "\xf0\x9f\x98", "", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
		{"cp65001", "\xed\xa0\x80", "", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
		{"utf_8_sig", "\xef\xbb\xbfx\xff", "", "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
		{"utf-16", "ab", "扡", ""},
		{"utf-16", "abc", "", "'utf-16-le' codec can't decode byte 0x63 in position 2: truncated data"},
		{"utf-16", "\xfe\xff\x00a", "a", ""},
		{"utf_16_le", "\x00\xd8a\x00", "", "'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate"},
		{"utf_16_le", "\x00\xdc", "", "'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding"},
		{"utf-16-be", "\xd8\x00", "", "'utf-16-be' codec can't decode bytes in position 0-1: unexpected end of data"},
		{"utf-32", "\x00\x00\x11\x00", "", "'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)"},
		{"utf_32_be", "\x00\x00\xd8\x00", "", "'utf-32-be' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)"},
		{"utf-32", "ab", "", "'utf-32-le' codec can't decode bytes in position 0-1: truncated data"},
		{"utf-7", "x = '+AOk-'", "x = 'é'", ""},
		{"UTF7", "a+AOk", "aé", ""},
		{"utf-7", "+-+AOk-+", "+é", ""},
		{"utf-7", "+\xe9", "", "'utf7' codec can't decode bytes in position 0-1: ill-formed sequence"},
		{"utf-7", "+AO-", "", "'utf7' codec can't decode bytes in position 0-3: partial character in shift sequence"},
		{"utf-7", "+AOl-", "", "'utf7' codec can't decode bytes in position 0-4: non-zero padding bits in shift sequence"},
		{"utf-7", "\xe9", "", "'utf7' codec can't decode byte 0xe9 in position 0: unexpected special character"},
		{"utf-7", "+2D3eAA-", "\U0001f600", ""},
		{"utf-7", "+2D0-", "", "'utf-8' codec can't encode character '\\ud83d' in position 0: surrogates not allowed"},
		{"utf-7", "+2D3YAA", "", "'utf7' codec can't decode bytes in position 0-6: unterminated shift sequence"},
		{"utf-7", "+2D3YAA-", "", "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed"},
		{"utf-7", "+2AA-x", "", "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"},
		{"utf-7", "+2ADYAA-", "", "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed"},
		{"unicode_escape", "\\x41\\u00e9\\N{bullet}\\101\\q\xe9", "Aé\u2022A\\qé", ""},
		{"unicode_escape", "'\\x4'", "", "'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape"},
		{"unicode_escape", "\\N{NO SUCH NAME}x", "", "'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name"},
		{"unicode_escape", "\\N{}", "", "'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
		{"unicode_escape", "\\Nx", "", "'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
		{"unicode_escape", "\\N{BULLET", "", "'unicodeescape' codec can't decode bytes in position 0-8: malformed \\N character escape"},
		{"unicode_escape", "a\\", "", "'unicodeescape' codec can't decode byte 0x5c in position 1: \\ at end of string"},
		{"unicode_escape", "\\U00110000", "", "'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
		{"unicode_escape", "\\ud800\\udc00", "", "'utf-8' codec can't encode characters in position 0-1: surrogates not allowed"},
		{"unicode_escape", "a\\\nb\\777", "abǿ", ""},
		{"unicode-escape", "\\N{LATIN SMALL LETTER A WITH ACUTE}", "á", ""},
		{"raw_unicode_escape", "\\u00e9\\x41\\\\u00e9", "é\\x41\\\\u00e9", ""},
		{"raw_unicode_escape", "\\U00110000", "", "'rawunicodeescape' codec can't decode bytes in position 0-9: \\Uxxxxxxxx out of range"},
		{"raw_unicode_escape", "\\u00g", "", "'rawunicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
		{"raw_unicode_escape", "a\\", "a\\", ""},
		{"idna", "x.y = 1\n", "x.y = 1\n", ""},
		{"idna", "x = '\xe9'", "", "'idna' codec can't decode byte 0xe9 in position 5: ordinal not in range(128)"},
		{"idna", "a.xn--caf-dma.b", "a.café.b", ""},
		{"idna", "a.XN--CAF-DMA.", "a.CAFé.", ""},
		{"idna", "a.xn--.b", "", "'idna' codec can't decode byte 0x78 in position 2: label empty"},
		{"idna", "a.xn--ca\xe9-dma", "", "'idna' codec can't decode byte 0xe9 in position 8: ordinal not in range(128)"},
		{"idna", "a.xn--a-!", "", "'idna' codec can't decode byte 0x21 in position 8: Invalid extended code point '33'"},
		{"idna", "xn--bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "", "'idna' codec can't decode bytes in position 0-1033: label way too long"},
		{"idna", "a.b\xe9.c", "", "'idna' codec can't decode byte 0xe9 in position 3: ordinal not in range(128)"},
		{"punycode", "caf-dma", "café", ""},
		{"punycode", "# x", "", "'punycode' codec can't decode byte 0x23 in position 0: Invalid extended code point '35'"},
		{"punycode", "a-zzzzzzzzz", "a㻒㸒㾠䁔", ""},
		{"punycode", "-b", "", "'punycode' codec can't decode bytes in position 2-2: incomplete punycode string"},
		{"punycode", "0000000000000000000002A000000000", "", "Python int too large to convert to C ssize_t"},
		{"gbk", "x = '\x81'", "", "'gbk' codec can't decode byte 0x81 in position 5: illegal multibyte sequence"},
		{"gbk", "x\x81", "", "'gbk' codec can't decode byte 0x81 in position 1: incomplete multibyte sequence"},
		{"gbk", "\x80 ", "", "'gbk' codec can't decode byte 0x80 in position 0: illegal multibyte sequence"},
		{"gbk", "\xff", "", "'gbk' codec can't decode byte 0xff in position 0: incomplete multibyte sequence"},
		{"GBK", "\xc4\xe3\xba\xc3", "你好", ""},
		{"cp936", "\x81@", "丂", ""},
		{"gb2312", "\xa1\xa4", "・", ""},
		{"gb2312", "\x81@", "", "'gb2312' codec can't decode byte 0x81 in position 0: illegal multibyte sequence"},
		{"gb18030", "\x810\x810", "\u0080", ""},
		{"gb18030", "\x900\x810", "\U00010000", ""},
		{"gb18030", "\xe32\x9a5", "\U0010ffff", ""},
		{"gb18030", "\xe32\x9a6", "", "'gb18030' codec can't decode byte 0xe3 in position 0: illegal multibyte sequence"},
		{"gb18030", "\x850\x810", "", "'gb18030' codec can't decode byte 0x85 in position 0: illegal multibyte sequence"},
		{"gb18030", "\x810\x81", "", "'gb18030' codec can't decode bytes in position 0-2: incomplete multibyte sequence"},
		{"gb18030", "\x841\xa47", "\ufffd", ""},
		{"gb18030", "\x80", "", "'gb18030' codec can't decode byte 0x80 in position 0: incomplete multibyte sequence"},
		{"shift_jis", "\x87@", "", "'shift_jis' codec can't decode byte 0x87 in position 0: illegal multibyte sequence"},
		{"shift_jis", "\x81`", "〜", ""},
		{"shift_jis", "\xb1\x82", "", "'shift_jis' codec can't decode byte 0x82 in position 1: incomplete multibyte sequence"},
		{"shift_jis", "\x82", "", "'shift_jis' codec can't decode byte 0x82 in position 0: incomplete multibyte sequence"},
		{"sjis", "\xa0", "", "'shift_jis' codec can't decode byte 0xa0 in position 0: illegal multibyte sequence"},
		{"cp932", "\x87@\xa0", "\u2460\uf8f0", ""},
		{"euc-jp", "x = '\x8e'", "", "'euc_jp' codec can't decode byte 0x8e in position 5: illegal multibyte sequence"},
		{"euc_jp", "\x8f\xb0\xa1", "丂", ""},
		{"euc_jp", "\x8f\xa1\xa1", "", "'euc_jp' codec can't decode byte 0x8f in position 0: illegal multibyte sequence"},
		{"euc_jp", "\x8f\xb0", "", "'euc_jp' codec can't decode bytes in position 0-1: incomplete multibyte sequence"},
		{"euc_jp", "\xad\xa1", "", "'euc_jp' codec can't decode byte 0xad in position 0: illegal multibyte sequence"},
		{"ujis", "\xa4\xa2", "あ", ""},
		{"big5", "\x87@", "", "'big5' codec can't decode byte 0x87 in position 0: illegal multibyte sequence"},
		{"big5", "\xa1E", "\u2022", ""},
		{"big5", "\x81@", "", "'big5' codec can't decode byte 0x81 in position 0: illegal multibyte sequence"},
		{"big5hkscs", "\x88b", "Ê\u0304", ""},
		{"big5hkscs", "\x87@", "䏰", ""},
		{"cp950", "\xc6\xa1", "ヾ", ""},
		{"euc_kr", "\x81A", "", "'euc_kr' codec can't decode byte 0x81 in position 0: illegal multibyte sequence"},
		{"euc_kr", "\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4", "가", ""},
		{"euc_kr", "\xa4\xd4\xa4\xa3\xa4\xbf\xa4\xd4", "", "'euc_kr' codec can't decode byte 0xa4 in position 0: illegal multibyte sequence"},
		{"euc_kr", "\xa4\xd4\xa4\xa1", "", "'euc_kr' codec can't decode bytes in position 0-3: incomplete multibyte sequence"},
		{"cp949", "\x81A", "갂", ""},
		{"hz", "a~~b~\nc~{<:~}d", "a~bc己d", ""},
		{"hz", "~{\x80", "", "'hz' codec can't decode byte 0x80 in position 2: illegal multibyte sequence"},
		{"hz", "~x", "", "'hz' codec can't decode byte 0x7e in position 0: illegal multibyte sequence"},
		{"hz", "~", "", "'hz' codec can't decode byte 0x7e in position 0: incomplete multibyte sequence"},
		{"hz", "~{<", "", "'hz' codec can't decode byte 0x3c in position 2: incomplete multibyte sequence"},
		{"hz", "~{\n", "", "'hz' codec can't decode byte 0x0a in position 2: incomplete multibyte sequence"},
	}
	for _, tt := range tests {
		got, err := Decode(tt.name, []byte(tt.src))
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("Decode(%q, %q) = %q, %v\nwant error %s", tt.name, tt.src, got, err, tt.err)
			}
			continue
		}
		if err != nil || string(got) != tt.want {
			t.Errorf("Decode(%q, %q) = %q, %v; want %q", tt.name, tt.src, got, err, tt.want)
		}
	}
}

// The ISO-2022 family, Johab and the JIS X 0213 codecs have no tables in
// crosstalk: input they decode as ASCII decodes (as in CPython), anything
// else gets a message that says crosstalk cannot decode it, not a
// made-up CPython error.
func TestUnsupportedCodecs(t *testing.T) {
	for _, name := range []string{"iso2022_jp", "iso-2022-kr", "johab", "shift_jis_2004", "euc_jisx0213"} {
		if got, err := Decode(name, []byte("x = 1\n")); err != nil || string(got) != "x = 1\n" {
			t.Errorf("Decode(%q, ASCII) = %q, %v", name, got, err)
		}
		for _, src := range []string{"x = '\x82\xa0'", "\x1b$B"} {
			if src[0] == 0x1b && !strings.HasPrefix(name, "iso") {
				continue // ESC is ASCII outside the ISO-2022 codecs
			}
			_, err := Decode(name, []byte(src))
			if err == nil || !strings.HasPrefix(err.Error(), "crosstalk cannot decode the ") {
				t.Errorf("Decode(%q, %q): error %v, want crosstalk's own", name, src, err)
			}
		}
	}
}

// Every charmap table has 256 characters, and every alias names a codec
// crosstalk has (the tables are generated; this catches a bad generator).
func TestTables(t *testing.T) {
	for name, table := range charmaps {
		if n := utf8.RuneCountInString(table); n != 256 {
			t.Errorf("charmaps[%q] has %d characters", name, n)
		}
	}
	for alias, module := range aliases {
		if _, ok := decoders[module]; !ok && charmaps[module] == "" && !nonText[module] && module != "mbcs" && module != "oem" {
			t.Errorf("alias %q names unknown codec %q", alias, module)
		}
	}
}
