//! Filesystem and output safety, through the real `aims` binary: hostile strings in
//! a spec come out escaped in HTML and Markdown, valid in JSON and SARIF, and
//! neutralised in CSV; `--out` is written atomically (temporary file and rename,
//! permissions kept, nothing left behind) and nothing else is ever written; symbolic
//! link loops and links out of the workspace are refused with a diagnostic.

use crate::support;

use std::collections::BTreeSet;
use std::path::Path;

use support::cli::{aims, json, stdout};
use support::paths::repo;

/// Script tags, event handlers, `javascript:` links, Markdown link and table
/// injection, terminal escapes and other control characters.
const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=\\\"alert(2)\\\"> [x](javascript:alert(3)) | \u{1b}[31m";
const FORMULA: &str = "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The acme example with hostile titles and descriptions.
fn hostile_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo("examples/acme"), dir.path());
    let replace = |file: &str, edits: &[(&str, String)]| {
        let path = dir.path().join(file);
        let mut text = std::fs::read_to_string(&path).expect("spec file");
        for (from, to) in edits {
            assert!(text.contains(from), "the fixture changed: {from}");
            text = text.replacen(from, to, 1);
        }
        std::fs::write(&path, text).expect("write");
    };
    replace(
        "spec/controls.aims",
        &[
            (
                "\"Clinician in the loop for every output\"",
                format!("\"{HOSTILE}\""),
            ),
            (
                "\"AI policy approved by the board\"",
                format!("\"{FORMULA}\""),
            ),
        ],
    );
    replace(
        "spec/evidence.aims",
        &[(
            "\"Firewall rule review, October 2026\"",
            format!("\"{HOSTILE}\""),
        )],
    );
    dir
}

