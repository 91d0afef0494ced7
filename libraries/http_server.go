package libraries

import "slices"

// HTTPServer is the standard library's http.server: the server builds a
// handler object for each request and calls its do_<METHOD> method (and
// socketserver's handle, for a request handler of its own).
func HTTPServer() Library {
	return Library{
		Name: "http_server",
		EntryClasses: slices.Concat(
			classesOf("http-server", false, []string{"do_*"}, "http.server.BaseHTTPRequestHandler",
				"http.server.SimpleHTTPRequestHandler", "http.server.CGIHTTPRequestHandler"),
			classesOf("http-server", false, []string{"handle"}, "socketserver.BaseRequestHandler",
				"socketserver.StreamRequestHandler", "socketserver.DatagramRequestHandler")),
	}
}
