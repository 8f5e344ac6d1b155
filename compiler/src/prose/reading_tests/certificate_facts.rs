//! The facts of a certificate told the way notes, cards and speech tell
//! them: after a dash answer, in a clause of notes with no article, in a
//! card whose certificate number stands on a line of its own, in text taken
//! from a PDF. Found by reading rewrites of tuning cases (the corpus's
//! `variants`) whose expiry, number or report type went unread.

use super::{A, Pl, mentions};
use crate::prose::ProseFormat;

#[test]
fn a_dash_answer_is_a_yes_and_a_bare_noun_after_a_semicolon_is_its_certificate() {
    let got = mentions(
        "Cyber Essentials \u{2013} Yes. Certified by IASME; certificate expires March 2028.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].status, Some(A), "{got:?}");
    assert_eq!(got[0].details.valid_to, Some((2028, Some(3))), "{got:?}");
    // Near miss: a bare noun that opens no clause of notes refers to no
    // certificate named before.
    let got = mentions(
        "Cyber Essentials \u{2013} Yes. Supplier certificate expires March 2028.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].details.valid_to, None, "{got:?}");
}

#[test]
fn a_certificate_that_runs_out_gives_its_expiry_and_one_that_dates_back_its_start() {
    let got = mentions(
        "Our ISO 27001 certificate runs out on 19 May 2027, so the audit is in March.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].details.valid_to, Some((2027, Some(5))), "{got:?}");
    let got = mentions(
        "Our ISO/IEC 27001 certification dates back to 2024, when it was first awarded.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].details.since_year, Some(2024), "{got:?}");
}

#[test]
fn a_card_keeps_the_facts_above_its_number_and_gives_it_those_below() {
    let got = mentions(
        "### ISO/IEC 42001\n- Certification body: BSI\n- Certificate: AIMS 800421\n- Recertification due: March 2029",
        ProseFormat::Markdown,
    );
    let card = &got[0];
    assert_eq!(card.status, Some(A), "{got:?}");
    assert_eq!(card.details.body.as_deref(), Some("BSI"));
    assert_eq!(card.details.certificate.as_deref(), Some("AIMS 800421"));
    assert_eq!(card.details.renewal, Some((2029, Some(3))));
}

#[test]
fn a_ligature_from_a_pdf_still_labels_a_certificate_number() {
    let got = mentions(
        "Accreditations\nCyber Essentials (IASME)\nCerti\u{fb01}cate No. IASME-CE-031579",
        ProseFormat::Text,
    );
    assert_eq!(
        got[0].details.certificate.as_deref(),
        Some("IASME-CE-031579"),
        "{got:?}"
    );
}

#[test]
fn a_report_type_as_the_value_of_its_name_is_a_report_held() {
    let got = mentions(
        "SOC 2: Type II report, issued 31 March 2026",
        ProseFormat::Text,
    );
    assert_eq!(got[0].status, Some(A), "{got:?}");
    assert_eq!(got[0].qualifier.as_deref(), Some("type2"));
    // Near miss: the same report told ahead is planned, not held.
    let got = mentions("SOC 2: Type II report planned for 2027", ProseFormat::Text);
    assert_eq!(got[0].status, Some(Pl), "{got:?}");
}
