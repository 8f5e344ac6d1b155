//! Test support: an in-process server (`TestServer`) that drains the client socket
//! and answers the server's requests, a framed JSON-RPC client for stdio tests,
//! fixture workspaces, and readable renderings of results.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tower::{Service, ServiceExt};
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_lsp_server::ls_types::Uri;
use tower_lsp_server::{ClientSocket, LspService};

/// How long to wait for a message before failing instead of hanging. This bounds a
/// broken test; no assertion depends on timing.
pub const PATIENCE: Duration = Duration::from_secs(120);

/// The acme fixture workspace, copied to a fresh temporary folder.
pub fn acme() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/acme");
    for entry in std::fs::read_dir(&src).expect("fixture folder") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy");
    }
    dir
}

pub fn uri(path: &Path) -> Uri {
    Uri::from_file_path(path).expect("file uri")
}

/// A client's capabilities: configuration, dynamic file watching, and optionally
/// UTF-8 positions and pull diagnostics.
pub fn client_capabilities(utf8: bool, pull: bool) -> Value {
    let mut caps = json!({
        "workspace": {
            "configuration": true,
            "didChangeWatchedFiles": { "dynamicRegistration": true },
            "workspaceFolders": true
        },
        "textDocument": {}
    });
    if utf8 {
        caps["general"] = json!({ "positionEncodings": ["utf-8", "utf-16"] });
    }
    if pull {
        caps["textDocument"]["diagnostic"] = json!({ "dynamicRegistration": false });
    }
    caps
}

pub struct TestServer {
    service: LspService<aims_lsp::Backend>,
    next_id: i64,
    messages: mpsc::UnboundedReceiver<Request>,
    /// What `workspace/configuration` answers for section `aims`.
    pub config: Arc<Mutex<Value>>,
    pub root: PathBuf,
    /// The server's requests to the client, by method, in arrival order.
    pub server_requests: Arc<Mutex<Vec<String>>>,
}

impl TestServer {
    pub async fn start(root: &Path, capabilities: Value) -> (TestServer, Value) {
        TestServer::start_with(root, capabilities, aims_lsp::Hooks::default(), Value::Null).await
    }

    pub async fn start_with(
        root: &Path,
        capabilities: Value,
        hooks: aims_lsp::Hooks,
        config: Value,
    ) -> (TestServer, Value) {
        TestServer::start_full(root, capabilities, hooks, config, Value::Null).await
    }

