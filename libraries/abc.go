package libraries

// Abc is the standard library's abc: abstract base classes.
func Abc() Library {
	return Library{
		Name:           "abc",
		Metaclasses:    []string{"abc.ABCMeta"},
		InterfaceBases: []string{"abc.ABC"},
		// abstractmethod(f) marks f and returns it.
		Casts:                []string{"abc.abstractmethod"},
		InterfaceMetaclasses: []string{"abc.ABCMeta"},
		PropertyDecorators:   []string{"abc.abstractproperty"},
	}
}
