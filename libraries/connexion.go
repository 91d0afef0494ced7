package libraries

// Connexion is the OpenAPI-first framework over Flask and Starlette: an
// app's add_api("api.yml") routes each operation the specification
// names (its operationId, a dotted path to a function) to that function,
// per request.
func Connexion() Library {
	l := Library{Name: "connexion"}
	for _, app := range []string{"connexion.App", "connexion.FlaskApp", "connexion.AsyncApp",
		"connexion.apps.flask.FlaskApp", "connexion.apps.asynchronous.AsyncApp", "connexion.apps.flask_app.FlaskApp"} {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: app, Method: "add_api", Arg: 0, Keyword: "specification", Kind: "connexion-operation", Spec: true})
		l.Factories = append(l.Factories, Factory{Class: app, Kind: "app-factory"})
	}
	return l
}
