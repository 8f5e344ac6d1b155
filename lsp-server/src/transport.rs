//! The stdio transport in front of tower-lsp-server: JSON-RPC conformance for
//! whatever arrives on stdin.
//!
//! tower-lsp-server 0.23 stops reading for good after the first frame it cannot
//! decode (tokio-util's `FramedRead` ends its stream after a decoder error), so one
//! body that is not JSON, an `id` of the wrong type or a bad header ended the whole
//! session. This module sits between the real stdin/stdout and the library: it
//! splits the byte stream into frames itself, answers what is malformed (`-32700`
//! for a body that is not JSON, `-32600` for JSON that is not a request,
//! notification or response), resynchronises on the next `Content-Length` header,
//! and forwards to the library only messages re-serialised from its own types, which
//! it therefore always decodes. The library answers the rest: unknown methods
//! (`-32601`), params of the wrong shape (`-32602`), requests before `initialize`
//! (`-32002`). Notifications with bad params are logged here (the library drops
//! them silently). The library's output is read back frame by frame and written to
//! stdout under one lock with this module's own replies, so frames never interleave.
//!
//! Bounds: a header block longer than [`MAX_HEADER`] bytes is skipped; a body longer
//! than [`MAX_BODY`] bytes is discarded as it streams past without being buffered.

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::Mutex;
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_lsp_server::{ClientSocket, LspService, Server};

use crate::state::Backend;

/// The longest header block accepted, in bytes.
pub const MAX_HEADER: usize = 8 * 1024;
/// The largest message body accepted, in bytes (256 MiB).
pub const MAX_BODY: usize = 256 * 1024 * 1024;

const HEADER_NAME: &[u8] = b"content-length";

/// One unit of the input stream, as split by [`Framer`].
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    /// A complete message body (not yet checked).
    Body(Vec<u8>),
    /// A header block that cannot be used; the reason. Answered with `-32700`.
    Bad(String),
    /// Bytes between frames that are not a header at all (left over after a wrong
    /// `Content-Length`, say); how many. Logged only.
    Junk(usize),
}

/// Splits a byte stream into LSP frames (`Content-Length: N\r\n\r\n` + N bytes),
/// recovering from bad headers at the next `Content-Length`.
#[derive(Debug, Default)]
pub struct Framer {
    buf: Vec<u8>,
    /// Bytes of an oversized body still to discard as they arrive.
    skip: usize,
}

