package libraries

// Spinach is the spinach task queue: the task decorators of a Tasks
// registry and of an Engine make a function a task that spinachd's
// workers run.
func Spinach() Library {
	l := Library{Name: "spinach", TaskKinds: []string{"spinach-task"}}
	for _, fn := range []string{"spinach.Tasks", "spinach.task.Tasks", "spinach.Engine", "spinach.engine.Engine"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "spinach-task", false, "task")...)
	}
	return l
}
