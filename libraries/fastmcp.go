package libraries

// FastMCP is the FastMCP server of the Model Context Protocol (the
// fastmcp package, and the one in the official mcp SDK): its decorators
// register tools, resources and prompts that each client request runs.
func FastMCP() Library {
	l := Library{Name: "fastmcp"}
	for _, fn := range []string{"fastmcp.FastMCP", "fastmcp.server.FastMCP", "fastmcp.server.server.FastMCP",
		"mcp.server.fastmcp.FastMCP", "mcp.server.fastmcp.server.FastMCP"} {
		l.EntryDecorators = append(l.EntryDecorators, methodsOf(fn, "mcp-tool", false, "tool", "resource", "prompt")...)
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_tool", Arg: 0, Keyword: "fn", Kind: "mcp-tool"})
	}
	return l
}
