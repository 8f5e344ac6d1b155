//! End to end: start the real `aims-lsp` binary and speak framed JSON-RPC over its
//! stdin and stdout, through a whole session.

use crate::support;

use serde_json::json;
use support::{Framed, acme, cursor, uri};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_whole_session_over_stdio() {
    let dir = acme();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_aims-lsp"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start aims-lsp");
    let mut lsp = Framed::new(
        child.stdout.take().expect("stdout"),
        child.stdin.take().expect("stdin"),
    );
    let root = uri(dir.path());

    // initialize
    let init = lsp.initialize(&root).await;
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16", "{init}");
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["renameProvider"]["prepareProvider"], true);
    assert_eq!(caps["documentFormattingProvider"], true);
    lsp.notify("initialized", json!({})).await;

    // didOpen with a misspelt owner → publishDiagnostics
    let file = dir.path().join("controls.aims");
    let on_disk = std::fs::read_to_string(&file).unwrap();
    let text = on_disk.replace("owner: dpo", "owner: dpoo");
    let controls = uri(&file);
    lsp.notify("textDocument/didOpen", json!({ "textDocument": { "uri": controls.as_str(), "languageId": "aims", "version": 1, "text": text } }))
        .await;
    let published = lsp
        .notification("textDocument/publishDiagnostics", |p| {
            p["uri"] == controls.as_str()
                && p["diagnostics"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|d| d["code"] == "undefined-name"))
        })
        .await;
    let undefined = published["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "undefined-name")
        .unwrap()
        .clone();
    assert_eq!(undefined["range"]["start"]["line"], 9, "{undefined}");
    assert_eq!(undefined["source"], "aims");
    assert_eq!(published["params"]["version"], 1);

    let at = |marker_text: &str| {
        let (_, line, character) = cursor(marker_text);
        json!({ "textDocument": { "uri": controls.as_str() }, "position": { "line": line, "character": character } })
    };

    // hover on a requirement path
    let hover = lsp
        .request(
            "textDocument/hover",
            at(&text.replace("iso42001.A.6.2.4", "iso42001.A.6.$02.4")),
        )
        .await;
    let markdown = hover["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        markdown.contains("AI system verification and validation"),
        "{hover}"
    );
    assert!(
        markdown.contains("`access_reviews` (implemented, with current evidence)"),
        "{markdown}"
    );

    // completion of a status word
    let completion = lsp
        .request(
            "textDocument/completion",
            at(&text.replace("status: in_progress", "status: $0in_progress")),
        )
        .await;
    let labels: Vec<&str> = completion["result"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert_eq!(
        labels,
        ["planned", "in_progress", "implemented"],
        "{completion}"
    );

    // definition of a reference in another file
    let definition = lsp
        .request(
            "textDocument/definition",
            at(&text.replace("owner: ciso", "owner: ci$0so")),
        )
        .await;
    let target = &definition["result"][0];
    assert!(
        target["uri"].as_str().unwrap().ends_with("/org.aims"),
        "{definition}"
    );
    assert_eq!(
        target["range"]["start"],
        json!({ "line": 8, "character": 5 })
    );

    // rename an evidence record: its declaration and its use
    let mut params = at(&text.replace("evidence q3_review", "evidence q3_$0review"));
    params["newName"] = json!("q3_access_review");
    let rename = lsp.request("textDocument/rename", params).await;
    let edits = rename["result"]["changes"][controls.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(edits.len(), 2, "{rename}");
    assert!(edits.iter().all(|e| e["newText"] == "q3_access_review"));

    // shutdown → exit
    let shutdown = lsp.request("shutdown", serde_json::Value::Null).await;
    assert!(shutdown.get("error").is_none(), "{shutdown}");
    assert_eq!(shutdown["result"], serde_json::Value::Null);
    lsp.notify("exit", serde_json::Value::Null).await;
    let status = tokio::time::timeout(support::PATIENCE, child.wait())
        .await
        .expect("aims-lsp exits")
        .expect("status");
    assert!(status.success(), "{status}");
}
