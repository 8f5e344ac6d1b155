//! How the reader carries structure across pieces, clauses and sentences: label
//! lists read item by item, asides that hide their "our", coordinated clauses
//! that share a subject, alternatives set aside, and a later lapse that updates
//! an earlier reading. Every sentence here is written for the test.

use super::*;

const ORG: Option<Subject> = Some(Subject::Organisation);
const SUPPLIER: Option<Subject> = Some(Subject::Supplier);

fn statuses(text: &str) -> Vec<(String, Option<ClaimedStatus>)> {
    read(text).into_iter().map(|(f, s, _)| (f, s)).collect()
}

fn pairs(list: &[(&str, Option<ClaimedStatus>)]) -> Vec<(String, Option<ClaimedStatus>)> {
    list.iter().map(|(f, s)| (f.to_string(), *s)).collect()
}

#[test]
fn a_status_inside_one_list_item_stays_with_it() {
    // Under a credentials label, the items without a status of their own are
    // held: the "in progress" of one never reaches them.
    assert_eq!(
        statuses("Compliance: ISO 42001 (in progress) \u{b7} SOC 2 \u{b7} Cyber Essentials"),
        pairs(&[
            ("iso42001", Some(P)),
            ("soc2", Some(A)),
            ("cyber_essentials", Some(A))
        ])
    );
    assert_eq!(
        statuses("SOC 2 \u{b7} Cyber Essentials Plus (planned) \u{b7} ISO 27001"),
        pairs(&[
            ("soc2", None),
            ("cyber_essentials_plus", Some(Pl)),
            ("iso27001", None)
        ])
    );
}

#[test]
fn a_spaced_slash_divides_list_items_as_a_middle_dot_does() {
    assert_eq!(
        statuses("Cyber Essentials Plus renewed / ISO 42001 audit booked / SOC 2 planned"),
        pairs(&[
            ("cyber_essentials_plus", Some(A)),
            ("iso42001", Some(P)),
            ("soc2", Some(Pl))
        ])
    );
    // A slash written close joins names, and one status covers both.
    assert_eq!(
        statuses("We are ISO 42001/ISO 27001 certified."),
        pairs(&[("iso42001", Some(A)), ("iso27001", Some(A))])
    );
}

#[test]
fn a_status_after_a_dash_at_the_end_sums_up_the_whole_list() {
    assert_eq!(
        statuses("Cyber Essentials / ISO 42001 / SOC 2 Type II \u{2014} every one achieved"),
        pairs(&[
            ("cyber_essentials", Some(A)),
            ("iso42001", Some(A)),
            ("soc2", Some(A))
        ])
    );
    // A status inside an earlier item keeps the items apart.
    assert_eq!(
        statuses("Cyber Essentials (planned) / ISO 42001 \u{2014} achieved"),
        pairs(&[("cyber_essentials", Some(Pl)), ("iso42001", Some(A))])
    );
}

#[test]
fn a_label_with_a_status_governs_items_without_their_own() {
    assert_eq!(
        statuses("Currently pursuing: ISO 42001 (2027) \u{b7} SOC 2 Type 2 (2028)"),
        pairs(&[("iso42001", Some(P)), ("soc2", Some(P))])
    );
}

#[test]
fn our_name_for_a_party_in_an_aside_is_not_the_subject() {
    assert_eq!(
        read("Equinix, our colocation host, is ISO 27001 certified."),
        vec![("iso27001".to_string(), None, SUPPLIER)]
    );
    // Near misses: "our" after a time or a place opens the main clause.
    assert_eq!(
        read("Since 2024, our platform, hosted in London, is ISO 27001 certified."),
        vec![("iso27001".to_string(), Some(A), Some(Subject::Organisation))]
    );
    assert_eq!(
        one("After moving to Equinix, our platform, which runs in London, is ISO 27001 certified.")
            .1,
        Some(Subject::Organisation)
    );
}

#[test]
fn an_our_inside_an_aside_is_not_the_subject() {
    assert_eq!(
        read("Equinix, which houses our primary servers, holds ISO 27001."),
        vec![("iso27001".to_string(), None, SUPPLIER)]
    );
    assert_eq!(
        read("Equinix, the operator that runs our racks, is ISO 27001 certified."),
        vec![("iso27001".to_string(), None, SUPPLIER)]
    );
    // The aside that holds the phrase keeps its subject.
    assert_eq!(
        read("Northwind, which holds ISO 27001, serves retailers."),
        vec![("iso27001".to_string(), Some(A), ORG)]
    );
}

