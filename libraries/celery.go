package libraries

import "slices"

// Celery is the Celery task queue.
func Celery() Library {
	tasks := []EntryDecorator{
		{Func: "celery.shared_task", Kind: "celery-task"},
		{Func: "celery.app.shared_task", Kind: "celery-task"},
		{Func: "celery.Celery", Method: "task", Kind: "celery-task"},
		{Func: "celery.app.base.Celery", Method: "task", Kind: "celery-task"},
		{Func: "celery.app.Celery", Method: "task", Kind: "celery-task"}, // celery/app/__init__.py's
		// Celery 3's, before shared_task.
		{Func: "celery.task", Kind: "celery-task"},
		{Func: "celery.task.task", Kind: "celery-task"},
		{Func: "celery.task.periodic_task", Kind: "celery-task"},
		{Func: "celery.decorators.task", Kind: "celery-task"},
		{Func: "celery.decorators.periodic_task", Kind: "celery-task"},
	}
	l := Library{
		Name:            "celery",
		TaskKinds:       []string{"celery-task", "celery-signal"},
		EntryDecorators: slices.Clone(tasks),
		EntryClasses: classesOf("celery-task", false, []string{"run", "before_start", "on_success", "on_failure", "on_retry", "after_return"},
			"celery.Task", "celery.app.task.Task"),
		Factories: []Factory{{Class: "celery.Celery", Kind: "app-factory"}, {Class: "celery.app.base.Celery", Kind: "app-factory"},
			{Class: "celery.app.Celery", Kind: "app-factory"}},
	}
	// app.Task, the app's own Task class: a base of the project's tasks.
	for _, app := range []string{"celery.Celery", "celery.app.base.Celery", "celery.app.Celery"} {
		l.InstanceAttrs = append(l.InstanceAttrs, InstanceAttr{Class: app, Attr: "Task", Name: "celery.Task"})
	}
	// A task's run, in the worker process that runs it.
	l.SignalPairs = []SignalPair{{Start: "celery.signals.task_prerun", End: "celery.signals.task_postrun"}}
	// Signals: the worker's and beat's run once per process (at start or
	// at shutdown), the task's per task.
	for _, s := range []struct {
		name, kind string
		startup    bool
	}{
		{"worker_init", "celery-worker-init", true},
		{"worker_process_init", "celery-worker-init", true},
		{"worker_ready", "celery-worker-init", true},
		{"celeryd_init", "celery-worker-init", true},
		{"celeryd_after_setup", "celery-worker-init", true},
		{"worker_shutting_down", "celery-worker-init", true},
		{"worker_shutdown", "celery-worker-init", true},
		{"worker_process_shutdown", "celery-worker-init", true},
		{"beat_init", "celery-worker-init", true},
		{"beat_embedded_init", "celery-worker-init", true},
		{"task_prerun", "celery-signal", false},
		{"task_postrun", "celery-signal", false},
		{"task_success", "celery-signal", false},
		{"task_failure", "celery-signal", false},
		{"task_retry", "celery-signal", false},
		{"task_received", "celery-signal", false},
		{"task_revoked", "celery-signal", false},
		{"task_rejected", "celery-signal", false},
		{"task_unknown", "celery-signal", false},
		{"task_internal_error", "celery-signal", false},
	} {
		fn := "celery.signals." + s.name
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Method: "connect", Kind: s.kind, Startup: s.startup})
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "connect", Arg: 0, Keyword: "receiver", Kind: s.kind, Startup: s.startup})
	}
	// The task decorators called, not applied: a project's own decorator
	// makes a task of what it is given (`shared_task(wrapped, bind=True)`).
	for _, d := range tasks {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: d.Func, Method: d.Method, Arg: 0, Kind: d.Kind})
	}
	// task.delay(...) and task.apply_async(...) run the task in a worker.
	for _, d := range tasks {
		fn := d.Func
		if d.Method != "" {
			fn += "." + d.Method
		}
		for _, m := range []string{"delay", "apply_async"} {
			l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Method: m, Arg: -1, Receiver: true, Kind: "queue"})
		}
	}
	return l
}
