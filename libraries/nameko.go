package libraries

// Nameko is the nameko microservice framework. A service class's methods
// decorated as entrypoints run per call, each on a new instance of the
// class (a worker of its container): HTTP and RPC calls are requests,
// events, queue messages and timers a worker's runs. A dependency
// provider is one object of the container, whose hooks run for every
// worker.
func Nameko() Library {
	l := Library{
		Name:        "nameko",
		TaskKinds:   []string{"nameko-event", "nameko-consumer", "nameko-timer"},
		SharedKinds: []string{"nameko-dependency"},
		EntryClasses: classesOf("nameko-dependency", false, []string{"get_dependency", "worker_setup", "worker_result", "worker_teardown"},
			"nameko.extensions.DependencyProvider"),
	}
	for kind, fns := range map[string][]string{
		"nameko-http":     {"nameko.web.handlers.http"},
		"nameko-rpc":      {"nameko.rpc.rpc"},
		"nameko-event":    {"nameko.events.event_handler"},
		"nameko-consumer": {"nameko.messaging.consume"},
		"nameko-timer":    {"nameko.timer.timer"},
	} {
		for _, fn := range fns {
			l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: kind})
		}
	}
	return l
}
