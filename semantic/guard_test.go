package semantic_test

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/parser"
	"github.com/crosstalk-dev/crosstalk/semantic"
)

// A guard that leaves with what it tests, when that is set, guards what
// follows it; one that leaves with anything else, or tests something
// else, does not.
func TestSetGuardLeavesWithTheValueItTests(t *testing.T) {
	for src, want := range map[string]bool{
		"if key in cache:\n    return cache[key]\n":                         true,
		"if self._c is not None:\n    return self._c\n":                     true,
		"if c is not None and c[0] == pid:\n    return c[1]\n":              true,
		"if cache.get(key):\n    return cache.get(key)\n":                   true,
		"if hasattr(self, '_c'):\n    return self._c\n":                     true,
		"if cached:\n    log()\n    return cached\n":                        true,
		"if cache['k'] != None:\n    return cache['k']\n":                   true,
		"if key in cache:\n    return None\n":                               false,
		"if user:\n    return user.name\n":                                  false,
		"if not cached:\n    return cached\n":                               false,
		"if key in cache:\n    pass\n":                                      false,
		"if cache[a] is not None:\n    return cache[b]\n":                   false,
		"if self._c is not None:\n    return self._d\n":                     false,
		"if hasattr(self, '_c'):\n    return self._d\n":                     false,
		"if key in cache:\n    return cache[key]\nelse:\n    return None\n": true,
		"if now < store.get('retry', 0):\n    return store.get('retry')\n":  false,
	} {
		f := parser.ParseFile("m.py", []byte(src))
		st, ok := f.Module.Body[0].(*ast.If)
		if !ok {
			t.Fatalf("%q: not an if statement", src)
		}
		if got := semantic.SetGuard(st); got != want {
			t.Errorf("%q: SetGuard %v, want %v", src, got, want)
		}
	}
}
