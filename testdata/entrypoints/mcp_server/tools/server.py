from fastmcp import FastMCP

mcp = FastMCP("notes")


@mcp.tool
def add_note(text: str) -> str:  # entry: mcp-tool
    return text


@mcp.tool(tags={"read"})
def list_notes() -> list:  # entry: mcp-tool
    return []


@mcp.resource("notes://{name}")
def note(name: str) -> str:  # entry: mcp-tool
    return name


def close_note(name: str) -> None:  # entry: mcp-tool
    return None


mcp.tool(tags={"write"})(close_note)


def slug(text):
    return text.lower()
