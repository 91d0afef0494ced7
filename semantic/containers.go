package semantic

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
