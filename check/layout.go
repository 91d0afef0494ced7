package check

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/crosstalk-dev/crosstalk/config"
	"github.com/crosstalk-dev/crosstalk/internal/readfile"
	"github.com/crosstalk-dev/crosstalk/libraries"
	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// layout answers what naming a module asks of the directories above its
// file: whether each is a regular package (an __init__.py), and whether
// a program runs from it (a run script beside it: Django's manage.py).
// Every file asks about its directory and the ones above, so the answers
// come from the walk's listings where it has them, else from a stat,
// once per run.
type layout struct {
	scripts, variables []string
	libs               *libraries.Index
	inits, runs        sync.Map // directory -> bool
	settled            sync.Map // directory -> bool: runsWithSettings
	siblings           sync.Map // directory -> bool: importsSiblings
	srcRoots           sync.Map // directory -> bool: srcWithInit
	projects           sync.Map // directory -> bool: a project file beside its __init__.py
	parts              sync.Map // directory -> map[string]bool: projectParts
	modules            sync.Map // directory NUL module -> bool: moduleIn
	folders            sync.Map // directory -> []string: plainFolders
	// shadowed are the folders run from whose modules' names another
	// folder's modules have too (shadowedRunFolders): names count from
	// above them, and each one's bare imports are of its own parts. Set
	// between the passes of a load, read-only while files are read.
	shadowed map[string]bool
	// chosen are the folders runRoot found files run from, by their own
	// imports; runFrom, those, set between the passes of a load
	// (runFolders) for the files in them that show nothing themselves.
	chosen  sync.Map // directory -> true
	runFrom map[string]bool
}

// projectFiles make a package a project of its own, run from its folder.
var projectFiles = []string{"pyproject.toml", "setup.py", "setup.cfg"}

// importRoot returns the project the file of j, named name, is under
// (semantic.ImportRoot), when the file's name counts from above it: the
// nearest folder above the file, below the checked folder, that is a
// package with a project file beside its __init__.py, or a folder outside
// any package that a program runs from (Django's manage.py, its settings
// module given by the environment; one with the settings named in it
// names its modules from there already). In a repository of several
// projects, each one's bare imports are of its own parts, whatever
// another project names the same; but first the folder the file's own
// imports show it runs from (runRoot). nil when none.
func (l *layout) importRoot(j job, name string, f *parser.File, cfg *config.Config) *semantic.ImportRoot {
	if d := l.underShadowed(j.root, j.path); d != "" {
		// A service of several in the repository with a package of
		// the same name as another's: its imports are of its own.
		prefix, _ := moduleName(job{path: filepath.Join(d, "__init__.py"), root: j.root}, l, cfg)
		if prefix != "" && strings.HasPrefix(name, prefix+".") {
			return &semantic.ImportRoot{Prefix: prefix, Names: l.projectParts(d)}
		}
	}
	// The file's own evidence first: a project's code may run from a
	// folder of it (lambdas/backend/src, beside lambdas/backend's
	// pyproject.toml).
	if r := l.runRoot(j, name, f, cfg); r != nil {
		return r
	}
	if d := filepath.Dir(j.path); l.runFrom[d] {
		// A folder other files run from: so does this one, whose own
		// imports of its siblings are one name deep (`import db`).
		prefix, _ := moduleName(job{path: filepath.Join(d, "__init__.py"), root: j.root}, l, cfg)
		if prefix != "" && strings.HasPrefix(name, prefix+".") {
			return &semantic.ImportRoot{Prefix: prefix, Names: l.projectParts(d)}
		}
	}
	return l.projectRoot(j, name, cfg)
}

// runFolders returns the folders runRoot found files run from (chosen).
func (l *layout) runFolders() map[string]bool {
	var out map[string]bool
	l.chosen.Range(func(k, _ any) bool {
		if out == nil {
			out = map[string]bool{}
		}
		out[k.(string)] = true
		return true
	})
	return out
}

// projectRoot is importRoot's project: by its project file or its run
// script.
func (l *layout) projectRoot(j job, name string, cfg *config.Config) *semantic.ImportRoot {
	var out *semantic.ImportRoot
	root := filepath.Clean(j.root)
	upTo(root, filepath.Dir(j.path), func(d string) bool {
		project := l.hasInit(d) && l.regularFile(&l.projects, d, projectFiles) ||
			d != root && !l.hasInit(d) && l.runsFrom(d) && !l.inPackage(root, d)
		if !project {
			return true
		}
		// The folder's own name, as its package's would be.
		prefix, _ := moduleName(job{path: filepath.Join(d, "__init__.py"), root: j.root}, l, cfg)
		if prefix != "" && strings.HasPrefix(name, prefix+".") {
			out = &semantic.ImportRoot{Prefix: prefix, Names: l.projectParts(d)}
		}
		return false
	})
	return out
}

