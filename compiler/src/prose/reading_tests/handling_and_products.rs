//! Meaning inside a clause beyond holding: a negated verb of handling a held
//! certificate (showing it, what it covers), products and events named after a
//! framework, goals opened by an article, the wider vocabulary of prospects,
//! intentions and holders, and a standard named by its bare number. Each rule
//! has sentences across frameworks and word orders, and near misses.

use super::{A, Al, L, N, P, Pl, check, claims};
use crate::prose::ClaimedStatus;

/// Asserts that the first mention of each text reads as `status`.
fn first_reads(texts: &[&str], status: Option<ClaimedStatus>) {
    for text in texts {
        assert_eq!(claims(text)[0].1, status, "{text}");
    }
}

#[test]
fn a_negated_verb_of_handling_leaves_the_certificate_held() {
    for (text, framework) in [
        ("We do not publish the ISO 27001 certificate.", "iso27001"),
        (
            "We never publish the ISO 42001 certificate online.",
            "iso42001",
        ),
        ("We never share the SOC 2 report without an NDA.", "soc2"),
        (
            "We can't share the SOC 2 report until the NDA is signed.",
            "soc2",
        ),
        ("We cannot share the SOC 2 report publicly.", "soc2"),
        (
            "We don't disclose our ISO 27001 certificate number.",
            "iso27001",
        ),
    ] {
        check(text, &[(framework, Some(A))]);
    }
    // "Not yet" before a verb of coverage is about the scope, not the holding.
    check(
        "Our ISO 27001 scope does not yet cover the new office.",
        &[("iso27001", None)],
    );
    // Near misses: a bare plural object says nothing is shared because there
    // is nothing, holding verbs stay negated, and a framework that is the
    // object of the coverage verb is the one not held.
    check("We do not share SOC 2 reports.", &[("soc2", Some(N))]);
    check(
        "We do not hold the ISO 27001 certificate.",
        &[("iso27001", Some(N))],
    );
    check(
        "We have not received the ISO 42001 certificate yet.",
        &[("iso42001", Some(N))],
    );
    check("We don't yet have SOC 2.", &[("soc2", Some(N))]);
}

