package libraries

// Werkzeug is the WSGI toolkit under Flask: its Local and LocalStack
// hold one value per context, and a LocalProxy stands for the object of
// the current context (Flask's g, request, session, current_app).
func Werkzeug() Library {
	return Library{
		Name:          "werkzeug",
		ContextLocals: []string{"werkzeug.local.Local", "werkzeug.local.LocalStack", "werkzeug.local.LocalProxy"},
		LazyProxies:   []string{"werkzeug.local.LocalProxy"},
	}
}
