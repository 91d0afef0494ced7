package libraries

// Abc is the standard library's abc: abstract base classes.
func Abc() Library {
	return Library{
		Name:                 "abc",
		Metaclasses:          []string{"abc.ABCMeta"},
		InterfaceBases:       []string{"abc.ABC"},
		InterfaceMetaclasses: []string{"abc.ABCMeta"},
		PropertyDecorators:   []string{"abc.abstractproperty"},
	}
}
