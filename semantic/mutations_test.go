package semantic_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosstalk-dev/crosstalk/semantic"
)

// mutations returns the Mutations of method f of class C in a module
// whose class body is body, as "via.attr".
func mutations(t *testing.T, body string) []string {
	t.Helper()
	src := "import copy\n\nclass C:\n    x = {}\n    y = []\n\n" + body
	c := program(t, map[string]string{"m": src}).Class("m.C")
	if c == nil || c.Methods["f"] == nil {
		t.Fatalf("no method C.f in\n%s", src)
	}
	var out []string
	for _, mu := range c.Methods["f"].Mutations {
		out = append(out, mu.Recv.Via+"."+mu.Attr)
	}
	return out
}

func TestMutationOfAnElementIsAMutationOfTheContainer(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"    def f(self, a, b):\n        self.x[a][b] = 1\n", []string{"self.x"}},
		{"    def f(self, a, b):\n        del self.x[a][b]\n", []string{"self.x"}},
		{"    def f(self, a):\n        self.x[a].append(1)\n", []string{"self.x"}},
		{"    def f(self, a):\n        self.y[0][a] += 1\n", []string{"self.y"}},
		{"    def f(self, a):\n        self.x.get(a).update({})\n", []string{"self.x"}},
		// The setdefault call is a mutation of its own, then the append.
		{"    def f(self, a):\n        self.x.setdefault(a, []).append(1)\n", []string{"self.x", "self.x"}},
		{"    @classmethod\n    def f(cls, a):\n        cls.x[a][0] = 1\n", []string{"cls.x"}},
		{"    def f(self, a):\n        type(self).x[a].clear()\n", []string{"type(self).x"}},
		// A slice is a copy, other calls return something else, and
		// reads change nothing.
		{"    def f(self, a):\n        self.y[1:][0] = a\n", nil},
		{"    def f(self, a):\n        self.y[:].append(a)\n", nil},
		{"    def f(self, a):\n        self.x.copy()[a] = 1\n", nil},
		{"    def f(self, a):\n        return self.x[a][0], self.x.get(a)\n", nil},
	} {
		if got := mutations(t, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%s: mutations %v, want %v", strings.TrimSpace(tc.body), got, tc.want)
		}
	}
}

func TestMutationThroughALocalAliasIsAMutationOfTheAttribute(t *testing.T) {
	for _, tc := range []struct {
		body string
		want []string
	}{
		{"    def f(self, a):\n        kw = self.x\n        kw[a] = 1\n", []string{"self.x"}},
		{"    def f(self, a):\n        kw = self.x\n        kw.update(a)\n", []string{"self.x"}},
		{"    def f(self, a):\n        kw = self.y\n        del kw[0]\n", []string{"self.y"}},
		{"    def f(self, a):\n        kw = C.x\n        kw[a][0] = 1\n", []string{"C.x"}},
		{"    def f(self, a):\n        b = self.x[a]\n        b.append(1)\n", []string{"self.x"}},
		{"    def f(self, a):\n        b = self.x\n        c = b\n        c.clear()\n", []string{"self.x"}},
		{"    def f(self, a):\n        kw = self.x\n        for i in a:\n            kw[i] = 1\n", []string{"self.x"}},
		// += of a list, |= of a set or a dict: the object itself, extended.
		{"    def f(self, a):\n        fields = self.search_fields\n        fields += [\"^email\"]\n", []string{"self.search_fields"}},
		{"    def f(self, a):\n        seen = self.seen\n        seen |= {a}\n", []string{"self.seen"}},
		{"    def f(self, a):\n        n = self.count\n        n += 1\n", nil}, // a number: the name rebound
		{"    def f(self, a):\n        n = self.names\n        n += a\n", nil}, // of what, unknown: a tuple is rebound
		// What a getter of the receiver hands back by Django's
		// convention: the class's list itself, unless the getter of this
		// module returns something else.
		{"    search_fields = []\n    def f(self, a):\n        v = super().get_search_fields()\n        v += [a]\n", []string{"self.search_fields"}},
		{"    actions = []\n    def f(self, a):\n        v = super().get_actions(a)\n        v[a] = 1\n", nil}, // a library's getter that builds anew
		{"    z = []\n    def f(self, a):\n        v = super().get_z()\n        v += [a]\n", nil},              // a getter no one knows
		{"    z = []\n    def get_z(self):\n        return self.z\n    def f(self, a):\n        v = self.get_z()\n        v.append(a)\n", []string{"self.z"}},
		{"    z = []\n    def get_z(self):\n        return list(self.z)\n    def f(self, a):\n        v = self.get_z()\n        v.append(a)\n", nil},
		{"    z = ()\n    def f(self, a):\n        v = super().get_z()\n        v.append(a)\n", nil}, // a tuple is no container
		{"    def f(self, a):\n        v = self.get_queryset()\n        v.update(a)\n", nil},
		// Copies, rebound names, parameters, local containers and
		// closures are not followed.
		{"    def f(self, a):\n        kw = dict(self.x)\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x.copy()\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = {**self.x}\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = copy.copy(self.x)\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.y[:]\n        kw.append(a)\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        if a:\n            kw = {}\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        kw[a] = 1\n        kw = {}\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        for kw in a:\n            kw[0] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        with a as kw:\n            kw[0] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        import kw\n        kw[0] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        del kw\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        try:\n            a()\n        except E as kw:\n            pass\n        kw[0] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        match a:\n            case [*kw]:\n                kw[0] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        class kw: pass\n        kw[0] = 1\n", nil},
		{"    def f(self, a):\n        global kw\n        kw = self.x\n        kw[0] = 1\n", nil},
		{"    def f(self, kw):\n        kw = self.x\n        kw[0] = 1\n", nil},
		{"    def f(self, a):\n        kw = {}\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = a.x\n        kw[a] = 1\n", []string{"a.x"}}, // a NamedReceiver: the rules resolve it, or not
		{"    def f(self, a):\n        kw[a] = 1\n        kw = self.x\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        def g():\n            kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = self.x\n        def g():\n            nonlocal kw\n            kw = {}\n        g()\n        kw[a] = 1\n", nil},
		{"    def f(self, a):\n        kw = (self.x if a else {})\n        kw[a] = 1\n", nil},
	} {
		if got := mutations(t, tc.body); !slices.Equal(got, tc.want) {
			t.Errorf("%s: mutations %v, want %v", strings.TrimSpace(tc.body), got, tc.want)
		}
	}
}

