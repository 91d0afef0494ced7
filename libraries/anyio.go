package libraries

// Anyio is AnyIO, the async layer under Starlette: to_thread.run_sync
// runs a function on a worker thread.
func Anyio() Library {
	return Library{
		Name: "anyio",
		HandOffs: []HandOff{
			{Func: "anyio.to_thread.run_sync", Arg: 0, Kind: "thread"},
			// A new event loop for the function it is given.
			{Func: "anyio.run", Arg: 0, Kind: "loop"},
		},
	}
}
