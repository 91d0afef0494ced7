package scanner

import (
	"errors"
	"testing"
)

// The expected results are what CPython 3.14's ast.parse(bytes) does with
// the same input (checked with Pyodide when the cases were written).
func TestDecode(t *testing.T) {
	tests := []struct {
		raw, want string
		line, col int
		msg       string
	}{
		{raw: "x = 1\n", want: "x = 1\n"},
		{raw: "\xef\xbb\xbfx=1", want: "x=1"},
		{raw: "\xef\xbb\xbf# coding: utf-8\nx=1\n", want: "# coding: utf-8\nx=1\n"},
		{raw: "# coding: latin-1\nx = \"\xe9\"\n", want: "# coding: latin-1\nx = \"é\"\n"},
		{raw: "#!/usr/bin/python\n# -*- coding: cp1252 -*-\nx = \"\x80\"\n", want: "#!/usr/bin/python\n# -*- coding: cp1252 -*-\nx = \"€\"\n"},
		{raw: "\n# vim: set fileencoding=latin-1 :\nx=\"\xe9\"", want: "\n# vim: set fileencoding=latin-1 :\nx=\"é\""},
		{raw: "# coding=ISO_8859_15\nx=\"\xa4\"", want: "# coding=ISO_8859_15\nx=\"€\""},
		{raw: "# coding: Latin-1-foo\nx=\"\xe9\"", want: "# coding: Latin-1-foo\nx=\"é\""},
		{raw: "  # coding: latin-1\nx=\"\xe9\"", want: "  # coding: latin-1\nx=\"é\""},
		{raw: "# coding: \n", want: "# coding: \n"},
		{raw: "\xff", line: 1, col: 1,
			msg: "Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{raw: "x = 1\ny = 2 # \xc3\xa9 \xff\n", line: 2, col: 11,
			msg: "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{raw: "x=1\n# coding: latin-1\nx = \"\xe9\"\n", line: 3, col: 6,
			msg: "Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{raw: "x # coding: latin-1\nx=\"\xe9\"", line: 2, col: 4,
			msg: "Non-UTF-8 code starting with '\\xe9' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{raw: "x = \"\xed\xa0\x80\"", line: 1, col: 6,
			msg: "Non-UTF-8 code starting with '\\xed' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{raw: "# coding: xyz\nx=1\n", line: 0, col: -1, msg: "unknown encoding: xyz"},
		{raw: "\xef\xbb\xbf# coding: latin-1\nx=1\n", line: 1, col: 0, msg: "encoding problem: iso-8859-1 with BOM"},
		{raw: "\xef\xbb\xbf# coding: utf8\nx=1\n", line: 1, col: 0, msg: "encoding problem: utf8 with BOM"},
		{raw: "# coding: ascii\nx=\"\xe9\"", line: 0, col: -1, msg: "'ascii' codec can't decode byte 0xe9 in position 19: ordinal not in range(128)"},
		{raw: "a\x00b", line: 0, col: -1, msg: "source code string cannot contain null bytes"},
		// ISO-8859 codecs map 0x80-0x9F to the C1 controls; undefined bytes
		// of a single-byte codec are errors, not U+FFFD.
		{raw: "# coding: iso-8859-5\nx = '\x90\xd0'\n", want: "# coding: iso-8859-5\nx = '\u0090а'\n"},
		{raw: "# coding: cp1252\nx = '\x81'\n", line: 0, col: -1, msg: "'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>"},
		{raw: "# coding: iso-8859-3\nx = '\xa5'\n", line: 0, col: -1, msg: "'charmap' codec can't decode byte 0xa5 in position 26: character maps to <undefined>"},
		// A declared encoding decodes the whole source through CPython's
		// codec of that name (found through its aliases), strictly; a
		// failure is the codec's message, with no position.
		{raw: "# coding: utf-7\nx = '+AOk-'\n", want: "# coding: utf-7\nx = 'é'\n"},
		{raw: "# -*- coding: utf7 -*-\nx = 1 +- 2\n", want: "# -*- coding: utf7 -*-\nx = 1 + 2\n"},
		{raw: "# coding: utf-7\nx = '+2AA-'\n", line: 0, col: -1,
			msg: "'utf-8' codec can't encode character '\\ud800' in position 21: surrogates not allowed"},
		{raw: "# coding: utf-7\nx = '\xe9'\n", line: 0, col: -1,
			msg: "'utf7' codec can't decode byte 0xe9 in position 21: unexpected special character"},
		{raw: "# coding: unicode_escape\nx = '\\xe9'\n", want: "# coding: unicode_escape\nx = 'é'\n"},
		{raw: "# coding: unicode_escape\nx = \\'a\\'\n", want: "# coding: unicode_escape\nx = 'a'\n"},
		{raw: "# coding: unicode_escape\nx = '\\x4'\n", line: 0, col: -1,
			msg: "'unicodeescape' codec can't decode bytes in position 30-32: truncated \\xXX escape"},
		{raw: "# coding: raw_unicode_escape\nx = '\\u00e9'\n", want: "# coding: raw_unicode_escape\nx = 'é'\n"},
		{raw: "# coding: idna\nimport os.path\n", want: "# coding: idna\nimport os.path\n"},
		{raw: "# coding: idna\nx = '\xe9'\n", line: 0, col: -1,
			msg: "'idna' codec can't decode byte 0xe9 in position 20: ordinal not in range(128)"},
		{raw: "# coding: idna\nx = a.xn--\n", line: 0, col: -1,
			msg: "'idna' codec can't decode byte 0x0a in position 25: Invalid extended code point '10'"},
		{raw: "# coding: gbk\nx = '\x81'\n", line: 0, col: -1,
			msg: "'gbk' codec can't decode byte 0x81 in position 19: illegal multibyte sequence"},
		{raw: "# coding: gbk\nx = '\xc4\xe3'\n", want: "# coding: gbk\nx = '你'\n"},
		{raw: "# coding: gbk\nx = 1 # \x80\n", line: 0, col: -1,
			msg: "'gbk' codec can't decode byte 0x80 in position 22: illegal multibyte sequence"},
		{raw: "# coding: shift_jis\nx = '\x87@'\n", line: 0, col: -1,
			msg: "'shift_jis' codec can't decode byte 0x87 in position 25: illegal multibyte sequence"},
		{raw: "# coding: shift_jis\nx = '\x82\xa0'\n", want: "# coding: shift_jis\nx = 'あ'\n"},
		{raw: "# coding: euc-jp\nx = '\x8e'\n", line: 0, col: -1,
			msg: "'euc_jp' codec can't decode byte 0x8e in position 22: illegal multibyte sequence"},
		{raw: "# coding: euc-jp\nx = '\xad\xa1'\n", line: 0, col: -1,
			msg: "'euc_jp' codec can't decode byte 0xad in position 22: illegal multibyte sequence"},
		{raw: "# coding: big5\nx = '\x87@'\n", line: 0, col: -1,
			msg: "'big5' codec can't decode byte 0x87 in position 20: illegal multibyte sequence"},
		{raw: "# coding: big5\nx = '\xa4\xa4'\n", want: "# coding: big5\nx = '中'\n"},
		{raw: "# coding: big5\n\xc6\xa1 = 1\n", want: "# coding: big5\nヾ = 1\n"},
		{raw: "# coding: utf8\nx = '\xff'\n", line: 0, col: -1,
			msg: "'utf-8' codec can't decode byte 0xff in position 20: invalid start byte"},
		{raw: "# coding: UTF-8-sig\nx = 1\n", want: "# coding: UTF-8-sig\nx = 1\n"},
		{raw: "# coding: rot13\nx = 1\n", line: 0, col: -1,
			msg: "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs"},
		{raw: "# coding: hz\nx = '~{<:~}'\n", want: "# coding: hz\nx = '己'\n"},
		// Punycode's arithmetic overflows CPython's ssize_t: an OverflowError.
		{raw: "# coding: idna\nx.xn--0000000000000000000002A000000000\n", line: 0, col: -1,
			msg: "Python int too large to convert to C ssize_t"},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.raw))
		if tt.msg == "" {
			if err != nil || string(got) != tt.want {
				t.Errorf("Decode(%q) = %q, %v; want %q", tt.raw, got, err, tt.want)
			}
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Decode(%q): error %v, want *Error %q", tt.raw, err, tt.msg)
			continue
		}
		if e.Msg != tt.msg || e.Line != tt.line || e.Col != tt.col {
			t.Errorf("Decode(%q): error %d:%d %q\nwant %d:%d %q", tt.raw, e.Line, e.Col, e.Msg, tt.line, tt.col, tt.msg)
		}
	}
}