    pub async fn start_full(
        root: &Path,
        capabilities: Value,
        hooks: aims_lsp::Hooks,
        config: Value,
        options: Value,
    ) -> (TestServer, Value) {
        let (service, socket) = aims_lsp::service_with(hooks);
        let config = Arc::new(Mutex::new(config));
        let server_requests = Arc::new(Mutex::new(Vec::new()));
        let messages = drain(socket, config.clone(), server_requests.clone());
        let mut server = TestServer {
            service,
            next_id: 0,
            messages,
            config,
            root: root.to_path_buf(),
            server_requests,
        };
        let root_uri = uri(root);
        let result = server
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": root_uri.as_str(),
                    "workspaceFolders": [{ "uri": root_uri.as_str(), "name": "acme" }],
                    "capabilities": capabilities,
                    "initializationOptions": options
                }),
            )
            .await
            .expect("initialize");
        server.notify("initialized", json!({})).await;
        (server, result)
    }

    pub fn uri(&self, file: &str) -> Uri {
        uri(&self.root.join(file))
    }

    pub async fn request(
        &mut self,
        method: &str,
        params: Value,
    ) -> Result<Value, tower_lsp_server::jsonrpc::Error> {
        self.next_id += 1;
        let request = Request::build(method.to_owned())
            .params(params)
            .id(self.next_id)
            .finish();
        let response = self.call(request).await.expect("a response");
        let (_, result) = response.into_parts();
        result
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        let request = Request::build(method.to_owned()).params(params).finish();
        let response = self.call(request).await;
        assert!(response.is_none(), "a notification got a response");
    }

    /// Sends one message and waits for the server to handle it, failing instead of
    /// hanging if it does not within `PATIENCE`.
    async fn call(&mut self, request: Request) -> Option<Response> {
        let method = request.method().to_owned();
        let handled = tokio::time::timeout(PATIENCE, async {
            let service = self.service.ready().await.expect("service ready");
            service.call(request).await.expect("service alive")
        });
        handled
            .await
            .unwrap_or_else(|_| panic!("the server did not handle {method} in time"))
    }

    /// Opens a file of the workspace with its text on disk.
    pub async fn open(&mut self, file: &str) -> String {
        let text = std::fs::read_to_string(self.root.join(file)).expect("fixture file");
        self.open_text(file, &text, 1).await;
        text
    }

    pub async fn open_text(&mut self, file: &str, text: &str, version: i32) {
        let uri = self.uri(file);
        self.notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri.as_str(), "languageId": "aims", "version": version, "text": text } })).await;
    }

    pub async fn change(&mut self, file: &str, text: &str, version: i32) {
        let uri = self.uri(file);
        self.notify("textDocument/didChange", json!({ "textDocument": { "uri": uri.as_str(), "version": version }, "contentChanges": [{ "text": text }] })).await;
    }

    /// The next notification from the server with this method (others are skipped).
    pub async fn next(&mut self, method: &str) -> Value {
        loop {
            let message = tokio::time::timeout(PATIENCE, self.messages.recv())
                .await
                .unwrap_or_else(|_| panic!("no {method} arrived"))
                .expect("server alive");
            if message.method() == method {
                return message.params().cloned().unwrap_or(Value::Null);
            }
        }
    }

    /// Notifications that have already arrived, without waiting.
    pub fn arrived(&mut self) -> Vec<Request> {
        let mut out = Vec::new();
        while let Ok(message) = self.messages.try_recv() {
            out.push(message);
        }
        out
    }

    /// Waits for diagnostics of `file` that satisfy `accept`.
    pub async fn diagnostics_for(
        &mut self,
        file: &str,
        accept: impl Fn(&[Value]) -> bool,
    ) -> Vec<Value> {
        let uri = self.uri(file);
        loop {
            let params = self.next("textDocument/publishDiagnostics").await;
            if params["uri"].as_str() == Some(uri.as_str()) {
                let list = params["diagnostics"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                if accept(&list) {
                    return list;
                }
            }
        }
    }

    /// The hover at a position of `file`, which must answer.
    pub async fn hover(&mut self, file: &str, line: u32, character: usize) -> Value {
        let uri = self.uri(file);
        self.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri.as_str() }, "position": { "line": line, "character": character } }),
        )
        .await
        .unwrap()
    }

    /// Waits until `file`'s published diagnostics include one with `code`, and
    /// returns the first such diagnostic.
    pub async fn diagnostic(&mut self, file: &str, code: &str) -> Value {
        let published = self
            .diagnostics_for(file, |d| d.iter().any(|d| d["code"] == code))
            .await;
        published
            .into_iter()
            .find(|d| d["code"] == code)
            .expect("the accepted list has the code")
    }

    pub async fn shutdown(mut self) {
        self.request("shutdown", Value::Null)
            .await
            .expect("shutdown");
        self.notify("exit", Value::Null).await;
    }
}

/// Reads the client socket on its own task: notifications go to the channel, server
/// requests are answered (configuration from `config`, everything else with null).
fn drain(
    socket: ClientSocket,
    config: Arc<Mutex<Value>>,
    seen: Arc<Mutex<Vec<String>>>,
) -> mpsc::UnboundedReceiver<Request> {
    let (tx, rx) = mpsc::unbounded_channel();
    let (mut requests, mut responses) = socket.split();
    tokio::spawn(async move {
        while let Some(request) = requests.next().await {
            match request.id().cloned() {
                Some(id) => {
                    seen.lock().unwrap().push(request.method().to_owned());
                    let result = match request.method() {
                        "workspace/configuration" => json!([config.lock().unwrap().clone()]),
                        _ => Value::Null,
                    };
                    if responses.send(Response::from_ok(id, result)).await.is_err() {
                        break;
                    }
                }
                None => {
                    if tx.send(request).is_err() {
                        break;
                    }
                }
            }
        }
    });
    rx
}

/// Finds and removes the `$0` marker: the text without it, and the marker's
/// (line, UTF-16 column).
pub fn cursor(text: &str) -> (String, u32, u32) {
    let at = text.find("$0").expect("a $0 marker");
    let before = &text[..at];
    let line = before.matches('\n').count() as u32;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .encode_utf16()
        .count() as u32;
    (text.replacen("$0", "", 1), line, col)
}

/// A position as `line:col` with the line's text and a caret, for snapshots.
pub fn show_position(text: &str, line: u64, col: u64) -> String {
    let line_text = text.lines().nth(line as usize).unwrap_or("");
    let prefix: String = line_text
        .encode_utf16()
        .take(col as usize)
        .map(|_| ' ')
        .collect();
    format!("{}:{}\n    {line_text}\n    {prefix}^", line + 1, col + 1)
}

