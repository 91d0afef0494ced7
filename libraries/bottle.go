package libraries

import "slices"

// Bottle is the Bottle web framework: routes declared on the default app
// (bottle.route, bottle.get, ...) or on a Bottle instance, and its hooks
// and error handlers, run per request.
func Bottle() Library {
	l := Library{Name: "bottle"}
	verbs := []string{"route", "get", "post", "put", "delete", "patch"}
	for _, v := range verbs {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "bottle." + v, Kind: "bottle-route"})
	}
	l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "bottle.error", Kind: "bottle-route"},
		EntryDecorator{Func: "bottle.hook", Kind: "bottle-hook"})
	l.EntryDecorators = slices.Concat(l.EntryDecorators,
		methodsOf("bottle.Bottle", "bottle-route", false, slices.Concat(verbs, []string{"error"})...),
		methodsOf("bottle.Bottle", "bottle-hook", false, "hook"))
	return l
}
