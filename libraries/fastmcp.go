package libraries

// FastMCP is the FastMCP server of the Model Context Protocol (the
// fastmcp package, and the one in the official mcp SDK): its decorators
// register tools, resources and prompts that each client request runs,
// as the SDK's low-level server's do its request handlers.
func FastMCP() Library {
	l := Library{Name: "fastmcp"}
	for _, fn := range []string{"fastmcp.FastMCP", "fastmcp.server.FastMCP", "fastmcp.server.server.FastMCP",
		"mcp.server.fastmcp.FastMCP", "mcp.server.fastmcp.server.FastMCP"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "mcp-tool", false, "tool", "resource", "prompt")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_tool", Arg: 0, Keyword: "fn", Kind: "mcp-tool"})
	}
	// The SDK's low-level server: one handler per request type, each
	// run for every client request of that type.
	for _, srv := range []string{"mcp.server.lowlevel.Server", "mcp.server.lowlevel.server.Server", "mcp.server.Server"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(srv, "mcp-tool", false, "call_tool", "list_tools",
			"get_prompt", "list_prompts", "list_resources", "read_resource", "list_resource_templates", "completion",
			"set_logging_level", "subscribe_resource", "unsubscribe_resource")...)
	}
	return l
}
