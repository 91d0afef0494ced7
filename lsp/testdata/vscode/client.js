// Drives `crosstalk server` with vscode-languageserver-protocol, the
// library of VS Code's own LSP client: initialize with a workspace
// folder, open shop/util.py, wait for the pushed diagnostics, pull them,
// ask for the code actions of line 8 and for hover on the noqa comment of
// line 13, then shutdown and exit. It prints what it saw as JSON.
//
//   node client.js CROSSTALK_BINARY WORKSPACE_FOLDER
"use strict";
const cp = require("child_process");
const fs = require("fs");
const path = require("path");
const url = require("url");
const rpc = require("vscode-jsonrpc/node");
const proto = require("vscode-languageserver-protocol");

async function main() {
  const [bin, root] = process.argv.slice(2);
  const server = cp.spawn(bin, ["server", "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = proto.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin),
  );
  const file = path.join(root, "shop", "util.py");
  const uri = url.pathToFileURL(file).href;
  const pushed = new Promise((resolve) => {
    conn.onNotification(proto.PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) resolve(p);
    });
  });
  conn.onRequest(proto.RegistrationRequest.type, () => null);
  conn.listen();

  const out = {};
  const init = await conn.sendRequest(proto.InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: url.pathToFileURL(root).href, name: "workspace" }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  out.serverName = init.serverInfo && init.serverInfo.name;
  out.diagnosticProvider = Boolean(init.capabilities.diagnosticProvider);
  await conn.sendNotification(proto.InitializedNotification.type, {});
  await conn.sendNotification(proto.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "python", version: 1, text: fs.readFileSync(file, "utf8") },
  });
  const p = await pushed;
  out.pushed = p.diagnostics.map((d) => ({ code: d.code, start: d.range.start, severity: d.severity, source: d.source }));
  const report = await conn.sendRequest(proto.DocumentDiagnosticRequest.type, { textDocument: { uri } });
  out.pulledKind = report.kind;
  out.pulled = report.items.map((d) => ({ code: d.code, start: d.range.start }));
  const actions = await conn.sendRequest(proto.CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } },
    context: { diagnostics: [] },
  });
  out.actions = actions.map((a) => ({ title: a.title, kind: a.kind }));
  const hover = await conn.sendRequest(proto.HoverRequest.type, { textDocument: { uri }, position: { line: 12, character: 30 } });
  out.hover = hover && hover.contents.value.split("\n")[0];
  await conn.sendRequest(proto.ShutdownRequest.type);
  await conn.sendNotification(proto.ExitNotification.type);
  out.exitCode = await new Promise((resolve) => server.on("exit", (code) => resolve(code)));
  process.stdout.write(JSON.stringify(out) + "\n");
  conn.dispose();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
