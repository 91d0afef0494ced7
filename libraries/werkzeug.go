package libraries

// Werkzeug is the WSGI toolkit under Flask: its Local and LocalStack
// hold one value per context.
func Werkzeug() Library {
	return Library{
		Name:          "werkzeug",
		ContextLocals: []string{"werkzeug.local.Local", "werkzeug.local.LocalStack"},
	}
}
