//! JSON-RPC conformance of the real `aims-lsp` binary over stdio: every request gets
//! a response with the right error code, and no malformed frame ends the session.

use crate::support;

use serde_json::{Value, json};
use support::{Framed, acme, uri};
use tokio::process::{Child, ChildStdin, ChildStdout};

type Lsp = Framed<ChildStdout, ChildStdin>;

fn start() -> (Child, Lsp) {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_aims-lsp"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start aims-lsp");
    let lsp = Framed::new(
        child.stdout.take().expect("stdout"),
        child.stdin.take().expect("stdin"),
    );
    (child, lsp)
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Waits for the error response with this id (null for a frame without one) and
/// returns its error code.
async fn error_code(lsp: &mut Lsp, id: Value) -> i64 {
    if let Some(i) = lsp
        .backlog
        .iter()
        .position(|m| m["id"] == id && m.get("error").is_some())
    {
        let message = lsp.backlog.remove(i);
        return message["error"]["code"].as_i64().expect("a code");
    }
    loop {
        let message = lsp.read().await;
        if message["id"] == id && message.get("method").is_none() {
            assert!(
                message.get("error").is_some(),
                "expected an error, got {message}"
            );
            assert_eq!(message["jsonrpc"], "2.0", "{message}");
            return message["error"]["code"].as_i64().expect("a code");
        }
        lsp.backlog.push(message);
    }
}

