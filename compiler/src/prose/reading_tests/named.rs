//! Texts read knowing the organisation's and suppliers' names: who holds a
//! certificate, audit steps, time and intention, written forms.

use super::*;
use crate::prose::claims::is_register_header;

#[test]
fn negated_verbs_and_passives() {
    assert_eq!(
        one("ISO 27001 certification has not been completed.").0,
        Some(N)
    );
    assert_eq!(
        one("ISO 27001 certification has been completed.").0,
        Some(A)
    );
    assert_eq!(
        read("We hold Cyber Essentials but haven't done Cyber Essentials Plus yet.")
            .into_iter()
            .map(|(f, s, _)| (f, s))
            .collect::<Vec<_>>(),
        vec![
            ("cyber_essentials".to_string(), Some(A)),
            ("cyber_essentials_plus".to_string(), Some(N))
        ]
    );
}

#[test]
fn a_phrasal_verb_of_finishing_completes_an_audit() {
    assert_eq!(
        one("Our ISO 27001 certification audit wrapped up on Friday.").0,
        Some(A)
    );
    assert_eq!(
        one("The SOC 2 Type 2 examination finished up in October.").0,
        Some(A)
    );
}

#[test]
fn progressive_and_modal_forms() {
    assert_eq!(one("Our ISO 27001 certification is pending.").0, Some(P));
    assert_eq!(one("We are getting ISO 27001 certified.").0, Some(P));
    assert_eq!(one("Certification to ISO 27001 is on the way.").0, Some(P));
    assert_eq!(
        one("Since becoming ISO 27001 certified, Northwind has halved its answer times.").0,
        Some(A)
    );
    // A deontic modal states a rule, not a status.
    assert_eq!(
        one(
            "Cyber Essentials Plus must be completed within three months of the basic certificate."
        )
        .0,
        None
    );
}

#[test]
fn a_copula_describes_its_predicate_not_a_prepositional_object() {
    assert_eq!(
        one("Northwind is happy to work with partners who are Cyber Essentials certified."),
        (None, Some(Subject::ThirdParty))
    );
    assert_eq!(
        one("We are a Cyber Essentials certified supplier."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("Northwind becomes one of the first analytics firms certified to ISO 42001."),
        (Some(A), ORG)
    );
}

#[test]
fn coordination_and_label_separators() {
    let statuses = |text: &str| -> Vec<Option<ClaimedStatus>> {
        read(text).into_iter().map(|(_, s, _)| s).collect()
    };
    assert_eq!(
        statuses("Security: Cyber Essentials certified \u{b7} ISO 27001 in progress"),
        vec![Some(A), Some(P)]
    );
    assert_eq!(
        statuses(
            "Northwind confirms that its ISO 42001 certification and SOC 2 Type 2 examination are both under way."
        ),
        vec![Some(P), Some(P)]
    );
}

#[test]
fn a_later_clause_adds_a_second_reading_without_undoing_the_not() {
    let names = Names {
        organisation: vec!["Northwind".into()],
        suppliers: Vec::new(),
        ..Default::default()
    };
    let got = crate::prose::find_mentions_with(
        "We are not ISO 42001 certified, but our AI governance is aligned with it.",
        ProseFormat::Markdown,
        &test_aliases(),
        &names,
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].status, Some(N));
    assert_eq!(got[0].also.as_ref().map(|a| a.0), Some(Al));
    // A forward-looking clause refines the "not" instead.
    assert_eq!(
        one("We are not yet certified to ISO 42001; certification is planned.").0,
        Some(Pl)
    );
}

#[test]
fn wishes_and_work_under_way_in_any_wording() {
    for text in [
        "We would like to achieve ISO 27001 next year.",
        "We want to get ISO 27001 certified.",
        "We are looking into ISO 42001 certification.",
        "ISO 42001 is on the horizon for us.",
        "ISO 27001 certification is in the pipeline.",
    ] {
        assert_eq!(one(text).0, Some(Pl), "{text}");
    }
    for text in [
        "We are getting ready for our ISO 27001 audit.",
        "We're currently being audited for ISO 27001.",
        "We're in the early stages of ISO 27001.",
        "We're working with an auditor on ISO 27001.",
        "ISO 27001 \u{2014} pending",
    ] {
        assert_eq!(one(text).0, Some(P), "{text}");
    }
    assert_eq!(
        one("Our ISO 27001 certificate ran out last year.").0,
        Some(L)
    );
    // A conditional still makes a hypothetical.
    assert_eq!(
        one("We would be ISO 27001 certified if we had the budget.").0,
        None
    );
}

