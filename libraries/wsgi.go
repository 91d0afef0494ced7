package libraries

// WSGI is the protocol of PEP 3333 between a web server and a Python
// application, and ASGI its asynchronous successor: what a server
// (uWSGI, mod_wsgi, Gunicorn, Uvicorn) calls for each request, known by
// its parameters whoever registers it.
func WSGI() Library {
	return Library{
		Name: "wsgi",
		ProtocolDefs: []ProtocolDef{
			{Params: []string{"environ", "start_response"}, Kind: "wsgi-app"},
			{Params: []string{"env", "start_response"}, Kind: "wsgi-app"},
			{Params: []string{"scope", "receive", "send"}, Kind: "asgi-app"},
		},
	}
}
