package libraries

// OSPath is os.path and pathlib: the tests of whether a file is there.
func OSPath() Library {
	return Library{
		Name:            "ospath",
		FileTests:       []string{"os.path.exists", "os.path.isfile", "os.path.lexists", "genericpath.exists", "genericpath.isfile", "posixpath.exists", "posixpath.isfile"},
		FileTestMethods: []string{"exists", "is_file"},
	}
}
