package libraries

// Huey is the huey task queue: a Huey object's task decorators, and
// django-huey's, make a function a task that a consumer runs.
func Huey() Library {
	l := Library{Name: "huey", TaskKinds: []string{"huey-task"}}
	for _, fn := range []string{"huey.Huey", "huey.api.Huey", "huey.RedisHuey", "huey.api.RedisHuey",
		"huey.PriorityRedisHuey", "huey.api.PriorityRedisHuey", "huey.RedisExpireHuey", "huey.api.RedisExpireHuey",
		"huey.SqliteHuey", "huey.api.SqliteHuey", "huey.MemoryHuey", "huey.api.MemoryHuey", "huey.FileHuey", "huey.api.FileHuey"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "huey-task", false, hueyTasks...)...)
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "huey-startup", true, hueyStartup...)...)
	}
	for _, name := range hueyTasks {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "huey.contrib.djhuey." + name, Kind: "huey-task"})
	}
	for _, name := range []string{"db_task", "db_periodic_task", "on_commit_task"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "huey.contrib.djhuey." + name, Kind: "huey-task"})
	}
	for _, name := range hueyStartup {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "huey.contrib.djhuey." + name, Kind: "huey-startup", Startup: true})
	}
	return l
}

// hueyTasks are the decorators of what a consumer runs per task: the
// tasks, and the hooks it runs before and after each task and at each
// of its signals. hueyStartup, what it runs once per worker.
var (
	hueyTasks   = []string{"task", "periodic_task", "context_task", "pre_execute", "post_execute", "signal"}
	hueyStartup = []string{"on_startup", "on_shutdown"}
)
