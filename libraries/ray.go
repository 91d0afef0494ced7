package libraries

// Ray is Ray's distributed tasks: a remote function runs in a worker
// process for each `.remote()` call, and an actor, one object in a
// process of its own, runs its public methods for each call on its
// handle.
func Ray() Library {
	return Library{
		Name:            "ray",
		TaskKinds:       []string{"ray-task"},
		EntryDecorators: []EntryDecorator{{Func: "ray.remote", Kind: "ray-task", ClassMethods: []string{"*"}}},
	}
}
