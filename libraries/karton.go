package libraries

// Karton is CERT Polska's distributed task framework: each service is a
// Karton subclass whose loop, in a process of its own, takes the tasks
// its filters match from the queue and runs process() for each (or
// process_batch() for a batch). A backend is a Redis client and an S3
// client, built with each KartonBackend, and with each Karton, Producer
// or Consumer that is given none.
func Karton() Library {
	l := Library{
		Name:      "karton",
		TaskKinds: []string{"karton-consumer"},
		ClientFactories: []string{"karton.core.backend.KartonBackend", "karton.core.Producer",
			"karton.core.karton.Producer"},
		ClientCosts: []ClientCost{{What: "a task backend", Cost: "builds a Redis client and an S3 client of its own, each with its own connections",
			Keep: "build one backend at start-up and pass it (`backend=`) to what needs it"}},
	}
	for _, base := range []string{"karton.core.Karton", "karton.core.karton.Karton", "karton.core.Consumer", "karton.core.karton.Consumer"} {
		l.EntryClasses = append(l.EntryClasses, EntryClass{Class: base, Methods: []string{"process", "process_batch"}, Kind: "karton-consumer"})
	}
	return l
}
