package libraries

// Huey is the huey task queue: a Huey object's task decorators, and
// django-huey's, make a function a task that a consumer runs.
func Huey() Library {
	l := Library{Name: "huey", TaskKinds: []string{"huey-task"}}
	for _, fn := range []string{"huey.Huey", "huey.api.Huey", "huey.RedisHuey", "huey.api.RedisHuey",
		"huey.PriorityRedisHuey", "huey.api.PriorityRedisHuey", "huey.RedisExpireHuey", "huey.api.RedisExpireHuey",
		"huey.SqliteHuey", "huey.api.SqliteHuey", "huey.MemoryHuey", "huey.api.MemoryHuey", "huey.FileHuey", "huey.api.FileHuey"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "huey-task", false, "task", "periodic_task", "context_task")...)
	}
	for _, fn := range []string{"huey.contrib.djhuey.task", "huey.contrib.djhuey.periodic_task",
		"huey.contrib.djhuey.db_task", "huey.contrib.djhuey.db_periodic_task"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "huey-task"})
	}
	return l
}
