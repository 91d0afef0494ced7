package libraries

import "slices"

// Pecan is the Pecan web framework (OpenStack's APIs): a controller is
// one object, built with the app or as a class attribute of its parent
// controller, whose exposed methods serve every request routed to it.
func Pecan() Library {
	l := Library{Name: "pecan", SharedKinds: []string{"pecan-controller"}}
	// WSME's wsexpose on a RestController's methods exposes them too.
	for _, fn := range []string{"pecan.expose", "pecan.decorators.expose", "wsmeext.pecan.wsexpose"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "pecan-controller"})
	}
	// A generic handler's methods: `@index.when(method="GET")` on a
	// method of the class of `@expose(generic=True) def index`.
	for _, fn := range []string{"pecan.expose", "pecan.decorators.expose"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Method: "when", Kind: "pecan-controller"})
	}
	// Object dispatch calls these on the controller to route further; a
	// hook object, given to make_app, runs its methods around every
	// request.
	l.SharedKinds = append(l.SharedKinds, "pecan-hook")
	l.EntryClasses = slices.Concat(
		classesOf("pecan-controller", false, []string{"_lookup", "_route", "_default"},
			"pecan.rest.RestController", "pecan.RestController"),
		classesOf("pecan-hook", false, []string{"on_route", "before", "after", "on_error"},
			"pecan.hooks.PecanHook", "pecan.PecanHook"))
	return l
}
