package libraries

// APScheduler runs the jobs added to a scheduler (add_job, the
// scheduled_job decorator) on its own thread or event loop, once per
// run, as a worker runs a task.
func APScheduler() Library {
	l := Library{Name: "apscheduler", TaskKinds: []string{"apscheduler-job"}, InProcessKinds: []string{"apscheduler-job"}}
	for _, s := range []string{"apscheduler.schedulers.base.BaseScheduler",
		"apscheduler.schedulers.background.BackgroundScheduler", "apscheduler.schedulers.blocking.BlockingScheduler",
		"apscheduler.schedulers.asyncio.AsyncIOScheduler", "apscheduler.schedulers.gevent.GeventScheduler",
		"apscheduler.schedulers.tornado.TornadoScheduler"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: s, Method: "add_job", Arg: 0, Keyword: "func", Kind: "apscheduler-job"})
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: s, Method: "scheduled_job", Kind: "apscheduler-job"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: s, Method: "add_job", Arg: 0, Keyword: "func", Kind: "thread"})
	}
	return l
}
