//! `aims fix` applies the quick fixes the editor offers (or prints them as a diff),
//! and `aims exclude --gaps` writes exclusion stubs only for requirements that may be
//! excluded, with empty reasons that stay errors until a person writes them.

use crate::support;

use support::cli::{aims, json, stdout};

const SPEC: &str = "organisation o \"O Ltd\" {\n  jurisdiction: UK\n  scope: [iso27001]\n  risk_appetite: medium\n}\n\nrole ciso \"CISO\" {\n  holder: \"Tom\"\n}\n\ncontrol c \"Policies\" {\n  owner: cis\n  status: planned\n  satisfies: [iso27001.5.10]\n}\n";

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("aims.toml"), "as_of = 2026-11-28\n").unwrap();
    std::fs::write(dir.path().join("spec.aims"), SPEC).unwrap();
    dir
}

fn codes(dir: &std::path::Path) -> Vec<String> {
    let out = json(&aims(&["check", dir.to_str().unwrap(), "--format", "json"]));
    out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn fix_dry_run_prints_a_diff_and_fix_applies_it() {
    let dir = workspace();
    let path = dir.path().to_str().unwrap();
    assert_eq!(codes(dir.path()), ["undefined-name", "unknown-requirement"]);
    let output = aims(&["fix", path, "--dry-run"]);
    assert!(output.status.success());
    let diff = stdout(&output);
    assert!(
        diff.contains("--- a/spec.aims\n+++ b/spec.aims\n"),
        "{diff}"
    );
    assert!(
        diff.contains("-  owner: cis\n") && diff.contains("+  owner: ciso\n"),
        "{diff}"
    );
    assert!(
        diff.contains("-  satisfies: [iso27001.5.10]\n+  satisfies: [iso27001.A.5.10]\n"),
        "{diff}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("spec.aims")).unwrap(),
        SPEC
    );

    let output = aims(&["fix", path, "--code", "undefined-name"]);
    assert!(output.status.success());
    assert_eq!(codes(dir.path()), ["unknown-requirement"]);
    let output = aims(&["fix", path]);
    assert!(
        stdout(&output).contains("1 fixes applied"),
        "{}",
        stdout(&output)
    );
    assert!(codes(dir.path()).is_empty());
    assert_eq!(stdout(&aims(&["fix", path])), "nothing to fix\n");
    assert_eq!(
        aims(&["fix", path, "--code", "unknown-feld"]).status.code(),
        Some(2)
    );
}

#[test]
fn exclude_gaps_writes_stubs_only_for_what_may_be_excluded() {
    let dir = workspace();
    let path = dir.path().to_str().unwrap();
    assert!(aims(&["fix", path]).status.success());
    let output = aims(&["exclude", path, "--gaps", "iso27001"]);
    assert!(output.status.success());
    assert!(
        stdout(&output).contains("wrote 92 exclusion stubs"),
        "{}",
        stdout(&output)
    );
    let stubs = std::fs::read_to_string(dir.path().join("exclusions-iso27001.aims")).unwrap();
    assert!(stubs.contains("exclude iso27001.A.8.34 {\n  reason: \"\"\n  approved_by: ciso\n}"));
    assert!(!stubs.contains("iso27001.A.5.10 "), "satisfied already");
    assert!(
        !stubs.contains("exclude iso27001.4.1"),
        "clauses are not stubbed"
    );
    // The stubs are errors until justified, and nothing else.
    let errors = codes(dir.path());
    assert_eq!(errors.len(), 92);
    assert!(
        errors.iter().all(|c| c == "exclusion-unjustified"),
        "{errors:?}"
    );
    // Never overwrites; a framework whose gaps cannot be excluded gets none.
    assert_eq!(
        aims(&["exclude", path, "--gaps", "iso27001"]).status.code(),
        Some(2)
    );
    assert_eq!(
        aims(&["exclude", path, "--gaps", "iso42001"]).status.code(),
        Some(2)
    );
}
