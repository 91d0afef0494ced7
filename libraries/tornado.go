package libraries

import "slices"

// Tornado is Tornado's web framework.
func Tornado() Library {
	return Library{
		Name: "tornado",
		// Tornado builds a handler for each request (and a websocket
		// handler for each connection), then calls the hooks and the
		// method of the request's verb on it: per-request objects.
		EntryClasses: slices.Concat(
			classesOf("tornado-handler", false, slices.Concat(httpMethods(),
				[]string{"initialize", "prepare", "on_finish", "on_connection_close", "get_current_user", "get_user_locale",
					"get_login_url", "write_error", "data_received", "compute_etag", "set_default_headers"}),
				"tornado.web.RequestHandler"),
			classesOf("tornado-websocket", false,
				[]string{"initialize", "open", "on_message", "on_close", "on_ping", "on_pong", "select_subprotocol", "check_origin"},
				"tornado.websocket.WebSocketHandler")),
		Factories: []Factory{{Class: "tornado.web.Application", Kind: "app-factory"}},
	}
}
