//! Edits apply in arrival order through the real transport (`Server::serve` over
//! in-memory pipes, with its concurrent handler execution): after a burst of 200
//! `didChange` notifications, a request sees the final text.

use crate::support;

use serde_json::json;
use support::{Framed, acme, uri};
use tower_lsp_server::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_changes_then_a_request_sees_the_final_text() {
    let dir = acme();
    let (client_end, server_end) = tokio::io::duplex(1 << 16);
    let (server_read, server_write) = tokio::io::split(server_end);
    let (client_read, client_write) = tokio::io::split(client_end);
    let (service, socket) = aims_lsp::service();
    tokio::spawn(Server::new(server_read, server_write, socket).serve(service));
    let mut lsp = Framed::new(client_read, client_write);

    let root = uri(dir.path());
    let init = lsp.initialize(&root).await;
    assert!(init.get("result").is_some(), "{init}");
    lsp.notify("initialized", json!({})).await;
    let file = uri(&dir.path().join("burst.aims"));
    let text =
        |i: usize| format!("role burst_{i} \"Version {i}\" {{\n  holder: \"Person {i}\"\n}}\n");
    lsp.notify("textDocument/didOpen", json!({ "textDocument": { "uri": file.as_str(), "languageId": "aims", "version": 0, "text": text(0) } })).await;
    for i in 1..=200 {
        lsp.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": file.as_str(), "version": i }, "contentChanges": [{ "text": text(i) }] }),
        )
        .await;
    }
    let hover = lsp
        .request("textDocument/hover", json!({ "textDocument": { "uri": file.as_str() }, "position": { "line": 0, "character": 7 } }))
        .await;
    let markdown = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(
        markdown.contains("role burst_200 \"Version 200\""),
        "{hover}"
    );
    let symbols = lsp
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": file.as_str() } }),
        )
        .await;
    assert_eq!(symbols["result"][0]["name"], "burst_200", "{symbols}");
    let shutdown = lsp.request("shutdown", serde_json::Value::Null).await;
    assert!(shutdown.get("error").is_none(), "{shutdown}");
    lsp.notify("exit", serde_json::Value::Null).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_request_is_answered_and_the_server_goes_on() {
    use std::sync::{Arc, Mutex};
    let dir = acme();
    let (entered_tx, mut entered_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let release_rx = Mutex::new(release_rx);
    let hooks = aims_lsp::Hooks {
        on_read: Some(Arc::new(move |path: &str| {
            if path == "slow.aims" {
                let _ = entered_tx.send(());
                let _ = release_rx.lock().unwrap().recv();
            }
        })),
        ..Default::default()
    };
    let (client_end, server_end) = tokio::io::duplex(1 << 16);
    let (server_read, server_write) = tokio::io::split(server_end);
    let (client_read, client_write) = tokio::io::split(client_end);
    let (service, socket) = aims_lsp::service_with(hooks);
    tokio::spawn(Server::new(server_read, server_write, socket).serve(service));
    let mut lsp = Framed::new(client_read, client_write);
    let root = uri(dir.path());
    lsp.initialize(&root).await;
    lsp.notify("initialized", json!({})).await;
    let slow = uri(&dir.path().join("slow.aims"));
    lsp.notify("textDocument/didOpen", json!({ "textDocument": { "uri": slow.as_str(), "languageId": "aims", "version": 1, "text": "role slow_role\n" } })).await;

    let position = json!({ "textDocument": { "uri": slow.as_str() }, "position": { "line": 0, "character": 7 } });
    let id = lsp
        .start_request("textDocument/hover", position.clone())
        .await;
    entered_rx.recv().await.expect("the read started");
    lsp.notify("$/cancelRequest", json!({ "id": id })).await;
    let cancelled = lsp.response(id).await;
    assert_eq!(cancelled["error"]["code"], -32800, "{cancelled}");
    release_tx.send(()).unwrap();

    // The server goes on: the same request now answers.
    let id = lsp.start_request("textDocument/hover", position).await;
    entered_rx.recv().await.expect("the read started again");
    release_tx.send(()).unwrap();
    let answered = lsp.response(id).await;
    assert!(
        answered["result"]["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .contains("role slow_role"),
        "{answered}"
    );
    lsp.request("shutdown", serde_json::Value::Null).await;
    lsp.notify("exit", serde_json::Value::Null).await;
}
