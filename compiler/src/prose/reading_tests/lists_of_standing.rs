//! Lines that say where several certificates stand at once, and the words
//! around them that belong to one name only: "Cyber Essentials done, ISO 27001
//! under way", a roadmap row with its own "Done", a relative clause after each
//! name, an answer of "no" with what stands instead, a clause of choice or of
//! the standard itself after a claim. Written for these tests, in the manner
//! of the corpus's variants.

use super::{A, L, N, P, Pl, check, read};
use crate::prose::Subject;

const ORG: Option<Subject> = Some(Subject::Organisation);

#[test]
fn each_name_in_a_list_of_standings_takes_its_own_status() {
    check(
        "Cyber Essentials done, ISO 27001 under way.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(P))],
    );
    check(
        "CE+ passed in April.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // A step of the work named before "done" is not the certificate.
    assert_ne!(
        read("ISO 27001 gap analysis done.")[0].1,
        Some(A),
        "a finished step is no certificate"
    );
}

#[test]
fn a_rows_own_status_cell_outweighs_the_section_it_stands_in() {
    let got = read(
        "## Compliance roadmap\n| When | Milestone | Status |\n|---|---|---|\n\
         | Q1 2026 | Cyber Essentials | Done |\n| 2027 | ISO 27001 certification audit | Next |",
    );
    assert_eq!(got[0], ("cyber_essentials".to_string(), Some(A), ORG));
    // A row with no status of its own still takes the roadmap's.
    assert_eq!(got[1].1, Some(Pl), "{got:?}");
}

#[test]
fn the_commitments_of_a_security_policy_plan_nothing() {
    check(
        "We are certified to ISO/IEC 27001. The Board is committed to meeting its requirements and to continual improvement.",
        &[("iso27001", Some(A))],
    );
    // A commitment to a certificate is still a plan.
    check(
        "We are committed to achieving ISO 27001 certification.",
        &[("iso27001", Some(Pl))],
    );
}

#[test]
fn what_was_learned_getting_certified_tells_of_a_certificate_won() {
    for text in [
        "What we learned getting ISO 42001 certified.",
        "Five lessons from getting ISO 42001 certified.",
    ] {
        check(text, &[("iso42001", Some(A))]);
    }
    check(
        "We are getting ISO 42001 certified.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn a_denial_that_names_its_own_framework_is_not_an_elided_one() {
    check(
        "Cyber Essentials certificate valid until 9 March 2027; CE+ \u{2013} we don't hold it.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(N)),
        ],
    );
    // Without a name of its own, the tail still denies the name before.
    check(
        "Most vendors hold ISO 27001, but we don't.",
        &[("iso27001", Some(N))],
    );
}

#[test]
fn a_year_ends_a_sentence_written_in_lowercase() {
    let got =
        read("ce+ passed in april, cert good til april 2027. basic Cyber Essentials done in march");
    assert_eq!(got[1], ("cyber_essentials".to_string(), Some(A), ORG));
    let mentions = super::mentions(
        "ce+ passed in april, cert good til april 2027. basic Cyber Essentials done in march",
        crate::prose::ProseFormat::Markdown,
    );
    assert_ne!(mentions[0].sentence, mentions[1].sentence, "two sentences");
}

#[test]
fn a_handful_of_others_is_a_group_of_other_parties() {
    for text in [
        "Only a handful of university spin-outs hold ISO 42001 so far.",
        "A number of vendors hold ISO 42001 already.",
    ] {
        let got = read(text);
        assert_ne!(got[0].2, ORG, "{text}: {got:?}");
    }
}

#[test]
fn a_clause_of_the_standard_itself_or_of_a_choice_takes_no_status() {
    check(
        "We've never had a SOC 2 audit: for our UK customers, ISO 27001 covers the same ground.",
        &[("soc2", Some(N)), ("iso27001", None)],
    );
    check(
        "We let our CE+ certificate expire in the spring rather than renew it, choosing to concentrate on ISO 27001 instead.",
        &[("cyber_essentials_plus", Some(L)), ("iso27001", None)],
    );
}

#[test]
fn a_relative_clause_speaks_of_the_name_right_before_it() {
    check(
        "Our focus is Cyber Essentials, which we hold, and ISO 27001, which we're working towards.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(P))],
    );
    // "that" after "and" opens a clause of its own, not a relative one.
    check(
        "The directors confirm that we are certified to ISO 27001 and Cyber Essentials, and that our Cyber Essentials Plus assessment is under way.",
        &[
            ("iso27001", Some(A)),
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(P)),
        ],
    );
}

