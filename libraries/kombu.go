package libraries

// Kombu is the messaging library under Celery: a consumer runs its
// callbacks for every message of its queues, on the one object that
// made it (a ConsumerMixin's methods).
func Kombu() Library {
	l := Library{Name: "kombu", SharedKinds: []string{"kombu-consumer"}}
	for _, fn := range []string{"kombu.Consumer", "kombu.messaging.Consumer"} {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Arg: -1, Keyword: "callbacks", Kind: "kombu-consumer"},
			EntryCall{Func: fn, Arg: -1, Keyword: "on_message", Kind: "kombu-consumer"})
	}
	return l
}
