//! End-to-end tests of the report and CI commands of the `aims` binary: `aims check
//! --format sarif|github|junit` on the errors example, `aims report` in every format
//! with `--out`, `aims report --schema`, and `aims export oscal`.

use crate::support;

use support::cli::{aims, json, stderr, stdout};
use support::paths::repo;

#[test]
fn check_ci_formats_keep_the_exit_codes() {
    let errors = repo("examples/errors");
    let errors = errors.to_str().unwrap();
    let sarif = aims(&["check", errors, "--format", "sarif"]);
    assert_eq!(sarif.status.code(), Some(1), "errors example must fail");
    let log = json(&sarif);
    assert_eq!(log["version"], "2.1.0");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("tests/fixtures/schemas/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let problems: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        problems.is_empty(),
        "the SARIF of examples/errors is not valid: {problems:#?}"
    );
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    // Paths are relative to the repository, which holds the workspace in examples/.
    let uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("examples/errors/"), "{uri}");

    let github = aims(&["check", errors, "--format", "github"]);
    assert_eq!(github.status.code(), Some(1));
    let text = stdout(&github);
    assert!(
        text.lines()
            .any(|l| l.starts_with("::error file=examples/errors/")),
        "{text}"
    );

    let junit = aims(&["check", errors, "--format", "junit"]);
    assert_eq!(junit.status.code(), Some(1));
    assert!(stdout(&junit).starts_with("<?xml"));

    let acme = aims(&[
        "check",
        repo("examples/acme").to_str().unwrap(),
        "--format",
        "sarif",
    ]);
    assert_eq!(acme.status.code(), Some(0));
}

#[test]
fn report_writes_every_format_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let acme = repo("examples/acme");
    let acme = acme.to_str().unwrap();
    for (format, starts) in [
        ("json", &b"{"[..]),
        ("html", &b"<!DOCTYPE html>"[..]),
        ("markdown", &b"# Acme Secure AI Ltd"[..]),
        ("csv", &b"framework,control,"[..]),
        ("xlsx", &b"PK"[..]),
    ] {
        let out = dir.path().join(format!("report.{format}"));
        let output = aims(&[
            "report",
            acme,
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(
            bytes.starts_with(starts),
            "{format} output starts with {:?}",
            &bytes[..bytes.len().min(20)]
        );
    }
}

#[test]
fn report_schema_and_oscal_export() {
    let schema = aims(&["report", "--schema"]);
    assert_eq!(schema.status.code(), Some(0));
    let shipped = std::fs::read_to_string(repo("schemas/report.schema.json")).unwrap();
    assert_eq!(stdout(&schema), shipped);

    let oscal = aims(&["export", "oscal", repo("examples/acme").to_str().unwrap()]);
    assert_eq!(oscal.status.code(), Some(0));
    let document = json(&oscal);
    assert_eq!(
        document["component-definition"]["metadata"]["oscal-version"],
        "1.1.3"
    );

    let bad = aims(&["export", "oscal", "/no/such/folder"]);
    assert_eq!(bad.status.code(), Some(2));
}
