package libraries

import "slices"

// FastAPI is the FastAPI web framework, built on Starlette.
func FastAPI() Library {
	apps := []string{"fastapi.FastAPI", "fastapi.applications.FastAPI"}
	routers := []string{"fastapi.APIRouter", "fastapi.routing.APIRouter"}
	l := asgiApp("fastapi", "fastapi", apps)
	routes := slices.Concat([]string{"api_route"}, httpMethods())
	for _, fn := range slices.Concat(apps, routers) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators, methodsOf(fn, "fastapi-route", false, routes...),
			methodsOf(fn, "fastapi-websocket", false, "websocket"))
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Method: "add_api_route", Arg: 1, Keyword: "endpoint", Kind: "fastapi-route"},
			EntryCall{Func: fn, Method: "add_api_websocket_route", Arg: 1, Keyword: "endpoint", Kind: "fastapi-websocket"},
		)
	}
	// An app or a router includes routers: one of a team's own class
	// (a subclass of APIRouter in a shared package) is one too.
	for _, fn := range slices.Concat(apps, routers) {
		l.Mounts = append(l.Mounts, Mount{Func: fn, Method: "include_router", Arg: 0, Keyword: "router", Class: routers[0]})
	}
	for _, fn := range routers {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Arg: -1, Keyword: "lifespan", Kind: "lifespan", Startup: true},
			EntryCall{Func: fn, Arg: -1, Keyword: "on_startup", Kind: "fastapi-startup", Startup: true})
		l.EntryDecorators = append(l.EntryDecorators,
			EntryDecorator{Func: fn, Method: "on_event", Kind: "fastapi-startup", Startup: true})
	}
	// Depends(f) runs f per request that needs it, wherever it is written
	// (a handler's signature, dependencies=[...], another dependency's
	// signature); Depends(SomeClass) builds one instance per request, and
	// so does Depends() as the default of a parameter annotated SomeClass.
	for _, fn := range []string{"fastapi.Depends", "fastapi.Security", "fastapi.param_functions.Depends",
		"fastapi.param_functions.Security"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 0, Keyword: "dependency",
			Kind: "fastapi-dependency", ClassMethods: []string{"__init__"}, OrAnnotation: true})
	}
	// FastAPI's own BackgroundTasks derives from Starlette's, which the
	// graph does not see of a library's class.
	for _, fn := range []string{"fastapi.BackgroundTasks", "fastapi.background.BackgroundTasks"} {
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Method: "add_task", Arg: 0, Keyword: "func", Kind: "task"})
	}
	// fastapi.concurrency re-exports Starlette's.
	l.HandOffs = append(l.HandOffs, HandOff{Func: "fastapi.concurrency.run_in_threadpool", Arg: 0, Keyword: "func", Kind: "thread"})
	return l
}
