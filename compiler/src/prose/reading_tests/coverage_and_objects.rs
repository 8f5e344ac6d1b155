//! A framework named as the object of a certificate's coverage: a held
//! certificate that does not (yet) reach a framework says that framework is
//! not held, while the certificate itself stays held.

use super::{A, N, P, check};

#[test]
fn a_certificate_that_does_not_yet_cover_a_framework() {
    check(
        "Our certification does not yet extend to ISO 42001.",
        &[("iso42001", Some(N))],
    );
    check(
        "The scope of our certificate doesn't include SOC 2.",
        &[("soc2", Some(N))],
    );
    check(
        "Our ISO 27001 certificate does not cover ISO 42001 at this stage, and won't yet.",
        &[("iso27001", Some(A)), ("iso42001", Some(N))],
    );
    // The framework first: the passive and "outside".
    check(
        "Cyber Essentials Plus is not yet covered by our certification.",
        &[("cyber_essentials_plus", Some(N))],
    );
    check(
        "ISO 42001 sits outside our current certification for now.",
        &[("iso42001", Some(N))],
    );
}

#[test]
fn a_certificate_scope_bounded_without_yet_says_nothing_of_the_other() {
    // One certificate's scope, bounded: nothing about a certificate for the
    // other framework.
    check(
        "Our ISO 27001 certificate does not cover ISO 42001.",
        &[("iso27001", Some(A)), ("iso42001", None)],
    );
    check(
        "ISO 42001 falls outside the scope of our ISO 27001 certificate.",
        &[("iso42001", None), ("iso27001", Some(A))],
    );
    // A report's scope says nothing of a certificate.
    check(
        "Our SOC 2 report does not cover ISO 27001.",
        &[("soc2", Some(A)), ("iso27001", None)],
    );
    // Near misses: coverage stated, a scope bounded by something that is no
    // framework, and a statement about the standard.
    check(
        "Our certification covers ISO 27001 and its extension.",
        &[("iso27001", Some(A))],
    );
    check(
        "The warehouse is outside the scope of our ISO 27001 certificate.",
        &[("iso27001", Some(A))],
    );
    check(
        "ISO 27001 certification does not cover ISO 42001 requirements.",
        &[("iso27001", None), ("iso42001", None)],
    );
}

#[test]
fn a_framework_that_names_an_event_or_programme_takes_no_held_status() {
    check(
        "We are Cyber Essentials certified and host a monthly ISO 42001 briefing.",
        &[("cyber_essentials", Some(A)), ("iso42001", None)],
    );
    check(
        "Northwind holds ISO 27001 and leads the group's SOC 2 workstream.",
        &[("iso27001", Some(A)), ("soc2", None)],
    );
    check(
        "We hold ISO 27001 and bring deep ISO 42001 expertise to every engagement.",
        &[("iso27001", Some(A)), ("iso42001", None)],
    );
    // Near misses: work on the programme is work under way, a name that
    // opens the clause is its subject, and a list of frameworks held.
    check(
        "We hold ISO 27001 and have kicked off an ISO 42001 programme.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
    check("ISO 42001 project: complete.", &[("iso42001", Some(A))]);
    check(
        "We hold ISO 27001 and SOC 2 attestation.",
        &[("iso27001", Some(A)), ("soc2", Some(A))],
    );
}

#[test]
fn a_project_named_with_its_framework_is_that_frameworks_work_alone() {
    check(
        "Buyers get our Cyber Essentials certificate and our ISO 27001 project plan.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(P))],
    );
    // Near misses: a project alone, and a goal verb with no subject.
    check(
        "Our SOC 2 programme started in March.",
        &[("soc2", Some(P))],
    );
    check(
        "Next year we aim to achieve our first ISO 42001 certification.",
        &[("iso42001", Some(crate::prose::ClaimedStatus::Planned))],
    );
}