/// A location as `file:line:col` plus the line's text; file is relative to `root`,
/// or `<builtin>/name` for a built-in catalogue.
pub fn show_location(root: &Path, location: &Value) -> String {
    let path = location["uri"]
        .as_str()
        .unwrap_or("")
        .parse::<Uri>()
        .ok()
        .and_then(|u| u.to_file_path().map(|p| p.into_owned()));
    let Some(path) = path else {
        return format!("{location}");
    };
    let name = match path.strip_prefix(root) {
        Ok(rel) => rel.to_string_lossy().into_owned(),
        Err(_) if path.to_string_lossy().contains("builtin") => format!(
            "<builtin>/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        ),
        Err(_) => path.to_string_lossy().into_owned(),
    };
    let start = &location["range"]["start"];
    let (line, col) = (
        start["line"].as_u64().unwrap_or(0),
        start["character"].as_u64().unwrap_or(0),
    );
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    format!("{name}:{}", show_position(&text, line, col))
}

/// A framed JSON-RPC client over any byte streams (a child's stdio, or duplex pipes).
pub struct Framed<R, W> {
    reader: tokio::io::BufReader<R>,
    writer: W,
    next_id: i64,
    /// Messages read while waiting for something else.
    pub backlog: Vec<Value>,
}

impl<R: tokio::io::AsyncRead + Unpin, W: tokio::io::AsyncWrite + Unpin> Framed<R, W> {
    pub fn new(reader: R, writer: W) -> Self {
        Framed {
            reader: tokio::io::BufReader::new(reader),
            writer,
            next_id: 0,
            backlog: Vec::new(),
        }
    }

    pub async fn send(&mut self, message: Value) {
        use tokio::io::AsyncWriteExt;
        let body = serde_json::to_vec(&message).expect("json");
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        self.writer
            .write_all(header.as_bytes())
            .await
            .expect("write header");
        self.writer.write_all(&body).await.expect("write body");
        self.writer.flush().await.expect("flush");
    }

    /// Writes bytes as they are: malformed frames, for conformance tests.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        use tokio::io::AsyncWriteExt;
        self.writer.write_all(bytes).await.expect("write");
        self.writer.flush().await.expect("flush");
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }))
            .await;
    }

    /// Sends a request and returns its id.
    pub async fn start_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }))
            .await;
        id
    }

    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.start_request(method, params).await;
        self.response(id).await
    }

    /// Waits for the response to `id`, answering server requests on the way.
    /// Sends `initialize` for the workspace at `root` from a client with no
    /// capabilities, and returns the response.
    pub async fn initialize(&mut self, root: &Uri) -> Value {
        self.request(
            "initialize",
            json!({ "processId": null, "rootUri": root.as_str(), "capabilities": {} }),
        )
        .await
    }

    pub async fn response(&mut self, id: i64) -> Value {
        if let Some(i) = self
            .backlog
            .iter()
            .position(|m| m["id"] == json!(id) && m.get("method").is_none())
        {
            return self.backlog.remove(i);
        }
        loop {
            let message = self.read().await;
            if message["id"] == json!(id) && message.get("method").is_none() {
                return message;
            }
            self.backlog.push(message);
        }
    }

    /// Waits for a notification with `method` whose params satisfy `accept`.
    pub async fn notification(&mut self, method: &str, accept: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self
            .backlog
            .iter()
            .position(|m| m["method"] == method && accept(&m["params"]))
        {
            return self.backlog.remove(i);
        }
        loop {
            let message = self.read().await;
            if message["method"] == method && accept(&message["params"]) {
                return message;
            }
            self.backlog.push(message);
        }
    }

    /// Reads one message; server-to-client requests are answered right away.
    pub async fn read(&mut self) -> Value {
        use tokio::io::{AsyncBufReadExt, AsyncReadExt};
        loop {
            let message = tokio::time::timeout(PATIENCE, async {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    let n = self.reader.read_line(&mut line).await.expect("read header");
                    assert!(n > 0, "the server closed its output");
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        length = Some(v.parse::<usize>().expect("length"));
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                self.reader.read_exact(&mut body).await.expect("read body");
                serde_json::from_slice::<Value>(&body).expect("json body")
            })
            .await
            .expect("a message from the server");
            if message.get("method").is_some() && message.get("id").is_some() {
                let result = if message["method"] == "workspace/configuration" {
                    json!([null])
                } else {
                    Value::Null
                };
                let id = message["id"].clone();
                self.send(json!({ "jsonrpc": "2.0", "id": id, "result": result }))
                    .await;
                continue;
            }
            return message;
        }
    }
}
