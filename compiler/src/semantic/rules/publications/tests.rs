//! Tests of the prose-against-spec rule: the decision table, messages, the
//! SOC 2 and no-certificate policies, facts that contradict the record, and the
//! advice round trip.

use super::*;
use crate::semantic::rules::testing::{lines, project};

const PAGE: &str = "# Trust\n\nCyber Essentials is in progress.\n";

fn claim(status: ClaimedStatus) -> ProseClaim {
    let start = PAGE.find("Cyber Essentials").unwrap();
    ProseClaim {
        framework: "cyber_essentials".into(),
        range: TextRange::new(start, start + "Cyber Essentials".len()),
        status,
        qualifier: None,
        phrase: None,
        details: ClaimDetails::default(),
    }
}

fn compare_with(spec: &str, status: ClaimedStatus) -> Vec<Diagnostic> {
    let p = project(
        &format!("{spec}publication page {{ file: \"trust.md\" }}\n"),
        "2026-11-28",
    );
    let model = crate::queries::model(&p.db, p.workspace);
    let catalogue = crate::queries::catalogue(&p.db, p.workspace);
    let coverage = crate::queries::coverage(&p.db, p.workspace);
    compare(
        model,
        catalogue,
        coverage,
        "trust.md",
        PAGE,
        &[claim(status)],
        &[],
    )
}

const CE: &str = "certification ce { framework: cyber_essentials, status: STATUS }\n";

use ClaimedStatus as R;

/// The decision table, cell by cell, for a certifiable framework.
#[test]
fn decision_table() {
    let rows: &[(ClaimedStatus, [&str; 5])] = &[
        (
            R::Achieved,
            [
                "",
                "claim-overstated",
                "claim-overstated",
                "claim-overstated",
                "claim-unbacked",
            ],
        ),
        (
            R::InProgress,
            [
                "claim-understated",
                "",
                "claim-overstated",
                "",
                "claim-unbacked",
            ],
        ),
        (R::Planned, ["claim-understated", "", "", "", ""]),
        (
            R::Compliant,
            [
                "",
                "claim-overstated",
                "claim-overstated",
                "claim-overstated",
                "claim-unbacked",
            ],
        ),
        (
            R::Aligned,
            [
                "",
                "claim-ambiguous",
                "claim-overstated",
                "claim-ambiguous",
                "claim-unbacked",
            ],
        ),
        (R::Not, ["claim-understated", "", "", "", ""]),
        (R::Lapsed, ["claim-understated", "", "", "", ""]),
    ];
    let specs = [
        CE.replace("STATUS", "achieved"),
        CE.replace("STATUS", "in_progress"),
        CE.replace("STATUS", "planned"),
        "certification ce { framework: cyber_essentials, status: lapsed, expires: 2026-01-01 }\n"
            .to_owned(),
        String::new(),
    ];
    for (reading, want) in rows {
        for (spec, want) in specs.iter().zip(want) {
            let got: Vec<&str> = compare_with(spec, *reading)
                .iter()
                .map(|d| d.code.name())
                .collect();
            let want: Vec<&str> = if want.is_empty() { vec![] } else { vec![*want] };
            assert_eq!(got, want, "{reading:?} against {spec:?}");
        }
    }
}

#[test]
fn messages_name_the_spec_and_point_into_the_prose() {
    let found = compare_with(&CE.replace("STATUS", "planned"), R::InProgress);
    assert_eq!(
        lines(&found),
        [
            "error claim-overstated: this says Cyber Essentials is in progress, but the spec says Cyber Essentials is planned (`ce`) (read as in progress)"
        ]
    );
    assert_eq!(found[0].location.file, "trust.md");
    assert_eq!(&PAGE[found[0].location.range.range()], "Cyber Essentials");
    assert_eq!(found[0].labels[0].location.file, "spec.aims");
    assert!(
        found[0]
            .help
            .as_deref()
            .unwrap()
            .contains("“Cyber Essentials certification is planned”")
    );
}

