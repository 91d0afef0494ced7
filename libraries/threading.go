package libraries

// Threading is the standard library's threading.
func Threading() Library {
	return Library{
		Name:          "threading",
		ContextLocals: []string{"threading.local", "_threading_local.local", "_thread._local"},
		Waits:         []string{"join", "wait"},
		ThreadLocals:  []string{"threading.local", "_threading_local.local", "_thread._local"},
		LockFactories: []string{
			"threading.Lock", "threading.RLock", "threading.Semaphore", "threading.BoundedSemaphore",
			"threading.Condition",
		},
		Starts: []Start{{Class: "threading.Thread", Method: "start", Runs: "run"}},
		HandOffs: []HandOff{
			{Func: "threading.Thread", Arg: -1, Keyword: "target", Kind: "thread"},
			{Func: "threading.Timer", Arg: 1, Keyword: "function", Kind: "thread"},
		},
	}
}
