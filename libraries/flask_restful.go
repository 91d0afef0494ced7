package libraries

import "slices"

// FlaskRestful is flask-restful: Resource classes, registered on an Api
// with add_resource, dispatch each request to the method named after its
// HTTP method.
func FlaskRestful() Library {
	return restfulAPI("flask_restful", "flask-restful",
		[]string{"flask_restful.Api"}, []string{"flask_restful.Resource"})
}

// restfulAPI is the table of flask-restful and of its fork Flask-RESTX:
// the Resource classes' handlers run per request, and Api.add_resource
// registers a class whose handlers run so, whatever its base.
func restfulAPI(name, kind string, apis, resources []string) Library {
	l := Library{Name: name}
	// as_view builds the resource anew for each request: its __init__
	// runs per request too.
	handlers := slices.Concat([]string{"__init__", "dispatch_request"}, httpMethods())
	l.EntryClasses = classesOf(kind+"-resource", false, handlers, resources...)
	for _, fn := range apis {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_resource", Arg: 0, Keyword: "resource",
			Kind: kind + "-resource", ClassMethods: handlers})
	}
	return l
}
