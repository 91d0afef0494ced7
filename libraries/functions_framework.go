package libraries

// FunctionsFramework is Google Cloud Functions' framework: each
// decorated function serves one request or event at a time.
func FunctionsFramework() Library {
	return Library{
		Name: "functions_framework",
		EntryDecorators: []EntryDecorator{
			{Func: "functions_framework.http", Kind: "cloud-function"},
			{Func: "functions_framework.cloud_event", Kind: "cloud-function"},
			{Func: "functions_framework.typed", Kind: "cloud-function"},
		},
	}
}
