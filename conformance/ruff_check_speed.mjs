// Time Ruff's check over every .py file under a directory: the reference
// figure for `crosstalk check` speed in the README.
//
//     node --no-wasm-lazy-compilation --no-liftoff conformance/ruff_check_speed.mjs DIR
//
// Ruff runs as WebAssembly (@astral-sh/ruff-wasm-nodejs, pinned in
// package.json), one Workspace.check per file, files read into memory
// first, with the Ruff rules closest to crosstalk's CT1xx: RUF012 (mutable
// class attribute), B006 (mutable default), B019 (lru_cache on a method),
// PLW0603 (global statement) and PLW0642 (self rebound). The node flags
// compile the module fully before the timer starts. Pin it to one core
// (taskset -c 1) to compare with GOMAXPROCS=1 crosstalk check.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Workspace, PositionEncoding } from "@astral-sh/ruff-wasm-nodejs";

function pyFiles(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    console.error(`cannot read ${dir}: ${e.message}`);
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) pyFiles(path, out);
    else if (e.isFile() && e.name.endsWith(".py")) out.push(path);
  }
  return out;
}

const root = process.argv[2];
if (!root) {
  console.error("usage: node ruff_check_speed.mjs DIR");
  process.exit(2);
}
const sources = [];
let bytes = 0;
for (const path of pyFiles(root, [])) {
  const raw = readFileSync(path);
  bytes += raw.length;
  // Ruff reads UTF-8; a file in another encoding is decoded leniently.
  sources.push(raw.toString("utf8"));
}
const settings = {
  ...Workspace.defaultSettings(),
  lint: { select: ["RUF012", "B006", "B019", "PLW0603", "PLW0642"] },
};
const ws = new Workspace(settings, PositionEncoding.Utf8);
const start = process.hrtime.bigint();
let findings = 0;
let failed = 0;
for (const src of sources) {
  try {
    findings += ws.check(src).length;
  } catch {
    failed++;
  }
}
const secs = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`files: ${sources.length} (${failed} failed), ${(bytes / 1e6).toFixed(1)} MB, findings ${findings}`);
console.log(`time: ${secs.toFixed(2)} s, ${(sources.length / secs).toFixed(0)} files/s, ${(bytes / 1e6 / secs).toFixed(1)} MB/s`);
