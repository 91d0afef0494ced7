// Package cjkbase names the golang.org/x/text decoder each table-driven
// CJK codec starts from, for the codec package and for the generator
// (internal/cjkgen) that diffs CPython against the same decoders.
package cjkbase

import (
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Codec is one table-driven CJK codec: CPython's normalised name ("euc_jp")
// and the x/text decoder it starts from.
type Codec struct {
	Name string
	Base encoding.Encoding
}

// All returns the codecs, sorted by name.
func All() []Codec {
	return []Codec{
		{"big5", traditionalchinese.Big5}, {"big5hkscs", traditionalchinese.Big5},
		{"cp932", japanese.ShiftJIS}, {"cp949", korean.EUCKR}, {"cp950", traditionalchinese.Big5},
		{"euc_jp", japanese.EUCJP}, {"euc_kr", korean.EUCKR},
		{"gb18030", simplifiedchinese.GB18030}, {"gb2312", simplifiedchinese.GBK}, {"gbk", simplifiedchinese.GBK},
		{"shift_jis", japanese.ShiftJIS},
	}
}

// Of returns the x/text decoder of the codec name; false for a codec that
// is not table-driven CJK.
func Of(name string) (encoding.Encoding, bool) {
	for _, c := range All() {
		if c.Name == name {
			return c.Base, true
		}
	}
	return nil, false
}
