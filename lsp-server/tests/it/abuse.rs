//! The real `aims-lsp` binary under abuse, over stdio: positions outside the
//! document, edits to documents never opened, ranged edits that do not fit, a
//! 10,000-edit storm of multi-byte text interleaved with hovers, completions and
//! code actions at random positions, `$/cancelRequest` for every other request, and
//! files deleted and recreated on disk while open. The server must answer every
//! request, keep its memory bounded, and end with the diagnostics `aims check`
//! gives for the final text.

use crate::support;

use std::collections::BTreeSet;

use serde_json::{Value, json};
use support::{PATIENCE, acme, uri};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
use tokio::sync::mpsc;

/// A client that writes and reads at the same time, as editors do: a storm written
/// by a client that does not read would fill the pipes and stall both sides.
struct Client {
    tx: mpsc::UnboundedSender<Value>,
    rx: mpsc::UnboundedReceiver<Value>,
    next_id: i64,
    backlog: Vec<Value>,
}

impl Client {
    fn new(stdout: tokio::process::ChildStdout, mut stdin: tokio::process::ChildStdin) -> Client {
        let (tx, mut outgoing) = mpsc::unbounded_channel::<Value>();
        let (incoming, rx) = mpsc::unbounded_channel::<Value>();
        tokio::spawn(async move {
            while let Some(message) = outgoing.recv().await {
                let body = serde_json::to_vec(&message).expect("json");
                let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
                frame.extend_from_slice(&body);
                if stdin.write_all(&frame).await.is_err() {
                    break;
                }
            }
        });
        let answer = tx.clone();
        tokio::spawn(async move {
            let mut reader = tokio::io::BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line).await {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        length = v.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                if reader.read_exact(&mut body).await.is_err() {
                    return;
                }
                let message: Value = serde_json::from_slice(&body).expect("the server writes JSON");
                if message.get("method").is_some() && message.get("id").is_some() {
                    let result = if message["method"] == "workspace/configuration" {
                        json!([null])
                    } else {
                        Value::Null
                    };
                    let _ = answer
                        .send(json!({ "jsonrpc": "2.0", "id": message["id"], "result": result }));
                    continue;
                }
                if incoming.send(message).is_err() {
                    return;
                }
            }
        });
        Client {
            tx,
            rx,
            next_id: 0,
            backlog: Vec::new(),
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.tx
            .send(json!({ "jsonrpc": "2.0", "method": method, "params": params }))
            .expect("writer alive");
    }

    fn start_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.tx
            .send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }))
            .expect("writer alive");
        id
    }

    async fn read(&mut self) -> Value {
        tokio::time::timeout(PATIENCE, self.rx.recv())
            .await
            .expect("a message from the server")
            .expect("the server is running")
    }

    async fn response(&mut self, id: i64) -> Value {
        let is_it = |m: &Value| m["id"] == json!(id) && m.get("method").is_none();
        if let Some(i) = self.backlog.iter().position(is_it) {
            return self.backlog.remove(i);
        }
        loop {
            let message = self.read().await;
            if is_it(&message) {
                return message;
            }
            self.backlog.push(message);
        }
    }

    async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.start_request(method, params);
        self.response(id).await
    }

    async fn notification(&mut self, method: &str, accept: impl Fn(&Value) -> bool) -> Value {
        let is_it = |m: &Value| m["method"] == method && accept(&m["params"]);
        if let Some(i) = self.backlog.iter().position(is_it) {
            return self.backlog.remove(i);
        }
        loop {
            let message = self.read().await;
            if is_it(&message) {
                return message;
            }
            self.backlog.push(message);
        }
    }
}

/// A small deterministic generator, so a failure replays exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces inserted by the storm: multi-byte, right-to-left, combining, every kind
/// of line break, and syntax that opens and closes blocks.
const PIECES: &[&str] = &[
    "x",
    " ",
    "é",
    "日本",
    "🦀",
    "\u{202E}",
    "עברית",
    "e\u{301}",
    "\n",
    "\r\n",
    "\r",
    "{",
    "}",
    "\"",
    "[",
    "]",
    ",",
    ":",
    "owner: dpo\n",
    "// note\n",
    "control C-9 \"T\" { }\n",
    "\t",
];

/// Applies a random edit at a character boundary: insert a piece or delete a few
/// characters (more deletes when the text has grown, so it stays near its size).
fn mutate(text: &mut String, rng: &mut Rng, base_len: usize) {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let at = bounds[rng.below(bounds.len())];
    let delete = text.len() > base_len && rng.below(2) == 0;
    if delete {
        let i = bounds.partition_point(|&b| b < at);
        let end = bounds[(i + 1 + rng.below(8)).min(bounds.len() - 1)];
        text.replace_range(at..end, "");
    } else {
        text.insert_str(at, PIECES[rng.below(PIECES.len())]);
    }
}

