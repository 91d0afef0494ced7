// schema.mjs prints the node schema of CPython 3.14's ast module (names,
// fields and their types, attributes) as JSON. python/ast is generated from it.
import { loadPyodide } from "pyodide";
const py = await loadPyodide();
const out = py.runPython(`
import ast, json
def tname(t):
    s = repr(t) if not isinstance(t, type) else t.__name__
    return s.replace("ast.", "")
nodes = []
def visit(cls):
    for sub in cls.__subclasses__():
        if sub.__module__ != "ast":
            continue
        if sub.__name__ in ("slice", "Index", "ExtSlice", "Suite", "Param", "AugLoad", "AugStore", "Num", "Str", "Bytes", "NameConstant", "Ellipsis"):
            continue
        nodes.append({
            "name": sub.__name__,
            "base": cls.__name__,
            "fields": [[f, tname(sub._field_types.get(f))] for f in sub._fields],
            "attributes": list(sub._attributes),
        })
        visit(sub)
visit(ast.AST)
json.dumps(nodes, indent=1)
`);
console.log(out);
