package semantic

import "github.com/crosstalk-dev/crosstalk/python/ast"

func builtinName(qn string) (string, bool) {
	const prefix = "builtins."
	if len(qn) > len(prefix) && qn[:len(prefix)] == prefix {
		return qn[len(prefix):], true
	}
	return "", false
}

// IsMutatingMethod reports whether calling the method name on a builtin or
// collections container changes it in place. It stays here, not in
// libraries: it is matched by the method's bare name on any receiver
// whose type the model does not know, so it is one list of names of the
// language's containers (with deque's, Counter's and OrderedDict's), not
// a role of qualified names that one library contributes.
func IsMutatingMethod(name string) bool {
	_, ok := containerSignatures[name]
	return ok
}

// MutatingCall reports whether call is a call of a mutating method of a
// container (IsMutatingMethod) that fits the method's signature on some
// container: its count of positional arguments, and keywords only where
// the method takes them. `counter.add(1, {"path": p})` is no set's add
// (an OpenTelemetry counter's, a metric recorded), nor `reg.append()`
// any list's. Unpacked arguments (`*args`, `**kw`) fit any.
func MutatingCall(call *ast.Call) bool {
	f, ok := call.Func.(*ast.Attribute)
	if !ok {
		return false
	}
	sig, ok := containerSignatures[f.Attr]
	if !ok {
		return false
	}
	for _, a := range call.Args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	for _, k := range call.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	n := len(call.Args)
	return n >= sig.min && (sig.max < 0 || n <= sig.max) && (len(call.Keywords) == 0 || sig.keywords)
}

// A containerSignature is what the methods of that name of the builtin
// and collections containers take: from min to max positional arguments
// (max -1: any), and keywords or not. containerSignatures names every
// mutating method (IsMutatingMethod).
type containerSignature struct {
	min, max int
	keywords bool
}

var containerSignatures = map[string]containerSignature{
	"append": {1, 1, false}, "extend": {1, 1, false}, "insert": {2, 2, false},
	"pop": {0, 2, false}, "popitem": {0, 1, true}, "remove": {1, 1, false}, "clear": {0, 0, false},
	"update": {0, 1, true}, "setdefault": {1, 2, false}, "add": {1, 1, false}, "discard": {1, 1, false},
	"sort": {0, 0, true}, "reverse": {0, 0, false},
	"appendleft": {1, 1, false}, "extendleft": {1, 1, false}, "popleft": {0, 0, false}, "rotate": {0, 1, false},
	"difference_update": {0, -1, false}, "intersection_update": {0, -1, false}, "symmetric_difference_update": {1, 1, false},
	"subtract": {0, 1, true}, "move_to_end": {1, 2, true},
	"__setitem__": {2, 2, false}, "__delitem__": {1, 1, false}, "__iadd__": {1, 1, false}, "__ior__": {1, 1, false},
}

// TakesOut reports whether the container method name only takes entries
// out (pop, remove, discard, clear): on an empty container it changes
// nothing, and after it nothing of the caller's is left in it.
func TakesOut(name string) bool {
	switch name {
	case "pop", "popitem", "popleft", "remove", "discard", "clear":
		return true
	}
	return false
}

// StoresArgument reports whether the container method name keeps an
// argument itself in the container (`reg.append(x)`, `d.setdefault(k,
// x)`), so that it outlives the call; the other mutating methods read
// their arguments (`x.extend(items)` copies the items out, `x.sort(key)`
// and `x.remove(v)` keep nothing of them).
func StoresArgument(name string) bool {
	switch name {
	case "append", "appendleft", "insert", "add", "setdefault", "__setitem__":
		return true
	}
	return false
}

// ReturnsNothing reports whether the container method name, one that
// IsMutatingMethod, returns None: its result is never awaited nor handed
// on, so a call whose result is cannot be it.
func ReturnsNothing(name string) bool {
	switch name {
	case "pop", "popitem", "popleft", "setdefault", "__iadd__", "__ior__":
		return false
	}
	return IsMutatingMethod(name)
}
