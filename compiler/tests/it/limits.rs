//! Limits, through the real `aims` binary: very long lines, a 50 MB file, 100,000
//! declarations, a binary file named `.aims`, invalid UTF-8, NUL bytes, a BOM,
//! mixed line endings, right-to-left and combining characters, and 10 MB of HTML in
//! a publication. Each gives a clear diagnostic or simply works: `aims check` ends
//! with 0 or 1 (never 2, a panic or a signal) and prints valid JSON. The time and
//! memory these take are measured outside the tests (see SECURITY.md).

use crate::support;

use std::path::Path;

use serde_json::Value;
use support::cli::{aims, json};

const CONFIG: &str = "as_of = 2026-06-01\n";
const ORG: &str = "role owner_one \"Owner One\" {\n  holder: \"Ada\"\n}\n";

fn workspace(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("aims.toml"), CONFIG).expect("config");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, bytes).expect("file");
    }
    dir
}

/// Runs `aims check --format json` and returns its diagnostics; the run must end
/// normally (0 or 1) with valid JSON.
fn check(dir: &Path) -> Vec<Value> {
    let output = aims(&["check", &dir.to_string_lossy(), "--format", "json"]);
    let code = output.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "exit {code:?}; stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    json(&output)["diagnostics"]
        .as_array()
        .expect("a diagnostics list")
        .clone()
}

fn in_file<'a>(diagnostics: &'a [Value], file: &str) -> Vec<&'a Value> {
    diagnostics.iter().filter(|d| d["file"] == file).collect()
}

/// Deterministic bytes that are not UTF-8.
fn noise(len: usize) -> Vec<u8> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8 | 0x80
        })
        .collect()
}

fn control(name: &str, owner: &str) -> String {
    format!("control {name} \"A control\" {{\n  owner: {owner}\n  status: planned\n}}\n\n")
}

#[test]
fn a_binary_file_named_aims_is_one_diagnostic_and_the_rest_is_checked() {
    let blob = noise(1_000_000);
    let broken = control("c1", "nobody");
    let dir = workspace(&[
        ("blob.aims", &blob),
        ("org.aims", ORG.as_bytes()),
        ("controls.aims", broken.as_bytes()),
    ]);
    let diagnostics = check(dir.path());
    let blob = in_file(&diagnostics, "blob.aims");
    assert_eq!(blob.len(), 1, "{blob:?}");
    assert!(
        blob[0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("not UTF-8"),
        "{}",
        blob[0]
    );
    assert!(
        in_file(&diagnostics, "controls.aims")
            .iter()
            .any(|d| d["code"] == "undefined-name"),
        "the other files are still checked: {diagnostics:?}"
    );
}

#[test]
fn nul_bytes_and_utf16_files_are_named_for_what_they_are() {
    let mut with_nul = control("c1", "owner_one").into_bytes();
    with_nul.extend_from_slice(&[0; 100_000]);
    let utf16: Vec<u8> = control("c2", "owner_one")
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let dir = workspace(&[
        ("org.aims", ORG.as_bytes()),
        ("nul.aims", &with_nul),
        ("utf16.aims", &utf16),
    ]);
    let diagnostics = check(dir.path());
    for file in ["nul.aims", "utf16.aims"] {
        let found = in_file(&diagnostics, file);
        assert_eq!(found.len(), 1, "{file}: {found:?}");
        assert!(
            found[0]["message"]
                .as_str()
                .unwrap_or_default()
                .contains("NUL bytes"),
            "{}",
            found[0]
        );
    }
}

#[test]
fn invalid_utf8_is_pointed_at_its_line() {
    let mut text = control("c1", "owner_one").into_bytes();
    let line = text.iter().filter(|&&b| b == b'\n').count() + 1;
    text.extend_from_slice(b"// caf\xe9 in Latin-1\n");
    let dir = workspace(&[("org.aims", ORG.as_bytes()), ("latin1.aims", &text)]);
    let diagnostics = check(dir.path());
    let found = in_file(&diagnostics, "latin1.aims");
    assert_eq!(found.len(), 1, "{found:?}");
    let message = found[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("not UTF-8"), "{message}");
    assert!(message.contains(&format!("on line {line}")), "{message}");
}

#[test]
fn a_bom_mixed_line_endings_and_bidirectional_text_work() {
    // A BOM, then LF and CRLF line breaks (a lone CR is whitespace, as in the
    // lexer), right-to-left and combining characters in titles and comments, and one
    // deliberate mistake whose position must come out right.
    let text = "\u{FEFF}// שלום עולם \u{202E}reversed\u{202C}\r\n\
                control c1 \"Contro\u{0302}le e\u{0301}te\u{0301} مرحبا\" {\r\n  owner: owner_one\r  status: planned\n}\n\
                \r\n\
                control c2 \"日本語 🦀\" {\n  owner: nobody\r\n  status: planned\r\n}\r\n";
    let dir = workspace(&[
        ("org.aims", ORG.as_bytes()),
        ("mixed.aims", text.as_bytes()),
    ]);
    let diagnostics = check(dir.path());
    let found = in_file(&diagnostics, "mixed.aims");
    assert!(
        found.iter().all(|d| d["code"] != "syntax-error"),
        "{found:?}"
    );
    let undefined = found
        .iter()
        .find(|d| d["code"] == "undefined-name")
        .unwrap_or_else(|| panic!("{found:?}"));
    // Line 7 (1-based; the lone CR on line 3 is no line break), after `  owner: `.
    assert_eq!(
        (&undefined["line"], &undefined["column"]),
        (&7.into(), &10.into()),
        "{undefined}"
    );
}

#[test]
fn very_long_lines_work() {
    let title = "x".repeat(2_000_000);
    let mut text = format!("control c1 \"{title}\" {{\n  owner: nobody\n  status: planned\n}}\n");
    text.push_str(&format!("// {}\n", "é".repeat(1_000_000)));
    let dir = workspace(&[("org.aims", ORG.as_bytes()), ("long.aims", text.as_bytes())]);
    let diagnostics = check(dir.path());
    let found = in_file(&diagnostics, "long.aims");
    let undefined = found
        .iter()
        .find(|d| d["code"] == "undefined-name")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        (&undefined["line"], &undefined["column"]),
        (&2.into(), &10.into())
    );
}

