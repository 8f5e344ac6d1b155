//! Fixture-driven tests: every file in `fixtures/cursor/` is opened as `cursor.aims`
//! in the acme workspace, the request its name starts with (`hover-`, `complete-`,
//! `definition-`) is sent at its `$0` marker, and the answer is snapshotted in a
//! readable form (snapshots in `tests/snapshots/`).

use crate::support;

use serde_json::{Value, json};
use support::{TestServer, acme, client_capabilities, cursor, show_location, show_position};

fn render(kind: &str, root: &std::path::Path, result: &Value) -> String {
    match kind {
        "hover" => result["contents"]["value"]
            .as_str()
            .map_or("(no hover)".to_owned(), str::to_owned),
        "complete" => {
            let items = result.as_array().cloned().unwrap_or_default();
            if items.is_empty() {
                return "(no completions)".into();
            }
            items
                .iter()
                .map(|i| {
                    let detail = i["detail"]
                        .as_str()
                        .map(|d| format!("  — {d}"))
                        .unwrap_or_default();
                    format!("{}{detail}", i["label"].as_str().unwrap_or(""))
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
        "definition" => {
            let targets = result.as_array().cloned().unwrap_or_default();
            if targets.is_empty() {
                return "(no definition)".into();
            }
            targets
                .iter()
                .map(|t| show_location(root, t))
                .collect::<Vec<_>>()
                .join("\n")
        }
        other => panic!("unknown fixture kind {other}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cursor_fixtures() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cursor");
    let mut names: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let dir = acme();
    let (mut server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    let mut version = 0;
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let kind = name.split('-').next().unwrap().to_owned();
        let (text, line, character) = cursor(&std::fs::read_to_string(&path).unwrap());
        version += 1;
        if version == 1 {
            server.open_text("cursor.aims", &text, version).await;
        } else {
            server.change("cursor.aims", &text, version).await;
        }
        let uri = server.uri("cursor.aims");
        let params = json!({ "textDocument": { "uri": uri.as_str() }, "position": { "line": line, "character": character } });
        let method = match kind.as_str() {
            "hover" => "textDocument/hover",
            "complete" => "textDocument/completion",
            "definition" => "textDocument/definition",
            other => panic!("unknown fixture kind {other}"),
        };
        let result = server
            .request(method, params)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let shown = format!(
            "cursor.aims:{}\n\n{}\n",
            show_position(&text, u64::from(line), u64::from(character)),
            render(&kind, dir.path(), &result)
        );
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(name, shown);
        });
    }
    server.shutdown().await;
}
