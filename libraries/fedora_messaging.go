package libraries

// FedoraMessaging is fedora-messaging: a consumer's callback runs for
// every message of its queues. A class given is built once and called
// per message; an instance given is that one object.
func FedoraMessaging() Library {
	l := Library{Name: "fedora_messaging", SharedKinds: []string{"fedora-messaging"}, TaskKinds: []string{"fedora-messaging"}}
	for _, fn := range []string{"fedora_messaging.api.consume", "fedora_messaging.api.twisted_consume"} {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Arg: 0, Keyword: "callback", Kind: "fedora-messaging", ClassMethods: []string{"__call__"}})
	}
	return l
}
