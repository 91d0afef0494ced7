// dump.mjs prints, as JSON, what CPython 3.14 (the pinned Pyodide) makes of
// every one- and two-byte input whose first byte is not ASCII, in each CJK
// codec that cjkgen diffs against golang.org/x/text, and of every
// three-byte EUC-JP input starting with 0x8F and four-byte GB18030 input
// starting with 0x81-0x84. For each input: the decoded code points, or the
// error's start, end and reason.
//
// Run from python/codec: node internal/cjkgen/dump.mjs > /tmp/cjk.json
//                        go run ./internal/cjkgen < /tmp/cjk.json
import { loadPyodide } from "../../../../conformance/node_modules/pyodide/pyodide.mjs";

const py = await loadPyodide();
const out = py.runPython(`
import json, itertools
def result(codec, b):
    try:
        return [ord(c) for c in b.decode(codec)]
    except UnicodeDecodeError as e:
        return [e.start, e.end, e.reason]

codecs = ["big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jp", "euc_kr",
          "gb18030", "gb2312", "gbk", "shift_jis"]
dump = {}
for codec in codecs:
    rows = {}
    for c in range(0x80, 0x100):
        rows["%02x" % c] = result(codec, bytes([c]))
        for t in range(0x100):
            rows["%02x%02x" % (c, t)] = result(codec, bytes([c, t]))
    dump[codec] = rows
long = {}
for t, u in itertools.product(range(0xa1, 0xff), repeat=2):
    long["8f%02x%02x" % (t, u)] = result("euc_jp", bytes([0x8f, t, u]))
dump["euc_jp 3"] = long
long = {}
for a in range(0x81, 0x85):
    for b in range(0x30, 0x3a):
        for c in range(0x81, 0xff):
            for d in range(0x30, 0x3a):
                long["%02x%02x%02x%02x" % (a, b, c, d)] = result("gb18030", bytes([a, b, c, d]))
dump["gb18030 4"] = long
json.dumps(dump)
`);
process.stdout.write(out);
