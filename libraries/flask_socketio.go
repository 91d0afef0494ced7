package libraries

// FlaskSocketIO is Flask-SocketIO: a SocketIO object runs its event
// handlers for each event a client sends, on every connection.
func FlaskSocketIO() Library {
	l := Library{Name: "flask_socketio"}
	for _, fn := range []string{"flask_socketio.SocketIO"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "socketio-event", false, "on", "event", "on_error", "on_error_default")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "on_event", Arg: 1, Keyword: "handler", Kind: "socketio-event"})
	}
	return l
}
