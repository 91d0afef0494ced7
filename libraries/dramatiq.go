package libraries

// Dramatiq is the Dramatiq task queue.
func Dramatiq() Library {
	l := Library{Name: "dramatiq", TaskKinds: []string{"dramatiq-actor"}}
	for _, fn := range []string{"dramatiq.actor", "dramatiq.actor.actor"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: fn, Kind: "dramatiq-actor"})
		// Called, not applied: a project's own decorator makes its
		// wrapper of the task the actor (`actor(wrapped, queue_name=q)`).
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Arg: 0, Keyword: "fn", Kind: "dramatiq-actor"})
		for _, m := range []string{"send", "send_with_options"} {
			l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Method: m, Arg: -1, Receiver: true, Kind: "queue"})
		}
	}
	// flask-dramatiq's extension object: its actor method is dramatiq's
	// actor, bound to the extension's broker.
	l.EntryDecorators = append(l.EntryDecorators, methodsOf("flask_dramatiq.Dramatiq", "dramatiq-actor", false, "actor")...)
	return l
}
