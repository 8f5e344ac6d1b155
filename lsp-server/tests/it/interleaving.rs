//! Typing never blocks the server: in a 2,000-line workspace, while a diagnostics run
//! for the latest edit is in flight (held open by a test hook on its blocking thread,
//! snapshot taken, not yet published), hover and completion requests are answered,
//! and the edited file's own diagnostics are published at once. The proof is by
//! order of events, not by timing.

use crate::support;

use std::fmt::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::json;
use support::{TestServer, acme, client_capabilities};

fn big_file(n: usize) -> String {
    let mut text = String::new();
    for i in 0..40 {
        let _ = write!(
            text,
            "/// Control {i} of file {n}.\ncontrol c{n}_{i} \"Control {i}\" {{\n  owner: ciso\n  status: planned\n  satisfies: [iso42001.A.6.2.4]\n}}\n\n"
        );
    }
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_and_completion_answer_while_diagnostics_are_recomputed() {
    let dir = acme();
    let mut lines = 0;
    for n in 0..8 {
        let text = big_file(n);
        lines += text.lines().count();
        std::fs::write(dir.path().join(format!("big_{n}.aims")), text).unwrap();
    }
    assert!(lines >= 2000, "{lines} lines");

    // Only the run whose snapshot holds the edit (version 2) is held. A run is held
    // with its snapshot, and a snapshot blocks every later write: holding an earlier
    // run (the one for opening the file may start late on a busy machine) would make
    // the edit itself wait for it.
    let held_uri = support::uri(&dir.path().join("big_3.aims"))
        .as_str()
        .to_owned();
    let armed = AtomicBool::new(true);
    let (started_tx, mut started_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let release_rx = Mutex::new(release_rx);
    let hooks = aims_lsp::Hooks {
        on_diagnostics: Some(Arc::new(move |versions| {
            if versions.get(&held_uri) == Some(&2) && armed.swap(false, Ordering::SeqCst) {
                let _ = started_tx.send(());
                let _ = release_rx.lock().unwrap().recv();
            }
        })),
        debounce: Some(std::time::Duration::ZERO),
        ..Default::default()
    };
    let (mut server, _) = TestServer::start_with(
        dir.path(),
        client_capabilities(false, false),
        hooks,
        serde_json::Value::Null,
    )
    .await;
    let mut text = std::fs::read_to_string(dir.path().join("big_3.aims")).unwrap();
    text.push_str("control seeded {\n  owner: ghost\n  status: planned\n}\n");
    server.open_text("big_3.aims", &text, 1).await;
    let uri = server.uri("big_3.aims");
    loop {
        let published = server.next("textDocument/publishDiagnostics").await;
        if published["uri"] == uri.as_str() && published["version"] == 1 {
            break;
        }
    }

    // Type: introduce an undefined owner at the end of the file.
    let edited =
        format!("{text}control typed_now {{\n  owner: nobody_yet\n  status: planned\n}}\n");
    server.change("big_3.aims", &edited, 2).await;
    tokio::time::timeout(support::PATIENCE, started_rx.recv())
        .await
        .expect("the diagnostics run for the edit started in time")
        .expect("the diagnostics run started");

    // The run is in flight. Hover and completion still answer, from the new text.
    let last_line = edited.lines().count() as u32 - 3;
    let hover = server.hover("big_3.aims", 2, 10).await;
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("role ciso"),
        "{hover}"
    );
    let completion = server
        .request("textDocument/completion", json!({ "textDocument": { "uri": uri.as_str() }, "position": { "line": last_line, "character": 9 } }))
        .await
        .unwrap();
    let labels: Vec<&str> = completion
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert_eq!(labels, ["ciso", "dpo"], "{completion}");
    // The edited file's own diagnostics do not wait for the held run: the new error
    // is published while the whole-workspace run is still held (it cannot have
    // come from that run).
    let own = server
        .diagnostics_for("big_3.aims", |d| {
            d.iter().any(|d| {
                d["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("nobody_yet"))
            })
        })
        .await;
    assert!(!own.is_empty());

    // Release the run: it publishes the new error too, with the workspace's results.
    release_tx.send(()).unwrap();
    let published = server
        .diagnostics_for("big_3.aims", |d| {
            d.iter().any(|d| {
                d["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("nobody_yet"))
            })
        })
        .await;
    assert!(!published.is_empty());
    server.shutdown().await;
}
