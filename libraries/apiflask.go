package libraries

// APIFlask is APIFlask: its APIFlask and APIBlueprint derive from
// Flask's app and blueprint and route functions as they do; its views
// are Flask's own (flask.go).
func APIFlask() Library {
	l := flaskLike("apiflask", "flask",
		[]string{"apiflask.APIFlask", "apiflask.app.APIFlask"},
		[]string{"apiflask.APIBlueprint", "apiflask.blueprint.APIBlueprint"}, nil, nil)
	// request, g and session are Flask's, not apiflask's.
	l.Instances = nil
	return l
}
