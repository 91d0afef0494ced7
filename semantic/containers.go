package semantic

func builtinName(qn string) (string, bool) {
	const prefix = "builtins."
	if len(qn) > len(prefix) && qn[:len(prefix)] == prefix {
		return qn[len(prefix):], true
	}
	return "", false
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
