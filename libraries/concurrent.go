package libraries

// Concurrent is the standard library's concurrent.futures: its executors
// run the callables submitted to them on a pool's thread or process.
func Concurrent() Library {
	return Library{
		Name:  "concurrent",
		Waits: []string{"result"},
		HandOffs: []HandOff{
			{Func: "concurrent.futures.Executor", Method: "submit", Arg: 0, Kind: "executor"},
			{Func: "concurrent.futures.Executor", Method: "map", Arg: 0, Kind: "executor"},
			{Func: "concurrent.futures.ThreadPoolExecutor", Method: "submit", Arg: 0, Kind: "executor"},
			{Func: "concurrent.futures.ThreadPoolExecutor", Method: "map", Arg: 0, Kind: "executor"},
			{Func: "concurrent.futures.ProcessPoolExecutor", Method: "submit", Arg: 0, Kind: "executor"},
			{Func: "concurrent.futures.ProcessPoolExecutor", Method: "map", Arg: 0, Keyword: "fn", Kind: "executor"},
		},
	}
}
