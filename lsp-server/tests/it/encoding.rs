//! Positions after non-ASCII text: an accented letter, a curly apostrophe and an
//! emoji (two UTF-16 units, four UTF-8 bytes) stand before the cursor. The server
//! negotiates UTF-8 when the client offers it and UTF-16 otherwise, and every
//! position it reads or writes follows that choice.

use crate::support;

use serde_json::json;
use support::{TestServer, acme, client_capabilities};

const LINE: &str =
    "control fx_enc \"Zoë’s 😀 control\" { owner: ciso, status: planned, evidence: [nowhere] }\n";

fn column(text: &str, byte: usize, utf8: bool) -> usize {
    if utf8 {
        byte
    } else {
        text[..byte].encode_utf16().count()
    }
}

async fn check(utf8: bool) {
    let dir = acme();
    let (mut server, init) = TestServer::start(dir.path(), client_capabilities(utf8, false)).await;
    assert_eq!(
        init["capabilities"]["positionEncoding"],
        if utf8 { "utf-8" } else { "utf-16" }
    );
    server.open_text("enc.aims", LINE, 1).await;

    // The diagnostic for `nowhere` starts at its column in the negotiated encoding.
    let undefined = server.diagnostic("enc.aims", "undefined-name").await;
    let nowhere = LINE.find("nowhere").unwrap();
    assert_eq!(
        undefined["range"]["start"],
        json!({ "line": 0, "character": column(LINE, nowhere, utf8) })
    );
    assert_eq!(
        undefined["range"]["end"],
        json!({ "line": 0, "character": column(LINE, nowhere + "nowhere".len(), utf8) })
    );

    // Hover at the middle of `ciso` finds the role and reports the word's range.
    let ciso = LINE.find("ciso").unwrap();
    let hover = server
        .hover("enc.aims", 0, column(LINE, ciso + 2, utf8))
        .await;
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("role ciso"),
        "{hover}"
    );
    assert_eq!(
        hover["range"]["start"]["character"],
        column(LINE, ciso, utf8)
    );
    assert_eq!(
        hover["range"]["end"]["character"],
        column(LINE, ciso + 4, utf8)
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf16_columns_by_default() {
    check(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn utf8_columns_when_offered() {
    check(true).await;
}

#[test]
fn the_two_encodings_really_differ_on_this_line() {
    let at = LINE.find("ciso").unwrap();
    assert_ne!(column(LINE, at, true), column(LINE, at, false));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crlf_line_breaks_are_not_columns() {
    let dir = acme();
    let (mut server, _) = TestServer::start(dir.path(), client_capabilities(false, false)).await;
    let text = "role crlf_role \"R\"\r\ncontrol crlf_control {\r\n  owner: crlf_role\r\n  status: planned\r\n  evidence: [gone]\r\n}\r\n";
    server.open_text("crlf.aims", text, 1).await;
    let undefined = server.diagnostic("crlf.aims", "undefined-name").await;
    assert_eq!(
        undefined["range"],
        json!({ "start": { "line": 4, "character": 13 }, "end": { "line": 4, "character": 17 } })
    );
    let hover = server.hover("crlf.aims", 2, 12).await;
    assert_eq!(
        hover["range"],
        json!({ "start": { "line": 2, "character": 9 }, "end": { "line": 2, "character": 18 } })
    );
    server.shutdown().await;
}
