// Regenerates repr.json, the expected output of AppendValueRepr, from
// CPython 3.14's repr (Pyodide, installed under conformance/node_modules):
//   node python/ast/testdata/repr.mjs
// Values are given exactly: floats by their IEEE bits, ints in hex, str as
// code points (lone surrogates included), bytes as byte values.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "../../../conformance/node_modules/pyodide/pyodide.mjs";

const py = await loadPyodide();
const out = py.runPython(String.raw`
import json, random, struct

def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]

cases = []
rng = random.Random(2026)

floats = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 100.0, 1e15, 1e16, 1e17, 9999999999999998.0,
          1234567890123456.7, 12345678901234567.0, 0.0001, 0.00001, 0.00012345, 1e-5, 1.5e-5,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"),
          float("nan"), 1e22, 1e23, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1/3, 2/3, 123.456,
          1e300, 1e-300, 4.35, 0.3, 1e-7, 12345e-10]
floats += [10.0 ** k for k in range(-30, 31)]
floats += [1.5 * 10.0 ** k for k in range(-30, 31)]
for _ in range(400):
    f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if f == f:
        floats.append(f)
for _ in range(300):
    floats.append(rng.random() * 10.0 ** rng.randrange(-20, 25))
for f in floats:
    cases.append({"type": "float", "value": bits(f), "repr": repr(f)})
for f in floats:
    if f == f:
        cases.append({"type": "complex", "value": bits(f), "repr": repr(complex(0.0, f))})

ints = [0, 1, 255, 256, 2**31, 2**63 - 1, 2**63, 2**64, 10**100, 2**1000]
for _ in range(100):
    ints.append(rng.getrandbits(rng.randrange(1, 2000)))
for n in ints:
    cases.append({"type": "int", "value": hex(n), "repr": repr(n)})

def s(text):
    cases.append({"type": "str", "value": [ord(c) for c in text], "repr": repr(text)})
for text in ["", "a", "'", '"', "'\"", "a'b", 'a"b', "it's \"x\"", "\\", "\\'", "\t\n\r\x0b\x0c\x00\x1f\x7f",
             "\x80\x9f\xa0\xad\xff", "\ud800", "\udfff", "a\ud83d\ude00b", "\U0001F600", "\u200b\u2028\u2029\u3000",
             "\ufeff\ufffe\uffff", "\U000e0001\U000f0000\U0010ffff", "é", "\u0378"]:
    s(text)
s("".join(chr(c) for c in range(0x100)))
for start in range(0x100, 0x110000, 64 * 19):
    s("".join(chr(c) for c in range(start, start + 64)))
for start in [0x3400 - 32, 0x9fff - 32, 0xd7a3 - 32, 0xd800 - 32, 0xdfff - 32, 0xfff0, 0x1cc00, 0x1ccd0, 0x2ebe0, 0x323af - 32, 0xe0000, 0x10ffc0]:
    s("".join(chr(c) for c in range(start, start + 64)))

def b(data):
    cases.append({"type": "bytes", "value": list(data), "repr": repr(data)})
for data in [b"", b"'", b'"', b"'\"", b"\\", b"a'b", bytes(range(256)), b"\t\n\r"]:
    b(data)

json.dumps(cases, indent=0, ensure_ascii=True)
`);
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), "repr.json"), out + "\n");
