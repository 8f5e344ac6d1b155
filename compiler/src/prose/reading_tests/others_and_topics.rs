//! Whose certificate a clause names, when the organisation acts in it: kinds
//! of organisation described after a status word, a party's noun followed
//! by a relative clause without "that", and an event or product whose topic
//! is a certificate.

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
