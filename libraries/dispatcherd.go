package libraries

// Dispatcherd is dispatcherd, the PostgreSQL-backed task queue of the
// Ansible projects: submit_task(fn, ...) runs fn in a worker, and its
// @task decorator makes a function a task.
func Dispatcherd() Library {
	l := Library{Name: "dispatcherd", TaskKinds: []string{"dispatcherd-task"}}
	for _, fn := range []string{"dispatcherd.publish.submit_task", "dispatcherd.submit_task"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 0, Keyword: "fn", Kind: "dispatcherd-task"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Arg: 0, Keyword: "fn", Kind: "queue"})
	}
	for _, fn := range []string{"dispatcherd.publish.task", "dispatcherd.task"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "dispatcherd-task"})
	}
	return l
}
