// Regenerates the *.golden files beside testdata/cases/*.py from CPython 3.14
// (Pyodide, installed under conformance/node_modules):
//   node python/parser/testdata/golden.mjs
// A golden file holds ast.dump(tree, include_attributes=True) for valid
// input, or "error <line> <offset> <msg>" for the SyntaxError ast.parse raises.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "../../../conformance/node_modules/pyodide/pyodide.mjs";

const dir = join(dirname(fileURLToPath(import.meta.url)), "cases");
const py = await loadPyodide();
py.runPython(`
import ast
def golden(s):
    src = s.encode("latin-1")
    try:
        return ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        return "error %d %d %s" % (e.lineno or 0, e.offset or 0, e.msg)
`);
const golden = py.globals.get("golden");
for (const f of readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
  const src = readFileSync(join(dir, f));
  const out = golden(src.toString("latin1"));
  writeFileSync(join(dir, f.replace(/\.py$/, ".golden")), out + "\n");
}
