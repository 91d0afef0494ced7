package libraries

// Falcon is the Falcon web framework. A route is an instance of a
// resource class, built once where the app is made: its responders
// (on_get, on_post, on_get_item with a suffix) run on that one instance
// for every request. So do a middleware object's process_* methods, but
// for process_startup and process_shutdown, which run once per process.
func Falcon() Library {
	l := Library{Name: "falcon"}
	apps := []string{"falcon.App", "falcon.API", "falcon.app.App", "falcon.api.API", "falcon.asgi.App", "falcon.asgi.app.App"}
	middleware := []string{"process_request", "process_resource", "process_response",
		"process_request_ws", "process_resource_ws"}
	// An ASGI app's lifespan events: once per process, at start and stop.
	lifespan := []string{"process_startup", "process_shutdown"}
	for _, fn := range apps {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Method: "add_route", Arg: 1, Keyword: "resource", Kind: "falcon-route",
				InstanceMethods: []string{"on_*"}},
			EntryCall{Func: fn, Method: "add_sink", Arg: 0, Keyword: "sink", Kind: "falcon-route"},
			EntryCall{Func: fn, Method: "add_error_handler", Arg: 1, Keyword: "handler", Kind: "falcon-hook"},
			EntryCall{Func: fn, Method: "add_middleware", Arg: 0, Keyword: "middleware", Kind: "falcon-middleware",
				InstanceMethods: middleware, StartupMethods: lifespan, StartupKind: "falcon-lifespan"},
			EntryCall{Func: fn, Arg: -1, Keyword: "middleware", Kind: "falcon-middleware", InstanceMethods: middleware,
				StartupMethods: lifespan, StartupKind: "falcon-lifespan"},
		)
		l.Factories = append(l.Factories, Factory{Class: fn, Kind: "app-factory"})
	}
	// @falcon.before(action) on a responder or a resource class: the
	// action runs before each request the responder serves.
	for _, fn := range []string{"falcon.before", "falcon.after", "falcon.hooks.before", "falcon.hooks.after"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 0, Keyword: "action", Kind: "falcon-hook"})
	}
	l.SharedKinds = []string{"falcon-route", "falcon-middleware"}
	return l
}
