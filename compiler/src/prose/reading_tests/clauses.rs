//! Single clauses, their negation, time and subjects, and the structure of a
//! page (tables, lists, headings, HTML).

use super::*;

#[test]
fn longest_alias_wins_and_needs_word_boundaries() {
    check(
        "We hold Cyber Essentials Plus.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "We hold CE+ and Cyber Essentials+.",
        &[
            ("cyber_essentials_plus", Some(A)),
            ("cyber_essentials_plus", Some(A)),
        ],
    );
    check(
        "We hold ISO/IEC 27001:2022, ISO 27001, ISO27001 and iso-27001.",
        &[
            ("iso27001", Some(A)),
            ("iso27001", Some(A)),
            ("iso27001", Some(A)),
            ("iso27001", Some(A)),
        ],
    );
    check(
        "ISO 270012 and XISO 27001 and NIST AI RMFs are not names.",
        &[],
    );
    check(
        "The EU AI Act and the AI Act.",
        &[("eu_ai_act", None), ("eu_ai_act", None)],
    );
    let found = find_mentions(
        "We hold ISO/IEC 27001:2022.",
        ProseFormat::Text,
        &test_aliases(),
    );
    assert_eq!(found[0].span, 8..26);
}

#[test]
fn whitespace_in_aliases_is_normalised() {
    check(
        "We hold ISO\u{a0}27001 and ISO\n42001.",
        &[("iso27001", Some(A)), ("iso42001", Some(A))],
    );
}

#[test]
fn statuses_of_single_claims() {
    check("We are certified to ISO 27001.", &[("iso27001", Some(A))]);
    check(
        "ISO 42001 certification is in progress.",
        &[("iso42001", Some(P))],
    );
    check(
        "We are working towards ISO 42001.",
        &[("iso42001", Some(P))],
    );
    check("SOC 2 is on our roadmap.", &[("soc2", Some(Pl))]);
    check(
        "We aim to achieve ISO 42001 by 2027.",
        &[("iso42001", Some(Pl))],
    );
    check("We are ISO 27001-ready.", &[("iso27001", Some(C))]);
    check(
        "Our ISMS meets the requirements of ISO 27001.",
        &[("iso27001", Some(C))],
    );
}

#[test]
fn status_applies_to_every_framework_in_the_clause() {
    check(
        "Cyber Essentials Plus, ISO 27001, and ISO 42001 are planned.",
        &[
            ("cyber_essentials_plus", Some(Pl)),
            ("iso27001", Some(Pl)),
            ("iso42001", Some(Pl)),
        ],
    );
    check(
        "We hold ISO 27001, ISO 42001 and SOC 2.",
        &[
            ("iso27001", Some(A)),
            ("iso42001", Some(A)),
            ("soc2", Some(A)),
        ],
    );
}

