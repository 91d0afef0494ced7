package libraries

import "slices"

// Pyramid is the Pyramid web framework: views found by config.scan() from
// @view_config, or added with config.add_view; subscribers of its events
// (NewRequest, NewResponse, BeforeRender: per request); request methods;
// and includeme(config), which config.include runs once, at startup.
func Pyramid() Library {
	views := []string{"pyramid.view.view_config", "pyramid.view.notfound_view_config",
		"pyramid.view.forbidden_view_config", "pyramid.view.exception_view_config"}
	// A class view is built per request, with the request, and called:
	// its __call__, or the method a decorator on it names.
	classView := []string{"__init__", "__call__"}
	l := Library{Name: "pyramid", StartupDefs: []StartupDef{{Name: "includeme", Kind: "pyramid-include", Param: "pyramid.config.Configurator"}},
		// A tween class, and the security policy, are built once, for
		// every request.
		SharedKinds: []string{"pyramid-tween", "pyramid-security"}}
	for _, fn := range views {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "pyramid-view", ClassMethods: classView})
	}
	l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "pyramid.events.subscriber", Kind: "pyramid-subscriber"})
	for _, fn := range []string{"pyramid.config.Configurator", "pyramid.config.__init__.Configurator"} {
		l.EntryCalls = slices.Concat(l.EntryCalls, []EntryCall{
			{Func: fn, Method: "add_view", Arg: 0, Keyword: "view", Kind: "pyramid-view", ClassMethods: classView},
			{Func: fn, Method: "add_notfound_view", Arg: 0, Keyword: "view", Kind: "pyramid-view", ClassMethods: classView},
			{Func: fn, Method: "add_forbidden_view", Arg: 0, Keyword: "view", Kind: "pyramid-view", ClassMethods: classView},
			{Func: fn, Method: "add_exception_view", Arg: 0, Keyword: "view", Kind: "pyramid-view", ClassMethods: classView},
			{Func: fn, Method: "add_route", Arg: -1, Keyword: "view", Kind: "pyramid-view", ClassMethods: classView},
			{Func: fn, Method: "add_subscriber", Arg: 0, Keyword: "subscriber", Kind: "pyramid-subscriber"},
			{Func: fn, Method: "add_request_method", Arg: 0, Keyword: "callable", Kind: "pyramid-request-method"},
			{Func: fn, Method: "include", Arg: 0, Keyword: "callable", Kind: "pyramid-include", Startup: true},
			// A route's context factory, called with each request the
			// route matches; the root factory, with every request.
			{Func: fn, Method: "add_route", Arg: -1, Keyword: "factory", Kind: "pyramid-context", ClassMethods: []string{"__init__"}},
			{Func: fn, Method: "set_root_factory", Arg: 0, Keyword: "factory", Kind: "pyramid-context", ClassMethods: []string{"__init__"}},
			// The security policy: one object, whose methods every
			// request calls.
			{Func: fn, Method: "set_security_policy", Arg: 0, Keyword: "policy", Kind: "pyramid-security",
				InstanceMethods: []string{"identity", "authenticated_userid", "permits", "remember", "forget"}},
			// A tween factory, by its dotted name: called once with the
			// next handler, and what it returns wraps every request.
			{Func: fn, Method: "add_tween", Arg: 0, Keyword: "tween_factory", Kind: "pyramid-tween", Factory: true,
				ClassMethods: []string{"__call__"}},
		})
	}
	return l
}