func TestTypeOfAnotherObjectIsItsStatedClassOrUnknown(t *testing.T) {
	for _, tc := range []struct {
		body      string
		kind      semantic.ReceiverKind
		via, path string
	}{
		{"    def f(self, obj: Entity):\n        type(obj).x.clear()\n", semantic.TypeOfObject, "type(obj)", "Entity"},
		{"    def f(self, obj: mod.Entity):\n        obj.__class__.x.clear()\n", semantic.TypeOfObject, "obj.__class__", "mod.Entity"},
		{"    @staticmethod\n    def f(obj: Entity):\n        obj.__class__.x.clear()\n", semantic.TypeOfObject, "obj.__class__", "Entity"},
		{"    def f(self):\n        obj = Entity(1)\n        type(obj).x.clear()\n", semantic.TypeOfObject, "type(obj)", "Entity"},
		{"    def f(self):\n        type(self).x.clear()\n", semantic.TypeOfSelf, "type(self)", ""},
		// Unknown: no annotation, a generic or a string, *args, a local
		// bound twice or not by a call.
		{"    def f(self, obj):\n        type(obj).x.clear()\n", semantic.OtherReceiver, "", ""},
		{"    def f(self, obj: Optional[Entity]):\n        type(obj).x.clear()\n", semantic.OtherReceiver, "", ""},
		{"    def f(self, obj: 'Entity'):\n        type(obj).x.clear()\n", semantic.OtherReceiver, "", ""},
		{"    def f(self, *obj: Entity):\n        type(obj).x.clear()\n", semantic.OtherReceiver, "", ""},
		{"    def f(self, a):\n        obj = Entity()\n        if a:\n            obj = a\n        type(obj).x.clear()\n", semantic.OtherReceiver, "", ""},
		{"    def f(self, a):\n        obj = a.entity\n        type(obj).x.clear()\n", semantic.OtherReceiver, "", ""},
	} {
		src := "class C:\n    x = {}\n\n" + tc.body
		c := program(t, map[string]string{"m": src}).Class("m.C")
		mus := c.Methods["f"].Mutations
		if len(mus) != 1 {
			t.Errorf("%s: %d mutations, want 1", strings.TrimSpace(tc.body), len(mus))
			continue
		}
		if r := mus[0].Recv; r.Kind != tc.kind || r.Via != tc.via || r.Class != tc.path {
			t.Errorf("%s: receiver %+v, want kind %d via %q class %q", strings.TrimSpace(tc.body), r, tc.kind, tc.via, tc.path)
		}
	}
}
