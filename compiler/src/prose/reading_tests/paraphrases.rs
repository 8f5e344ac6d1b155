//! Sentences that say what an earlier rule already reads, in the other words
//! and layouts real writers use: an intent before a verb of work, a heading
//! of credentials over bare names, a relative clause after the organisation's
//! name, a holding verb whose object refers back, a certificate "in force".
//! Written for these tests, in the manner of the corpus's variants.

use super::{A, Pl, with_names};
use crate::prose::{ClaimedStatus, ProseFormat, Subject};

const ORG: Option<Subject> = Some(Subject::Organisation);

fn read(text: &str) -> Vec<(String, Option<ClaimedStatus>, Option<Subject>)> {
    with_names(text, ProseFormat::Markdown)
}

fn only(text: &str) -> (Option<ClaimedStatus>, Option<Subject>) {
    let got = read(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    (got[0].1, got[0].2)
}

#[test]
fn work_after_a_verb_of_intent_is_a_plan() {
    for text in [
        "Northwind intends to go for Cyber Essentials Plus next spring.",
        "We'd like to pursue ISO 42001 once the platform is stable.",
        "We are hoping to go for SOC 2 in 2028.",
    ] {
        assert_eq!(only(text), (Some(Pl), ORG), "{text}");
    }
    // Without the intent, the same verb is work under way.
    assert_eq!(
        only("We are going for ISO 42001 this year.").0,
        Some(ClaimedStatus::InProgress)
    );
}

#[test]
fn a_heading_of_credentials_lists_the_bare_names_under_it_as_held() {
    let got = read("### Accreditations\n- ISO 27001\n- Cyber Essentials Plus");
    assert_eq!(
        got,
        vec![
            ("iso27001".to_string(), Some(A), ORG),
            ("cyber_essentials_plus".to_string(), Some(A), ORG),
        ]
    );
    // An item with words of its own keeps them: the heading lists nothing.
    let got = read("## Certifications\n- ISO 27001: in course\n- SOC 2 (type 1 report)");
    assert_ne!(got[0].1, Some(A), "{got:?}");
    // A heading that is not a label of credentials gives nothing.
    let got = read("## Standards we follow\n- ISO 27001");
    assert_ne!(got[0].1, Some(A), "{got:?}");
}

#[test]
fn a_party_inside_a_relative_clause_after_our_name_is_not_the_subject() {
    for text in [
        "Northwind Analytics, which builds forecasts for retailers and wholesalers, is now ISO 42001 certified.",
        "Northwind, who work with insurers, holds ISO 27001.",
    ] {
        assert_eq!(only(text), (Some(A), ORG), "{text}");
    }
    // Outside the commas the party is still the subject.
    assert_ne!(
        only("Northwind, which sells to retailers, says retailers are ISO 27001 certified.").1,
        ORG
    );
}

#[test]
fn a_clause_of_the_readers_after_a_comma_is_a_clause_of_its_own() {
    assert_eq!(
        only("We hold ISO 27001, your data is in safe hands."),
        (Some(A), ORG)
    );
}

#[test]
fn a_holding_verb_whose_object_refers_back_holds_the_framework_named_before() {
    for text in [
        "Cyber Essentials Plus \u{2013} we hold this.",
        "ISO 27001? Yes, we've got it.",
        "On SOC 2: Northwind has it.",
    ] {
        assert_eq!(only(text), (Some(A), ORG), "{text}");
    }
    // A plural subject of others holding it is not ours.
    assert_ne!(
        only("ISO 42001 is new, and few start-ups hold it yet.").0,
        Some(A)
    );
}

#[test]
fn a_certificate_in_force_or_a_report_now_available_is_held() {
    for text in [
        "ISO 27001 \u{2013} certificate still in force.",
        "Northwind SOC 2 Type 2 report: now available",
    ] {
        assert_eq!(only(text), (Some(A), ORG), "{text}");
    }
}

#[test]
fn the_road_told_before_a_certificate_held_is_no_understatement() {
    let got = read(
        "# How we got to ISO 42001\nWe started in 2025. In March 2026 Northwind passed its ISO 42001 certification audit and is now certified.",
    );
    assert!(
        got.iter().all(|m| m.1 != Some(ClaimedStatus::InProgress)),
        "{got:?}"
    );
    assert!(got.iter().any(|m| m.1 == Some(A)), "{got:?}");
    // Work told after the held claim, or beside a denial, is left as read.
    let got = read(
        "Our ISO 27001 certificate is on the wall. Northwind does not hold ISO 27001 yet; the Stage 2 audit is booked.",
    );
    assert!(
        got.iter()
            .any(|m| m.1 == Some(ClaimedStatus::InProgress) || m.1 == Some(ClaimedStatus::Not)),
        "{got:?}"
    );
}

#[test]
fn a_quantified_plural_is_a_group_of_others() {
    for text in [
        "Few forecasting vendors hold ISO 42001 so far.",
        "ISO 42001 certification is still rare, and most analytics start-ups hold no AI certification at all.",
    ] {
        assert_ne!(only(text).1, ORG, "{text}");
    }
    assert_eq!(only("Most of our services are ISO 27001 certified.").1, ORG);
}

#[test]
fn a_certificate_waited_on_to_expire_is_held_now() {
    assert_eq!(
        only("The renewal audit is booked for June 2027, when our ISO 27001 certificate expires.")
            .0,
        Some(A)
    );
    assert_eq!(
        only("When we get ISO 27001 certified, we will tell you.").0,
        Some(Pl)
    );
}

#[test]
fn fields_on_lines_of_their_own_are_read_apart() {
    let got = with_names(
        "Cyber Essentials: current certificate held (IASME-CE-013579)\nISO/IEC 27001: working towards certification, target June 2027",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    assert_eq!(got[1].1, Some(ClaimedStatus::InProgress), "{got:?}");
}

#[test]
fn a_report_asked_for_is_not_held() {
    assert_ne!(
        only("SOC 2\nSeveral prospects have asked for a report.").0,
        Some(A)
    );
}

#[test]
fn the_source_of_a_report_is_not_its_subject() {
    for text in [
        "Event recap: according to our CTO, the company already aligns with ISO/IEC 42001.",
        "Hannah Cole spoke on a panel. She said the company is already aligned with ISO 42001.",
    ] {
        assert_eq!(only(text), (Some(ClaimedStatus::Aligned), ORG), "{text}");
    }
}

#[test]
fn a_verb_of_alignment_may_have_its_object_between() {
    for text in [
        "We already align our AI governance with ISO/IEC 42001.",
        "We base our access control policy on ISO 27001 Annex A.",
    ] {
        assert_eq!(only(text), (Some(ClaimedStatus::Aligned), ORG), "{text}");
    }
}

#[test]
fn a_verb_after_and_or_a_semicolon_shares_the_supplier_before_it() {
    for text in [
        "Amazon Web Services, which hosts our platform, is certified to ISO/IEC 27001, ISO/IEC 27017 and ISO/IEC 27018 and makes SOC 2 reports available.",
        "Equinix is ISO 27001 certified and supplies SOC 2 reports on request.",
        "AWS: ISO/IEC 27001 certified; publishes SOC 2 reports",
        "We run production on AWS, and Equinix hosts our backup site. Both hold ISO 27001 certification and publish SOC 2 reports.",
    ] {
        for (framework, _, subject) in read(text) {
            assert_ne!(subject, ORG, "{text}: {framework}");
        }
    }
    // Our own clause after a semicolon stays ours.
    let got = read("AWS: ISO/IEC 27001 certified; we hold Cyber Essentials");
    assert_eq!(got[1].2, ORG, "{got:?}");
}

#[test]
fn the_organisation_among_a_group_is_still_the_subject() {
    for text in [
        "Northwind ranks among the first analytics companies certified to ISO 42001.",
        "Northwind joins the first wave of UK analytics companies to achieve ISO/IEC 42001 certification.",
    ] {
        assert_eq!(only(text), (Some(A), ORG), "{text}");
    }
}

#[test]
fn a_label_then_complies_claims_compliance() {
    assert_eq!(
        only("- EU AI Act: Northwind complies, including for its forecasting service.").0,
        Some(ClaimedStatus::Compliant)
    );
}

#[test]
fn a_report_at_hand_is_held() {
    for text in [
        "A SOC 2 Type I report is available for Northwind.",
        "- SOC 2 Type 2 report included",
        "Please find attached the SOC 2 Type II report for Northwind Analytics.",
        "| Report | Status |\n|---|---|\n| SOC 2 Type 1 | Issued |",
        "This year Northwind finished a SOC 2 Type I audit.",
        "Partners can get Northwind's SOC 2 Type 2 report under NDA.",
    ] {
        assert_eq!(only(text), (Some(A), ORG), "{text}");
    }
    // Near misses: a report still to come, or left out.
    assert_ne!(
        only("Once issued, the SOC 2 report will be available.").0,
        Some(A)
    );
    assert_ne!(
        only("We can get our first ISO 42001 certificate by June.").0,
        Some(A)
    );
}

#[test]
fn a_role_in_a_question_or_a_numbered_item_is_the_organisation() {
    for text in [
        "Selection questionnaire, 8.1 - Is the bidder certified to Cyber Essentials Plus? Answer: Yes.",
        "8.1 Bidder holds Cyber Essentials Plus (Yes/No)\nResponse: Yes",
    ] {
        assert_eq!(with_names(text, ProseFormat::Text)[0].1, Some(A), "{text}");
    }
}

#[test]
fn a_numbered_name_is_a_title_of_the_lines_below() {
    let got = with_names(
        "4.2 ISO/IEC 27001\nConfirmed: the Supplier is certified.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    // Near miss: a year before the name is no section number.
    let got = with_names(
        "2027 ISO/IEC 27001\nThe Supplier is certified.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn a_reporting_aside_leaves_the_subject_before_it() {
    let got = read("Northwind, he told the room, is hoping to get certified to ISO 42001.");
    assert_eq!(got[0].1, Some(Pl), "{got:?}");
    assert_eq!(got[0].2, ORG);
    // Near miss: a person who is the subject still holds the claim.
    let got = read("Our CISO, he told the room, is a certified ISO 27001 Lead Auditor.");
    assert_ne!(got[0].2, ORG, "{got:?}");
}

#[test]
fn rolling_a_standard_out_is_work_under_way_and_no_audit_taken_place_is_none_held() {
    let got = read("Northwind is rolling out ISO 42001 across its analytics services.");
    assert_eq!(got[0].1, Some(ClaimedStatus::InProgress), "{got:?}");
    let got = read("No SOC 2 examination of Northwind has taken place yet.");
    assert_eq!(got[0].1, Some(ClaimedStatus::Not), "{got:?}");
    // Near miss: an audit with no findings did take place.
    let got = read("No major findings came out of our SOC 2 examination.");
    assert_ne!(got[0].1, Some(ClaimedStatus::Not), "{got:?}");
}

#[test]
fn a_form_question_opened_by_currently_is_answered_for_the_organisation() {
    let got = read("Currently certified to Cyber Essentials? No.");
    assert_eq!(got[0].1, Some(ClaimedStatus::Not), "{got:?}");
    // Near miss: a longer general question is not the reader's to answer.
    let got =
        read("Currently, are most small firms in the sector certified to Cyber Essentials? No.");
    assert_ne!(got[0].1, Some(ClaimedStatus::Not), "{got:?}");
}
