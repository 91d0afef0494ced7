package libraries

// Importlib is the standard library's importlib.
func Importlib() Library {
	return Library{
		Name:            "importlib",
		ModuleImporters: []string{"importlib.import_module", "builtins.__import__"},
	}
}
