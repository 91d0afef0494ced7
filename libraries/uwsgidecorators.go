package libraries

// UWSGIDecorators is uWSGI's Python decorators: a spooler function runs
// once per job the spooler takes, a timer, cron or mule function in
// uWSGI's own loop, a postfork function once in each worker after the
// fork.
func UWSGIDecorators() Library {
	l := Library{Name: "uwsgidecorators", TaskKinds: []string{"uwsgi-spooler", "uwsgi-timer"}}
	for _, fn := range []string{"spool", "spoolforever", "spoolraw"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "uwsgidecorators." + fn, Kind: "uwsgi-spooler"})
	}
	for _, fn := range []string{"timer", "rbtimer", "cron", "filemon", "mulefunc", "signal"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "uwsgidecorators." + fn, Kind: "uwsgi-timer"})
	}
	l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "uwsgidecorators.postfork", Kind: "uwsgi-postfork", Startup: true})
	return l
}
