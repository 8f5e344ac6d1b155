//! `aims publish` and `aims report --audience buyer` end to end on the bundled acme
//! workspace: the statement is written in every format, passes `aims check` as a
//! publication of the same spec, changes when the spec does, and the badges and the
//! buyer's report say every status.

use std::path::Path;

use crate::support;

use support::cli::{aims, json, stderr, stdout};
use support::paths::repo;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn acme_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo("examples/acme"), dir.path());
    dir
}

fn publish(root: &Path, args: &[&str]) -> String {
    let mut all = vec!["publish", root.to_str().unwrap()];
    all.extend_from_slice(args);
    let output = aims(&all);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    stdout(&output)
}

/// The claim diagnostics `aims check` raises on the workspace.
fn claim_codes(root: &Path) -> Vec<String> {
    let output = aims(&["check", root.to_str().unwrap(), "--format", "json"]);
    json(&output)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"].as_str().unwrap().starts_with("claim-"))
        .map(|d| format!("{} {}:{} {}", d["code"], d["file"], d["line"], d["message"]))
        .collect()
}

#[test]
fn the_acme_statement_passes_aims_check_as_a_publication_in_every_format() {
    let dir = acme_copy();
    let root = dir.path();
    assert!(claim_codes(root).is_empty());
    let markdown = publish(root, &[]);
    insta::assert_snapshot!("acme_statement_markdown", markdown);
    insta::assert_snapshot!(
        "acme_statement_html_fragment",
        publish(root, &["--format", "html-fragment"])
    );
    let page = publish(root, &["--format", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<section class=\"aims-trust\">"));
    let json_text = publish(root, &["--format", "json"]);
    insta::assert_snapshot!("acme_statement_json", json_text);

    for (name, text) in [
        ("statement.md", markdown.as_str()),
        ("statement.html", page.as_str()),
    ] {
        std::fs::write(root.join("site").join(name), text).unwrap();
    }
    std::fs::write(
        root.join("spec/published.aims"),
        "publication statement_md { file: \"../site/statement.md\" }\npublication statement_html { file: \"../site/statement.html\" }\n",
    )
    .unwrap();
    assert_eq!(claim_codes(root), Vec::<String>::new());

    // A control check: an overclaim on the same page is caught, so the check above
    // could fail.
    std::fs::write(
        root.join("site/statement.md"),
        format!("{markdown}\nWe are ISO 42001 certified.\n"),
    )
    .unwrap();
    assert_eq!(claim_codes(root).len(), 1);
}

#[test]
fn the_json_statement_follows_the_shipped_schema() {
    let generated = aims::publish::json_schema();
    let path = repo("schemas/statement.schema.json");
    if std::env::var_os("AIMS_UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "schemas/statement.schema.json is out of date; run `AIMS_UPDATE_SCHEMAS=1 cargo test -p aims-compiler --test it publish` and commit it"
    );
    let output = aims(&["publish", "--schema"]);
    assert_eq!(stdout(&output), shipped);
    let schema: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let statement: serde_json::Value =
        serde_json::from_str(&publish(&repo("examples/acme"), &["--format", "json"])).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&statement)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_statement_changes_when_the_spec_does() {
    let dir = acme_copy();
    let root = dir.path();
    let before = publish(root, &[]);
    assert!(before.contains("Cyber Essentials certification is in progress."));
    let certs = root.join("spec/certifications.aims");
    let text = std::fs::read_to_string(&certs).unwrap();
    std::fs::write(
        &certs,
        text.replace(
            "  status: in_progress\n  since: 2026-09-01\n  target: 2027-01\n",
            "  status: lapsed\n  expires: 2026-08-31\n",
        ),
    )
    .unwrap();
    let after = publish(root, &[]);
    assert_ne!(before, after);
    assert!(after.contains("## Cyber Essentials: lapsed"), "{after}");
    assert!(
        after.contains(
            "Cyber Essentials certification has lapsed: the certificate expired on 2026-08-31."
        ),
        "{after}"
    );
}

#[test]
fn out_and_badges_write_files() {
    let dir = acme_copy();
    let root = dir.path();
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let badges = out.path().join("badges");
    let printed = publish(
        root,
        &[
            "--format",
            "json",
            "--out",
            site.to_str().unwrap(),
            "--badges",
            badges.to_str().unwrap(),
        ],
    );
    assert!(printed.is_empty());
    let statement: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("trust-statement.json")).unwrap())
            .unwrap();
    assert_eq!(statement["version"], 1);
    let mut written: Vec<String> = std::fs::read_dir(&badges)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "cyber_essentials.svg",
            "cyber_essentials_plus.svg",
            "iso27001.svg",
            "iso42001.svg"
        ]
    );
    let ce = std::fs::read_to_string(badges.join("cyber_essentials.svg")).unwrap();
    assert!(
        ce.contains(
            "<title>Cyber Essentials: in progress · target 2027-01 (as of 2026-11-28)</title>"
        ),
        "{ce}"
    );
}

