package libraries

// PyramidServices is pyramid_services: config.register_service_factory
// registers a factory that request.find_service calls, with the context
// and the request, for each request that asks for the service; a class
// registered as the factory is built then; request.find_service, given
// the service's class, returns an instance of it.
func PyramidServices() Library {
	// request.find_service(UserService) gives the UserService the
	// factory registered for it builds.
	l := Library{Name: "pyramid_services", InstanceLookups: []InstanceLookup{{Method: "find_service", Keyword: "iface"}}}
	for _, fn := range []string{"pyramid.config.Configurator", "pyramid.config.__init__.Configurator"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "register_service_factory", Arg: 0,
			Keyword: "service_factory", Kind: "pyramid-service", ClassMethods: []string{"__init__"}})
	}
	return l
}