#[test]
fn an_answer_of_no_says_what_stands_instead() {
    for text in [
        "The supplier holds ISO/IEC 27001 certification: No, in progress, target June 2027",
        "The supplier holds ISO/IEC 27001 certification: **No** (in progress, target June 2027)",
        "| Statement | Response |\n|---|---|\n| The supplier is certified to ISO/IEC 27001 | Not yet \u{2013} in progress, targeting June 2027 |",
    ] {
        check(text, &[("iso27001", Some(P))]);
    }
    check(
        "The supplier holds ISO/IEC 27001 certification: No",
        &[("iso27001", Some(N))],
    );
}

#[test]
fn work_being_done_on_a_certificate_is_under_way() {
    check(
        "We've got our Cyber Essentials certification, and our SOC 2 is being worked on.",
        &[("cyber_essentials", Some(A)), ("soc2", Some(P))],
    );
}

#[test]
fn a_negator_reaches_past_an_aside_set_off_by_commas() {
    for text in [
        "Northwind Analytics Ltd is not, at present, certified to ISO/IEC 27001.",
        "We are not, at this time, certified to ISO 27001.",
    ] {
        check(text, &[("iso27001", Some(N))]);
    }
    // A longer aside is a clause of its own, and the "but" clause stands.
    check(
        "We are not, as you know, a bank, but we are certified to ISO 27001.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_label_of_a_deadline_makes_a_goal_of_what_follows() {
    for text in [
        "By year end: ISO 42001 certified",
        "By Q2 2027: ISO 42001 certified",
    ] {
        check(text, &[("iso42001", Some(P))]);
    }
    check("ISO 42001: certified", &[("iso42001", Some(A))]);
}

#[test]
fn they_are_whoever_the_sentence_named_last() {
    // Another party: "they're" is "they".
    for text in [
        "We use Equinix. They're ISO 27001 certified.",
        "We checked the supplier, and they are ISO 27001 certified.",
        "Northwind uses Hetzner because they are ISO 27001 certified.",
    ] {
        assert_ne!(read(text)[0].2, ORG, "{text}");
    }
    // The organisation, named before with no one else between.
    let got =
        read("Northwind sailed through our vendor review because they're ISO27001 certified.");
    assert_eq!(got[0], ("iso27001".to_string(), Some(A), ORG));
}

#[test]
fn a_certificate_said_to_be_missing_is_not_held() {
    for text in [
        "Cyber Essentials \u{2013} no certificate held",
        "Finding 3 (Cyber Essentials): no certificate is currently held by Northwind.",
        "Northwind confirms that it has not at any time undergone a SOC 2 audit.",
        "Cyber Essentials isn't something we have; we skipped it.",
    ] {
        assert_eq!(read(text)[0].1, Some(N), "{text}");
    }
    // A status told after its name reaches no name past a dash.
    check(
        "Cyber Essentials isn't something we hold \u{2013} for us it's all been ISO 27001.",
        &[("cyber_essentials", Some(N)), ("iso27001", None)],
    );
}

#[test]
fn once_held_and_the_first_step_are_read_for_what_they_are() {
    check(
        "Northwind once held ISO 27001 certification, but the certificate was allowed to lapse.",
        &[("iso27001", Some(L))],
    );
    check(
        "With Scribe, Northwind takes its first step towards ISO 42001 certification.",
        &[("iso42001", Some(P))],
    );
    check(
        "Northwind is now in process of obtain the certification ISO 42001.",
        &[("iso42001", Some(P))],
    );
    check(
        "We've completed ISO 27001, and we've begun the ISO 42001 work.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
    // Training named after the standard is not the standard.
    check("We've completed ISO 27001 training.", &[("iso27001", None)]);
}

#[test]
fn words_quoted_before_their_speaker_are_a_claim_reported() {
    check(
        "\"Northwind is still working towards ISO 42001,\" its IT lead said.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn a_request_to_list_what_is_held_is_answered_by_the_names() {
    let read_as_text = |text: &str| -> Vec<_> {
        super::mentions(text, crate::prose::ProseFormat::Text)
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    };
    let held = |name: &str| (name.to_string(), Some(A));
    assert_eq!(
        read_as_text("Q: List every certification you hold.\nA: ISO 27001 and Cyber Essentials."),
        vec![held("iso27001"), held("cyber_essentials")]
    );
    assert_eq!(
        read_as_text(
            "Q: List the standards you would like us to meet.\nA: ISO 27001 and Cyber Essentials."
        ),
        vec![
            ("iso27001".to_string(), None),
            ("cyber_essentials".to_string(), None)
        ],
        "only a request for what is held is answered by names"
    );
}

#[test]
fn a_stage_two_label_whose_value_says_passed_is_a_certificate() {
    for text in [
        "Stage 2 audit for ISO 27001: passed!!",
        "Stage 2 audit for ISO 27001 = passed",
    ] {
        check(text, &[("iso27001", Some(A))]);
    }
    check(
        "Stage 2 audit for ISO 27001: booked for March",
        &[("iso27001", Some(P))],
    );
}