// runRoot returns the folder above the file of j, below the checked
// folder, that the file's own imports show its program runs from: bare
// imports of modules two names deep that are found under that folder and
// not at the top of the tree (`from services.document_service import
// DocumentService` in lambdas/handlers/upload.py, beside
// lambdas/services/document_service.py), as a function deployed with
// lambdas/ as its root imports. Python puts the folder first on sys.path
// there, so every bare import of one of its parts is of that part. Of
// the folders above, the one where most of those imports are found, and
// more are found than not: a folder that mirrors another's layout
// (onyx's ee/onyx/access beside onyx/access) finds some of them, the
// folder run from all. Where no folder above qualifies, a folder beside
// one of them in which all of them are found (a layer of shared code).
// One name deep is no evidence: `import logging` beside a package's own
// logging.py is the standard library's, unless the folder is run from.
// nil when none.
func (l *layout) runRoot(j job, name string, f *parser.File, cfg *config.Config) *semantic.ImportRoot {
	imports := deepImports(f)
	if len(imports) == 0 {
		return nil
	}
	root := filepath.Clean(j.root)
	top := l.projectParts(root)
	score := func(d string) (hits, misses int) {
		parts := l.projectParts(d)
		for _, imp := range imports {
			first, _, _ := strings.Cut(imp.mod, ".")
			switch {
			case !parts[first] || top[first] || l.libs.IsLibrary(first):
			case l.moduleIn(d, imp.mod):
				hits++
			case imp.name && l.moduleIn(d, first):
				// `from utils import audit`: a name utils defines.
			default:
				misses++
			}
		}
		return hits, misses
	}
	best, bestHits := "", 0
	var above []string
	upTo(root, filepath.Dir(j.path), func(d string) bool {
		above = append(above, d)
		if d == root {
			return false
		}
		if hits, misses := score(d); hits > misses && hits > bestHits {
			best, bestHits = d, hits
		}
		return true
	})
	if best == "" {
		// A folder beside one above the file, none of whose folders
		// is a package, and in which all of them are found: a layer of
		// shared code each function is deployed with (src/layers,
		// beside src/api/<function>/index.py). Not a test or example
		// folder, and only one such.
		ambiguous := false
		for _, a := range above {
			for _, c := range l.plainFolders(a) {
				if slices.Contains(above, c) || testOrExampleWithin(root, c) {
					continue
				}
				hits, misses := score(c)
				switch {
				case misses > 0 || hits < 2 || hits < bestHits:
				case hits == bestHits:
					ambiguous = true
				default:
					best, bestHits, ambiguous = c, hits, false
				}
			}
		}
		if ambiguous || best == "" {
			return nil
		}
		prefix, _ := moduleName(job{path: filepath.Join(best, "__init__.py"), root: j.root}, l, cfg)
		if prefix == "" {
			return nil
		}
		l.chosen.Store(best, true)
		return &semantic.ImportRoot{Prefix: prefix, Names: l.projectParts(best)}
	}
	prefix, _ := moduleName(job{path: filepath.Join(best, "__init__.py"), root: j.root}, l, cfg)
	if prefix == "" || !strings.HasPrefix(name, prefix+".") {
		return nil
	}
	l.chosen.Store(best, true)
	return &semantic.ImportRoot{Prefix: prefix, Names: l.projectParts(best)}
}

// plainFolders returns the folders in dir that are no package (no
// __init__.py) and are named as identifiers, kept.
func (l *layout) plainFolders(dir string) []string {
	if v, ok := l.folders.Load(dir); ok {
		return v.([]string)
	}
	var out []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if c := filepath.Join(dir, e.Name()); e.IsDir() && semantic.IsIdentifier(e.Name()) && !l.hasInit(c) {
			out = append(out, c)
		}
	}
	v, _ := l.folders.LoadOrStore(dir, out)
	return v.([]string)
}