#[test]
fn clauses_keep_their_own_status() {
    check(
        "We hold Cyber Essentials, and ISO 27001 is planned.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(Pl))],
    );
    check(
        "We hold Cyber Essentials but ISO 27001 is planned.",
        &[("cyber_essentials", Some(A)), ("iso27001", Some(Pl))],
    );
    check(
        "We hold ISO 27001 and are pursuing ISO 42001.",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
    check(
        "We hold ISO 27001 and Cyber Essentials Plus, and are working towards ISO 42001.",
        &[
            ("iso27001", Some(A)),
            ("cyber_essentials_plus", Some(A)),
            ("iso42001", Some(P)),
        ],
    );
    check(
        "We hold ISO 27001, and Cyber Essentials Plus and ISO 42001 are in progress.",
        &[
            ("iso27001", Some(A)),
            ("cyber_essentials_plus", Some(P)),
            ("iso42001", Some(P)),
        ],
    );
    check(
        "ISO 27001 is certified while ISO 42001 is planned.",
        &[("iso27001", Some(A)), ("iso42001", Some(Pl))],
    );
}

#[test]
fn negation_never_reads_as_achieved() {
    check(
        "We are not certified to ISO 27001.",
        &[("iso27001", Some(N))],
    );
    check("We are not ISO 27001 certified.", &[("iso27001", Some(N))]);
    check("We do not hold ISO 27001.", &[("iso27001", Some(N))]);
    check("We haven't achieved ISO 27001.", &[("iso27001", Some(N))]);
    check("We have no plans to pursue SOC 2.", &[("soc2", None)]);
    check(
        "Our ISO 27001 certificate expired in 2023.",
        &[("iso27001", Some(L))],
    );
    check(
        "We are not yet certified to ISO 42001; certification is planned for 2028.",
        &[("iso42001", Some(Pl))],
    );
    check(
        "We are not yet certified to ISO 42001 but are working towards it.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn questions_are_not_claims_unless_answered_yes() {
    check("Are you ISO 27001 certified?", &[("iso27001", None)]);
    check(
        "Is your organisation certified to ISO 27001",
        &[("iso27001", None)],
    );
    check(
        "Are you ISO 27001 certified? Yes.",
        &[("iso27001", Some(A))],
    );
    check("Are you ISO 27001 certified? No.", &[("iso27001", Some(N))]);
}

#[test]
fn third_parties_and_general_statements() {
    check(
        "Our hosting provider, AWS, is ISO 27001 certified.",
        &[("iso27001", None)],
    );
    check(
        "We only use suppliers who hold Cyber Essentials.",
        &[("cyber_essentials", None)],
    );
    check("Customers often ask about SOC 2.", &[("soc2", None)]);
    check(
        "ISO 42001 is the first AI management system standard.",
        &[("iso42001", None)],
    );
    check(
        "Organisations certified to ISO 27001 are audited yearly.",
        &[("iso27001", None)],
    );
    check(
        "We work with ISO 27001 certified data centres.",
        &[("iso27001", None)],
    );
    check(
        "We are a Cyber Essentials certified supplier.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "We host on AWS, and we are ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn everyday_verbs_are_not_claims() {
    check(
        "We hold regular workshops on ISO 27001.",
        &[("iso27001", None)],
    );
    check(
        "Customer data is held in ISO 27001 certified data centres.",
        &[("iso27001", None)],
    );
    check(
        "Our controls are internally audited against ISO 27001.",
        &[("iso27001", None)],
    );
    check(
        "We are active members of the ISO 42001 working group.",
        &[("iso42001", None)],
    );
    check(
        "Acme holds a Cyber Essentials Plus certificate.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "We hold ISO 27001, ISO 42001 and SOC 2.",
        &[
            ("iso27001", Some(A)),
            ("iso42001", Some(A)),
            ("soc2", Some(A)),
        ],
    );
}

#[test]
fn upkeep_of_a_certificate_means_it_is_held() {
    check(
        "Our next ISO 27001 surveillance audit is scheduled for March.",
        &[("iso27001", Some(A))],
    );
    check(
        "Our Cyber Essentials renewal is planned for May.",
        &[("cyber_essentials", Some(A))],
    );
    check(
        "ISO 27001 recertification is in progress.",
        &[("iso27001", Some(A))],
    );
    // Only what is held has a next renewal.
    check(
        "Our next SOC 2 renewal isn't due until the spring.",
        &[("soc2", Some(A))],
    );
    check(
        "Our CE+ certificate isn't due for renewal until April 2027.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "Our ISO 27001 certificate isn't up for recertification before 2028.",
        &[("iso27001", Some(A))],
    );
    check(
        "The next Cyber Essentials Plus recertification falls in June.",
        &[("cyber_essentials_plus", Some(A))],
    );
    // A lapsed certificate is not held, whatever is planned for it.
    check(
        "Our Cyber Essentials certificate lapsed and renewal is planned.",
        &[("cyber_essentials", Some(L))],
    );
    check(
        "Our Cyber Essentials certificate has expired; renewal is in progress.",
        &[("cyber_essentials", Some(L))],
    );
}

#[test]
fn conditionals_are_not_claims() {
    check(
        "If we achieve ISO 42001 next year, we will say so.",
        &[("iso42001", None)],
    );
    check(
        "We could become ISO 27001 certified.",
        &[("iso27001", None)],
    );
    check(
        "If you need our ISO 27001 certificate, ask us.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_clause_under_a_negated_verb_of_meaning_is_not_said() {
    check(
        "A Lead Auditor course on a CV does not mean that the employer holds ISO 42001.",
        &[("iso42001", None)],
    );
    check(
        "Passing a scan doesn't imply we are Cyber Essentials certified.",
        &[("cyber_essentials", None)],
    );
    // Near miss: the verb of meaning affirmed states its clause.
    check(
        "In short, this means we are ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn what_others_give_us_is_theirs() {
    check(
        "Each new vendor has to give us a valid ISO 27001 certificate or a SOC 2 report.",
        &[("iso27001", None), ("soc2", None)],
    );
    check(
        "Contractors have to be Cyber Essentials certified.",
        &[("cyber_essentials", None)],
    );
    // Near miss: what had to be done was done.
    check(
        "We had to pass two audits to become ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_step_up_to_a_higher_scheme_is_held() {
    check(
        "In March we stepped up to Cyber Essentials Plus after a hands-on audit.",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "Last quarter we upgraded to SOC 2 Type 2.",
        &[("soc2", Some(A))],
    );
    // Near miss: a step still ahead.
    assert_ne!(
        one("Next year we will move up to Cyber Essentials Plus.").0,
        Some(A)
    );
}

#[test]
fn a_certification_we_obtained_is_held() {
    check(
        "The ISO 42001 certification we earned in March has helped in tenders.",
        &[("iso42001", Some(A))],
    );
    check(
        "Our Cyber Essentials certification, which we secured in 2025, covers all staff.",
        &[("cyber_essentials", Some(A))],
    );
    // Near miss: one we want is not held.
    assert_ne!(
        one("The ISO 42001 certification we want would help in tenders.").0,
        Some(A)
    );
}

#[test]
fn no_audit_to_the_standard_means_no_certificate() {
    check(
        "To be frank, we have never had an external ISO 42001 audit.",
        &[("iso42001", Some(N))],
    );
    check(
        "Keel hasn't undergone any Cyber Essentials Plus assessment.",
        &[("cyber_essentials_plus", Some(N))],
    );
    // Near miss: a finding of an audit is what never happened.
    assert_ne!(
        one("We have never had a major nonconformity in an ISO 27001 audit.").0,
        Some(N)
    );
}

#[test]
fn a_contracted_would_is_hypothetical_and_a_contracted_had_is_not() {
    check(
        "Audit fieldwork starts in March, so the soonest we\u{2019}d have a SOC 2 report is autumn.",
        &[("soc2", None)],
    );
    check(
        "Without that evidence we'd be nowhere near ISO 42001 certification.",
        &[("iso42001", None)],
    );
    // Near miss: "'d" before a participle is "had", a past.
    check(
        "By spring we'd passed our Cyber Essentials assessment.",
        &[("cyber_essentials", Some(A))],
    );
}

#[test]
fn future_turns_claims_into_plans() {
    check(
        "We will be ISO 27001 certified by 2027.",
        &[("iso27001", Some(P))],
    );
    check("We will be ISO 27001 certified.", &[("iso27001", Some(Pl))]);
    check(
        "We plan to become ISO 27001 certified.",
        &[("iso27001", Some(Pl))],
    );
}

#[test]
fn later_sentence_refers_back() {
    check(
        "ISO 42001 is new. We are working towards it.",
        &[("iso42001", Some(P))],
    );
    check(
        "ISO 42001 is new. We hold SOC 2.",
        &[("iso42001", None), ("soc2", Some(A))],
    );
}

#[test]
fn tables_lists_and_headings() {
    check("| ISO 27001 | In progress |", &[("iso27001", Some(P))]);
    check(
        "| Framework | Status |\n|---|---|\n| ISO 27001 | Certified |\n| ISO 42001 | Planned |\n",
        &[("iso27001", Some(A)), ("iso42001", Some(Pl))],
    );
    check(
        "## Certifications we hold\n\n- ISO 27001\n- SOC 2 (in progress)\n\n## Roadmap\n\n- ISO 42001\n\n## Notes\n\n- CE+\n",
        &[
            ("iso27001", Some(A)),
            ("soc2", Some(P)),
            ("iso42001", Some(Pl)),
            ("cyber_essentials_plus", None),
        ],
    );
    check(
        "## ISO 27001\n\n- ISO 42001\n",
        &[("iso27001", None), ("iso42001", None)],
    );
}

#[test]
fn heading_naming_a_framework_takes_the_status_below() {
    check(
        "### ISO/IEC 27001\n\nCertified since 2019 by BSI.\n\n### ISO 42001\n\nOur Stage 1 audit is booked.\n\n### SOC 2\n\nCustomers ask about SOC 2.\n\n### CE+\n\nA UK scheme.\n",
        &[
            ("iso27001", Some(A)),
            ("iso42001", Some(P)),
            ("soc2", None),
            ("soc2", None),
            ("cyber_essentials_plus", None),
        ],
    );
}

#[test]
fn a_new_subject_starts_a_new_clause() {
    check(
        "Our ISO 27001 certificate covers most needs, and we do not plan a SOC 2 examination.",
        &[("iso27001", Some(A)), ("soc2", None)],
    );
    check(
        "Our ISO 27001 certificate covers most needs, and we plan a SOC 2 examination.",
        &[("iso27001", Some(A)), ("soc2", Some(Pl))],
    );
}

#[test]
fn first_clause_may_refer_to_the_previous_sentence() {
    check(
        "The EU AI Act applies to our triage tool. We are preparing for its obligations, and ISO 42001 is planned.",
        &[("eu_ai_act", Some(P)), ("iso42001", Some(Pl))],
    );
}

#[test]
fn qualifiers() {
    let q = |text: &str| {
        find_mentions(text, ProseFormat::Text, &test_aliases())
            .into_iter()
            .map(|m| m.qualifier)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        q("our SOC 2 Type II report"),
        vec![Some("type2".to_string())]
    );
    assert_eq!(q("SOC 2 Type 1"), vec![Some("type1".to_string())]);
    assert_eq!(q("SOC2 type-2 report"), vec![Some("type2".to_string())]);
    assert_eq!(q("a Type II SOC 2 report"), vec![Some("type2".to_string())]);
    assert_eq!(q("SOC 2 and ISO 27001"), vec![None, None]);
    assert_eq!(q("SOC 2 typeface"), vec![None]);
}

#[test]
fn html_claims() {
    let html = "<h2>Certifications we hold</h2><ul><li>ISO&nbsp;27001</li><li data-x=\"ISO 42001\">CE+</li></ul><p>Our provider, AWS, is <a href=\"https://aws.example/soc2\">SOC 2</a> attested.</p>";
    let got: Vec<(String, Option<ClaimedStatus>)> =
        find_mentions(html, ProseFormat::Html, &test_aliases())
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect();
    assert_eq!(
        got,
        vec![
            ("iso27001".to_string(), Some(A)),
            ("cyber_essentials_plus".to_string(), Some(A)),
            ("soc2".to_string(), None)
        ]
    );
}

#[test]
fn becoming_certified_after_a_framework_is_becoming_certified_to_it() {
    let also = |t: &str| {
        crate::prose::find_mentions(t, ProseFormat::Markdown, &test_aliases())
            .into_iter()
            .map(|m| (m.framework, m.status, m.also.map(|a| a.0)))
            .collect::<Vec<_>>()
    };
    let aligned_then = |later| vec![("iso27001".to_string(), Some(Al), Some(later))];
    assert_eq!(
        also("We follow ISO 27001 and hope to be certified."),
        aligned_then(Pl)
    );
    assert_eq!(
        also("We follow ISO 27001 and plan to get certified."),
        aligned_then(Pl)
    );
    assert_eq!(
        also("We follow ISO 27001. We plan to be certified in 2027."),
        aligned_then(Pl)
    );
    assert_eq!(
        also("We follow ISO 27001 and will be certified by June 2027."),
        aligned_then(P)
    );
    // Near misses: nothing named before, or what is named is someone else's.
    assert_eq!(also("We hope to be certified."), vec![]);
    assert_eq!(
        also("AWS holds ISO 27001. We hope to be certified one day."),
        vec![("iso27001".to_string(), None, None)]
    );
}

#[test]
fn built_or_run_to_a_framework_is_aligned_with_it() {
    check("Built to ISO 27001.", &[("iso27001", Some(Al))]);
    check(
        "We operate to ISO 27001 standards.",
        &[("iso27001", Some(Al))],
    );
    check(
        "Our platform is built to ISO 27001 and ISO 42001.",
        &[("iso27001", Some(Al)), ("iso42001", Some(Al))],
    );
    check(
        "Our ISMS is being built to ISO/IEC 27001.",
        &[("iso27001", Some(P))],
    );
    // Near misses: "to" opens a purpose, not a framework.
    check(
        "We built tools to help with ISO 27001.",
        &[("iso27001", None)],
    );
    check(
        "We operate to help customers reach ISO 27001.",
        &[("iso27001", None)],
    );
}

#[test]
fn had_until_a_date_is_a_certificate_that_ended() {
    check(
        "Keel had ISO 27001 until April 2026.",
        &[("iso27001", Some(L))],
    );
    check(
        "Sprout had Cyber Essentials in 2024.",
        &[("cyber_essentials", Some(L))],
    );
    // Near misses: held from then to now.
    check(
        "We have had ISO 27001 since 2020.",
        &[("iso27001", Some(A))],
    );
    check(
        "We had ISO 27001 certification in place well before our competitors.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn getting_certified_told_as_a_past_whole_is_done() {
    check(
        "Getting ISO 42001 certified was hard work, but worth it.",
        &[("iso42001", Some(A))],
    );
    check(
        "Getting ISO 42001 certified took eighteen months.",
        &[("iso42001", Some(A))],
    );
    // Near misses: an aim told in the past, and the work told now.
    check(
        "Getting ISO 42001 certified was our goal for 2026.",
        &[("iso42001", Some(P))],
    );
    check(
        "We are getting ISO 42001 certified.",
        &[("iso42001", Some(P))],
    );
}

#[test]
fn improving_what_is_in_place_is_no_work_towards_it() {
    check(
        "We are continually working to improve our ISO 27001 ISMS.",
        &[("iso27001", Some(Al))],
    );
    // Near miss: work towards the certificate.
    check(
        "We are working to achieve ISO 27001.",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn a_certification_project_said_to_be_done_has_reached_its_certificate() {
    check(
        "We completed our ISO 42001 certification project in February 2026.",
        &[("iso42001", Some(A))],
    );
    // Near misses: the project under way, and not done yet.
    check(
        "Our ISO 42001 certification project is under way.",
        &[("iso42001", Some(P))],
    );
    check(
        "We have not yet completed our ISO 42001 certification project.",
        &[("iso42001", Some(N))],
    );
}

#[test]
fn recertification_before_being_certified_again_is_the_way_back() {
    let status = |t: &str| {
        crate::prose::find_mentions(t, ProseFormat::Markdown, &test_aliases())
            .into_iter()
            .map(|m| m.status)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        status(
            "Our ISO 27001 certificate lapsed in April 2026. We are working towards \
             recertification and expect to be certified again in 2027."
        ),
        // Work under way towards the certificate again, not its upkeep.
        [Some(P)]
    );
    assert_eq!(
        status(
            "We are working towards ISO 27001 recertification and expect to be certified again in 2027."
        ),
        [Some(P)]
    );
    // Near misses: recertification of a certificate held is its upkeep.
    assert_eq!(
        status("We are preparing for our ISO 27001 recertification."),
        [Some(A)]
    );
    assert_eq!(
        status("Our ISO 27001 recertification is under way."),
        [Some(A)]
    );
}

#[test]
fn a_plain_denial_after_recertification_means_the_certificate_is_sought_anew() {
    check(
        "ISO 27001: we're working towards recertification; until then we're not \
         certified, so don't quote the cert number.",
        &[("iso27001", Some(P))],
    );
    // Near misses: a denial of another framework, or none, leaves the
    // recertification the upkeep of a certificate held.
    check(
        "We are working towards ISO 27001 recertification; we are not SOC 2 certified.",
        &[("iso27001", Some(A)), ("soc2", Some(N))],
    );
    check(
        "ISO 27001: we're working towards recertification in March.",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_finished_report_is_held() {
    check(
        "SOC 2: Type 2 report is done, share it once the NDA is signed.",
        &[("soc2", Some(A))],
    );
    check("Our SOC 2 Type 2 report is final.", &[("soc2", Some(A))]);
    check(
        "SOC 2 Type II report provided to the panel.",
        &[("soc2", Some(A))],
    );
    // Near misses: unfinished, ahead, or under a condition.
    check(
        "Our SOC 2 Type 2 report is not yet ready.",
        &[("soc2", Some(N))],
    );
    check(
        "Our SOC 2 Type 2 report will be ready in March 2027.",
        &[("soc2", Some(P))],
    );
    check(
        "Once the SOC 2 Type 2 report is ready we will share it.",
        &[("soc2", None)],
    );
}

#[test]
fn a_document_on_offer_in_a_label_or_status_cell_is_held() {
    check("SOC 2 Type 2: available", &[("soc2", Some(A))]);
    check(
        "| Report | Status | Action |\n|---|---|---|\n| SOC 2 Type 2 | Available | Request under NDA |",
        &[("soc2", Some(A))],
    );
    // Near miss: "available" that is not the value of the name.
    check(
        "ISO 27001 training is available to all staff.",
        &[("iso27001", None)],
    );
}

#[test]
fn people_in_brackets_after_a_status_help_with_the_work() {
    for text in [
        "ISO 27001 - in progress (consultant engaged, gap analysis done in Oct)",
        "ISO 27001: in progress (auditor booked)",
    ] {
        assert_eq!(one(text), (Some(P), Some(Subject::Organisation)), "{text}");
    }
    // Near miss: brackets after a person's name, before the framework, say
    // who the subject is.
    assert_eq!(
        one("Graham Ellis (CISO) is booked on an ISO 27001 lead auditor course in March.").1,
        Some(Subject::Person)
    );
}

#[test]
fn a_second_object_after_and_shares_the_holder() {
    let read = |t: &str| -> Vec<Option<Subject>> {
        with_names(t, ProseFormat::Markdown)
            .into_iter()
            .map(|(_, _, s)| s)
            .collect()
    };
    assert_eq!(
        read("Amazon Web Services holds ISO 27001 and a current SOC 2 Type II report."),
        [Some(Subject::Supplier), Some(Subject::Supplier)]
    );
    // Near misses: a subject of its own after "and".
    assert_eq!(
        read("Amazon Web Services holds ISO 27001, and we have a current SOC 2 Type II report."),
        [Some(Subject::Supplier), Some(Subject::Organisation)]
    );
    assert_eq!(
        read("We hold ISO 27001 and a current SOC 2 Type II report."),
        [Some(Subject::Organisation), Some(Subject::Organisation)]
    );
}

#[test]
fn a_status_line_that_opens_with_a_gerund_is_the_organisations() {
    for text in [
        "Working towards ISO 27001 certification, target Q3 2027",
        "Working towards ISO 27001 certification",
        "Working towards ISO 27001 certification (target Q3 2027)",
    ] {
        assert_eq!(one(text), (Some(P), Some(Subject::Organisation)), "{text}");
    }
    // Near misses: a gerund phrase with a predicate is about the standard.
    for text in [
        "Pursuing ISO 42001 certification early matters.",
        "Pursuing ISO 42001, as a small company, takes a year.",
    ] {
        assert_eq!(one(text).1, Some(Subject::Standard), "{text}");
    }
}

#[test]
fn a_lapse_that_follows_an_unmet_obligation_has_not_happened() {
    for text in [
        "Basic Cyber Essentials renewal must land before 20 Jan 2027 or the cert lapses.",
        "Our Cyber Essentials renewal must be submitted by January, otherwise the certificate lapses.",
    ] {
        assert!(claims(text).iter().all(|(_, s)| s.is_none()), "{text}");
    }
    // Near misses: a lapse told outright, with "must" or "or" elsewhere.
    check(
        "We must be honest: our Cyber Essentials certificate has lapsed.",
        &[("cyber_essentials", Some(L))],
    );
    check(
        "Our ISO 27001 certificate has lapsed or been withdrawn.",
        &[("iso27001", Some(L))],
    );
}

#[test]
fn a_report_put_out_or_known_by_its_issue_is_held() {
    check(
        "Invoice line: Example Assurance LLP, SOC 2 Type II report (Harbour Data), issued 31/03/2026",
        &[("soc2", Some(A))],
    );
    check(
        "| Year | What happened |\n|---|---|\n| 2026 | SOC 2 Type 2 report published |",
        &[("soc2", Some(A))],
    );
    check(
        "We give each customer a SOC 2 Type II report.",
        &[("soc2", Some(A))],
    );
    // Near misses: a report still ahead.
    check(
        "Our SOC 2 Type 2 report will be published in March 2027.",
        &[("soc2", Some(P))],
    );
}

#[test]
fn an_answer_that_labels_its_own_facts_answers_a_question_for_two() {
    let found = crate::prose::find_mentions(
        "Q3. Cyber Essentials certificate number and expiry date?\nA3. IASME-CE-013579, expires 9 March 2028.",
        ProseFormat::Text,
        &test_aliases(),
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2028, Some(3))));
    assert_eq!(
        found[0].details.certificate.as_deref(),
        Some("IASME-CE-013579")
    );
}

#[test]
fn json_shown_in_a_code_block_as_the_organisations_data_is_read() {
    check(
        "`GET /v1/certifications` returns our certificate register:\n```json\n[{\"framework\": \"iso27001\", \"status\": \"active\"}]\n```",
        &[("iso27001", Some(A))],
    );
    check(
        "Our posture, as the API returns it:\n```json\n{\"cyber_essentials\": \"not_certified\", \"iso42001\": \"planned\"}\n```",
        &[("cyber_essentials", Some(N)), ("iso42001", Some(Pl))],
    );
    // Near misses: data labelled as made up, a schema, and code.
    for page in [
        "Example response:\n```json\n[{\"framework\": \"iso27001\", \"status\": \"active\"}]\n```",
        "Returns the register.\n```json example\n[{\"framework\": \"iso27001\", \"status\": \"active\"}]\n```",
        "The record:\n```json\n{\"properties\": {\"iso27001\": {\"enum\": [\"certified\", \"planned\"]}}}\n```",
        "Use the client:\n```python\nprint(\"ISO 27001 certified\")\n```",
    ] {
        assert!(
            claims(page).iter().all(|(_, status)| status.is_none()),
            "{page}: {:?}",
            claims(page)
        );
    }
}

#[test]
fn yaml_shown_in_a_code_block_as_the_organisations_data_is_read() {
    let statuses = |text: &str, format: ProseFormat| -> Vec<(String, Option<ClaimedStatus>)> {
        mentions(text, format)
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    };
    let want = |framework: &str, status| vec![(framework.to_owned(), Some(status))];
    // One pair is data enough when the block says it is YAML, and keys may
    // be names as people write them; a comment is an aside.
    assert_eq!(
        statuses(
            "```yaml\nsoc2: certified   # see the trust portal\n```",
            ProseFormat::Markdown
        ),
        want("soc2", A)
    );
    assert_eq!(
        statuses(
            "Our summary:\n```yml\ncompliance:\n  - ISO/IEC 42001: in progress\n```",
            ProseFormat::Markdown
        ),
        want("iso42001", P)
    );
    assert_eq!(
        statuses(
            "<pre><code class=\"language-yaml\">iso27001:\n  status: certified\n  body: BSI\n</code></pre>",
            ProseFormat::Html
        ),
        want("iso27001", A)
    );
    // Near misses: a block labelled as made up, after an example's
    // introduction, or code in another language.
    for (page, format) in [
        (
            "```yaml\n# example only\nsoc2: certified\n```",
            ProseFormat::Markdown,
        ),
        (
            "A sample file:\n```yaml\nsoc2: certified\n```",
            ProseFormat::Markdown,
        ),
        (
            "```python\nsoc2 = \"certified\"\n```",
            ProseFormat::Markdown,
        ),
        (
            "<p>Schema:</p><pre><code class=\"language-yaml\">soc2: certified\n</code></pre>",
            ProseFormat::Html,
        ),
    ] {
        assert!(
            statuses(page, format).iter().all(|(_, s)| s.is_none()),
            "{page}: {:?}",
            statuses(page, format)
        );
    }
}

#[test]
fn configuration_files_are_read_as_labels_and_values() {
    let statuses = |text: &str, format: ProseFormat| -> Vec<(String, Option<ClaimedStatus>)> {
        mentions(text, format)
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    };
    assert_eq!(
        statuses(
            "# trust.env\nISO27001_STATUS=certified\nCOMPANY=Northwind\n",
            ProseFormat::Text
        ),
        [("iso27001".to_owned(), Some(A))]
    );
    assert_eq!(
        statuses(
            "```toml\n[certifications.iso42001]\nstatus = \"in_progress\"\n```",
            ProseFormat::Markdown
        ),
        [("iso42001".to_owned(), Some(P))]
    );
    assert_eq!(
        statuses(
            "<pre><code class=\"language-ini\">[compliance]\ncyber_essentials = not_certified\n</code></pre>",
            ProseFormat::Html
        ),
        [("cyber_essentials".to_owned(), Some(N))]
    );
    // A sample file stays unread, and so does code.
    for (page, format) in [
        (
            "Sample .env:\n```env\nISO27001_STATUS=certified\n```",
            ProseFormat::Markdown,
        ),
        (
            "```python\niso27001_status = \"certified\"\n```",
            ProseFormat::Markdown,
        ),
    ] {
        assert!(
            statuses(page, format).iter().all(|(_, s)| s.is_none()),
            "{page}: {:?}",
            statuses(page, format)
        );
    }
}

#[test]
fn in_a_reply_chain_the_newest_message_has_the_last_word() {
    let statuses = |text: &str| -> Vec<(String, Option<ClaimedStatus>)> {
        mentions(text, ProseFormat::Text)
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    };
    // The correction on top supersedes the claim it quotes.
    assert_eq!(
        statuses(
            "Correction: our ISO 27001 certificate expired in April; we are not certified now.\n\nOn Mon, 23 Nov 2026, Ifeoma wrote:\n> Yes, we are ISO 27001 certified."
        )
        .iter()
        .filter(|(_, s)| *s == Some(A))
        .count(),
        0
    );
    // A quoted claim about a framework the reply does not name still counts:
    // a forward passes it on.
    assert!(
        statuses("FYI, see below.\n\n-----Original Message-----\nFrom: Ana\nWe are SOC 2 Type II attested.")
            .iter()
            .any(|(f, s)| f == "soc2" && s.is_some())
    );
    // A quoted question keeps the answer the reply gives it.
    assert_eq!(
        statuses("> Do you hold ISO 27001?\nYes, certified by BSI."),
        [("iso27001".to_owned(), Some(A))]
    );
    // A reply on top answers the question quoted below it.
    assert_eq!(
        statuses(
            "Yes, see the attached certificate.\n\nMaya\n\n-----Original Message-----\nFrom: Helen\nSent: 25 November 2026\n\nOne more thing: do you hold ISO 27001?"
        ),
        [("iso27001".to_owned(), Some(A))]
    );
    assert_eq!(
        statuses("Thanks, noted.\n\nOn 1 Dec 2026, Helen wrote:\n> Do you hold ISO 27001?"),
        [("iso27001".to_owned(), None)]
    );
    // After a greeting, and over a question that opens inside its sentence,
    // in plain text and in Outlook's HTML.
    assert_eq!(
        statuses(
            "Hi Dana,\n\nYes, confirmed.\n\n> On 24 Nov 2026, Dana wrote:\n> Hi Hannah, before we sign can you confirm you hold ISO 27001? Thanks"
        ),
        [("iso27001".to_owned(), Some(A))]
    );
    let outlook = "<p>Hi Tom,</p><p>Yes, confirmed.</p><div><p><b>From:</b> Tom<br><b>Sent:</b> 23 November 2026</p></div><p>Hi Hannah, can you confirm you hold ISO 27001? Thanks.</p>";
    let read: Vec<_> = crate::prose::find_mentions(
        outlook,
        crate::prose::ProseFormat::Html,
        &crate::prose::corpus::test_aliases(),
    )
    .into_iter()
    .map(|m| (m.framework, m.status))
    .collect();
    assert_eq!(read, [("iso27001".to_owned(), Some(A))]);
    // A greeting alone over the question answers nothing.
    assert_eq!(
        statuses("Hi Jo,\n\n> Do you hold ISO 27001?\n\nNot yet."),
        [("iso27001".to_owned(), Some(N))]
    );
    // Text that is not a "Yes" on top, whatever its characters, is no answer.
    for top in ["\u{1f980}", "n\u{e9}", "Y\u{e9}s", "no"] {
        assert_eq!(
            statuses(&format!("{top}\n> Do you hold ISO 27001?")),
            [("iso27001".to_owned(), None)],
            "{top}"
        );
    }
}

#[test]
fn a_value_set_in_code_type_is_read_as_its_words() {
    check(
        "Trust Centre updated: *ISO/IEC 27001* status changed from `In progress` to `Certified`",
        &[("iso27001", Some(A))],
    );
    // Code with digits, paths or calls stays code.
    check("Run `ISO 27001 certified` to see the card.", &[]);
}

#[test]
fn a_badge_put_on_the_site_shows_the_certificate_held() {
    check(
        "feat(badges): add Cyber Essentials Plus badge to the footer",
        &[("cyber_essentials_plus", Some(A))],
    );
    check(
        "Footer: ISO 27001 and SOC 2 Type II badges added",
        &[("iso27001", Some(A)), ("soc2", Some(A))],
    );
}

#[test]
fn work_told_as_a_share_done_or_finished_ahead_of_target() {
    check(
        "Reminder: the Cyber Essentials self-assessment questionnaire is 60% complete.",
        &[("cyber_essentials", Some(P))],
    );
    check(
        "We've completed our Cyber Essentials certification ahead of our Q2 2027 target.",
        &[("cyber_essentials", Some(A))],
    );
}

#[test]
fn wording_denied_or_forbidden_claims_nothing() {
    check(
        "suggestion: there's no such thing as a NIST AI RMF certificate, it's voluntary guidance.",
        &[("nist_ai_rmf", None)],
    );
    check(
        "Sales team: please don't describe us as SOC 2 compliant until the report is issued.",
        &[("soc2", None)],
    );
    check(
        "Sales team: do not call us SOC 2 certified.",
        &[("soc2", None)],
    );
    // Near miss: describing ourselves is a claim.
    check(
        "We describe ourselves as SOC 2 compliant.",
        &[("soc2", Some(C))],
    );
}

#[test]
fn what_the_reader_will_want_to_know_and_a_talk_about_to_start_are_no_conditions() {
    check(
        "Before we start, you'll want to know we're ISO 27001 certified.",
        &[("iso27001", Some(A))],
    );
    // Near misses: our own wish, and a real condition of time.
    check(
        "We want to achieve ISO 27001 next year.",
        &[("iso27001", Some(Pl))],
    );
    check(
        "Before we get ISO 27001 certified, we will run an internal audit.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_question_takes_what_follows_now_that_as_given() {
    check(
        "One thing: now that we're ISO 42001 certified, could the hero say that?",
        &[("iso42001", Some(A))],
    );
    check("Are you ISO 27001 certified?", &[("iso27001", None)]);
}

#[test]
fn what_is_given_to_the_organisation_is_the_givers() {
    check(
        "Our hosting provider gives us a current SOC 2 Type 2 report every year.",
        &[("soc2", None)],
    );
    check(
        "Northwind gives shortlisted buyers a SOC 2 Type II report.",
        &[("soc2", Some(A))],
    );
}

#[test]
fn a_report_named_in_a_list_with_a_note_in_brackets_is_held() {
    check(
        "**Security pack to offer after the demo**\n1. Pen test letter (2026)\n2. SOC 2 Type 2 report (NDA first)",
        &[("soc2", Some(A))],
    );
}

#[test]
fn words_put_on_the_page_in_quotes_are_what_it_says() {
    check(
        "feat(badges): add \"SOC 2 certified\" shield to the footer",
        &[("soc2", Some(A))],
    );
    check(
        "fix(trust): set Cyber Essentials chip to \"Not yet certified\"",
        &[("cyber_essentials", Some(N))],
    );
    // Near miss: words quoted to be talked about.
    check(
        "We never use the phrase \"SOC 2 certified\" in sales material.",
        &[("soc2", None)],
    );
}

#[test]
fn a_value_in_html_code_type_is_read_as_its_words() {
    let found = mentions(
        "<p>For our ISO/IEC 42001 certificate (AIMS 800421) the issuer is <code>LRQA</code>.</p>",
        ProseFormat::Html,
    );
    assert_eq!(found[0].details.body.as_deref(), Some("LRQA"));
    let found = mentions(
        "<p>Status changed from <code>in_progress</code> to <code>certified</code> for ISO 27001.</p>",
        ProseFormat::Html,
    );
    assert_eq!(found[0].status, Some(A));
    // Near miss: a command stays code.
    let found = mentions(
        "<p>Run <code>aims check --certified</code> on ISO 27001 pages.</p>",
        ProseFormat::Html,
    );
    assert_eq!(found[0].status, None);
}

#[test]
fn a_status_field_that_says_not_held() {
    check(
        "Cyber Essentials: Not held (self-reported)",
        &[("cyber_essentials", Some(N))],
    );
    check(
        "| Scheme | Status |\n|---|---|\n| Cyber Essentials Plus | Not currently held |",
        &[("cyber_essentials_plus", Some(N))],
    );
    check("Compliance › SOC 2\nStatus: None", &[("soc2", Some(N))]);
    // Near miss: a field that is held.
    check(
        "Cyber Essentials: held since 2024",
        &[("cyber_essentials", Some(A))],
    );
}
