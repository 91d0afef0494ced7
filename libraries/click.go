package libraries

// Click is the click command-line library: a command runs once per
// process.
func Click() Library {
	l := Library{
		Name: "click",
		// Typer's commands are click's, of this kind too.
		ProgramKinds: []string{"cli-command"},
		EntryDecorators: []EntryDecorator{
			{Func: "click.command", Kind: "cli-command", Startup: true, Makes: "click.Command"},
			{Func: "click.group", Kind: "cli-command", Startup: true, Makes: "click.Group"},
		},
	}
	for _, g := range []string{"click.Group", "click.core.Group"} {
		l.EntryDecorators = append(l.EntryDecorators,
			EntryDecorator{Func: g, Method: "command", Kind: "cli-command", Startup: true, Makes: "click.Command"},
			EntryDecorator{Func: g, Method: "group", Kind: "cli-command", Startup: true, Makes: "click.Group"})
	}
	return l
}