#[test]
fn a_hundred_thousand_declarations_are_checked() {
    let mut text = String::new();
    for i in 0..100_000 {
        let owner = if i == 99_999 { "nobody" } else { "owner_one" };
        text.push_str(&control(&format!("c{i}"), owner));
    }
    let dir = workspace(&[("org.aims", ORG.as_bytes()), ("many.aims", text.as_bytes())]);
    let diagnostics = check(dir.path());
    let undefined: Vec<_> = in_file(&diagnostics, "many.aims")
        .into_iter()
        .filter(|d| d["code"] == "undefined-name")
        .collect();
    assert_eq!(undefined.len(), 1, "{undefined:?}");
    assert_eq!(undefined[0]["line"], 99_999 * 5 + 2);
}

#[test]
fn a_fifty_megabyte_file_is_checked() {
    // 50 MB of comments around one real declaration with a mistake at the end.
    let filler = format!("// {}\n", "y".repeat(96));
    let mut text = filler.repeat(500_000);
    let line = 500_001;
    text.push_str(&control("c1", "nobody"));
    assert!(text.len() > 50_000_000);
    let dir = workspace(&[("org.aims", ORG.as_bytes()), ("big.aims", text.as_bytes())]);
    let diagnostics = check(dir.path());
    let found = in_file(&diagnostics, "big.aims");
    let undefined = found
        .iter()
        .find(|d| d["code"] == "undefined-name")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(undefined["line"], line + 1);
}

#[test]
fn a_publication_of_ten_megabytes_of_html_is_read() {
    let spec =
        format!("{ORG}\npublication site \"Trust page\" {{\n  file: \"site/page.html\"\n}}\n");
    let paragraph =
        "<p>Our <b>security</b> team reviews access every quarter &amp; logs every change.</p>\n";
    let mut html = String::from("<html><body>\n");
    while html.len() < 10_000_000 {
        html.push_str(paragraph);
    }
    html.push_str("<p>We are certified to ISO/IEC 27001.</p>\n</body></html>\n");
    let dir = workspace(&[
        ("spec.aims", spec.as_bytes()),
        ("site/page.html", html.as_bytes()),
    ]);
    let diagnostics = check(dir.path());
    let page = in_file(&diagnostics, "site/page.html");
    assert!(
        !page.is_empty(),
        "the claim at the end of 10 MB of HTML is read and checked: {diagnostics:?}"
    );
}
