package config

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

// FuzzConfig reads arbitrary bytes as a pyproject.toml and as a
// crosstalk.toml. Whatever they hold, the answer is settings or an *Error
// that names the file and a line of it; the reader agrees with go-toml on
// what is valid TOML; and a pyproject.toml that Find passes over loads as
// the defaults.
func FuzzConfig(f *testing.F) {
	for _, seed := range []string{
		"[tool.crosstalk]\nselect = [\"CT1\"]\nextend-select = [\"CT105\"]\nignore = [\"CT101\"]\nextend-exclude = [\"gen/\"]\nstrict = true\n" +
			"follow-links = true\nmax-file-size = \"512 KB\"\n[tool.crosstalk.per-file-ignores]\n\"tests/*\" = [\"CT102\"]\n" +
			"[tool.crosstalk.CT105]\nextend-cache-decorators = [\"shop.utils.memoize\"]\n",
		"exclude = [\"legacy\"]\nper-file-ignores = { \"a.py\" = [\"CT101\"] }\nmax-file-size = 1_000\n",
		"[tool]\ncrosstalk.ignore = [\"CT102\"]\ncrosstalk.CT105 = { extend-cache-decorators = [\"m.memo\"] }\n",
		"tool.crosstalk = true\n",
		"[tool]\ncrosstalk = \"x\"\n",
		"[tool]\ncrosstalk = []\n",
		"tool = { crosstalk = 1.5 }\n",
		"[[tool.crosstalk]]\nstrict = true\n[[tool.crosstalk]]\n",
		"[[tool]]\ncrosstalk.strict = true\n",
		"[[per-file-ignores]]\n[[CT105]]\nCT105 = 1\n",
		"[tool.crosstalk.per-file-ignores.\"a.py\"]\n",
		"[tool.crosstalk]\nstrict = true\nstrict = false\n",
		"[tool.crosstalk]\nselect = [\"CT1\"\nignore = []\n",
		"[a.b]\n[a]\nb.c = 1\n[[x]]\ny = 1979-05-27T07:32:00Z\n[[x]]\ny = 0x7fffffffffffffff\n",
		"\ufeff[tool.crosstalk]\nmax-file-size = \"10 XB\"\n",
		"[tool.crosstalk]\n\ufeffstrict = true\nä = \xff\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, name := range []string{"pyproject.toml", "crosstalk.toml"} {
			c, err := decode(name, "/project", data, testRules)
			// A file without the word is passed over undecoded.
			passedOver := name == "pyproject.toml" && bytes.Contains(data, []byte("crosstalk")) && !configuresCrosstalk(data)
			if passedOver && err != nil {
				t.Fatalf("Find passes the file over, but Load says %v", err)
			}
			if err != nil {
				e, ok := err.(*Error)
				if !ok {
					t.Fatalf("%s: %T %v is no *Error", name, err, err)
				}
				if e.File != name || e.Line < 0 || e.Line > lines || e.Msg == "" {
					t.Fatalf("%s: error %+v: want the file, a line of the %d and a message", name, e, lines)
				}
				continue
			}
			if c.MaxFileSize < 1 {
				t.Fatalf("%s: max-file-size %d", name, c.MaxFileSize)
			}
			if passedOver {
				want := Default("/project")
				want.Path = name
				if !reflect.DeepEqual(c, want) {
					t.Fatalf("Find passes the file over, but it loads as %+v", c)
				}
			}
		}

		// Valid is what go-toml says it is, but for the byte order mark
		// the reader skips.
		_, err := readEntries("x.toml", data, nil)
		var doc map[string]any
		tomlErr := toml.Unmarshal(bytes.TrimPrefix(data, []byte(bom)), &doc)
		if (err == nil) != (tomlErr == nil) {
			t.Fatalf("reader: %v; go-toml: %v", err, tomlErr)
		}
		if e, ok := errors.AsType[*Error](err); ok && !strings.HasPrefix(e.Msg, "not valid TOML: ") {
			t.Fatalf("with no prefix, only TOML can be wrong: %v", err)
		}
	})
}
