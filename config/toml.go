package config

import (
	"bytes"
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"
)

// entry is one setting found under the crosstalk table: its key path
// below that table and its value, with the line it is on.
type entry struct {
	key   []string
	line  int
	value value // for a [table] header, of kind "table" or "array of tables"
}

// opensTable reports whether e is a table header, [x] or [[x]], or an
// inline table, rather than a value.
func (e entry) opensTable() bool {
	return e.value.kind == "table" || e.value.kind == arrayOfTables
}

const arrayOfTables = "array of tables"

// value is a TOML value reduced to what settings can hold.
type value struct {
	kind  string // TOML's name for it, for messages: "string", "array"...
	str   string
	b     bool
	n     int64
	items []value // an array's elements
}

// bom is the byte order mark some editors on Windows put at the start of
// a UTF-8 file. TOML does not allow it (Python's tomllib rejects it), but
// Ruff's parser skips it, and the user cannot see it: an error about an
// invisible character would help no one.
const bom = "\ufeff"

// readEntries parses a TOML document and returns the key/value pairs
// whose full key starts with prefix, in document order, with the prefix
// taken off; a [table] header under prefix, the crosstalk table's own
// included, is an entry too, so no entries means no crosstalk table. The
// document as a whole must be valid TOML: the error names its line.
func readEntries(file string, data []byte, prefix []string) ([]entry, error) {
	r := reader{file: file, prefix: prefix}
	return r.read(data)
}

// reader reads one document in one pass: the parser's expressions in
// order, each checked against the tree of what the document has defined
// so far, with the line of a byte offset found in a table of where lines
// start. (go-toml's Unmarshal and Parser.Shape both cost time quadratic in
// the number of keys: a pyproject.toml with 40,000 per-file-ignores took
// 18 s to load.)
type reader struct {
	file    string
	prefix  []string
	p       unstable.Parser
	lines   []int // the offset each line starts at
	last    int   // the index in lines of the line last asked for
	root    *node
	entries []entry
	// steps counts the units of work done (bytes scanned, map look-ups,
	// probes of the line table), for the test that reading is linear.
	steps int
}

func (r *reader) read(data []byte) ([]entry, error) {
	// The mark takes three bytes of line 1, so every line keeps its number.
	data = bytes.TrimPrefix(data, []byte(bom))
	r.lines, r.last = append(r.lines[:0], 0), 0
	for i, c := range data {
		if c == '\n' {
			r.lines = append(r.lines, i+1)
		}
	}
	r.steps += len(data)
	r.root = &node{kind: headerTable}
	r.p.Reset(data)
	var (
		table   []string
		current = r.root
		// arrayAbove is the mistake of a [[tool]] header: the crosstalk
		// table would then be inside one element of an array.
		arrayAbove *Error
	)
	for r.p.NextExpression() {
		n := r.p.Expression()
		switch n.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyOf(n)
			var err error
			if current, err = r.openTable(table, n.Kind == unstable.ArrayTable, r.line(n)); err != nil {
				return nil, err
			}
			kind := "table"
			if n.Kind == unstable.ArrayTable {
				kind = arrayOfTables
			}
			if rel, ok := r.under(table); ok {
				r.entries = append(r.entries, entry{key: rel, line: r.line(n), value: value{kind: kind}})
			} else if kind == arrayOfTables && arrayAbove == nil && r.above(table) {
				name := strings.Join(table, ".")
				arrayAbove = &Error{File: r.file, Line: r.line(n), Key: name,
					Msg: fmt.Sprintf("expected a table, got an array of tables; write [%s]", name)}
			}
		case unstable.KeyValue:
			key := keyOf(n)
			if err := r.define(current, key, n.Value(), r.line(n)); err != nil {
				return nil, err
			}
			full := slices.Concat(table, key)
			if rel, ok := r.under(full); ok {
				r.appendKeyValue(rel, n)
			} else if r.above(full) && n.Value().Kind == unstable.InlineTable {
				// tool = { crosstalk = { ... } }
				r.appendInline(full, n.Value(), r.under)
			}
		}
	}
	if err := r.p.Error(); err != nil {
		return nil, r.syntaxError(data, err)
	}
	if arrayAbove != nil && len(r.entries) > 0 {
		return nil, arrayAbove
	}
	return r.entries, nil
}

// syntaxError returns the parser's error on the line its highlight is on.
func (r *reader) syntaxError(data []byte, err error) error {
	e := &Error{File: r.file, Msg: "not valid TOML: " + err.Error()}
	pe, ok := errors.AsType[*unstable.ParserError](err)
	if !ok || pe.Highlight == nil {
		return e
	}
	offset := cap(data) - cap(pe.Highlight)
	if offset < 0 || offset > len(data) {
		return e
	}
	e.Line = r.lineAt(offset)
	// go-toml names the first byte of a character as if it were the
	// character: U+00C3 'Ã' for the first byte of "ä". Name the character.
	if rest := data[offset:]; len(rest) > 0 && rest[0] >= utf8.RuneSelf {
		c, size := utf8.DecodeRune(rest)
		name := fmt.Sprintf("%#U", c)
		switch {
		case c == utf8.RuneError && size <= 1:
			name = fmt.Sprintf("0x%02X (a byte that is not UTF-8)", rest[0])
		case c == '\ufeff':
			name = "U+FEFF (a byte order mark, which may only start the file)"
		}
		e.Msg = strings.Replace(e.Msg, fmt.Sprintf("%#U", rune(rest[0])), name, 1)
	}
	return e
}

