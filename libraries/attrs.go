package libraries

// Attrs is attrs, under both of its import names: the classic attr and
// the newer attrs namespace.
func Attrs() Library {
	return Library{
		Name: "attrs",
		FieldDecorators: []string{
			"attr.s", "attr.attrs", "attr.define", "attr.mutable", "attr.frozen", "attr.dataclass",
			"attrs.define", "attrs.mutable", "attrs.frozen",
		},
	}
}
