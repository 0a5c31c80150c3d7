// VS Code's own language client libraries (vscode-jsonrpc, vscode-languageserver-protocol,
// vscode-languageserver-textdocument) speaking to `awesome-lint server` as the Generic LSP
// Client extension starts it: not VS Code, which does not install here, but its JSON-RPC
// framing and its way of applying edits. Run by benchmarks/editors.py:
//
//     node vscode_client.js README.md
//
// writes diagnostics.txt (line, column in code points, code), formats README.md in place and
// writes after.txt: the diagnostics of the formatted text, sent back as incremental changes.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const rpc = require("vscode-languageserver-protocol/node");
const { TextDocument } = require("vscode-languageserver-textdocument");

function codePoints(text) {
  return Array.from(text).length;
}

function rows(document, diagnostics) {
  return diagnostics.map((item) => {
    const start = item.range.start;
    const before = document.getText({ start: { line: start.line, character: 0 }, end: start });
    return `${start.line}\t${codePoints(before)}\t${item.code}`;
  });
}

async function main() {
  const file = path.resolve(process.argv[2]);
  const uri = pathToFileURL(file).href;
  const folder = path.dirname(file);
  // glspc: spawn(command, commandArguments, { cwd: the first workspace folder })
  const server = spawn("awesome-lint", ["server"], { cwd: folder });
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin),
  );
  const published = new Map(); // version -> diagnostics
  const waiting = new Map();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    published.set(params.version, params.diagnostics);
    const resolve = waiting.get(params.version);
    if (resolve) resolve(params.diagnostics);
  });
  connection.onRequest(rpc.RegistrationRequest.type, () => null);
  connection.onNotification(rpc.ShowMessageNotification.type, (params) => {
    console.error(`server: ${params.message}`);
  });
  connection.listen();
  const diagnosticsOf = (version) =>
    published.has(version)
      ? Promise.resolve(published.get(version))
      : new Promise((resolve) => waiting.set(version, resolve));

  await connection.sendRequest(rpc.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: "list" }],
    capabilities: {
      general: { positionEncodings: ["utf-16"] },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true },
        publishDiagnostics: {
          relatedInformation: true,
          versionSupport: true,
          codeDescriptionSupport: true,
          dataSupport: true,
        },
        formatting: { dynamicRegistration: true },
        rangeFormatting: { dynamicRegistration: true },
        codeAction: {
          dynamicRegistration: true,
          dataSupport: true,
          resolveSupport: { properties: ["edit"] },
          codeActionLiteralSupport: {
            codeActionKind: { valueSet: ["quickfix", "source.fixAll"] },
          },
        },
      },
    },
  });
  connection.sendNotification(rpc.InitializedNotification.type, {});

  let document = TextDocument.create(uri, "markdown", 1, fs.readFileSync(file, "utf8"));
  connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "markdown", version: 1, text: document.getText() },
  });
  fs.writeFileSync(path.join(folder, "diagnostics.txt"), rows(document, await diagnosticsOf(1)).join("\n"));

  const edits = await connection.sendRequest(rpc.DocumentFormattingRequest.type, {
    textDocument: { uri },
    options: { tabSize: 4, insertSpaces: true },
  });
  // as VS Code reports a multi-edit change: each edit a content change, the last line first
  const changes = [...(edits || [])]
    .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((edit) => ({ range: edit.range, text: edit.newText }));
  document = TextDocument.update(document, changes, 2);
  fs.writeFileSync(file, document.getText());
  connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: changes,
  });
  fs.writeFileSync(path.join(folder, "after.txt"), rows(document, await diagnosticsOf(2)).join("\n"));

  await connection.sendRequest(rpc.ShutdownRequest.type);
  connection.sendNotification(rpc.ExitNotification.type);
  connection.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