// moduleIn is moduleFileIn, or a folder of that name (a namespace
// package: event/aws/ holding client.py), kept: the files of a folder
// import the same modules.
func (l *layout) moduleIn(dir, mod string) bool {
	key := dir + "\x00" + mod
	if v, ok := l.modules.Load(key); ok {
		return v.(bool)
	}
	found := moduleFileIn(dir, mod)
	if !found {
		info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(strings.ReplaceAll(mod, ".", "/"))))
		found = err == nil && info.IsDir()
	}
	l.modules.Store(key, found)
	return found
}

// A deepImport is a module two names deep an import names (a.b); name:
// written `from a import b`, where b may be a name a defines.
type deepImport struct {
	mod  string
	name bool
}

// deepImports returns the modules, at least two names deep, that the
// absolute imports among f's top-level statements (and those of a try
// or an if at top level) name: `import a.b` and `from a.b import c`
// give a.b; `from a import b` gives a.b, which is a module when b is
// one. The parts after the first two are left out: the folder of a.b
// is evidence enough.
func deepImports(f *parser.File) []deepImport {
	var out []deepImport
	add := func(mod string, name bool) {
		first, rest, ok := strings.Cut(mod, ".")
		if !ok {
			return
		}
		second, _, _ := strings.Cut(rest, ".")
		out = append(out, deepImport{first + "." + second, name})
	}
	var visit func(stmts []ast.Stmt)
	visit = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *ast.Import:
				for _, a := range st.Names {
					add(a.Name, false)
				}
			case *ast.ImportFrom:
				if st.Level > 0 || st.Module == "" {
					continue
				}
				if strings.Contains(st.Module, ".") {
					add(st.Module, false)
					continue
				}
				for _, a := range st.Names {
					if a.Name != "*" {
						add(st.Module+"."+a.Name, true)
					}
				}
			case *ast.Try:
				visit(st.Body)
			case *ast.If:
				visit(st.Body)
				visit(st.Orelse)
			}
		}
	}
	visit(f.Module.Body)
	return out
}

// projectParts returns the names a bare import finds in the folder of a
// project package: its modules and its folders named as identifiers, but
// those named as a library the tables know. Code run from the folder
// could not import that library, and a project's package of FastAPI
// routes named fastapi imports FastAPI's APIRouter with `from fastapi
// import APIRouter` (as readSiblings reads such a folder).
func (l *layout) projectParts(dir string) map[string]bool {
	if v, ok := l.parts.Load(dir); ok {
		return v.(map[string]bool)
	}
	parts := map[string]bool{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.Type().IsRegular() && strings.HasSuffix(name, ".py") && name != "__init__.py":
			name = strings.TrimSuffix(name, ".py")
		case e.IsDir() && semantic.IsIdentifier(name):
		default:
			continue
		}
		if !l.libs.IsLibrary(name) {
			parts[name] = true
		}
	}
	v, _ := l.parts.LoadOrStore(dir, parts)
	return v.(map[string]bool)
}

func newLayout() *layout {
	libs := libraries.Default()
	return &layout{scripts: libs.RunScripts(), variables: libs.SettingsVariables(), libs: libs}
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

// runsWithSettings reports whether a run script in dir sets a settings
// variable (DJANGO_SETTINGS_MODULE) to a module found from dir
// (`"core.settings"` beside `core/settings.py`), or imports one found
// from there (`from utils import load_settings` beside `utils/`): the
// program imports from dir, whatever packages are above it, as Python
// puts the script's folder first on its path. A tool's script inside a
// package names its settings and modules by the package's full name,
// and does not.
func (l *layout) runsWithSettings(dir string) bool {
	if v, ok := l.settled.Load(dir); ok {
		return v.(bool)
	}
	found := false
	if l.runsFrom(dir) {
		for _, script := range l.scripts {
			data, err := readfile.Read(filepath.Join(dir, script), maxRunScript)
			if err != nil {
				continue
			}
			for _, v := range l.variables {
				if mod := settingsModule(string(data), v); mod != "" && moduleFileIn(dir, mod) {
					found = true
				}
			}
			found = found || slices.ContainsFunc(scriptImports(string(data)), func(mod string) bool { return moduleFileIn(dir, mod) })
		}
	}
	l.settled.Store(dir, found)
	return found
}

// importsSiblings reports whether dir, a folder with no __init__.py, is
// one its code runs from: a file of it imports another file of it (or a
// package in it) by its bare name (`from auth import require_admin`
// beside auth.py), as a service started in that folder (`uvicorn
// main:app`) or a script does, Python putting the folder first on
// sys.path. Not one with a file named as a library of the tables
// (`redis.py`), which, named from there, would stand for that library
// everywhere in the tree.
func (l *layout) importsSiblings(dir string) bool {
	if v, ok := l.siblings.Load(dir); ok {
		return v.(bool)
	}
	found := false
	if !l.hasInit(dir) {
		found = l.readSiblings(dir)
	}
	l.siblings.Store(dir, found)
	return found
}

func (l *layout) readSiblings(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	stems := map[string]bool{}
	var files []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.Type().IsRegular() && strings.HasSuffix(name, ".py"):
			stems[strings.TrimSuffix(name, ".py")] = true
			files = append(files, name)
		case e.IsDir() && l.hasInit(filepath.Join(dir, name)):
			stems[name] = true
		}
	}
	for stem := range stems {
		if l.libs.IsLibrary(stem) {
			return false
		}
	}
	for _, f := range files[:min(len(files), maxSiblingFiles)] {
		data, err := readfile.Read(filepath.Join(dir, f), maxRunScript)
		if err != nil {
			continue
		}
		own := strings.TrimSuffix(f, ".py")
		if slices.ContainsFunc(scriptImports(string(data)), func(mod string) bool { return mod != own && stems[mod] }) {
			return true
		}
	}
	return false
}

