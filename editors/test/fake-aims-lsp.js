#!/usr/bin/env node
// A stand-in for `aims-lsp`, for testing the editor configurations before (or
// without) the real server: it speaks just enough LSP over stdio, and reports one
// `unknown-field` diagnostic for every line of an opened `.aims` file that contains
// `jurisdction:`. It needs only Node.
//
// Usage: editors/neovim/test.sh editors/test/fake-aims-lsp.js
"use strict";

const send = (message) => {
  const text = JSON.stringify({ jsonrpc: "2.0", ...message });
  process.stdout.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
};

function publish(uri, text) {
  const diagnostics = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const at = line.indexOf("jurisdction");
    if (at >= 0) {
      diagnostics.push({
        range: { start: { line: i, character: at }, end: { line: i, character: at + "jurisdction".length } },
        severity: 1,
        code: "unknown-field",
        source: "aims",
        message: "`organisation` has no field `jurisdction`; did you mean `jurisdiction`?",
      });
    }
  });
  send({ method: "textDocument/publishDiagnostics", params: { uri, diagnostics } });
}

let pending = Buffer.alloc(0);
process.stdin.on("data", (chunk) => {
  pending = Buffer.concat([pending, chunk]);
  for (;;) {
    const headerEnd = pending.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: *(\d+)/i.exec(pending.subarray(0, headerEnd).toString())[1]);
    if (pending.length < headerEnd + 4 + length) return;
    const message = JSON.parse(pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
    pending = pending.subarray(headerEnd + 4 + length);
    switch (message.method) {
      case "initialize":
        send({ id: message.id, result: { capabilities: { textDocumentSync: 1 }, serverInfo: { name: "fake-aims-lsp" } } });
        break;
      case "textDocument/didOpen":
        if (message.params.textDocument.uri.endsWith(".aims")) {
          publish(message.params.textDocument.uri, message.params.textDocument.text);
        }
        break;
      case "textDocument/didChange":
        if (message.params.textDocument.uri.endsWith(".aims")) {
          publish(message.params.textDocument.uri, message.params.contentChanges.at(-1).text);
        }
        break;
      case "shutdown":
        send({ id: message.id, result: null });
        break;
      case "exit":
        process.exit(0);
        break;
      default:
        if (message.id !== undefined && message.method !== undefined) {
          send({ id: message.id, error: { code: -32601, message: `not handled: ${message.method}` } });
        }
    }
  }
});