/// A request that must still be answered: proves the server is reading.
async fn alive(lsp: &mut Lsp) {
    let response = lsp
        .request("workspace/symbol", json!({ "query": "" }))
        .await;
    assert!(
        response.get("result").is_some() || response.get("error").is_some(),
        "{response}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_gets_the_right_answer_and_reading_goes_on() {
    let dir = acme();
    let (mut child, mut lsp) = start();
    let controls = uri(&dir.path().join("controls.aims"));
    let at = json!({ "textDocument": { "uri": controls.as_str() }, "position": { "line": 0, "character": 0 } });

    // -32002 before initialize.
    let id = lsp.start_request("textDocument/hover", at.clone()).await;
    assert_eq!(error_code(&mut lsp, json!(id)).await, -32002);

    // -32700 for a body that is not JSON, and the next frame is still read.
    lsp.send_raw(&frame(b"this is not json")).await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);
    lsp.send_raw(&frame(b"{\"jsonrpc\":\"2.0\",\"id\":")).await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);
    lsp.send_raw(&frame(b"\xff\xfe{}")).await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);

    let init = lsp.initialize(&uri(dir.path())).await;
    assert!(init["result"]["capabilities"].is_object(), "{init}");
    lsp.notify("initialized", json!({})).await;

    // -32600 for JSON that is not a valid request; the id is kept when usable.
    let invalid: [(&[u8], Value); 6] = [
        (
            br#"{"jsonrpc":"1.0","id":41,"method":"workspace/symbol"}"#,
            json!(41),
        ),
        (br#"{"jsonrpc":"2.0","id":42,"method":7}"#, json!(42)),
        (br#"{"jsonrpc":"2.0","id":"s43"}"#, json!("s43")),
        (
            br#"{"jsonrpc":"2.0","id":1.5,"method":"workspace/symbol"}"#,
            Value::Null,
        ),
        (
            br#"{"jsonrpc":"2.0","id":{"a":1},"method":"workspace/symbol"}"#,
            Value::Null,
        ),
        (
            br#"[{"jsonrpc":"2.0","id":44,"method":"workspace/symbol"}]"#,
            Value::Null,
        ),
    ];
    for (body, id) in invalid {
        lsp.send_raw(&frame(body)).await;
        assert_eq!(
            error_code(&mut lsp, id).await,
            -32600,
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    lsp.send_raw(&frame(b"42")).await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32600);
    alive(&mut lsp).await;

    // -32601 for an unknown method.
    let id = lsp.start_request("aims/noSuchMethod", json!({})).await;
    assert_eq!(error_code(&mut lsp, json!(id)).await, -32601);

    // -32602 for params of the wrong shape, for several methods.
    let wrong = [
        (
            "textDocument/hover",
            json!({ "textDocument": { "uri": controls.as_str() }, "position": "not a position" }),
        ),
        (
            "textDocument/completion",
            json!({ "textDocument": 3, "position": { "line": 0, "character": 0 } }),
        ),
        ("textDocument/definition", json!([1, 2, 3])),
        (
            "textDocument/rename",
            json!({ "textDocument": { "uri": controls.as_str() }, "position": { "line": -1, "character": 0 }, "newName": "x" }),
        ),
        ("textDocument/formatting", json!("a string")),
        ("workspace/symbol", json!({ "query": 5 })),
    ];
    for (method, params) in wrong {
        let id = lsp.start_request(method, params).await;
        assert_eq!(error_code(&mut lsp, json!(id)).await, -32602, "{method}");
    }
    // A string id works like a number.
    lsp.send(
        json!({ "jsonrpc": "2.0", "id": "str-id", "method": "textDocument/hover", "params": {} }),
    )
    .await;
    assert_eq!(error_code(&mut lsp, json!("str-id")).await, -32602);

    // Notifications with bad params are logged, not answered and not fatal.
    lsp.notify("textDocument/didOpen", json!({ "textDocument": "nope" }))
        .await;
    lsp.notify("textDocument/didChange", json!(null)).await;
    lsp.notify("$/cancelRequest", json!({ "id": [1] })).await;
    lsp.notify("aims/unknownNotification", json!({})).await;
    // A response to a request the server never sent is ignored.
    lsp.send(json!({ "jsonrpc": "2.0", "id": 987654, "result": null }))
        .await;
    alive(&mut lsp).await;

    // Headers: a bad Content-Length, a header block without one, a too-short
    // length (the rest of the body is junk), stray bytes between frames.
    lsp.send_raw(b"Content-Length: many\r\n\r\n").await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);
    lsp.send_raw(b"Content-Type: application/json\r\n\r\n")
        .await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);
    let body = br#"{"jsonrpc":"2.0","id":50,"method":"workspace/symbol","params":{"query":""}}"#;
    lsp.send_raw(&[b"Content-Length: 20\r\n\r\n".as_slice(), body].concat())
        .await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);
    lsp.send_raw(b"\r\n\r\ngarbage between frames\n\n").await;
    alive(&mut lsp).await;
    // Lower-case header name and LF-only line ends are accepted.
    let body = br#"{"jsonrpc":"2.0","id":51,"method":"aims/none"}"#;
    lsp.send_raw(
        &[
            format!("content-length: {}\n\n", body.len()).as_bytes(),
            body,
        ]
        .concat(),
    )
    .await;
    assert_eq!(error_code(&mut lsp, json!(51)).await, -32601);

    // Requests about documents never opened, or outside every folder, are answered.
    for uri in [
        "file:///x.aims",
        "untitled:Untitled-1",
        "file:///no/such/folder/y.aims",
    ] {
        let response = lsp
            .request("textDocument/hover", json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 0 } }))
            .await;
        assert!(response.get("result").is_some(), "{uri}: {response}");
    }

    // A clean shutdown still works after all that, and the process ends.
    let response = lsp.request("shutdown", Value::Null).await;
    assert!(response["result"].is_null(), "{response}");
    lsp.notify("exit", Value::Null).await;
    let status = tokio::time::timeout(support::PATIENCE, child.wait())
        .await
        .expect("the server exits")
        .expect("status");
    assert!(status.success(), "{status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_the_input_ends_the_server() {
    let (mut child, mut lsp) = start();
    lsp.send_raw(&frame(b"not json")).await;
    assert_eq!(error_code(&mut lsp, Value::Null).await, -32700);
    drop(lsp);
    let status = tokio::time::timeout(support::PATIENCE, child.wait())
        .await
        .expect("the server exits when its input closes")
        .expect("status");
    assert!(status.success(), "{status}");
}
