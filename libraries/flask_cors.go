package libraries

// FlaskCORS is Flask-CORS: cross_origin(...) applied to a view returns a
// view that runs it, adding the CORS headers.
func FlaskCORS() Library {
	return Library{
		Name:          "flask_cors",
		EntryWrappers: []string{"flask_cors.cross_origin", "flask_cors.decorator.cross_origin"},
	}
}