fn files_under(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("read").flatten() {
            let path = entry.path();
            if path.is_dir() && !path.is_symlink() {
                stack.push(path);
            } else {
                out.insert(
                    path.strip_prefix(dir)
                        .expect("inside")
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    out
}

fn any_string(value: &serde_json::Value, accept: &dyn Fn(&str) -> bool) -> bool {
    match value {
        serde_json::Value::String(s) => accept(s),
        serde_json::Value::Array(items) => items.iter().any(|v| any_string(v, accept)),
        serde_json::Value::Object(map) => map.values().any(|v| any_string(v, accept)),
        _ => false,
    }
}

fn report(dir: &Path, format: &str) -> String {
    let output = aims(&["report", &dir.to_string_lossy(), "--format", format]);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{format}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout(&output)
}

#[test]
fn hostile_strings_are_escaped_in_every_output() {
    let dir = hostile_workspace();
    let before = files_under(dir.path());

    let html = report(dir.path(), "html");
    assert!(
        html.contains("alert(1)"),
        "the hostile title is in the report"
    );
    for raw in [
        "<script>alert",
        "<img src=x",
        "onerror=\"alert",
        "href=\"javascript:",
    ] {
        assert!(!html.contains(raw), "HTML contains {raw:?}");
    }

    let markdown = report(dir.path(), "markdown");
    assert!(markdown.contains("alert(1)"));
    for raw in ["<script>", "<img", "[x](javascript:"] {
        assert!(!markdown.contains(raw), "Markdown contains {raw:?}");
    }
    // A link needs an unescaped `]` right before `(`.
    for (at, _) in markdown.match_indices("](javascript:") {
        assert!(
            markdown[..at].ends_with('\\'),
            "Markdown makes a javascript: link: {}",
            &markdown[at.saturating_sub(40)..at + 20]
        );
    }

    let csv_text = report(dir.path(), "csv");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes());
    let mut saw_formula = false;
    for record in reader.records() {
        let record = record.expect("valid CSV");
        for field in record.iter() {
            assert!(
                !field.starts_with(['=', '+', '-', '@']),
                "a CSV cell would run as a formula: {field:?}"
            );
            saw_formula |= field.contains("HYPERLINK");
        }
    }
    assert!(saw_formula, "the formula title is in the CSV");

    let full: serde_json::Value = serde_json::from_str(&report(dir.path(), "json")).expect("JSON");
    assert!(
        any_string(&full, &|s| s.contains("<script>alert(1)</script>")
            && s.contains('\u{1b}')),
        "the JSON report keeps the text exactly, control characters included"
    );

    let check = aims(&["check", &dir.path().to_string_lossy(), "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_slice(&check.stdout).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");

    assert_eq!(files_under(dir.path()), before, "reading wrote files");
}

#[test]
fn out_is_written_atomically_and_only_there() {
    let dir = hostile_workspace();
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("report.html");
    std::fs::write(&out, "an older report").expect("old report");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    }
    let before = files_under(dir.path());
    let output = aims(&[
        "report",
        &dir.path().to_string_lossy(),
        "--format",
        "html",
        "--out",
        &out.to_string_lossy(),
    ]);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
    let written = std::fs::read_to_string(&out).expect("report");
    assert!(
        written.starts_with("<!DOCTYPE html>") || written.starts_with("<!doctype html>"),
        "{}",
        &written[..40.min(written.len())]
    );
    assert_eq!(
        files_under(out_dir.path()),
        BTreeSet::from(["report.html".to_owned()]),
        "a temporary file was left behind"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "the report's permissions were not kept");
    }
    assert_eq!(
        files_under(dir.path()),
        before,
        "something else was written"
    );

    // A folder that does not exist: a clear error, exit 2, nothing written.
    let missing = out_dir.path().join("no/such/folder/report.html");
    let output = aims(&[
        "report",
        &dir.path().to_string_lossy(),
        "--format",
        "html",
        "--out",
        &missing.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("cannot write"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(files_under(out_dir.path()).len(), 1);
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_links_out_of_the_workspace_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let outside = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("secret.txt"), "secret").expect("secret");
    std::fs::write(dir.path().join("aims.toml"), "as_of = 2026-06-01\n").expect("config");
    std::fs::create_dir(dir.path().join("evidence")).expect("folder");
    let link = |target: &Path, name: &str| {
        std::os::unix::fs::symlink(target, dir.path().join(name)).expect("symlink")
    };
    link(&dir.path().join("evidence/b.txt"), "evidence/a.txt");
    link(&dir.path().join("evidence/a.txt"), "evidence/b.txt");
    link(&outside.path().join("secret.txt"), "evidence/out.txt");
    link(dir.path(), "evidence/self"); // a folder loop for the file walker
    let spec = r#"role r "R" {
  holder: "Ada"
}

evidence looped "A link loop" {
  file: "evidence/a.txt"
  date: 2026-05-01
  valid_for: 12 months
}

evidence leaked "A link out" {
  file: "evidence/out.txt"
  date: 2026-05-01
  valid_for: 12 months
}
"#;
    std::fs::write(dir.path().join("spec.aims"), spec).expect("spec");
    let output = aims(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{output:?}");
    let report = json(&output);
    let diagnostics = report["diagnostics"].as_array().expect("list");
    let about = |needle: &str| {
        diagnostics
            .iter()
            .filter(|d| d["message"].as_str().unwrap_or_default().contains(needle))
            .map(|d| d["code"].as_str().unwrap_or_default().to_owned())
            .collect::<Vec<_>>()
    };
    assert!(
        about("out.txt").contains(&"path-outside-workspace".to_owned()),
        "{diagnostics:#?}"
    );
    assert!(
        !about("a.txt").is_empty(),
        "the loop is reported: {diagnostics:#?}"
    );
    assert!(!stdout(&output).contains("secret\""), "the secret was read");
}

/// A write that fails part way, as on a full disk, is an error that names what
/// could not be written, with exit code 2, never an internal error. The file-size
/// limit (`ulimit -f`, with `SIGXFSZ` ignored so that a write past it fails with
/// "File too large" instead of killing the process) stands in for the full disk.
/// XLSX writes each sheet to a temporary file first, and the library it uses
/// panics when such a write fails: the renderer turns that into this error.
#[cfg(unix)]
#[test]
fn a_failing_xlsx_write_is_a_plain_error() {
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = out_dir.path().join("report.xlsx");
    let output = std::process::Command::new("sh")
        .args(["-c", r#"trap '' XFSZ; ulimit -f 2; exec "$@""#, "sh"])
        .arg(env!("CARGO_BIN_EXE_aims"))
        .args(["report", &repo("examples/acme").to_string_lossy()])
        .args(["--format", "xlsx", "--out", &out.to_string_lossy()])
        .env("TMPDIR", out_dir.path())
        .env("NO_COLOR", "1")
        .output()
        .expect("sh runs aims");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
    assert!(
        stderr
            .starts_with("error: cannot write the XLSX workbook: writing its temporary files in `"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Nothing is left in the output folder, which is also the temporary folder:
    // no partial workbook and no temporary file.
    assert_eq!(files_under(out_dir.path()), BTreeSet::new());
}
