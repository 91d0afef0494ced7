package rules

import (
	"fmt"
	"slices"

	"github.com/crosstalk-dev/crosstalk/analysis"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// ClassStateResetShadows is CT103; its Doc is doc/CT103.md.
var ClassStateResetShadows = &analysis.Analyzer{
	Name:    "class-state-reset-shadows",
	Code:    "CT103",
	Doc:     doc("CT103"),
	Options: []analysis.Option{containerFactoriesOption},
	Run:     runClassStateResetShadows,
}

func runClassStateResetShadows(pass *analysis.Pass) {
	var resets []reset
	for _, c := range sortedClasses(pass.Module) {
		for _, m := range c.Defs {
			if m.Name == "__init__" || m.Self == "" || m.Kind != semantic.InstanceMethod && m.Kind != semantic.Property {
				continue
			}
			for _, w := range m.Writes {
				if w.Kind == semantic.AssignWrite && !w.Nested {
					resets = appendReset(resets, c, m, w)
				}
			}
		}
	}
	if len(resets) == 0 {
		return
	}
	pass.Defer(func(pp *analysis.ProgramPass) {
		factories := optionNames(pp, containerFactoriesOption.Name)
		for _, r := range resets {
			checkReset(pp, factories, r)
		}
	})
}

// reset is `self.attr = <a new container, maybe>` in a method, with what
// the decision needs of the value.
type reset struct {
	c        *semantic.Class
	m        *semantic.Method
	pos, end token.Pos
	attr     string
	value    semantic.Value
	// reads are the receivers of the reads of attr in the value, and
	// filters says whether it has a comprehension with an if (copiesAttr).
	reads   []semantic.Receiver
	filters bool
}

// appendReset adds w, an assignment directly in m's body (not in a nested
// def or lambda), if it assigns self.attr something that may be a new
// container.
func appendReset(resets []reset, c *semantic.Class, m *semantic.Method, w semantic.AttrWrite) []reset {
	if !semantic.IsName(w.Recv, m.Self) {
		return resets
	}
	v := c.Module.ValueOf(w.Value)
	if v.Kind != semantic.Display && v.Kind != semantic.Call {
		return resets // no new container
	}
	r := reset{c: c, m: m, pos: w.Node.Pos(), end: w.Node.End(), attr: c.Module.Intern(w.Attr), value: v}
	ast.Inspect(w.Value, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Attribute:
			if n.Attr == w.Attr {
				r.reads = append(r.reads, semantic.ReceiverOf(m, n.Value))
			}
		case *ast.Comprehension:
			r.filters = r.filters || len(n.Ifs) > 0
		}
		return true
	})
	return append(resets, r)
}

func checkReset(pp *analysis.ProgramPass, factories map[string]bool, r reset) {
	p, c, m := pp.Program, r.c, r.m
	if isTestInitialiser(p, c, m) || isInitialiser(p, c, m) {
		return
	}
	newKind := p.MutableContainer(pp.Module, r.value, factories)
	if newKind == "" || copiesAttr(pp, r) {
		return
	}
	attr, owner := p.LookupAttr(c, r.attr)
	if attr == nil || attr.Value.Kind == semantic.NoValue || p.MutableContainer(owner.Module, attr.Value, factories) == "" ||
		exempt(p, owner, attr) {
		return // a declared field (pydantic, dataclass) is per instance already
	}
	if rebindsInInit(p, c, r.attr) || !mutatedInPlace(p, owner, r.attr) {
		return
	}
	if perThread(p, c) {
		// Attributes of a thread-local object are per thread: this gives
		// the thread that runs it its own, as a thread-local is meant to.
		pp.Report(pp.Diagnosticf(r.pos, r.end,
			"`%s.%s` rebinds `%s.%s` to a new %s for the thread that runs it only: every other thread keeps using "+
				"the class-level `%s.%s`, one for the whole worker process, until it runs it too",
			c.QualName, m.Name, m.Self, r.attr, newKind, owner.QualName, r.attr).
			Lowered(fmt.Sprintf("%s is thread-local: a method that gives each thread its own `%s` is what it is for", c.Name, r.attr)).
			Lowered(localReason(owner)...))
		return
	}
	pp.Report(pp.Diagnosticf(r.pos, r.end,
		"`%s.%s` rebinds `%s.%s` to a new %s on this instance only: every other %s instance keeps using "+
			"the class-level `%s.%s`, one for the whole worker process",
		c.QualName, m.Name, m.Self, r.attr, newKind, c.Name, owner.QualName, r.attr).Lowered(localReason(owner)...))
}

// copiesAttr reports whether the value is a copy of attr of the instance
// or the class (self.attr, cls.attr, ClassName.attr), whole or
// transformed: the new container is this instance's own on purpose. A
// comprehension that filters (` + "`if`" + `) is not a copy: it prunes, and pruning
// one instance's view of a shared cache is the reset this rule is about.
func copiesAttr(pp *analysis.ProgramPass, r reset) bool {
	if r.filters {
		return false
	}
	for _, recv := range r.reads {
		if target, _ := pp.Program.ReceiverClass(pp.Module, r.c, r.m, recv); target != nil {
			return true
		}
	}
	return false
}

// mutatedInPlace reports whether a method of owner, of a class owner
// inherits from, or of a subclass of owner anywhere in the tree mutates
// attr in place on an instance or the class.
func mutatedInPlace(p *semantic.Program, owner *semantic.Class, attr string) bool {
	for _, k := range slices.Concat([]*semantic.Class{owner}, p.Subclasses(owner)) {
		for _, m := range k.Defs {
			for _, mu := range m.Mutations {
				if mu.Attr != attr || mu.OwnCopy && !(mu.ByCallers && len(p.Subclasses(k)) > 0) || p.ResetBefore(k, mu) ||
					len(p.Subclasses(k)) == 0 && p.RebindsFirstOnSelf(k, m.Name, mu) {
					continue
				}
				if target, _ := p.ReceiverClass(k.Module, k, m, mu.Recv); target != nil {
					if a, o := p.LookupAttr(target, attr); a != nil && o == owner {
						return true
					}
				}
			}
		}
	}
	return false
}