impl Framer {
    /// Adds bytes read from the stream.
    pub fn push(&mut self, mut bytes: &[u8]) {
        if self.skip > 0 {
            let n = self.skip.min(bytes.len());
            self.skip -= n;
            bytes = &bytes[n..];
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete unit, or `None` until more bytes arrive.
    pub fn next_frame(&mut self) -> Option<Frame> {
        // Line breaks between frames are tolerated silently.
        let start = self
            .buf
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(self.buf.len());
        self.buf.drain(..start);
        if self.buf.is_empty() {
            return None;
        }
        let Some((head_len, body_start)) = header_end(&self.buf) else {
            if self.buf.len() > MAX_HEADER {
                return Some(Frame::Junk(self.discard_to_next_header()));
            }
            return None;
        };
        let head = &self.buf[..head_len];
        let Some(at) = find_ci(head, HEADER_NAME) else {
            let looks_like_headers = head.split(|&b| b == b'\n').all(|line| {
                line.iter().position(|&b| b == b':').is_some_and(|colon| {
                    colon > 0
                        && line[..colon]
                            .iter()
                            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
                })
            });
            self.buf.drain(..body_start);
            return Some(if looks_like_headers {
                Frame::Bad("a header block without Content-Length".into())
            } else {
                Frame::Junk(body_start)
            });
        };
        if at > 0 && !head[..at].ends_with(b"\n") {
            // Junk glued to the front of a header: drop it, keep the header.
            self.buf.drain(..at);
            return Some(Frame::Junk(at));
        }
        let length = match content_length(&head[at + HEADER_NAME.len()..]) {
            Ok(n) => n,
            Err(why) => {
                self.buf.drain(..body_start);
                return Some(Frame::Bad(why));
            }
        };
        if length > MAX_BODY {
            self.buf.drain(..body_start);
            let have = self.buf.len().min(length);
            self.buf.drain(..have);
            self.skip = length - have;
            return Some(Frame::Bad(format!(
                "a message of {length} bytes is larger than the limit of {MAX_BODY} bytes"
            )));
        }
        let end = body_start.checked_add(length)?;
        if self.buf.len() < end {
            return None;
        }
        let body = self.buf[body_start..end].to_vec();
        self.buf.drain(..end);
        Some(Frame::Body(body))
    }

    /// Drops bytes up to the next `Content-Length` (or all but a possible split
    /// header name at the end); returns how many were dropped.
    fn discard_to_next_header(&mut self) -> usize {
        let cut = match find_ci(&self.buf[1..], HEADER_NAME) {
            Some(i) => i + 1,
            None => self.buf.len().saturating_sub(HEADER_NAME.len()),
        };
        self.buf.drain(..cut);
        cut
    }
}

/// The end of the header block: (length of the headers, start of the body).
/// Accepts `\r\n\r\n` and, leniently, `\n\n`.
fn header_end(buf: &[u8]) -> Option<(usize, usize)> {
    let crlf = find(buf, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = find(buf, b"\n\n").map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Reads `: 123` (up to the end of its line).
fn content_length(rest: &[u8]) -> Result<usize, String> {
    let line_end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    let line = String::from_utf8_lossy(&rest[..line_end]);
    let value = line
        .trim()
        .strip_prefix(':')
        .map(str::trim)
        .ok_or_else(|| "a Content-Length header without ':'".to_owned())?;
    value
        .parse::<usize>()
        .map_err(|_| format!("Content-Length {value:?} is not a byte count"))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// What to do with one message body.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Forward this body (re-serialised from the library's own types).
    Forward(Vec<u8>),
    /// Answer with this error response and do not forward; the reason is logged.
    Reply(Value, String),
    /// Forward this body, and log the reason (a notification with bad params).
    ForwardAndLog(Vec<u8>, String),
    /// Drop and log (a response that makes no sense).
    Drop(String),
}

/// JSON-RPC error codes answered by the transport itself.
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;

fn error_response(id: Value, code: i64, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

/// The id to answer an invalid request with: its own when usable, else null.
fn usable_id(object: &serde_json::Map<String, Value>) -> Value {
    match object.get("id") {
        Some(Value::String(s)) => Value::String(s.clone()),
        Some(Value::Number(n)) if n.is_i64() => Value::Number(n.clone()),
        _ => Value::Null,
    }
}

/// Checks one body: is it JSON, and a JSON-RPC 2.0 message the library decodes?
pub fn check(body: &[u8]) -> Verdict {
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(error) => {
            return Verdict::Reply(
                error_response(Value::Null, PARSE_ERROR, "Parse error"),
                format!("a message body is not JSON ({error}); answered -32700"),
            );
        }
    };
    let Value::Object(object) = &value else {
        let what = if value.is_array() {
            "a batch (LSP has none)"
        } else {
            "not an object"
        };
        return Verdict::Reply(
            error_response(Value::Null, INVALID_REQUEST, "Invalid Request"),
            format!("a message is {what}; answered -32600"),
        );
    };
    let invalid = |why: &str| {
        Verdict::Reply(
            error_response(usable_id(object), INVALID_REQUEST, "Invalid Request"),
            format!("invalid request: {why}; answered -32600"),
        )
    };
    if object.get("jsonrpc") != Some(&Value::String("2.0".into())) {
        return invalid("\"jsonrpc\" is not \"2.0\"");
    }
    let is_response = object.contains_key("result") || object.contains_key("error");
    match (object.get("method"), is_response) {
        (Some(Value::String(_)), false) => {}
        (Some(_), false) => return invalid("\"method\" is not a string"),
        (None, true) => {
            return match serde_json::from_slice::<Response>(body).map(|r| serde_json::to_vec(&r)) {
                Ok(Ok(bytes)) => Verdict::Forward(bytes),
                _ => Verdict::Drop("dropped a malformed response from the client".into()),
            };
        }
        (Some(_), true) => return invalid("both a method and a result or error"),
        (None, false) => return invalid("no \"method\""),
    }
    if let Some(id) = object.get("id")
        && !(id.is_string() || id.is_null() || id.is_i64())
    {
        return invalid("\"id\" is not an integer or a string");
    }
    let request = match serde_json::from_slice::<Request>(body) {
        Ok(request) => request,
        Err(error) => return invalid(&error.to_string()),
    };
    let Ok(bytes) = serde_json::to_vec(&request) else {
        return invalid("cannot be re-encoded");
    };
    if request.id().is_none()
        && let Err(why) = notification_params(request.method(), request.params())
    {
        return Verdict::ForwardAndLog(
            bytes,
            format!(
                "ignored notification {} with bad params: {why}",
                request.method()
            ),
        );
    }
    Verdict::Forward(bytes)
}

/// Whether a notification the server handles has params of the right shape.
fn notification_params(method: &str, params: Option<&Value>) -> Result<(), String> {
    use tower_lsp_server::ls_types as l;
    fn shape<T: DeserializeOwned>(params: Option<&Value>) -> Result<(), String> {
        let params = params.ok_or("no params")?;
        T::deserialize(params)
            .map(drop)
            .map_err(|error| error.to_string())
    }
    match method {
        "textDocument/didOpen" => shape::<l::DidOpenTextDocumentParams>(params),
        "textDocument/didChange" => shape::<l::DidChangeTextDocumentParams>(params),
        "textDocument/didSave" => shape::<l::DidSaveTextDocumentParams>(params),
        "textDocument/didClose" => shape::<l::DidCloseTextDocumentParams>(params),
        "workspace/didChangeConfiguration" => shape::<l::DidChangeConfigurationParams>(params),
        "workspace/didChangeWatchedFiles" => shape::<l::DidChangeWatchedFilesParams>(params),
        "workspace/didChangeWorkspaceFolders" => {
            shape::<l::DidChangeWorkspaceFoldersParams>(params)
        }
        "$/cancelRequest" => shape::<l::CancelParams>(params),
        _ => Ok(()),
    }
}

async fn write_frame<W: AsyncWrite + Unpin>(out: &mut W, body: &[u8]) -> std::io::Result<()> {
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(body);
    out.write_all(&frame).await?;
    out.flush().await
}

/// Reads the client's stream, answers malformed messages, forwards the rest.
async fn read_input<I, W, O>(input: I, mut to_server: W, out: Arc<Mutex<O>>)
where
    I: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut frames = Frames::new(input);
    while let Some(frame) = frames.next().await {
        let reply = match frame {
            Frame::Body(body) => match check(&body) {
                Verdict::Forward(bytes) => {
                    if write_frame(&mut to_server, &bytes).await.is_err() {
                        return;
                    }
                    None
                }
                Verdict::ForwardAndLog(bytes, why) => {
                    crate::log(why);
                    if write_frame(&mut to_server, &bytes).await.is_err() {
                        return;
                    }
                    None
                }
                Verdict::Reply(response, why) => {
                    crate::log(why);
                    Some(response)
                }
                Verdict::Drop(why) => {
                    crate::log(why);
                    None
                }
            },
            Frame::Bad(why) => {
                crate::log(format!("bad message header: {why}; answered -32700"));
                Some(error_response(Value::Null, PARSE_ERROR, "Parse error"))
            }
            Frame::Junk(n) => {
                crate::log(format!("skipped {n} bytes that are not a message"));
                None
            }
        };
        if let Some(response) = reply
            && let Ok(bytes) = serde_json::to_vec(&response)
            && write_frame(&mut *out.lock().await, &bytes).await.is_err()
        {
            return;
        }
    }
}

/// Copies the library's frames to the real output, one whole frame at a time.
async fn forward_output<R, O>(from_server: R, out: Arc<Mutex<O>>)
where
    R: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let mut frames = Frames::new(from_server);
    while let Some(frame) = frames.next().await {
        if let Frame::Body(body) = frame
            && write_frame(&mut *out.lock().await, &body).await.is_err()
        {
            return;
        }
    }
}

/// The frames of a stream, read a chunk at a time: both directions of the transport
/// split their input the same way.
struct Frames<R> {
    input: R,
    framer: Framer,
    chunk: Vec<u8>,
}

impl<R: AsyncRead + Unpin> Frames<R> {
    fn new(input: R) -> Self {
        Frames {
            input,
            framer: Framer::default(),
            chunk: vec![0u8; 64 * 1024],
        }
    }

    /// The next frame, or `None` once the stream ends or fails (a message cut off
    /// by the end is dropped).
    async fn next(&mut self) -> Option<Frame> {
        loop {
            if let Some(frame) = self.framer.next_frame() {
                return Some(frame);
            }
            let n = match self.input.read(&mut self.chunk).await {
                Ok(0) | Err(_) => return None,
                Ok(n) => n,
            };
            self.framer.push(&self.chunk[..n]);
        }
    }
}

/// Serves the language server over `input`/`output` through this transport.
/// Returns when the client sends `exit` or closes the input.
pub async fn serve<I, O>(input: I, output: O, service: LspService<Backend>, socket: ClientSocket)
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let (to_server, server_in) = tokio::io::duplex(64 * 1024);
    let (server_out, from_server) = tokio::io::duplex(64 * 1024);
    let out = Arc::new(Mutex::new(output));
    let reader = tokio::spawn(read_input(input, to_server, out.clone()));
    let library = Server::new(server_in, server_out, socket).serve(service);
    // The library's output ends when it has stopped (after `exit`, or after the
    // input closed), and everything it wrote has been copied by then.
    tokio::join!(library, forward_output(from_server, out.clone()));
    reader.abort();
    let _ = out.lock().await.flush().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let mut framer = Framer::default();
        framer.push(input);
        std::iter::from_fn(|| framer.next_frame()).collect()
    }

