// reference.mjs runs CPython 3.14 (Pyodide) as the parser's reference.
//
// Usage: node --stack-size=6000 reference.mjs [--dump] < paths
//
// (A larger V8 stack lets CPython's recursive AST conversion handle the long
// operator chains of generated modules; the default ~1 MB overflows.)
//
// It reads file paths from stdin, one per line, and for each writes one JSON
// line to stdout, in input order and as soon as it is known (so a driver can
// feed paths one at a time):
//
//   {"path": P, "sha256": S, "ok": true, "dump_sha256": D}
//   {"path": P, "sha256": S, "ok": true, "dump_error": "RecursionError: ..."}
//   {"path": P, "sha256": S, "ok": false, "exc": "SyntaxError",
//    "lineno": L, "offset": O, "end_lineno": EL, "end_offset": EO, "msg": M}
//   {"path": P, "error": "cannot read: ..."}
//
// S is the sha256 of the bytes read, D the sha256 of the UTF-8 encoding of
// ast.dump(ast.parse(bytes), include_attributes=True), computed inside
// Python. Any exception from ast.parse is a reject (exc is its class name;
// lineno and offset are null unless it is a SyntaxError). With --dump, the
// "ok" lines carry the whole "dump" instead of its hash.
//
// The script never stops on an input: when Pyodide itself breaks (a fatal
// error, such as a WebAssembly stack overflow), the file is reported as a
// reject with exc "PyodideFatal" and a fresh interpreter is loaded.
import { loadPyodide } from "pyodide";
import { createHash } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";

const wantDump = process.argv.includes("--dump");

const pythonSide = `
import ast, hashlib, sys, warnings

# Invalid escape sequences and the like only warn; keep stderr quiet.
warnings.simplefilter("ignore")
# ast.dump recurses once per tree level in Python code; long operator chains
# in generated modules are deeper than the default limit of 1000.
sys.setrecursionlimit(100_000)

def reference(buf, want_dump):
    src = buf.to_bytes()
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return {"ok": False, "exc": type(e).__name__, "msg": str(e.msg),
                "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except BaseException as e:
        return {"ok": False, "exc": type(e).__name__, "msg": str(e)[:500],
                "lineno": None, "offset": None,
                "end_lineno": None, "end_offset": None}
    try:
        dump = ast.dump(tree, include_attributes=True)
    except BaseException as e:
        return {"ok": True, "dump_error": "%s: %s" % (type(e).__name__, str(e)[:500])}
    if want_dump:
        return {"ok": True, "dump": dump}
    data = dump.encode("utf-8", "surrogatepass")
    return {"ok": True, "dump_sha256": hashlib.sha256(data).hexdigest()}

reference
`;

async function start() {
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  return { py, reference: py.runPython(pythonSide) };
}

function describe(err) {
  const name = err && err.name ? err.name : "Error";
  const message = err && err.message ? err.message : String(err);
  // Pyodide's errors can carry a whole minified source line; keep it short.
  return `${name}: ${message}`.slice(0, 300);
}

function runOne(interp, bytes) {
  const result = interp.reference(bytes, wantDump);
  try {
    return result.toJs({ dict_converter: Object.fromEntries });
  } finally {
    result.destroy();
  }
}

let interp = await start();
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const path of lines) {
  if (path === "") continue;
  let buf;
  try {
    buf = fs.readFileSync(path);
  } catch (err) {
    process.stdout.write(JSON.stringify({ path, error: "cannot read: " + describe(err) }) + "\n");
    continue;
  }
  const sha256 = createHash("sha256").update(buf).digest("hex");
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  let out;
  try {
    out = runOne(interp, bytes);
  } catch (err) {
    out = { ok: false, exc: "PyodideFatal", msg: describe(err), lineno: null, offset: null };
    interp = await start();
  }
  process.stdout.write(JSON.stringify({ path, sha256, ...out }) + "\n");
}
