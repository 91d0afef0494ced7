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
		// attrs writes `self.x = x` with the default object itself: its
		// docs ask for Factory(list) instead of [].
		DefaultSharers: []DefaultSharer{
			{Decorator: "attr.s", AutoAttribs: "auto_attribs"},
			{Decorator: "attr.attrs", AutoAttribs: "auto_attribs"},
			{Decorator: "attr.dataclass", AutoAttribs: "auto_attribs", Guess: true},
			{Decorator: "attr.define", AutoAttribs: "auto_attribs", Guess: true},
			{Decorator: "attr.mutable", AutoAttribs: "auto_attribs", Guess: true},
			{Decorator: "attr.frozen", AutoAttribs: "auto_attribs", Guess: true},
			{Decorator: "attrs.define", AutoAttribs: "auto_attribs", Guess: true},
			{Decorator: "attrs.mutable", AutoAttribs: "auto_attribs", Guess: true},
			{Decorator: "attrs.frozen", AutoAttribs: "auto_attribs", Guess: true},
		},
		FieldSpecifiers: []string{"attr.ib", "attr.attrib", "attr.attr", "attr.field", "attrs.field"},
	}
}
