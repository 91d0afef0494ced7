package libraries

// Cornice is Cornice, REST services on Pyramid: a Service's decorators
// (@svc.get()) register views, and @resource builds its class per
// request, with the request, and calls the method of the verb.
func Cornice() Library {
	l := Library{Name: "cornice"}
	for _, fn := range []string{"cornice.Service", "cornice.service.Service"} {
		l.EntryDecorators = append(l.EntryDecorators,
			methodsOf(fn, "cornice-view", false, "get", "post", "put", "patch", "delete", "options", "decorator")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_view", Arg: 1, Keyword: "view", Kind: "cornice-view"})
	}
	resource := []string{"__init__", "collection_get", "collection_post", "collection_put", "collection_patch",
		"collection_delete", "get", "post", "put", "patch", "delete", "options"}
	for _, fn := range []string{"cornice.resource", "cornice.resource.resource"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "cornice-resource", ClassMethods: resource})
	}
	return l
}