    #[test]
    fn splits_frames_and_recovers_from_bad_headers() {
        let got = frames(
            b"Content-Length: 2\r\n\r\n{}Content-Length: x\r\n\r\nContent-Type: a\r\n\r\njunk\n\nContent-Length: 3\r\n\r\n[1]",
        );
        assert_eq!(
            got,
            vec![
                Frame::Body(b"{}".to_vec()),
                Frame::Bad("Content-Length \"x\" is not a byte count".into()),
                Frame::Bad("a header block without Content-Length".into()),
                Frame::Junk(6),
                Frame::Body(b"[1]".to_vec()),
            ]
        );
    }

    #[test]
    fn glued_junk_is_skipped_before_the_next_header() {
        let got = frames(b"xyzContent-Length: 2\r\n\r\n{}");
        assert_eq!(got, vec![Frame::Junk(3), Frame::Body(b"{}".to_vec())]);
    }

    #[test]
    fn oversized_bodies_are_skipped_without_buffering() {
        let mut framer = Framer::default();
        framer.push(format!("Content-Length: {}\r\n\r\nabc", MAX_BODY + 10).as_bytes());
        assert!(matches!(framer.next_frame(), Some(Frame::Bad(_))));
        framer.push(&vec![b'x'; MAX_BODY + 7]);
        framer.push(b"Content-Length: 2\r\n\r\n{}");
        assert_eq!(framer.next_frame(), Some(Frame::Body(b"{}".to_vec())));
        assert!(framer.buf.capacity() < MAX_BODY);
    }

    #[test]
    fn checks_bodies() {
        assert!(
            matches!(check(b"not json"), Verdict::Reply(r, _) if r["error"]["code"] == PARSE_ERROR)
        );
        assert!(
            matches!(check(b"[1]"), Verdict::Reply(r, _) if r["error"]["code"] == INVALID_REQUEST)
        );
        assert!(matches!(
            check(br#"{"jsonrpc":"2.0","id":7,"method":3}"#),
            Verdict::Reply(r, _) if r["id"] == 7 && r["error"]["code"] == INVALID_REQUEST
        ));
        assert!(matches!(
            check(br#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#),
            Verdict::Reply(r, _) if r["id"].is_null()
        ));
        assert!(matches!(
            check(br#"{"jsonrpc":"2.0","id":1,"method":"x","params":{}}"#),
            Verdict::Forward(_)
        ));
        assert!(matches!(
            check(br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"x":1}}"#),
            Verdict::ForwardAndLog(..)
        ));
    }
}