#[test]
fn the_buyer_report_leaves_out_work_lists_but_no_status() {
    let acme = repo("examples/acme");
    let acme = acme.to_str().unwrap();
    let buyer = aims(&[
        "report",
        acme,
        "--format",
        "markdown",
        "--audience",
        "buyer",
    ]);
    assert_eq!(buyer.status.code(), Some(0), "{}", stderr(&buyer));
    let buyer = stdout(&buyer);
    insta::assert_snapshot!("acme_buyer_report_markdown", buyer);
    let internal = stdout(&aims(&["report", acme, "--format", "markdown"]));
    for section in [
        "Statement of Applicability",
        "Risk register",
        "Evidence freshness",
        "requirements by state",
    ] {
        assert!(internal.contains(section), "{section}");
        assert!(!buyer.contains(section), "{section} in the buyer report");
    }
    // Every certification's status is still there.
    let report = json(&aims(&["report", acme, "--format", "json"]));
    for c in report["certifications"].as_array().unwrap() {
        let title = c["title"].as_str().unwrap();
        assert!(buyer.contains(title), "{title}");
    }
    for status in ["**In progress**", "**Planned**"] {
        assert!(buyer.contains(status), "{status}");
    }

    let html = aims(&["report", acme, "--format", "html", "--audience", "buyer"]);
    let html = stdout(&html);
    assert!(html.contains("summary for buyers"));
    assert!(
        html.contains("<section id=\"certifications\">")
            && html.contains("<section id=\"coverage\">")
    );
    for section in ["soa", "risks", "evidence", "systems"] {
        assert!(
            !html.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    // The default is still the internal report.
    let full = stdout(&aims(&["report", acme, "--format", "html"]));
    assert!(full.contains("<section id=\"soa\">"));

    let refused = aims(&["report", acme, "--format", "json", "--audience", "buyer"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--audience buyer"));
}

#[test]
fn sub_processors_are_listed_with_no_more_assurance_than_recorded() {
    let dir = acme_copy();
    let root = dir.path();
    let before = publish(root, &[]);
    assert!(before.contains("## Sub-processors"), "{before}");
    assert!(
        before.contains(
            "UK cloud hosting provider holds a Cyber Essentials certificate valid to 2027-03-31. UK cloud hosting provider holds an ISO/IEC 27001 certificate valid to 2028-03-31."
        ),
        "{before}"
    );
    let statement: serde_json::Value =
        serde_json::from_str(&publish(root, &["--format", "json"])).unwrap();
    let listed: Vec<&str> = statement["sub_processors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["supplier"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ["cloud_host", "model_vendor"]);

    // A supplier nothing uses is not a sub-processor; one whose certificate has
    // expired is said to have expired; one with none says so.
    let management = root.join("spec/management.aims");
    let text = std::fs::read_to_string(&management).unwrap();
    std::fs::write(
        &management,
        text.replace("  expires: 2028-03-31\n", "  expires: 2026-10-31\n")
            + "\nsupplier stationer \"Office stationer\" {\n  owner: it_lead\n}\n"
            + "\nsupplier analytics \"Analytics vendor\" {\n  owner: it_lead\n}\n",
    )
    .unwrap();
    let systems = root.join("spec/systems.aims");
    let text = std::fs::read_to_string(&systems).unwrap();
    std::fs::write(
        &systems,
        text.replacen(
            "suppliers: [cloud_host]",
            "suppliers: [cloud_host, analytics]",
            1,
        ),
    )
    .unwrap();
    let after = publish(root, &[]);
    assert!(!after.contains("Office stationer"), "{after}");
    assert!(
        after.contains(
            "UK cloud hosting provider's ISO/IEC 27001 certificate expired on 2026-10-31."
        ),
        "{after}"
    );
    assert!(
        after.contains("Analytics vendor: no certificate or report is recorded."),
        "{after}"
    );
    assert!(
        !after.contains("ISO/IEC 27001 certificate valid to"),
        "{after}"
    );
    // ... and the statement still passes as a publication of the same spec,
    // while the hand-written trust page, which says the host holds ISO/IEC 27001,
    // is now caught.
    std::fs::write(root.join("site/statement.md"), &after).unwrap();
    std::fs::write(
        root.join("spec/published.aims"),
        "publication statement_md { file: \"../site/statement.md\" }\n",
    )
    .unwrap();
    let found = claim_codes(root);
    assert!(
        found.iter().all(|c| c.contains("site/trust.md")),
        "{found:#?}"
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].contains("`cloud_host_27001` expired on 2026-10-31"));
}
