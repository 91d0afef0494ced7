package libraries

// DjangoRQ is django-rq, RQ's Django integration: its job decorator and
// enqueue take a queue by name from the settings and hand the function
// to RQ, so what they are given runs in an RQ worker, as with RQ's own.
func DjangoRQ() Library {
	l := Library{
		Name: "django_rq",
		EntryDecorators: []EntryDecorator{
			{Func: "django_rq.job", Kind: "rq-job"},
			{Func: "django_rq.decorators.job", Kind: "rq-job"},
		},
	}
	for _, fn := range []string{"django_rq.enqueue", "django_rq.queues.enqueue"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 0, Keyword: "func", Kind: "rq-job"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Arg: 0, Keyword: "func", Kind: "queue"})
	}
	return l
}
