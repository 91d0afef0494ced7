package libraries

// Unittest is the standard library's unittest, and the async spellings
// of its hooks (IsolatedAsyncioTestCase's asyncSetUp, and asyncSetUpClass
// of the async test-case bases that add one).
func Unittest() Library {
	return Library{
		Name:              "unittest",
		TestPackages:      []string{"unittest"},
		TestLifecycle:     []string{"setUp", "tearDown", "asyncSetUp", "asyncTearDown"},
		TestInitialisers:  []string{"setUp", "asyncSetUp"},
		TestClassFixtures: []string{"setUpClass", "tearDownClass", "asyncSetUpClass"},
	}
}
