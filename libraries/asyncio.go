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
			{Func: "asyncio.run", Arg: 0, Kind: "task"},
			{Func: "asyncio.to_thread", Arg: 0, Kind: "thread"},
			{Func: "asyncio.AbstractEventLoop", Method: "run_in_executor", Arg: 1, Kind: "executor"},
			{Func: "asyncio.AbstractEventLoop", Method: "create_task", Arg: 0, Kind: "task"},
			{Func: "asyncio.AbstractEventLoop", Method: "call_soon", Arg: 0, Kind: "task"},
			{Func: "asyncio.AbstractEventLoop", Method: "call_later", Arg: 1, Kind: "task"},
		},
	}
}