fn resident_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What the server published for a file, as comparable tuples.
fn published_set(diagnostics: &Value) -> BTreeSet<(String, String, u64, u64)> {
    diagnostics
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["message"].as_str().unwrap_or_default().to_owned(),
                d["range"]["start"]["line"].as_u64().unwrap_or(u64::MAX),
                d["range"]["start"]["character"]
                    .as_u64()
                    .unwrap_or(u64::MAX),
            )
        })
        .collect()
}

/// What `aims check` reports for `file` of the workspace on disk, in the same form.
fn check_set(dir: &std::path::Path, file: &str) -> BTreeSet<(String, String, u64, u64)> {
    let project = aims::Project::load(dir, None, jiff::Zoned::now().date()).expect("load");
    let text = std::fs::read_to_string(dir.join(file)).expect("read");
    let index = aims::text::LineIndex::new(&text);
    project
        .diagnostics()
        .into_iter()
        .filter(|d| d.location.file == file)
        .map(|d| {
            let at = index.line_col(
                d.location.range.start as usize,
                aims::text::ColumnUnit::Utf16,
            );
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message.push_str(&format!("\nhelp: {help}"));
            }
            (
                d.code.name().to_owned(),
                message,
                u64::from(at.line),
                u64::from(at.col),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_survives_abuse_and_ends_in_agreement_with_aims_check() {
    let dir = acme();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_aims-lsp"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start aims-lsp");
    let pid = child.id().expect("pid");
    let mut lsp = Client::new(
        child.stdout.take().expect("stdout"),
        child.stdin.take().expect("stdin"),
    );
    let root = uri(dir.path());
    let init = lsp
        .request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root.as_str(),
                "workspaceFolders": [{ "uri": root.as_str(), "name": "acme" }],
                "capabilities": support::client_capabilities(false, false)
            }),
        )
        .await;
    assert!(init["result"]["capabilities"].is_object(), "{init}");
    lsp.notify("initialized", json!({}));

    let controls_path = dir.path().join("controls.aims");
    let controls = uri(&controls_path);
    let ghost = uri(&dir.path().join("ghost.aims"));
    let base = std::fs::read_to_string(&controls_path).expect("fixture");
    let mut version = 1;
    lsp.notify("textDocument/didOpen", json!({ "textDocument": { "uri": controls.as_str(), "languageId": "aims", "version": version, "text": base } }));

    // Every request must be answered: with a result, or with an error that is an
    // answer (cancelled, content modified, nothing to rename here), never -32603,
    // which is what a panic in a handler becomes.
    let answered = |response: &Value, what: &str| {
        assert!(
            response.get("result").is_some()
                || matches!(
                    response["error"]["code"].as_i64(),
                    Some(-32800 | -32801 | -32602)
                ),
            "{what}: {response}"
        );
    };

    // Positions and ranges outside the document, and documents never opened.
    let far = json!({ "line": 100000, "character": 100000 });
    let past_line = json!({ "line": 0, "character": 100000 });
    for doc in [&controls, &ghost] {
        for position in [&far, &past_line] {
            let at = json!({ "textDocument": { "uri": doc.as_str() }, "position": position });
            for method in [
                "textDocument/hover",
                "textDocument/definition",
                "textDocument/completion",
                "textDocument/prepareRename",
            ] {
                let response = lsp.request(method, at.clone()).await;
                answered(&response, method);
            }
            let mut rename = at.clone();
            rename["newName"] = json!("renamed");
            answered(&lsp.request("textDocument/rename", rename).await, "rename");
            let mut refs = at.clone();
            refs["context"] = json!({ "includeDeclaration": true });
            answered(
                &lsp.request("textDocument/references", refs).await,
                "references",
            );
        }
        let range = json!({ "start": { "line": 5, "character": 3 }, "end": far });
        let backwards = json!({ "start": far, "end": { "line": 0, "character": 0 } });
        for range in [range, backwards] {
            let response = lsp
                .request("textDocument/codeAction", json!({ "textDocument": { "uri": doc.as_str() }, "range": range, "context": { "diagnostics": [] } }))
                .await;
            answered(&response, "codeAction");
            let response = lsp
                .request(
                    "textDocument/inlayHint",
                    json!({ "textDocument": { "uri": doc.as_str() }, "range": range }),
                )
                .await;
            answered(&response, "inlayHint");
        }
        for method in [
            "textDocument/semanticTokens/full",
            "textDocument/foldingRange",
            "textDocument/documentSymbol",
            "textDocument/codeLens",
        ] {
            let response = lsp
                .request(method, json!({ "textDocument": { "uri": doc.as_str() } }))
                .await;
            answered(&response, method);
        }
        let response = lsp
            .request("textDocument/formatting", json!({ "textDocument": { "uri": doc.as_str() }, "options": { "tabSize": 2, "insertSpaces": true } }))
            .await;
        answered(&response, "formatting");
    }

    // Notifications about documents never opened change nothing and break nothing.
    lsp.notify("textDocument/didChange", json!({ "textDocument": { "uri": ghost.as_str(), "version": 3 }, "contentChanges": [{ "text": "control {" }] }));
    lsp.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": ghost.as_str() } }),
    );
    lsp.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": ghost.as_str() } }),
    );
    // A ranged edit that does not fit the document (the server asked for full
    // sync); the next full change puts the text right again.
    version += 1;
    lsp.notify("textDocument/didChange", json!({ "textDocument": { "uri": controls.as_str(), "version": version }, "contentChanges": [{ "range": { "start": far, "end": { "line": 0, "character": 0 } }, "text": "🦀" }] }));

    // The storm.
    let before = resident_kib(pid);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut text = base.clone();
    let mut pending: Vec<(i64, &str)> = Vec::new();
    let others = ["risks.aims", "org.aims"];
    for edit in 0..10_000 {
        mutate(&mut text, &mut rng, base.len());
        version += 1;
        lsp.notify("textDocument/didChange", json!({ "textDocument": { "uri": controls.as_str(), "version": version }, "contentChanges": [{ "text": text }] }));
        if edit % 7 == 0 {
            let lines = text.lines().count() + 2;
            let position = json!({ "line": rng.below(lines), "character": rng.below(120) });
            let doc = json!({ "uri": controls.as_str() });
            let (method, params) = match rng.below(3) {
                0 => (
                    "textDocument/hover",
                    json!({ "textDocument": doc, "position": position }),
                ),
                1 => (
                    "textDocument/completion",
                    json!({ "textDocument": doc, "position": position }),
                ),
                _ => (
                    "textDocument/codeAction",
                    json!({ "textDocument": doc, "range": { "start": position, "end": position }, "context": { "diagnostics": [] } }),
                ),
            };
            let id = lsp.start_request(method, params);
            if edit % 2 == 0 {
                lsp.notify("$/cancelRequest", json!({ "id": id }));
            }
            pending.push((id, method));
        }
        // Files deleted and recreated on disk while the server has them.
        if edit == 3_000 {
            for file in others.iter().chain(["controls.aims"].iter()) {
                let path = dir.path().join(file);
                if path.exists() {
                    std::fs::remove_file(&path).expect("delete");
                }
            }
            let changes: Vec<Value> = others
                .iter()
                .chain(["controls.aims"].iter())
                .map(|f| json!({ "uri": uri(&dir.path().join(f)).as_str(), "type": 3 }))
                .collect();
            lsp.notify(
                "workspace/didChangeWatchedFiles",
                json!({ "changes": changes }),
            );
        }
        if edit == 6_000 {
            std::fs::write(
                dir.path().join("org.aims"),
                "organisation acme \"Acme\" {\n}\n",
            )
            .expect("recreate");
            std::fs::write(&controls_path, &base).expect("recreate");
            let changes: Vec<Value> = ["org.aims", "controls.aims"]
                .iter()
                .map(|f| json!({ "uri": uri(&dir.path().join(f)).as_str(), "type": 1 }))
                .collect();
            lsp.notify(
                "workspace/didChangeWatchedFiles",
                json!({ "changes": changes }),
            );
        }
    }
    let requests = pending.len();
    for (id, method) in pending {
        let response = lsp.response(id).await;
        answered(&response, method);
    }
    let after = resident_kib(pid);
    eprintln!(
        "storm: 10000 edits, {requests} requests; resident memory {before:?} KiB before, {after:?} KiB after"
    );
    if let Some(after) = after {
        assert!(
            after < 1024 * 1024,
            "the server holds {after} KiB after the storm"
        );
    }

    // The final text goes to disk too, so `aims check` sees what the editor sees.
    std::fs::write(&controls_path, &text).expect("write final text");
    lsp.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": controls.as_str() } }),
    );
    let expected = check_set(dir.path(), "controls.aims");
    lsp.backlog.clear();
    let published = lsp
        .notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == controls.as_str() && p["version"] == version
        })
        .await;
    let mut got = published_set(&published["params"]["diagnostics"]);
    // Several runs may publish for the final version; wait for the one that agrees
    // (a mismatch that never resolves fails with the last one seen).
    let mut seen = 0;
    while got != expected && seen < 20 {
        let next = lsp
            .notification("textDocument/publishDiagnostics", |p| {
                p["uri"] == controls.as_str() && p["version"] == version
            })
            .await;
        got = published_set(&next["params"]["diagnostics"]);
        seen += 1;
    }
    assert_eq!(got, expected, "final text:\n{text}");
    assert!(!expected.is_empty(), "the storm leaves broken text behind");

    let response = lsp.request("shutdown", Value::Null).await;
    assert!(response["result"].is_null(), "{response}");
    lsp.notify("exit", Value::Null);
    let status = tokio::time::timeout(PATIENCE, child.wait())
        .await
        .expect("the server exits")
        .expect("status");
    assert!(status.success(), "{status}");
}
