package semantic

import (
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

// Reads records what decisions read of a program (Program.Recording):
// the modules whose model they were handed (a module found by name, a
// class of an MRO or of the subclasses), and the answers they took from
// what the program derived from the whole tree, by key (the subclasses
// of a class, the startup-only methods, what is cleared, the imported
// modules, the entry points). A language server decides again, after an
// edit, only what read the edited module or an answer the edit changed
// (Changes): the rest would find what it found. Safe for concurrent use.
type Reads struct {
	mu   sync.Mutex
	last *Module // the module recorded last, which is most often asked again
	// modules by path; the keys, by qualified name.
	modules                      map[string]bool
	subclasses, startup, cleared map[string]bool
	// entryPaths: the files whose entry points the decisions asked for.
	entryPaths map[string]bool
	// imported: the decisions asked for ImportedModules; everything: for
	// every module of the tree.
	imported, everything bool
}

func (r *Reads) module(m *Module) {
	r.mu.Lock()
	if m != r.last {
		r.last = m
		if r.modules == nil {
			r.modules = map[string]bool{}
		}
		r.modules[m.Path] = true
	}
	r.mu.Unlock()
}

// modulesOf records the modules of ks.
func (r *Reads) modulesOf(ks []*Class) {
	r.mu.Lock()
	if r.modules == nil && len(ks) > 0 {
		r.modules = map[string]bool{}
	}
	for _, k := range ks {
		if k.Module != r.last {
			r.last = k.Module
			r.modules[k.Module.Path] = true
		}
	}
	r.mu.Unlock()
}

// mark records that a decision asked for what flag stands for.
func (r *Reads) mark(flag *bool) {
	r.mu.Lock()
	*flag = true
	r.mu.Unlock()
}

func (r *Reads) key(set *map[string]bool, key string) {
	r.mu.Lock()
	if *set == nil {
		*set = map[string]bool{}
	}
	(*set)[key] = true
	r.mu.Unlock()
}

// EntryPointsIn records that the decisions asked for the entry points of
// the file at path, which a Program does not find itself
// (FindEntryPoints).
func (r *Reads) EntryPointsIn(path string) { r.key(&r.entryPaths, path) }

// ReadsModule reports whether the module of the file at path was read.
func (r *Reads) ReadsModule(path string) bool { return r.modules[path] }

// Affected reports whether what r recorded may read differently after
// the change c.
func (r *Reads) Affected(c *Change) bool {
	if r.everything || r.imported && c.Imported {
		return true
	}
	if len(r.entryPaths) > 0 && c.EntryPoints != nil && meets(r.entryPaths, c.EntryPoints()) {
		return true
	}
	return meets(r.modules, c.Paths) || meets(r.subclasses, c.Subclasses) || meets(r.startup, c.Startup) || meets(r.cleared, c.Cleared)
}

// meets reports whether a and b share a key.
func meets(a, b map[string]bool) bool {
	if len(b) < len(a) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Recording returns p, recording in r what is read through it. The
// program is shared, not copied: only the recording is r's.
func (p *Program) Recording(r *Reads) *Program {
	q := *p
	q.reads = r
	return &q
}

// AllModules returns the modules of the tree by name, in no particular
// order; a decision that ranges over them reads every one.
func (p *Program) AllModules() iter.Seq[*Module] {
	p.readEverything()
	return maps.Values(p.Modules)
}

// readEverything records that what is read depends on every module.
func (p *Program) readEverything() {
	if p.reads != nil {
		p.reads.mark(&p.reads.everything)
	}
}

// readClasses records the modules of ks.
func (p *Program) readClasses(ks []*Class) {
	if p.reads != nil {
		p.reads.modulesOf(ks)
	}
}

// Change is what an edit of some modules changed in a program: the
// edited files, and the keys of the answers derived from the whole tree
// that differ.
type Change struct {
	Paths                        map[string]bool
	Subclasses, Startup, Cleared map[string]bool
	Imported                     bool
	// EntryPoints returns the files whose entry points differ
	// (EntryPointsChanged): the caller finds them, and sets it.
	EntryPoints func() map[string]bool
}

// EntryPointsChanged returns the files whose entry points differ between
// before and after, both sorted by file (FindEntryPoints).
func EntryPointsChanged(before, after []EntryPoint) map[string]bool {
	out := map[string]bool{}
	for len(before) > 0 || len(after) > 0 {
		path := ""
		switch {
		case len(before) == 0:
			path = after[0].Path
		case len(after) == 0:
			path = before[0].Path
		default:
			path = min(before[0].Path, after[0].Path)
		}
		a, b := EntryPointsIn(before, path), EntryPointsIn(after, path)
		if !slices.Equal(a, b) {
			out[path] = true
		}
		before, after = before[len(a):], after[len(b):]
	}
	return out
}

// EntryPointsIn returns the entry points of entries, sorted by file, whose
// def is in the file at path.
func EntryPointsIn(entries []EntryPoint, path string) []EntryPoint {
	i, _ := slices.BinarySearchFunc(entries, path, func(e EntryPoint, path string) int { return strings.Compare(e.Path, path) })
	j := i
	for j < len(entries) && entries[j].Path == path {
		j++
	}
	return entries[i:j]
}

// Changes returns what changed from before to after, two links of the
// same files in which only the modules of the files at paths were
// modelled again.
func Changes(before, after *Program, paths []string) *Change {
	c := &Change{Paths: map[string]bool{}, Subclasses: map[string]bool{}, Startup: map[string]bool{}, Cleared: map[string]bool{}}
	for _, path := range paths {
		c.Paths[path] = true
		old, now := before.ByPath[path], after.ByPath[path]
		c.Imported = c.Imported || !slices.Equal(importsOf(old), importsOf(now))
		// Whose subclasses changed: the ancestors of a class whose MRO
		// is not what it was (a subclass elsewhere inherits it).
		names := map[string]bool{}
		for _, m := range []*Module{old, now} {
			if m != nil {
				for qn := range m.Classes {
					names[qn] = true
				}
			}
		}
		for qn := range names {
			a, b := mroNames(before, old.classNamed(qn)), mroNames(after, now.classNamed(qn))
			if !slices.Equal(a, b) {
				for _, n := range slices.Concat(a, b) {
					c.Subclasses[n] = true
				}
			}
		}
	}
	symmetric(c.Startup, startupNames(before), startupNames(after))
	// Where a name is cleared counts too: a rule says which code does.
	for qn, at := range before.cleared {
		if !slices.Equal(at, after.cleared[qn]) {
			c.Cleared[qn] = true
		}
	}
	for qn := range after.cleared {
		if _, ok := before.cleared[qn]; !ok {
			c.Cleared[qn] = true
		}
	}
	return c
}

// importsOf returns what m's imports name, sorted; none for nil.
func importsOf(m *Module) []string {
	if m == nil {
		return nil
	}
	return slices.Sorted(slices.Values(m.importPrefixes()))
}

// mroNames returns the qualified names of c's MRO; none for nil.
func mroNames(p *Program, c *Class) []string {
	if c == nil {
		return nil
	}
	var out []string
	for _, k := range p.MRO(c) {
		out = append(out, k.QualifiedName())
	}
	return out
}

// startupNames returns the keys StartupOnly is recorded by.
func startupNames(p *Program) map[string]bool {
	out := make(map[string]bool, len(p.startup))
	for k := range p.startup {
		out[k.class.QualifiedName()+"."+k.name] = true
	}
	return out
}

// symmetric adds to out the keys of a or b that are not in both.
func symmetric(out, a, b map[string]bool) {
	for k := range a {
		if !b[k] {
			out[k] = true
		}
	}
	for k := range b {
		if !a[k] {
			out[k] = true
		}
	}
}
