package libraries

import "slices"

// Ninja is django-ninja: operations declared on a NinjaAPI or a Router
// by decorators, run per request. The authenticators, throttles and
// paginators an operation names are built once, where the decorator or
// the API is written, and serve every request of the process.
func Ninja() Library {
	l := Library{Name: "ninja", SharedKinds: []string{"ninja-auth", "ninja-throttle", "ninja-pagination"}}
	apis := []string{"ninja.NinjaAPI", "ninja.main.NinjaAPI"}
	routers := []string{"ninja.Router", "ninja.router.Router"}
	for _, fn := range slices.Concat(apis, routers) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, "ninja-route", false, "get", "post", "put", "patch", "delete", "api_operation"))
	}
	for _, fn := range apis {
		l.EntryDecorators = slices.Concat(l.EntryDecorators, methodsOf(fn, "ninja-hook", false, "exception_handler"))
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_exception_handler", Arg: 1, Keyword: "handler", Kind: "ninja-hook"})
	}
	l.EntryClasses = slices.Concat(
		classesOf("ninja-auth", false, []string{"authenticate", "__call__"},
			"ninja.security.APIKeyQuery", "ninja.security.APIKeyHeader", "ninja.security.APIKeyCookie",
			"ninja.security.HttpBearer", "ninja.security.HttpBasicAuth", "ninja.security.SessionAuth",
			"ninja.security.apikey.APIKeyBase", "ninja.security.apikey.APIKeyQuery", "ninja.security.apikey.APIKeyHeader",
			"ninja.security.apikey.APIKeyCookie", "ninja.security.http.HttpAuthBase", "ninja.security.http.HttpBearer",
			"ninja.security.http.HttpBasicAuth", "ninja.security.base.AuthBase", "ninja.security.session.SessionAuth"),
		classesOf("ninja-throttle", false, []string{"allow_request", "get_cache_key", "wait"},
			"ninja.throttling.BaseThrottle", "ninja.throttling.SimpleRateThrottle", "ninja.throttling.AnonRateThrottle",
			"ninja.throttling.AuthRateThrottle", "ninja.throttling.UserRateThrottle"),
		classesOf("ninja-pagination", false, []string{"paginate_queryset", "apaginate_queryset"},
			"ninja.pagination.PaginationBase", "ninja.pagination.PageNumberPagination",
			"ninja.pagination.LimitOffsetPagination"),
	)
	return l
}
