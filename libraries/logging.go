package libraries

// Logging is the standard library's logging: getLogger returns the one
// logger of a name the process keeps, and a handler or a filter added
// to it stays for the life of the process.
func Logging() Library {
	return Library{
		Name: "logging",
		Registries: []Registry{{
			Getter:  "logging.getLogger",
			Adds:    []string{"addHandler", "addFilter"},
			Removes: []string{"removeHandler", "removeFilter"},
		}},
	}
}
