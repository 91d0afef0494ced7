package libraries

// Typer is the typer command-line library: a command runs once per
// process.
func Typer() Library {
	l := Library{
		Name: "typer",
		EntryCalls: []EntryCall{
			{Func: "typer.run", Arg: 0, Keyword: "function", Kind: "cli-command", Startup: true},
		},
	}
	for _, m := range []string{"command", "callback"} {
		l.EntryDecorators = append(l.EntryDecorators, EntryDecorator{Func: "typer.Typer", Method: m, Kind: "cli-command", Startup: true})
	}
	return l
}