#[test]
fn ignored_frameworks_are_skipped() {
    let p = project(
        "publication page { file: \"trust.md\", ignore: [cyber_essentials] }\n",
        "2026-11-28",
    );
    let model = crate::queries::model(&p.db, p.workspace);
    let catalogue = crate::queries::catalogue(&p.db, p.workspace);
    let coverage = crate::queries::coverage(&p.db, p.workspace);
    let ignored = ignored_frameworks(model, "trust.md");
    assert_eq!(ignored, ["cyber_essentials"]);
    assert!(
        compare(
            model,
            catalogue,
            coverage,
            "trust.md",
            PAGE,
            &[claim(R::Achieved)],
            &[],
        )
        .is_empty()
    );
}

/// Checks a page against a spec through the real queries.
fn check_page(spec: &str, page: &str) -> Vec<Diagnostic> {
    let p = crate::workspace::Project::from_sources(
        crate::config::Settings::new("2026-12-01".parse().unwrap()),
        None,
        vec![
            ("spec.aims".into(), spec.into(), crate::db::Origin::Spec),
            ("trust.md".into(), page.into(), crate::db::Origin::Prose),
        ],
    );
    p.diagnostics()
        .into_iter()
        .filter(|d| d.location.file == "trust.md")
        .collect()
}

/// A held SOC 2 Type 1 report.
const SOC2_TYPE1_HELD: &str = "attestation soc { framework: soc2, status: achieved, type: type1, report_date: 2026-03-31, auditor: \"X\" }\n";

/// The codes `page` raises against `spec`.
fn codes_on(spec: &str, page: &str) -> Vec<&'static str> {
    check_page(spec, page)
        .iter()
        .map(|d| d.code.name())
        .collect()
}

#[test]
fn a_type_2_claim_against_a_type_1_report_is_a_mismatch() {
    let spec = "attestation soc { framework: soc2, status: achieved, type: type1, report_date: 2026-08-15, auditor: \"X\" }\n";
    let found = check_page(spec, "Read our SOC 2 Type II report.");
    assert_eq!(
        lines(&found),
        [
            "error claim-mismatch: this claims a SOC 2 Type 2 report, but the spec's attestation `soc` is Type 1 (read ‘our SOC 2 Type II report’ as achieved)"
        ]
    );
    assert!(check_page(spec, "Read our SOC 2 Type I report.").is_empty());
}

#[test]
fn work_on_another_report_than_the_one_held_understates_nothing() {
    let codes = |page: &str| codes_on(SOC2_TYPE1_HELD, page);
    assert_eq!(
        codes("We are working towards a SOC 2 Type II report."),
        [""; 0]
    );
    assert_eq!(codes("Our 2027 SOC 2 report is in preparation."), [""; 0]);
    assert_eq!(
        codes("The next SOC 2 examination is being planned."),
        [""; 0]
    );
    assert_eq!(
        codes("Our SOC 2 Type 1 report is out. The Type 2 period has not started."),
        [""; 0]
    );
    assert_eq!(
        codes("Our SOC 2 Type 1 report is out. We intend to move to Type 2 next year."),
        [""; 0]
    );
    // Near miss: work towards the report on record understates it, and a
    // year after it says when, not which report.
    assert_eq!(
        codes("A SOC 2 report is planned for 2027."),
        ["claim-understated"]
    );
    assert_eq!(
        codes("We are working towards a SOC 2 Type 1 report."),
        ["claim-understated"]
    );
}

