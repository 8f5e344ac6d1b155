//! The prose check end to end through the `aims` binary: the Northwind trust page
//! of issue 10 fails `aims check` with exactly its two overclaims, an honest
//! page of general statements about the standards raises nothing, and claims
//! published as data (a trust centre's JSON, a page's front matter) are read
//! and pointed at.

use std::path::Path;

use crate::support;

use support::cli::{aims, json, stdout};

const SPEC: &str = r#"organisation northwind "Northwind Analytics Ltd" {
  trading_as: ["Northwind", "Northwind Analytics"]
  scope: [cyber_essentials]
}

certification ce "Cyber Essentials" {
  framework: cyber_essentials
  status: achieved
  certificate: "IASME-CE-013579"
  body: "IASME"
  issued: 2026-03-10
  expires: 2027-03-09
}

certification isms "ISO/IEC 27001" {
  framework: iso27001
  status: in_progress
  since: 2026-05-01
  target: 2027-06
}

certification aims_cert "ISO/IEC 42001" {
  framework: iso42001
  status: planned
  target: 2028-Q1
}

supplier aws "Amazon Web Services" {
  owner: security_lead
}

assurance aws_27001 "AWS ISO/IEC 27001 certificate" {
  supplier: aws
  framework: iso27001
  issued: 2025-11-01
  expires: 2028-10-31
}

role security_lead "Security lead" {
  holder: "Owen Price"
}

publication trust "Trust page" {
  file: "site/trust.md"
}
"#;

/// Writes the spec and the page and runs `aims check --format json`; returns
/// the exit code and the (code, severity, file, text) of each diagnostic located
/// in the page.
fn check(page: &str) -> (Option<i32>, Vec<(String, String, String)>) {
    check_at("site/trust.md", page)
}

/// As [`check`], with the page written at `path` and the publication naming it.
fn check_at(path: &str, page: &str) -> (Option<i32>, Vec<(String, String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "aims.toml", "as_of = 2026-12-01\n");
    write(
        dir.path(),
        "spec.aims",
        &SPEC.replace("site/trust.md", path),
    );
    write(dir.path(), path, page);
    let output = aims(&[
        "check",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2026-12-01",
    ]);
    let report = json(&output);
    let mut found = Vec::new();
    for d in report["diagnostics"].as_array().expect("diagnostics") {
        let file = d["file"].as_str().unwrap_or_default();
        if file != path {
            continue;
        }
        // 1-based line and columns counted in characters.
        let n = |key: &str| d[key].as_u64().unwrap_or(1) as usize - 1;
        let line = page.lines().nth(n("line")).unwrap_or_default();
        let text: String = line
            .chars()
            .skip(n("column"))
            .take(n("end_column").saturating_sub(n("column")))
            .collect();
        found.push((
            d["code"].as_str().unwrap_or_default().to_owned(),
            d["severity"].as_str().unwrap_or_default().to_owned(),
            text,
        ));
    }
    (output.status.code(), found)
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn the_northwind_trust_page_fails_with_its_two_overclaims() {
    let page = "# Trust\n\nNorthwind is Cyber Essentials certified and ISO 27001 compliant. We are aligned with ISO 42001.\n";
    let (code, found) = check(page);
    assert_eq!(
        found,
        [
            (
                "claim-overstated".to_owned(),
                "error".to_owned(),
                "ISO 27001".to_owned()
            ),
            (
                "claim-overstated".to_owned(),
                "error".to_owned(),
                "ISO 42001".to_owned()
            ),
        ]
    );
    assert_eq!(code, Some(1), "errors fail the build");
}

#[test]
fn an_honest_page_of_general_statements_raises_nothing() {
    let page = "# Why ISO/IEC 42001 matters\n\n\
ISO/IEC 42001 is the first international standard for an AI management system.\n\
Certification to ISO/IEC 42001 lets an organisation demonstrate that it governs its AI systems responsibly.\n\
Few companies hold ISO 42001 certification yet, which is why pursuing it early matters.\n\
Organisations certified to ISO 27001 are audited every year by an accredited certification body.\n\
Cyber Essentials is a UK government scheme that covers five technical controls.\n\n\
## Where Northwind stands\n\n\
Northwind is Cyber Essentials certified. We are working towards ISO 27001 certification, with a target of June 2027. \
ISO 42001 certification is planned for 2028. Our hosting provider, Amazon Web Services, holds ISO 27001.\n";
    let (_, found) = check(page);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_message_names_the_phrase_and_the_reading() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "spec.aims", SPEC);
    write(
        dir.path(),
        "site/trust.md",
        "Our ISO 42001 Stage 2 audit is booked for March.\n",
    );
    let output = aims(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        "2026-12-01",
    ]);
    let text = stdout(&output);
    assert!(text.contains("claim-overstated"), "{text}");
    assert!(text.contains("read ‘Stage 2’ as in progress"), "{text}");
}

#[test]
fn claims_published_as_data_are_read_and_pointed_at() {
    let feed = "{\n  \"org\": \"northwind\",\n  \"frameworks\": [\n    {\"id\": \"cyber_essentials\", \"status\": \"certified\"},\n    {\"id\": \"iso27001\", \"status\": \"certified\"},\n    {\"id\": \"iso42001\", \"status\": \"planned\"}\n  ]\n}\n";
    let (code, found) = check_at("site/status.json", feed);
    assert_eq!(
        found,
        [(
            "claim-overstated".to_owned(),
            "error".to_owned(),
            "iso27001".to_owned()
        )]
    );
    assert_eq!(code, Some(1));
    // Front matter is what a template shows: its title and badges.
    let page = "---\ntitle: Security at Northwind\ncertifications:\n  - name: Cyber Essentials\n    status: certified\n  - name: ISO/IEC 27001\n    status: in_progress\n---\n\n# Security\n\nWe publish our status below.\n";
    let (_, found) = check(page);
    assert!(found.is_empty(), "{found:?}");
    let page = page.replace("status: in_progress", "status: certified");
    let (_, found) = check(&page);
    assert_eq!(
        found,
        [(
            "claim-overstated".to_owned(),
            "error".to_owned(),
            "ISO/IEC 27001".to_owned()
        )]
    );
}
