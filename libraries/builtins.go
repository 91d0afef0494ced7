package libraries

// Builtins is Python's builtins module: the names a module uses without
// importing them.
func Builtins() Library {
	return Library{
		Name: "builtins",
		// A script's main() and its `if __name__ == "__main__":` block.
		ProgramKinds: []string{"main"},
		StartupDefs:  []StartupDef{{Name: "main", Kind: "main"}},
		ContainerFactories: []string{
			"builtins.dict", "builtins.list", "builtins.set", "builtins.bytearray",
			"builtins.dict.fromkeys",
		},
		Metaclasses:            []string{"builtins.type"},
		StaticMethodDecorators: []string{"builtins.staticmethod"},
		ClassMethodDecorators:  []string{"builtins.classmethod"},
		PropertyDecorators:     []string{"builtins.property"},
		MissErrors: []string{
			"builtins.AttributeError", "builtins.KeyError", "builtins.IndexError",
			"builtins.LookupError", "builtins.NameError",
		},
		Inspectors: []string{
			"builtins.callable", "builtins.isinstance", "builtins.issubclass",
			"builtins.hasattr", "builtins.getattr", "builtins.setattr", "builtins.delattr",
			"builtins.id", "builtins.hash", "builtins.repr", "builtins.str", "builtins.ascii",
			"builtins.format", "builtins.type", "builtins.vars", "builtins.dir", "builtins.print",
			// They wrap the def they are given: it runs when called, not now.
			"builtins.staticmethod", "builtins.classmethod", "builtins.property",
		},
	}
}
