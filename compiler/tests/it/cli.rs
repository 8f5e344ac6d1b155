//! End-to-end tests of the `aims` binary on real files: exit codes, human and JSON
//! output, and one-line errors for bad input.

use crate::support;

use support::cli::{aims, json, stderr, stdout};
use support::json::find;
use support::paths::repo;

#[test]
fn acme_passes() {
    let output = aims(&["check", repo("examples/acme").to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("0 errors"), "{}", stdout(&output));
    assert!(stdout(&output).contains("as of 2026-11-28"));
}

#[test]
fn errors_example_fails_with_exactly_the_expected_codes() {
    let dir = repo("examples/errors");
    let output = aims(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    let mut found: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect();
    found.sort();
    found.dedup();
    let expected_text = std::fs::read_to_string(dir.join("expected-codes.txt")).unwrap();
    let mut expected: Vec<String> = expected_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn three_unrelated_mistakes_in_human_and_json_form() {
    let dir = repo("tests/fixtures/workspaces/three-mistakes");
    let output = aims(&[
        "check",
        dir.to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2026-11-28",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    assert_eq!(report["version"], 1);
    assert_eq!(report["as_of"], "2026-11-28");
    let got: Vec<(String, u64, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("unknown-field".to_owned(), 3, 3),
            ("undefined-name".to_owned(), 12, 14),
            ("syntax-error".to_owned(), 15, 43),
        ]
    );
    assert_eq!(report["summary"]["errors"], 3);

    let human = aims(&["check", dir.to_str().unwrap(), "--color", "never"]);
    let text = stdout(&human);
    for expected in [
        "spec.aims:3:3",
        "spec.aims:12:14",
        "spec.aims:15:43",
        "did you mean `lifecycle`?",
        "did you mean `fairness_tests`?",
        "never closed",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains('\u{1b}'), "no colour codes when told not to");
}

#[test]
fn columns_count_characters_after_non_ascii_text_and_crlf() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.aims"),
        "role café \"Café — 😀\" {\r\n  holdr: \"Zoë\"\r\n}\r\nrole r2 \"é😀\" { holder: x }\r\n",
    )
    .unwrap();
    let output = aims(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    let report = json(&output);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    let unknown = diagnostics
        .iter()
        .find(|d| d["code"] == "unknown-field")
        .unwrap();
    assert_eq!(
        (
            unknown["line"].as_u64(),
            unknown["column"].as_u64(),
            unknown["end_column"].as_u64()
        ),
        (Some(2), Some(3), Some(8))
    );
    let invalid = diagnostics
        .iter()
        .find(|d| d["code"] == "invalid-value")
        .unwrap();
    // `role r2 "é😀" { holder: x }`: x is the 24th character on line 4.
    assert_eq!(
        (invalid["line"].as_u64(), invalid["column"].as_u64()),
        (Some(4), Some(24))
    );
}

#[test]
fn bad_input_gives_one_line_and_exit_2() {
    for args in [
        vec!["check", "/no/such/folder"],
        vec!["check", ".", "--as-of", "2026-13-01"],
        vec!["check", ".", "--as-of", "tomorrow"],
        vec!["check", "--format", "xml"],
        vec!["check", "--no-such-flag"],
        vec!["explain", "no-such-code"],
        vec!["frobnicate"],
    ] {
        let output = aims(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = stderr(&output);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("error"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.aims"),
        "role lonely \"Nobody uses me\" {}\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    assert_eq!(aims(&["check", path]).status.code(), Some(0));
    assert_eq!(
        aims(&["check", path, "--deny", "warnings"]).status.code(),
        Some(1)
    );
}

#[test]
fn severity_overrides_in_aims_toml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.aims"),
        "role lonely \"Nobody uses me\" {}\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("aims.toml"),
        "[severity]\nunused-declaration = \"error\"\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    assert_eq!(aims(&["check", path]).status.code(), Some(1));
    std::fs::write(
        dir.path().join("aims.toml"),
        "[severity]\nunused-declaration = \"off\"\n",
    )
    .unwrap();
    let report = json(&aims(&["check", path, "--format", "json"]));
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 0);
    std::fs::write(dir.path().join("aims.toml"), "severty = 1\n").unwrap();
    let report = json(&aims(&["check", path, "--format", "json"]));
    let config = find(&report["diagnostics"], "code", "invalid-config");
    assert_eq!(config["file"], "aims.toml");
    assert!(
        config["message"].as_str().unwrap().contains("severty"),
        "{config}"
    );
}

#[test]
fn gitignored_files_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".gitignore"), "drafts/\n").unwrap();
    std::fs::create_dir(dir.path().join("drafts")).unwrap();
    std::fs::write(
        dir.path().join("drafts/broken.aims"),
        "this is {{ not valid",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ok.aims"),
        "role r \"R\" {}\norganisation o { description: \"x\" }\n",
    )
    .unwrap();
    let report = json(&aims(&[
        "check",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]));
    assert!(
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["file"] != "drafts/broken.aims")
    );
}

#[test]
fn explain_prints_every_code_and_help_exists_for_every_command() {
    for code in aims::diagnostics::Code::ALL {
        let output = aims(&["explain", code.name()]);
        assert_eq!(output.status.code(), Some(0));
        assert!(stdout(&output).starts_with(&format!("# {}", code.name())));
    }
    let list = stdout(&aims(&["explain"]));
    assert_eq!(list.lines().count(), aims::diagnostics::Code::ALL.len());
    for command in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["explain", "--help"],
    ] {
        let output = aims(&command);
        assert_eq!(output.status.code(), Some(0), "{command:?}");
        assert!(stdout(&output).contains("Usage"), "{command:?}");
    }
}

#[test]
fn fmt_check_reports_and_fmt_fixes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.aims");
    std::fs::write(
        &file,
        "role r \"R\" { holder: \"x\", email: \"y\" }\norganisation o { description: \"x\" }\n",
    )
    .unwrap();
    let path = dir.path().to_str().unwrap();
    let check = aims(&["fmt", "--check", path]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout(&check).contains("a.aims: not formatted"));
    assert_eq!(aims(&["fmt", path]).status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("role r \"R\" {\n  holder: \"x\"\n  email: \"y\"\n}\n")
    );
    assert_eq!(aims(&["fmt", "--check", path]).status.code(), Some(0));
    std::fs::write(&file, "role r {").unwrap();
    let broken = aims(&["fmt", path]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stderr(&broken).contains("a.aims:1:8: cannot format a file with syntax errors"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "role r {",
        "broken files are left alone"
    );
}

#[test]
fn init_creates_a_workspace_that_checks_cleanly_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("governance");
    let path = target.to_str().unwrap();
    let output = aims(&["init", path, "--name", "Acme \"Quoted\" Ltd"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let check = aims(&["check", path, "--format", "json", "--as-of", "2026-11-28"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let report = json(&check);
    assert_eq!(report["summary"]["errors"], 0);
    assert!(
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["code"] == "requirement-gap"),
        "{report}"
    );
    assert_eq!(aims(&["fmt", "--check", path]).status.code(), Some(0));
    let again = aims(&["init", path]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8(again.stderr)
            .unwrap()
            .contains("never overwrites")
    );
}
