package libraries

// Stomp is stomp.py: a listener set on a connection has its on_message
// (and on_error) called for every frame the broker sends, on the one
// listener object.
func Stomp() Library {
	l := Library{Name: "stomp", SharedKinds: []string{"stomp-listener"}, TaskKinds: []string{"stomp-listener"}}
	for _, c := range []string{"stomp.Connection", "stomp.Connection10", "stomp.Connection11", "stomp.Connection12",
		"stomp.connect.StompConnection10", "stomp.connect.StompConnection11", "stomp.connect.StompConnection12"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: c, Method: "set_listener", Arg: 1, Keyword: "listener",
			Kind: "stomp-listener", InstanceMethods: []string{"on_message", "on_error"}})
	}
	return l
}
