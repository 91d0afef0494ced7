package libraries

import "slices"

// Quart is the asyncio reimplementation of Flask's API.
func Quart() Library {
	apps := []string{"quart.Quart", "quart.app.Quart"}
	l := flaskLike("quart", "quart", apps,
		[]string{"quart.Blueprint", "quart.blueprints.Blueprint"},
		[]string{"quart.views.MethodView"}, []string{"quart.views.View"})
	for _, fn := range slices.Concat(apps, []string{"quart.Blueprint", "quart.blueprints.Blueprint"}) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, "quart-route", false, "websocket"),
			methodsOf(fn, "quart-hook", false, "before_websocket", "after_websocket"))
	}
	for _, fn := range apps {
		// The serving hooks run once, around the whole time the app serves.
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, "quart-startup", true, "before_serving", "after_serving", "while_serving"))
	}
	return l
}
