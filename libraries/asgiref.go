package libraries

// Asgiref is Django's ASGI glue: its Local holds one value per thread
// and per async context.
func Asgiref() Library {
	return Library{
		Name:          "asgiref",
		ContextLocals: []string{"asgiref.local.Local"},
	}
}