#[test]
fn a_certificate_noun_before_a_product_noun_names_the_product() {
    first_reads(
        &[
            "Our ISO 27001 certification checklist is free to download.",
            "Download our SOC 2 report template.",
            "Our ISO 42001 certification offering helps clients.",
            "Join our SOC 2 workshop.",
            "Our platform makes SOC 2 compliance easy.",
            "How to get ISO 27001 certified in 90 days.",
            "Steps to become SOC 2 compliant.",
        ],
        None,
    );
    // Near misses: the certificate itself, offered or held.
    check(
        "We make our SOC 2 report available on request.",
        &[("soc2", Some(A))],
    );
    check(
        "Our ISO 27001 certificate is issued by BSI.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_goal_opened_by_an_article_after_a_bare_verb_is_planned() {
    check(
        "We plan to start a SOC 2 readiness project in 2027.",
        &[("soc2", Some(Pl))],
    );
    check(
        "Next year we will launch an ISO 42001 programme.",
        &[("iso42001", Some(Pl))],
    );
    // Near miss: the undertaking already under way.
    check(
        "We have kicked off our SOC 2 programme.",
        &[("soc2", Some(P))],
    );
}

#[test]
fn prospects_intentions_and_holders_in_other_words() {
    first_reads(
        &[
            "Our ISO 42001 certification is in the works.",
            "Our ISO 27001 certification is imminent.",
            "We're going for ISO 42001 next.",
            "We are on course for ISO 27001 certification.",
            "We are gearing up for our SOC 2 audit.",
            "We are laying the groundwork for ISO 42001.",
        ],
        Some(P),
    );
    first_reads(
        &[
            "ISO 42001 certification is slated for 2027.",
            "ISO 42001 is earmarked for 2027.",
            "We have pencilled in SOC 2 for 2028.",
            "We are set to achieve ISO 27001 in Q2.",
            "We are poised to achieve ISO 42001 certification.",
            "We look forward to achieving Cyber Essentials Plus.",
        ],
        Some(Pl),
    );
    first_reads(
        &[
            "We are proud holders of ISO 27001.",
            "We went through ISO 27001 certification last year.",
            "After three years of ISO 27001, we are now pursuing ISO 42001.",
        ],
        Some(A),
    );
    // Near misses: a certificate "set to expire" is still held; experience
    // of a standard is no certificate.
    check(
        "Our ISO 27001 certificate is set to expire in 2027.",
        &[("iso27001", Some(A))],
    );
    check(
        "We have six years of ISO 27001 experience.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_management_system_named_after_its_standard_is_run_to_it() {
    check(
        "This policy is part of our ISO 42001 AI management system.",
        &[("iso42001", Some(Al))],
    );
    check(
        "Our ISO 27001 ISMS covers all three offices.",
        &[("iso27001", Some(Al))],
    );
}

#[test]
fn a_workforce_noun_that_modifies_a_noun_is_no_person() {
    check(
        "Our staff handbook is aligned with the Cyber Essentials scheme.",
        &[("cyber_essentials", Some(Al))],
    );
    check(
        "Employee training follows ISO 27001.",
        &[("iso27001", Some(Al))],
    );
    // Near miss: the staff as the subject.
    assert_eq!(
        super::one("Our staff are ISO 27001 certified practitioners.").0,
        None
    );
}

#[test]
fn a_standard_is_named_by_its_bare_number() {
    check("We're 27001 certified.", &[("iso27001", Some(A))]);
    check(
        "Our 42001 audit is booked for spring.",
        &[("iso42001", Some(P))],
    );
    check("We hold 27001.", &[("iso27001", Some(A))]);
    // Near misses: a number inside a certificate code or a longer number.
    assert!(claims("Our previous certificate (GB-27001-0999) expired.").is_empty());
    assert!(claims("Call us on 0161 427001 today.").is_empty());
}

#[test]
fn spoken_forms_of_having_and_of_time_set_aside() {
    first_reads(
        &[
            "We've got ISO 27001.",
            "Cyber Essentials, yes, we've got that.",
            "Northwind received its SOC 2 Type 2 report in November 2026.",
            "Cyber Essentials certification held.",
        ],
        Some(A),
    );
    check("We haven't got ISO 27001.", &[("iso27001", Some(N))]);
    check(
        "Our 42001 audit is in the diary for the spring.",
        &[("iso42001", Some(P))],
    );
    check(
        "Northwind: soon to be ISO 42001 certified!",
        &[("iso42001", Some(Pl))],
    );
    // Near miss: "got to" is an obligation, not a holding.
    check("We have got to get ISO 27001 soon.", &[("iso27001", None)]);
}

#[test]
fn upkeep_and_handing_over_keep_a_certificate_held_in_the_future() {
    first_reads(
        &[
            "We will maintain our ISO 27001 certification.",
            "Northwind shall maintain its SOC 2 certification for the duration of this Agreement.",
            "Northwind will make its SOC 2 Type 2 report available.",
        ],
        Some(A),
    );
    // Near misses: obtaining in the future is a plan, and a first report
    // is still to come.
    check(
        "We will receive our ISO 27001 certificate in June.",
        &[("iso27001", Some(Pl))],
    );
    assert_ne!(
        claims("We will publish our first SOC 2 report in June.")[0].1,
        Some(A)
    );
}

#[test]
fn work_done_of_or_for_another_party_is_theirs() {
    for text in [
        "D4: ISO 42001 gap analysis of the Client's AI use cases.",
        "We deliver an ISO 27001 gap analysis for each client.",
    ] {
        assert_eq!(claims(text)[0].1, None, "{text}");
    }
    // Near misses: our own work, and a third-party word that only modifies
    // a noun.
    check(
        "Our ISO 27001 gap analysis is complete.",
        &[("iso27001", Some(P))],
    );
    check(
        "We started our ISO 42001 readiness assessment for the customer portal.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn a_clause_of_reason_keeps_its_own_status() {
    check(
        "We dropped SOC 2 last year because ISO 27001 covers what our buyers need.",
        &[("soc2", None), ("iso27001", None)],
    );
    check(
        "Our ISO 27001 certificate lapsed in 2025 because SOC 2 is what our US customers want.",
        &[("iso27001", Some(L)), ("soc2", None)],
    );
    // Near miss: the status before "because" stays with its framework.
    check(
        "We are ISO 27001 certified because our customers asked for it.",
        &[("iso27001", Some(A))],
    );
}
