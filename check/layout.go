package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// layout answers what naming a module asks of the directories above its
// file: whether each is a regular package (an __init__.py), and whether
// a program runs from it (a run script beside it: Django's manage.py).
// Every file asks about its directory and the ones above, so the answers
// come from the walk's listings where it has them, else from a stat,
// once per run.
type layout struct {
	scripts     []string
	inits, runs sync.Map // directory -> bool
}

func newLayout() *layout {
	return &layout{scripts: libraries.Default().RunScripts()}
}

// listed takes in what the walk found in dir.
func (l *layout) listed(dir string, entries []fs.DirEntry) {
	if i := slices.IndexFunc(entries, func(e fs.DirEntry) bool { return e.Name() == "__init__.py" }); i < 0 || entries[i].Type()&fs.ModeSymlink == 0 {
		l.inits.Store(dir, i >= 0 && entries[i].Type().IsRegular())
	} // else the stat follows the link
	runs, linked := false, false
	for _, e := range entries {
		if slices.Contains(l.scripts, e.Name()) {
			runs = runs || e.Type().IsRegular()
			linked = linked || e.Type()&fs.ModeSymlink != 0
		}
	}
	if runs || !linked {
		l.runs.Store(dir, runs)
	}
}

func (l *layout) hasInit(dir string) bool {
	return l.regularFile(&l.inits, dir, []string{"__init__.py"})
}

func (l *layout) runsFrom(dir string) bool {
	return l.regularFile(&l.runs, dir, l.scripts)
}

// regularFile reports whether dir holds a regular file of one of names,
// from cache, else from stats it then keeps there.
func (l *layout) regularFile(cache *sync.Map, dir string, names []string) bool {
	if v, ok := cache.Load(dir); ok {
		return v.(bool)
	}
	ok := slices.ContainsFunc(names, func(name string) bool {
		info, err := os.Stat(filepath.Join(dir, name))
		return err == nil && info.Mode().IsRegular()
	})
	cache.Store(dir, ok)
	return ok
}

// moduleName names the module of j's file: from the configured src
// folder that holds it, if one does, else from its checked path and the
// packages above it; from the checked folder itself when a program runs
// from there (a Django project with an __init__.py beside manage.py).
func moduleName(j job, lay *layout, cfg *config.Config) (string, bool) {
	if cfg != nil && len(cfg.Src) > 0 {
		if abs, err := filepath.Abs(j.path); err == nil {
			if src := cfg.SrcRoot(abs); src != "" {
				// Imports start at src: its own __init__.py, and those
				// above it, are no part of the name.
				return semantic.ModuleName(abs, src, func(dir string) bool { return dir != src && lay.hasInit(dir) })
			}
		}
	}
	// Only the checked folder itself: a manage.py deeper in a package
	// is often a tool's (pulpcore's, inside pulpcore.app), whose code
	// imports the package by its full name.
	root := filepath.Clean(j.root)
	return semantic.ModuleNameRunFrom(j.path, j.root, lay.hasInit, func(dir string) bool { return dir == root && lay.runsFrom(dir) })
}
