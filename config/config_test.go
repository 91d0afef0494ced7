package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/analysis"
)

// testRules stands in for the rule table: config only needs codes, names
// and options.
var testRules = []*analysis.Analyzer{
	{Code: "CT101", Name: "class-attribute-written-from-method"},
	{Code: "CT102", Name: "mutable-class-attribute-mutated"},
	{Code: "CT105", Name: "method-cache-shared-across-instances", Options: []analysis.Option{
		{Name: "extend-cache-decorators", Doc: "more decorators"},
	}},
}

func write(t testing.TB, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadReadsEverySetting(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "pyproject.toml", `
[project]
name = "shop"

[tool.ruff]
select = ["E"]

[tool.crosstalk]
select = ["CT1"]
extend-select = ["CT105"]
ignore = ["CT101"]
extend-exclude = ["gen/", "**/migrations/*.py"]
strict = true
follow-links = true
max-file-size = "512 KB"

[tool.crosstalk.per-file-ignores]
"tests/*" = ["CT102"]
"__init__.py" = ["CT1"]

[tool.crosstalk.CT105]
extend-cache-decorators = ["shop.utils.memoize"]
`)
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Select, []string{"CT1"}) || !slices.Equal(c.ExtendSelect, []string{"CT105"}) || !slices.Equal(c.Ignore, []string{"CT101"}) {
		t.Errorf("select %v, extend-select %v, ignore %v", c.Select, c.ExtendSelect, c.Ignore)
	}
	if !c.Strict || !c.FollowLinks || c.MaxFileSize != 512_000 {
		t.Errorf("strict %v, follow-links %v, max-file-size %d", c.Strict, c.FollowLinks, c.MaxFileSize)
	}
	if got := c.RuleOptions["CT105"]["extend-cache-decorators"]; !slices.Equal(got, []string{"shop.utils.memoize"}) {
		t.Errorf("CT105 option = %v", got)
	}
	abs := func(rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }
	for rel, want := range map[string]bool{
		"gen":                        true,
		"app/migrations/0001_x.py":   true,
		"app/models.py":              false,
		"venv":                       true, // the defaults stay: extend-exclude adds
		"node_modules":               true,
		"app/generated_not_a_dir.py": false,
	} {
		isDir := !strings.HasSuffix(rel, ".py")
		if got := c.Excluded(abs(rel), isDir); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", rel, got, want)
		}
	}
	if got := c.IgnoredCodes(abs("tests/test_views.py")); !slices.Equal(got, []string{"CT102"}) {
		t.Errorf("IgnoredCodes(tests/test_views.py) = %v", got)
	}
	if got := c.IgnoredCodes(abs("pkg/sub/__init__.py")); !slices.Equal(got, []string{"CT1"}) {
		t.Errorf("IgnoredCodes(pkg/sub/__init__.py) = %v", got)
	}
	if got := c.IgnoredCodes(abs("app/views.py")); len(got) != 0 {
		t.Errorf("IgnoredCodes(app/views.py) = %v, want none", got)
	}
}

func TestLoadCrosstalkTomlHasNoPrefixAndExcludeReplacesDefaults(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "crosstalk.toml", "exclude = [\"legacy\"]\nper-file-ignores = { \"a.py\" = [\"CT101\"] }\n")
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Excluded(filepath.Join(dir, "legacy"), true) || c.Excluded(filepath.Join(dir, "venv"), true) {
		t.Error("exclude should replace the default list")
	}
	if got := c.IgnoredCodes(filepath.Join(dir, "a.py")); !slices.Equal(got, []string{"CT101"}) {
		t.Errorf("inline per-file-ignores = %v", got)
	}
}

