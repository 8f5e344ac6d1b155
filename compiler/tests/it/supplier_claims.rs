//! Published claims about a supplier's certificates, checked end to end through
//! the `aims` binary against that supplier's `assurance` records: named or found
//! by what it provides, unbacked when it has none, overstated when it has expired,
//! and silent when the record backs the claim, the sentence does not claim it,
//! or the spec tracks no assurance of that supplier.

use std::path::Path;

use crate::support;

use support::cli::{aims, json};

const SPEC: &str = r#"organisation acme "Acme Ltd" {
  scope: [iso27001]
}

role it_lead "IT lead" { holder: "Ann Lee" }

certification isms "ISO/IEC 27001" {
  framework: iso27001
  status: planned
  target: 2028-Q1
}

supplier cloud "Nimbus Cloud" {
  owner: it_lead
  provides: "Hosting in UK regions"
}

supplier mail "Postbox Mail" {
  owner: it_lead
  provides: "Email delivery"
}

publication trust { file: "site/trust.md" }
"#;

const CLOUD_27001: &str = r#"
assurance cloud_27001 "Nimbus ISO/IEC 27001 certificate" {
  supplier: cloud
  framework: iso27001
  issued: 2025-04-01
  expires: EXPIRES
}
"#;

/// `aims check` on the spec (plus `extra`) and the page, as of 2026-11-28: the
/// (code, message) of each diagnostic in the page.
fn check(extra: &str, page: &str) -> Vec<(String, String)> {
    check_spec(&format!("{SPEC}{extra}"), page)
}

fn check_spec(spec: &str, page: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "spec.aims", spec);
    write(dir.path(), "site/trust.md", page);
    let output = aims(&[
        "check",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2026-11-28",
    ]);
    json(&output)["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["file"] == "site/trust.md")
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn codes(found: &[(String, String)]) -> Vec<&str> {
    found.iter().map(|(c, _)| c.as_str()).collect()
}

/// A SOC 2 report of the hosting supplier: the spec tracks that supplier's
/// assurance, so its other claims are judged too.
const CLOUD_SOC2: &str = r#"
assurance cloud_soc2 "Nimbus SOC 2 Type 2 report" {
  supplier: cloud
  framework: soc2
  issued: 2026-06-30
}
"#;

#[test]
fn a_supplier_whose_assurance_is_not_tracked_is_not_judged() {
    // No `assurance` record of any supplier: the page may repeat what the
    // supplier publishes, and the spec has nothing to compare it with.
    let page = "# Trust\n\nNimbus Cloud holds ISO 27001 certification.\n";
    assert_eq!(check("", page), []);
    // A sentence that points to no declared supplier is about a third party.
    let other = "# Trust\n\nOur payment processor, Stripe, is ISO 27001 certified.\n";
    assert_eq!(check(CLOUD_SOC2, other), []);
}

#[test]
fn a_named_supplier_without_assurance_is_unbacked_and_with_it_is_fine() {
    let page = "# Trust\n\nNimbus Cloud holds ISO 27001 certification.\n";
    let found = check(CLOUD_SOC2, page);
    assert_eq!(codes(&found), ["claim-unbacked"], "{found:?}");
    assert!(found[0].1.contains("supplier `cloud`"), "{}", found[0].1);
    assert!(
        found[0].1.contains("no ISO/IEC 27001 assurance"),
        "{}",
        found[0].1
    );

    let current = CLOUD_27001.replace("EXPIRES", "2028-03-31");
    assert_eq!(check(&format!("{CLOUD_SOC2}{current}"), page), []);
}

#[test]
fn an_expired_supplier_certificate_is_overstated() {
    let expired = CLOUD_27001.replace("EXPIRES", "2026-03-31");
    let found = check(
        &expired,
        "# Trust\n\nOur hosting provider, Nimbus Cloud, is ISO 27001 certified.\n",
    );
    assert_eq!(codes(&found), ["claim-overstated"], "{found:?}");
    assert!(
        found[0].1.contains("`cloud_27001` expired on 2026-03-31"),
        "{}",
        found[0].1
    );
}

#[test]
fn an_unnamed_supplier_is_found_by_what_it_provides() {
    // "hosting" points to the supplier that provides hosting, whose record is
    // checked; the mail supplier's certificate does not back it.
    let mail = r#"
assurance mail_27001 "Postbox ISO/IEC 27001 certificate" {
  supplier: mail
  framework: iso27001
  issued: 2025-04-01
  expires: 2028-03-31
}
"#;
    let page = "# Trust\n\nOur hosting provider is ISO 27001 certified.\n";
    let found = check(&format!("{mail}{CLOUD_SOC2}"), page);
    assert_eq!(codes(&found), ["claim-unbacked"], "{found:?}");
    assert!(found[0].1.contains("supplier `cloud`"), "{}", found[0].1);

    let current = CLOUD_27001.replace("EXPIRES", "2028-03-31");
    assert_eq!(check(&current, page), []);
}

#[test]
fn hedged_sentences_and_specs_without_suppliers_claim_nothing() {
    for page in [
        "Our hosting provider is not ISO 27001 certified.\n",
        "Our hosting provider will be ISO 27001 certified next year.\n",
        "Is your hosting provider ISO 27001 certified?\n",
        "We require every supplier to hold ISO 27001 certification.\n",
        "Many contracts require suppliers to hold ISO 27001.\n",
    ] {
        assert_eq!(check("", page), [], "{page}");
    }
    let without_suppliers = SPEC.split("supplier cloud").next().unwrap().to_owned()
        + "publication trust { file: \"site/trust.md\" }\n";
    assert_eq!(
        check_spec(
            &without_suppliers,
            "Our hosting provider is ISO 27001 certified.\n"
        ),
        []
    );
}

#[test]
fn the_organisation_s_own_claims_are_still_judged_against_its_certification() {
    // A supplier's certificate does not back the organisation's own claim.
    let current = CLOUD_27001.replace("EXPIRES", "2028-03-31");
    let found = check(&current, "# Trust\n\nAcme is ISO 27001 certified.\n");
    assert_eq!(codes(&found), ["claim-overstated"], "{found:?}");
}
