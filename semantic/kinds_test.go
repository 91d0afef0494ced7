package semantic_test

import (
	"testing"

	"github.com/crosstalk-dev/crosstalk/semantic"
)

func TestDjangoClassOnlyMethodIsAClassMethod(t *testing.T) {
	p := program(t, map[string]string{"m": `
from django.utils import decorators
from django.utils.decorators import classonlymethod
from myapp.utils import classonlymethod as other

class V:
    @classonlymethod
    def as_view(cls, **initkwargs): pass

    @decorators.classonlymethod
    def dotted(cls): pass

    @other
    def not_django(cls): pass
`})
	c := p.Class("m.V")
	for name, want := range map[string]semantic.MethodKind{
		"as_view": semantic.ClassMethod, "dotted": semantic.ClassMethod, "not_django": semantic.InstanceMethod,
	} {
		if got := c.Methods[name].Kind; got != want {
			t.Errorf("%s: kind %v, want %v", name, got, want)
		}
	}
}
