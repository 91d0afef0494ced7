package libraries

// OsloService is OpenStack's oslo.service: a manager's methods decorated
// as periodic tasks run on the service's own schedule, one run at a time,
// as a worker runs a task.
func OsloService() Library {
	l := Library{Name: "oslo_service", TaskKinds: []string{"oslo-periodic-task"}}
	for _, fn := range []string{"oslo_service.periodic_task.periodic_task"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "oslo-periodic-task"})
	}
	return l
}
