package libraries

// Kinto is Mozilla's JSON storage service and the core its plugins
// build on (remote-settings): kinto.core's Service is Cornice's, which
// Kinto vendors, and @resource.register() makes a Resource class a
// REST resource, built per request with the request, whose method of the
// verb runs (plural_* on the list of objects, the verb on one).
func Kinto() Library {
	l := Library{Name: "kinto"}
	for _, fn := range []string{"kinto.core.Service", "kinto.core.cornice.Service", "kinto.core.cornice.service.Service"} {
		l.EntryDecorators = append(l.EntryDecorators,
			methodsOf(fn, "cornice-view", false, "get", "post", "put", "patch", "delete", "options", "decorator")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_view", Arg: 1, Keyword: "view", Kind: "cornice-view"})
	}
	resource := []string{"__init__", "plural_get", "plural_post", "plural_delete", "get", "put", "patch", "delete"}
	for _, fn := range []string{"kinto.core.resource.register"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "kinto-resource", ClassMethods: resource})
	}
	return l
}
