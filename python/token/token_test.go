package token

import "testing"

func TestKeywordHashIsPerfect(t *testing.T) {
	seen := map[int]Kind{}
	for k := keywordBegin + 1; k < keywordEnd; k++ {
		h := keywordHash(names[k])
		if other, ok := seen[h]; ok {
			t.Fatalf("%q and %q share keyword hash %d", names[other], names[k], h)
		}
		seen[h] = k
		if got := Keyword([]byte(names[k])); got != k {
			t.Errorf("Keyword(%q) = %v, want %v", names[k], got, k)
		}
	}
}

func TestKeywordRejectsOtherNames(t *testing.T) {
	for _, s := range []string{"", "x", "self", "If", "none", "true", "match", "case", "type", "_",
		"printer", "classes", "def_", "iff", "nonlocals", "\xff\xfe", "yieldé", "wit", "lambda_"} {
		if got := Keyword([]byte(s)); got != NAME {
			t.Errorf("Keyword(%q) = %v, want NAME", s, got)
		}
	}
}
