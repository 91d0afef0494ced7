package libraries

// CanonicalFlaskBase is canonicalwebteam.flask-base, Canonical's base of
// its Flask sites: its FlaskBase derives from Flask's app and registers
// routes and hooks as it does.
func CanonicalFlaskBase() Library {
	l := flaskLike("canonicalwebteam_flask_base", "flask",
		[]string{"canonicalwebteam.flask_base.app.FlaskBase"}, nil, nil, nil)
	// request, g, session and current_app are Flask's.
	l.Instances, l.SharedObjects = nil, nil
	return l
}
