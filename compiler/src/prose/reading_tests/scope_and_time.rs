//! Negation scope, time and the steps of an audit: a negator belongs to the
//! verb it modifies, work told as history claims nothing about now, a
//! completed final step outranks the road to it, and upkeep of a held
//! certificate is not work towards one. Each rule has sentences it must read
//! and a near miss it must leave alone.

use super::{A, Al, C, L, N, P, Pl, check, one};
use crate::prose::corpus::test_aliases;
use crate::prose::{ClaimedStatus, ProseFormat, find_mentions};

#[test]
fn a_negated_verb_of_ceasing_affirms_the_status() {
    check(
        "We have never stopped being ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
    check(
        "Northwind has not ceased to hold ISO 27001.",
        &[("iso27001", Some(A))],
    );
    // Near miss: a plain negation still reads as not held.
    check(
        "We have never been ISO 27001 certified.",
        &[("iso27001", Some(N))],
    );
}

#[test]
fn a_negated_lapse_is_no_lapse() {
    check(
        "We have never lost our Cyber Essentials certificate.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "Our ISO 27001 certificate has not lapsed once since 2019.",
        &[("iso27001", Some(A))],
    );
    // Near miss: a lapse that happened.
    check(
        "We lost our Cyber Essentials certificate in 2025.",
        &[("cyber_essentials", Some(L))],
    );
}

#[test]
fn a_negator_on_another_verb_leaves_a_possessive_noun_phrase_alone() {
    check(
        "We are not relying on our ISO 27001 certificate alone.",
        &[("iso27001", Some(A))],
    );
    check(
        "Nobody here is complacent about our Cyber Essentials certificate.",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: a verb of having or obtaining carries the negation.
    check(
        "We have not yet received our ISO 27001 certificate.",
        &[("iso27001", Some(N))],
    );
}

#[test]
fn keeping_up_conformity_named_by_a_noun_is_conformity_not_a_certificate() {
    check(
        "We keep ISO 27001 compliance under continuous review.",
        &[("iso27001", Some(C))],
    );
    check(
        "We have maintained SOC 2 compliance for three years.",
        &[("soc2", Some(C))],
    );
    // Alignment kept up is no certificate held (the noun alone states no
    // status the reader takes).
    check(
        "We retain NIST AI RMF alignment across every release.",
        &[("nist_ai_rmf", None)],
    );
    // Near miss: keeping the framework itself, or its certificate, is held.
    check(
        "We have maintained ISO 27001 since 2021.",
        &[("iso27001", Some(A))],
    );
    check(
        "We keep our Cyber Essentials certificate current.",
        &[("cyber_essentials", Some(A))],
    );
}

#[test]
fn a_participle_of_keeping_after_the_name_says_it_is_held() {
    check(
        "Track record: Cyber Essentials certification (retained).",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "ISO 27001 maintained since our first audit in 2020.",
        &[("iso27001", Some(A))],
    );
    // Near miss: controls maintained in line with a framework are not its
    // certificate.
    check(
        "Access controls are maintained in line with ISO 27001.",
        &[("iso27001", Some(Al))],
    );
}

#[test]
fn a_possessive_noun_phrase_after_a_verb_of_obtaining_is_a_goal() {
    check(
        "Objective for 2027 - obtain our first ISO 42001 certificate.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "Next milestone: secure our ISO 27001 certification.",
        &[("iso27001", Some(Pl))],
    );
    // Near miss: the past tense says it was obtained.
    check(
        "We secured our ISO 27001 certification in 2024.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn work_told_as_history_claims_nothing_about_now() {
    check(
        "In 2023 we were preparing for ISO 27001.",
        &[("iso27001", None)],
    );
    check(
        "Back then the team was working towards SOC 2.",
        &[("soc2", None)],
    );
    // Near miss: the same work in the present is under way.
    check(
        "This year we are preparing for ISO 27001.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_completed_final_step_outranks_the_road_to_it() {
    check(
        "Our road to ISO 42001 finished with the Stage 2 audit last spring.",
        &[("iso42001", Some(A))],
    );
    check(
        "The ISO 27001 programme concluded with Stage 2 in May.",
        &[("iso27001", Some(A))],
    );
    // Near miss: a Stage 2 still ahead is work under way.
    check(
        "Our road to ISO 42001 leads to a Stage 2 audit in May.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn upkeep_of_a_held_certificate_is_not_work_towards_one() {
    check(
        "We are working towards the ISO 27001 transition to the 2022 edition.",
        &[("iso27001", Some(A))],
    );
    check(
        "We are extending the scope of our ISO 27001 certificate to Leeds.",
        &[("iso27001", Some(A))],
    );
    // Near miss: work towards the certificate itself.
    check(
        "We are working towards ISO 27001 for our Leeds office.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_target_date_may_be_a_few_words_away() {
    check(
        "We will be certified to ISO 42001 by the end of 2027.",
        &[("iso42001", Some(P))],
    );
    check(
        "We will be ISO 27001 certified by the middle of Q3 2027.",
        &[("iso27001", Some(P))],
    );
    // Near miss: no date, so an intention.
    check(
        "We will be certified to ISO 42001 at some point.",
        &[("iso42001", Some(Pl))],
    );
}

#[test]
fn what_comes_later_is_planned() {
    check("SOC 2 comes next.", &[("soc2", Some(Pl))]);
    check(
        "Cyber Essentials Plus will come afterwards.",
        &[("cyber_essentials_plus", Some(Pl))],
    );
    // Near miss: "comes with" is no time ahead.
    check(
        "ISO 27001 comes with a long list of controls.",
        &[("iso27001", None)],
    );
}

#[test]
fn words_of_a_finished_or_obtained_certificate() {
    check(
        "Milestones: ISO 42001 certification secured.",
        &[("iso42001", Some(A))],
    );
    check(
        "Cyber Essentials: passed.",
        &[("cyber_essentials", Some(A))],
    );
    check("ISO 27001 is done.", &[("iso27001", Some(A))]);
    // Near miss: a goal of obtaining.
    check(
        "We will secure ISO 27001 certification.",
        &[("iso27001", Some(Pl))],
    );
}

#[test]
fn roads_projects_and_readiness() {
    check("We are on the road to ISO 27001.", &[("iso27001", Some(P))]);
    check(
        "We are on the path towards Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(P))],
    );
    check(
        "Northwind is ISO 27001 certification-ready.",
        &[("iso27001", Some(C))],
    );
    // Near miss: a road that is a metaphor for nothing about the standard.
    check(
        "ISO 27001 is the road most buyers ask about.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_recurring_audit_is_upkeep() {
    check(
        "Our annual ISO 27001 audit is scheduled for May.",
        &[("iso27001", Some(A))],
    );
    check(
        "The ISO 42001 re-assessment is booked for June.",
        &[("iso42001", Some(A))],
    );
    // Near miss: a first audit still ahead is work under way.
    check(
        "Our ISO 27001 Stage 1 audit is scheduled for May.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_gerund_after_a_conjunction_shares_the_subject_before_it() {
    check(
        "We are certified to ISO 27001 and working towards ISO 42001.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
    check(
        "We hold Cyber Essentials and are pursuing ISO 27001.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(P))],
    );
    // Near miss: a gerund that opens the sentence is a statement about the
    // standard.
    check(
        "Pursuing ISO 42001 early is a sound strategy.",
        &[("iso42001", None)],
    );
}

#[test]
fn a_gerund_of_obtaining_after_a_word_of_time_is_a_completed_event() {
    check(
        "After achieving ISO 27001, we began work on ISO 42001.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
    check(
        "Since obtaining Cyber Essentials, we have kept it current.",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: a goal of obtaining is not an event.
    check(
        "We are focused on achieving ISO 27001.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_framework_next_in_line_is_planned() {
    check(
        "Cyber Essentials is done; ISO 27001 is next.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(Pl))],
    );
    check(
        "SOC 2 is the next framework on the list.",
        &[("soc2", Some(Pl))],
    );
    // Near miss: "next" about an audit of a held certificate is upkeep.
    check(
        "Our next ISO 27001 surveillance audit is booked for May.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn approximation_and_examination_are_work_under_way() {
    check(
        "We are nearly Cyber Essentials Plus certified.",
        &[("cyber_essentials_plus", Some(P))],
    );
    check(
        "Our SOC 2 evidence is under review by the auditor.",
        &[("soc2", Some(P))],
    );
    check(
        "We are halfway through ISO 42001.",
        &[("iso42001", Some(P))],
    );
    // Near miss: a held certificate said plainly.
    check(
        "We are fully Cyber Essentials Plus certified.",
        &[("cyber_essentials_plus", Some(A))],
    );
}

#[test]
fn verbs_of_moving_forward_and_preparing_are_work_under_way() {
    check(
        "The team is moving towards ISO 42001.",
        &[("iso42001", Some(P))],
    );
    check(
        "We are preparing our policies for ISO 27001 certification.",
        &[("iso27001", Some(P))],
    );
    check(
        "ISO 42001 controls are being implemented.",
        &[("iso42001", Some(P))],
    );
    // Near miss: controls implemented are shaped by the standard.
    check(
        "We have implemented ISO 42001 controls.",
        &[("iso42001", Some(Al))],
    );
}

#[test]
fn a_certificate_word_that_modifies_a_step_names_the_step() {
    check(
        "Our certification audit for ISO 42001 is in June.",
        &[("iso42001", None)],
    );
    check(
        "The certification decision on ISO 27001 is due.",
        &[("iso27001", None)],
    );
    // Near miss: the certificate itself.
    check(
        "Our certification to ISO 42001 covers every site.",
        &[("iso42001", Some(A))],
    );
}

#[test]
fn due_to_before_a_verb_is_the_future() {
    check(
        "We are due to be ISO 42001 certified in autumn 2027.",
        &[("iso42001", Some(P))],
    );
    check(
        "Northwind is due to be certified to ISO 27001.",
        &[("iso27001", Some(Pl))],
    );
    // Near miss: "due to" before a noun is a cause.
    check(
        "Due to our ISO 27001 certificate, audits are quicker.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_gerund_status_line_is_the_organisation_s() {
    check("Working towards SOC 2.", &[("soc2", Some(P))]);
    check(
        "Preparing for ISO 42001: Stage 1 booked.",
        &[("iso42001", Some(P))],
    );
    // Near miss: a gerund with a predicate of its own is about the standard.
    check(
        "Preparing for ISO 42001 takes most firms a year.",
        &[("iso42001", None)],
    );
}

#[test]
fn beginning_a_journey_is_its_goal() {
    check(
        "We hope to start our ISO 27001 journey next spring.",
        &[("iso27001", Some(Pl))],
    );
    check(
        "The board asked us to commence our ISO 42001 journey.",
        &[("iso42001", Some(Pl))],
    );
    // Near miss: a journey begun is under way.
    check(
        "We started our ISO 27001 journey in May.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_not_after_a_status_label_denies_it() {
    check("SOC 2 attested: not yet.", &[("soc2", Some(N))]);
    check(
        "ISO 42001 certified: not yet (the Stage 1 audit is in April).",
        &[("iso42001", Some(P))],
    );
    // Near miss: a "yes" after the label confirms it.
    check("ISO 42001 certified: yes.", &[("iso42001", Some(A))]);
}

#[test]
fn a_held_phrase_with_a_deadline_is_work_under_way() {
    check(
        "Target: ISO 42001 certified by Q2 2027.",
        &[("iso42001", Some(P))],
    );
    check(
        "Cyber Essentials certified before the end of March.",
        &[("cyber_essentials", Some(P))],
    );
    // Near miss: "by" and a body, then a date, is who certified and when.
    check(
        "Cyber Essentials certified by IASME in March 2025.",
        &[("cyber_essentials", Some(A))],
    );
}

/// The reading of the one mention in `text` and the reading beside it.
fn both(text: &str) -> (Option<ClaimedStatus>, Option<ClaimedStatus>) {
    let found = find_mentions(text, ProseFormat::Markdown, &test_aliases());
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    (found[0].status, found[0].also.as_ref().map(|(s, _)| *s))
}

#[test]
fn alignment_then_what_comes_next_for_the_certificate() {
    assert_eq!(
        both("Our controls follow ISO 42001, and certification is planned for 2028."),
        (Some(Al), Some(Pl))
    );
    assert_eq!(
        both("We are aligned with ISO 27001. Certification work has started."),
        (Some(Al), Some(P))
    );
    // Near miss: a later clause about upkeep adds nothing to alignment.
    assert_eq!(
        both("We are aligned with ISO 27001. It is reviewed every year."),
        (Some(Al), None)
    );
}

#[test]
fn a_lapse_is_overtaken_by_a_later_step_that_says_the_certificate_is_back() {
    check(
        "Our Cyber Essentials certificate ran out in 2024. It was reinstated in 2025.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "Our ISO 42001 certificate lapsed in 2025; we regained it in 2026.",
        &[("iso42001", Some(A))],
    );
    check(
        "The ISO 27001 certificate lapsed last year, but we have since been recertified.",
        &[("iso27001", Some(A))],
    );
    // Near misses: a return still to come is a plan, and a later step that
    // is no return leaves the lapse.
    check(
        "Our ISO 27001 certificate lapsed in 2025. We hope to have it back in 2027.",
        &[("iso27001", Some(Pl))],
    );
    check(
        "Our ISO 27001 certificate lapsed in 2025. In 2026 we published our first SOC 2 report.",
        &[("iso27001", Some(L)), ("soc2", Some(A))],
    );
}

#[test]
fn an_adverb_in_the_past_progressive_keeps_it_history() {
    check(
        "Last spring we were still preparing for ISO 42001.",
        &[("iso42001", None)],
    );
    check(
        "In 2025 we were actively working towards Cyber Essentials Plus.",
        &[("cyber_essentials_plus", None)],
    );
    // Near miss: the present progressive is work under way.
    check(
        "We are still preparing for ISO 42001.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn moving_keeping_or_recertifying_what_is_held_is_upkeep() {
    check(
        "We are migrating our ISO 27001 certificate to the 2022 edition.",
        &[("iso27001", Some(A))],
    );
    check(
        "The team is working hard to retain our Cyber Essentials certification.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "We are in the process of recertifying to ISO 42001.",
        &[("iso42001", Some(A))],
    );
    // Near misses: recertifying told as a plan after a lapse, and moving
    // something else.
    check(
        "Our ISO 27001 certificate lapsed in 2026; we expect to recertify in 2027.",
        &[("iso27001", Some(L))],
    );
    check(
        "We are moving towards ISO 42001 certification.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn a_denied_expiry_or_withdrawal_affirms_the_certificate() {
    check(
        "Our ISO 27001 certificate has not expired.",
        &[("iso27001", Some(A))],
    );
    check(
        "Our Cyber Essentials certificate has never been suspended.",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: a certificate not received.
    check(
        "Our ISO 27001 certificate has not been issued yet.",
        &[("iso27001", Some(N))],
    );
}

#[test]
fn our_own_surveillance_audit_shows_the_certificate_held() {
    check(
        "This change will be reviewed at our next ISO 27001 surveillance audit.",
        &[("iso27001", Some(A))],
    );
    check(
        "Our ISO 42001 recertification visit was carried out in May.",
        &[("iso42001", Some(A))],
    );
    // Near miss: a surveillance audit as a part of the standard.
    check(
        "ISO 27001 requires surveillance audits every year.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_name_held_for_a_period_of_years_has_lapsed() {
    check(
        "Cyber Essentials held 2024-2025.",
        &[("cyber_essentials", Some(L))],
    );
    check(
        "ISO 27001 held from 2022 to 2025.",
        &[("iso27001", Some(L))],
    );
    // The way back after the lapse is a plan, not upkeep of a certificate.
    check(
        "ISO 27001 held from 2022 to 2025 (recertification planned).",
        &[("iso27001", Some(Pl))],
    );
    // Near miss: held since a year, with no end.
    check("ISO 27001 held since 2022.", &[("iso27001", Some(A))]);
}

#[test]
fn a_process_named_as_a_whole_ends_in_the_certificate_its_later_step_states() {
    check(
        "Our ISO 42001 project: scoping in 2024, internal audit in 2025, certificate awarded in March 2026.",
        &[("iso42001", Some(A))],
    );
    check(
        "Our ISO 27001 journey: gap analysis, Stage 1, Stage 2, and finally certified by BSI.",
        &[("iso27001", Some(A))],
    );
    // Near misses: a later step that is not the certificate, and one still
    // ahead.
    check(
        "Our ISO 27001 programme: policies in place, internal audit complete.",
        &[("iso27001", Some(P))],
    );
    check(
        "Our ISO 27001 journey: gap analysis done, certification expected in June 2027.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn renewing_what_is_held_or_a_later_cycle_is_upkeep() {
    check(
        "We plan to renew Cyber Essentials Plus next spring.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "Our ISO 27001 programme is in its second certification cycle.",
        &[("iso27001", Some(A))],
    );
    // Near misses: renewing something else, and a first cycle.
    check(
        "Next year we hope to achieve Cyber Essentials Plus and to renew our SOC 2 readiness review.",
        &[("cyber_essentials_plus", Some(Pl)), ("soc2", Some(P))],
    );
    check(
        "We are preparing for our first ISO 27001 certification cycle.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_heading_that_names_a_process_ends_in_the_upkeep_below_it() {
    check(
        "## Our ISO 27001 journey\n\n- 2024: Stage 2 passed\n- 2025: first surveillance audit\n",
        &[("iso27001", Some(A))],
    );
    check(
        "## The ISO 42001 project\n\nThe certificate was issued in March 2026.\n",
        &[("iso42001", Some(A))],
    );
    // Near misses: steps below that are still work, and a heading that
    // names no process.
    check(
        "## Our ISO 27001 journey\n\n- Gap analysis done\n- Certification audit booked\n",
        &[("iso27001", Some(P))],
    );
    check(
        "## ISO 27001 in progress\n\n- 2025: first surveillance audit of our quality scope\n",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_status_left_for_a_held_one_is_the_earlier_step() {
    check(
        "Cyber Essentials Plus: in progress \u{2192} certified (March 2026)",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "Our ISO 27001 status moved from in progress to certified last spring.",
        &[("iso27001", Some(A))],
    );
    // Near misses: the later step still ahead, and two statuses not joined
    // as a move.
    check(
        "ISO 27001: in progress \u{2192} certified by June 2027",
        &[("iso27001", Some(P))],
    );
    check(
        "ISO 27001 is in progress and our team is certified to ISO 9001.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_process_whose_listed_steps_keep_up_a_certificate_has_ended_in_it() {
    check(
        "Our ISO 42001 journey: readiness in 2024, Stage 2 in 2025, first surveillance audit in 2026.",
        &[("iso42001", Some(A))],
    );
    // Near misses: steps still ahead, and upkeep named in a plan's contents
    // rather than as a step of the list.
    check(
        "Our ISO 27001 journey: gap analysis done, certification targeted for 2027.",
        &[("iso27001", Some(P))],
    );
    check(
        "Our ISO 27001 project plan covers the certification audit and the surveillance audits that follow.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_lapse_and_a_return_in_one_clause_end_held() {
    check(
        "We let ISO 42001 lapse in 2024 and were certified again in 2025.",
        &[("iso42001", Some(A))],
    );
    // Near misses: a return hoped for (a plan, after the lapse; against every
    // spec status it is judged as the lapse is), and a lapse alone.
    check(
        "Our ISO 42001 certificate lapsed in 2025 and we hope to be certified again in 2027.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "Our ISO 42001 certificate lapsed in 2025.",
        &[("iso42001", Some(L))],
    );
}

#[test]
fn a_certificate_held_until_a_date_past_its_number_has_lapsed() {
    check(
        "ISO 27001 certificate AB-1234-5678 held until 31 March 2026.",
        &[("iso27001", Some(L))],
    );
    // Near miss: a number with no end.
    check(
        "ISO 27001 certificate AB-1234-5678 held by the company.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn held_with_its_certificate_number_until_a_date_has_lapsed() {
    check(
        "The company held its ISO 42001 certificate CX 40417 until June 2025.",
        &[("iso42001", Some(L))],
    );
    check(
        "We held ISO 27001 certification (QA-2291) until March 2025.",
        &[("iso27001", Some(L))],
    );
    // Near miss: held now, with a number and no end.
    check(
        "We hold ISO 27001 certificate QA-2291 issued in 2024.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn the_next_assessment_of_what_is_held_is_upkeep() {
    check(
        "Cyber Essentials Plus: held (next assessment planned for May 2027)",
        &[("cyber_essentials_plus", Some(A))],
    );
    // Near miss: a next audit may be the first certification's Stage 2.
    check(
        "ISO 27001: our next audit, Stage 2, is planned for May 2027.",
        &[("iso27001", Some(P))],
    );
}

/// Checks that each text reads one ISO framework with the status given.
fn check_each(cases: &[(&str, &str, ClaimedStatus)]) {
    for &(text, framework, status) in cases {
        check(text, &[(framework, Some(status))]);
    }
}

#[test]
fn work_still_ahead_is_not_held() {
    check_each(&[
        (
            "We are still to be certified against ISO 27001.",
            "iso27001",
            N,
        ),
        (
            "ISO 27001 certification is still to be achieved.",
            "iso27001",
            N,
        ),
        ("We still need to get ISO 27001 certified.", "iso27001", N),
        (
            "We still need to become ISO 27001 certified.",
            "iso27001",
            N,
        ),
        (
            "We are still to complete our ISO 27001 certification.",
            "iso27001",
            N,
        ),
        ("We lack ISO 27001 certification.", "iso27001", N),
        (
            "We are currently uncertified against ISO 27001.",
            "iso27001",
            N,
        ),
        // Near misses: "still" of a certificate held, and upkeep still ahead.
        ("We are still ISO 27001 certified.", "iso27001", A),
        (
            "We still need to renew our ISO 27001 certificate.",
            "iso27001",
            A,
        ),
    ]);
}

#[test]
fn widening_a_named_certificate_is_upkeep() {
    check_each(&[
        (
            "The Leeds office will be added to our ISO 27001 certificate next year.",
            "iso27001",
            A,
        ),
        (
            "We intend to expand our ISO 27001 certification to cover our data centre.",
            "iso27001",
            A,
        ),
        (
            "Work is under way to extend ISO 27001 certification to the Dublin site.",
            "iso27001",
            A,
        ),
        (
            "We are widening our ISO 27001 certificate to include the US entity.",
            "iso27001",
            A,
        ),
        // Near misses: a new certificate added to the ones held is a plan.
        (
            "We plan to expand our certifications to include ISO 42001.",
            "iso42001",
            Pl,
        ),
        (
            "We will add ISO 42001 to our certifications next year.",
            "iso42001",
            Pl,
        ),
    ]);
}

#[test]
fn a_step_still_ahead_denies_the_certificate_it_names() {
    // The object of the verb after "yet to" / "still to".
    check(
        "Honestly, we have yet to wrap up our ISO 42001 certification.",
        &[("iso42001", Some(N))],
    );
    check(
        "The team is still to finalise its ISO 27001 certification.",
        &[("iso27001", Some(N))],
    );
    // The subject right before it.
    check(
        "Our ISO 42001 certificate has yet to be issued.",
        &[("iso42001", Some(N))],
    );
    check(
        "Our SOC 2 attestation remains outstanding.",
        &[("soc2", Some(N))],
    );
    check(
        "ISO 42001 certification: still to come.",
        &[("iso42001", Some(N))],
    );
    // Near misses: upkeep still ahead is of a certificate held; praise is no
    // step; a certificate of another clause stands.
    check(
        "Our ISO 27001 certificate has yet to be renewed for 2027.",
        &[("iso27001", Some(A))],
    );
    check(
        "We received outstanding feedback at our ISO 27001 surveillance audit.",
        &[("iso27001", Some(A))],
    );
    check(
        "We are yet to scope ISO 42001, but our ISO 27001 certificate is current.",
        &[("iso42001", Some(N)), ("iso27001", Some(A))],
    );
}

#[test]
fn coming_with_a_date_is_planned() {
    check("ISO 42001 (coming 2028)", &[("iso42001", Some(Pl))]);
    check("SOC 2 Type 2 report coming Q2.", &[("soc2", Some(Pl))]);
    check(
        "Cyber Essentials Plus coming early next year.",
        &[("cyber_essentials_plus", Some(Pl))],
    );
}

#[test]
fn a_first_stage_audit_beside_recertification_is_work_under_way() {
    check(
        "ISO 27001 recertification update: a new certification body is engaged and the Stage 1 audit is scheduled.",
        &[("iso27001", Some(P))],
    );
    // Near miss: a recertification audit booked keeps the certificate held.
    check(
        "Our ISO 27001 recertification audit is scheduled for March.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_first_stage_told_after_the_upkeep_word_of_the_same_certificate() {
    check(
        "The 'ISO 27001 recertification' item moved up the board this month: the Stage 1 audit is booked.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_certificate_of_any_kind_before_a_modal_is_supposed() {
    check(
        "Action item: find out what a SOC 2 report could cost us.",
        &[("soc2", None)],
    );
    check(
        "An ISO 42001 certificate would open doors in the NHS.",
        &[("iso42001", None)],
    );
    // Near miss: a certificate of any kind that we have.
    check("We have a SOC 2 report.", &[("soc2", Some(A))]);
}

#[test]
fn a_condition_inserted_in_a_list_governs_the_names_after_it() {
    check(
        "The bundle includes our ISO 27001 certificate and, once the audit closes in spring, Cyber Essentials Plus.",
        &[("iso27001", Some(A)), ("cyber_essentials_plus", None)],
    );
    // Near miss: a list with no condition inside it.
    check(
        "The bundle includes our ISO 27001 certificate and, as always, our Cyber Essentials Plus certificate.",
        &[("iso27001", Some(A)), ("cyber_essentials_plus", Some(A))],
    );
}

#[test]
fn a_check_mark_after_conformity_confirms_it() {
    check(
        "Status: ISO 42001 aligned \u{2705}",
        &[("iso42001", Some(Al))],
    );
    check("Dashboard: SOC 2 compliance \u{2714}", &[("soc2", Some(C))]);
    // Near miss: a check mark after a bare name states it held.
    check("ISO 42001 \u{2705}", &[("iso42001", Some(A))]);
}

#[test]
fn a_span_of_years_joined_by_a_dash_stays_in_its_clause() {
    check(
        "Credentials: ISO 27001 held 2022\u{2013}2025 (recertification planned), Cyber Essentials in progress.",
        &[("iso27001", Some(Pl)), ("cyber_essentials", Some(P))],
    );
}

#[test]
fn a_certification_left_unfinished_is_not_held() {
    check(
        "We haven't finalised our ISO 27001 certification.",
        &[("iso27001", Some(N))],
    );
    check(
        "Our ISO 42001 certification is not yet complete.",
        &[("iso42001", Some(N))],
    );
    check("SOC 2 Type 2 attestation: incomplete", &[("soc2", Some(N))]);
    // Near miss: something else unfinished beside the framework.
    check(
        "Data mapping is not complete, but our ISO 27001 certificate is current.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn close_due_or_next_is_ahead() {
    check(
        "Cyber Essentials Plus certification is not far away.",
        &[("cyber_essentials_plus", Some(P))],
    );
    check(
        "ISO 27001 Stage 2 outcome: due Q1 2027.",
        &[("iso27001", Some(P))],
    );
    check(
        "Achieving ISO 42001 is our next milestone.",
        &[("iso42001", Some(Pl))],
    );
    // Near miss: a renewal due keeps the certificate held.
    check(
        "ISO 27001 recertification due May 2028.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_process_said_to_be_done_has_reached_its_certificate() {
    check(
        "Our journey to ISO 27001 certification ended last March.",
        &[("iso27001", Some(A))],
    );
    check(
        "We have completed our road to Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // Near misses: a process not yet done, and one under way.
    check(
        "Our journey to ISO 27001 certification has not yet ended.",
        &[("iso27001", Some(P))],
    );
    check(
        "Our journey to ISO 27001 certification continues.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn others_set_against_the_organisation_are_someone_else() {
    // Their work is not the organisation's, whatever the organisation says
    // of itself after it.
    check(
        "While others are still pursuing ISO 27001, we already hold it.",
        &[("iso27001", None)],
    );
    check("Others are pursuing ISO 42001 too.", &[("iso42001", None)]);
    // Near miss: the organisation's own work beside what others do.
    check(
        "Others may wait for ISO 27001; we are working towards it now.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_clause_of_time_told_in_the_past_is_no_future() {
    // "When" before a past verb tells what happened.
    assert_eq!(
        one("When we began working towards ISO 27001 in March, nobody expected it to take a year.")
            .0,
        Some(P)
    );
    assert_eq!(
        one("When we started on ISO 42001 we hired a consultant.").0,
        Some(P)
    );
    // Near misses: a present verb after "when" is still to come.
    assert_eq!(
        one("When we are certified to ISO 27001 we will publish the certificate.").0,
        Some(Pl)
    );
}

#[test]
fn a_certificate_that_is_the_subject_of_a_clause_of_time_ahead_is_not_held() {
    // "When our certification is complete": the marker and the noun phrase
    // share "our", and the clause is still to come.
    assert_eq!(
        one("When our ISO 27001 certification is complete, customers will be able to download it here.").0,
        Some(Pl)
    );
    assert_eq!(
        one("When our ISO 42001 certificate has been issued we will publish it.").0,
        Some(Pl)
    );
    // Near misses: told in the past it is history; with no clause of time it
    // is the certificate held.
    assert_eq!(
        one("When our ISO 27001 certification was renewed in 2025, we added the Leeds office.").0,
        Some(A)
    );
    assert_eq!(one("Our ISO 27001 certification is complete.").0, Some(A));
}

#[test]
fn former_people_and_former_names_are_no_lapse() {
    // "Former" of a person or a name says nothing of the certificate.
    assert_eq!(
        one("Northwind, which holds ISO 27001 certification, was founded in 2020 by two former NHS clinicians.").0,
        Some(A)
    );
    assert_eq!(
        one("Northwind, formerly known as Acme Data, holds ISO 27001.").0,
        Some(A)
    );
    // Near misses: "former" and "formerly" of the certificate itself.
    assert_eq!(
        one("Our former ISO 27001 certificate hangs in reception.").0,
        Some(L)
    );
    assert_eq!(one("We were formerly certified to ISO 27001.").0, Some(L));
}

#[test]
fn a_step_after_after_tells_what_came_before_the_certificate() {
    assert_eq!(
        one("Our ISO 27001 certificate was issued by LRQA in 2024 after a Stage 2 audit.").0,
        Some(A)
    );
    // Near misses: the step ahead of a certificate expected, and a step of
    // another framework beside one held.
    assert_eq!(
        one("After a Stage 2 audit in March we expect ISO 27001 certification.").0,
        Some(P)
    );
    assert_eq!(
        super::read("We hold Cyber Essentials and our ISO 27001 Stage 2 audit is booked.")[1].1,
        Some(P)
    );
}

#[test]
fn upkeep_not_yet_begun_is_of_a_certificate_still_held() {
    check(
        "We have not started our ISO 27001 recertification yet.",
        &[("iso27001", Some(A))],
    );
    check(
        "| Item | Status |\n|---|---|\n| ISO 27001 recertification audit | Not started |",
        &[("iso27001", Some(A))],
    );
    // Near miss: the certificate itself denied, or upkeep after a lapse.
    check(
        "We are not certified to ISO 27001 and have not started work on it.",
        &[("iso27001", Some(N))],
    );
    check(
        "Our ISO 27001 certificate lapsed in May; recertification has not started.",
        &[("iso27001", Some(L))],
    );
}

#[test]
fn a_report_known_by_its_date_is_held_and_one_requested_is_not() {
    check(
        "Harbour Data plc: SOC 2 Type II report dated 31 March 2026.",
        &[("soc2", Some(A))],
    );
    check(
        "We have requested a SOC 2 report dated within the last 12 months.",
        &[("soc2", None)],
    );
    check(
        "We have requested a SOC 2 report from each supplier.",
        &[("soc2", None)],
    );
}

#[test]
fn a_participle_of_holding_after_a_comma_is_held() {
    check(
        "In our ranking Northwind scores well on security, holding both ISO/IEC 27001 and Cyber Essentials.",
        &[("iso27001", Some(A)), ("cyber_essentials", Some(A))],
    );
    // Near miss: a clause that opens with it states a requirement.
    check(
        "Holding ISO 27001 is a requirement for all suppliers.",
        &[("iso27001", None)],
    );
}
