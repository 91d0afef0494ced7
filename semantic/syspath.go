package semantic

import (
	"maps"
	"path/filepath"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// collectSysPath returns the directories that body, the module's own
// import-time code, puts on sys.path (`sys.path.insert(0,
// os.path.join(BASE_DIR, "apps"))`), where each is computed from the
// module's file by the path functions of os.path and pathlib alone
// (pathValue); nil for most modules, which do not import sys.
func (m *Module) collectSysPath(body []ast.Stmt) []string {
	if b := m.Bindings["sys"]; b == nil || b.Kind != BindImport || b.Target != "sys" {
		return nil
	}
	env := &pathEnv{vals: map[string]string{}, defs: map[string]*ast.FunctionDef{}}
	for _, st := range body {
		if d, ok := st.(*ast.FunctionDef); ok && returnedExpr(d) != nil {
			env.defs[d.Name] = d
		}
	}
	var out []string
	var block func([]ast.Stmt)
	block = func(stmts []ast.Stmt) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *ast.Assign:
				if len(st.Targets) == 1 {
					if n, ok := st.Targets[0].(*ast.Name); ok {
						if v, ok := m.pathValue(st.Value, env); ok {
							env.vals[n.Id] = v
						} else {
							delete(env.vals, n.Id)
						}
					}
				}
			case *ast.ExprStmt:
				if dir, ok := m.sysPathAddition(st.Value, env); ok {
					out = append(out, m.Intern(dir))
				}
			case *ast.If:
				block(st.Body)
				block(st.Orelse)
			case *ast.Try:
				block(st.Body)
			}
		}
	}
	block(body)
	return out
}

// sysPathAddition reads `sys.path.insert(i, dir)` and `sys.path.append(dir)`.
func (m *Module) sysPathAddition(e ast.Expr, env *pathEnv) (string, bool) {
	c, ok := e.(*ast.Call)
	if !ok {
		return "", false
	}
	var arg ast.Expr
	switch p := m.ResolvePath(DottedPath(c.Func)); {
	case p == "sys.path.insert" && len(c.Args) == 2:
		arg = c.Args[1]
	case p == "sys.path.append" && len(c.Args) == 1:
		arg = c.Args[0]
	default:
		return "", false
	}
	return m.pathValue(arg, env)
}

// pathEnv is what pathValue reads names from: the paths the module's
// names hold, and its defs that return a path computed from their
// parameters.
type pathEnv struct {
	vals map[string]string
	// lists holds the paths a def's *args were given, by its name.
	lists map[string][]string
	defs  map[string]*ast.FunctionDef
	depth int
}

// returnedExpr returns the value of d's one statement, `return <e>`
// (after a docstring), when d takes plain parameters only; else nil.
func returnedExpr(d *ast.FunctionDef) ast.Expr {
	body := d.Body
	if len(body) > 1 {
		if x, ok := body[0].(*ast.ExprStmt); ok {
			if _, ok := StringConstant(x.Value); ok {
				body = body[1:]
			}
		}
	}
	if len(body) != 1 || d.Args.Kwarg != nil || len(d.Args.Posonlyargs) > 0 || len(d.Args.Kwonlyargs) > 0 || len(d.Args.Defaults) > 0 {
		return nil
	}
	if r, ok := body[0].(*ast.Return); ok {
		return r.Value
	}
	return nil
}

// pathValue returns the path e computes, lexically, from the module's
// file (`__file__`), string constants and the names env holds, through
// os.path's dirname, abspath, realpath, normpath and join, pathlib's
// Path, .parent, .resolve(), .absolute() and the / operator, and the
// module's defs that return such a path of their parameters.
func (m *Module) pathValue(e ast.Expr, env *pathEnv) (string, bool) {
	switch e := e.(type) {
	case *ast.Name:
		if e.Id == "__file__" {
			return m.Path, true
		}
		v, ok := env.vals[e.Id]
		return v, ok
	case *ast.Constant:
		s, ok := e.Value.(string)
		return s, ok
	case *ast.Attribute:
		if e.Attr == "parent" {
			if v, ok := m.pathValue(e.Value, env); ok {
				return filepath.Dir(v), true
			}
		}
	case *ast.BinOp:
		if e.Op == ast.Div {
			a, ok1 := m.pathValue(e.Left, env)
			b, ok2 := m.pathValue(e.Right, env)
			if ok1 && ok2 {
				return joinPath(a, b), true
			}
		}
	case *ast.Call:
		// p.resolve(), p.absolute(): the same place, lexically.
		if f, ok := e.Func.(*ast.Attribute); ok && (f.Attr == "resolve" || f.Attr == "absolute") && len(e.Args) == 0 {
			return m.pathValue(f.Value, env)
		}
		args := make([]string, 0, len(e.Args))
		for _, a := range e.Args {
			if st, ok := a.(*ast.Starred); ok {
				// join(base, *x), in a def given *x.
				x, isName := st.Value.(*ast.Name)
				if !isName {
					return "", false
				}
				list, known := env.lists[x.Id]
				if !known {
					return "", false
				}
				args = append(args, list...)
				continue
			}
			v, ok := m.pathValue(a, env)
			if !ok {
				return "", false
			}
			args = append(args, v)
		}
		if x, ok := e.Func.(*ast.Name); ok && env.defs[x.Id] != nil && len(e.Keywords) == 0 && env.depth < 2 {
			// location("apps"): the def's return, with its parameters
			// bound to the arguments.
			d := env.defs[x.Id]
			if len(args) < len(d.Args.Args) || len(args) > len(d.Args.Args) && d.Args.Vararg == nil {
				return "", false
			}
			inner := &pathEnv{vals: maps.Clone(env.vals), defs: env.defs, depth: env.depth + 1}
			for i, a := range d.Args.Args {
				inner.vals[a.Arg] = args[i]
			}
			if d.Args.Vararg != nil {
				inner.lists = map[string][]string{d.Args.Vararg.Arg: args[len(d.Args.Args):]}
			}
			return m.pathValue(returnedExpr(d), inner)
		}
		switch m.ResolvePath(DottedPath(e.Func)) {
		case "os.path.dirname":
			if len(args) == 1 {
				return filepath.Dir(args[0]), true
			}
		case "os.path.abspath", "os.path.realpath", "os.path.normpath", "builtins.str", "pathlib.Path", "pathlib.PurePath":
			if len(args) == 1 {
				return filepath.Clean(args[0]), true
			}
		case "os.path.join":
			if len(args) > 0 {
				out := args[0]
				for _, a := range args[1:] {
					out = joinPath(out, a)
				}
				return out, true
			}
		}
	}
	return "", false
}

// joinPath is os.path.join's: an absolute part starts the path anew.
func joinPath(a, b string) string {
	if filepath.IsAbs(b) {
		return filepath.Clean(b)
	}
	return filepath.Join(a, b)
}

// sysPathName returns the dotted name the module at path has from dir, a
// directory on sys.path, and whether it is below it: "core.forms" for
// svc/apps/core/forms.py from svc/apps.
func sysPathName(path, dir string) (string, bool) {
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return "", false
	}
	rel = strings.TrimSuffix(rel, ".py")
	rel = strings.TrimSuffix(rel, string(filepath.Separator)+"__init__")
	parts := strings.Split(rel, string(filepath.Separator))
	for _, p := range parts {
		if !IsIdentifier(p) {
			return "", false
		}
	}
	return strings.Join(parts, "."), true
}
