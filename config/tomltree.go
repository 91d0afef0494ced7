package config

import (
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// The parser checks only syntax. What else a TOML document must satisfy
// (no key defined twice, no table opened twice, nothing added to an
// inline table or a value) is checked here against a tree of what the
// document has defined so far, with a map per table so that each check
// costs the same however many keys came before: go-toml's decoder looks
// keys up in a list, which took seconds on a long per-file-ignores. The
// rules are go-toml's, so that the two agree on what is valid; the fuzz
// test compares them.

// nodeKind says how a key was defined, which decides what may later add
// to it.
type nodeKind uint8

const (
	valueNode     nodeKind = iota // a value, inline tables included: closed
	dottedTable                   // a table made by a dotted key: a.b = 1 makes a
	implicitTable                 // a table named on the way to a header's last key: [a.b] makes a
	headerTable                   // a table opened by its own [header]
	arrayTable                    // an array of tables; its children are its last element's
)

type node struct {
	kind     nodeKind
	line     int // where it was defined, for messages
	children map[string]*node
}

func (n *node) add(name string, kind nodeKind, line int) *node {
	if n.children == nil {
		n.children = map[string]*node{}
	}
	c := &node{kind: kind, line: line}
	n.children[name] = c
	return c
}

func (r *reader) invalid(line int, format string, args ...any) error {
	return &Error{File: r.file, Line: line, Msg: "not valid TOML: " + fmt.Sprintf(format, args...)}
}

// openTable checks the header [key], or [[key]] when array, and returns
// the table the key/values after it go into.
func (r *reader) openTable(key []string, array bool, line int) (*node, error) {
	t := r.root
	for i, name := range key {
		r.steps++
		c := t.children[name]
		last := i == len(key)-1
		switch {
		case c == nil && !last:
			c = t.add(name, implicitTable, line)
		case c == nil && array:
			c = t.add(name, arrayTable, line)
		case c == nil:
			c = t.add(name, headerTable, line)
		case c.kind == valueNode:
			return nil, r.invalid(line, "%s is a value (line %d), not a table", quoteKey(key[:i+1]), c.line)
		case !last:
			// A table made any way may hold a sub-table with a header.
		case array && c.kind == arrayTable:
			c.children = nil // a new element: its keys are new
		case array:
			return nil, r.invalid(line, "%s is a table (line %d), not an array of tables", quoteKey(key), c.line)
		case c.kind == implicitTable:
			c.kind, c.line = headerTable, line
		case c.kind == headerTable:
			return nil, r.invalid(line, "table [%s] is already defined on line %d", strings.Join(key, "."), c.line)
		case c.kind == dottedTable:
			return nil, r.invalid(line, "table [%s] is already defined by a dotted key on line %d", strings.Join(key, "."), c.line)
		default: // arrayTable
			return nil, r.invalid(line, "[%s] is an array of tables (line %d); write [[%s]] to add to it", strings.Join(key, "."), c.line, strings.Join(key, "."))
		}
		t = c
	}
	return t, nil
}

// define checks key = v in the table t.
func (r *reader) define(t *node, key []string, v *unstable.Node, line int) error {
	for i, name := range key {
		r.steps++
		c := t.children[name]
		if i == len(key)-1 {
			if c != nil {
				return r.invalid(line, "%s is already defined on line %d", quoteKey(key), c.line)
			}
			return r.checkValue(t.add(name, valueNode, line), v, line)
		}
		switch {
		case c == nil:
			c = t.add(name, dottedTable, line)
		case c.kind != dottedTable:
			// Dotted keys add only to tables that dotted keys made.
			return r.invalid(line, "%s is already defined on line %d", quoteKey(key[:i+1]), c.line)
		}
		t = c
	}
	return nil
}

// checkValue checks the keys of inline tables within v, and the numbers
// and dates the parser only delimits.
func (r *reader) checkValue(n *node, v *unstable.Node, line int) error {
	r.steps++
	switch v.Kind {
	case unstable.InlineTable:
		it := v.Children()
		for it.Next() {
			kv := it.Node()
			if kv.Kind != unstable.KeyValue {
				continue
			}
			if err := r.define(n, keyOf(kv), kv.Value(), r.line(kv)); err != nil {
				return err
			}
		}
	case unstable.Array:
		it := v.Children()
		for it.Next() {
			if err := r.checkValue(&node{}, it.Node(), line); err != nil {
				return err
			}
		}
	case unstable.Integer, unstable.Float, unstable.LocalDate, unstable.LocalTime, unstable.LocalDateTime, unstable.DateTime:
		// go-toml's decoder knows which of these are impossible (a 13th
		// month, an integer beyond 64 bits); decoding the value alone keeps
		// its word without decoding the whole document.
		var doc struct{ V any }
		if err := toml.Unmarshal(append([]byte("V = "), v.Data...), &doc); err != nil {
			return r.invalid(r.line(v), "%s", strings.TrimPrefix(err.Error(), "toml: "))
		}
	}
	return nil
}

// quoteKey spells a key as TOML would, quoting each part that needs it.
func quoteKey(key []string) string {
	parts := make([]string, len(key))
	for i, k := range key {
		parts[i] = k
		if k == "" || strings.ContainsFunc(k, func(c rune) bool {
			return !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')
		}) {
			parts[i] = fmt.Sprintf("%q", k)
		}
	}
	return strings.Join(parts, ".")
}