#[test]
fn a_coordinated_clause_without_a_subject_shares_the_one_before() {
    assert_eq!(
        read("Equinix holds ISO 27001 and publishes SOC 2 reports every year."),
        vec![
            ("iso27001".to_string(), None, SUPPLIER),
            ("soc2".to_string(), None, SUPPLIER)
        ]
    );
    // A new subject after the conjunction is its own.
    assert_eq!(
        read("Equinix holds ISO 27001 and we hold Cyber Essentials."),
        vec![
            ("iso27001".to_string(), None, SUPPLIER),
            ("cyber_essentials".to_string(), Some(A), ORG)
        ]
    );
}

#[test]
fn an_alternative_not_chosen_is_not_claimed() {
    assert_eq!(
        statuses("We are preparing for ISO 27001 instead of SOC 2."),
        pairs(&[("iso27001", Some(P)), ("soc2", None)])
    );
    assert_eq!(
        statuses("We hold Cyber Essentials Plus as opposed to ISO 27001."),
        pairs(&[("cyber_essentials_plus", Some(A)), ("iso27001", None)])
    );
}

#[test]
fn a_sentence_describing_a_framework_takes_no_neighbour_s_status() {
    assert_eq!(
        statuses("SOC 2 is an American audit standard, and we hold Cyber Essentials."),
        pairs(&[("soc2", None), ("cyber_essentials", Some(A))])
    );
}

#[test]
fn a_later_lapse_updates_a_held_reading() {
    assert_eq!(
        statuses(
            "We were certified to ISO 27001 in 2021. The certificate was allowed to lapse last spring."
        ),
        pairs(&[("iso27001", Some(L))])
    );
    assert_eq!(
        statuses("Our former ISO 27001 certificate is no longer valid."),
        pairs(&[("iso27001", Some(L))])
    );
    // A held reading is not changed by a later clause that is not a lapse.
    assert_eq!(
        statuses("We hold ISO 27001. It is audited every year."),
        pairs(&[("iso27001", Some(A))])
    );
    // A lapsed reading is not made held again by its recertification.
    assert_eq!(
        statuses(
            "Our ISO 27001 certificate expired in May; while recertification is pending, the controls remain in place."
        ),
        pairs(&[("iso27001", Some(L))])
    );
}

#[test]
fn a_coordinated_predicate_with_its_own_verb_is_its_own_clause() {
    assert_eq!(
        statuses("We hold Cyber Essentials and are hiring people who know ISO 27001 well."),
        pairs(&[("cyber_essentials", Some(A)), ("iso27001", None)])
    );
}

#[test]
fn an_indefinite_pronoun_continues_the_subject_before() {
    assert_eq!(
        read("Many of our partners hold SOC 2, and one is ISO 42001 certified."),
        vec![
            ("soc2".to_string(), None, Some(Subject::ThirdParty)),
            ("iso42001".to_string(), None, Some(Subject::ThirdParty))
        ]
    );
}

#[test]
fn a_modal_after_a_possessive_noun_phrase_governs_it() {
    assert_eq!(
        statuses("Our ISO 42001 certificate should arrive after the audit."),
        pairs(&[("iso42001", None)])
    );
    assert_eq!(
        statuses("Our ISO 42001 certificate will be issued by March 2028."),
        pairs(&[("iso42001", Some(P))])
    );
}

#[test]
fn a_question_about_the_standard_is_answered_by_a_general_statement() {
    assert_eq!(
        statuses(
            "Does ISO 27001 cover supplier risk? Yes, certified organisations must assess it."
        ),
        pairs(&[("iso27001", None)])
    );
    // A question about the organisation is answered by a claim.
    assert_eq!(
        statuses("Are you certified to ISO 27001? We are working towards it."),
        pairs(&[("iso27001", Some(P))])
    );
}

#[test]
fn a_certification_that_names_an_undertaking_is_work_under_way() {
    assert_eq!(
        statuses("Ana runs our ISO 42001 certification programme."),
        pairs(&[("iso42001", Some(P))])
    );
    assert_eq!(
        statuses("Our ISO 42001 certification was renewed."),
        pairs(&[("iso42001", Some(A))])
    );
}

#[test]
fn the_final_audit_step_passed_shows_the_certificate_held() {
    assert_eq!(
        statuses("Our ISO 27001 Stage 2 audit passed without findings."),
        pairs(&[("iso27001", Some(A))])
    );
    assert_eq!(
        statuses("Our ISO 27001 Stage 2 audit is booked."),
        pairs(&[("iso27001", Some(P))])
    );
}

