package libraries

import "slices"

// Starlette is the Starlette ASGI framework.
func Starlette() Library {
	l := asgiApp("starlette", "starlette", []string{"starlette.applications.Starlette"})
	route := func(fn string) EntryCall {
		return EntryCall{Func: fn, Arg: 1, Keyword: "endpoint", Kind: "starlette-route"}
	}
	l.EntryCalls = append(l.EntryCalls,
		route("starlette.routing.Route"),
		EntryCall{Func: "starlette.routing.WebSocketRoute", Arg: 1, Keyword: "endpoint", Kind: "starlette-websocket"},
		// Mount("/x", app=asgi) and Host("h", app=asgi): the ASGI app runs
		// per request (Mount's routes=[...] are Routes of their own).
		EntryCall{Func: "starlette.routing.Mount", Arg: 1, Keyword: "app", Kind: "starlette-route"},
		EntryCall{Func: "starlette.routing.Host", Arg: 1, Keyword: "app", Kind: "starlette-route"},
		// Middleware(cls, ...) in middleware=[...]: built once, called per request.
		EntryCall{Func: "starlette.middleware.Middleware", Arg: 0, Keyword: "cls", Kind: "starlette-middleware",
			ClassMethods: []string{"__call__", "dispatch"}},
		// Middleware(AuthenticationMiddleware, backend=...): the backend
		// authenticates every request.
		authBackend("starlette.middleware.Middleware", "", "starlette"),
	)
	// Background tasks run after the response is sent, in the same
	// process: a sync function on the thread pool, a coroutine function
	// on the event loop.
	l.HandOffs = append(l.HandOffs,
		HandOff{Func: "starlette.background.BackgroundTask", Arg: 0, Keyword: "func", Kind: "task"},
		HandOff{Func: "starlette.background.BackgroundTasks", Method: "add_task", Arg: 0, Keyword: "func", Kind: "task"},
		// A sync function run on the thread pool, awaited.
		HandOff{Func: "starlette.concurrency.run_in_threadpool", Arg: 0, Keyword: "func", Kind: "thread"})
	l.EntryClasses = slices.Concat(
		classesOf("starlette-middleware", false, []string{"dispatch"}, "starlette.middleware.base.BaseHTTPMiddleware"),
		classesOf("starlette-endpoint", false, httpMethods(), "starlette.endpoints.HTTPEndpoint"),
		classesOf("starlette-endpoint", false, []string{"on_connect", "on_receive", "on_disconnect"},
			"starlette.endpoints.WebSocketEndpoint"))
	return l
}

// asgiApp is the table of an ASGI application class of Starlette's API
// (FastAPI derives from it): its middleware, exception handlers and
// startup hooks, registered by decorator, by method and by the
// constructor's keywords.
func asgiApp(name, kind string, apps []string) Library {
	middleware := kind + "-middleware"
	// A middleware class is built once, when the app builds its stack.
	// A WebSocket route runs once per connection, for its life.
	l := Library{Name: name, SharedKinds: []string{middleware, kind + "-auth-backend"}, ConnectionKinds: []string{kind + "-websocket"}}
	startup := kind + "-startup"
	for _, fn := range apps {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, middleware, false, "middleware"),
			methodsOf(fn, kind+"-hook", false, "exception_handler"),
			methodsOf(fn, kind+"-route", false, "route"),
			methodsOf(fn, kind+"-websocket", false, "websocket_route"),
			// on_event("startup") and on_event("shutdown") each run once.
			methodsOf(fn, startup, true, "on_event"))
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Method: "add_middleware", Arg: 0, Keyword: "middleware_class", Kind: middleware,
				ClassMethods: []string{"__call__", "dispatch"}},
			EntryCall{Func: fn, Method: "add_exception_handler", Arg: 1, Keyword: "handler", Kind: kind + "-hook"},
			EntryCall{Func: fn, Method: "add_route", Arg: 1, Keyword: "route", Kind: kind + "-route"},
			EntryCall{Func: fn, Method: "add_websocket_route", Arg: 1, Keyword: "route", Kind: kind + "-websocket"},
			EntryCall{Func: fn, Method: "add_event_handler", Arg: 1, Keyword: "func", Kind: startup, Startup: true},
			EntryCall{Func: fn, Arg: -1, Keyword: "lifespan", Kind: "lifespan", Startup: true},
			EntryCall{Func: fn, Arg: -1, Keyword: "on_startup", Kind: startup, Startup: true},
			EntryCall{Func: fn, Arg: -1, Keyword: "on_shutdown", Kind: startup, Startup: true},
			authBackend(fn, "add_middleware", kind),
		)
		l.Factories = append(l.Factories, Factory{Class: fn, Kind: "app-factory"})
	}
	return l
}

// authBackend is the entry call of a middleware's backend=, given to
// fn's method (or to fn, for ""): AuthenticationMiddleware's backend, one
// object whose authenticate runs for every request.
func authBackend(fn, method, kind string) EntryCall {
	return EntryCall{Func: fn, Method: method, Arg: -1, Keyword: "backend", Kind: kind + "-auth-backend",
		InstanceMethods: []string{"authenticate"}}
}
