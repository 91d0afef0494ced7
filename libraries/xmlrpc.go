package libraries

// XMLRPC is the standard library's XML-RPC server: a function registered
// serves every call of its name, and an instance registered serves every
// call with its public methods (or its _dispatch), one object for all of
// them, on the server's threads when it mixes in ThreadingMixIn.
func XMLRPC() Library {
	l := Library{Name: "xmlrpc", SharedKinds: []string{"xmlrpc-method"}}
	for _, c := range []string{"xmlrpc.server.SimpleXMLRPCServer", "xmlrpc.server.SimpleXMLRPCDispatcher",
		"xmlrpc.server.MultiPathXMLRPCServer", "xmlrpc.server.DocXMLRPCServer", "xmlrpc.server.CGIXMLRPCRequestHandler"} {
		l.EntryCalls = append(l.EntryCalls,
			EntryCall{Func: c, Method: "register_function", Arg: 0, Keyword: "function", Kind: "xmlrpc-method"},
			EntryCall{Func: c, Method: "register_instance", Arg: 0, Keyword: "instance", Kind: "xmlrpc-method",
				InstanceMethods: []string{"*", "_dispatch"}})
	}
	return l
}
