//! Whose certificate a clause names, when the organisation acts in it or
//! owns what is certified: kinds of organisation described after a status
//! word, a relative clause on a party's noun, the organisation's own
//! infrastructure, an event or product whose topic is a certificate, and
//! "follows" told of time.

use super::{A, check, one};
use crate::prose::Subject;

#[test]
fn organisations_described_after_a_status_word_are_others() {
    assert_eq!(
        one("We refer clients to ISO 42001 certified agencies."),
        (None, Some(Subject::ThirdParty))
    );
    assert_eq!(
        one("Our marketplace lists Cyber Essentials certified companies."),
        (None, Some(Subject::ThirdParty))
    );
    // Near miss: the organisation described as one of them.
    assert_eq!(
        one("We are one of few SOC 2 audited agencies in Wales."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn a_relative_clause_without_that_on_a_partys_noun() {
    assert_eq!(
        one("Every data centre we rely on holds ISO 27001."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("The vendors we choose are Cyber Essentials certified."),
        (None, Some(Subject::Supplier))
    );
    // Near miss: "we" after a comma is the subject of its own clause.
    assert_eq!(
        one("We host on a cloud provider, and we are ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn an_event_or_product_whose_topic_is_a_certificate() {
    check(
        "Join our session on ISO 27001 certification next week.",
        &[("iso27001", None)],
    );
    check(
        "Download our checklist about SOC 2 reports.",
        &[("soc2", None)],
    );
    // Near miss: the certificate itself, published.
    check(
        "Our ISO 27001 certificate is on our trust page.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_list_of_organisations_that_names_us() {
    assert_eq!(
        one(
            "Directory extract kept by Northwind: \"Cyber Essentials certified companies: Northwind Analytics Ltd\"."
        ),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn a_relative_clause_with_that_or_where_on_a_partys_name() {
    assert_eq!(
        one("The Equinix hall that stores our archives is ISO 27001 certified."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("aws where we run the app is soc 2 audited"),
        (None, Some(Subject::Supplier))
    );
    // Near miss: our own clause after the party's.
    assert_eq!(
        one("We picked a provider that we trust, and we are ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn the_organisations_own_infrastructure() {
    assert_eq!(
        one("Northwind's hosting is Cyber Essentials Plus certified."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near misses: a provider of it, and infrastructure someone else runs.
    assert_eq!(
        one("Our hosting provider is ISO 27001 certified."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("We run on ISO 27001 certified infrastructure."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn what_follows_in_time_is_not_a_standard_followed() {
    check(
        "Next, the SOC 2 Type 1 examination follows in March.",
        &[("soc2", Some(crate::prose::ClaimedStatus::Planned))],
    );
    // Near miss: a standard followed.
    check(
        "Our programme follows ISO 42001 in every team.",
        &[("iso42001", Some(crate::prose::ClaimedStatus::Aligned))],
    );
}

#[test]
fn labels_answers_and_kinds_of_party() {
    // "No" after a label denies it.
    check(
        "Q4 ISO 27001 certificate: No. We plan to apply next year.",
        &[("iso27001", Some(crate::prose::ClaimedStatus::Not))],
    );
    // A label of standards followed.
    check(
        "Frameworks adopted: NIST AI RMF.",
        &[("nist_ai_rmf", Some(crate::prose::ClaimedStatus::Aligned))],
    );
    // How a certificate is granted by any body of a kind, and to any member
    // of a kind, is a general statement.
    check(
        "ISO 42001 certification is awarded by an accredited body after two audits.",
        &[("iso42001", None)],
    );
    assert_eq!(
        one("This lesson shows how a typical company gets certified to Cyber Essentials."),
        (None, Some(Subject::Standard))
    );
    // Others compared with us.
    assert_eq!(
        one("Most alternatives are not yet certified to ISO 27001."),
        (None, Some(Subject::ThirdParty))
    );
}

#[test]
fn a_company_of_a_kind_where_someone_worked_is_another_party() {
    assert_eq!(
        one("Before joining us, our COO spent six years at a fintech firm certified to ISO 27001."),
        (None, Some(Subject::ThirdParty))
    );
    // Near misses: the organisation describing itself as such a company.
    assert_eq!(
        one("We are a robotics company certified to ISO 27001."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("As a company certified to ISO 27001, we protect your data."),
        (Some(A), Some(Subject::Organisation))
    );
}
