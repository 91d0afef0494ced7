package semantic

import (
	"slices"
	"testing"
)

// The operations of an OpenAPI file, YAML or JSON: operationId values,
// quoted or not, qualified by the router controller above them when they
// are not; anything else on a line (a summary that happens to hold a
// colon, a description) names nothing.
func TestSpecOperationsOfYAMLAndJSON(t *testing.T) {
	yaml := "paths:\n  /a:\n    get:\n      operationId: app.views.list_a\n      summary: \"a: all\"\n" +
		"  /b:\n    x-openapi-router-controller: 'app.views'\n    get:\n      operationId: get_b\n" +
		"    post:\n      operationId: \"app.other.post_b\"\n      description: operationId: not one\n"
	json := `{"paths": {"/c": {"get": {
	  "operationId": "app.views.get_c",
	  "x-openapi-router-controller": "app.ctl"
	}, "post": {
	  "operationId": "post_c",
	  "summary": "x"
	}}}}`
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"yaml", yaml, []string{"app.views.list_a", "app.views.get_b", "app.other.post_b"}},
		{"json", json, []string{"app.views.get_c", "app.ctl.post_c"}},
	} {
		var got []string
		for _, op := range specOperations([]byte(tc.src)) {
			got = append(got, op.name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: operations %q, want %q", tc.name, got, tc.want)
		}
	}
}
