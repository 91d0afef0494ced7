package libraries

import "slices"

// Aiohttp is aiohttp's web server.
func Aiohttp() Library {
	verbs := []string{"get", "post", "put", "patch", "delete", "head", "view"}
	l := Library{
		Name:            "aiohttp",
		ClientFactories: []string{"aiohttp.ClientSession", "aiohttp.client.ClientSession"},
		EntryDecorators: slices.Concat(
			methodsOf("aiohttp.web.RouteTableDef", "aiohttp-route", false, append(slices.Clone(verbs[:len(verbs)-1]), "route")...),
			// A class given to view: its verbs run per request, whatever
			// its bases (a project's own, whose objects the routes build).
			[]EntryDecorator{{Func: "aiohttp.web.RouteTableDef", Method: "view", Kind: "aiohttp-route", ClassMethods: httpMethods()},
				{Func: "aiohttp.web.middleware", Kind: "aiohttp-middleware"}}),
		EntryClasses: classesOf("aiohttp-view", false, httpMethods(), "aiohttp.web.View"),
	}
	for _, v := range verbs {
		// web.get(path, handler), and app.router.add_get(path, handler).
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: "aiohttp.web." + v, Arg: 1, Keyword: "handler", Kind: "aiohttp-route"},
			EntryCall{Func: "aiohttp.web.Application", Method: "router.add_" + v, Arg: 1, Keyword: "handler", Kind: "aiohttp-route"},
			EntryCall{Func: "aiohttp.web.UrlDispatcher", Method: "add_" + v, Arg: 1, Keyword: "handler", Kind: "aiohttp-route"})
	}
	l.EntryCalls = append(l.EntryCalls,
		EntryCall{Func: "aiohttp.web.route", Arg: 2, Keyword: "handler", Kind: "aiohttp-route"},
		EntryCall{Func: "aiohttp.web.Application", Method: "router.add_route", Arg: 2, Keyword: "handler", Kind: "aiohttp-route"},
		EntryCall{Func: "aiohttp.web.UrlDispatcher", Method: "add_route", Arg: 2, Keyword: "handler", Kind: "aiohttp-route"},
		EntryCall{Func: "aiohttp.web.Application", Arg: -1, Keyword: "middlewares", Kind: "aiohttp-middleware"},
		EntryCall{Func: "aiohttp.web.Application", Method: "middlewares.append", Arg: 0, Kind: "aiohttp-middleware"},
		// The signals of the app's life run once each.
		EntryCall{Func: "aiohttp.web.Application", Method: "on_startup.append", Arg: 0, Kind: "aiohttp-startup", Startup: true},
		EntryCall{Func: "aiohttp.web.Application", Method: "on_shutdown.append", Arg: 0, Kind: "aiohttp-startup", Startup: true},
		EntryCall{Func: "aiohttp.web.Application", Method: "on_cleanup.append", Arg: 0, Kind: "aiohttp-startup", Startup: true},
		EntryCall{Func: "aiohttp.web.Application", Method: "cleanup_ctx.append", Arg: 0, Kind: "aiohttp-startup", Startup: true},
	)
	l.Factories = []Factory{{Class: "aiohttp.web.Application", Kind: "app-factory"}}
	return l
}
