package libraries

// FlaskSmorest is flask-smorest: its Blueprint derives from Flask's and
// routes functions as Flask's does; the MethodView classes it routes are
// Flask's own (flask.go).
func FlaskSmorest() Library {
	l := flaskLike("flask_smorest", "flask", nil, []string{"flask_smorest.Blueprint"}, nil, nil)
	l.Name = "flask_smorest"
	return l
}
