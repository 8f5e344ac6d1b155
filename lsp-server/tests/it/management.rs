//! Suppliers' assurance and the management system's records through the real
//! server: the diagnostic is published for a file the client opens, and hover on a
//! supplier named in `relies_on` lists what it holds.

use crate::support;

use serde_json::json;
use support::{TestServer, acme, client_capabilities, cursor};

const SPEC: &str = "supplier cloudco \"CloudCo\" { owner: ciso }\n\
assurance cloudco_27001 { supplier: cloudco, framework: iso27001, issued: 2023-10-01, expires: 2026-09-30 }\n\
control hosting \"Hosting\" { owner: ciso, status: planned, satisfies: [iso27001.A.5.23], relies_on: [cloud$0co] }\n\
internal_audit audit_2025 { date: 2025-06-01 }\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn supplier_assurance_is_diagnosed_and_shown_on_hover() {
    let dir = acme();
    let (mut server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    let (text, line, character) = cursor(SPEC);
    server.open_text("suppliers.aims", &text, 1).await;

    let expired = server
        .diagnostic("suppliers.aims", "supplier-assurance-expired")
        .await;
    assert!(
        expired["message"]
            .as_str()
            .unwrap()
            .contains("whose ISO/IEC 27001 certificate `cloudco_27001` expired on 2026-09-30"),
        "{expired}"
    );

    let params = json!({
        "textDocument": { "uri": server.uri("suppliers.aims").as_str() },
        "position": { "line": line, "character": character }
    });
    let hover = server.request("textDocument/hover", params).await.unwrap();
    let value = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(value.contains("supplier cloudco"), "{value}");
    assert!(
        value.contains("- iso27001 certificate `cloudco_27001`, expired on 2026-09-30"),
        "{value}"
    );
    server.shutdown().await;
}
