package libraries

// FastAPIUtils is fastapi-utils (and its fork fastapi-utilities):
// @repeat_every(seconds=...) makes a def that, once started (from a
// lifespan or a startup hook), runs its body again and again in the
// worker: a recurring task, as a scheduler's job is.
func FastAPIUtils() Library {
	l := Library{Name: "fastapi_utils", TaskKinds: []string{"repeat-every"}, InProcessKinds: []string{"repeat-every"}}
	for _, fn := range []string{"fastapi_utils.tasks.repeat_every", "fastapi_utilities.repeat_every", "fastapi_utilities.repeat.repeat_every.repeat_every"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "repeat-every"})
	}
	return l
}
