"""Time CPython's ast.parse over every .py file under a directory.

The reference figure for crosstalk's parse speed in the README: run it with
the machine's python3 (3.11) on the same tree as `crosstalk parse`:

    python3 conformance/cpython_parse_speed.py DIR

All files are read into memory first, so the timing covers parsing alone:
ast.parse of the raw bytes (PEP 263 decoding included, as in
parser.ParseFile), in this one process, pinned to one core where the OS
allows. Files this Python cannot parse are left out and counted.
"""

import ast
import os
import sys
import time
import warnings


def read_sources(root):
    sources = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            try:
                with open(path, "rb") as f:
                    sources.append((path, f.read()))
            except OSError as e:
                print(f"cannot read {path}: {e}", file=sys.stderr)
    return sources


def main():
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        print("usage: python3 cpython_parse_speed.py DIR", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    # Invalid escape sequences and the like would otherwise print warnings.
    warnings.simplefilter("ignore")

    sources = read_sources(sys.argv[1])
    # A first pass finds the files this version cannot parse (and warms up).
    parsable, skipped = [], 0
    for path, src in sources:
        try:
            ast.parse(src, filename=path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            skipped += 1
        else:
            parsable.append((path, src))

    total = sum(len(src) for _, src in parsable)
    start = time.perf_counter()
    for path, src in parsable:
        ast.parse(src, filename=path)
    seconds = time.perf_counter() - start

    print(f"python: {sys.version.split()[0]}")
    print(f"files: {len(parsable)} (skipped {skipped} this Python cannot parse)")
    print(f"MB: {total / 1e6:.2f}")
    print(f"seconds: {seconds:.2f}")
    print(f"MB/s: {total / 1e6 / seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