#[test]
fn a_withdrawn_report_of_an_earlier_wording_claims_nothing() {
    // The wrong wording is quoted to be taken back; the corrected statement
    // after it is the claim.
    assert_eq!(
        statuses(
            "Erratum: last month's newsletter wrongly stated that we had passed our ISO 42001 audit. The audit is booked for March."
        ),
        pairs(&[("iso42001", None)])
    );
    assert_eq!(
        statuses(
            "A previous edition of this FAQ called Northwind \"SOC 2 certified\". We have no SOC 2 report yet; the audit is planned for 2027."
        ),
        pairs(&[("soc2", None), ("soc2", Some(Pl))])
    );
    assert_eq!(
        statuses(
            "Our sales deck said we were Cyber Essentials Plus certified. That was a mistake: we hold Cyber Essentials."
        ),
        pairs(&[
            ("cyber_essentials_plus", None),
            ("cyber_essentials", Some(A))
        ])
    );
    // Near misses: a report the text stands by, or one nobody takes back,
    // is a claim.
    assert_eq!(
        statuses("As we said in March, we are ISO 27001 certified."),
        pairs(&[("iso27001", Some(A))])
    );
    assert_eq!(
        statuses("Our CISO said we are ISO 27001 certified. That was the goal from the start."),
        pairs(&[("iso27001", Some(A))])
    );
}

#[test]
fn each_line_of_a_status_strip_keeps_its_own_status() {
    assert_eq!(
        statuses(
            "SOC 2 \u{1f7e1} In progress\nCyber Essentials \u{1f7e2} Certified\nISO 42001 \u{26aa} Planned"
        ),
        pairs(&[
            ("soc2", Some(P)),
            ("cyber_essentials", Some(A)),
            ("iso42001", Some(Pl))
        ])
    );
}

#[test]
fn a_spaced_slash_separates_the_items_of_a_strip() {
    assert_eq!(
        statuses("SOC 2 attested / ISO 42001 on the roadmap (2028) / Cyber Essentials"),
        pairs(&[
            ("soc2", Some(A)),
            ("iso42001", Some(Pl)),
            ("cyber_essentials", None)
        ])
    );
    // A status opened by "all" after the last name is told of every item.
    assert_eq!(
        statuses("Cyber Essentials / ISO 27001 \u{2014} all certified"),
        pairs(&[("cyber_essentials", Some(A)), ("iso27001", Some(A))])
    );
}

#[test]
fn the_facts_of_a_strip_item_stay_with_it() {
    let bodies = |text: &str| -> Vec<(Option<String>, Option<String>)> {
        crate::prose::find_mentions(text, ProseFormat::Text, &test_aliases())
            .into_iter()
            .map(|m| (m.details.body, m.details.certificate))
            .collect()
    };
    // A bracketed value after a name is its own, not the next name's.
    assert_eq!(
        bodies("ISO 42001 (NQA) \u{b7} Cyber Essentials (IASME-CE-024680)"),
        vec![
            (Some("NQA".to_string()), None),
            (None, Some("IASME-CE-024680".to_string()))
        ]
    );
    // The body after a tick belongs to the item before the slash.
    assert_eq!(
        bodies("ISO 42001 \u{2714} (NQA) / Cyber Essentials \u{2714}"),
        vec![(Some("NQA".to_string()), None), (None, None)]
    );
}

#[test]
fn a_spaced_bar_separates_items_that_each_state_a_status() {
    assert_eq!(
        statuses("Cyber Essentials Plus renewed | ISO 42001 audit booked for May | SOC 2 planned"),
        pairs(&[
            ("cyber_essentials_plus", Some(A)),
            ("iso42001", Some(P)),
            ("soc2", Some(Pl))
        ])
    );
    // Near miss: a row of names that one status closes is read as a whole.
    assert_eq!(
        statuses("ISO 27001 | Cyber Essentials Plus | SOC 2 \u{2014} all certified"),
        pairs(&[
            ("iso27001", Some(A)),
            ("cyber_essentials_plus", Some(A)),
            ("soc2", Some(A))
        ])
    );
}

#[test]
fn an_emoji_of_feeling_ends_a_clause() {
    assert_eq!(
        statuses("SOC 2 audit booked for March \u{1f389} ISO 27001 already in place"),
        pairs(&[("soc2", Some(P)), ("iso27001", Some(A))])
    );
    // Near miss: a pending mark states a status of its own.
    assert_eq!(
        statuses("ISO 27001 \u{2714} ISO 42001 \u{1f51c}"),
        pairs(&[("iso27001", Some(A)), ("iso42001", Some(Pl))])
    );
}
