//! A minimal LSP client for benchmarks: it starts the real `aims-lsp` binary, speaks
//! JSON-RPC with `Content-Length` framing over its stdin and stdout, and hands every
//! message the server sends to the caller with the instant it arrived.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A running server.
pub struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<(Instant, Value)>,
    next_id: i64,
}

impl Server {
    /// Starts `binary` and initialises it on the workspace folder `root`.
    pub fn start(binary: &Path, root: &Path) -> std::io::Result<Server> {
        let mut child = Command::new(binary)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()?;
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length: ") {
                        length = v.trim().parse::<usize>().ok();
                    }
                }
                let Some(length) = length else { return };
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let Ok(value) = serde_json::from_slice::<Value>(&body) else {
                    return;
                };
                if tx.send((Instant::now(), value)).is_err() {
                    return;
                }
            }
        });
        let mut server = Server {
            child,
            stdin,
            incoming,
            next_id: 1,
        };
        let uri = file_uri(root);
        let id = server.request(
            "initialize",
            json!({
                "processId": std::process::id(),
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": "bench"}],
                "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}},
            }),
        )?;
        server.response(id, Duration::from_secs(600))?;
        server.notify("initialized", json!({}))?;
        Ok(server)
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn send(&mut self, message: &Value) -> std::io::Result<()> {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())?;
        self.stdin.flush()
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) -> std::io::Result<()> {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
    }

    /// Sends a request; its id.
    pub fn request(&mut self, method: &str, params: Value) -> std::io::Result<i64> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))?;
        Ok(id)
    }

    /// Waits for the first message `accept` takes, answering the server's own requests
    /// (configuration, registration, refresh) with null meanwhile.
    pub fn wait_for(
        &mut self,
        timeout: Duration,
        mut accept: impl FnMut(&Value) -> bool,
    ) -> std::io::Result<(Instant, Value)> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let (at, message) = match self.incoming.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        "the server did not answer in time",
                    ));
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::BrokenPipe,
                        "the server closed its output",
                    ));
                }
            };
            if message.get("method").is_some()
                && let Some(id) = message.get("id").cloned()
            {
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": null}))?;
            }
            if accept(&message) {
                return Ok((at, message));
            }
        }
    }

    /// Waits for the response to request `id`.
    pub fn response(&mut self, id: i64, timeout: Duration) -> std::io::Result<(Instant, Value)> {
        self.wait_for(timeout, |m| {
            m.get("method").is_none() && m.get("id").and_then(Value::as_i64) == Some(id)
        })
    }

    /// Waits for `publishDiagnostics` of `uri` at document version `version`.
    pub fn diagnostics_of(
        &mut self,
        uri: &str,
        version: Option<i64>,
        timeout: Duration,
    ) -> std::io::Result<(Instant, Value)> {
        self.wait_for(timeout, |m| {
            m.get("method").and_then(Value::as_str) == Some("textDocument/publishDiagnostics")
                && m["params"]["uri"].as_str() == Some(uri)
                && (version.is_none() || m["params"]["version"].as_i64() == version)
        })
    }

    /// Drops every message received so far.
    pub fn drain(&mut self) {
        while self.incoming.try_recv().is_ok() {}
    }

    /// Shuts the server down and waits for it to exit.
    pub fn stop(mut self) {
        if let Ok(id) = self.request("shutdown", Value::Null) {
            let _ = self.response(id, Duration::from_secs(30));
        }
        let _ = self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `file:` URI of an absolute path (generated paths need no escaping).
pub fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}