// under returns the part of full below the crosstalk table, if it is in
// that table.
func (r *reader) under(full []string) ([]string, bool) {
	if len(full) < len(r.prefix) || !slices.Equal(full[:len(r.prefix)], r.prefix) {
		return nil, false
	}
	return full[len(r.prefix):], true
}

// above reports whether key names a table that holds the crosstalk
// table: tool, for tool.crosstalk.
func (r *reader) above(key []string) bool {
	return len(key) < len(r.prefix) && slices.Equal(key, r.prefix[:len(key)])
}

// appendKeyValue adds the setting rel = n's value; an inline table adds
// one setting per key inside it.
func (r *reader) appendKeyValue(rel []string, n *unstable.Node) {
	v := n.Value()
	if v.Kind == unstable.InlineTable {
		r.appendInline(rel, v, func(k []string) ([]string, bool) { return k, true })
		return
	}
	r.entries = append(r.entries, entry{key: rel, line: r.line(n), value: valueOf(v)})
}

func (r *reader) appendInline(key []string, t *unstable.Node, under func([]string) ([]string, bool)) {
	if rel, ok := under(key); ok {
		r.entries = append(r.entries, entry{key: rel, line: r.line(t), value: value{kind: "table"}})
	}
	it := t.Children()
	for it.Next() {
		kv := it.Node()
		if kv.Kind != unstable.KeyValue {
			continue
		}
		full := slices.Concat(key, keyOf(kv))
		if rel, ok := under(full); ok {
			r.appendKeyValue(rel, kv)
		} else if kv.Value().Kind == unstable.InlineTable {
			r.appendInline(full, kv.Value(), under)
		}
	}
}

func keyOf(n *unstable.Node) []string {
	var key []string
	it := n.Key()
	for it.Next() {
		key = append(key, string(it.Node().Data))
	}
	return key
}

// line returns the line a node starts on, from its first key part when it
// has one (a key/value's own range covers only its value).
func (r *reader) line(n *unstable.Node) int {
	at := n
	if n.Kind == unstable.KeyValue || n.Kind == unstable.Table || n.Kind == unstable.ArrayTable {
		it := n.Key()
		if it.Next() {
			at = it.Node()
		}
	}
	if at.Raw.Length == 0 && at.Raw.Offset == 0 {
		return 0
	}
	return r.lineAt(int(at.Raw.Offset))
}

// lineAt returns the 1-based line of a byte offset. Offsets come mostly
// in document order, so the search walks on from the line of the last
// one; an offset before that is found by binary search.
func (r *reader) lineAt(offset int) int {
	r.steps++
	if r.lines[r.last] > offset {
		r.steps += bits.Len(uint(len(r.lines)))
		r.last, _ = slices.BinarySearch(r.lines, offset+1)
		r.last--
	}
	for r.last+1 < len(r.lines) && r.lines[r.last+1] <= offset {
		r.steps++
		r.last++
	}
	return r.last + 1
}

var kindNames = map[unstable.Kind]string{
	unstable.String: "string", unstable.Bool: "boolean", unstable.Integer: "integer",
	unstable.Float: "float", unstable.Array: "array", unstable.InlineTable: "table",
	unstable.LocalDate: "date", unstable.LocalTime: "time", unstable.LocalDateTime: "date-time",
	unstable.DateTime: "date-time",
}

func valueOf(n *unstable.Node) value {
	v := value{kind: kindNames[n.Kind]}
	switch n.Kind {
	case unstable.String:
		v.str = string(n.Data)
	case unstable.Bool:
		v.b = string(n.Data) == "true"
	case unstable.Integer:
		// Base 0 reads TOML's 0x, 0o and 0b, and its underscores; the
		// reader has checked that the number fits.
		v.n, _ = strconv.ParseInt(string(n.Data), 0, 64)
	case unstable.Array:
		it := n.Children()
		for it.Next() {
			v.items = append(v.items, valueOf(it.Node()))
		}
	}
	return v
}

func (v value) describe() string {
	if v.kind == "" {
		return "a value"
	}
	if strings.IndexByte("aeiou", v.kind[0]) >= 0 {
		return "an " + v.kind
	}
	return "a " + v.kind
}

// strings returns an array of strings, or what is wrong with it.
func (v value) strings() ([]string, error) {
	if v.kind != "array" {
		return nil, fmt.Errorf("expected an array of strings, got %s", v.describe())
	}
	out := make([]string, 0, len(v.items))
	for i, it := range v.items {
		if it.kind != "string" {
			return nil, fmt.Errorf("expected an array of strings, but item %d is %s", i+1, it.describe())
		}
		out = append(out, it.str)
	}
	return out, nil
}
