package libraries

// Weakref is the standard library's weakref: containers of weak
// references.
func Weakref() Library {
	weak := []string{"weakref.WeakValueDictionary", "weakref.WeakKeyDictionary", "weakref.WeakSet"}
	return Library{
		Name:               "weakref",
		ContainerFactories: weak,
		WeakContainers:     weak,
		WeakKeys:           []string{"weakref.WeakKeyDictionary", "weakref.WeakSet"},
	}
}
