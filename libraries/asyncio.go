package libraries

// Asyncio is the standard library's asyncio.
func Asyncio() Library {
	return Library{
		Name:          "asyncio",
		LockFactories: []string{"asyncio.Lock"},
		Waits:         []string{"wait_for", "gather"},
		// The coroutine passed is what a call made: the graph follows
		// that call.
		HandOffs: []HandOff{
			{Func: "asyncio.create_task", Arg: 0, Kind: "task"},
			{Func: "asyncio.ensure_future", Arg: 0, Kind: "task"},
			{Func: "asyncio.gather", Arg: 0, Rest: true, Kind: "task"},
			// A new event loop, run to its end: what the coroutine
			// builds that is bound to a loop is bound to that one.
			{Func: "asyncio.run", Arg: 0, Kind: "loop"},
			{Func: "asyncio.Runner", Method: "run", Arg: 0, Kind: "loop"},
			{Func: "asyncio.to_thread", Arg: 0, Kind: "thread"},
			{Func: "asyncio.AbstractEventLoop", Method: "run_in_executor", Arg: 1, Kind: "executor"},
			{Func: "asyncio.AbstractEventLoop", Method: "create_task", Arg: 0, Kind: "task"},
			{Func: "asyncio.AbstractEventLoop", Method: "call_soon", Arg: 0, Kind: "task"},
			{Func: "asyncio.AbstractEventLoop", Method: "call_later", Arg: 1, Kind: "task"},
		},
	}
}
