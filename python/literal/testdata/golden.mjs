// Regenerates golden.json, the expected values of the literal package's
// table tests, from CPython 3.14 (Pyodide, installed under
// conformance/node_modules):
//   node python/literal/testdata/golden.mjs
// Each case is a literal's source text; CPython parses it and records its
// value (str as code points, so lone surrogates survive JSON; floats as
// their IEEE bits) or the SyntaxError message.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "../../../conformance/node_modules/pyodide/pyodide.mjs";

const py = await loadPyodide();
const out = py.runPython(String.raw`
import ast, json, random, struct, unicodedata, warnings
warnings.simplefilter("ignore")

def bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]

def value(v):
    if isinstance(v, bool) or v is None:
        raise TypeError(v)
    if isinstance(v, int):
        return "int", hex(v)
    if isinstance(v, float):
        return "float", bits(v)
    if isinstance(v, complex):
        return "complex", bits(v.imag)
    if isinstance(v, bytes):
        return "bytes", list(v)
    return "str", [ord(c) for c in v]

def parse(src):
    try:
        node = ast.parse(src, mode="eval").body
    except SyntaxError as e:
        return {"type": "error", "value": e.msg}
    if isinstance(node, ast.UnaryOp):
        raise ValueError(src)
    t, v = value(node.value)
    r = {"type": t, "value": v}
    if getattr(node, "kind", None):
        r["kind"] = node.kind
    return r

cases = []
def number(src):
    cases.append(dict(func="Number", src=src, **parse(src)))
def string(src):
    cases.append(dict(func="String", src=src, **parse(src)))
def middle(text, raw=False):
    q = "'''" if "\n" in text or "'" in text else "'"
    src = ("rf" if raw else "f") + q + text + q
    try:
        node = ast.parse(src, mode="eval").body
    except SyntaxError as e:
        r = {"type": "error", "value": e.msg}
    else:
        if not all(isinstance(x, ast.Constant) for x in node.values):
            return  # a raw \\N{...} is a replacement field, not literal text
        r = {"type": "str", "value": [ord(c) for c in "".join(x.value for x in node.values)]}
    cases.append(dict(func="FStringMiddle", src=text, raw=raw, **r))

# Numbers.
for s in ["0", "00", "0_0", "7", "1_000", "0x_ff", "0XFF_FF", "0o17", "0O7", "0b101", "0B1_0",
          "9223372036854775807", "9223372036854775808", "18446744073709551616",
          "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffffffffffff",
          "0o7777777777777777777777777", "0b" + "1" * 100, "1" * 4300, "1" * 4301, "1_" * 4300 + "1",
          "0" * 5000, "0x" + "f" * 5000,
          "1.0", "1.", ".5", "1e5", "1E5", "1e+5", "1e-5", "1.e5", "1_0.0_1e1_0", "1e400", "1e-400",
          "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "5e-324", "2e-324", "3e-324",
          "2.2250738585072011e-308", "0.1", "0.3", "1e22", "1e23", "123456789012345678901234567890.0",
          "9007199254740993.0", "9007199254740993", "0e0", "0.0", "0.000001", "1e16", "1e-4",
          "1" * 400 + ".0", "0." + "0" * 400 + "1", "1" * 800 + "e-700", "4.9406564584124654e-324",
          "1j", "1J", "0j", "1.5j", "1.5e3J", "1e+16j", "1e1000j", "1_0j", ".5j", "5.j", "1e-400j",
          "00j", "09j", "09.5", "0_9.5e1"]:
    number(s)
rng = random.Random(314)
for _ in range(300):
    f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if f != f or f in (float("inf"), float("-inf")):
        continue
    s = repr(abs(f))
    number(s)
    number(s + "j")
    number("%.25e" % abs(f))
for _ in range(100):
    n = rng.getrandbits(rng.randrange(1, 300))
    number(str(n))
    number(hex(n))
    number(oct(n))
    number(bin(n))

# Strings and bytes.
simple = [r"''", r'""', "''''''", '""""""', "'abc'", '"a\'b"', "'''a\"b'''", "u'x'", "U'x'", "r'\\n'", "R'\\x'",
    "b''", "b'abc'", "B'x'", "br'\\x'", "Rb'\\n'", "rB'\\x4'", "b'\\x4'", "b'\\x'", "b'\\xzz'", "b'a\\x4'",
    "b'\\777'", "b'\\400'", "b'\\0'", "b'\\1234'", "b'\\8'", "b'\\u1234'", "b'\\N{BOM}'", "b'a\\\nb'",
    "b'\\\\'", "b'\\''", "b'\\\"'", "b'\\a\\b\\f\\n\\r\\t\\v'", "b'\\xff\\x00\\xAb'", "b'é'", "rb'é'",
    "'\\a\\b\\f\\n\\r\\t\\v'", "'\\\\'", "'\\''", "'\\\"'", "'a\\\nb'", "'''a\\\nb'''", "'\\0'", "'\\00'",
    "'\\000'", "'\\0000'", "'\\777'", "'\\400'", "'\\8'", "'\\9'", "'\\q'", "'\\ '", "'\\é'", "'\\'",
    "'\\x41'", "'\\x4'", "'\\x'", "'\\xg0'", "'\\u0041'", "'\\u004'", "'\\U00000041'", "'\\U0010ffff'",
    "'\\U00110000'", "'\\Uffffffff'", "'\\U0001F600'", "'\\ud800'", "'\\udfff'", "'\\ud83d\\ude00'",
    "'\\uDC80x'", "'abc\\x4z'", "'é\\x4'", "'\\é\\x4'", "'ab\\N{foo}cd'", "'é\\N{foo}'",
    "'\\N{é}'", "'\\N{é'", "'\\N'", "'\\N{'", "'\\N{}'", "'\\Nx'", "'\\N{LATIN SMALL LETTER A'",
    "'\\N{\\é}'", "'\\N{\\é'", "'\\N{a\\'", "'\\N{BOM}'", "'\\N{bom}'", "'\\N{LF}'", "'\\N{NULL}'",
    "'\\N{LINE FEED (LF)}'", "'\\N{BYTE ORDER MARK}'", "'\\N{ latin small letter a}'",
    "'\\N{LATIN_SMALL LETTER A}'", "'\\N{LATIN SMALL LETTER A }'", "'\\N{lAtIn SmAlL lEtTeR a}'",
    "'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'", "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-04E00}'", "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
    "'\\N{cjk unified ideograph-4E00}'", "'\\N{CJK UNIFIED IDEOGRAPH-A000}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-9FFF}'", "'\\N{CJK UNIFIED IDEOGRAPH-323AF}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-323B0}'", "'\\N{CJK UNIFIED IDEOGRAPH-4E0}'",
    "'\\N{CJK UNIFIED IDEOGRAPH-000004E00}'", "'\\N{HANGUL SYLLABLE GAG}'", "'\\N{HANGUL SYLLABLE A}'",
    "'\\N{HANGUL SYLLABLE }'", "'\\N{HANGUL SYLLABLE gag}'", "'\\N{hangul syllable GAG}'",
    "'\\N{HANGUL SYLLABLE GAGX}'", "'\\N{HANGUL SYLLABLE GG}'", "'\\N{HANGUL SYLLABLE HIH}'",
    "'\\N{TANGUT IDEOGRAPH-17000}'", "'\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'",
    "'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "'\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}'",
    "'''a\r\nb\rc'''", "'''a\\\r\nb'''", "r'''a\r\nb\rc'''", "b'''a\r\nb'''", "'\\\rx'",
    "'é'", "'😀'", "u'é\\n'", "'\\x00\\x7f\\x80\\xff'", "'\\N{LATIN SMALL LETTER A}\\x4'",
    "'\\U0001F600\\x4'", "'\\u00e9\\x4'", "'😀😀\\u12'", "'\\\\é\\x4'", "'''\\\né\\x4'''",
    ]
for s in simple:
    string(s)
names = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n:
        names.append(n)
for n in names[::97]:
    string("'\\N{%s}'" % n)
    string("'\\N{%s}'" % n.lower())
for n in names[::1013]:
    string("'\\N{%sX}'" % n)
for cp in range(0xAC00, 0xD7A4, 37):
    string("'\\N{%s}'" % unicodedata.name(chr(cp)))
for cp in list(range(0, 0x110000, 4099)) + [0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFF, 0x10FFFF]:
    string("'\\U%08x'" % cp)
    string("'\\U%08X'" % cp)
    if cp <= 0xFFFF:
        string("'\\u%04x'" % cp)
for i in range(256):
    string("'\\%o'" % i)
    string("b'\\%o'" % i)
    string("'\\x%02x'" % i)
    string("b'\\x%02X'" % i)
    if 32 <= i < 127 and chr(i) not in "'\\":
        string("'\\%s'" % chr(i))
        string("b'\\%s'" % chr(i))

# f-string literal parts.
for t in ["abc", "a{{b", "a}}b", "{{", "}}", "{{}}", "\\n", "\\x41{{", "a{{b\\x4", "\\x4", "ab\\x4",
          "\\N{LATIN SMALL LETTER A}{{x", "\\N{BOM}", "\\N{foo}", "{{\\N{foo}", "é{{é\\x4",
          "a\r\nb", "\\{{", "\\}}", "\\\\{{", "\\\\N{{x", "\\'", "\\u00e9", "\\ud800", "\\q", "\\",
          "a{{b}}c{{\\x4"]:
    middle(t)
    middle(t, raw=True)

# Random bodies made of the pieces escapes are built from.
pieces = ["a", "Z", "0", "7", "8", "9", "f", "F", "x", "u", "U", "N", "{", "}", " ", "-", "\\", "\\",
          "\n", "\r\n", "\t", '"', "\u00e9", "\U0001F600", "\x7f", "BOM", "LATIN SMALL LETTER A",
          "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-4E00", "d800", "00e9", "10FFFF", "110000"]
for i in range(3000):
    body = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
    prefix = rng.choice(["", "", "", "r", "b", "rb", "u"])
    string(prefix + "'''" + body + " '''")
    middle(body.replace("{", "{{").replace("}", "}}") + " ", raw=rng.random() < 0.2)

# Literal text ending in a backslash exists only before a replacement field.
for text in ["abc\\", "\\", "\u00e9\\", "\\\\\\", "\\x41\\"]:
    node = ast.parse("f'" + text + "{1}'", mode="eval").body
    cases.append(dict(func="FStringMiddle", src=text, raw=False, type="str", value=[ord(c) for c in node.values[0].value]))

# Identifiers: CPython NFKC-normalises non-ASCII ones.
def identifier(name):
    node = ast.parse(name, mode="eval").body
    cases.append(dict(func="Identifier", src=name, type="str", value=[ord(c) for c in node.id]))
for n in ["abc", "\uff46\uff4f\uff4f", "\u210c", "\ufb01x", "\u00e9", "e\u0301", "\u212b", "\u00b5", "\u01c5",
          "\uff58\uff11", "\u2160", "\u3131", "\u1e9b\u0323", "\U0001d400", "\u0391\u0301"]:
    identifier(n)
for cp in list(range(0x80, 0x110000, 29)) + list(range(0x1CCD0, 0x1CD00)):
    c = chr(cp)
    if ("a" + c).isidentifier():
        identifier("a" + c)

# Keep only errors of the literal's value; the tokenizer's are not ours.
ours = ("(unicode error)", "(value error)", "bytes can only", "Exceeds the limit")
cases = [c for c in cases if c["type"] != "error" or c["value"].startswith(ours)]
json.dumps(cases, indent=0, ensure_ascii=True)
`);
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), "golden.json"), out + "\n");