// A file given with --config is read as crosstalk.toml unless it is a
// pyproject.toml, as Ruff reads --config: a ci.toml's keys were passed
// over, an unknown one too.
func TestLoadAnyOtherFileHasNoPrefix(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(write(t, dir, "ci.toml", "strict = true\n"), testRules)
	if err != nil || !c.Strict {
		t.Errorf("ci.toml: strict %v, %v; want its top-level keys read", c != nil && c.Strict, err)
	}
	_, err = Load(write(t, dir, "other.toml", "stric = true\n"), testRules)
	if err == nil || !strings.Contains(err.Error(), `unknown key "stric"`) {
		t.Errorf("other.toml with a misspelt key: %v, want an error naming it", err)
	}
	c, err = Load(write(t, dir, "sub/pyproject.toml", "strict = true\n[tool.crosstalk]\n"), testRules)
	if err != nil || c.Strict {
		t.Errorf("pyproject.toml: strict %v, %v; want only [tool.crosstalk] read", c != nil && c.Strict, err)
	}
}

func TestLoadDottedAndInlineForms(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "pyproject.toml", "[tool]\ncrosstalk.ignore = [\"CT102\"]\ncrosstalk.CT105 = { extend-cache-decorators = [\"m.memo\"] }\n")
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Ignore, []string{"CT102"}) || !slices.Equal(c.RuleOptions["CT105"]["extend-cache-decorators"], []string{"m.memo"}) {
		t.Errorf("ignore %v, options %v", c.Ignore, c.RuleOptions)
	}
}

