package libraries

// FlaskClassful is Flask-Classful: a FlaskView subclass, registered on
// an app or blueprint, routes its index and HTTP-method methods, and
// every method decorated with its route, per request.
func FlaskClassful() Library {
	l := Library{Name: "flask_classful"}
	l.EntryClasses = classesOf("flask-view", false,
		[]string{"index", "get", "post", "put", "patch", "delete", "before_request", "after_request"},
		"flask_classful.FlaskView")
	l.EntryDecorators = []EntryDecorator{{Func: "flask_classful.route", Kind: "flask-route"}}
	return l
}
