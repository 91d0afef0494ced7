package libraries

// DjangoQ is django-q (and django-q2): what async_task, AsyncTask,
// schedule and a Chain are given (a function, or its dotted name) runs in
// a cluster worker, once per task.
func DjangoQ() Library {
	l := Library{Name: "django_q", TaskKinds: []string{"django-q-task"}}
	for _, c := range []struct{ fn, method string }{
		{"django_q.tasks.async_task", ""}, {"django_q.tasks.AsyncTask", ""}, {"django_q.tasks.schedule", ""},
		{"django_q.tasks.Chain", "append"},
	} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: c.fn, Method: c.method, Arg: 0, Keyword: "func", Kind: "django-q-task"})
	}
	// A task's hook (a function, or its dotted name) runs in the
	// cluster after the task, given its result.
	for _, fn := range []string{"django_q.tasks.async_task", "django_q.tasks.AsyncTask", "django_q.tasks.schedule"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: -1, Keyword: "hook", Kind: "django-q-task"})
	}
	// django-q-registry's @register_task(name=..., schedule_type=...):
	// the function runs in a cluster worker on its schedule.
	for _, fn := range []string{"django_q_registry.register_task", "django_q_registry.registry.register_task"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "django-q-task"})
	}
	// Hand-offs are known by their last name too (a rule that sees one
	// call asks IsHandOffName): only the names no other call has.
	for _, fn := range []string{"django_q.tasks.async_task", "django_q.tasks.AsyncTask"} {
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Arg: 0, Keyword: "func", Kind: "queue"})
	}
	return l
}
