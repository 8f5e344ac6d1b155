//! The built-in catalogues against the reference data they are generated from:
//! the generator's `--check` mode proves that `compiler/catalogues/` is what
//! `reference/` produces (so a clone can regenerate them), and the count tests
//! pin each catalogue to the figures its cited source gives.

use std::path::Path;
use std::process::Command;

/// The repository root: the parent of the compiler crate.
fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

#[test]
fn catalogues_regenerate_from_the_reference_data_in_the_repository() {
    let root = repo_root();
    assert!(
        root.join("reference/SOURCES.md").is_file(),
        "reference/SOURCES.md is part of the repository"
    );
    let output = Command::new("python3")
        .arg("tools/gen_catalogues.py")
        .arg("--check")
        .current_dir(root)
        .output()
        .expect("python3 runs (CI needs it for this check)");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{text}");
    assert!(text.contains("compared with reference"), "{text}");
}

#[test]
fn generated_catalogues_name_only_sources_inside_the_repository() {
    let dir = repo_root().join("compiler/catalogues");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("shared/reference"),
            "{} points outside the repository",
            path.display()
        );
    }
}

/// `aims catalog show NAME --format json`, parsed.
fn show(name: &str) -> serde_json::Value {
    let output = Command::new(env!("CARGO_BIN_EXE_aims"))
        .args(["catalog", "show", name, "--format", "json"])
        .env("NO_COLOR", "1")
        .output()
        .expect("the aims binary runs");
    assert_eq!(output.status.code(), Some(0), "catalog show {name}");
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// Requirements of one kind, and the ids of all of them.
fn kind_count(json: &serde_json::Value, kind: &str) -> usize {
    json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == kind)
        .count()
}

fn ids(json: &serde_json::Value) -> Vec<String> {
    json["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn nist_csf_2_has_the_106_subcategories_of_nist_cswp_29() {
    // NIST CSWP 29 (CSF 2.0) Core: 6 functions, 22 categories, 106 subcategories.
    let json = show("nist_csf");
    assert_eq!(kind_count(&json, "subcategory"), 106);
    let ids = ids(&json);
    assert_eq!(ids.first().map(String::as_str), Some("GV.OC.01"));
    assert_eq!(ids.last().map(String::as_str), Some("RC.CO.04"));
    for function in ["GV.", "ID.", "PR.", "DE.", "RS.", "RC."] {
        assert!(ids.iter().any(|i| i.starts_with(function)), "{function}");
    }
}

#[test]
fn nis2_has_the_ten_measures_of_article_21_2() {
    // Directive (EU) 2022/2555 Article 21(2), points (a) to (j).
    let json = show("nis2");
    assert_eq!(kind_count(&json, "obligation"), 10);
    let expected: Vec<String> = ('a'..='j').map(|c| format!("art21_2_{c}")).collect();
    assert_eq!(ids(&json), expected);
}

#[test]
fn dora_has_articles_5_to_14_of_chapter_ii() {
    // Regulation (EU) 2022/2554 Chapter II (ICT risk management), Articles 5-14.
    let json = show("dora");
    let expected: Vec<String> = (5..=14).map(|n| format!("art{n}")).collect();
    assert_eq!(ids(&json), expected);
}

#[test]
fn both_gdprs_list_articles_5_to_50_and_allow_justified_exclusion() {
    // Regulation (EU) 2016/679 Chapters II-V: Articles 5-50.
    for name in ["eu_gdpr", "uk_gdpr"] {
        let json = show(name);
        assert_eq!(kind_count(&json, "article"), 46, "{name}");
        let expected: Vec<String> = (5..=50).map(|n| format!("art{n}")).collect();
        assert_eq!(ids(&json), expected, "{name}");
        assert_eq!(json["requirements"][0]["excludable"], true, "{name}");
    }
}

#[test]
fn nhs_dspt_has_the_ten_data_security_standards_and_is_a_self_assessment() {
    // The ten National Data Guardian data security standards the DSPT assesses.
    let json = show("nhs_dspt");
    assert_eq!(kind_count(&json, "standard"), 10);
    assert_eq!(json["self_assessment"], true);
    assert_eq!(json["assessment_every"], "12 months");
    assert_eq!(json["certifiable"], false);
}

#[test]
fn iso27701_2019_has_31_controller_and_18_processor_controls_and_extends_iso27001() {
    // ISO/IEC 27701:2019 Annex A (PII controllers) and Annex B (PII processors).
    let json = show("iso27701");
    assert_eq!(kind_count(&json, "control"), 49);
    let ids = ids(&json);
    assert_eq!(ids.iter().filter(|i| i.starts_with("A.7.")).count(), 31);
    assert_eq!(ids.iter().filter(|i| i.starts_with("B.8.")).count(), 18);
    assert_eq!(ids.first().map(String::as_str), Some("A.7.2.1"));
    assert_eq!(ids.last().map(String::as_str), Some("B.8.5.8"));
    assert_eq!(json["certifiable"], true);
    let text =
        std::fs::read_to_string(repo_root().join("compiler/catalogues/iso27701.aims")).unwrap();
    assert!(text.contains("requires: { framework: iso27001 }"));
}

#[test]
fn dcb0129_has_the_57_numbered_requirements_of_the_compliance_template() {
    // NHS England DCB0129 compliance assessment template v5.0, sections 2-7.
    let json = show("dcb0129");
    assert_eq!(kind_count(&json, "obligation"), 57);
    let ids = ids(&json);
    assert_eq!(ids.first().map(String::as_str), Some("2.1.1"));
    assert_eq!(ids.last().map(String::as_str), Some("7.3.4"));
    assert!(
        !ids.iter().any(|i| i.starts_with("3.2.")),
        "3.2 is not in the source"
    );
    assert_eq!(json["certifiable"], false);
}

#[test]
fn the_csf_crosswalk_to_iso27001_is_nist_s_informative_reference() {
    let text = std::fs::read_to_string(
        repo_root().join("compiler/catalogues/crosswalk_nist_csf_iso27001.aims"),
    )
    .unwrap();
    assert!(text.contains("partial: true"));
    assert!(text.contains("NIST OLIR"));
    // GV.OC-01 intersects ISO/IEC 27001:2022 clause 4.1 in NIST's mapping.
    assert!(
        text.contains("map GV.OC.01 { to: [4.1,"),
        "{}",
        &text[..2000]
    );
}

#[test]
fn catalog_list_shows_the_new_catalogues() {
    let output = Command::new(env!("CARGO_BIN_EXE_aims"))
        .args(["catalog", "list"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for name in [
        "nist_csf", "nis2", "dora", "eu_gdpr", "uk_gdpr", "nhs_dspt", "iso27701", "dcb0129",
    ] {
        assert!(
            text.lines()
                .any(|l| l.split_whitespace().next() == Some(name)),
            "{name} missing from:\n{text}"
        );
    }
}