#[test]
fn an_unlisted_company_name_as_subject_is_a_third_party() {
    assert_eq!(
        one("Acme Payments holds ISO 27001."),
        (None, Some(Subject::ThirdParty))
    );
    assert_eq!(
        one("Globex Ltd is ISO 27001 certified."),
        (None, Some(Subject::ThirdParty))
    );
    // The organisation's own name, and sentence-initial common words, are not.
    assert_eq!(one("Northwind Analytics holds Cyber Essentials.").1, ORG);
    assert_eq!(one("Certification is planned for ISO 42001.").1, ORG);
    assert_eq!(one("The Supplier holds ISO 27001.").1, ORG);
}

#[test]
fn a_goal_set_for_work_is_work_under_way() {
    check(
        "You'll help us obtain our first ISO 27001 certificate.",
        &[("iso27001", Some(P))],
    );
    check(
        "You will help us get Cyber Essentials certified and keep our ISO 27001 certificate current.",
        // "Will" puts the work ahead: planned, as "we will begin preparing".
        &[("cyber_essentials", Some(Pl)), ("iso27001", Some(A))],
    );
    check(
        "Our journey to ISO 42001 certification is under way.",
        &[("iso42001", Some(P))],
    );
    check(
        "Northwind starts its ISO 27001 certification journey.",
        &[("iso27001", Some(P))],
    );
    check(
        "Our upcoming ISO 27001 certification audit is in March.",
        &[("iso27001", Some(P))],
    );
    // Helping someone else is theirs, not ours.
    assert_eq!(
        one("We help customers achieve ISO 27001."),
        (None, Some(Subject::ThirdParty))
    );
}

#[test]
fn a_relative_clause_refers_back_to_the_framework_before_it() {
    check(
        "The insurer asked for Cyber Essentials Plus, which Northwind already holds.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "ISO 27001, which we achieved in 2024, covers all our offices.",
        &[("iso27001", Some(A))],
    );
    check(
        "ISO 42001, which we plan to achieve, is next.",
        &[("iso42001", Some(Pl))],
    );
    assert_eq!(
        one("We rely on ISO 27001, which our hosting provider holds."),
        (None, Some(Subject::Supplier))
    );
}

#[test]
fn controls_tested_in_an_examination_are_attested() {
    check(
        "Our controls were tested for operating effectiveness in a SOC 2 Type II examination.",
        &[("soc2", Some(A))],
    );
}

#[test]
fn a_negator_reaches_the_end_of_its_verb_chain() {
    assert_eq!(one("We never claim to be ISO 42001 certified.").0, Some(N));
    assert_eq!(
        one("We have not yet formally been ISO 27001 certified.").0,
        Some(N)
    );
    // A noun or a new subject ends the chain.
    assert_eq!(
        one("No surprises: after a long audit our team got ISO 27001 certified.").0,
        Some(A)
    );
}

#[test]
fn a_lapse_named_as_a_possibility_did_not_happen() {
    check(
        "We maintain ISO 27001 certification and will tell customers of any lapse.",
        &[("iso27001", Some(A))],
    );
    check(
        "Our ISO 27001 certificate lapsed in April.",
        &[("iso27001", Some(L))],
    );
}

#[test]
fn a_lapse_in_the_condition_of_an_if_did_not_happen() {
    check(
        "We hold ISO 27001 and ISO 42001. We shall notify the customer if either \
         certificate is suspended, withdrawn or not renewed.",
        &[("iso27001", Some(A)), ("iso42001", Some(A))],
    );
    check(
        "We hold ISO 27001. We will tell you if it is withdrawn.",
        &[("iso27001", Some(A))],
    );
    // Near misses: a lapse told after the condition has closed, or with none.
    check(
        "If you ask, our ISO 27001 certificate expired in April.",
        &[("iso27001", Some(L))],
    );
    check(
        "We held ISO 27001. It was withdrawn in May.",
        &[("iso27001", Some(L))],
    );
}

