//! Meaning inside a clause, written as word classes and structures: negative
//! subjects and negated relative clauses, general statements about a scheme,
//! features described for a beneficiary, the wider vocabulary of status verbs,
//! short references to a framework named before ("the Act", "Plus"), and
//! undertakings named after their framework. Each rule has sentences across
//! frameworks and word orders, and near misses it must leave alone.

use super::{A, Al, C, L, N, P, Pl, check, one, read};
use crate::prose::Subject;

#[test]
fn a_negative_subject_negates_its_predicate() {
    check(
        "None of our products are ISO 42001 certified yet.",
        &[("iso42001", Some(N))],
    );
    check(
        "Neither of our offices is ISO 27001 certified.",
        &[("iso27001", Some(N))],
    );
    check(
        "No part of the business holds SOC 2 today.",
        &[("soc2", Some(N))],
    );
    // Near misses: a possessive noun phrase that is the object of another
    // verb, "no matter", and a new subject after the negative one.
    check(
        "No customer has ever asked for our SOC 2 report.",
        &[("soc2", Some(A))],
    );
    check(
        "No matter the audit, we stay ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
    check(
        "No customer data leaves the UK and we are Cyber Essentials certified.",
        &[("cyber_essentials", Some(A))],
    );
}

#[test]
fn a_negated_relative_clause_or_beginning_says_not_held() {
    check(
        "ISO 42001 is not something we have started yet.",
        &[("iso42001", Some(N))],
    );
    check(
        "SOC 2 isn't an area we've begun work on.",
        &[("soc2", Some(N))],
    );
    check("We have not started on SOC 2.", &[("soc2", Some(N))]);
    check(
        "Work towards Cyber Essentials has not commenced.",
        &[("cyber_essentials", Some(N))],
    );
    // Near misses: the same verbs, affirmed.
    check("We have started on SOC 2.", &[("soc2", Some(P))]);
    check(
        "ISO 27001 is something we have held since 2019.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_certificate_noun_for_any_member_of_its_kind_is_a_general_statement() {
    for text in [
        "An ISO 27001 certificate runs for three years.",
        "A Cyber Essentials certificate is valid for twelve months.",
        "ISO 27001 certificates are valid for three years.",
        "Each Cyber Essentials certificate lasts for a year.",
        "An ISO 42001 certificate typically expires after three years.",
        "Anyone can claim to be ISO 42001 aligned.",
    ] {
        assert_eq!(one(text), (None, Some(Subject::Standard)), "{text}");
    }
    // Near misses: an indefinite noun phrase with no general predicate, and
    // one that names the organisation.
    check(
        "A SOC 2 Type 2 report is available on request.",
        &[("soc2", Some(A))],
    );
    check(
        "An ISO 27001 certificate was issued to us in 2024.",
        &[("iso27001", Some(A))],
    );
    check(
        "Our ISO 27001 certificate runs to 2027.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_feature_described_for_a_beneficiary_with_its_own_goal_is_theirs() {
    for text in [
        "Added an export that maps dashboards to ISO 42001 controls for customers pursuing the standard.",
        "Our templates align with the NIST AI RMF for clients preparing for an assessment.",
        "Our checklists map controls to SOC 2 for clients working towards their first report.",
    ] {
        let got = read(text);
        assert!(got.iter().all(|(_, s, _)| s.is_none()), "{text}: {got:?}");
    }
    // Near misses: the beneficiary has no goal of its own, so the alignment is
    // the organisation's.
    check(
        "We map our controls to ISO 42001 for customers who ask.",
        &[("iso42001", Some(Al))],
    );
    check(
        "We are aligned with ISO 42001 for customers who need assurance.",
        &[("iso42001", Some(Al))],
    );
}

#[test]
fn wider_verbs_of_status() {
    check(
        "Our ISO 27001 project is in flight.",
        &[("iso27001", Some(P))],
    );
    check(
        "We have embarked on our ISO 42001 certification.",
        &[("iso42001", Some(P))],
    );
    check("We secured ISO 27001 in 2024.", &[("iso27001", Some(A))]);
    check(
        "We passed Cyber Essentials Plus last month.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "We maintain Cyber Essentials.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "We hold the basic Cyber Essentials.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "We hold ourselves to the ISO 27001 standard.",
        &[("iso27001", Some(Al))],
    );
    check(
        "We benchmark ourselves against the NIST AI RMF.",
        &[("nist_ai_rmf", Some(Al))],
    );
    check(
        "Keel now satisfies every EU AI Act obligation for high-risk systems.",
        &[("eu_ai_act", Some(C))],
    );
    // Near misses: a framework name that modifies the next word is not the
    // object of the verb of holding.
    check(
        "We maintain ISO 27001-aligned controls.",
        &[("iso27001", Some(Al))],
    );
    check(
        "We have ISO 27001 controls in place.",
        &[("iso27001", None)],
    );
    check(
        "We hold ISO-27001-certified status.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_status_that_qualifies_a_noun_of_ours_is_present_under_a_future_verb() {
    check(
        "You will maintain our ISO 42001 compliant AI governance framework.",
        &[("iso42001", Some(C))],
    );
    check(
        "The role will run our ISO 27001 certified ISMS.",
        &[("iso27001", Some(A))],
    );
    // Near misses: the future reaches a predicate.
    check(
        "We will be ISO 27001 certified by June 2027.",
        &[("iso27001", Some(P))],
    );
    check("We will become SOC 2 compliant.", &[("soc2", Some(Pl))]);
}

#[test]
fn a_short_reference_names_the_framework_named_before() {
    check(
        "Our platform is high-risk under the EU AI Act. We are fully compliant with the Act.",
        &[("eu_ai_act", None), ("eu_ai_act", Some(C))],
    );
    check(
        "We hold the basic Cyber Essentials but haven't done Plus yet.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(N)),
        ],
    );
    check(
        "Our build follows Cyber Essentials, and the Plus audit is booked for February.",
        &[
            ("cyber_essentials", Some(Al)),
            ("cyber_essentials_plus", Some(P)),
        ],
    );
    // Near misses: a lowercase noun, a conjunction, a law never named, and
    // "not Plus" as the alternative denied.
    check(
        "The EU AI Act applies from 2026. The act of certifying is separate.",
        &[("eu_ai_act", None)],
    );
    check(
        "We hold Cyber Essentials. Plus, we are ISO 27001 certified.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(A))],
    );
    check(
        "We hold Cyber Essentials. Plus we are working towards SOC 2.",
        &[("cyber_essentials", Some(A)), ("soc2", Some(P))],
    );
    check("We comply with the Act.", &[]);
    check(
        "We're Cyber Essentials certified (the self-assessed level, not Plus).",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", None),
        ],
    );
}

#[test]
fn an_undertaking_named_after_its_framework_binds_only_that_framework() {
    check(
        "As a UK supplier we rely on Cyber Essentials and our ISO 27001 programme.",
        &[("cyber_essentials", None), ("iso27001", Some(P))],
    );
    check(
        "We can share our Cyber Essentials certificate and our ISO 27001 project plan.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(P))],
    );
    // Near miss: a status phrase of the clause's own reaches every framework.
    check(
        "Cyber Essentials and ISO 27001 are both in progress.",
        &[("cyber_essentials", Some(P)), ("iso27001", Some(P))],
    );
}

#[test]
fn a_gerund_of_being_that_opens_a_clause_makes_a_general_statement() {
    for text in [
        "Being ISO 27001 certified is not a guarantee of security.",
        "Becoming SOC 2 compliant typically takes a year.",
        "Staying Cyber Essentials certified means renewing every year.",
    ] {
        assert_eq!(one(text), (None, Some(Subject::Standard)), "{text}");
    }
    // Near miss: the gerund phrase opens a clause whose subject is "we".
    check(
        "Being ISO 27001 certified since 2019, we know the audit well.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_law_that_will_apply_states_its_scope_not_a_plan() {
    check(
        "The EU AI Act will apply to high-risk systems from August 2026.",
        &[("eu_ai_act", None)],
    );
    // Near miss: applying for a certificate is a plan.
    check(
        "We will apply for Cyber Essentials in the spring.",
        &[("cyber_essentials", Some(Pl))],
    );
}

#[test]
fn degrees_wishes_and_steps_in_other_words() {
    // A degree short of full conformity is alignment.
    check(
        "We are largely compliant with the EU AI Act.",
        &[("eu_ai_act", Some(Al))],
    );
    check(
        "Our ISMS is partially conformant with ISO 27001.",
        &[("iso27001", Some(Al))],
    );
    check("We are fully compliant with SOC 2.", &[("soc2", Some(C))]);
    // Wishes, aspirations and work not begun.
    check(
        "We are keen to pursue ISO 42001 next.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "ISO 42001 remains an aspiration.",
        &[("iso42001", Some(Pl))],
    );
    check("We are yet to begin ISO 42001.", &[("iso42001", Some(N))]);
    check(
        "The SOC 2 report is yet to be issued.",
        &[("soc2", Some(N))],
    );
    // Steps half done and done.
    check("We're mid-way through ISO 27001.", &[("iso27001", Some(P))]);
    check("SOC 2 Type 2 attestation received.", &[("soc2", Some(A))]);
}

#[test]
fn where_a_service_runs_is_someone_elses() {
    for text in [
        "Our platform runs on ISO 27001 certified infrastructure.",
        "We use ISO 27001 certified hosting.",
        "Customer data is stored in SOC 2 audited facilities.",
        "The platform is built on infrastructure that is ISO 27001 certified.",
    ] {
        assert_eq!(one(text), (None, Some(Subject::Supplier)), "{text}");
    }
    // Near miss: the organisation's own certificate beside it.
    check(
        "We host on certified infrastructure and we are ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn so_do_we_shares_what_was_said_of_someone_else() {
    check(
        "Our hosting meets ISO 27001 requirements, and so do our own processes.",
        &[("iso27001", Some(C))],
    );
    check(
        "Equinix is ISO 27001 certified, as are we.",
        &[("iso27001", Some(A))],
    );
    // Near miss: shared with another third party.
    assert_eq!(
        one("Equinix is ISO 27001 certified, and so are its customers.").1,
        Some(Subject::Supplier)
    );
}

#[test]
fn a_clause_of_time_ahead_is_a_plan_and_one_in_the_past_is_history() {
    check(
        "When we are ISO 27001 certified, we will tell customers.",
        &[("iso27001", Some(Pl))],
    );
    check(
        "As soon as we are certified to ISO 42001, we will announce it.",
        &[("iso42001", Some(Pl))],
    );
    // Near misses: told in the past, and "when it comes to".
    check(
        "When we achieved ISO 27001 in 2023, we celebrated.",
        &[("iso27001", Some(A))],
    );
    check(
        "When it comes to AI, we are ISO 42001 certified.",
        &[("iso42001", Some(A))],
    );
}

#[test]
fn a_span_of_years_ends_a_held_status_told_in_the_past() {
    check(
        "We were ISO 27001 certified from 2021 to 2024.",
        &[("iso27001", Some(L))],
    );
    check(
        "We held Cyber Essentials between 2021 and 2024.",
        &[("cyber_essentials", Some(L))],
    );
    check(
        "Our ISO 27001 certificate is no longer current.",
        &[("iso27001", Some(L))],
    );
    // Near miss: the present perfect since a year is still held.
    check(
        "We have been ISO 27001 certified since 2021.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_certificate_of_ours_named_beside_other_work_takes_no_status_from_it() {
    check(
        "We're working towards ISO 42001 alongside our existing ISO 27001 certification.",
        &[("iso42001", Some(P)), ("iso27001", None)],
    );
    check(
        "We're working towards ISO 42001 on top of our ISO 27001 certification.",
        &[("iso42001", Some(P)), ("iso27001", None)],
    );
    check(
        "We plan to add SOC 2 to our current Cyber Essentials certification.",
        &[("soc2", Some(Pl)), ("cyber_essentials", None)],
    );
    check(
        "With ISO 27001 in place, our next goal is ISO 42001.",
        &[("iso27001", Some(A)), ("iso42001", Some(Pl))],
    );
    // Near misses: the possessive noun phrase is the goal of the work.
    check(
        "We are working on our ISO 27001 certification.",
        &[("iso27001", Some(P))],
    );
    check(
        "We are in the preparation of our ISO 27001 certification.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn the_next_report_of_a_held_attestation_is_upkeep() {
    check(
        "Our next SOC 2 Type 2 report is in progress.",
        &[("soc2", Some(A))],
    );
    check(
        "Our 2027 SOC 2 report is in preparation.",
        &[("soc2", Some(A))],
    );
    check(
        "The audit for our upcoming SOC 2 period is scheduled for March.",
        &[("soc2", Some(A))],
    );
    // Near misses: a first report, and a next step that names no period.
    check(
        "Our first SOC 2 report is in preparation.",
        &[("soc2", Some(P))],
    );
    check("Our next step is a SOC 2 report.", &[("soc2", Some(Pl))]);
}

#[test]
fn a_product_or_content_named_after_a_framework_states_no_status() {
    for text in [
        "Download our guide to SOC 2 compliance.",
        "Our SOC 2 readiness checklist is free to download.",
        "Northwind offers ISO 27001 certification consulting to clients.",
        "The tool generates ISO 27001 compliant policies.",
        "Our AI governance module is designed to support ISO 42001 certification.",
    ] {
        let got = read(text);
        assert!(got.iter().all(|(_, s, _)| s.is_none()), "{text}: {got:?}");
    }
    // Near misses: the organisation's own policies and readiness.
    check(
        "Our policies are ISO 27001 compliant.",
        &[("iso27001", Some(C))],
    );
    check(
        "We completed an ISO 42001 readiness assessment.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn what_a_job_advert_asks_of_a_candidate_is_general() {
    assert_eq!(
        one("Experience working in ISO 27001 certified environments is a plus.").1,
        Some(Subject::Standard)
    );
    assert_eq!(
        one("Our product helps buyers become SOC 2 compliant.").1,
        Some(Subject::ThirdParty)
    );
    // Near miss: a job advert that states the organisation's own status.
    check(
        "We are ISO 27001 certified and value experience of security audits.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_negator_on_a_complement_a_letting_verb_or_a_counterfactual_spares_the_certificate() {
    check(
        "Our SOC 2 report isn't something we hide.",
        &[("soc2", Some(A))],
    );
    check(
        "Our ISO 27001 certificate isn't just a badge on the wall.",
        &[("iso27001", Some(A))],
    );
    check(
        "We never let our ISO 27001 certificate lapse.",
        &[("iso27001", Some(A))],
    );
    check(
        "We have not allowed our Cyber Essentials certification to lapse.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "Without our ISO 27001 certification, we could not serve banks.",
        &[("iso27001", Some(A))],
    );
    // Near misses: the negator on the thing itself.
    check("Our SOC 2 report isn't ready yet.", &[("soc2", Some(N))]);
    check(
        "We let our ISO 27001 certificate lapse in 2025.",
        &[("iso27001", Some(L))],
    );
    check(
        "We operate without an ISO 27001 certificate.",
        &[("iso27001", Some(N))],
    );
}

#[test]
fn going_on_to_achieve_and_not_yet_claiming() {
    check(
        "After Cyber Essentials we went on to achieve Cyber Essentials Plus.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(A)),
        ],
    );
    check(
        "We cannot yet claim ISO 42001 certification.",
        &[("iso42001", Some(N))],
    );
    // Near miss: a plain "cannot" about something else.
    check(
        "We cannot share our SOC 2 report without an NDA.",
        &[("soc2", Some(A))],
    );
}

#[test]
fn a_compliance_label_before_a_name_claims_compliance() {
    check(
        "Compliance: SOC 2 · ISO 27001 (in progress)",
        &[("soc2", Some(C)), ("iso27001", Some(P))],
    );
    check("Compliance \u{2014} ISO 27001", &[("iso27001", Some(C))]);
    // Near miss: a label before a sentence with a phrase of its own.
    check(
        "Compliance: we follow ISO 27001.",
        &[("iso27001", Some(Al))],
    );
}

#[test]
fn a_person_who_led_the_organisation_to_a_certificate_tells_it_was_achieved() {
    let named = read("Hannah led Northwind to ISO 42001 certification earlier this year.");
    assert_eq!(named[0].1, Some(A), "{named:?}");
    check(
        "Our CISO took us through SOC 2 last year.",
        &[("soc2", Some(A))],
    );
    // Near miss: led somewhere else, with no framework.
    check("She led the team to a record quarter.", &[]);
}

#[test]
fn words_quoted_after_a_verb_of_saying_are_a_claim_reported() {
    check(
        "Keel says its safety AI \"meets every EU AI Act requirement\".",
        &[("eu_ai_act", Some(C))],
    );
    check(
        "The CEO said we were \"already aligned with ISO 42001\".",
        &[("iso42001", Some(Al))],
    );
    // Near miss: quoted words talked about, not said.
    assert_eq!(
        one("\u{201c}ISO 42001 compliant\u{201d} means little.").1,
        Some(Subject::Standard)
    );
}

#[test]
fn markets_alternatives_and_upkeep_in_other_words() {
    assert_eq!(
        one("More UK port operators are seeking ISO 27001.").1,
        Some(Subject::Standard)
    );
    check(
        "Suppliers must hold ISO 27001 certification or a current SOC 2 report.",
        &[("iso27001", None), ("soc2", None)],
    );
    // "Us" as the object of the alternative names no new subject.
    assert_eq!(
        read("We only onboard subprocessors that hold ISO 27001 or can give us a current SOC 2 report.")
            .iter()
            .map(|(_, s, _)| *s)
            .collect::<Vec<_>>(),
        [None, None]
    );
    check(
        "We've had Cyber Essentials Plus since April and we'll be reassessed next spring.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // Near miss: the organisation's own alternatives.
    check(
        "We hold ISO 27001 certification or a current SOC 2 report, depending on the product.",
        &[("iso27001", Some(A)), ("soc2", Some(A))],
    );
}

#[test]
fn waiting_reported_futures_dated_spans_and_guiding_frameworks() {
    check(
        "We're still waiting for the ISO 27001 certification decision.",
        &[("iso27001", Some(P))],
    );
    check(
        "The CEO said we would start the ISO 42001 journey next year.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "Our ISMS was certified to ISO 27001 from May 2023 to April 2026.",
        &[("iso27001", Some(L))],
    );
    check(
        "Our AI system is certified to ISO 42001 and the NIST AI RMF informs our risk assessments.",
        &[("iso42001", Some(A)), ("nist_ai_rmf", Some(Al))],
    );
    // Near miss: "would" without a verb of saying is a condition.
    check(
        "We would start the ISO 42001 journey if customers asked.",
        &[("iso42001", None)],
    );
}

#[test]
fn commitments_and_completed_examinations() {
    check(
        "We hold Cyber Essentials and would commit to achieving Plus within six months.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", None),
        ],
    );
    check(
        "We commit to achieving ISO 42001 by 2027.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "Our SOC 2 Type 2 examination is complete and the report was issued in November.",
        &[("soc2", Some(A))],
    );
    // Near miss: a report still to be issued.
    check(
        "Our SOC 2 report will be issued in March 2027.",
        &[("soc2", Some(P))],
    );
}

#[test]
fn a_pronoun_after_the_organisation_speaking_is_the_organisation() {
    let got = read("Northwind told us they are still working on Cyber Essentials Plus.");
    assert_eq!((got[0].1, got[0].2), (Some(P), Some(Subject::Organisation)));
    // Near misses: someone else speaking about themselves.
    assert_eq!(
        one("Our customers told us they are SOC 2 compliant.").1,
        Some(Subject::ThirdParty)
    );
    assert_eq!(one("Equinix told us they are ISO 27001 certified.").0, None);
    // Further into the reported clause, a possessive still stands for the
    // speaker.
    assert_eq!(
        one(
            "Northwind confirmed the scoring engine inside their forecasting app is ISO 42001 certified."
        ),
        (Some(A), Some(Subject::Organisation))
    );
    // Near misses: another party named first, or a new sentence.
    assert_eq!(
        one("Northwind confirmed that its customers and their tools are ISO 27001 certified.").1,
        Some(Subject::ThirdParty)
    );
}

#[test]
fn the_audience_of_a_verb_of_telling_holds_nothing() {
    assert_eq!(
        one("Northwind assured customers its service is ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("Northwind informs our partners that its cloud is ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near misses: the audience speaking, and another party as the told
    // clause's own subject.
    assert_eq!(
        one("Our partners told the board they are SOC 2 compliant.").1,
        Some(Subject::ThirdParty)
    );
    assert_eq!(
        one("Northwind reminded staff that customers must be ISO 27001 certified.").1,
        Some(Subject::ThirdParty)
    );
}

#[test]
fn a_label_of_standards_with_a_state_word_names_the_field() {
    check(
        "Data security standards met: ISO 27001 compliant, Cyber Essentials certified",
        &[("iso27001", Some(C)), ("cyber_essentials", Some(A))],
    );
    check(
        "Requirements met: ISO 27001 compliant",
        &[("iso27001", Some(C))],
    );
    // Near miss: standards as the subject of a sentence are general.
    check(
        "Standards met by most firms include ISO 27001 compliant controls.",
        &[("iso27001", None)],
    );
}