// maxSiblingFiles bounds the files of a folder importsSiblings reads:
// a folder run from holds a service's few modules, not thousands.
const maxSiblingFiles = 64

// scriptImports returns the top-level modules the import statements of
// a script's own lines name (`from utils import load_settings`: utils),
// read line by line: a run script is a few lines.
func scriptImports(src string) []string {
	var out []string
	for line := range strings.Lines(src) {
		fields := strings.Fields(line)
		if len(fields) < 2 || fields[0] != "import" && fields[0] != "from" || strings.HasPrefix(fields[1], ".") {
			continue
		}
		top, _, _ := strings.Cut(strings.TrimSuffix(fields[1], ","), ".")
		out = append(out, top)
	}
	return out
}

// maxRunScript bounds what is read of a run script: Django's manage.py
// is a few hundred bytes.
const maxRunScript = 64 << 10

// settingsModule returns the string a script gives the variable name
// (`os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")`):
// the first string constant after its first mention, or "".
func settingsModule(src, name string) string {
	i := strings.Index(src, name)
	if i < 0 {
		return ""
	}
	rest := src[i+len(name):]
	rest = rest[min(len(rest), 1):] // the name's closing quote
	j := strings.IndexAny(rest, "\"'")
	if j < 0 {
		return ""
	}
	q := rest[j]
	rest = rest[j+1:]
	k := strings.IndexByte(rest, q)
	if k <= 0 || strings.ContainsAny(rest[:k], " \n/\\") {
		return ""
	}
	return rest[:k]
}

// moduleFileIn reports whether the dotted module mod is a file, or a
// package, under dir.
func moduleFileIn(dir, mod string) bool {
	path := filepath.Join(dir, filepath.FromSlash(strings.ReplaceAll(mod, ".", "/")))
	for _, p := range []string{path + ".py", filepath.Join(path, "__init__.py")} {
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
			return true
		}
	}
	return false
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
	// The checked folder itself; a manage.py deeper in a package only
	// where its settings module is found from its folder
	// (runsWithSettings): one is often a tool's (pulpcore's, inside
	// pulpcore.app), whose code imports the package by its full name.
	root := filepath.Clean(j.root)
	return semantic.ModuleNameRunFrom(j.path, j.root, lay.hasInit, func(dir string) bool {
		return lay.runFolder(root, dir) && !lay.shadowed[dir]
	}, func(dir string) bool { return lay.shadowed[dir] })
}

// runFolder reports whether dir, root or a folder below it, is one a
// program runs from, whose modules' names count from it.
func (l *layout) runFolder(root, dir string) bool {
	return dir == root && l.runsFrom(dir) || dir != root && (l.runsWithSettings(dir) ||
		l.importsSiblings(dir) && !testOrExampleWithin(root, dir) && !l.inPackage(root, dir) ||
		l.srcWithInit(dir))
}

