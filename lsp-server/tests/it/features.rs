//! In-process tests of every feature beyond the cursor fixtures: references, rename
//! refusals, symbols, semantic tokens, folding, code actions, inlay hints, code
//! lenses, diagnostics for files that are not open and for `aims.toml`, stale
//! diagnostics cleared, settings, watched files and pull diagnostics.

use crate::support;

use serde_json::{Value, json};
use support::{TestServer, acme, client_capabilities, cursor};

fn at(server: &TestServer, file: &str, marked: &str) -> Value {
    let (_, line, character) = cursor(marked);
    json!({ "textDocument": { "uri": server.uri(file).as_str() }, "position": { "line": line, "character": character } })
}

fn doc(server: &TestServer, file: &str) -> Value {
    json!({ "textDocument": { "uri": server.uri(file).as_str() } })
}

/// The hover at the cursor marked in `marked`, which must answer.
async fn hover_at(server: &mut TestServer, file: &str, marked: &str) -> Value {
    let params = at(server, file, marked);
    server.request("textDocument/hover", params).await.unwrap()
}

/// The Markdown text of the hover at the cursor marked in `marked`.
async fn hover_text(server: &mut TestServer, file: &str, marked: &str) -> String {
    let hover = hover_at(server, file, marked).await;
    hover["contents"]["value"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The error `prepareRename` answers with at the cursor marked in `marked`.
async fn prepare_rename_error(server: &mut TestServer, file: &str, marked: &str) -> String {
    let params = at(server, file, marked);
    let error = server
        .request("textDocument/prepareRename", params)
        .await
        .unwrap_err();
    error.message.to_string()
}

async fn start() -> (tempfile::TempDir, TestServer) {
    let dir = acme();
    let (server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    (dir, server)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn references_span_files_and_include_the_declaration_on_request() {
    let (_dir, mut server) = start().await;
    let text = server.open("controls.aims").await;
    let mut params = at(
        &server,
        "controls.aims",
        &text.replacen("owner: ciso", "owner: ci$0so", 1),
    );
    params["context"] = json!({ "includeDeclaration": true });
    let refs = server
        .request("textDocument/references", params.clone())
        .await
        .unwrap();
    let mut files: Vec<String> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            l["uri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    files.sort();
    // Declared in org.aims, used by the system there and by one control here.
    assert_eq!(files, ["controls.aims", "org.aims", "org.aims"], "{refs}");
    params["context"] = json!({ "includeDeclaration": false });
    let refs = server
        .request("textDocument/references", params)
        .await
        .unwrap();
    assert_eq!(refs.as_array().unwrap().len(), 2);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_is_refused_for_catalogue_ids_and_built_in_frameworks() {
    let (_dir, mut server) = start().await;
    let text = server.open("controls.aims").await;
    let message = prepare_rename_error(
        &mut server,
        "controls.aims",
        &text.replacen("A.6.2.4", "A.6.$02.4", 1),
    )
    .await;
    assert!(message.contains("cannot be renamed"), "{message}");
    let message = prepare_rename_error(
        &mut server,
        "controls.aims",
        &text.replacen("framework: iso42001", "framework: iso$042001", 1),
    )
    .await;
    assert!(message.contains("built-in catalogue"), "{message}");
    let on_control = at(
        &server,
        "controls.aims",
        &text.replacen("control monitoring", "control moni$0toring", 1),
    );
    let range = server
        .request("textDocument/prepareRename", on_control.clone())
        .await
        .unwrap();
    assert_eq!(
        range["start"],
        json!({ "line": 8, "character": 8 }),
        "{range}"
    );
    let mut params = on_control;
    params["newName"] = json!("access_reviews");
    let error = server
        .request("textDocument/rename", params)
        .await
        .unwrap_err();
    assert!(
        error.message.contains("already declared"),
        "{}",
        error.message
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outline_and_workspace_symbols() {
    let (_dir, mut server) = start().await;
    server.open("controls.aims").await;
    let symbols = server
        .request("textDocument/documentSymbol", doc(&server, "controls.aims"))
        .await
        .unwrap();
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["access_reviews", "monitoring", "q3_review", "iso42001_cert"]
    );
    assert_eq!(symbols[0]["detail"], "control · Quarterly access reviews");
    let found = server
        .request("workspace/symbol", json!({ "query": "acc_rev" }))
        .await
        .unwrap();
    assert_eq!(found[0]["name"], "access_reviews", "{found}");
    let found = server
        .request("workspace/symbol", json!({ "query": "iso42001.A.6.2.4" }))
        .await
        .unwrap();
    assert_eq!(found[0]["containerName"], "iso42001", "{found}");
    server.shutdown().await;
}

/// LSP semantic tokens (`data`, five numbers a token, positions relative to the token
/// before, columns in UTF-16 units) decoded against the server's `legend`, one a line:
/// `line:column "text" type`, one-based, with each modifier after a `+`.
fn shown_tokens(text: &str, data: &Value, legend: &Value) -> String {
    let numbers: Vec<usize> = data
        .as_array()
        .expect("a token array")
        .iter()
        .map(|n| n.as_u64().expect("a number") as usize)
        .collect();
    assert_eq!(numbers.len() % 5, 0, "{numbers:?}");
    let name = |list: &str, i: usize| legend[list][i].as_str().expect("in the legend").to_owned();
    let lines: Vec<&str> = text.lines().collect();
    let (mut line, mut start) = (0, 0);
    let mut out = String::new();
    for token in numbers.chunks(5) {
        let [delta_line, delta_start, length, kind, modifiers] = token else {
            unreachable!("chunks of five")
        };
        start = if *delta_line == 0 {
            start + delta_start
        } else {
            *delta_start
        };
        line += delta_line;
        let utf16: Vec<u16> = lines[line].encode_utf16().collect();
        let shown = String::from_utf16_lossy(&utf16[start..start + length]);
        let modifiers: String = (0..16)
            .filter(|bit| modifiers & (1 << bit) != 0)
            .map(|bit| format!(" +{}", name("tokenModifiers", bit)))
            .collect();
        out.push_str(&format!(
            "{}:{} {shown:?} {}{modifiers}\n",
            line + 1,
            start + 1,
            name("tokenTypes", *kind)
        ));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_folding_inlay_hints_and_code_lens() {
    let dir = acme();
    let (mut server, initialized) =
        TestServer::start(dir.path(), client_capabilities(false, false)).await;
    let text = server.open("controls.aims").await;
    let tokens = server
        .request(
            "textDocument/semanticTokens/full",
            doc(&server, "controls.aims"),
        )
        .await
        .unwrap();
    let legend = &initialized["capabilities"]["semanticTokensProvider"]["legend"];
    insta::assert_snapshot!(shown_tokens(&text, &tokens["data"], legend), @r#"
    1:1 "/// Reviews of who can reach production models." comment +documentation
    2:1 "control" keyword
    2:9 "access_reviews" type +declaration
    2:24 "\"Quarterly access reviews\"" string
    3:3 "owner" property
    3:10 "ciso" variable
    4:3 "status" property
    4:11 "implemented" enumMember
    5:3 "satisfies" property
    5:15 "iso42001.A.6.2.4" namespace
    5:33 "iso42001.A.2.2" namespace
    6:3 "evidence" property
    6:14 "q3_review" variable
    9:1 "control" keyword
    9:9 "monitoring" type +declaration
    9:20 "\"Model monitoring\"" string
    10:3 "owner" property
    10:10 "dpo" variable
    11:3 "status" property
    11:11 "in_progress" enumMember
    12:3 "satisfies" property
    12:15 "iso42001.A.6.2.6" namespace
    15:1 "evidence" keyword
    15:10 "q3_review" type +declaration
    15:20 "\"Q3 access review record\"" string
    16:3 "date" property
    16:9 "2026-10-01" number
    17:3 "valid_for" property
    17:14 "6" number
    17:16 "months" keyword
    20:1 "certification" keyword
    20:15 "iso42001_cert" type +declaration
    20:29 "\"ISO/IEC 42001\"" string
    21:3 "framework" property
    21:14 "iso42001" namespace
    22:3 "status" property
    22:11 "planned" enumMember
    23:3 "target" property
    23:11 "2027-Q4" number
    "#);

    let folds = server
        .request("textDocument/foldingRange", doc(&server, "controls.aims"))
        .await
        .unwrap();
    let first = &folds.as_array().unwrap()[0];
    assert_eq!(
        (first["startLine"].as_u64(), first["endLine"].as_u64()),
        (Some(1), Some(5)),
        "{folds}"
    );

    let whole =
        json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 99, "character": 0 } });
    let mut params = doc(&server, "controls.aims");
    params["range"] = whole;
    let hints = server
        .request("textDocument/inlayHint", params)
        .await
        .unwrap();
    let labels: Vec<&str> = hints
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        [
            " AI system verification and validation",
            " AI policy",
            " AI system operation and monitoring"
        ]
    );
    let line = text.lines().nth(4).unwrap();
    assert_eq!(
        hints[0]["position"],
        json!({ "line": 4, "character": line.find(',').unwrap() })
    );

    let lenses = server
        .request("textDocument/codeLens", doc(&server, "controls.aims"))
        .await
        .unwrap();
    let title = lenses[0]["command"]["title"].as_str().unwrap();
    // access_reviews (implemented, with evidence) covers two controls; monitoring
    // (in progress) gives one partial.
    assert!(
        title.starts_with("ISO/IEC 42001: 2/38 controls, 0/"),
        "{title}"
    );
    assert!(
        title.contains(" clauses covered · 1 partial · ") && title.ends_with(" gaps"),
        "{title}"
    );
    assert_eq!(lenses[0]["range"]["start"]["line"], 19);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn code_actions_offer_did_you_mean_fixes_and_missing_fields() {
    let (_dir, mut server) = start().await;
    let text = "control fx_actions \"Actions\" {\n  ownr: ciso\n}\n";
    server.open_text("actions.aims", text, 1).await;
    server.diagnostic("actions.aims", "unknown-field").await;
    let mut params = doc(&server, "actions.aims");
    params["range"] =
        json!({ "start": { "line": 1, "character": 3 }, "end": { "line": 1, "character": 3 } });
    params["context"] = json!({ "diagnostics": [] });
    let actions = server
        .request("textDocument/codeAction", params)
        .await
        .unwrap();
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "rename to `owner`",
            "Add the missing fields `owner`, `status`"
        ],
        "{actions}"
    );
    let uri = server.uri("actions.aims");
    let rename = &actions[0]["edit"]["changes"][uri.as_str()][0];
    assert_eq!(rename["newText"], "owner");
    assert_eq!(
        rename["range"]["start"],
        json!({ "line": 1, "character": 2 })
    );
    let add = &actions[1]["edit"]["changes"][uri.as_str()][0];
    assert_eq!(add["newText"], "  owner: ciso\n  status: planned\n");
    assert_eq!(add["range"]["start"], json!({ "line": 2, "character": 0 }));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostics_reach_files_that_are_not_open_and_clear_when_fixed() {
    let dir = acme();
    std::fs::write(
        dir.path().join("aims.toml"),
        "as_of = 2026-11-28\nexpiring_within = 30\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("broken.aims"),
        "control broken_one {\n  owner: nobody\n  status: planned\n}\n",
    )
    .unwrap();
    let (mut server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    // Nothing is open: both files still get their diagnostics.
    let config = server.diagnostics_for("aims.toml", |d| !d.is_empty()).await;
    assert_eq!(config[0]["code"], "invalid-config", "{config:?}");
    let broken = server
        .diagnostics_for("broken.aims", |d| !d.is_empty())
        .await;
    assert!(
        broken.iter().any(|d| d["code"] == "undefined-name"),
        "{broken:?}"
    );
    // Fixing it in the editor clears them.
    let fixed = "control broken_one {\n  owner: ciso\n  status: planned\n}\n";
    server.open_text("broken.aims", fixed, 2).await;
    let now = server
        .diagnostics_for("broken.aims", |d| {
            !d.iter().any(|d| d["code"] == "undefined-name")
        })
        .await;
    assert!(now.iter().all(|d| d["code"] != "undefined-name"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_come_from_configuration_and_initialization_options() {
    let dir = acme();
    std::fs::write(
        dir.path().join("broken.aims"),
        "control broken_two {\n  owner: nobody\n  status: planned\n}\n",
    )
    .unwrap();
    let config = json!({ "severity": { "undefined-name": "off" }, "asOf": "2027-11-28" });
    let (mut server, _) = TestServer::start_with(
        dir.path(),
        client_capabilities(false, false),
        Default::default(),
        config,
    )
    .await;
    let text = server.open("broken.aims").await;
    let published = server.diagnostics_for("broken.aims", |_| true).await;
    assert!(
        published.iter().all(|d| d["code"] != "undefined-name"),
        "{published:?}"
    );
    assert!(
        server
            .server_requests
            .lock()
            .unwrap()
            .iter()
            .any(|m| m == "workspace/configuration")
    );
    // The as-of date from the settings is used in hover.
    let controls = server.open("controls.aims").await;
    let hover = hover_text(
        &mut server,
        "controls.aims",
        &controls.replacen("2026-10-01", "2026-1$00-01", 1),
    )
    .await;
    assert!(
        hover.contains("before the as-of date (2027-11-28)"),
        "{hover}"
    );
    // Settings pushed inline by didChangeConfiguration replace them.
    server
        .notify(
            "workspace/didChangeConfiguration",
            json!({ "settings": { "aims": { "severity": { "undefined-name": "warning" } } } }),
        )
        .await;
    let undefined = server.diagnostic("broken.aims", "undefined-name").await;
    assert_eq!(undefined["severity"], 2, "{undefined}");
    let _ = text;
    server.shutdown().await;

    // initializationOptions are read too, by a client without `workspace/configuration`.
    let dir = acme();
    let options = json!({ "asOf": "2026-10-01" });
    let (mut server, _) = TestServer::start_full(
        dir.path(),
        json!({}),
        Default::default(),
        Value::Null,
        options,
    )
    .await;
    let controls = server.open("controls.aims").await;
    let hover = hover_text(
        &mut server,
        "controls.aims",
        &controls.replacen("2026-10-01", "2026-1$00-01", 1),
    )
    .await;
    assert!(hover.contains("the as-of date itself"), "{hover}");
    assert!(
        server.server_requests.lock().unwrap().is_empty(),
        "no requests to a client that cannot answer them"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_changed_outside_the_editor_are_picked_up() {
    let (dir, mut server) = start().await;
    server.open("controls.aims").await;
    assert!(
        server
            .server_requests
            .lock()
            .unwrap()
            .iter()
            .any(|m| m == "client/registerCapability"),
        "the file watcher is registered"
    );
    let created = dir.path().join("outside.aims");
    std::fs::write(
        &created,
        "control outside_one {\n  owner: ghost\n  status: planned\n}\n",
    )
    .unwrap();
    let uri = server.uri("outside.aims");
    server
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": uri.as_str(), "type": 1 }] }),
        )
        .await;
    let published = server
        .diagnostics_for("outside.aims", |d| !d.is_empty())
        .await;
    assert!(
        published.iter().any(|d| d["code"] == "undefined-name"),
        "{published:?}"
    );
    std::fs::remove_file(&created).unwrap();
    server
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({ "changes": [{ "uri": uri.as_str(), "type": 3 }] }),
        )
        .await;
    let cleared = server
        .diagnostics_for("outside.aims", |d| d.is_empty())
        .await;
    assert!(cleared.is_empty());
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pull_diagnostics_for_open_documents_and_push_for_the_rest() {
    let dir = acme();
    std::fs::write(
        dir.path().join("broken.aims"),
        "control broken_three {\n  owner: nobody\n  status: planned\n}\n",
    )
    .unwrap();
    let (mut server, init) = TestServer::start(dir.path(), client_capabilities(false, true)).await;
    assert_eq!(
        init["capabilities"]["diagnosticProvider"]["interFileDependencies"], true,
        "{init}"
    );
    // Not open: pushed.
    let pushed = server
        .diagnostics_for("broken.aims", |d| !d.is_empty())
        .await;
    assert!(
        pushed.iter().any(|d| d["code"] == "undefined-name"),
        "{pushed:?}"
    );
    // Open: pulled, and the pushed ones are cleared so nothing shows twice.
    server.open("broken.aims").await;
    server
        .diagnostics_for("broken.aims", |d| d.is_empty())
        .await;
    let report = server
        .request("textDocument/diagnostic", doc(&server, "broken.aims"))
        .await
        .unwrap();
    assert_eq!(report["kind"], "full");
    assert!(
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "undefined-name"),
        "{report}"
    );
    let text = server.open("controls.aims").await;
    server
        .change(
            "controls.aims",
            &text.replacen("owner: dpo", "owner: dpoo", 1),
            2,
        )
        .await;
    let report = server
        .request("textDocument/diagnostic", doc(&server, "controls.aims"))
        .await
        .unwrap();
    assert!(
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "undefined-name"),
        "{report}"
    );
    let workspace = server
        .request("workspace/diagnostic", json!({ "previousResultIds": [] }))
        .await
        .unwrap();
    assert!(
        workspace["items"]
            .as_array()
            .is_some_and(|items| !items.is_empty()),
        "{workspace}"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panicking_request_gets_an_error_and_the_server_lives_on() {
    let dir = acme();
    let hooks = aims_lsp::Hooks {
        on_read: Some(std::sync::Arc::new(|path: &str| {
            if path == "boom.aims" {
                panic!("a bug in one request");
            }
        })),
        ..Default::default()
    };
    let (mut server, _) = TestServer::start_with(
        dir.path(),
        client_capabilities(false, false),
        hooks,
        Value::Null,
    )
    .await;
    server.open_text("boom.aims", "role boom_role\n", 1).await;
    let position = json!({ "line": 0, "character": 6 });
    let boom = json!({ "textDocument": { "uri": server.uri("boom.aims").as_str() }, "position": position });
    let error = server
        .request("textDocument/hover", boom)
        .await
        .unwrap_err();
    assert_eq!(
        error.code,
        tower_lsp_server::jsonrpc::ErrorCode::InternalError
    );
    let text = server.open("org.aims").await;
    let fine = hover_text(
        &mut server,
        "org.aims",
        &text.replacen("role dpo", "role d$0po", 1),
    )
    .await;
    assert!(fine.contains("role dpo"), "{fine}");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_folders_can_be_added_later() {
    let (_dir, mut server) = start().await;
    let other = acme();
    std::fs::write(
        other.path().join("second.aims"),
        "control second_one {\n  owner: nobody_here\n  status: planned\n}\n",
    )
    .unwrap();
    let folder = support::uri(other.path());
    server
        .notify(
            "workspace/didChangeWorkspaceFolders",
            json!({ "event": { "added": [{ "uri": folder.as_str(), "name": "other" }], "removed": [] } }),
        )
        .await;
    let file = support::uri(&other.path().join("second.aims"));
    loop {
        let published = server.next("textDocument/publishDiagnostics").await;
        if published["uri"] == file.as_str() {
            assert!(
                published["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|d| d["code"] == "undefined-name"),
                "{published}"
            );
            break;
        }
    }
    // Each root has its own namespace: the second root's file resolves `ciso` in its own copy.
    let text = std::fs::read_to_string(other.path().join("controls.aims")).unwrap();
    let (_, line, character) = cursor(&text.replacen("owner: ciso", "owner: ci$0so", 1));
    let params = json!({ "textDocument": { "uri": support::uri(&other.path().join("controls.aims")).as_str() }, "position": { "line": line, "character": character } });
    let definition = server
        .request("textDocument/definition", params)
        .await
        .unwrap();
    let target = definition[0]["uri"].as_str().unwrap();
    assert_eq!(
        target,
        support::uri(&other.path().join("org.aims")).as_str()
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editing_aims_toml_applies_its_settings_as_you_type() {
    let (_dir, mut server) = start().await;
    let controls = server.open("controls.aims").await;
    server.open("aims.toml").await;
    server
        .change("aims.toml", "as_of = 2026-10-01\nas_off = 1\n", 2)
        .await;
    let problems = server.diagnostics_for("aims.toml", |d| !d.is_empty()).await;
    assert!(
        problems[0]["message"].as_str().unwrap().contains("as_off"),
        "{problems:?}"
    );
    server.change("aims.toml", "as_of = 2026-10-01\n", 3).await;
    server.diagnostics_for("aims.toml", |d| d.is_empty()).await;
    let hover = hover_text(
        &mut server,
        "controls.aims",
        &controls.replacen("2026-10-01", "2026-1$00-01", 1),
    )
    .await;
    assert!(hover.contains("the as-of date itself"), "{hover}");
    server.shutdown().await;
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_workspace_reached_through_a_symlink_keeps_the_editors_uris() {
    let real = acme();
    std::fs::write(
        real.path().join("linked.aims"),
        "control linked_one {\n  owner: nobody\n  status: planned\n}\n",
    )
    .unwrap();
    let holder = tempfile::tempdir().unwrap();
    let link = holder.path().join("workspace");
    std::os::unix::fs::symlink(real.path(), &link).unwrap();
    let (mut server, _) = TestServer::start(&link, client_capabilities(false, false)).await;
    let text = server.open("linked.aims").await;
    let published = server
        .diagnostics_for("linked.aims", |d| !d.is_empty())
        .await;
    assert!(
        published.iter().any(|d| d["code"] == "undefined-name"),
        "{published:?}"
    );
    assert!(server.uri("linked.aims").as_str().contains("/workspace/"));
    let hover = hover_text(
        &mut server,
        "linked.aims",
        &text.replacen("control linked_one", "control linked$0_one", 1),
    )
    .await;
    assert!(hover.contains("control linked_one"), "{hover}");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn built_in_catalogues_open_as_read_only_files_that_answer_hover() {
    let (_dir, mut server) = start().await;
    let text = server.open("controls.aims").await;
    let definition = server
        .request(
            "textDocument/definition",
            at(
                &server,
                "controls.aims",
                &text.replacen("A.2.2", "A.2$0.2", 1),
            ),
        )
        .await
        .unwrap();
    let uri: tower_lsp_server::ls_types::Uri =
        definition[0]["uri"].as_str().unwrap().parse().unwrap();
    let path = uri.to_file_path().unwrap().into_owned();
    assert!(
        path.ends_with("builtin/iso42001.aims"),
        "{}",
        path.display()
    );
    assert!(
        std::fs::metadata(&path).unwrap().permissions().readonly(),
        "served read-only"
    );
    let catalogue = std::fs::read_to_string(&path).unwrap();
    // Opening it in the editor: hover works there, and edits are ignored.
    server
        .notify("textDocument/didOpen", json!({ "textDocument": { "uri": uri.as_str(), "languageId": "aims", "version": 1, "text": catalogue } }))
        .await;
    let line = definition[0]["range"]["start"]["line"].clone();
    let hover = server
        .request("textDocument/hover", json!({ "textDocument": { "uri": uri.as_str() }, "position": { "line": line, "character": 14 } }))
        .await
        .unwrap();
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("AI policy"),
        "{hover}"
    );
    server
        .notify("textDocument/didChange", json!({ "textDocument": { "uri": uri.as_str(), "version": 2 }, "contentChanges": [{ "text": "" }] }))
        .await;
    let hover = hover_text(
        &mut server,
        "controls.aims",
        &text.replacen("A.2.2", "A.2$0.2", 1),
    )
    .await;
    assert!(
        hover.contains("AI policy"),
        "the catalogue did not change: {hover}"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unsaved_documents_are_checked_too() {
    let (_dir, mut server) = start().await;
    let text = "control scratch_one {\n  owner: nobody\n  status: planned\n}\n";
    server
        .notify("textDocument/didOpen", json!({ "textDocument": { "uri": "untitled:Untitled-1", "languageId": "aims", "version": 1, "text": text } }))
        .await;
    loop {
        let published = server.next("textDocument/publishDiagnostics").await;
        if published["uri"] == "untitled:Untitled-1" {
            assert!(
                published["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|d| d["code"] == "undefined-name"),
                "{published}"
            );
            break;
        }
    }
    let hover = server
        .request("textDocument/hover", json!({ "textDocument": { "uri": "untitled:Untitled-1" }, "position": { "line": 0, "character": 10 } }))
        .await
        .unwrap();
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("control scratch_one"),
        "{hover}"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn formatting_gives_the_canonical_layout_and_refuses_broken_files() {
    let (_dir, mut server) = start().await;
    let messy = "role   tidy_role \"Tidy\"   {holder:\"A\",email:\"a@example.com\"}\n\n\n\ncontrol tidy_control {owner: tidy_role\nstatus: planned}\n";
    server.open_text("tidy.aims", messy, 1).await;
    let params = json!({ "textDocument": { "uri": server.uri("tidy.aims").as_str() }, "options": { "tabSize": 2, "insertSpaces": true } });
    let edits = server
        .request("textDocument/formatting", params.clone())
        .await
        .unwrap();
    let formatted = edits[0]["newText"].as_str().unwrap().to_owned();
    assert_eq!(formatted, aims::format::format_text(messy).unwrap());
    assert!(
        formatted.contains("control tidy_control {\n  owner: tidy_role\n  status: planned\n}"),
        "{formatted}"
    );
    // Formatting the formatted text changes nothing.
    server.change("tidy.aims", &formatted, 2).await;
    let edits = server
        .request("textDocument/formatting", params.clone())
        .await
        .unwrap();
    assert_eq!(edits, json!([]));
    // A file with a syntax error is left alone.
    server
        .change("tidy.aims", "control broken {\n  owner: \n", 3)
        .await;
    let edits = server
        .request("textDocument/formatting", params)
        .await
        .unwrap();
    assert_eq!(edits, Value::Null);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gaps_offer_exclusion_stubs_as_a_code_action() {
    let (_dir, mut server) = start().await;
    let text = server.open("org.aims").await;
    let gap = server.diagnostic("org.aims", "requirement-gap").await;
    let mut params = doc(&server, "org.aims");
    params["range"] = gap["range"].clone();
    params["context"] = json!({ "diagnostics": [gap] });
    let actions = server
        .request("textDocument/codeAction", params)
        .await
        .unwrap();
    let stubs = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .unwrap()
                .starts_with("add exclusion stubs")
        })
        .unwrap_or_else(|| panic!("{actions}"));
    assert_eq!(stubs["kind"], "quickfix");
    assert_eq!(stubs["diagnostics"][0]["code"], "requirement-gap");
    let edit = &stubs["edit"]["changes"][server.uri("org.aims").as_str()][0];
    assert!(
        edit["newText"]
            .as_str()
            .unwrap()
            .contains("exclude iso42001.A."),
        "{edit}"
    );
    // The stubs go after the last declaration of the file.
    assert_eq!(edit["range"]["start"]["line"], text.lines().count() - 1);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trust_page_shows_its_overclaims_as_it_is_edited() {
    let dir = acme();
    std::fs::write(
        dir.path().join("site.aims"),
        "publication trust \"Trust page\" {\n  file: \"trust.md\"\n}\n",
    )
    .unwrap();
    let overclaim = "# Trust\n\nAcme is ISO 42001 certified.\n";
    std::fs::write(dir.path().join("trust.md"), overclaim).unwrap();
    let (mut server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    // The page is not open, and its overclaim is already reported, inside the page.
    let claim = server.diagnostic("trust.md", "claim-overstated").await;
    assert_eq!(claim["range"]["start"]["line"], 2, "{claim}");
    assert_eq!(claim["range"]["start"]["character"], 8, "{claim}");
    // Editing the page in the editor to say what the spec says clears it.
    let uri = server.uri("trust.md");
    server
        .notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri.as_str(), "languageId": "markdown", "version": 1, "text": overclaim } }),
        )
        .await;
    server
        .change(
            "trust.md",
            "# Trust\n\nISO 42001 certification is planned.\n",
            2,
        )
        .await;
    let now = server
        .diagnostics_for("trust.md", |d| {
            !d.iter().any(|d| d["code"] == "claim-overstated")
        })
        .await;
    assert!(
        now.iter().all(|d| d["code"] != "claim-overstated"),
        "{now:?}"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hovering_a_framework_in_a_publication_shows_the_reading() {
    let dir = acme();
    std::fs::write(
        dir.path().join("site.aims"),
        "publication trust \"Trust page\" {\n  file: \"trust.md\"\n}\n",
    )
    .unwrap();
    let page = "# Trust\n\nOur ISO 42001 Stage 2 audit is booked.\n\nOur hosting provider, AWS, holds ISO 27001.\n";
    std::fs::write(dir.path().join("trust.md"), page).unwrap();
    let (mut server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    let uri = server.uri("trust.md");
    server
        .notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri.as_str(), "languageId": "markdown", "version": 1, "text": page } }),
        )
        .await;
    let ours = hover_text(
        &mut server,
        "trust.md",
        "# Trust\n\nOur ISO 4$02001 Stage 2 audit is booked.\n",
    )
    .await;
    assert!(ours.contains("**the organisation**"), "{ours}");
    assert!(ours.contains("in progress"), "{ours}");
    assert!(ours.contains("read ‘"), "{ours}");
    assert!(ours.contains("The spec says"), "{ours}");
    let theirs = hover_text(
        &mut server,
        "trust.md",
        "# Trust\n\nOur ISO 42001 Stage 2 audit is booked.\n\nOur hosting provider, AWS, holds ISO 2$07001.\n",
    )
    .await;
    assert!(
        theirs.contains("No claim about the organisation"),
        "{theirs}"
    );
    assert!(theirs.contains("a supplier"), "{theirs}");
    server.shutdown().await;
}
