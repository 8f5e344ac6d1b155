//! Who the words are about when the organisation is named by its role in a
//! contract or tender ("the contractor", "the vendor"), and when another
//! company is described in apposition ("Contoso, itself SOC 2 attested, ...").
//! Every sentence here is written for the test.

use super::*;

const ORG: Option<Subject> = Some(Subject::Organisation);
const SUPPLIER: Option<Subject> = Some(Subject::Supplier);
const THIRD: Option<Subject> = Some(Subject::ThirdParty);

#[test]
fn a_lowercase_role_noun_is_the_organisation_when_no_one_else_can_be() {
    assert_eq!(
        one("Clause 7.3: the contractor holds ISO/IEC 27001 certification."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Schedule 2: the vendor is currently certified to Cyber Essentials Plus."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Item 4. Does the vendor maintain Cyber Essentials Plus? Yes."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Annex B: the processor's SOC 2 Type 2 report is available on request."),
        (Some(A), ORG)
    );
}

#[test]
fn a_role_noun_next_to_our_own_words_or_a_named_supplier_is_someone_else() {
    // "We" names the organisation, so "the provider" is another party.
    assert_eq!(
        one("We host everything at Equinix; the provider holds ISO 27001."),
        (None, SUPPLIER)
    );
    // The head of a relative clause is not a subject opening a predicate.
    assert_eq!(
        one("Appendix C: the provider that hosts the platform holds ISO 27001."),
        (None, SUPPLIER)
    );
}

#[test]
fn a_company_in_apposition_holds_what_its_appositive_says() {
    assert_eq!(
        one("Last spring Contoso, itself SOC 2 attested, picked Northwind for analytics."),
        (None, THIRD)
    );
    assert_eq!(
        one("Tailspin, an ISO 27001 certified airline, uses Northwind dashboards."),
        (None, THIRD)
    );
}

#[test]
fn the_organisation_in_apposition_keeps_its_claim() {
    assert_eq!(
        one("Northwind, itself ISO 27001 certified, audits its suppliers every year."),
        (Some(A), ORG)
    );
}

#[test]
fn the_present_passive_of_a_standard_s_process_is_a_general_statement() {
    assert_eq!(
        one("ISO 42001 certification is granted after an independent two-stage audit."),
        (None, Some(Subject::Standard))
    );
    assert_eq!(
        one("A Cyber Essentials Plus certificate is usually issued for twelve months."),
        (None, Some(Subject::Standard))
    );
}

#[test]
fn a_dated_or_owned_award_is_the_organisation_s() {
    assert_eq!(
        one("ISO 27001 certification was awarded after our Stage 2 audit in 2025."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Our ISO 27001 certificate is issued after each annual audit."),
        (Some(A), ORG)
    );
}

#[test]
fn the_organisation_shares_what_it_says_another_holds() {
    assert_eq!(
        one(
            "Northwind asks every subcontractor to hold Cyber Essentials, as Northwind itself does."
        ),
        (Some(A), ORG)
    );
    assert_eq!(
        one("A SOC 2 attested analytics partner for grocers. That's Northwind."),
        (Some(A), ORG)
    );
}

#[test]
fn the_organisation_adds_itself_to_a_party_described_before() {
    for text in [
        "Our platform runs on hosting certified to ISO 27001, and Northwind itself is certified too.",
        "Equinix holds ISO 27001, and so do we.",
        "AWS is SOC 2 audited. We are as well.",
        "Our data centres are ISO 27001 certified. So is Northwind.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // The organisation shares something else with the party.
    for text in [
        "Equinix is ISO 27001 certified, and we use Equinix too.",
        "AWS is SOC 2 audited. We are based in Leeds as well.",
    ] {
        assert_ne!(one(text).0, Some(A), "{text}");
    }
}

#[test]
fn a_comparison_that_does_not_name_the_organisation_changes_nothing() {
    assert_eq!(
        one("Our payment partners hold SOC 2 reports, as regulators expect."),
        (None, THIRD)
    );
    assert_eq!(
        one("A SOC 2 attested analytics partner for grocers. That's the goal."),
        (None, THIRD)
    );
}

#[test]
fn a_role_noun_that_introduces_us_to_the_reader_is_the_organisation() {
    assert_eq!(
        one(
            "Thanks for signing up. You're now working with a Cyber Essentials certified provider."
        ),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Careers: join an ISO 42001-certified AI business."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("You have chosen an ISO 27001 certified vendor for your analytics."),
        (Some(A), ORG)
    );
    // Near misses: advice in the imperative, and a supplier named as the role.
    assert_eq!(
        one("Always work with an ISO 27001 certified supplier."),
        (None, SUPPLIER)
    );
    assert_eq!(
        one("You are working with an ISO 27001 certified provider, Equinix.").0,
        None
    );
}

#[test]
fn a_certificate_conferred_on_a_recipient_is_the_recipient_s() {
    assert_eq!(
        one("The ISO 27001 certificate was presented to Northwind at the May ceremony."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("In 2025 ISO 27001 certification was given to us by BSI."),
        (Some(A), ORG)
    );
    // Near misses: a supplier as recipient, and the standard's general rule.
    assert_eq!(
        one("The ISO 27001 certificate was issued to Equinix last year."),
        (None, SUPPLIER)
    );
    assert_eq!(
        one("ISO 27001 certification is granted to organisations that pass both stages.").0,
        None
    );
}

#[test]
fn its_report_is_the_report_of_the_subject_before_it() {
    assert_eq!(
        one("Northwind confirms that the controls listed are covered by its SOC 2 Type 2 report."),
        (Some(A), ORG)
    );
    // Near miss: "its" of a supplier named first.
    assert_eq!(
        one("Equinix sends every customer its SOC 2 report.").1,
        SUPPLIER
    );
}

#[test]
fn implementation_work_is_a_thing_named_after_the_framework() {
    let got = read(
        "We can send our Cyber Essentials certificate and an ISO 42001 implementation overview.",
    );
    assert_eq!(
        got.iter()
            .map(|(f, s, _)| (f.as_str(), *s))
            .collect::<Vec<_>>(),
        vec![("cyber_essentials", Some(A)), ("iso42001", None)]
    );
}

#[test]
fn conformity_pending_a_certificate_reads_both_ways() {
    let got = crate::prose::find_mentions_with(
        "Board minutes: Northwind stays SOC 2 compliant pending the attestation.",
        ProseFormat::Markdown,
        &test_aliases(),
        &Names {
            organisation: vec!["Northwind".into()],
            suppliers: Vec::new(),
            ..Default::default()
        },
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].status, Some(C));
    assert_eq!(got[0].also.as_ref().map(|a| a.0), Some(P));
    // Near miss: "pending" alone is work under way.
    assert_eq!(one("ISO 27001 certification: pending."), (Some(P), ORG));
}

#[test]
fn the_organisation_s_name_over_a_list_of_names_lists_what_it_holds() {
    let got = read("Northwind \u{2014} Cyber Essentials, ISO 27001.");
    assert!(
        got.iter().all(|(_, s, who)| *s == Some(A) && *who == ORG),
        "{got:?}"
    );
    assert_eq!(one("Our badges. Northwind: SOC 2 Type II."), (Some(A), ORG));
    // Near misses: a title without a full stop, and a name with more words
    // after it.
    assert_eq!(one("Northwind: ISO 27001").0, None);
    assert_eq!(one("Northwind: ISO 27001 consulting for clinics.").0, None);
}

#[test]
fn the_recipient_as_subject_of_the_passive_holds_it() {
    assert_eq!(
        one("In 2025 we were issued ISO 27001 certification by NQA."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Northwind was granted Cyber Essentials in March."),
        (Some(A), ORG)
    );
}

#[test]
fn a_party_named_to_compare_or_coordinated_with_us_leaves_us_the_subject() {
    assert_eq!(
        one("We, like Equinix, are certified to ISO 27001."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Both Northwind and its data centre partner Equinix hold ISO 27001."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("With us you get a Cyber Essentials certified partner."),
        (Some(A), ORG)
    );
    // Near misses: our supplier's own parties, and a supplier named in a
    // clause of our own before its own predicate.
    assert_eq!(
        one("Our hosting provider and its subcontractors are ISO 27001 certified.").0,
        None
    );
    assert_eq!(
        one("We host with AWS and Equinix, which are ISO 27001 certified.").0,
        None
    );
}
