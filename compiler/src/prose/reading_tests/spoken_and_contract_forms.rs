//! Clause forms of spoken, release-note and contract wording: a negated
//! "had" or "done", a framework resumed by a pronoun, an adverb inside
//! "complies with", a release label, what a product comes "with", a report
//! a contract says will be delivered, a span "until then", a clause of time
//! with "before", a condition that ends at a colon, the organisation that
//! shares a status "too", and a label of goals.

use super::{A, Al, C, L, N, P, Pl, check, one};
use crate::prose::Subject;

#[test]
fn a_negated_had_or_done_is_not_held() {
    check(
        "Honestly, we have never done Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(N))],
    );
    check("We haven't had SOC 2 before.", &[("soc2", Some(N))]);
    // Near miss: the same verbs, not negated.
    check(
        "We have done Cyber Essentials every year since 2021.",
        &[("cyber_essentials", Some(A))],
    );
}

#[test]
fn a_framework_resumed_by_a_pronoun() {
    check(
        "SOC 2 Type 2, we achieved that last spring.",
        &[("soc2", Some(A))],
    );
    check(
        "And ISO 27001 we renewed it in May.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn an_adverb_inside_complies_with() {
    check(
        "Northwind complies entirely with ISO 27001.",
        &[("iso27001", Some(C))],
    );
    check(
        "Our AI system complies strictly with the EU AI Act.",
        &[("eu_ai_act", Some(C))],
    );
}

#[test]
fn a_certificate_said_of_the_framework_followed() {
    check(
        "Our programme follows ISO 42001 and was certified against it this year.",
        &[("iso42001", Some(A))],
    );
    // Near miss: following alone is alignment.
    check(
        "Our programme follows ISO 42001 and is reviewed against it yearly.",
        &[("iso42001", Some(Al))],
    );
}

#[test]
fn a_release_label() {
    check(
        "Shipped this quarter: our ISO 27001 recertification.",
        &[("iso27001", Some(A))],
    );
    check(
        "Delivered in Q3: Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // Near miss: a product feature shipped names no certificate.
    check(
        "We shipped SOC 2 evidence exports last week.",
        &[("soc2", None)],
    );
}

#[test]
fn what_a_product_or_the_organisation_comes_with() {
    check(
        "A scheduling app with ISO 27001 certification.",
        &[("iso27001", Some(A))],
    );
    check(
        "We are the only clinic software vendor in the region with a SOC 2 report.",
        &[("soc2", Some(A))],
    );
    // Near misses: "with" governed by a verb or adjective before it.
    check(
        "Our team can assist with ISO 27001 certification.",
        &[("iso27001", None)],
    );
    check(
        "We are familiar with SOC 2 reports from our clients.",
        &[("soc2", None)],
    );
    assert_eq!(
        one("Vendors with ISO 27001 certification can skip this section."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn a_report_a_contract_says_will_be_delivered() {
    check(
        "Northwind shall deliver its current SOC 2 report to the Customer each year.",
        &[("soc2", Some(A))],
    );
    check(
        "We will furnish our ISO 27001 certificate within five days of a request.",
        &[("iso27001", Some(A))],
    );
    // Near miss: delivered once it exists.
    check(
        "We will deliver our SOC 2 report to you once it is issued.",
        &[("soc2", Some(Pl))],
    );
}

#[test]
fn until_then_and_before_we() {
    check(
        "Our ISO 27001 audit is booked for May; until then we hold Cyber Essentials.",
        &[("iso27001", Some(P)), ("cyber_essentials", Some(A))],
    );
    check(
        "Much work remains before we meet ISO 42001.",
        &[("iso42001", None)],
    );
}

#[test]
fn a_condition_ends_at_a_colon() {
    check(
        "What buyers should know: we are ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
    // Near miss: the condition covers its own clause.
    check(
        "If buyers ask, we should become ISO 27001 certified.",
        &[("iso27001", None)],
    );
}

#[test]
fn the_organisation_shares_a_status_too() {
    assert_eq!(
        one("AWS holds ISO 27001, and Northwind is certified too."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("AWS holds ISO 27001, and so does Northwind."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: no addition, the status stays the supplier's.
    assert_eq!(
        one("AWS holds ISO 27001, and Northwind is proud to use it."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn a_label_of_goals_lists_what_is_ahead() {
    check(
        "Goals for 2027: become ISO 42001 certified and publish our SOC 2 report.",
        &[("iso42001", Some(Pl)), ("soc2", Some(Pl))],
    );
    // Near miss: upkeep in the list is of what is held.
    check(
        "Goals for 2027: renew our Cyber Essentials certificate.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "ISO 27001 is off our roadmap now: we are certified.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_pending_mark_gives_way_to_words() {
    check(
        "- \u{23f3} SOC 2 Type 2 (planned for 2028)",
        &[("soc2", Some(Pl))],
    );
    // Near miss: the mark alone says work is pending.
    check("- \u{23f3} SOC 2 Type 2", &[("soc2", Some(P))]);
}

#[test]
fn a_person_preparing_for_our_step() {
    check(
        "Our head of IT on getting ready for our ISO 27001 Stage 2 audit.",
        &[("iso27001", Some(P))],
    );
    // Near miss: a person's own exam is a qualification.
    assert_eq!(
        one("Our CTO is preparing for his ISO 27001 Lead Auditor exam."),
        (None, Some(Subject::Person))
    );
}

#[test]
fn our_auditor_of_a_framework() {
    check(
        "We walked our ISO 27001 auditors through the new office last week.",
        &[("iso27001", Some(A))],
    );
    // Near misses: an auditor being chosen is work under way, and a visit
    // ahead says nothing of the certificate.
    check(
        "We are appointing our SOC 2 auditor this quarter.",
        &[("soc2", Some(P))],
    );
    check(
        "Our SOC 2 auditor will be on site in March.",
        &[("soc2", None)],
    );
}

#[test]
fn havent_got_with_a_pronoun() {
    check(
        "ISO 42001? Sadly we haven't got it.",
        &[("iso42001", Some(N))],
    );
}

#[test]
fn a_quote_that_names_our_report() {
    assert_eq!(
        one("Customer review: \"Northwind's SOC 2 report answered every question.\""),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: a few words quoted are talked about.
    assert_eq!(
        one("\"SOC 2 certified\" is not a term auditors use."),
        (None, Some(Subject::Standard))
    );
}

#[test]
fn controls_tested_over_a_period_in_an_audit() {
    check(
        "Our controls were tested across a six-month period during our SOC 2 Type 1 examination.",
        &[("soc2", Some(A))],
    );
}

/// The SOC 2 qualifier read from each text.
fn qualifiers(text: &str) -> Vec<Option<String>> {
    crate::prose::find_mentions(
        text,
        crate::prose::ProseFormat::Text,
        &crate::prose::corpus::test_aliases(),
    )
    .into_iter()
    .map(|m| m.qualifier)
    .collect()
}

#[test]
fn a_report_type_told_in_an_aside() {
    assert_eq!(
        qualifiers("We share our SOC 2 report - Type 1 - with every customer."),
        [Some("type1".to_string())]
    );
    assert_eq!(
        qualifiers("Our SOC 2 report, which is a Type II, covers a full year."),
        [Some("type2".to_string())]
    );
    // Near miss: a hyphenated word after the name states no type.
    assert_eq!(
        qualifiers("We are SOC 2-ready for Type 2 next year."),
        [None]
    );
}

#[test]
fn a_present_status_after_an_ended_span() {
    check(
        "We held Cyber Essentials from 2021 to 2023 and are certified again now.",
        &[("cyber_essentials", Some(A))],
    );
    // Near misses: the span alone ended, and a negated present keeps it so.
    check(
        "We held Cyber Essentials from 2021 to 2023.",
        &[("cyber_essentials", Some(L))],
    );
    check(
        "We were certified to ISO 27001 until 2024 and are not certified today.",
        &[("iso27001", Some(L))],
    );
}

#[test]
fn more_wordings_of_a_certificate_held() {
    check(
        "We intend to renew our Cyber Essentials certificate next March.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "Northwind undergoes a yearly ISO 27001 audit.",
        &[("iso27001", Some(A))],
    );
    check(
        "The auditor raised no findings in our ISO 42001 surveillance visit.",
        &[("iso42001", Some(A))],
    );
    check("Backed by ISO 42001.", &[("iso42001", Some(A))]);
    check("SOC 2 Type 1 checked off in June.", &[("soc2", Some(A))]);
    check(
        "Our ISO 27001 certificate was approved by the certification body in May.",
        &[("iso27001", Some(A))],
    );
    // Near miss: what backs the product is a supplier's.
    assert_eq!(
        one("Backed by SOC 2 audited data centres."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn more_wordings_of_conformity() {
    check(
        "Our platform satisfies every ISO 27001 control.",
        &[("iso27001", Some(C))],
    );
    check(
        "Certification-ready for ISO 42001.",
        &[("iso42001", Some(C))],
    );
}

#[test]
fn honest_stories_of_a_certificate_held_are_not_read_as_work() {
    // An intent whose object is the upkeep of a certificate.
    check(
        "We intend to keep our ISO 27001 certificate current.",
        &[("iso27001", Some(A))],
    );
    check(
        "Our aim is to retain Cyber Essentials Plus every year.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // The framework before the goal.
    check(
        "Beyond Cyber Essentials, our next target is ISO 27001.",
        &[("cyber_essentials", None), ("iso27001", Some(Pl))],
    );
    // A final step passed, told in the passive further on.
    check(
        "Our Stage 2 audit against ISO 27001 was successfully passed last May.",
        &[("iso27001", Some(A))],
    );
    // A goal in the past tense was met or not; it is not a plan now.
    check(
        "SOC 2 Type 2 was the goal for 2025, and we achieved it in November.",
        &[("soc2", Some(A))],
    );
    // A clause of time told in the past.
    check(
        "Before we became ISO 42001 certified, we ran two internal audits.",
        &[("iso42001", Some(A))],
    );
    // Near misses: a goal now, and a step still ahead.
    check("ISO 42001 is our goal for 2027.", &[("iso42001", Some(Pl))]);
    check(
        "Our Stage 2 audit against ISO 27001 is booked for May.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn more_wordings_of_work_plans_and_lapses() {
    check(
        "We expect to be certified to ISO 42001 by early 2028.",
        &[("iso42001", Some(P))],
    );
    check(
        "We're in the midst of our Cyber Essentials Plus assessment.",
        &[("cyber_essentials_plus", Some(P))],
    );
    check("We are midway to SOC 2.", &[("soc2", Some(P))]);
    check(
        "The assessor recommended Northwind for ISO 27001 certification in October.",
        &[("iso27001", Some(P))],
    );
    check(
        "A SOC 2 Type 1 is on the cards for next year.",
        &[("soc2", Some(Pl))],
    );
    check(
        "Our ISO 42001 Stage 1 assessment is set for April.",
        &[("iso42001", Some(P))],
    );
    check(
        "Cyber Essentials isn't something we have yet.",
        &[("cyber_essentials", Some(N))],
    );
    check(
        "In 2025 we decided not to renew our ISO 27001 certificate.",
        &[("iso27001", Some(L))],
    );
    check(
        "We allowed our Cyber Essentials certificate to lapse last year.",
        &[("cyber_essentials", Some(L))],
    );
    // Near misses: "it" not renewed is the certificate named before, a
    // certificate never let expire, and one that will expire.
    check(
        "Our Cyber Essentials Plus certificate expired and we chose not to renew it, focusing on SOC 2.",
        &[("cyber_essentials_plus", Some(L)), ("soc2", None)],
    );
    check(
        "We have never let our Cyber Essentials certificate expire.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "Our ISO 27001 certificate is valid until 2028.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_forms_line_for_a_document_handed_over() {
    check(
        "- ISO 27001 certificate: enclosed\n- SOC 2 report: uploaded",
        &[("iso27001", Some(A)), ("soc2", Some(A))],
    );
    check(
        "Enclosed: our Cyber Essentials certificate.",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: a document not handed over.
    check("SOC 2 report: not enclosed", &[("soc2", None)]);
}
