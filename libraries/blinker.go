package libraries

// Blinker is the signal library under Flask: a receiver connected to a
// signal runs each time the signal is sent, from the request or task
// that sends it. A signal is made by blinker.signal("name"), a
// Namespace's signal method, or the Signal class itself.
func Blinker() Library {
	l := Library{Name: "blinker"}
	makers := []string{"blinker.signal", "blinker.base.signal", "blinker.Signal", "blinker.base.Signal",
		"blinker.NamedSignal", "blinker.base.NamedSignal"}
	for _, fn := range makers {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "blinker-signal", false, "connect", "connect_via")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "connect", Arg: 0, Keyword: "receiver", Kind: "blinker-signal"})
		l.HandOffs = append(l.HandOffs, HandOff{Func: fn, Method: "connect", Arg: 0, Keyword: "receiver", Kind: "signal"})
	}
	// A Namespace's signal method makes a named signal, as signal() does.
	for _, ns := range []string{"blinker.Namespace", "blinker.base.Namespace"} {
		l.InstanceAttrs = append(l.InstanceAttrs, InstanceAttr{Class: ns, Attr: "signal", Name: "blinker.base.signal"})
	}
	// Flask's own signals, sent for each request.
	for _, name := range []string{"request_started", "request_finished", "got_request_exception", "request_tearing_down",
		"appcontext_tearing_down", "appcontext_pushed", "appcontext_popped", "template_rendered", "before_render_template",
		"message_flashed"} {
		for _, mod := range []string{"flask", "flask.signals"} {
			l.Instances = append(l.Instances, Instance{Name: mod + "." + name, Class: "blinker.base.NamedSignal"})
		}
	}
	return l
}
