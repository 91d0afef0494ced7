package config

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
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
	items []value // an array's elements
}

// readEntries parses a TOML document and returns the key/value pairs
// whose full key starts with prefix, in document order, with the prefix
// taken off. The document as a whole must be valid TOML: the error names
// its line.
func readEntries(file string, data []byte, prefix []string) ([]entry, error) {
	// go-toml's decoder checks everything a TOML document must satisfy
	// (duplicate keys, redefined tables...); the parser below only reads.
	var all map[string]any
	if err := toml.Unmarshal(data, &all); err != nil {
		e := &Error{File: file, Msg: "not valid TOML: " + err.Error()}
		if de, ok := errors.AsType[*toml.DecodeError](err); ok {
			e.Line, _ = de.Position()
			e.Msg = "not valid TOML: " + strings.TrimPrefix(de.Error(), "toml: ")
		}
		return nil, e
	}

	var (
		p       unstable.Parser
		table   []string
		entries []entry
		// arrayAbove is the mistake of a [[tool]] header: the crosstalk
		// table would then be inside one element of an array.
		arrayAbove *Error
	)
	p.Reset(data)
	under := func(full []string) ([]string, bool) {
		if len(full) < len(prefix) || !slices.Equal(full[:len(prefix)], prefix) {
			return nil, false
		}
		return full[len(prefix):], true
	}
	for p.NextExpression() {
		n := p.Expression()
		switch n.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyOf(n)
			kind := "table"
			if n.Kind == unstable.ArrayTable {
				kind = arrayOfTables
			}
			if rel, ok := under(table); ok {
				entries = append(entries, entry{key: rel, line: line(&p, n), value: value{kind: kind}})
			} else if kind == arrayOfTables && arrayAbove == nil && slices.Equal(table, prefix[:len(table)]) {
				name := strings.Join(table, ".")
				arrayAbove = &Error{File: file, Line: line(&p, n), Key: name,
					Msg: fmt.Sprintf("expected a table, got an array of tables; write [%s]", name)}
			}
		case unstable.KeyValue:
			full := slices.Concat(table, keyOf(n))
			if rel, ok := under(full); ok {
				entries = appendKeyValue(entries, &p, rel, n)
			} else if len(full) <= len(prefix) && slices.Equal(full, prefix[:len(full)]) && n.Value().Kind == unstable.InlineTable {
				// tool = { crosstalk = { ... } }
				entries = appendInline(entries, &p, full, n.Value(), under)
			}
		}
	}
	if err := p.Error(); err != nil {
		return nil, &Error{File: file, Msg: "not valid TOML: " + err.Error()}
	}
	if arrayAbove != nil && len(entries) > 0 {
		return nil, arrayAbove
	}
	return entries, nil
}

// appendKeyValue adds the setting rel = n's value; an inline table adds
// one setting per key inside it.
func appendKeyValue(entries []entry, p *unstable.Parser, rel []string, n *unstable.Node) []entry {
	v := n.Value()
	if v.Kind == unstable.InlineTable {
		return appendInline(entries, p, rel, v, func(k []string) ([]string, bool) { return k, true })
	}
	return append(entries, entry{key: rel, line: line(p, n), value: valueOf(v)})
}

func appendInline(entries []entry, p *unstable.Parser, key []string, t *unstable.Node, under func([]string) ([]string, bool)) []entry {
	if rel, ok := under(key); ok {
		entries = append(entries, entry{key: rel, line: line(p, t), value: value{kind: "table"}})
	}
	it := t.Children()
	for it.Next() {
		kv := it.Node()
		if kv.Kind != unstable.KeyValue {
			continue
		}
		full := slices.Concat(key, keyOf(kv))
		if rel, ok := under(full); ok {
			entries = appendKeyValue(entries, p, rel, kv)
		} else if kv.Value().Kind == unstable.InlineTable {
			entries = appendInline(entries, p, full, kv.Value(), under)
		}
	}
	return entries
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
func line(p *unstable.Parser, n *unstable.Node) int {
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
	return p.Shape(at.Raw).Start.Line
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
