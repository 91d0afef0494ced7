package pyfiles

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/glob"
)

func FuzzGitignore(f *testing.F) {
	for _, seed := range []struct {
		data, rel string
	}{
		{"# build output\n/build/\n*_pb2.py\ngen/\n!keep_pb2.py\n", "src/keep_pb2.py"},
		{"*.py\r\n!a.py\r\n", "a.py"},
		{"\\#name\n\\!name\nfoo\\ \n  \n", "#name"},
		{"**/**/**/**/**/**/**/**/**/**/**/**/nomatch\n", strings.Repeat("d/", 30) + "x.py"},
		{"a/**/b/\n!a/x/b\n", "a/x/b/c.py"},
		{"[abc\nfoo\\\n", "foo"},
	} {
		f.Add([]byte(seed.data), seed.rel, false)
		f.Add([]byte(seed.data), seed.rel, true)
	}
	dir := filepath.FromSlash("/repo")
	f.Fuzz(func(t *testing.T, data []byte, rel string, isDir bool) {
		orig := parseGitignore(dir, data)

		// Lines are read one by one, whatever their length or ending.
		var lines []ignoreRule
		for line := range strings.SplitSeq(string(data), "\n") {
			lines = append(lines, parseGitignore(dir, []byte(line)).rules...)
		}
		if len(lines) != len(orig.rules) {
			t.Fatalf("%d rules from the file, %d from its lines one by one", len(orig.rules), len(lines))
		}
		for i, r := range orig.rules {
			if r.pat.String() != lines[i].pat.String() || r.negate != lines[i].negate {
				t.Fatalf("rule %d is %q (negated %v) from the file, %q (negated %v) from its line",
					i, r.pat, r.negate, lines[i].pat, lines[i].negate)
			}
		}

		path := dir + string(filepath.Separator) + filepath.FromSlash(rel)
		with := func(before, after string) bool {
			return ignored([]ignoreFile{parseGitignore(dir, []byte(before+string(data)+after))}, path, isDir)
		}
		o := ignored([]ignoreFile{orig}, path, isDir)
		// The last matching pattern decides: with every negation turned
		// over, a path is ignored exactly when a pattern matched it and
		// it was not ignored before.
		flipped := ignoreFile{dir: dir}
		for _, r := range orig.rules {
			flipped.rules = append(flipped.rules, ignoreRule{pat: r.pat, negate: !r.negate})
		}
		fl := ignored([]ignoreFile{flipped}, path, isDir)
		if o && fl {
			t.Errorf("%q is ignored both by the patterns and by their negations", rel)
		}
		// A pattern before all the others decides only when none of them
		// matches.
		if with("!**\n", "") != o {
			t.Errorf("a leading !** changed whether %q is ignored", rel)
		}
		r, _ := glob.Rel(dir, path)
		if r = strings.Trim(r, "/"); r == "" || r == "." {
			return // the directory itself: no pattern applies
		}
		if pre := with("**\n", ""); pre != !fl {
			t.Errorf("%q: with a leading ** ignored = %v, but with the negations turned over = %v", rel, pre, fl)
		}
		// A pattern after all the others decides.
		if !with("", "\n**") || with("", "\n**\n!**") {
			t.Errorf("a trailing ** or !** does not decide for %q", rel)
		}
	})
}