#[test]
fn soc2_is_an_attestation_not_a_certificate() {
    let achieved = "attestation soc { framework: soc2, status: achieved, type: type2, report_date: 2026-08-15, auditor: \"X\" }\n";
    let found = check_page(achieved, "We are SOC 2 certified.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code.name(), "claim-ambiguous");
    assert!(
        found[0].message.contains("attestation report"),
        "{}",
        found[0].message
    );
    assert!(!found[0].message.contains("certifiable"));
    let planned =
        "attestation soc { framework: soc2, status: planned, type: type2, target: 2027-06 }\n";
    assert_eq!(
        check_page(planned, "We are SOC 2 compliant.")[0]
            .code
            .name(),
        "claim-overstated"
    );
    assert_eq!(
        check_page("", "We are SOC 2 certified.")[0].code.name(),
        "claim-unbacked"
    );
    assert!(
        check_page(
            achieved,
            "Our SOC 2 Type II report is available on request."
        )
        .is_empty()
    );
}

#[test]
fn soc2_compliant_stays_a_blur_when_the_report_is_offered_after_it() {
    let codes = |page: &str| codes_on(SOC2_TYPE1_HELD, page);
    assert_eq!(
        codes("Harbour is fully SOC 2 compliant, report available on request."),
        ["claim-ambiguous"]
    );
    assert_eq!(
        codes("Yes we're SOC 2 compliant, the report is available under NDA."),
        ["claim-ambiguous"]
    );
    // Near miss: the report named without the compliance word.
    assert_eq!(codes("Our SOC 2 report is available on request."), [""; 0]);
}

#[test]
fn the_noun_after_soc2_says_whether_a_certificate_is_claimed() {
    let codes = |page: &str| codes_on(SOC2_TYPE1_HELD, page);
    // A verb of obtaining with the certificate noun after the name.
    assert_eq!(
        codes("Last spring we gained SOC 2 certification."),
        ["claim-ambiguous"]
    );
    // A certificate word elsewhere in the clause, but the report named after
    // the name: report wording, judged by its type.
    assert_eq!(
        codes("We are certified to ISO 9001 with a SOC 2 Type II report."),
        ["claim-mismatch"]
    );
    assert!(codes("We are certified to ISO 9001 with a SOC 2 Type I report.").is_empty());
}

#[test]
fn facts_that_contradict_the_record_are_a_mismatch() {
    let spec = "certification isms { framework: iso27001, status: achieved, certificate: \"IS 712345\", body: \"BSI\", issued: 2025-05-20, expires: 2028-05-19 }\n";
    let codes = |page: &str| -> Vec<String> {
        check_page(spec, page)
            .iter()
            .map(|d| format!("{}: {}", d.code.name(), d.message))
            .collect()
    };
    assert!(
        codes("We are ISO 27001 certified by BSI (certificate IS 712345), valid to May 2028.")
            .is_empty()
    );
    assert!(codes("ISO 27001 certified since 2019.").is_empty());
    for page in [
        "We are ISO 27001 certified, valid to May 2029.",
        "We are ISO 27001 certified, certificate number IS 999999.",
        "We are ISO 27001 certified by LRQA.",
        "ISO 27001 certified since 2026.",
    ] {
        let got = codes(page);
        assert_eq!(got.len(), 1, "{page}: {got:?}");
        assert!(got[0].starts_with("claim-mismatch: "), "{page}: {got:?}");
    }
}

#[test]
fn a_stated_issue_date_is_compared_with_the_record() {
    let spec = "certification ce { framework: cyber_essentials, status: achieved, certificate: \"IASME-CE-000111\", body: \"IASME\", issued: 2026-03-10, expires: 2027-03-09 }\n";
    let codes = |page: &str| codes_on(spec, page);
    assert_eq!(
        codes("Our Cyber Essentials certificate was issued by IASME in April 2025."),
        ["claim-mismatch"]
    );
    assert_eq!(
        codes("We hold Cyber Essentials (issue date: 2025-03-10)."),
        ["claim-mismatch"]
    );
    // Near misses: the right date, a first issue, a date in a history of
    // renewals, and an expiry told as an earlier certificate's.
    assert!(codes("Our Cyber Essentials certificate was issued in March 2026.").is_empty());
    assert!(codes("Our Cyber Essentials certificate was first issued in 2021.").is_empty());
    assert!(
        codes("Our Cyber Essentials certificate was issued in 2024 and renewed every year since.")
            .is_empty()
    );
    assert!(
        codes(
            "Our Cyber Essentials certificate was due to expire in March 2026, so we renewed it."
        )
        .is_empty()
    );
}

#[test]
fn frameworks_without_certificates() {
    assert!(check_page("", "Our risk management follows the NIST AI RMF.").is_empty());
    assert!(check_page("", "We are NIST AI RMF compliant.").is_empty());
    let found = check_page("", "We are NIST AI RMF certified.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code.name(), "claim-unbacked");
    // The certificate noun that the name qualifies claims one too.
    assert_eq!(
        codes_on("", "Our triage service holds EU AI Act certification."),
        ["claim-unbacked"]
    );
    assert!(codes_on("", "We hold the EU AI Act guidance in our library.").is_empty());
    // So does the word beside a tick in a status cell.
    let table = "| Regulation | Status |\n|---|---|\n| EU AI Act | \u{2611} Certified |\n";
    assert_eq!(codes_on("", table), ["claim-unbacked"]);
    // Near miss: a tick with the word "compliant" claims compliance, which
    // the EU AI Act allows where no obligation is a gap.
    let table = "| Regulation | Status |\n|---|---|\n| EU AI Act | \u{2611} Compliant |\n";
    assert!(codes_on("", table).is_empty());
}

#[test]
fn eu_ai_act_compliance_is_judged_against_coverage() {
    let high_risk = "role r { holder: \"R\" }\nsystem s \"S\" { owner: r, lifecycle: production, purpose: \"Sorts CVs.\", eu_ai_act: { role: provider, tier: high } }\n";
    let found = check_page(high_risk, "We are fully compliant with the EU AI Act.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code.name(), "claim-overstated");
    assert!(
        found[0].message.contains("gaps in coverage"),
        "{}",
        found[0].message
    );
    assert!(check_page(high_risk, "We are preparing for the EU AI Act.").is_empty());
    assert!(check_page("", "We are compliant with the EU AI Act.").is_empty());
    // A tick next to the law claims compliance; a "yes" about a system's tier
    // does not.
    let ticked = check_page(high_risk, "Status: EU AI Act \u{2705}");
    assert_eq!(ticked.len(), 1, "{ticked:?}");
    assert_eq!(ticked[0].code.name(), "claim-overstated");
    assert!(
        check_page(
            high_risk,
            "Is your CV sorter high-risk under the EU AI Act? Yes, it is."
        )
        .is_empty()
    );
}

/// The spec record of `framework` in `status` (none: no record), with the
/// facts an achieved one needs.
fn record(framework: &Framework, status: Option<Status>) -> String {
    let Some(status) = status else {
        return String::new();
    };
    let name = &framework.name;
    let word = status.as_str();
    if framework.attestation {
        return format!(
            "attestation rec {{ framework: {name}, status: {word}, type: type2, report_date: 2026-07-31, auditor: \"X\", target: 2027-06 }}\n"
        );
    }
    match status {
        Status::Achieved => format!(
            "certification rec {{ framework: {name}, status: achieved, certificate: \"C-1234\", body: \"BSI\", issued: 2026-03-01, expires: 2027-02-28 }}\n"
        ),
        Status::Lapsed => format!(
            "certification rec {{ framework: {name}, status: lapsed, expires: 2026-01-01 }}\n"
        ),
        _ => {
            format!("certification rec {{ framework: {name}, status: {word}, target: 2027-06 }}\n")
        }
    }
}

/// The quoted suggestions (“…”) of a help text.
fn quoted(help: &str) -> Vec<String> {
    help.split('“')
        .skip(1)
        .filter_map(|part| part.split_once('”').map(|(q, _)| q.to_owned()))
        .collect()
}

/// Every wording the tool suggests, for every framework and every spec
/// status, read back by the same reader against the same spec, raises
/// nothing.
#[test]
fn advice_passes_its_own_check() {
    let p = project("", "2026-12-01");
    let catalogue = crate::queries::catalogue(&p.db, p.workspace).clone();
    // A high-risk system whose EU AI Act obligations are gaps, so that the
    // compliance help is raised too.
    let system = "role r { holder: \"R\" }\nsystem s \"S\" { owner: r, lifecycle: production, purpose: \"Sorts CVs.\", eu_ai_act: { role: provider, tier: high } }\n";
    let provocations = [
        "We are FW certified.",
        "We are FW compliant.",
        "We are aligned with FW.",
        "We are working towards FW.",
        "FW certification is planned.",
        "We are not FW certified.",
        "Our FW certificate has expired.",
    ];
    let mut checked = 0;
    for framework in catalogue.frameworks.values() {
        let statuses: Vec<Option<Status>> = if framework.certifiable || framework.attestation {
            vec![
                None,
                Some(Status::Planned),
                Some(Status::InProgress),
                Some(Status::Achieved),
                Some(Status::Lapsed),
            ]
        } else {
            vec![None]
        };
        let fw = display_name(framework);
        for status in statuses {
            let spec = format!("{system}{}", record(framework, status));
            let mut wordings = honest_wordings(framework, status, Some("type2"));
            for sentence in provocations {
                let page = sentence.replace("FW", &fw);
                for d in check_page(&spec, &page) {
                    wordings.extend(quoted(d.help.as_deref().unwrap_or("")));
                }
            }
            wordings.sort();
            wordings.dedup();
            for wording in wordings {
                let mut page: String = wording.clone();
                if let Some(first) = page.get(..1) {
                    page = first.to_uppercase() + &page[1..];
                }
                page.push('.');
                let raised = check_page(&spec, &page);
                assert!(
                    raised.iter().all(|d| !d.code.name().starts_with("claim-")),
                    "{} ({status:?}): the suggestion {page:?} raises {:?}",
                    framework.name,
                    lines(&raised)
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "only {checked} suggestions checked");
}

#[test]
fn the_northwind_trust_page_fails_with_exactly_its_two_overclaims() {
    let spec = "organisation northwind \"Northwind Analytics Ltd\" { trading_as: [\"Northwind\"] }\ncertification ce { framework: cyber_essentials, status: achieved, certificate: \"IASME-CE-013579\", body: \"IASME\", issued: 2026-03-10, expires: 2027-03-09 }\ncertification isms { framework: iso27001, status: in_progress, since: 2026-05-01, target: 2027-06 }\ncertification aims { framework: iso42001, status: planned, target: 2028-Q1 }\n";
    let page = "Northwind is Cyber Essentials certified and ISO 27001 compliant. We are aligned with ISO 42001.";
    let found = check_page(spec, page);
    let got: Vec<(&str, &str, &str)> = found
        .iter()
        .map(|d| {
            (
                d.severity.as_str(),
                d.code.name(),
                &page[d.location.range.range()],
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("error", "claim-overstated", "ISO 27001"),
            ("error", "claim-overstated", "ISO 42001")
        ]
    );
    assert!(
        found[0]
            .message
            .contains("read ‘compliant’ as a claim of compliance"),
        "{}",
        found[0].message
    );
    assert!(
        found[1]
            .message
            .contains("read ‘aligned with’ as a claim of alignment"),
        "{}",
        found[1].message
    );
}

#[test]
fn a_next_renewal_after_the_expiry_contradicts_it() {
    let spec = "certification isms { framework: iso27001, status: achieved, certificate: \"QX 100200\", body: \"NQA\", issued: 2025-09-01, expires: 2028-08-31 }\n";
    let codes = |page: &str| codes_on(spec, page);
    // After the expiry: the renewal contradicts it.
    assert_eq!(
        codes("We hold ISO 27001; next renewal October 2028."),
        ["claim-mismatch"]
    );
    assert_eq!(
        codes("Our ISO 27001 certificate is up for renewal in 2029."),
        ["claim-mismatch"]
    );
    // Near misses: a renewal before the expiry (an early one may be the
    // yearly surveillance audit), a year that holds it, and a renewal told
    // as done.
    assert!(codes("Our ISO 27001 certificate is up for renewal in 2027.").is_empty());
    assert!(codes("We hold ISO 27001; next renewal June 2028.").is_empty());
    assert!(codes("Our ISO 27001 certificate is due for renewal in 2028.").is_empty());
    assert!(codes("We hold ISO 27001; it was renewed in 2025.").is_empty());
}

#[test]
fn work_on_a_new_edition_of_a_held_standard_understates_nothing() {
    let spec = "certification isms { framework: iso27001, status: achieved, certificate: \"QX 100200\", body: \"NQA\", issued: 2025-09-01, expires: 2028-08-31 }\n";
    let codes = |page: &str| codes_on(spec, page);
    assert!(codes("We are working towards the 2022 edition of ISO 27001.").is_empty());
    assert!(codes("Moving to the latest version of ISO 27001 is planned for 2027.").is_empty());
    // Near misses: work on the standard itself, and a version of a product.
    assert_eq!(
        codes("We are working towards ISO 27001."),
        ["claim-understated"]
    );
    assert_eq!(
        codes("Version 3 of our app ships soon; ISO 27001 is planned."),
        ["claim-understated"]
    );
}

#[test]
fn a_renewal_fits_up_to_the_expiry() {
    assert!(renewal_fits(2028, Some(8), 2028, 8));
    assert!(renewal_fits(2027, Some(11), 2028, 8));
    assert!(!renewal_fits(2028, Some(9), 2028, 8));
    // A year alone fits when one of its months does.
    assert!(renewal_fits(2028, None, 2028, 2));
    assert!(!renewal_fits(2029, None, 2028, 2));
}

#[test]
fn renewing_a_lapsed_certificate_claims_nothing_held() {
    let spec = "certification isms { framework: iso27001, status: lapsed, certificate: \"QX-1\", expires: 2026-02-28 }\n";
    let codes = |page: &str| codes_on(spec, page);
    for page in [
        "ISO 27001 recertification is under way.",
        "ISO 27001: certified 2022-2026, re-certification planned.",
        "We are renewing our ISO 27001 certificate this winter.",
    ] {
        assert!(codes(page).is_empty(), "{page}");
    }
    // Near misses: a claim to hold it now beside the renewal, and an
    // audit that only a held certificate has.
    assert_eq!(
        codes("We are ISO 27001 certified, and renewal is due next year."),
        ["claim-overstated"]
    );
    assert_eq!(
        codes("Our ISO 27001 surveillance audit is booked for May."),
        ["claim-overstated"]
    );
}

#[test]
fn a_renewal_done_shows_a_lapsed_certificate_held() {
    let spec = "certification isms { framework: iso27001, status: lapsed, certificate: \"QX-1\", expires: 2026-02-28 }\n";
    for page in [
        "We renewed our ISO 27001 certificate in March.",
        "Done: ISO 27001 recertification (October 2026).",
    ] {
        assert_eq!(codes_on(spec, page), ["claim-overstated"], "{page}");
    }
}

#[test]
fn the_next_step_of_upkeep_not_yet_done_understates_nothing() {
    let spec = "certification ce { framework: cyber_essentials, status: achieved, certificate: \"IASME-CE-000111\", body: \"IASME\", issued: 2026-03-10, expires: 2027-03-09 }\n";
    let codes = |page: &str| codes_on(spec, page);
    for page in [
        "We have not yet renewed Cyber Essentials for 2027.",
        "Cyber Essentials reassessment: not yet booked.",
    ] {
        assert!(codes(page).is_empty(), "{page}");
    }
    // Near misses: a lack beside a renewal of something else, and a plain
    // lack.
    assert_eq!(
        codes("Cyber Essentials is not yet in place, though our insurance renewal is done."),
        ["claim-understated"]
    );
    assert_eq!(
        codes("We do not hold Cyber Essentials yet."),
        ["claim-understated"]
    );
}

#[test]
fn certificate_words_broken_across_lines_still_count() {
    // Text taken from a PDF hyphenates at line ends and keeps ligatures.
    assert_eq!(
        codes_on("", "Our app is NIST AI RMF certi-\n\u{fb01}ed."),
        ["claim-unbacked"]
    );
    assert_eq!(
        codes_on(SOC2_TYPE1_HELD, "We are SOC 2 compli-\nant."),
        ["claim-ambiguous"]
    );
    // Near miss: a hyphen inside a line is no broken word.
    assert!(
        codes_on(
            "",
            "Our app follows the NIST AI RMF - certified staff run it."
        )
        .is_empty()
    );
}

#[test]
fn a_tick_beside_certified_for_soc2_is_certificate_wording() {
    let list = "- SOC 2: \u{2705} Certified\n";
    assert_eq!(codes_on(SOC2_TYPE1_HELD, list), ["claim-ambiguous"]);
    // Near miss: a tick beside the report's own words.
    let list = "- SOC 2: \u{2705} Type 1 report\n";
    assert!(codes_on(SOC2_TYPE1_HELD, list).is_empty());
}

#[test]
fn a_reading_from_data_quotes_the_value_alone() {
    let page = "The register, from our production API:\n```json\n{\"framework\": \"cyber_essentials\", \"status\": \"certified\"}\n```\n";
    let found = check_page("", page);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.ends_with("(read ‘certified’ as achieved)"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_certificate_named_by_its_number_alone_is_checked() {
    let spec = "certification isms \"ISO/IEC 27001\" { framework: iso27001, status: achieved, certificate: \"IS 712345\", body: \"BSI\", issued: 2025-05-20, expires: 2028-05-19 }\n";
    let found = check_page(
        spec,
        "¹ Certificate IS 712345 issued by BSI; valid 20 May 2025 to 19 May 2027.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code.name(), "claim-mismatch");
    // Near misses: the right dates, and a sentence that names the standard
    // too, which is read once, by its name.
    assert!(
        codes_on(
            spec,
            "Certificate IS 712345 issued by BSI; valid 20 May 2025 to 19 May 2028."
        )
        .is_empty()
    );
    assert_eq!(
        codes_on(
            spec,
            "Our ISO 27001 certificate IS 712345 expires on 19 May 2027."
        ),
        ["claim-mismatch"]
    );
    // A number that is not the spec's names nothing.
    assert!(codes_on(spec, "Certificate IS 999999 expires in May 2027.").is_empty());
}

#[test]
fn a_number_in_the_answer_that_a_certificate_ended_claims_nothing_held() {
    let spec = "certification isms \"ISO/IEC 27001\" { framework: iso27001, status: lapsed, certificate: \"QX-27001-1\", expires: 2026-04-30 }\n";
    let page = "Q: Have you ever been certified to ISO/IEC 27001?\nA: Yes, from May 2023 to April 2026 (certificate QX-27001-1).";
    assert!(codes_on(spec, page).is_empty(), "{page}");
    // Near miss: the same number given as a certificate held now.
    let page = "Q: Are you certified to ISO/IEC 27001?\nA: Yes, certificate QX-27001-1.";
    let codes = codes_on(spec, page);
    assert!(
        !codes.is_empty() && codes.iter().all(|c| *c == "claim-overstated"),
        "{page}: {codes:?}"
    );
}

#[test]
fn a_certificate_said_to_have_run_to_a_past_date_is_told_as_lapsed() {
    let lapsed = "certification isms { framework: iso27001, status: lapsed, certificate: \"QX-1\", expires: 2026-02-28 }\n";
    for page in [
        "ISO 27001: certified until February 2026.",
        "Our ISO 27001 certificate ran until February 2026.",
    ] {
        assert!(codes_on(lapsed, page).is_empty(), "{page}");
    }
    // A date still ahead claims the certificate held.
    assert_eq!(
        codes_on(lapsed, "ISO 27001: certified until February 2028."),
        ["claim-overstated"]
    );
    // Against a held certificate the past date is a wrong fact, not a lapse.
    let held = "certification isms { framework: iso27001, status: achieved, certificate: \"QX-1\", body: \"BSI\", issued: 2025-03-01, expires: 2028-02-28 }\n";
    assert_eq!(
        codes_on(held, "ISO 27001: certified until February 2026."),
        ["claim-mismatch"]
    );
}

#[test]
fn compliance_with_a_law_said_to_be_achieved_claims_compliance() {
    let high_risk = "role r { holder: \"R\" }\nsystem s \"S\" { owner: r, lifecycle: production, purpose: \"Sorts CVs.\", eu_ai_act: { role: provider, tier: high } }\n";
    assert_eq!(
        codes_on(
            high_risk,
            "We were one of the first firms to achieve full compliance with the EU AI Act."
        ),
        ["claim-overstated"]
    );
    // Near miss: a "Compliance:" label before other words claims nothing of
    // the law.
    assert!(codes_on(high_risk, "**Compliance:** GDPR · EU AI Act: preparing").is_empty());
}

#[test]
fn one_record_that_names_its_certificate_twice_gets_one_error() {
    let held = "certification aims { framework: iso42001, status: achieved, certificate: \"AIMS 800421\", body: \"BSI\", issued: 2026-02-16, expires: 2029-02-15 }\n";
    let found = check_page(
        held,
        "- Standard: ISO 42001\n- Certificate: AIMS 800421\n- Valid to: 15 Feb 2028\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code.name(), "claim-mismatch");
    // The same wrong date in two places of the page is two errors.
    let found = check_page(
        held,
        "Our ISO 42001 certificate is valid to February 2028.\n\nRead more below.\n\nOur ISO 42001 certificate is valid to February 2028.\n",
    );
    assert_eq!(found.len(), 2, "{found:?}");
}
