// tokenize.mjs is the reference side of TestDifferential: it reads a JSON
// array of Python sources from the file named by its argument and prints, for each, what CPython 3.14
// (the pinned Pyodide) makes of it: the tokenize module's tokens, reduced to
// what the scanner emits (no COMMENT or NL, no empty FSTRING_MIDDLE,
// consecutive FSTRING_MIDDLEs merged), with byte offsets, and the
// SyntaxError ast.parse raises, if any.
import { readFileSync } from "node:fs";
import { loadPyodide } from "../../../conformance/node_modules/pyodide/pyodide.mjs";

const py = await loadPyodide();
py.runPython(`
import ast, io, json, tokenize

def offsets(src):
    starts = [0]
    b = 0
    for line in src.split("\\n")[:-1]:
        b += len(line.encode()) + 1
        starts.append(b)
    lines = src.split("\\n")
    def off(pos):
        l, c = pos
        if l - 1 >= len(lines):
            return len(src.encode())
        line = lines[l - 1]
        return min(starts[l - 1] + len(line[:c].encode()) + max(0, c - len(line)), len(src.encode()))
    return off

def reference(src):
    off = offsets(src)
    toks, tokerr = [], None
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            name = tokenize.tok_name[t.type]
            if name in ("COMMENT", "NL"):
                continue
            if name in ("FSTRING_MIDDLE", "TSTRING_MIDDLE"):
                if t.string == "":
                    continue
                if toks and toks[-1][0] == name:
                    continue
            if name == "OP":
                name = "OP:" + t.string
            toks.append([name, off(t.start), off(t.end)])
    except Exception as e:
        tokerr = str(e)
    err = None
    try:
        ast.parse(src)
    except SyntaxError as e:
        err = [e.msg, e.lineno or 0, e.offset or 0]
    return {"tokens": toks, "tokerr": tokerr, "err": err}

def run(inp):
    return json.dumps([reference(s) for s in json.loads(inp)])
`);
const run = py.globals.get("run");
console.log(run(readFileSync(process.argv[2], "utf8")));
