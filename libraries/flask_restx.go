package libraries

// FlaskRestx is Flask-RESTX, the fork of flask-restplus: flask-restful's
// Api and Resource, and Namespaces that add resources the same way.
func FlaskRestx() Library {
	return restfulAPI("flask_restx", "flask-restx",
		[]string{"flask_restx.Api", "flask_restx.Namespace"}, []string{"flask_restx.Resource"})
}