// Each mistake is an error naming the file, the line and the key.
func TestLoadErrorsNameFileLineAndKey(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the error, after "pyproject.toml:"
	}{
		{"unknown key", "[tool.crosstalk]\nselct = [\"CT1\"]\n",
			`2: selct: unknown key "selct"; did you mean "select"?`},
		{"wrong type", "[tool.crosstalk]\n\nstrict = \"yes\"\n",
			`3: strict: expected true or false, got a string`},
		{"not a list", "[tool.crosstalk]\nignore = \"CT101\"\n",
			`2: ignore: expected an array of strings, got a string`},
		{"list of numbers", "[tool.crosstalk]\nselect = [\"CT1\", 102]\n",
			`2: select: expected an array of strings, but item 2 is an integer`},
		{"unknown code", "[tool.crosstalk]\nignore = [\"CT999\"]\n",
			`2: ignore: "CT999" matches no rule; ` + "`crosstalk rules`" + ` lists them`},
		{"lower-case code", "[tool.crosstalk]\nignore = [\"ct101\"]\n",
			`2: ignore: "ct101" matches no rule; codes are upper case: "CT101"`},
		{"unknown rule option", "[tool.crosstalk.CT105]\nextend-cache-decorator = []\n",
			`2: CT105.extend-cache-decorator: CT105 has no setting "extend-cache-decorator"; did you mean "extend-cache-decorators"?`},
		{"plural option misspelt", "[tool.crosstalk.CT105]\nextend-cache-decorator-list = []\n",
			`2: CT105.extend-cache-decorator-list: CT105 has no setting "extend-cache-decorator-list"; did you mean "extend-cache-decorators"?`},
		{"far from every option", "[tool.crosstalk.CT105]\ncolour = []\n",
			`2: CT105.colour: CT105 has no setting "colour"; its settings: extend-cache-decorators`},
		{"rule without options", "[tool.crosstalk.CT101]\nfoo = []\n",
			`2: CT101.foo: CT101 (class-attribute-written-from-method) has no settings`},
		{"unknown table", "[tool.crosstalk]\nstrict = false\n\n[tool.crosstalk.lint]\nselect = []\n",
			`4: lint: unknown key "lint"; known keys: select, extend-select, ignore, exclude, extend-exclude, per-file-ignores, respect-gitignore, follow-links, max-file-size, strict, entry-points, entry-decorators, startup, hand-offs, src, CT101, CT102, CT105`},
		{"bad entry-points pattern", "[tool.crosstalk]\nentry-points = [\"shop.[views\"]\n",
			`2: entry-points: "shop.[views" is not a pattern of qualified names, such as "shop.views.*"`},
		{"entry decorator not qualified", "[tool.crosstalk]\nentry-decorators = [\"job\"]\n",
			`2: entry-decorators: "job" is not a qualified name, such as "shop.tasks.job"`},
		{"hand-off not qualified", "[tool.crosstalk]\nhand-offs = [\"shop.*\"]\n",
			`2: hand-offs: "shop.*" is not a qualified name, such as "shop.tasks.job"`},
		{"startup not a list", "[tool.crosstalk]\nstartup = \"shop.boot\"\n",
			`2: startup: expected an array of strings, got a string`},
		{"bad glob", "[tool.crosstalk.per-file-ignores]\n\"tests/[a\" = [\"CT101\"]\n",
			`2: per-file-ignores.tests/[a: malformed pattern "tests/[a": unclosed or invalid [...] class`},
		{"size of zero", "[tool.crosstalk]\nmax-file-size = 0\n",
			`2: max-file-size: expected a size of at least one byte, such as 10485760 or "10 MiB", got 0`},
		{"negative size", "[tool.crosstalk]\nmax-file-size = -16\n",
			`2: max-file-size: expected a size of at least one byte, such as 10485760 or "10 MiB", got -16`},
		{"size in an unknown unit", "[tool.crosstalk]\nmax-file-size = \"10 XB\"\n",
			`2: max-file-size: "10 XB": unknown unit "XB"; use one of B, KB, MB, GB, TB, KiB, MiB, GiB, TiB, such as "10 MiB"`},
		{"size not a number", "[tool.crosstalk]\nmax-file-size = \"big\"\n",
			`2: max-file-size: "big" is not a size; write a number of bytes or one with a unit, such as "10 MiB"`},
		{"size of a wrong type", "[tool.crosstalk]\nmax-file-size = 1.5\n",
			`2: max-file-size: expected a size, such as 10485760 or "10 MiB", got a float`},
		{"follow-links not a boolean", "[tool.crosstalk]\nfollow-links = \"yes\"\n",
			`2: follow-links: expected true or false, got a string`},
		{"setting as table", "[tool.crosstalk.strict]\nx = 1\n",
			`1: strict: "strict" is a setting, not a table: write strict = ...`},
		{"invalid toml", "[tool.crosstalk]\nselect = [\"CT1\"\nignore = []\n",
			`3: not valid TOML:`},
		{"duplicate key", "[tool.crosstalk]\nstrict = true\nstrict = false\n",
			`3: not valid TOML: strict is already defined on line 2`},
		{"duplicate glob", "[tool.crosstalk.per-file-ignores]\n\"a.py\" = [\"CT101\"]\n'a.py' = []\n",
			`3: not valid TOML: "a.py" is already defined on line 2`},
		{"table twice", "[tool.crosstalk]\n[tool.ruff]\n[tool.crosstalk]\n",
			`3: not valid TOML: table [tool.crosstalk] is already defined on line 1`},
		{"header into a dotted table", "[tool]\ncrosstalk.strict = true\n[tool.crosstalk]\n",
			`3: not valid TOML: table [tool.crosstalk] is already defined by a dotted key on line 2`},
		{"header into an inline table", "[tool]\ncrosstalk = { strict = true }\n[tool.crosstalk.CT105]\n",
			`3: not valid TOML: tool.crosstalk is a value (line 2), not a table`},
		{"dotted key into a header table", "[tool.crosstalk.CT105]\n[tool.crosstalk]\nCT105.x = []\n",
			`3: not valid TOML: CT105 is already defined on line 1`},
		{"table as array of tables", "[tool.crosstalk]\n[[tool.crosstalk]]\n",
			`2: not valid TOML: tool.crosstalk is a table (line 1), not an array of tables`},
		{"array of tables as table", "[[tool.x]]\n[tool.x]\n",
			`2: not valid TOML: [tool.x] is an array of tables (line 1); write [[tool.x]] to add to it`},
		{"impossible date", "[project]\nreleased = 2024-02-30\n[tool.crosstalk]\n",
			`2: not valid TOML: impossible date`},
		{"integer beyond 64 bits", "[tool.crosstalk]\nx = [\n  1,\n  99999999999999999999,\n]\n",
			`4: not valid TOML: decimal number is too large to fit in a 64-bit signed integer`},
		{"syntax error on a later line", "[tool.crosstalk]\nstrict = true\n\nignore = [\"CT101\"\n\n",
			`5: not valid TOML: array is incomplete`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, t.TempDir(), "pyproject.toml", tt.text)
			_, err := Load(path, testRules)
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.TrimPrefix(err.Error(), path+":")
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

// Whatever shape the crosstalk table or one of its settings takes, Load
// names the file, the line and the key: a boolean where the table should
// be is a mistake to point at, not a crash.
func TestLoadOddShapesAreErrors(t *testing.T) {
	tests := []struct {
		file, text string
		want       string // the error, after the file name and ":"
	}{
		{"pyproject.toml", "# shop\n\ntool.crosstalk = true\n[project]\nname = \"x\"\n",
			`3: tool.crosstalk: expected a table, got a boolean`},
		{"pyproject.toml", "[tool]\ncrosstalk = \"x\"\n",
			`2: tool.crosstalk: expected a table, got a string`},
		{"pyproject.toml", "[tool]\ncrosstalk = 1\n",
			`2: tool.crosstalk: expected a table, got an integer`},
		{"pyproject.toml", "[tool]\ncrosstalk = []\n",
			`2: tool.crosstalk: expected a table, got an array`},
		{"pyproject.toml", "tool = { crosstalk = 1.5 }\n",
			`1: tool.crosstalk: expected a table, got a float`},
		{"pyproject.toml", "[[tool.crosstalk]]\nstrict = true\n",
			`1: tool.crosstalk: expected a table, got an array of tables; write [tool.crosstalk]`},
		{"pyproject.toml", "[[tool]]\ncrosstalk.strict = true\n",
			`1: tool: expected a table, got an array of tables; write [tool]`},
		{"pyproject.toml", "[tool.crosstalk]\nper-file-ignores = 1\n",
			`2: per-file-ignores: expected a table of glob = ["CODE", ...], got an integer`},
		{"pyproject.toml", "[[tool.crosstalk.per-file-ignores]]\n\"a.py\" = [\"CT101\"]\n",
			`1: per-file-ignores: expected a table of glob = ["CODE", ...], got an array of tables`},
		{"pyproject.toml", "[tool.crosstalk.per-file-ignores.\"a.py\"]\n",
			`1: per-file-ignores.a.py: expected an array of strings, got a table`},
		{"pyproject.toml", "[tool.crosstalk]\nCT105 = 1\n",
			`2: CT105: the settings of CT105 are a table, [tool.crosstalk.CT105], not an integer`},
		{"pyproject.toml", "[[tool.crosstalk.CT105]]\n",
			`1: CT105: the settings of CT105 are a table, [tool.crosstalk.CT105], not an array of tables`},
		{"pyproject.toml", "[[tool.crosstalk.strict]]\n",
			`1: strict: "strict" is a setting, not a table: write strict = ...`},
		{"crosstalk.toml", "strict = true\n[[per-file-ignores]]\n",
			`2: per-file-ignores: expected a table of glob = ["CODE", ...], got an array of tables`},
		{"crosstalk.toml", "CT105 = \"x\"\n",
			`1: CT105: the settings of CT105 are a table, [CT105], not a string`},
		{"crosstalk.toml", "[[CT105]]\n",
			`1: CT105: the settings of CT105 are a table, [CT105], not an array of tables`},
		{"crosstalk.toml", "[CT105.extend-cache-decorators]\n",
			`1: CT105.extend-cache-decorators: "extend-cache-decorators" is a setting, not a table`},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			path := write(t, t.TempDir(), tt.file, tt.text)
			_, err := Load(path, testRules)
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.TrimPrefix(err.Error(), path+":")
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestFindTakesTheNearestFileThatConfiguresCrosstalk(t *testing.T) {
	root := t.TempDir()
	write(t, root, "pyproject.toml", "[tool.crosstalk]\nstrict = true\n")
	write(t, root, "svc/pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\"crosstalk\"]\n") // no [tool.crosstalk]: passed over
	write(t, root, "svc/pkg/mod.py", "x = 1\n")
	got, err := Find(filepath.Join(root, "svc", "pkg"))
	if err != nil || got != filepath.Join(root, "pyproject.toml") {
		t.Errorf("Find = %q, %v; want the root pyproject.toml", got, err)
	}
	// A folder named like a configuration file is passed over.
	if err := os.MkdirAll(filepath.Join(root, "svc", "pkg", "pyproject.toml"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err = Find(filepath.Join(root, "svc", "pkg"))
	if err != nil || got != filepath.Join(root, "pyproject.toml") {
		t.Errorf("Find past a folder named pyproject.toml = %q, %v; want the root pyproject.toml", got, err)
	}
	write(t, root, "svc/crosstalk.toml", "strict = false\n")
	got, err = Find(filepath.Join(root, "svc", "pkg"))
	if err != nil || got != filepath.Join(root, "svc", "crosstalk.toml") {
		t.Errorf("Find = %q, %v; want svc/crosstalk.toml", got, err)
	}
}

func TestPyprojectWithoutCrosstalkTableGivesDefaults(t *testing.T) {
	path := write(t, t.TempDir(), "pyproject.toml", "[tool.crosstalk-not]\nx = 1\n# crosstalk\n")
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	if c.Strict || c.Select != nil || !c.Excluded(filepath.Join(filepath.Dir(path), ".git"), true) ||
		c.FollowLinks || c.MaxFileSize != 10<<20 || !c.RespectGitignore {
		t.Errorf("want the defaults, got %+v", c)
	}
}

func TestConfiguresCrosstalk(t *testing.T) {
	for src, want := range map[string]bool{
		"[tool.crosstalk]\n":                          true, // empty: the defaults, on purpose
		"[tool.crosstalk.per-file-ignores]\n":         true,
		"[tool]\ncrosstalk = { strict = true }\n":     true,
		"[tool.crosstalk\nbroken":                     true, // Load reports the error
		"[project]\ndependencies = [\"crosstalk\"]\n": false,
		"[tool.ruff]\n# crosstalk runs in CI too\n":   false,
		"[tool.crosstalk-plugin]\nx = 1\n":            false,
		"tool.crosstalk = true\n":                     true, // Load names the mistake
		"[[tool.crosstalk]]\n":                        true,
		"[[tool]]\ncrosstalk.strict = true\n":         true,
	} {
		if got := configuresCrosstalk([]byte(src)); got != want {
			t.Errorf("configuresCrosstalk(%q) = %v, want %v", src, got, want)
		}
	}
}

// A UTF-8 byte order mark at the start of the file, which some Windows
// editors write and no one can see, is read past as Ruff does, and the
// lines keep their numbers.
func TestByteOrderMarkAtTheStartIsSkipped(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "pyproject.toml", "\ufeff[tool.crosstalk]\nstrict = true\n")
	if got, err := Find(dir); err != nil || got != path {
		t.Errorf("Find = %q, %v; want %s", got, err, path)
	}
	if c, err := Load(path, testRules); err != nil || !c.Strict {
		t.Errorf("Load: %v", err)
	}
	path = write(t, dir, "crosstalk.toml", "\ufeff\n\nstrict = \"yes\"\n")
	if _, err := Load(path, testRules); err == nil || err.Error() != path+":3: strict: expected true or false, got a string" {
		t.Errorf("Load: %v; want the error on line 3", err)
	}
}

// go-toml names the first byte of a character that is out of place as if
// it were the character ("U+00EF 'ï'" for a byte order mark); the error
// names the character itself.
func TestSyntaxErrorsNameTheCharacter(t *testing.T) {
	for text, want := range map[string]string{
		"[tool.crosstalk]\n\ufeffstrict = true\n": "2: not valid TOML: invalid character at start of key: U+FEFF (a byte order mark, which may only start the file)",
		"\ufeff\ufeff[tool.crosstalk]\n":          "1: not valid TOML: invalid character at start of key: U+FEFF (a byte order mark, which may only start the file)",
		"[tool.crosstalk]\nä = 1\n":               "2: not valid TOML: invalid character at start of key: U+00E4 'ä'",
		"[tool.crosstalk]\nstrict = \xfftrue\n":   "2: not valid TOML: unexpected character 0xFF (a byte that is not UTF-8) at start of value",
	} {
		path := write(t, t.TempDir(), "pyproject.toml", text)
		_, err := Load(path, testRules)
		if err == nil || err.Error() != path+":"+want {
			t.Errorf("%q: error\n got %v\nwant %s", text, err, want)
		}
	}
}

// An array of tables with a longer key than tool.crosstalk, elsewhere in
// the file, is not the crosstalk table's business (it crashed Load).
func TestLongArrayOfTablesElsewhere(t *testing.T) {
	path := write(t, t.TempDir(), "pyproject.toml", "[[tool.ruff.overrides]]\nx = 1\n[tool.crosstalk]\nstrict = true\n")
	if c, err := Load(path, testRules); err != nil || !c.Strict {
		t.Errorf("Load: %v", err)
	}
}

func TestLoadReadsTheEntryPointSettings(t *testing.T) {
	path := write(t, t.TempDir(), "pyproject.toml", "[tool.crosstalk]\n"+
		"entry-points = [\"shop.jobs.*\", \"shop.hooks.on_event\"]\n"+
		"entry-decorators = [\"shop.bus.handler\"]\n"+
		"startup = [\"shop.boot.*\"]\n"+
		"hand-offs = [\"shop.queue.dispatch\"]\n")
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.HandOffs, []string{"shop.queue.dispatch"}) {
		t.Errorf("hand-offs: got %q", c.HandOffs)
	}
	if !slices.Equal(c.EntryPoints, []string{"shop.jobs.*", "shop.hooks.on_event"}) ||
		!slices.Equal(c.EntryDecorators, []string{"shop.bus.handler"}) || !slices.Equal(c.Startup, []string{"shop.boot.*"}) {
		t.Errorf("got %q, %q, %q", c.EntryPoints, c.EntryDecorators, c.Startup)
	}
}

func TestLoadReadsSrcFoldersRelativeToTheFile(t *testing.T) {
	dir := t.TempDir()
	path := write(t, dir, "pyproject.toml", "[tool.crosstalk]\nsrc = [\"apps\", \"lib/python\", \"/opt/shared\"]\n")
	c, err := Load(path, testRules)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "apps"), filepath.Join(dir, "lib", "python"), filepath.FromSlash("/opt/shared")}
	if !slices.Equal(c.Src, want) {
		t.Errorf("src %q, want %q", c.Src, want)
	}
	for abs, root := range map[string]string{
		filepath.Join(dir, "apps", "users", "models.py"): filepath.Join(dir, "apps"),
		filepath.Join(dir, "lib", "python", "x.py"):      filepath.Join(dir, "lib", "python"),
		filepath.Join(dir, "apps2", "y.py"):              "",
		filepath.Join(dir, "manage.py"):                  "",
	} {
		if got := c.SrcRoot(abs); got != root {
			t.Errorf("SrcRoot(%s) = %q, want %q", abs, got, root)
		}
	}
	bad := write(t, t.TempDir(), "pyproject.toml", "[tool.crosstalk]\nsrc = [\"\"]\n")
	if _, err := Load(bad, testRules); err == nil || !strings.Contains(err.Error(), `2: src: an empty folder name`) {
		t.Errorf("empty folder: %v", err)
	}
}
