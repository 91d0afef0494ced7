package libraries

// RQ is the Redis Queue job library.
func RQ() Library {
	l := Library{
		Name:      "rq",
		TaskKinds: []string{"rq-job"},
		EntryDecorators: []EntryDecorator{
			{Func: "rq.decorators.job", Kind: "rq-job"},
			{Func: "rq.job", Kind: "rq-job"},
		},
	}
	// Job.create(func=f) makes the job that a queue's enqueue_job runs.
	for _, j := range []string{"rq.job.Job", "rq.Job"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: j, Method: "create", Arg: 0, Keyword: "func", Kind: "rq-job"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: j, Method: "create", Arg: 0, Keyword: "func", Kind: "queue"})
	}
	for _, q := range []string{"rq.Queue", "rq.queue.Queue"} {
		// enqueue_call, enqueue_in and enqueue_at are rq's alone: on a
		// queue the tree gets from a helper of its own too (`queue =
		// self._get_queue()`). enqueue is any queue's.
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: q, Method: "enqueue", Arg: 0, Keyword: "f", Kind: "rq-job"},
			EntryCall{Func: q, Method: "enqueue_call", Arg: 0, Keyword: "func", Kind: "rq-job", AnyReceiver: true},
			EntryCall{Func: q, Method: "enqueue_in", Arg: 1, Keyword: "func", Kind: "rq-job", AnyReceiver: true},
			EntryCall{Func: q, Method: "enqueue_at", Arg: 1, Keyword: "f", Kind: "rq-job", AnyReceiver: true})
		l.HandOffs = append(l.HandOffs,
			HandOff{Func: q, Method: "enqueue", Arg: 0, Keyword: "f", Kind: "queue"},
			HandOff{Func: q, Method: "enqueue_call", Arg: 0, Keyword: "func", Kind: "queue"})
	}
	return l
}
