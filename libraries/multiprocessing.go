package libraries

// Multiprocessing is the standard library's multiprocessing.
func Multiprocessing() Library {
	return Library{
		Name: "multiprocessing",
		ProcessLockFactories: []string{
			"multiprocessing.Lock", "multiprocessing.RLock", "multiprocessing.Semaphore", "multiprocessing.BoundedSemaphore",
			"multiprocessing.synchronize.Lock", "multiprocessing.synchronize.RLock",
		},
		Starts: []Start{{Class: "multiprocessing.Process", Method: "start", Runs: "run"},
			{Class: "multiprocessing.context.Process", Method: "start", Runs: "run"}},
		HandOffs: []HandOff{
			{Func: "multiprocessing.Process", Arg: -1, Keyword: "target", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "apply", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "apply_async", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "map", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "map_async", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "imap", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "imap_unordered", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "starmap", Arg: 0, Keyword: "func", Kind: "process"},
			{Func: "multiprocessing.pool.Pool", Method: "starmap_async", Arg: 0, Keyword: "func", Kind: "process"},
		},
	}
}