#[test]
fn a_participle_after_a_comma_describes_the_noun_before_it() {
    check(
        "You will support our ISO 42001 certification, targeted for late 2027.",
        &[("iso42001", Some(P))],
    );
    // A participle with a framework of its own is a clause of its own.
    check(
        "We hold our ISO 27001 certificate, expected ISO 42001 next year.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
}

#[test]
fn how_trust_pages_say_a_step_is_still_to_come() {
    check(
        "We are in the final stages of ISO 27001 certification.",
        &[("iso27001", Some(P))],
    );
    check(
        "Our ISO 27001 certification is currently being finalised.",
        &[("iso27001", Some(P))],
    );
    check(
        "We are still a few months away from ISO 27001 certification.",
        &[("iso27001", Some(P))],
    );
    check("SOC 2 Type II: coming in 2027.", &[("soc2", Some(Pl))]);
    check(
        "Cyber Essentials Plus is next on our list.",
        &[("cyber_essentials_plus", Some(Pl))],
    );
    check("We have yet to obtain ISO 27001.", &[("iso27001", Some(N))]);
    check(
        "We currently have no ISO 42001 certification.",
        &[("iso42001", Some(N))],
    );
    check("We have ISO 27001 certification.", &[("iso27001", Some(A))]);
}

#[test]
fn a_condition_covers_the_noun_phrase_it_opens() {
    check(
        "We plan to pursue ISO 42001 in 2028, after our ISO 27001 certification is complete.",
        &[("iso42001", Some(Pl)), ("iso27001", None)],
    );
}

#[test]
fn a_register_table_lists_what_is_held() {
    check(
        "| Certification | Body | Expires |\n|---|---|---|\n| ISO 27001 | BSI | May 2028 |",
        &[("iso27001", Some(A))],
    );
    check(
        "| Report | Type | Date |\n|---|---|---|\n| SOC 2 | Type 2 | 31 March 2026 |",
        &[("soc2", Some(A))],
    );
    // A status column still speaks for itself, and a table of anything
    // else lists nothing held.
    check(
        "| Certification | Status |\n|---|---|\n| ISO 42001 | Planned |",
        &[("iso42001", Some(Pl))],
    );
    check(
        "| Control | Date |\n|---|---|\n| ISO 27001 A.5.1 | 2026 |",
        &[("iso27001", None)],
    );
    assert!(is_register_header("Certification | Body | Expires"));
    assert!(!is_register_header("Framework | Notes"));
    // A first column that qualifies its noun, and facts as certificates
    // print them; near misses: a register of what is ahead, and a fact
    // column of a plan.
    assert!(is_register_header("Assurance report | Type | Auditor"));
    assert!(is_register_header(
        "Security certifications | Certificate no. | Valid through"
    ));
    assert!(!is_register_header("Planned certifications | Type"));
    assert!(!is_register_header("Certification | Target date"));
    check(
        "| Assurance report | Type | Auditor |\n|---|---|---|\n| SOC 2 | Type 1 | Example LLP |",
        &[("soc2", Some(A))],
    );
}

#[test]
fn a_yes_that_names_the_framework_again_shows_it_held() {
    check(
        "Do you have a SOC 2 report? Yes, a SOC 2 Type 2 report.",
        &[("soc2", None), ("soc2", Some(A))],
    );
    // A "no" is not a yes, and a general question is not about us.
    check("Do you have a SOC 2 report? No.", &[("soc2", Some(N))]);
    check(
        "Is SOC 2 required by law? Yes, SOC 2 is common in tenders.",
        &[("soc2", None), ("soc2", None)],
    );
}

#[test]
fn registration_and_verification_are_certification_words() {
    for text in [
        "We are an ISO 27001 registered company.",
        "We are registered to ISO 27001.",
        "Our certificate of registration for ISO 27001 is available.",
        "Our ISO 27001 registration was confirmed in March.",
        "Independently verified to ISO 27001.",
        "We were recently recognised with ISO 27001 certification.",
        "We became one of the first startups to achieve ISO 27001.",
    ] {
        check(text, &[("iso27001", Some(A))]);
    }
    check(
        "We plan to be registered to ISO 27001 next year.",
        &[("iso27001", Some(Pl))],
    );
}

#[test]
fn a_noun_modifying_another_names_no_one() {
    assert_eq!(
        one("Northwind's partner programme is based on ISO 42001."),
        (Some(Al), ORG)
    );
    assert_eq!(
        one("Our partner Acme is ISO 27001 certified."),
        (None, Some(Subject::ThirdParty))
    );
    assert_eq!(
        one("Our hosting provider is ISO 27001 certified."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("Our product can help your team become SOC 2 compliant faster."),
        (None, Some(Subject::ThirdParty))
    );
}

#[test]
fn possessives() {
    // The organisation's name with 's reads as "our".
    assert_eq!(
        one("Northwind's SOC 2 Type 2 report is attached."),
        (Some(A), ORG)
    );
    // A possessive noun phrase ends at its noun, before any verb.
    assert!(
        read("Northwind's ISMS is in the certification process for ISO 27001.")
            .iter()
            .all(|(_, s, _)| *s != Some(A))
    );
    assert_eq!(
        one("Our ISO 27001 certificate is valid to 2028.").0,
        Some(A)
    );
}

#[test]
fn credentials_lines_next_to_the_organisation() {
    let statuses = |text: &str| -> Vec<Option<ClaimedStatus>> {
        read(text).into_iter().map(|(_, s, _)| s).collect()
    };
    assert_eq!(
        statuses("Northwind Analytics \u{b7} ISO 27001 (LRQA) \u{b7} Cyber Essentials Plus"),
        vec![Some(A), Some(A)]
    );
    assert_eq!(
        statuses("Northwind on the cloud marketplace\n\n- ISO 27001 (LRQA)\n- SOC 2 Type 2"),
        vec![Some(A), Some(A)]
    );
    // Without the organisation's name, a list of frameworks claims nothing.
    assert_eq!(
        statuses("Frameworks we map to:\n\n- ISO 27001\n- SOC 2"),
        vec![None, None]
    );
    // A status word on the line still decides.
    assert_eq!(
        statuses("Northwind \u{b7} ISO 27001 in progress"),
        vec![Some(P)]
    );
}

#[test]
fn a_finite_verb_of_gaining_claims_it() {
    assert_eq!(
        one("Blog: Northwind achieves Cyber Essentials."),
        (Some(A), ORG)
    );
    assert_eq!(one("Northwind secures ISO 27001."), (Some(A), ORG));
}

#[test]
fn a_question_naming_the_organisation_is_answered_by_yes() {
    assert_eq!(
        one("Q: Is Northwind ISO 27001 certified?\nA: Yes."),
        (Some(A), ORG)
    );
}

#[test]
fn a_reply_label_before_yes_leaves_the_statement_its_own_status() {
    // "Reply:" labels the answer as "A:" does, so the "Yes" is no status of
    // the name after it.
    assert_eq!(
        one("Support reply: Yes, our platform is compliant with the EU AI Act."),
        (Some(C), ORG)
    );
    assert_eq!(
        one("Reply: Yes, ISO 27001 is planned for 2028."),
        (Some(Pl), ORG)
    );
}

const ORG: Option<Subject> = Some(Subject::Organisation);

#[test]
fn negation_and_its_scope() {
    assert_eq!(one("We are not yet ISO 27001 certified."), (Some(N), ORG));
    assert_eq!(
        one("No ISO 27001 certificate has been issued to us."),
        (Some(N), ORG)
    );
    assert_eq!(
        one("We have never been audited against ISO 27001."),
        (Some(N), ORG)
    );
    assert_eq!(one("We have no plans to pursue SOC 2.").0, None);
}

#[test]
fn time_and_intention() {
    assert_eq!(
        one("We will be ISO 27001 certified by June 2027.").0,
        Some(P)
    );
    assert_eq!(one("We hope to achieve ISO 42001.").0, Some(Pl));
    assert_eq!(one("We aim to pursue ISO 42001.").0, Some(Pl));
    assert_eq!(one("We plan to pursue ISO 42001.").0, Some(Pl));
    assert_eq!(one("We achieved ISO 27001 in 2025.").0, Some(A));
    assert_eq!(one("ISO 27001 certified since 2024.").0, Some(A));
    assert_eq!(one("We were ISO 27001 certified until 2025.").0, Some(L));
    assert_eq!(one("We previously held ISO 27001.").0, Some(L));
}

#[test]
fn the_steps_of_an_audit() {
    assert_eq!(
        one("We are awaiting the ISO 27001 certification decision.").0,
        Some(P)
    );
    assert_eq!(
        one("Our Cyber Essentials application submitted last week.").0,
        Some(P)
    );
    assert_eq!(one("ISO 27001 Stage 2 booked for March.").0, Some(P));
    assert_eq!(
        one("ISO 42001 certification is expected in Q2 2027.").0,
        Some(P)
    );
    assert_eq!(one("ISO 27001 recertification due in May.").0, Some(A));
    assert_eq!(
        one("ISO 27001 surveillance audit passed in October.").0,
        Some(A)
    );
    assert_eq!(one("We passed our ISO 27001 Stage 2 audit.").0, Some(A));
}

#[test]
fn who_holds_it() {
    assert_eq!(one("Northwind is ISO 27001 certified."), (Some(A), ORG));
    assert_eq!(
        one("Northwind Analytics Ltd holds Cyber Essentials."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("The data centre that hosts our platform, run by Equinix, holds ISO 27001."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("Amazon Web Services is ISO 27001 certified."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("Organisations certified to ISO 27001 are audited yearly."),
        (None, Some(Subject::Standard))
    );
    assert_eq!(
        one("Pursuing ISO 42001 early matters.").1,
        Some(Subject::Standard)
    );
    assert_eq!(
        one("Our CISO is a certified ISO 27001 Lead Implementer.").0,
        None
    );
}

#[test]
fn compliance_and_alignment() {
    assert_eq!(one("Northwind is ISO 27001 compliant.").0, Some(C));
    assert_eq!(one("We are compliant with ISO 27001.").0, Some(C));
    assert_eq!(one("We are aligned with ISO 42001.").0, Some(Al));
    assert_eq!(one("Our controls are based on ISO 27001.").0, Some(Al));
    assert_eq!(
        read("Northwind is Cyber Essentials certified and ISO 27001 compliant."),
        vec![
            ("cyber_essentials".to_string(), Some(A), ORG),
            ("iso27001".to_string(), Some(C), ORG)
        ]
    );
}

#[test]
fn structure() {
    assert_eq!(
        read("### ISO/IEC 27001:2022\n\nActive \u{b7} valid to May 2029\n"),
        vec![("iso27001".to_string(), Some(A), ORG)]
    );
    assert_eq!(
        read("Accreditations \u{2014} ISO 27001 \u{b7} Cyber Essentials Plus"),
        vec![
            ("iso27001".to_string(), Some(A), ORG),
            ("cyber_essentials_plus".to_string(), Some(A), ORG)
        ]
    );
    assert_eq!(one("\u{2705} ISO 27001").0, Some(A));
    assert_eq!(
        one("Are you certified to Cyber Essentials Plus? Yes.").0,
        Some(A)
    );
    assert_eq!(
        one("Are you certified to Cyber Essentials Plus? No.").0,
        Some(N)
    );
    assert_eq!(
        one("Are you certified to ISO 42001?\nWe are working towards it.").0,
        Some(P)
    );
    // Tables: status columns, check marks, question-and-answer rows.
    assert_eq!(
        read(
            "| Scheme | Held |\n|---|---|\n| Cyber Essentials | \u{2705} |\n| ISO 27001 | \u{274c} |\n"
        ),
        vec![
            ("cyber_essentials".to_string(), Some(A), ORG),
            ("iso27001".to_string(), Some(N), ORG)
        ]
    );
    assert_eq!(
        read("| Question | Answer |\n|---|---|\n| ISO 27001 certified? | Yes |\n"),
        vec![("iso27001".to_string(), Some(A), ORG)]
    );
    // Badges: image alt text and titles.
    assert_eq!(one("![ISO 27001 certified](badge.png)").0, Some(A));
    assert_eq!(
        with_names(
            "<img src=\"b.svg\" alt=\"ISO 42001\" title=\"In progress\">",
            ProseFormat::Html
        ),
        vec![("iso42001".to_string(), Some(P), ORG)]
    );
    // Label lines: "In progress: ISO 27001" under "Certifications: ...".
    assert_eq!(
        read("Certifications: Cyber Essentials\nIn progress: ISO 27001\n"),
        vec![
            ("cyber_essentials".to_string(), Some(A), ORG),
            ("iso27001".to_string(), Some(P), ORG)
        ]
    );
}

#[test]
fn written_forms() {
    for text in [
        "We hold CE+.",
        "We hold #CyberEssentialsPlus.",
        "We are a Cyber-Essentials-Plus-certified supplier.",
    ] {
        assert_eq!(
            read(text),
            vec![("cyber_essentials_plus".to_string(), Some(A), ORG)],
            "{text}"
        );
    }
    assert_eq!(one("We are ISO-42001 certified.").0, Some(A));
    assert_eq!(one("We hold #ISO27001.").0, Some(A));
}

#[test]
fn cyber_essentials_initials_are_read_in_a_plain_context_only() {
    check(
        "Happy to confirm we're CE certified since last spring.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "Update: CE + CE+ renewed this month.",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(A)),
        ],
    );
    // A product's marking, in any of its forms, is no certificate.
    check("Our gateway is CE marked and certified for EU sale.", &[]);
    check("Every CE-marked device ships with a declaration.", &[]);
    check("The model is CE certified as a medical device.", &[]);
}

#[test]
fn a_bare_item_after_a_suppliers_item_is_the_suppliers() {
    let got = with_names(
        "Hosting partners\nEquinix \u{2014} SOC 2 \u{2714} \u{b7} ISO 27001 \u{2714}",
        ProseFormat::Text,
    );
    assert!(got.iter().all(|(_, s, _)| s.is_none()), "{got:?}");
    // Near miss: an item of our own after the supplier's says more than a mark.
    let got = with_names(
        "Equinix \u{2014} SOC 2 \u{2714} \u{b7} we hold ISO 27001",
        ProseFormat::Text,
    );
    assert_eq!(got[1].1, Some(A), "{got:?}");
}

#[test]
fn a_standard_that_opens_a_qualification_title_is_a_persons() {
    let got = with_names(
        "Team credentials: ISO/IEC 42001:2023 Lead Implementer; CISSP.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, None, "{got:?}");
    // Near miss: the organisation's auditor is the body of its certificate.
    let got = with_names(
        "We are ISO 27001 certified; our ISO 27001 auditor is BSI.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
}

#[test]
fn a_tick_before_each_name_belongs_to_the_name_after_it() {
    let got = with_names(
        "Booth sign: Northwind \u{2714} ISO 27001 \u{2714} Cyber Essentials",
        ProseFormat::Text,
    );
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|(_, s, _)| *s == Some(A)), "{got:?}");
    // Near miss: after a supplier's item the ticks are the supplier's.
    let got = with_names(
        "Equinix is certified \u{2714} ISO 27001 \u{2714} SOC 2",
        ProseFormat::Text,
    );
    assert!(got.iter().all(|(_, s, _)| *s != Some(A)), "{got:?}");
}

#[test]
fn an_ai_act_role_in_brackets_is_the_organisations_role() {
    let got = with_names(
        "EU AI Act (limited-risk deployer): fully compliant",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, Some(C), "{got:?}");
    assert_eq!(got[0].2, Some(Subject::Organisation), "{got:?}");
    // Near miss: a provider named in brackets with no risk tier is a supplier.
    let got = with_names(
        "Our model (from a provider) is ISO 42001 certified.",
        ProseFormat::Text,
    );
    assert_ne!(got[0].1, Some(A), "{got:?}");
}

#[test]
fn a_defined_term_without_its_article_opens_a_requirement_cell() {
    let got = with_names(
        "| No. | Requirement | Response |\n|---|---|---|\n| 7 | Contractor maintains Cyber Essentials Plus | Met |",
        ProseFormat::Markdown,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    assert_eq!(got[0].2, Some(Subject::Organisation), "{got:?}");
    // Near miss: a lowercase noun is no defined term.
    let got = with_names(
        "| No. | Requirement | Response |\n|---|---|---|\n| 7 | vendor maintains Cyber Essentials Plus | Met |",
        ProseFormat::Markdown,
    );
    assert_ne!(got[0].2, Some(Subject::Organisation), "{got:?}");
}

#[test]
fn a_field_label_naming_kinds_of_standard_is_no_general_subject() {
    let got = with_names(
        "Compliance frameworks: Cyber Essentials certified since 2025.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    // Near miss: standards as the subject of a clause are general.
    let got = with_names(
        "Security standards such as Cyber Essentials are certified by IASME.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn a_verb_after_and_shares_the_other_party_that_opens_the_clause() {
    // The "our" in the object of the first verb is no subject of the second.
    assert_eq!(
        one("AWS hosts the cluster behind our dashboards and holds ISO 27001 for it."),
        (None, Some(Subject::Supplier))
    );
    assert_eq!(
        one("Support: Equinix runs the rack for our archive and holds ISO 27001."),
        (None, Some(Subject::Supplier))
    );
    // Near miss: the organisation opens the clause.
    assert_eq!(
        one("Our platform runs on AWS and holds ISO 27001."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn us_after_a_verb_of_telling_is_the_audience() {
    assert_eq!(
        one("Equinix assured us its Slough site renewed its ISO 27001 certificate."),
        (None, Some(Subject::Supplier))
    );
    // Near miss: "we" in what is told is the subject.
    assert_eq!(
        one("Our auditor told us we are now ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn brackets_after_another_party_hold_an_aside_about_it() {
    assert_eq!(
        one("AWS (our cloud host) is ISO 27001 certified."),
        (None, Some(Subject::Supplier))
    );
    // Near misses: brackets that name the party, and brackets after our
    // own noun.
    assert_eq!(
        one("Reviewer's note: supplier (Northwind) is ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        one("Our platform (hosted in London) is ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
}

#[test]
fn an_opening_self_description_stops_at_the_subject() {
    // "As a distributor" describes "we", not the vendors we stock.
    assert_ne!(
        one("As a distributor we only stock vendors who hold Cyber Essentials.").1,
        Some(Subject::Organisation)
    );
    assert_eq!(
        one("As a reseller, we hold Cyber Essentials ourselves."),
        (Some(A), Some(Subject::Organisation))
    );
    // A kind of partner is another party.
    assert_eq!(
        one("The integrator is Cyber Essentials certified."),
        (None, Some(Subject::ThirdParty))
    );
}

#[test]
fn a_management_system_still_being_built_is_work_under_way() {
    assert_eq!(
        one("We are developing an ISO 42001 AI management system.").0,
        Some(P)
    );
    assert_eq!(
        one("Northwind is setting up its ISO 27001 ISMS this year.").0,
        Some(P)
    );
    // Near miss: one that runs is aligned.
    assert_eq!(one("We run an ISO 42001 AI management system.").0, Some(Al));
}

#[test]
fn adding_a_framework_is_work_and_beginning_with_one_is_history() {
    assert_eq!(
        one("Next quarter we're adding ISO 42001 to our certificates.").0,
        Some(P)
    );
    // "Began with" names the first step of a sequence, not work begun.
    assert_eq!(
        one("Our compliance story began with Cyber Essentials.").0,
        None
    );
    // Near miss: work begun on a framework is under way.
    assert_eq!(one("We began ISO 42001 work in the spring.").0, Some(P));
}

#[test]
fn a_certificate_already_in_place_is_held() {
    assert_eq!(one("Cyber Essentials is already in place.").0, Some(A));
    assert_eq!(one("ISO 27001 now in place for all sites.").0, Some(A));
}

#[test]
fn credentials_in_brackets_after_the_organisations_name_are_held() {
    assert_eq!(
        one("Northwind (Cyber Essentials, IASME) runs the pilot for the council."),
        (Some(A), ORG)
    );
    let found = crate::prose::find_mentions_with(
        "Our partner Northwind Analytics (ISO 27001 certificate NW-5521) supplies the models.",
        ProseFormat::Markdown,
        &test_aliases(),
        &crate::prose::Names {
            organisation: vec!["Northwind Analytics".into()],
            suppliers: Vec::new(),
            ..Default::default()
        },
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.certificate.as_deref(), Some("NW-5521"));
    // Near misses: a supplier's brackets, and a name that is no credential.
    assert_eq!(one("Equinix (ISO 27001, BSI) hosts our backups.").0, None);
    assert_eq!(
        one("Northwind (see the ISO 27001 section) hosts the data.").0,
        None
    );
}

#[test]
fn a_quote_that_names_the_organisation_reports_its_claim() {
    assert_eq!(
        one("All-hands slide 7: \"Northwind: ISO 27001 certified since 2025.\"").0,
        Some(A)
    );
    // Near miss: a quote the clause goes on to talk about is words.
    assert_eq!(
        one("\"Northwind is ISO 27001 certified\" is a sentence we never write.").0,
        None
    );
}

#[test]
fn a_name_ending_in_s_owns_with_the_apostrophe_alone() {
    let names = Names {
        organisation: vec!["Sprout Labs Ltd".into(), "Sprout Labs".into()],
        suppliers: vec![],
        ..Default::default()
    };
    let read = |t: &str| {
        crate::prose::find_mentions_with(t, ProseFormat::Markdown, &test_aliases(), &names)
            .into_iter()
            .map(|m| (m.status, m.subject))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("Sprout Labs' SOC 2 Type 1 report is available to customers under NDA."),
        [(Some(A), Some(Subject::Organisation))]
    );
    // Near miss: the apostrophe of another word owns nothing of ours.
    assert_eq!(
        read("Sprout Labs' customers ask about SOC 2 reports."),
        [(None, None)]
    );
}

#[test]
fn a_suppliers_label_speaks_for_the_supplier() {
    // Written for the test: lines labelled with a supplier, not a speaker.
    for text in [
        "Equinix (colocation): ISO 27001 certified.",
        "- Equinix (sub-processor): ISO/IEC 27001 certified",
        "Provider certifications: ISO 27001.",
    ] {
        assert_eq!(one(text).1, Some(Subject::Supplier), "{text}");
    }
    // A bare list item under the organisation's own line stays the supplier's.
    let got = read(
        "Parties:\n\n- Northwind Analytics (processor): Cyber Essentials certified\n- Amazon Web Services (sub-processor): ISO/IEC 27001",
    );
    assert_eq!(got[0].1, Some(A));
    assert_ne!(got[1].1, Some(A), "{got:?}");
    // A speaker with an affiliation still answers: "Jo (Northwind): Yes".
    assert_eq!(
        one("Jo (Northwind): Yes, we hold ISO 27001.").1,
        Some(Subject::Organisation)
    );
}

#[test]
fn one_of_a_group_of_certified_companies_is_the_organisation() {
    assert_eq!(
        one(
            "In 2026 Northwind became one of the first UK retail-analytics companies certified to ISO 27001."
        ),
        (Some(A), Some(Subject::Organisation))
    );
    // Other companies so described are still others.
    assert_ne!(
        one("Many UK retail-analytics companies are certified to ISO 27001.").1,
        Some(Subject::Organisation)
    );
}

#[test]
fn a_row_of_a_party_table_speaks_for_its_party() {
    // Written for the test: a survey table of several vendors.
    let md = "| Vendor | ISO 27001 | Cyber Essentials |\n|---|---|---|\n| Vendor A | Certified | \u{2713} |\n| Northwind Analytics | In progress | \u{2713} |\n| Equinix | Certified | \u{2013} |";
    let got: Vec<_> = read(md).into_iter().skip(2).collect();
    let third = Some(Subject::Supplier);
    assert_eq!(
        got,
        vec![
            ("iso27001".to_string(), None, third),
            ("cyber_essentials".to_string(), None, third),
            ("iso27001".to_string(), Some(P), Some(Subject::Organisation)),
            (
                "cyber_essentials".to_string(),
                Some(A),
                Some(Subject::Organisation)
            ),
            ("iso27001".to_string(), None, third),
        ]
    );
    let md = "| Company | ISO 27001 |\n|---|---|\n| Globex Ltd | Certified |";
    assert_eq!(read(md)[1].2, Some(Subject::ThirdParty));
}
