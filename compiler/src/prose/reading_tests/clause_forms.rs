//! Clause-level forms of the held-out genres: set formulas that look like a
//! condition, a gerund subject whose predicate names the organisation, and a
//! report published or handed over with the text. Each rule has sentences of
//! its own and the nearest wording it must leave alone.

use super::{A, Al, C, L, N, P, Pl, check, one, read};
use crate::prose::Subject;

#[test]
fn a_salutation_is_not_a_condition() {
    check(
        "To whom it may concern: we confirm that our controls follow ISO 27001.",
        &[("iso27001", Some(Al))],
    );
    check(
        "To whom it may concern,\n\nwe hold Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // Near miss: "may" as a modal still makes a hypothetical.
    check(
        "We may pursue ISO 42001 certification later.",
        &[("iso42001", None)],
    );
}

#[test]
fn a_gerund_subject_is_general_even_when_its_predicate_names_us() {
    assert_eq!(
        one("Pursuing ISO 42001 early signals to clinics that our models are governed."),
        (None, Some(Subject::Standard))
    );
    assert_eq!(
        one("Being certified to ISO 27001 shows buyers that our data is safe."),
        (None, Some(Subject::Standard))
    );
    // Near misses: the organisation before the gerund is its subject, and a
    // gerund that continues our clause is ours.
    assert_eq!(
        one("Our team, having achieved ISO 27001, now supports clients."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("We are pursuing ISO 42001 and our auditors are booked."),
        (Some(P), Some(Subject::Organisation))
    );
}

#[test]
fn a_report_published_or_handed_over_is_held() {
    check(
        "Every year we publish a SOC 2 Type 2 report.",
        &[("soc2", Some(A))],
    );
    check(
        "Northwind publishes an annual SOC 2 report for customers.",
        &[("soc2", Some(A))],
    );
    check(
        "A copy of the ISO 27001 certificate is enclosed.",
        &[("iso27001", Some(A))],
    );
    check(
        "We follow ISO 27001, and our SOC 2 report is attached as Annex B.",
        &[("iso27001", Some(Al)), ("soc2", Some(A))],
    );
    // Near misses: a report that will be published for the first time (by
    // a date: work under way), and a supplier's report.
    check(
        "We will publish our first SOC 2 report in 2027.",
        &[("soc2", Some(P))],
    );
    assert_eq!(
        one("Equinix publishes a SOC 2 report for its data centres."),
        (None, Some(Subject::Supplier))
    );
    // A verb after "and" shares the subject of the clause before, also when
    // a list of names stands between.
    assert_eq!(
        one(
            "Equinix holds ISO 9001, ISO 14001 and ISO 50001 certificates and publishes SOC 2 reports."
        ),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn a_party_after_a_preposition_is_a_recipient_not_what_the_phrase_describes() {
    assert_eq!(
        one("Northwind will make its SOC 2 report available to partners on request."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("We keep a current ISO 27001 certificate for clients to review."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: the noun right after the phrase is what it describes.
    assert_eq!(
        one("We only use ISO 27001 certified data centres."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn status_verbs_of_english_written_as_a_second_language() {
    check(
        "We respect fully the ISO 42001 standard in our products.",
        &[("iso42001", Some(C))],
    );
    check(
        "Our platform is respecting the requirements of Cyber Essentials.",
        &[("cyber_essentials", Some(C))],
    );
    check(
        "We dispose of a current ISO 27001 certificate.",
        &[("iso27001", Some(A))],
    );
    check(
        "The company possesses the certificate of ISO 42001.",
        &[("iso42001", Some(A))],
    );
    check(
        "We were certificated ISO 27001 in the past.",
        &[("iso27001", Some(L))],
    );
    // Near misses: respect for something else, disposal of paper, and a
    // held certificate told in the present.
    check(
        "We respect your privacy and our ISO 27001 roadmap is public.",
        &[("iso27001", Some(Pl))],
    );
    check(
        "We dispose of paper securely and follow ISO 27001.",
        &[("iso27001", Some(Al))],
    );
    check(
        "We are certified to ISO 27001 since the past year.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_no_after_a_label_and_an_only_after_a_denial() {
    check(
        "- Cyber Essentials: yes\n- ISO 42001: no",
        &[("cyber_essentials", Some(A)), ("iso42001", Some(N))],
    );
    // "Not X, only Y" denies X and leaves Y to other words.
    check(
        "We do not hold ISO 27001, only Cyber Essentials.",
        &[("iso27001", Some(N)), ("cyber_essentials", None)],
    );
    // Near miss: a "no" that opens a noun phrase.
    check(
        "ISO 27001: no major nonconformities at the last audit.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_lapse_after_and_ends_the_certificate_before_it() {
    check(
        "Our Cyber Essentials certificate was issued in 2024 and expired in March 2025.",
        &[("cyber_essentials", Some(L))],
    );
    // Once a lapse is told, work towards recertification is the way back,
    // not upkeep of a certificate held.
    check(
        "We held ISO 27001 until 2025 and are now preparing for recertification with ISO 42001.",
        &[("iso27001", Some(L)), ("iso42001", Some(P))],
    );
    // Near misses: a lapse word about something else after "and", and
    // upkeep with no lapse told.
    check(
        "We hold ISO 27001 and our surveillance audit is booked for May.",
        &[("iso27001", Some(A))],
    );
    check(
        "We are preparing for recertification of ISO 27001.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_requirement_the_organisation_says_it_meets_itself_is_its_claim() {
    assert_eq!(
        one("Subcontractors must hold ISO 27001, as Northwind does."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("Suppliers should hold Cyber Essentials, just like Northwind."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: a requirement alone claims nothing for the organisation.
    assert_eq!(one("Suppliers must hold ISO 27001.").0, None);
}

#[test]
fn we_are_and_a_name_says_it_is_held() {
    check("We're ISO 27001 now.", &[("iso27001", Some(A))]);
    check(
        "We are also Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // Near misses: the name that goes on to a noun or a list that a later
    // word describes.
    check("We are ISO 42001 enthusiasts.", &[("iso42001", None)]);
    check(
        "We are SOC 2 and ISO 27001 compliant.",
        &[("soc2", Some(C)), ("iso27001", Some(C))],
    );
    check("We're ISO 27001-aligned.", &[("iso27001", Some(Al))]);
}

#[test]
fn a_plan_after_a_quantifier_is_something_sold() {
    check(
        "Each plan runs on our ISO 27001 certified platform.",
        &[("iso27001", Some(A))],
    );
    // Near miss: the organisation's plan is an intention.
    check(
        "Our plan is to pursue ISO 42001 next year.",
        &[("iso42001", Some(Pl))],
    );
}

#[test]
fn a_modal_on_a_verb_of_noting_leaves_the_fact_after_that() {
    check(
        "Reviewers should note that we hold ISO 27001.",
        &[("iso27001", Some(A))],
    );
    // Near miss: the modal on the status itself.
    check(
        "Reviewers should note that we could hold ISO 27001 by then.",
        &[("iso27001", None)],
    );
    check(
        "We should become ISO 42001 certified.",
        &[("iso42001", None)],
    );
}

#[test]
fn a_general_noun_phrase_after_our_verb_is_its_object() {
    assert_eq!(
        one("We follow ISO 27001 requirements in every office."),
        (Some(Al), Some(Subject::Organisation))
    );
    // Near miss: with no organisation before it, the phrase describes the
    // noun after it.
    assert_eq!(
        one("ISO 27001 certified organisations must protect data."),
        (None, Some(Subject::Standard))
    );
}

#[test]
fn an_expectation_of_starting_work_is_a_plan() {
    check(
        "We expect to begin ISO 42001 certification next year.",
        &[("iso42001", Some(Pl))],
    );
    // Near miss: an expected certificate with a date is work under way.
    check(
        "We expect to achieve ISO 42001 certification by May 2027.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn an_application_with_the_body_named_between_is_work_under_way() {
    check(
        "We have applied to the certification body for ISO 27001.",
        &[("iso27001", Some(P))],
    );
    // Near miss: a rule that applied to staff.
    check(
        "The ISO 27001 policy applied to all staff for years.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_relative_clause_with_our_subject_claims_for_its_antecedent() {
    assert_eq!(
        one("Subcontractors must hold ISO 27001, which Northwind achieved in 2025."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("Vendors should hold ISO 42001, which we are working towards ourselves."),
        (Some(P), Some(Subject::Organisation))
    );
    // Near misses: a relative clause about what someone else wants, and one
    // after a clause that already claims for us.
    assert_eq!(
        one("Equinix holds ISO 27001, which we value."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("We hold Cyber Essentials, which our customers require."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn the_party_we_help_does_what_follows() {
    assert_eq!(
        one("Northwind will help the customer prepare for ISO 42001 certification."),
        (None, Some(Subject::ThirdParty))
    );
    // Near miss: a singular noun that modifies the next one names no one.
    assert_eq!(
        one("Our partner programme is ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn its_stands_for_the_subject_named_first() {
    assert_eq!(
        one("Each quarter Northwind sends the client a copy of its current SOC 2 report."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: a supplier named first is what "its" stands for.
    assert_eq!(
        one("Equinix sends Northwind a copy of its current SOC 2 report."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn a_gerund_after_a_plural_beneficiary_is_their_work() {
    assert_eq!(
        one("Templates for startups preparing for ISO 42001."),
        (None, Some(Subject::ThirdParty))
    );
    // Near miss: "for" and a span of time.
    assert_eq!(
        one("We have been for months working towards ISO 42001."),
        (Some(P), Some(Subject::Organisation))
    );
}

#[test]
fn a_label_before_our_subject_starts_no_clause() {
    check(
        "Reply: we're Cyber Essentials and ISO 42001 certified.",
        &[("cyber_essentials", Some(A)), ("iso42001", Some(A))],
    );
    // Near miss: a real clause before the new subject keeps its own status.
    check(
        "We hold ISO 27001, and we are working towards ISO 42001.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
}

#[test]
fn the_columns_of_a_roadmap_board_give_their_items_a_status() {
    check("Doing: ISO 27001 implementation", &[("iso27001", Some(P))]);
    check("Now: SOC 2 Type 2 readiness", &[("soc2", Some(P))]);
    check("To do: ISO 42001", &[("iso42001", Some(Pl))]);
    // Near miss: an item with its own status keeps it.
    check("Now: ISO 27001 certified", &[("iso27001", Some(A))]);
}

#[test]
fn a_report_received_or_at_hand_is_held() {
    check(
        "Last spring we received a SOC 2 Type 2 report from our auditor.",
        &[("soc2", Some(A))],
    );
    check(
        "Our ISO 27001 is attached to this reply.",
        &[("iso27001", Some(A))],
    );
    // Near miss: a report received by someone else.
    check(
        "Every customer received a SOC 2 Type 2 report template.",
        &[("soc2", None)],
    );
}

#[test]
fn a_goal_reported_reached_is_no_longer_ahead() {
    check(
        "Goal: ISO 27001 certified \u{2014} 100%",
        &[("iso27001", Some(A))],
    );
    check(
        "Objectives: become Cyber Essentials certified \u{2014} achieved",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: a goal part of the way there is still ahead.
    check(
        "Goal: ISO 27001 certified \u{2014} 60%",
        &[("iso27001", Some(Pl))],
    );
}

#[test]
fn a_step_under_a_work_plan_label_is_planned() {
    check(
        "Milestone M4: ISO 42001 readiness assessment (month 9).",
        &[("iso42001", Some(Pl))],
    );
    // Near miss: the same step told as under way is under way.
    check(
        "Update: ISO 42001 readiness assessment (month 9).",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn a_negation_inside_a_relative_aside_stays_in_it() {
    check(
        "Our company, which is not yet certified to ISO 42001, shares lessons from its ISO 27001 audit.",
        &[("iso42001", Some(N)), ("iso27001", None)],
    );
    // Near miss: a status phrase of the main clause still reads.
    check(
        "Our company, which is not yet certified to ISO 42001, holds ISO 27001.",
        &[("iso42001", Some(N)), ("iso27001", Some(A))],
    );
}

#[test]
fn a_parenthesis_after_a_name_speaks_of_that_name() {
    check(
        "We picked ISO 27001 and SOC 2 (the latter still under audit).",
        &[("iso27001", None), ("soc2", Some(P))],
    );
    // Near miss: a parenthesis that says it covers both.
    check(
        "We picked ISO 27001 and SOC 2 (both still under audit).",
        &[("iso27001", Some(P)), ("soc2", Some(P))],
    );
}

#[test]
fn a_spaced_plus_between_two_names_joins_them() {
    let mut aliases = crate::prose::corpus::test_aliases();
    aliases.push(crate::prose::Alias::new(
        "cyber_essentials_plus",
        "Cyber Essentials +",
    ));
    let read = |text: &str| -> Vec<(String, Option<crate::prose::ClaimedStatus>)> {
        crate::prose::find_mentions(text, crate::prose::ProseFormat::Markdown, &aliases)
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    };
    assert_eq!(
        read("Now certified: Cyber Essentials + ISO 27001."),
        vec![
            ("cyber_essentials".to_string(), Some(A)),
            ("iso27001".to_string(), Some(A))
        ]
    );
    // Near miss: a "+" that no other name follows is the higher level.
    assert_eq!(
        read("We are now certified to Cyber Essentials + as well."),
        vec![("cyber_essentials_plus".to_string(), Some(A))]
    );
}

#[test]
fn a_description_that_opens_a_quote_describes_the_subject_after_it() {
    assert_eq!(
        read("\"As a Cyber Essentials certified vendor, Northwind was simple to onboard.\""),
        vec![(
            "cyber_essentials".to_string(),
            Some(A),
            Some(Subject::Organisation)
        )]
    );
}

#[test]
fn a_gerund_adjunct_before_the_organisation_describes_it() {
    assert_eq!(
        one("Being ISO 27001 certified, Northwind was quick to approve."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: a gerund that is the subject of a general predicate.
    assert_eq!(
        one("Being certified to ISO 27001 is a sign of maturity."),
        (None, Some(Subject::Standard))
    );
}

#[test]
fn the_company_in_speech_reported_from_its_own_staff_is_the_organisation() {
    assert_eq!(
        one("At the summit, our COO said that the company is ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: a person's own qualification claims nothing for us.
    assert_eq!(
        one("Our COO said she is a certified ISO 27001 Lead Auditor.").0,
        None
    );
}

#[test]
fn what_a_piece_of_text_says_is_talked_about_not_claimed() {
    assert_eq!(
        one("An old banner claiming we hold SOC 2 has been taken down."),
        (None, Some(Subject::Standard))
    );
    // Near miss: the organisation saying it itself claims it.
    assert_eq!(
        one("We are pleased to say we hold SOC 2."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn a_generic_noun_that_ends_a_field_label_is_not_a_subject() {
    assert_eq!(
        one("Frameworks: ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: the same noun as the subject of a general statement.
    assert_eq!(one("Frameworks such as ISO 27001 require audits.").0, None);
}

#[test]
fn been_through_an_audit_and_a_report_that_came_through() {
    check("We have been through a SOC 2 audit.", &[("soc2", Some(A))]);
    check(
        "We have not been through a SOC 2 audit yet.",
        &[("soc2", Some(N))],
    );
    check(
        "Our SOC 2 Type II came through in the autumn.",
        &[("soc2", Some(A))],
    );
    // Near misses: going through it is work under way, and a call that
    // came through says nothing.
    check(
        "We are going through our first SOC 2 audit.",
        &[("soc2", Some(P))],
    );
    check(
        "A question about SOC 2 came through the chat.",
        &[("soc2", None)],
    );
}

#[test]
fn expecting_to_be_certified_and_being_far_into_the_work_are_under_way() {
    check(
        "We expect to be ISO 42001 certified within the year.",
        &[("iso42001", Some(P))],
    );
    check(
        "We're well into our ISO 42001 implementation.",
        &[("iso42001", Some(P))],
    );
    check(
        "Our ISO 27001 implementation is well advanced.",
        &[("iso27001", Some(P))],
    );
    // Near misses: expecting what others do, and a plan stated beside a
    // year that is far along.
    check("Customers expect to see ISO 27001.", &[("iso27001", None)]);
    check(
        "We are well into the year and ISO 42001 is planned for 2028.",
        &[("iso42001", Some(Pl))],
    );
}

#[test]
fn reports_put_out_again_certificates_past_their_expiry_and_dated_plans() {
    check("SOC 2 Type II report refreshed.", &[("soc2", Some(A))]);
    check(
        "New SOC 2 Type II report (2026) now available to customers under NDA.",
        &[("soc2", Some(A))],
    );
    check(
        "Our ISO 27001 certificate reached its expiry date today and has not been renewed.",
        &[("iso27001", Some(L))],
    );
    check(
        "Alongside our existing ISO 42001, we intend to seek ISO 27001.",
        &[("iso42001", Some(A)), ("iso27001", Some(Pl))],
    );
    check(
        "Keel 2027 plan: ISO 42001 certified by year end.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "We expect to complete Cyber Essentials Plus in February and to begin ISO 42001 work later that year.",
        &[("cyber_essentials_plus", Some(P)), ("iso42001", Some(Pl))],
    );
    // Near misses: a product's plan, a course that is available, and work
    // that has started.
    check(
        "Our ISO 27001 training course is now available.",
        &[("iso27001", None)],
    );
    check(
        "Enterprise plan: ISO 27001 certified by our team.",
        &[("iso27001", Some(A))],
    );
    check(
        "We started ISO 42001 work in 2025.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn a_new_subject_and_a_verb_of_relying_lend_no_status_backwards() {
    check(
        "Cyber Essentials, and we're working towards ISO 27001.",
        &[("cyber_essentials", None), ("iso27001", Some(P))],
    );
    check(
        "Harbour hasn't been through a SOC 2 audit yet and relies on ISO 27001 for now.",
        &[("soc2", Some(N)), ("iso27001", None)],
    );
    // Near miss: a list of names before one verb shares it.
    check(
        "Cyber Essentials and ISO 27001 are both in progress.",
        &[("cyber_essentials", Some(P)), ("iso27001", Some(P))],
    );
}

#[test]
fn a_tick_after_a_status_in_words_confirms_it() {
    check(
        "Q3 2026 - AI management system aligned with ISO/IEC 42001 \u{2713}",
        &[("iso42001", Some(Al))],
    );
    check("ISO 27001 in progress \u{2705}", &[("iso27001", Some(P))]);
    // Near misses: a tick alone is the status, one per item.
    check(
        "Cyber Essentials \u{2705} ISO 27001 \u{23f3}",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(P))],
    );
}

#[test]
fn hurried_writing_is_read_as_meant() {
    check("were iso 27001 certified", &[("iso27001", Some(A))]);
    check("we dont have iso 42001 yet", &[("iso42001", Some(N))]);
    check(
        "weve got a soc 2 type 2 report, ask sales for a copy",
        &[("soc2", Some(A))],
    );
    check(
        "CE+ assessment booked for feb, already got basic CE",
        &[
            ("cyber_essentials_plus", Some(P)),
            ("cyber_essentials", Some(A)),
        ],
    );
    check(
        "**Certified**\n- ISO 42001\n\n**Planned**\n- Cyber Essentials",
        &[("iso42001", Some(A)), ("cyber_essentials", Some(Pl))],
    );
    // Near miss: "were" after its subject is the past tense of a story.
    check(
        "Our certificates were issued by BSI in 2024 for ISO 27001.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn what_customers_ask_for_takes_no_status_from_the_answer_after_it() {
    check(
        "Most customers ask for Cyber Essentials and ISO 27001: we hold Cyber Essentials and are partway through ISO 27001.",
        &[
            ("cyber_essentials", None),
            ("iso27001", None),
            ("cyber_essentials", Some(A)),
            ("iso27001", Some(P)),
        ],
    );
}

#[test]
fn a_name_after_we_are_ends_its_complement_at_a_comma_before_other_words() {
    check(
        "yes we are SOC 2 Type II, ask sales for the report",
        &[("soc2", Some(A))],
    );
    check(
        "we are ISO 27001, working towards SOC 2",
        &[("iso27001", Some(A)), ("soc2", Some(P))],
    );
    // Near miss: a list of names that one word closes.
    check(
        "we are ISO 27001, SOC 2 and Cyber Essentials certified",
        &[
            ("iso27001", Some(A)),
            ("soc2", Some(A)),
            ("cyber_essentials", Some(A)),
        ],
    );
}

#[test]
fn what_our_assurance_is_names_what_is_held() {
    check(
        "We don't have a SOC 2 report, and our external assurance today is Cyber Essentials, with ISO 27001 certification in progress.",
        &[
            ("soc2", Some(N)),
            ("cyber_essentials", Some(A)),
            ("iso27001", Some(P)),
        ],
    );
    check(
        "Our only certification is Cyber Essentials.",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: what is common at large is no claim.
    check(
        "The most common certification is ISO 27001.",
        &[("iso27001", None)],
    );
}

#[test]
fn the_party_an_audit_is_done_with_holds_nothing() {
    check(
        "- SOC 2 Type I audit under way with an external CPA firm",
        &[("soc2", Some(P))],
    );
    // Near misses: a party described after it, or named before the
    // framework, is the holder.
    assert_eq!(
        read("We work with a partner who holds ISO 27001.")[0].2,
        Some(Subject::ThirdParty)
    );
    assert_eq!(
        read("Before joining us she worked at a firm certified to ISO 27001.")[0].2,
        Some(Subject::ThirdParty)
    );
}

#[test]
fn governance_built_around_a_standard_and_work_still_to_start() {
    check(
        "We built our AI governance around ISO/IEC 42001.",
        &[("iso42001", Some(Al))],
    );
    check(
        "We plan to start work on ISO 42001 in 2027, with certification targeted for the end of that year.",
        &[("iso42001", Some(Pl))],
    );
    // Near misses: work on it now is under way; a building near a standard
    // says nothing.
    check("We are working on ISO 42001.", &[("iso42001", Some(P))]);
    check(
        "ISO 42001 sets out requirements; our office was built around 1990.",
        &[("iso42001", None)],
    );
}

#[test]
fn a_step_that_reports_a_finding_leaves_the_finding_to_say_the_status() {
    check(
        "The external gap assessment concluded that Northwind meets the requirements of ISO/IEC 27001 in full.",
        &[("iso27001", Some(C))],
    );
    // Near miss: the step on its own is work under way.
    check(
        "Our ISO 27001 gap assessment is under way.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_modal_verb_after_and_opens_a_predicate_of_its_own() {
    check(
        "We hold Cyber Essentials and would consider Cyber Essentials Plus if a contract required it.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", None),
        ],
    );
    check(
        "We hold Cyber Essentials and will add Cyber Essentials Plus next year.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(Pl)),
        ],
    );
    // Near miss: a second name with no verb of its own shares the first verb.
    check(
        "We hold Cyber Essentials and Cyber Essentials Plus.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(A)),
        ],
    );
}

#[test]
fn a_lapse_after_an_aside_ends_the_certificate_before_it() {
    for text in [
        "Our ISO 27001 certificate, issued by BSI, expired on 30 April 2026.",
        "Our ISO 27001 certificate, issued by BSI, has expired.",
        "Our ISO 27001 certificate, from BSI, was withdrawn in May.",
    ] {
        check(text, &[("iso27001", Some(L))]);
    }
    // Near miss: an aside with no lapse leaves the certificate held.
    check(
        "Our ISO 27001 certificate, issued by BSI, is valid until 2028.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn the_writer_as_a_new_subject_takes_no_status_from_before() {
    check(
        "Our next ISO 27001 renewal is October 2028, and I'm already thinking about how to fold ISO 42001 into it.",
        &[("iso27001", Some(A)), ("iso42001", None)],
    );
    // Near miss: a second name with no subject of its own shares the first.
    check(
        "Our ISO 27001 and ISO 42001 certificates are both renewed every three years.",
        &[("iso27001", Some(A)), ("iso42001", Some(A))],
    );
}

#[test]
fn names_said_in_words_as_captions_write_them() {
    check(
        "yeah so we're iso twenty seven thousand and one certified",
        &[("iso27001", Some(A))],
    );
    check(
        "we got forty two oh oh one over the summer",
        &[("iso42001", Some(A))],
    );
    check(
        "we've kicked off a soc two type one audit",
        &[("soc2", Some(P))],
    );
    // Near miss: numbers said for something else name nothing.
    check("it's twenty seven years old and one of the first", &[]);
}
