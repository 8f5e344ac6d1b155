//! The facts a claim states, by construction: every form a date, a
//! certificate number, a body or a SOC 2 type is written in, in every layout a
//! page puts it in (a sentence, a trust card, a label list, a Markdown or HTML
//! table, a question and its answer), each with the spec's own value (no
//! diagnostic) and with a value that contradicts it (`claim-mismatch`). The
//! texts run through the whole check, reader and rule, against a spec with the
//! facts of the corpus spec `meridian`.
//!
//! The near misses at the end are dates and names that are not the
//! certificate's (a contract, an audit booked, a report, a supplier, a person,
//! a past certificate): they must raise nothing.

use crate::config::Settings;
use crate::db::Origin;
use crate::workspace::Project;

/// ISO/IEC 27001 and Cyber Essentials held, and a SOC 2 Type 2 report, as the
/// corpus spec `meridian` records them.
const HELD: &str = "\
certification isms { framework: iso27001, status: achieved, certificate: \"IS 712345\", body: \"BSI\", issued: 2025-05-20, expires: 2028-05-19 }
certification ce { framework: cyber_essentials, status: achieved, certificate: \"IASME-CE-024680\", body: \"IASME\", issued: 2026-03-16, expires: 2027-03-15 }
attestation soc { framework: soc2, status: achieved, type: type2, report_date: 2026-07-31, period: \"1 August 2025 to 31 July 2026\", auditor: \"Example Assurance LLP\" }
";

/// A SOC 2 Type 1 report, as the corpus spec `harbour` records it.
const TYPE1_HELD: &str = "attestation soc { framework: soc2, status: achieved, type: type1, report_date: 2026-03-31, auditor: \"Example Assurance LLP\" }\n";

/// A SOC 2 Type 1 report still being prepared.
const TYPE1_UNDER_WAY: &str =
    "attestation soc { framework: soc2, status: in_progress, type: type1, target: 2027-03 }\n";

/// The claim codes `page` raises against `spec`, read as Markdown or, for a
/// page that opens with a tag, as HTML.
fn codes(spec: &str, page: &str) -> Vec<&'static str> {
    let path = if page.trim_start().starts_with('<') {
        "trust.html"
    } else {
        "trust.md"
    };
    let project = Project::from_sources(
        Settings::new("2026-12-01".parse().expect("a date")),
        None,
        vec![
            ("spec.aims".into(), spec.into(), Origin::Spec),
            (path.into(), page.into(), Origin::Prose),
        ],
    );
    project
        .diagnostics()
        .iter()
        .filter(|d| d.location.file == path && d.code.name().starts_with("claim-"))
        .map(|d| d.code.name())
        .collect()
}

/// Checks each template with the matching value (no code) and the
/// contradicting one (`claim-mismatch`), `{}` standing for the value.
fn matrix(spec: &str, templates: &[&str], values: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for template in templates {
        for (matching, contradicting) in values {
            let good = template.replace("{}", matching);
            let got = codes(spec, &good);
            if !got.is_empty() {
                wrong.push(format!("want nothing, got {got:?}: {good:?}"));
            }
            let bad = template.replace("{}", contradicting);
            let got = codes(spec, &bad);
            if got != ["claim-mismatch"] {
                wrong.push(format!("want claim-mismatch, got {got:?}: {bad:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Checks that no page raises a claim code.
fn nothing(spec: &str, pages: &[&str]) {
    let wrong: Vec<String> = pages
        .iter()
        .map(|page| (page, codes(spec, page)))
        .filter(|(_, got)| !got.is_empty())
        .map(|(page, got)| format!("{got:?}: {page:?}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The ISO/IEC 27001 expiry, 19 May 2028, written every way, with a date
/// that contradicts it in the same form.
const EXPIRY_FORMS: &[(&str, &str)] = &[
    ("19 May 2028", "19 May 2029"),
    ("May 19, 2028", "May 19, 2029"),
    ("19th May 2028", "19th June 2028"),
    ("2028-05-19", "2028-11-19"),
    ("19/05/2028", "19/08/2028"),
    ("19.05.2028", "19.08.2028"),
    ("05/2028", "05/2029"),
    ("May '28", "May '29"),
    ("Q2 2028", "Q2 2029"),
    ("mid-2028", "mid-2029"),
    ("end of May 2028", "end of May 2027"),
    ("19-May-2028", "19-May-2030"),
];

#[test]
fn an_expiry_in_every_form_after_every_word_of_expiry() {
    matrix(
        HELD,
        &[
            "We are ISO 27001 certified, valid to {}.",
            "We are ISO 27001 certified, valid until {}.",
            "We are ISO 27001 certified, valid thru {}.",
            "Our ISO 27001 certificate expires {}.",
            "Our ISO 27001 certificate expires on {}.",
            "ISO 27001 certified (expiry: {}).",
            "We hold ISO 27001 certification (valid until {}).",
            "Our ISO 27001 certificate is valid through {}.",
        ],
        EXPIRY_FORMS,
    );
}

#[test]
fn an_expiry_in_every_layout() {
    matrix(
        HELD,
        &[
            "### ISO/IEC 27001\n\nActive · valid to {}\n",
            "### ISO/IEC 27001\n\nCertified\n\nExpiry date: {}\n",
            "ISO 27001 — cert IS 712345 — BSI — exp {}\n",
            "| Standard | Certificate | Body | Expiry |\n|---|---|---|---|\n| ISO 27001 | IS 712345 | BSI | {} |\n",
            "<table><tr><th>Standard</th><th>Certificate</th><th>Body</th><th>Expiry</th></tr><tr><td>ISO 27001</td><td>IS 712345</td><td>BSI</td><td>{}</td></tr></table>",
            "**Are you ISO 27001 certified?** Yes, valid until {}.\n",
        ],
        &[
            ("19 May 2028", "19 May 2029"),
            ("2028-05-19", "2029-05-19"),
            ("19/05/2028", "19/05/2029"),
        ],
    );
}

#[test]
fn a_card_s_short_expiry() {
    matrix(
        HELD,
        &["ISO 27001 certified (cert. IS 712345, exp. {})."],
        &[
            ("05/28", "05/29"),
            ("05/2028", "11/2028"),
            ("May 2028", "May 2029"),
        ],
    );
}

#[test]
fn a_period_of_validity_ends_in_its_last_date_whatever_joins_them() {
    matrix(
        HELD,
        &[
            "ISO 27001 certified. Valid: 2025-05-20 \u{2013} {}",
            "ISO 27001 certified. Valid: 2025-05-20 - {}",
            "ISO 27001 certified. Valid 2025-05-20 to {}",
            "ISO 27001 certified. Valid: 2025-05-20\u{2013}{}",
            "ISO 27001 certified, valid from 20 May 2025 to {}.",
            "### ISO/IEC 27001\n\nCertified · Valid: 20/05/2025 \u{2013} {}\n",
        ],
        &[("2028-05-19", "2029-05-19"), ("19 May 2028", "19 May 2029")],
    );
}

#[test]
fn a_numeric_date_is_read_day_first() {
    // "05/06/2028" is 5 June 2028 to this product's (British) users: against
    // an expiry of May it contradicts, against one of June it fits.
    let june = HELD.replace("expires: 2028-05-19", "expires: 2028-06-05");
    assert_eq!(
        codes(HELD, "Our ISO 27001 certificate is valid until 05/06/2028."),
        ["claim-mismatch"]
    );
    assert!(
        codes(
            &june,
            "Our ISO 27001 certificate is valid until 05/06/2028."
        )
        .is_empty()
    );
}

#[test]
fn an_issue_date_after_every_word_of_issue() {
    matrix(
        HELD,
        &[
            "Our ISO 27001 certificate was issued {}.",
            "Our ISO 27001 certificate was issued on {}.",
            "ISO 27001 certified (date of issue: {}).",
        ],
        &[
            ("20 May 2025", "20 May 2024"),
            ("2025-05-20", "2025-09-20"),
            ("20/05/2025", "20/05/2026"),
        ],
    );
}

#[test]
fn a_first_certified_year_contradicts_only_when_later_than_the_issue() {
    // Earlier than the current certificate's issue: the first certificate,
    // renewed since. Later: it cannot be.
    matrix(
        HELD,
        &[
            "We have been ISO 27001 certified since {}.",
            "ISO 27001: certified from {}.",
            "We have been an ISO 27001 certificate holder since {}.",
            "We were first awarded ISO 27001 in {}.",
            "We were certified to ISO 27001 in {}.",
        ],
        &[("2023", "2026"), ("May 2025", "March 2026")],
    );
}

#[test]
fn a_next_renewal_contradicts_only_when_after_the_expiry() {
    matrix(
        HELD,
        &[
            "We hold ISO 27001; next renewal {}.",
            "Our ISO 27001 certificate is due for renewal in {}.",
            "### ISO/IEC 27001\n\nActive · next recertification {}\n",
        ],
        &[("April 2028", "October 2028"), ("2027", "2029")],
    );
}

/// The ISO/IEC 27001 certificate number as written, with a number that is
/// truly another.
const NUMBER_FORMS: &[(&str, &str)] = &[
    ("IS 712345", "IS 713345"),
    ("IS712345", "IS713345"),
    ("IS-712345", "IS-712349"),
];

#[test]
fn a_certificate_number_after_every_label_and_in_every_layout() {
    matrix(
        HELD,
        &[
            "ISO 27001 certified, certificate no. {}.",
            "ISO 27001 certified (cert #{}).",
            "ISO 27001 certified. Cert. ID: {}",
            "We are ISO 27001 certified, certificate number {}.",
            "ISO 27001 certified, registration no. {}.",
            "We are certified to ISO 27001 ({}).",
            "ISO 27001 — cert {} — BSI — exp 2028-05-19\n",
            "| Standard | Certificate | Body |\n|---|---|---|\n| ISO 27001 | {} | BSI |\n",
        ],
        NUMBER_FORMS,
    );
}

#[test]
fn a_certification_body_after_every_word_and_in_every_layout() {
    matrix(
        HELD,
        &[
            "We are ISO 27001 certified by {}.",
            "Our ISO 27001 certification is audited by {}.",
            "Our certification body, {}, certified us to ISO 27001 last year.",
            "We are {}-certified to ISO 27001.",
            "### ISO/IEC 27001\n\nCertified\n\nCertification body: {}\n",
            "We are ISO 27001 certified, accredited by UKAS via {}.",
            "| Standard | Body | Expiry |\n|---|---|---|\n| ISO 27001 | {} | 2028-05-19 |\n",
        ],
        &[("BSI", "LRQA"), ("BSI", "SGS")],
    );
    matrix(
        HELD,
        &[
            "We hold Cyber Essentials, certified by {}.",
            "Cyber Essentials — {} — IASME-CE-024680\n",
        ],
        &[("IASME", "NQA")],
    );
}

#[test]
fn the_accreditation_body_is_not_the_certifier() {
    nothing(
        HELD,
        &[
            "We are ISO 27001 certified by BSI, a UKAS-accredited body.",
            "Our ISO 27001 certificate is UKAS accredited.",
            "We are ISO 27001 certified by BSI (accredited by UKAS).",
        ],
    );
}

#[test]
fn a_soc2_type_written_every_way() {
    let type_one = ["Type I", "Type 1", "Type-I", "type one", "Type-1"];
    let type_two = [
        "Type II", "Type 2", "Type-II", "Type2", "type two", "Type-2",
    ];
    for written in type_one {
        let page = format!("Our SOC 2 {written} report is available under NDA.");
        assert!(codes(TYPE1_HELD, &page).is_empty(), "{page}");
    }
    for written in type_two {
        let page = format!("Our SOC 2 {written} report is available under NDA.");
        assert_eq!(codes(TYPE1_HELD, &page), ["claim-mismatch"], "{page}");
        // A Type 2 report held: the claim fits.
        assert!(codes(HELD, &page).is_empty(), "{page}");
        // A report not achieved is never a mismatch.
        assert_ne!(codes(TYPE1_UNDER_WAY, &page), ["claim-mismatch"], "{page}");
    }
}

#[test]
fn a_soc2_name_in_any_hand_keeps_its_type_and_its_wording() {
    // The number written against the name: "SOC2 Type II".
    for page in [
        "Our SOC2 Type II report is available under NDA.",
        "Our SOC2 Type2 report is available under NDA.",
    ] {
        assert_eq!(codes(TYPE1_HELD, page), ["claim-mismatch"], "{page}");
    }
    // Markup around the name leaves "certified" its word: a link, bold.
    for page in [
        "Harbour is [SOC 2](https://example.com/soc2) certified.",
        "Harbour has achieved **SOC 2** certification.",
        "Harbour is SOC 2 certified.",
    ] {
        assert_eq!(codes(TYPE1_HELD, page), ["claim-ambiguous"], "{page}");
    }
    // Near miss: a full stop after the name ends what is said of it.
    let page = "Harbour: ISO 27001 \u{b7} SOC 2 Type 1. Certificate numbers on request.";
    assert!(
        !codes(TYPE1_HELD, page).contains(&"claim-ambiguous"),
        "{page}"
    );
}

#[test]
fn a_soc2_report_s_period_and_auditor() {
    nothing(
        HELD,
        &[
            "Our SOC 2 Type II report covers 1 Aug 2025 \u{2013} 31 Jul 2026.",
            "Our SOC 2 Type 2 report, covering 1 August 2025 to 31 July 2026, is available.",
            "Our SOC 2 Type 2 report was issued by Example Assurance LLP.",
            "| Report | Auditor | Period |\n|---|---|---|\n| SOC 2 Type II | Example Assurance LLP | Aug 2025 \u{2013} Jul 2026 |\n",
        ],
    );
    assert_eq!(
        codes(HELD, "Our SOC 2 Type 2 report was issued by Schellman."),
        ["claim-mismatch"]
    );
}

#[test]
fn dates_and_names_that_are_not_the_certificate_s() {
    nothing(
        HELD,
        &[
            // A contract, an audit booked, a report, a supplier, a person and
            // a past certificate.
            "We are ISO 27001 certified. Our contract with you runs until May 2030.",
            "We are ISO 27001 certified; our next surveillance audit is booked for June 2029.",
            "We are ISO 27001 certified. The audit report is dated 3 June 2024.",
            "We are ISO 27001 certified. Microsoft Azure's ISO 27001 certificate is valid until 2030.",
            "We are ISO 27001 certified; our CISO has been a certified lead auditor since 2027.",
            "We are ISO 27001 certified. Our previous certificate, issued by LRQA, expired in 2024.",
            "We are ISO 27001 certified. Our DPA is valid until 31/12/2029.",
            "We are ISO 27001 certified; the audit was carried out on 12/03/2026 by BSI.",
            "We are ISO 27001 certified. Quote reference QT 883311, valid until 30 June 2027.",
            "We are ISO 27001 certified. The pen test report of 2029-01-10 is available.",
        ],
    );
}
