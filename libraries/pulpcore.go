package libraries

// Pulpcore is Pulp's core, under its plugins (galaxy_ng, pulp_rpm):
// dispatch(func, ...) queues func for a pulpcore worker, which runs it
// as a task.
func Pulpcore() Library {
	l := Library{Name: "pulpcore", TaskKinds: []string{"pulpcore-task"}}
	for _, fn := range []string{"pulpcore.plugin.tasking.dispatch", "pulpcore.tasking.tasks.dispatch"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 0, Keyword: "func", Kind: "pulpcore-task"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Arg: 0, Keyword: "func", Kind: "queue"})
	}
	return l
}
