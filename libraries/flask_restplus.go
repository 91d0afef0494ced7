package libraries

// FlaskRestplus is flask-restplus, the project Flask-RESTX forked from
// and older services still run: the same Api, Namespace and Resource.
func FlaskRestplus() Library {
	return restfulAPI("flask_restplus", "flask-restplus",
		[]string{"flask_restplus.Api", "flask_restplus.Namespace"}, []string{"flask_restplus.Resource"})
}
