package libraries

// Pytest is pytest's xunit-style setup and teardown methods of Test*
// classes.
func Pytest() Library {
	return Library{
		Name:              "pytest",
		TestPackages:      []string{"pytest"},
		TestRunners:       []string{"pytest", "_pytest"},
		TestLifecycle:     []string{"setup_method", "teardown_method"},
		TestInitialisers:  []string{"setup_method"},
		TestClassFixtures: []string{"setup_class", "teardown_class"},
	}
}
