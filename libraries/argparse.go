package libraries

// Argparse is the standard library's argparse: a function that builds
// a parser is a command-line entry point, run once per process.
func Argparse() Library {
	return Library{
		Name:         "argparse",
		Factories:    []Factory{{Class: "argparse.ArgumentParser", Kind: "cli-main"}},
		ProgramKinds: []string{"cli-main"},
	}
}
