package libraries

import (
	"slices"
	"strings"
)

// Flask is the Flask web framework.
func Flask() Library {
	l := flaskLike("flask", "flask",
		[]string{"flask.Flask", "flask.app.Flask"},
		[]string{"flask.Blueprint", "flask.blueprints.Blueprint"},
		[]string{"flask.views.MethodView"}, []string{"flask.views.View"})
	// A WSGI app: an async view or hook runs in a loop asgiref starts
	// for the request and closes after it (Flask.ensure_sync).
	l.NewLoopKinds = []string{"flask-route", "flask-hook", "flask-view"}
	return l
}

// flaskLike is the table of Flask and of the frameworks that copy its
// API (Quart): apps and blueprints register routes and request hooks by
// decorator and add_url_rule, and view classes dispatch per request.
func flaskLike(name, kind string, apps, blueprints, methodViews, views []string) Library {
	l := Library{Name: name}
	route := kind + "-route"
	hook := kind + "-hook"
	routes := slices.Concat([]string{"route"}, httpMethods()[:5])
	// Request hooks run per request; before_first_request, once.
	hooks := []string{"before_request", "after_request", "teardown_request", "teardown_appcontext",
		"errorhandler", "context_processor", "url_value_preprocessor", "url_defaults"}
	bpHooks := []string{"before_app_request", "after_app_request", "teardown_app_request",
		"app_errorhandler", "app_context_processor", "app_url_value_preprocessor", "app_url_defaults"}
	for _, fn := range slices.Concat(apps, blueprints) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, route, false, routes...),
			methodsOf(fn, hook, false, hooks...))
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: fn, Method: "add_url_rule", Arg: 2, Keyword: "view_func", Kind: route},
			EntryCall{Func: fn, Method: "register_error_handler", Arg: 1, Keyword: "f", Kind: hook})
	}
	// A hook that takes the function itself registers it called as
	// well as decorating (an extension's init_app:
	// `app.teardown_appcontext(self.teardown)`); errorhandler takes the
	// code, and returns the decorator.
	for _, fn := range apps {
		l.EntryCalls = slices.Concat(l.EntryCalls, hookCalls(fn, hook, hooks))
	}
	for _, fn := range blueprints {
		l.EntryCalls = slices.Concat(l.EntryCalls, hookCalls(fn, hook, slices.Concat(hooks, bpHooks)))
	}
	// An app (and, since Flask 2, a blueprint) takes in blueprints: one
	// of a team's own class is one too. A framework of apps alone (a
	// library's subclass of Flask) takes in Flask's.
	blueprint := "flask.Blueprint"
	if len(blueprints) > 0 {
		blueprint = blueprints[0]
	}
	for _, fn := range slices.Concat(apps, blueprints) {
		l.Mounts = append(l.Mounts, Mount{Func: fn, Method: "register_blueprint", Arg: 0, Keyword: "blueprint", Class: blueprint})
	}
	// Template filters, globals and tests run as templates render, per
	// request: decorated, or given to add_template_filter (also in a
	// loop over a list of them).
	templates := kind + "-template-filter"
	for _, fn := range slices.Concat(apps, blueprints) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators, methodsOf(fn, templates, false, "template_filter", "template_global", "template_test"))
		for _, m := range []string{"add_template_filter", "add_template_global", "add_template_test"} {
			l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: m, Arg: 0, Keyword: "f", Kind: templates})
		}
	}
	for _, fn := range blueprints {
		l.EntryDecorators = slices.Concat(l.EntryDecorators, methodsOf(fn, templates, false, "app_template_filter", "app_template_global", "app_template_test"))
		for _, m := range []string{"add_app_template_filter", "add_app_template_global", "add_app_template_test"} {
			l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: m, Arg: 0, Keyword: "f", Kind: templates})
		}
	}
	for _, fn := range apps {
		l.EntryDecorators = append(l.EntryDecorators,
			EntryDecorator{Func: fn, Method: "before_first_request", Kind: kind + "-startup", Startup: true})
		l.Factories = append(l.Factories, Factory{Class: fn, Kind: "app-factory"})
	}
	for _, fn := range blueprints {
		l.EntryDecorators = slices.Concat(l.EntryDecorators, methodsOf(fn, hook, false, bpHooks...))
	}
	l.EntryClasses = slices.Concat(
		classesOf(kind+"-view", false, slices.Concat([]string{"dispatch_request"}, httpMethods()), methodViews...),
		classesOf(kind+"-view", false, []string{"dispatch_request"}, views...))
	// current_app stands for the one application every request shares;
	// request, g and session for the request's own objects.
	l.SharedObjects = []string{name + ".current_app", name + ".globals.current_app"}
	for _, obj := range []string{"request", "g", "session"} {
		l.Instances = append(l.Instances,
			Instance{Name: name + "." + obj, Class: "werkzeug.local.LocalProxy"},
			Instance{Name: name + ".globals." + obj, Class: "werkzeug.local.LocalProxy"})
	}
	return l
}

// hookCalls returns the entry calls of fn's hooks that are given the
// function to register, not a code: all but the error handlers.
func hookCalls(fn, kind string, hooks []string) []EntryCall {
	var out []EntryCall
	for _, h := range hooks {
		if !strings.HasSuffix(h, "errorhandler") {
			out = append(out, EntryCall{Func: fn, Method: h, Arg: 0, Keyword: "f", Kind: kind})
		}
	}
	return out
}
