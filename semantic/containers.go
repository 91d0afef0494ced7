package semantic

import "github.com/crosstalk-dev/crosstalk/python/ast"

// MutableContainer reports whether e builds a new mutable container, as
// RULES.md defines it: a dict, list or set display or comprehension, or a
// call of a container type (builtins, collections, weakref) resolved
// through m's imports. extra holds more canonical qualified names of calls
// that build one (a rule's extend-container-factories option; nil for
// none): the caller owns it, so rules with different settings share the
// Program. It returns what e builds, for messages ("dict", "list
// comprehension", "collections.defaultdict"), or "".
func (p *Program) MutableContainer(m *Module, e ast.Expr, extra map[string]bool) string {
	switch e := e.(type) {
	case *ast.Dict:
		return "dict"
	case *ast.List:
		return "list"
	case *ast.Set:
		return "set"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.Call:
		qn := p.Resolve(m, e.Func)
		if containerType(qn) || extra[qn] {
			if short, ok := builtinName(qn); ok {
				return short
			}
			return qn
		}
	}
	return ""
}

func builtinName(qn string) (string, bool) {
	const prefix = "builtins."
	if len(qn) > len(prefix) && qn[:len(prefix)] == prefix {
		return qn[len(prefix):], true
	}
	return "", false
}

// containerType reports whether calling qn builds a mutable container.
func containerType(qn string) bool {
	switch qn {
	case "builtins.dict", "builtins.list", "builtins.set", "builtins.bytearray",
		"builtins.dict.fromkeys",
		"collections.defaultdict", "collections.OrderedDict", "collections.Counter",
		"collections.deque", "collections.ChainMap",
		"collections.UserDict", "collections.UserList",
		"weakref.WeakValueDictionary", "weakref.WeakKeyDictionary", "weakref.WeakSet":
		return true
	}
	return false
}

// IsMutatingMethod reports whether calling the method name on a builtin or
// collections container changes it in place.
func IsMutatingMethod(name string) bool {
	switch name {
	case "append", "extend", "insert", "pop", "popitem", "remove", "clear",
		"update", "setdefault", "add", "discard", "sort", "reverse",
		"appendleft", "extendleft", "popleft", "rotate",
		"difference_update", "intersection_update", "symmetric_difference_update",
		"subtract", "move_to_end",
		"__setitem__", "__delitem__", "__iadd__", "__ior__":
		return true
	}
	return false
}
