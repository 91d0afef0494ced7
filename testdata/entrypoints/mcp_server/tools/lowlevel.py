from mcp import types
from mcp.server.lowlevel import Server

server = Server("records")


# The SDK's low-level server runs each handler for every client request
# of its type.
@server.call_tool()
async def call_tool(name, arguments):  # entry: mcp-tool
    return [types.TextContent(type="text", text=name)]


@server.list_tools()
async def list_tools():  # entry: mcp-tool
    return []


@server.get_prompt()
async def get_prompt(name, arguments):  # entry: mcp-tool
    return None


def helper():
    return None
