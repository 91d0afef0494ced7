package libraries

// SocketIO is python-socketio, the server Flask-SocketIO wraps and
// ASGI apps mount: a server runs its event handlers, and a namespace
// class its on_<event> methods, for each event a client sends, on every
// connection.
func SocketIO() Library {
	l := Library{Name: "socketio"}
	for _, fn := range []string{"socketio.Server", "socketio.AsyncServer"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "socketio-event", false, "on", "event")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "on", Arg: 1, Keyword: "handler", Kind: "socketio-event"})
	}
	l.EntryClasses = classesOf("socketio-event", false, []string{"on_*"}, "socketio.Namespace", "socketio.AsyncNamespace")
	return l
}
