package libraries

// Pylint is the pylint linter: a checker plugin runs in pylint's process,
// once per lint run, never in the service's.
func Pylint() Library {
	checkers := []string{
		"pylint.checkers.BaseChecker", "pylint.checkers.base_checker.BaseChecker",
		"pylint.checkers.BaseRawFileChecker", "pylint.checkers.base_checker.BaseRawFileChecker",
		"pylint.checkers.BaseTokenChecker", "pylint.checkers.base_checker.BaseTokenChecker",
	}
	return Library{
		Name:         "pylint",
		EntryClasses: classesOf("pylint-checker", true, []string{"open", "close", "process_module", "process_tokens", "visit_*", "leave_*"}, checkers...),
		ProgramKinds: []string{"pylint-checker"},
	}
}
