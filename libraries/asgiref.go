package libraries

// Asgiref is Django's ASGI glue: its Local holds one value per thread
// and per async context, and async_to_sync runs a coroutine function
// from sync code.
func Asgiref() Library {
	return Library{
		Name:          "asgiref",
		ContextLocals: []string{"asgiref.local.Local"},
		// async_to_sync(f)(...) runs f in the event loop of the ASGI
		// server that called the sync code, where there is one; where
		// there is none (a task's worker, a WSGI server), in a new loop
		// it closes when f returns.
		HandOffs: []HandOff{
			{Func: "asgiref.sync.async_to_sync", Arg: 0, Kind: "sync-loop"},
		},
	}
}
