package libraries

// Weakref is the standard library's weakref: containers of weak
// references.
func Weakref() Library {
	return Library{
		Name:               "weakref",
		ContainerFactories: []string{"weakref.WeakValueDictionary", "weakref.WeakKeyDictionary", "weakref.WeakSet"},
		WeakContainers:     []string{"weakref.WeakValueDictionary", "weakref.WeakKeyDictionary", "weakref.WeakSet"},
	}
}