// srcWithInit reports whether dir is a src folder with an __init__.py
// (left there by mistake, or by a tool) that is still the root its
// packages are imported from: a module in it imports one of its
// packages by its bare name (`from infra_pkg import base`), and none
// imports src itself (`from src import config`, where src is the
// package the project runs as). Decided once per folder, from its first
// files.
func (l *layout) srcWithInit(dir string) bool {
	if !semantic.IsSrcFolder(filepath.Base(dir)) || !l.hasInit(dir) {
		return false
	}
	if v, ok := l.srcRoots.Load(dir); ok {
		return v.(bool)
	}
	packages := map[string]bool{}
	if entries, err := os.ReadDir(dir); err == nil {
		for _, e := range entries {
			if e.IsDir() && l.hasInit(filepath.Join(dir, e.Name())) {
				packages[e.Name()] = true
			}
		}
	}
	bare, asSrc, read := false, false, 0
	if len(packages) > 0 {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || read >= maxSrcFiles || asSrc {
				return filepath.SkipAll
			}
			if !d.Type().IsRegular() || !strings.HasSuffix(path, ".py") {
				return nil
			}
			read++
			if data, err := readfile.Read(path, maxRunScript); err == nil {
				for _, mod := range scriptImports(string(data)) {
					bare = bare || packages[mod]
					asSrc = asSrc || mod == "src"
				}
			}
			return nil
		})
	}
	found := bare && !asSrc
	l.srcRoots.Store(dir, found)
	return found
}

// maxSrcFiles bounds the files of a src folder srcWithInit reads.
const maxSrcFiles = 200

// shadowedRunFolders returns the folders below the checked ones that
// units' modules are named from, as folders programs run from or src
// folders, where a module of another folder has the same name: two
// services of one repository, each with its own request_api package,
// whose modules would stand for each other (and the second one's be no
// module at all). None where the configuration names the src folders.
func (l *layout) shadowedRunFolders(units []unit, cfg *config.Config) map[string]bool {
	if cfg != nil && len(cfg.Src) > 0 {
		return nil
	}
	from := map[string]string{} // module name -> the folder the first is named from
	var out map[string]bool
	for _, u := range units {
		m := u.module
		if m == nil || m.Name == "" || slices.Contains(l.scripts, filepath.Base(u.path)) {
			continue // a run script (manage.py) is no module the code imports
		}
		if m.IsPackage && l.runFolder(filepath.Clean(u.root), filepath.Dir(u.path)) {
			// The __init__.py of a folder run from keeps its package's
			// name (a Django project's folder, beside the package of its
			// settings of the same name).
			continue
		}
		d := u.path
		for range strings.Count(m.Name, ".") + 1 {
			d = filepath.Dir(d)
		}
		if m.IsPackage {
			d = filepath.Dir(d)
		}
		other, seen := from[m.Name]
		if !seen {
			from[m.Name] = d
			continue
		}
		if other == d {
			continue
		}
		root := filepath.Clean(u.root)
		for _, f := range []string{other, d} {
			if f != root && (l.runFolder(root, f) || semantic.IsSrcFolder(filepath.Base(f)) && !l.hasInit(f)) {
				if out == nil {
					out = map[string]bool{}
				}
				out[f] = true
			}
		}
	}
	return out
}

// underShadowed returns the nearest folder above path, below root, that
// is shadowed; "" when none is.
func (l *layout) underShadowed(root, path string) string {
	if len(l.shadowed) == 0 {
		return ""
	}
	found := ""
	root = filepath.Clean(root)
	upTo(root, filepath.Dir(path), func(d string) bool {
		if d != root && l.shadowed[d] {
			found = d
		}
		return found == ""
	})
	return found
}

// inPackage reports whether a folder above dir, up to root, is a regular
// package: dir is then a part of it, imported by its full name
// (`from app.views.device import frida`), whatever its files import.
func (l *layout) inPackage(root, dir string) bool {
	found := false
	upTo(root, filepath.Dir(dir), func(d string) bool {
		found = l.hasInit(d)
		return !found
	})
	return found
}

// testOrExampleWithin reports whether dir, or a folder above it below
// root, makes the modules in it test or example code: their names keep
// it.
func testOrExampleWithin(root, dir string) bool {
	found := false
	upTo(root, dir, func(d string) bool {
		found = d != root && semantic.NamesTestOrExample(filepath.Base(d))
		return !found
	})
	return found
}

// upTo calls f on dir and each folder above it, up to root and root
// itself, while f returns true; nothing when dir is not root or below
// it. Paths are compared by their parts: a root of "." holds "app/views".
func upTo(root, dir string, f func(d string) bool) {
	for d := dir; ; d = filepath.Dir(d) {
		rel, err := filepath.Rel(root, d)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || !f(d) || rel == "." {
			return
		}
		if filepath.Dir(d) == d {
			return
		}
	}
}
