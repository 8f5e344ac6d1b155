//! What a block says across its cells, lines and sentences: a type given in
//! the answer cell or on the line under its label, a type stated through a
//! copula, a short name ("Plus", "the Act") for a framework named earlier, and
//! an expiry in a list item's aside. Every sentence here is written for the
//! test.

use super::*;

const ORG: Option<Subject> = Some(Subject::Organisation);

/// The mentions read from `text`, knowing the organisation's name.
fn mentions(text: &str, format: ProseFormat) -> Vec<crate::prose::Mention> {
    let names = Names {
        organisation: vec!["Northwind".into()],
        suppliers: vec!["Equinix".into()],
        ..Default::default()
    };
    crate::prose::find_mentions_with(text, format, &test_aliases(), &names)
}

/// Each mention's framework, status and qualifier.
fn typed(text: &str, format: ProseFormat) -> Vec<(String, Option<ClaimedStatus>, Option<String>)> {
    mentions(text, format)
        .into_iter()
        .map(|m| (m.framework, m.status, m.qualifier))
        .collect()
}

fn soc2(
    status: Option<ClaimedStatus>,
    q: Option<&str>,
) -> (String, Option<ClaimedStatus>, Option<String>) {
    ("soc2".to_string(), status, q.map(str::to_string))
}

#[test]
fn an_answer_that_states_a_type_gives_it_to_the_question() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        typed(
            "| Item | Answer |\n|---|---|\n| SOC2 attestation type? | Type II |",
            md
        ),
        vec![soc2(Some(A), Some("type2"))]
    );
    assert_eq!(
        typed("Q: Which SOC 2 report can you share? A: Type 1 report.", md),
        vec![soc2(Some(A), Some("type1"))]
    );
    // In the next paragraph.
    assert_eq!(
        typed(
            "**What type of SOC 2 report do you have?**\n\nA Type 2 report.",
            md
        ),
        vec![soc2(Some(A), Some("type2"))]
    );
    assert_eq!(
        typed(
            "<p>Kind of SOC 2 attestation you hold?</p><p>Type I</p>",
            ProseFormat::Html
        ),
        vec![soc2(Some(A), Some("type1"))]
    );
}

#[test]
fn an_answer_with_more_than_a_type_or_to_another_question_gives_none() {
    let md = ProseFormat::Markdown;
    // The answer says more than the type: read as it stands, with no type.
    assert_eq!(
        typed("SOC 2 report type? Type 2 is planned for next year.", md),
        vec![soc2(Some(Pl), None)]
    );
    // The question does not ask for a type.
    assert_eq!(
        typed("Do you publish SOC 2 reports for suppliers? Type 2.", md),
        vec![soc2(None, None)]
    );
    // A question about someone else's report.
    assert_eq!(
        typed(
            "What type of SOC 2 report does the auditor recommend for a first year? Type 1.",
            md
        ),
        vec![soc2(None, None)]
    );
}

/// Checks the type read from each text, which names SOC 2 once.
fn types_read(cases: &[(&str, Option<&str>)]) {
    for (text, want) in cases {
        let got = typed(text, ProseFormat::Markdown);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].2.as_deref(), *want, "{text}");
    }
}

#[test]
fn a_label_line_takes_the_type_on_the_line_below() {
    assert_eq!(
        typed(
            "**Type of SOC 2 attestation held**\nType II",
            ProseFormat::Markdown
        ),
        vec![soc2(Some(A), Some("type2"))]
    );
    // A label that does not ask for a type leaves a trailing "Type 1" alone.
    types_read(&[("**SOC 2 report held**\nType 1 pending", None)]);
}

#[test]
fn a_label_cell_or_colon_takes_the_type_after_it() {
    assert_eq!(
        typed(
            "<table><tr><th>Item</th><th>Detail</th></tr><tr><td>SOC 2 attestation type</td><td>Type I</td></tr></table>",
            ProseFormat::Html
        ),
        vec![soc2(Some(A), Some("type1"))]
    );
    assert_eq!(
        typed("Kind of SOC 2 report: Type 2", ProseFormat::Text),
        vec![soc2(Some(A), Some("type2"))]
    );
    // The value names more than a type.
    assert_eq!(
        typed(
            "SOC 2 report type: Type 2 planned for 2027",
            ProseFormat::Text
        )[0]
        .2,
        None
    );
}

#[test]
fn a_ticked_or_boxed_line_is_an_item_of_its_own() {
    let found: Vec<_> = mentions(
        "**Accreditations**\n\u{2611} ISO 27001\n\u{2610} SOC 2\n\u{2610} Cyber Essentials Plus",
        ProseFormat::Markdown,
    )
    .into_iter()
    .map(|m| (m.framework, m.status))
    .collect();
    assert_eq!(
        found,
        vec![
            ("iso27001".to_string(), Some(A)),
            ("soc2".to_string(), None),
            ("cyber_essentials_plus".to_string(), None),
        ]
    );
}

#[test]
fn a_label_block_takes_the_type_in_the_block_below() {
    assert_eq!(
        typed("### SOC 2 report type\n\nType II", ProseFormat::Markdown),
        vec![soc2(Some(A), Some("type2"))]
    );
    assert_eq!(
        typed(
            "<dl><dt>Kind of SOC2 attestation available</dt><dd>Type 1</dd></dl>",
            ProseFormat::Html
        ),
        vec![soc2(Some(A), Some("type1"))]
    );
    // Only a type answers a label: a "Yes" below it does not.
    assert_eq!(
        typed("### SOC 2 report type\n\nYes.", ProseFormat::Markdown),
        vec![soc2(None, None)]
    );
    // A label that asks for no type takes none.
    assert_eq!(
        typed("### SOC 2 report\n\nType 2", ProseFormat::Markdown),
        vec![soc2(None, None)]
    );
}

#[test]
fn a_copula_or_colon_after_the_report_states_its_type() {
    types_read(&[
        (
            "Our SOC 2 report is a Type 1, dated March 2026.",
            Some("type1"),
        ),
        (
            "Northwind's latest SOC 2 attestation: Type 2.",
            Some("type2"),
        ),
        // A negation stands between: no type is stated.
        ("Our SOC 2 report is not a Type 2 yet.", None),
        (
            "Our SOC 2 report is now being prepared; Type 2 follows.",
            None,
        ),
    ]);
}

#[test]
fn a_short_name_stands_for_a_framework_named_before_in_the_block() {
    assert_eq!(
        read("We are Cyber Essentials certified and Plus is booked for April."),
        vec![
            (
                "cyber_essentials".into(),
                Some(A),
                Some(Subject::Organisation)
            ),
            (
                "cyber_essentials_plus".into(),
                Some(P),
                Some(Subject::Organisation)
            ),
        ]
    );
    assert_eq!(
        read("Our triage model is limited-risk under the EU AI Act. We comply with the Act."),
        vec![
            ("eu_ai_act".into(), None, None),
            ("eu_ai_act".into(), Some(C), Some(Subject::Organisation)),
        ]
    );
    // Without the full name first, neither word is a mention.
    assert_eq!(
        read("We comply with the Act. Plus is booked for April."),
        vec![]
    );
}

#[test]
fn a_framework_set_against_another_in_an_aside_is_not_claimed() {
    assert_eq!(
        read("We hold Cyber Essentials (the basic level, not Cyber Essentials Plus)."),
        vec![
            (
                "cyber_essentials".into(),
                Some(A),
                Some(Subject::Organisation)
            ),
            ("cyber_essentials_plus".into(), None, None),
        ]
    );
    assert_eq!(
        read("Certified to ISO 27001, not ISO 42001."),
        vec![
            ("iso27001".into(), Some(A), Some(Subject::Organisation)),
            ("iso42001".into(), None, None),
        ]
    );
}

#[test]
fn an_aside_in_a_credentials_line_belongs_to_the_name_before_it() {
    let found = mentions(
        "**Northwind credentials**\nISO 27001 (BSI, until May 2028) \u{b7} SOC 2 Type 2",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].details.valid_to, Some((2028, Some(5))));
    assert_eq!(found[0].details.body.as_deref(), Some("BSI"));
    assert_eq!(found[1].details.valid_to, None);
}

#[test]
fn a_later_step_of_a_story_overtakes_the_earlier_one() {
    for text in [
        "Last year we were working towards ISO 27001; today we are certified.",
        "In 2024 we started preparing for ISO 42001. Since March 2026 we have been certified.",
        "We began our Cyber Essentials Plus project in 2023 and were certified in 2024.",
        "Originally we were pursuing SOC 2, and now we hold a report.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
}

#[test]
fn a_story_without_a_later_time_keeps_its_reading() {
    for text in [
        // Both parts told for the same time: the later one is no later step.
        "We are working towards ISO 27001 and our staff are certified first-aiders.",
        // The later year is a target, not a step taken.
        "We started working towards ISO 42001 in 2025 and will be certified in 2027.",
        // No more than one sentence on.
        "In 2024 we started work on SOC 2. Our office moved. In 2026 we were certified.",
    ] {
        assert_eq!(one(text), (Some(P), ORG), "{text}");
    }
    // A later clause that names another framework speaks for that one.
    assert_eq!(
        read("Last year we began working towards ISO 42001. Today we are ISO 27001 certified."),
        vec![
            ("iso42001".into(), Some(P), ORG),
            ("iso27001".into(), Some(A), ORG),
        ]
    );
}

#[test]
fn a_clause_told_before_its_main_clause_is_an_earlier_step() {
    for text in [
        "After eighteen months of working towards ISO 42001, we were certified in the spring.",
        "Having spent a year preparing for Cyber Essentials Plus, we were certified in March.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // Near miss: a main clause that states no certificate held.
    assert_eq!(
        one("Having finished our gap analysis, we are now working towards ISO 42001."),
        (Some(P), ORG)
    );
}

#[test]
fn this_year_is_later_than_a_story_told_in_the_past() {
    assert_eq!(
        one(
            "Last spring our ISO 42001 programme was still under way. This year, it is complete and certified."
        ),
        (Some(A), ORG)
    );
    // Near miss: "this" that names no period.
    assert_eq!(
        one("Last spring we began working towards ISO 42001. This work is continuing."),
        (Some(P), ORG)
    );
}

#[test]
fn may_before_a_date_is_the_month_not_a_hedge() {
    assert_eq!(
        one("In 2023 we began work towards ISO 27001. In May 2024 we were certified."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("We have held Cyber Essentials since May and renew it every year."),
        (Some(A), ORG)
    );
    // Near miss: the modal still hedges.
    assert_eq!(one("We may be ISO 27001 certified by next year.").0, None);
}

#[test]
fn a_heading_over_a_story_ends_where_the_story_does() {
    for text in [
        "### Cyber Essentials Plus\n\nPreparation started in 2024.\n\nWe were certified in 2025.",
        "### ISO/IEC 27001\n\n- 2023: scoping\n- 2024: certified by LRQA",
    ] {
        let got = read(text);
        assert!(got.iter().all(|(_, s, _)| *s == Some(A)), "{text}: {got:?}");
    }
    // Near miss: a block with no later step keeps the heading in progress.
    assert_eq!(
        read("### ISO/IEC 27001\n\nPreparation started in 2024."),
        vec![("iso27001".into(), Some(P), ORG)]
    );
}

#[test]
fn upkeep_under_a_section_of_work_is_not_work_towards_a_certificate() {
    assert_eq!(
        read(
            "## Coming up\n\n- ISO 27001 surveillance audit in June\n- Cyber Essentials renewal in March"
        ),
        vec![
            ("iso27001".into(), None, None),
            ("cyber_essentials".into(), None, None),
        ]
    );
    // Near miss: a first certification under the same heading is planned.
    assert_eq!(
        read("## Next steps\n\n- ISO 42001 certification"),
        vec![("iso42001".into(), Some(Pl), ORG)]
    );
}

#[test]
fn a_name_alone_on_its_line_titles_the_lines_below() {
    let found = mentions(
        "**ISO/IEC 27001**\n\nCertified by LRQA in 2024.",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.body.as_deref(), Some("LRQA"));
    let found = mentions(
        "<dl><dt>Cyber Essentials</dt><dd>Certified, expires June 2027</dd></dl>",
        ProseFormat::Html,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2027, Some(6))));
    // Near miss: the last item of a list titles nothing after the list.
    assert_eq!(
        statuses_of("- SOC 2\n- Cyber Essentials\n\nUnder way"),
        vec![("soc2".into(), None), ("cyber_essentials".into(), None)]
    );
}

fn statuses_of(text: &str) -> Vec<(String, Option<ClaimedStatus>)> {
    read(text).into_iter().map(|(f, s, _)| (f, s)).collect()
}

#[test]
fn an_aside_after_a_name_gives_its_certificate() {
    let found = mentions(
        "ISO 27001 (certificate IS 654321, issued by BSI)",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.certificate.as_deref(), Some("IS 654321"));
    let found = mentions(
        "Security: Cyber Essentials (IASME), certificate IASME-CE-555555.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(
        found[0].details.certificate.as_deref(),
        Some("IASME-CE-555555")
    );
    // After the certificate's noun too.
    let found = mentions(
        "Controls include SOC 2 certification (certificate SC-2231, NQA).",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.certificate.as_deref(), Some("SC-2231"));
    // Near misses: an aside without a certificate shows nothing held.
    assert_eq!(
        mentions("ISO 42001 (see the table below)", ProseFormat::Text)[0].status,
        None
    );
    assert_eq!(
        mentions(
            "ISO 42001 certification (see the table below)",
            ProseFormat::Text
        )[0]
        .status,
        None
    );
}

#[test]
fn facts_on_the_next_line_under_a_label_or_the_audit_reach_the_claim() {
    let found = mentions(
        "We are ISO 27001 certified.\nCertifying body: NQA",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.body.as_deref(), Some("NQA"));
    let found = mentions(
        "We hold ISO 27001. The audit was led by Intertek.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.body.as_deref(), Some("Intertek"));
    // Near miss: someone else's audit gives nothing.
    let found = mentions(
        "We hold ISO 27001. Their audit was led by Intertek.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.body, None);
}

#[test]
fn no_to_a_question_about_a_held_certificate_denies_the_question_not_the_certificate() {
    for text in [
        "Does your ISO 27001 scope cover the Leeds office? No, only London.",
        "Is Northwind's SOC 2 report a Type 2? No.",
        "Is your Cyber Essentials certificate issued by IASME? No, by another body.",
    ] {
        assert_eq!(one(text), (None, None), "{text}");
    }
    // A question of holding is denied.
    for text in [
        "Do you hold ISO 27001? No.",
        "Does Northwind have a SOC 2 report? No.",
        "Cyber Essentials Plus? No.",
    ] {
        assert_eq!(one(text), (Some(N), ORG), "{text}");
    }
}

/// A text and the (framework, status) of each of its mentions, in order.
type Case<'a> = (&'a str, &'a [(&'a str, Option<ClaimedStatus>)]);

/// Checks each plain text's mentions against its case.
fn reads_plain(cases: &[Case]) {
    for (text, want) in cases {
        let got: Vec<(String, Option<ClaimedStatus>)> = mentions(text, ProseFormat::Text)
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect();
        let want: Vec<(String, Option<ClaimedStatus>)> =
            want.iter().map(|(f, s)| (f.to_string(), *s)).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn closing_hashtags_are_what_a_post_is_about() {
    reads_plain(&[
        (
            "Surveillance audit booked for March; the team is ready. #CyberEssentials",
            &[("cyber_essentials", Some(A))],
        ),
        (
            "We are still working towards it, one control at a time. #ISO42001 #AI",
            &[("iso42001", Some(P))],
        ),
        // A post that says nothing of a status claims nothing.
        (
            "Great turnout at the meetup tonight! #ISO27001 #Northwind",
            &[("iso27001", None)],
        ),
        // A post that names a framework in its text speaks through it; its
        // tags stay tags.
        (
            "We hold Cyber Essentials and are proud of it. #ISO27001",
            &[("cyber_essentials", Some(A)), ("iso27001", None)],
        ),
    ]);
}

#[test]
fn a_hashtag_may_run_a_status_word_into_the_name() {
    reads_plain(&[
        ("#SOC2attested and proud \u{1f680}", &[("soc2", Some(A))]),
        (
            "#CyberEssentialsPlusCertified #Northwind",
            &[("cyber_essentials_plus", Some(A))],
        ),
        // Any other word run in is not the name.
        ("#ISO27001journey #Northwind", &[]),
        ("ISO27001certified", &[]),
    ]);
}

#[test]
fn a_credentials_label_shows_its_bare_items_held() {
    reads_plain(&[
        (
            "Certifications: ISO 27001 \u{b7} SOC 2 (planned) \u{b7} Cyber Essentials",
            &[
                ("iso27001", Some(A)),
                ("soc2", Some(Pl)),
                ("cyber_essentials", Some(A)),
            ],
        ),
        // Another label does not.
        (
            "Topics: ISO 42001 \u{b7} SOC 2 (in progress)",
            &[("iso42001", None), ("soc2", Some(P))],
        ),
        // Nor does a sentence that is no list.
        (
            "Compliance: customers ask about ISO 27001 and SOC 2 (planned).",
            &[("iso27001", None), ("soc2", None)],
        ),
    ]);
}

#[test]
fn a_quote_that_names_the_organisation_as_the_party_it_describes_claims_for_it() {
    for text in [
        "\"We needed an ISO 27001-certified supplier, and Northwind fitted the bill,\" said their CIO.",
        "\"Our board wanted a Cyber Essentials Plus certified partner, so we chose Northwind.\"",
        "We looked for a SOC 2 attested provider; Northwind ticked every box.",
        "\"We wanted an ISO 27001 certified platform and went with Northwind.\"",
        "\"Our IT lead insisted on a Cyber Essentials certified tool; Northwind was the obvious choice.\"",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // Another party chosen, or no choice at all, leaves the role with someone
    // else.
    for text in [
        "\"We needed an ISO 27001-certified supplier, and Equinix fitted the bill.\"",
        "\"We needed an ISO 27001-certified supplier,\" said Northwind's CIO.",
        // A named party described, not a role wanted.
        "Last year Contoso, an ISO 27001 certified retailer, chose Northwind.",
    ] {
        assert_ne!(one(text).1, ORG, "{text}");
    }
}

#[test]
fn a_cell_under_a_framework_column_speaks_of_that_framework() {
    let md = ProseFormat::Markdown;
    // The row names the organisation: a bare value shows the framework held.
    assert_eq!(
        typed(
            "| Supplier | SOC 2 | ISO 27001 |\n|---|---|---|\n| Northwind | Type I | \u{2713} |",
            md
        ),
        vec![
            soc2(None, None),
            ("iso27001".into(), None, None),
            soc2(Some(A), Some("type1")),
            ("iso27001".into(), Some(A), None),
        ]
    );
    // Each column keeps its own status; facts stay in their cell.
    let found = mentions(
        "| Vendor | ISO 42001 | SOC 2 |\n|---|---|---|\n| Northwind | Planned for 2027 | Report (Deloitte) |",
        md,
    );
    let read: Vec<_> = found
        .iter()
        .map(|m| (m.framework.as_str(), m.status))
        .collect();
    assert_eq!(
        read,
        vec![
            ("iso42001", None),
            ("soc2", None),
            ("iso42001", Some(Pl)),
            ("soc2", Some(A))
        ]
    );
    assert_eq!(found[3].details.body.as_deref(), Some("Deloitte"));
    assert_eq!(found[2].details.body, None);
    // Another company's row, and an empty cell, claim nothing for the
    // organisation.
    let other: Vec<_> = mentions(
        "| Vendor | SOC 2 |\n|---|---|\n| Equinix | Type 2 |\n| Northwind | \u{2013} |",
        md,
    )
    .into_iter()
    .map(|m| m.status)
    .collect();
    assert!(other.iter().all(|s| *s != Some(A)), "{other:?}");
}
#[test]
fn a_transcript_line_opens_with_its_speaker() {
    for (text, want) in [
        (
            "Visitor: Are you ISO 27001 certified?\nSam (Northwind): Yes, since 2024.",
            Some(A),
        ),
        (
            "Customer: Do you hold Cyber Essentials Plus?\nAgent: No, not yet.",
            Some(N),
        ),
        (
            "Visitor: SOC 2?\nPriya (Northwind): Yes, we have a SOC 2 report.",
            Some(A),
        ),
        // A speaker who asks and answers in one line.
        (
            "DANA OKAFOR (Northwind): Cyber Essentials Plus? No, we don't have that yet.",
            Some(N),
        ),
        ("Host: ISO 27001?\nGuest: No, not that one.", Some(N)),
        ("Dana (Northwind): SOC 2? Yes, we do.", Some(A)),
        (
            "Dana (Northwind): ISO 27001? That is the one buyers ask about most.",
            None,
        ),
        // Speakers in capitals, and by name after a timestamp.
        (
            "HOST: Do you hold Cyber Essentials Plus?\nDANA OKAFOR: No, not yet.",
            Some(N),
        ),
        (
            "[00:12:01] Host: Is Northwind ISO 27001 certified?\n[00:12:04] Dana Okafor: Yes, since last year.",
            Some(A),
        ),
    ] {
        let got: Vec<_> = mentions(text, ProseFormat::Text)
            .into_iter()
            .map(|m| m.status)
            .collect();
        assert_eq!(got.last().copied().flatten(), want, "{text}");
    }
    // A label that states a status is no speaker.
    assert_eq!(
        typed("Working towards: SOC 2 Type 2", ProseFormat::Text),
        vec![soc2(Some(P), Some("type2"))]
    );
    assert_eq!(
        typed("IN PROGRESS: SOC 2 Type 2", ProseFormat::Text),
        typed("In progress: SOC 2 Type 2", ProseFormat::Text)
    );
}

#[test]
fn not_until_a_date_answers_when_a_certificate_ends() {
    let found = mentions(
        "Visitor: When does your Cyber Essentials certificate expire?\nPriya (Northwind): Not until January 2028.",
        ProseFormat::Text,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2028, Some(1))));
}

#[test]
fn a_label_line_under_a_status_heading_is_an_item_under_it() {
    let found = mentions(
        "### Certifications we hold\n\nISO 27001 \u{2013} BSI \u{2013} since 2021",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.body.as_deref(), Some("BSI"));
    // A sentence under the heading speaks for itself.
    assert_eq!(
        typed(
            "### Certifications we hold\n\nCustomers often ask about SOC 2.",
            ProseFormat::Markdown
        ),
        vec![soc2(None, None)]
    );
    // A heading without a status gives none.
    assert_eq!(
        typed(
            "### Further reading\n\nSOC 2 \u{2013} Deloitte",
            ProseFormat::Markdown
        ),
        vec![soc2(None, None)]
    );
}

#[test]
fn marks_that_open_a_line_lead_their_items() {
    reads_plain(&[
        (
            "\u{2705} Cyber Essentials \u{2705} ISO 27001 \u{23f3} ISO 42001",
            &[
                ("cyber_essentials", Some(A)),
                ("iso27001", Some(A)),
                ("iso42001", Some(P)),
            ],
        ),
        // Marks after their items keep to them.
        (
            "Cyber Essentials \u{2705} ISO 42001 \u{23f3}",
            &[("cyber_essentials", Some(A)), ("iso42001", Some(P))],
        ),
    ]);
}

#[test]
fn a_request_to_the_reader_is_asked_as_a_question() {
    let found = mentions(
        "**Q7 Please confirm your ISO 27001 certification body.**\nBSI \u{2013} certified since May 2025.",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.since_year, Some(2025));
    // Answered in the next block, by a status that names the body.
    let found = mentions(
        "Please confirm your ISO 27001 certification body.\n\nLRQA \u{2013} certified since March 2024.",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.since_year, Some(2024));
    // Unanswered, a request claims nothing.
    assert_eq!(
        typed("Upload your SOC 2 report here.", ProseFormat::Markdown),
        vec![soc2(None, None)]
    );
    // Not addressed to the reader: a statement.
    assert_eq!(
        typed(
            "Please share our SOC 2 report with your auditors.",
            ProseFormat::Markdown
        )[0]
        .1,
        Some(A)
    );
}

#[test]
fn a_list_item_naming_a_framework_as_the_label_of_a_bare_state() {
    assert_eq!(
        statuses_of("- SOC 2: yes\n- ISO 42001: no\n- Cyber Essentials: Not held"),
        vec![
            ("soc2".into(), Some(A)),
            ("iso42001".into(), Some(N)),
            ("cyber_essentials".into(), Some(N)),
        ]
    );
    // Near miss: a label whose value is more than a state, or a label that
    // is more than the name.
    assert_eq!(
        statuses_of("- ISO 42001: no changes this quarter\n- Buyers asking for ISO 27001: none"),
        vec![("iso42001".into(), None), ("iso27001".into(), None)]
    );
}

#[test]
fn a_bare_name_in_a_list_whose_earlier_item_is_held_is_held() {
    assert_eq!(
        statuses_of("- Cyber Essentials Plus certified\n- Single sign-on\n- SOC 2 Type 2 report"),
        vec![
            ("cyber_essentials_plus".into(), Some(A)),
            ("soc2".into(), Some(A)),
        ]
    );
    // Near miss: a list whose earlier item is work under way, and a bare
    // name after the list has ended.
    assert_eq!(
        statuses_of("- ISO 42001 in progress\n- SOC 2"),
        vec![("iso42001".into(), Some(P)), ("soc2".into(), None)]
    );
    assert_eq!(
        statuses_of("- ISO 27001 certified\n\nSee also:\n\n- SOC 2"),
        vec![("iso27001".into(), Some(A)), ("soc2".into(), None)]
    );
}

#[test]
fn a_report_type_in_an_aside_or_a_later_sentence_is_the_report_s() {
    for text in [
        "Our SOC 2 report (Type II) is shared under NDA.",
        "Northwind's SOC 2 report, a Type 2 over six months, is in the data room.",
        "We hold a SOC 2 report. It is a Type 2 report.",
        "## SOC 2\n\nOur current report is Type II.",
    ] {
        let got = typed(text, ProseFormat::Markdown);
        assert_eq!(got, vec![soc2(Some(A), Some("type2"))], "{text}");
    }
    // Near miss: a type ahead, and an aside that opens with something else.
    for text in [
        "We hold a SOC 2 report. Its successor will be a Type 2.",
        "Our SOC 2 report, and a Type 2 next year, are on the roadmap page.",
    ] {
        let got = typed(text, ProseFormat::Markdown);
        assert!(got.iter().all(|(_, _, q)| q.is_none()), "{text}: {got:?}");
    }
}

#[test]
fn a_fact_line_under_a_title_that_is_the_name_shows_the_certificate_held() {
    let found = mentions(
        "### Cyber Essentials\nExpires March 2027",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2027, Some(3))));
    // Near miss: a title with more than the name, and a line that is no fact.
    let found = mentions(
        "### Cyber Essentials for small firms\nExpires March 2027",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].status, None);
    let found = mentions(
        "### Cyber Essentials\nIssued guidance is linked below",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].status, None);
}

#[test]
fn a_sentence_that_says_a_past_lack_changed_ends_it() {
    for text in [
        "Two years ago we were not ISO 27001 certified. That changed in 2025.",
        "In 2024 we had no Cyber Essentials certificate. That has changed.",
        "Last year we were not SOC 2 attested. That is no longer the case.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // Near miss: a change ahead, and a lack told for now.
    for text in [
        "We were not ISO 27001 certified last year. That will change in 2027.",
        "We were not ISO 27001 certified last year. That changed our sales pitch.",
    ] {
        assert_eq!(one(text).0, Some(N), "{text}");
    }
}

#[test]
fn a_later_line_of_a_history_makes_the_earlier_step_history() {
    assert_eq!(
        statuses_of(
            "## Milestones\n\n- 2023: SOC 2 readiness work begins\n- 2024: SOC 2 Type 2 report issued"
        ),
        vec![("soc2".into(), None), ("soc2".into(), Some(A))]
    );
    assert_eq!(
        statuses_of(
            "| Year | Event |\n|---|---|\n| 2022 | Cyber Essentials certified |\n| 2025 | Cyber Essentials lapsed |"
        ),
        vec![
            ("cyber_essentials".into(), None),
            ("cyber_essentials".into(), Some(L))
        ]
    );
    // Near miss: another framework, or no later time, leaves the step.
    assert_eq!(
        statuses_of("- 2024: ISO 42001 in progress\n- 2025: ISO 27001 certified"),
        vec![("iso42001".into(), Some(P)), ("iso27001".into(), Some(A))]
    );
    assert_eq!(
        statuses_of("- ISO 42001 in progress\n- ISO 42001 certified for our first product"),
        vec![("iso42001".into(), Some(P)), ("iso42001".into(), Some(A))]
    );
}

#[test]
fn adding_to_the_scope_of_a_held_certificate_is_upkeep() {
    for text in [
        "We plan to add our new clinic app to the scope of our ISO 27001 certificate.",
        "ISO 42001 scope extension to the triage model: planned for 2027.",
    ] {
        assert_eq!(one(text).0, Some(A), "{text}");
    }
    // Near miss: the framework itself added to a scope is a plan for it.
    assert_eq!(
        one("We plan to add ISO 42001 to our certification scope next year.").0,
        Some(Pl)
    );
}

#[test]
fn a_mark_that_opens_a_line_gives_way_to_the_words_of_its_item() {
    for (text, want) in [
        ("- \u{23f3} ISO 42001, planned for 2028", Some(Pl)),
        ("- \u{1f6a7} SOC 2 Type 2 (planned)", Some(Pl)),
        // Without words of its own the mark states the status.
        ("- \u{23f3} ISO 42001", Some(P)),
    ] {
        let got: Vec<_> = mentions(text, ProseFormat::Markdown)
            .into_iter()
            .map(|m| m.status)
            .collect();
        assert_eq!(got, vec![want], "{text}");
    }
}

#[test]
fn a_later_month_of_the_same_year_is_a_later_step() {
    for text in [
        "The ISO 42001 Stage 1 review ran in October 2025; Stage 2 followed in December 2025 and we were certified in January 2026.",
        "Our SOC 2 fieldwork was under way in May 2026; the report was issued in July 2026.",
        // A month without its year, after a dated step.
        "Stage 1 of our ISO 27001 audit was in March 2026; the certificate was issued in June.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // Near misses: an earlier month named later, and "may" as a verb.
    assert_eq!(
        one("We were preparing for ISO 27001 in June 2026; the Stage 1 visit was in March."),
        (None, None)
    );
    assert_eq!(
        one("Stage 1 of our ISO 27001 audit was in March 2026; we may be certified soon."),
        (Some(P), ORG)
    );
}

#[test]
fn a_lack_told_in_the_past_that_ended_is_a_certificate_held() {
    for text in [
        "We were not ISO 27001 certified until October 2025.",
        "We did not hold Cyber Essentials until this year.",
        "We weren't Cyber Essentials certified until last year.",
        "In 2024 we had no ISO 42001 certificate; today we are certified.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // Near misses: a lack now, a lack ahead of a date, and a lack in the
    // past that nothing later ends.
    for text in [
        "We are not ISO 27001 certified until the audit closes.",
        "We will not hold Cyber Essentials until 2027.",
        "In 2024 we had no ISO 42001 certificate.",
    ] {
        assert_ne!(one(text).0, Some(A), "{text}");
    }
}

#[test]
fn the_certificate_arriving_ends_a_story() {
    for text in [
        "Our ISO 27001 project began in 2024; the certificate arrived in 2025.",
        "We spent 2025 working towards ISO 42001 and certification followed in March 2026.",
    ] {
        assert_eq!(one(text), (Some(A), ORG), "{text}");
    }
    // Near miss: what follows in a plan is listed, not obtained.
    assert_ne!(
        read("Our plan: ISO 27001 certification followed by ISO 42001.")[0].1,
        Some(A)
    );
}

#[test]
fn a_name_with_a_present_end_or_renewal_is_held_with_it() {
    for text in [
        "Cyber Essentials expires on 9 March 2027.",
        "ISO 27001 certificate runs to June 2028.",
        "ISO 27001: next renewal May 2028",
        "Cyber Essentials Plus (expires April 2027)",
    ] {
        let found = mentions(text, ProseFormat::Markdown);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].status, Some(A), "{text}");
        let d = &found[0].details;
        assert!(d.valid_to.is_some() || d.renewal.is_some(), "{text}");
    }
    // Near misses: an end told in the past, and a target.
    for text in [
        "Cyber Essentials expired on 9 March 2026.",
        "ISO 27001: target date June 2027",
    ] {
        assert_ne!(
            mentions(text, ProseFormat::Markdown)[0].status,
            Some(A),
            "{text}"
        );
    }
}

#[test]
fn facts_shared_out_respectively_go_to_the_names_in_order() {
    let found = mentions(
        "Cyber Essentials and Cyber Essentials Plus expire on 9 March 2027 and 2 April 2027 respectively.",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2027, Some(3))));
    assert_eq!(found[1].details.valid_to, Some((2027, Some(4))));
    let found = mentions(
        "We hold ISO 27001 and ISO 42001, certified by NQA and SGS respectively.",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].details.body.as_deref(), Some("NQA"));
    assert_eq!(found[1].details.body.as_deref(), Some("SGS"));
    // Near miss: a list of another length gives no one its facts.
    let found = mentions(
        "We hold ISO 27001 and ISO 42001, certified by NQA, SGS and Kiwa respectively.",
        ProseFormat::Markdown,
    );
    assert!(found.iter().all(|m| m.details.body.is_none()), "{found:?}");
}

#[test]
fn a_request_answered_after_its_colon_gives_the_certificate_s_facts() {
    for (text, number) in [
        (
            "Please upload your Cyber Essentials certificate: IASME-CE-020406, issued by IASME.",
            "IASME-CE-020406",
        ),
        (
            "Provide your ISO 27001 certificate number: QX 100200.",
            "QX 100200",
        ),
    ] {
        let found = mentions(text, ProseFormat::Text);
        assert_eq!(found[0].status, Some(A), "{text}");
        assert_eq!(found[0].subject, ORG, "{text}");
        assert_eq!(
            found[0].details.certificate.as_deref(),
            Some(number),
            "{text}"
        );
    }
    // Near misses: a request answered with no fact, a request with no
    // answer, and a requirement on someone else.
    for text in [
        "Please provide your ISO 27001 certificate number: to follow after the audit.",
        "Please provide your ISO 27001 certificate number.",
        "Provide a subcontractor's ISO 27001 certificate: issued by a UKAS-accredited body such as NQA.",
    ] {
        assert_ne!(
            mentions(text, ProseFormat::Text)[0].status,
            Some(A),
            "{text}"
        );
    }
}

#[test]
fn a_certificate_noun_or_a_body_alone_labels_a_held_certificate() {
    for (text, body) in [
        ("ISO 42001 certification: March 2026, by NQA.", "NQA"),
        (
            "Assurance: ISO 27001 (SGS); penetration tested yearly.",
            "SGS",
        ),
        (
            "ISO 27001 (certified by Kiwa) and Cyber Essentials.",
            "Kiwa",
        ),
    ] {
        let found = mentions(text, ProseFormat::Text);
        assert_eq!(found[0].status, Some(A), "{text}");
        assert_eq!(found[0].details.body.as_deref(), Some(body), "{text}");
    }
    // Near miss: an aside that names a body's guidance, not the body.
    assert_ne!(
        mentions(
            "ISO 27001 (SGS guidance) shaped our controls.",
            ProseFormat::Text
        )[0]
        .status,
        Some(A)
    );
}

#[test]
fn a_typed_report_alone_as_a_list_item_is_held() {
    assert_eq!(
        typed(
            "Assurance: ISO 27001 (SGS); SOC 2 Type 2 report.",
            ProseFormat::Text
        )[1],
        soc2(Some(A), Some("type2"))
    );
    // Near misses: a report that is the object of a verb, and one with no
    // type.
    for text in [
        "Download the SOC 2 Type 2 report.",
        "Security: SOC 2 report.",
    ] {
        assert_ne!(typed(text, ProseFormat::Text)[0].1, Some(A), "{text}");
    }
}

#[test]
fn a_certificate_given_to_the_organisation_is_held() {
    assert_eq!(
        one("The certification ISO 27001 was given to Northwind in 2025 by NQA."),
        (Some(A), ORG)
    );
    // Near miss: a certification given priority is no certificate.
    assert_ne!(
        one("ISO 27001 certification was given priority this year.").0,
        Some(A)
    );
}

#[test]
fn a_later_sentence_on_the_next_renewal_gives_its_date() {
    let found = mentions(
        "We hold ISO 27001. Our next renewal is in March 2028.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.renewal, Some((2028, Some(3))));
    // Near miss: a renewal of someone else's.
    let found = mentions(
        "We hold ISO 27001. Their next renewal is in March 2028.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.renewal, None);
}

#[test]
fn a_fact_after_a_comma_belongs_to_the_certificate_before_it() {
    let found = mentions(
        "We hold a Cyber Essentials Plus certificate, issued by IASME, and ISO 27001 from NQA.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.body.as_deref(), Some("IASME"));
    assert_eq!(found[1].details.body.as_deref(), Some("NQA"));
    let found = mentions(
        "We hold ISO 27001, valid until June 2028, and Cyber Essentials.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.valid_to, Some((2028, Some(6))));
    // Near miss: a participle without its agent opens no fact.
    let found = mentions(
        "We hold ISO 27001, certified staff run it, and SOC 2 by Example Assurance.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.body, None);
}

#[test]
fn a_hashtag_after_the_facts_leaves_them_to_the_claim_before() {
    let found = mentions(
        "Cyber Essentials certified. Certificate IASME-CE-013579, valid until March 2028. #CyberEssentials",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.valid_to, Some((2028, Some(3))));
    assert_eq!(
        found[0].details.certificate.as_deref(),
        Some("IASME-CE-013579")
    );
    // Near miss: a name with a status of its own in the facts' sentence
    // takes them.
    let found = mentions(
        "Cyber Essentials certified. We also hold ISO 27001, valid until March 2028.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.valid_to, None);
}

#[test]
fn a_card_titled_with_a_name_and_fact_file_holds_its_facts() {
    for title in ["**ISO 42001**", "**ISO 42001 fact file**"] {
        let text = format!("{title}\n- Certificate: AIMS 800421\n- Valid to: February 2029");
        let got = mentions(&text, ProseFormat::Markdown);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].status, Some(ClaimedStatus::Achieved), "{text}");
        assert_eq!(got[0].details.certificate.as_deref(), Some("AIMS 800421"));
    }
    // Near miss: a title of other words is not the certificate's card.
    let got = mentions(
        "**ISO 42001 training plan**\n- Valid to: February 2029",
        ProseFormat::Markdown,
    );
    assert_eq!(got[0].status, None);
}

#[test]
fn a_record_whose_field_names_the_standard_holds_its_facts() {
    for text in [
        "- Standard: ISO 42001\n- Certificate: AIMS 800421\n- Issued by: BSI\n- Valid to: 15 Feb 2028",
        "Scheme: ISO 42001 (AIMS)\nNumber: AIMS 800421\nValid until: February 2029",
        "Certificate: ISO 42001\n(a) Certification body: BSI\n(b) Valid until: February 2029",
    ] {
        let got = mentions(text, ProseFormat::Markdown);
        assert_eq!(got[0].status, Some(ClaimedStatus::Achieved), "{text}");
        assert!(got[0].details.valid_to.is_some(), "{text}: {got:?}");
    }
    // Near miss: a supplier's record is not ours.
    let got = mentions(
        "Supplier: Hetzner\nStandard: ISO 27001\nValid until: May 2028",
        ProseFormat::Text,
    );
    assert_eq!(got[0].status, None, "{got:?}");
    // Nor is a standard named in any other field.
    let got = mentions(
        "Training: ISO 27001\nValid until: May 2028",
        ProseFormat::Text,
    );
    assert_eq!(got[0].status, None, "{got:?}");
}

#[test]
fn a_definition_term_and_its_value_state_a_fact() {
    let found = mentions(
        "<h2>Cyber Essentials certificate</h2><dl><dt>Certificate no.</dt><dd>IASME-CE-013579</dd>\
         <dt>Valid until</dt><dd>09/03/2028</dd></dl>",
        ProseFormat::Html,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].details.valid_to, Some((2028, Some(3))));
    assert_eq!(
        found[0].details.certificate.as_deref(),
        Some("IASME-CE-013579")
    );
    let found = mentions(
        "<dl><dt>ISO/IEC 27001</dt><dd>Certified (LRQA)</dd><dt>Next recertification audit</dt>\
         <dd>October 2028</dd></dl>",
        ProseFormat::Html,
    );
    assert_eq!(found[0].details.renewal, Some((2028, Some(10))));
    // Near miss: a term that is a sentence of its own completes nothing.
    let found = mentions(
        "<h2>Cyber Essentials certificate</h2><dl><dt>We renew every year.</dt><dd>09/03/2028</dd></dl>",
        ProseFormat::Html,
    );
    assert_eq!(found[0].details.valid_to, None);
}

#[test]
fn a_status_line_below_a_named_scheme_gives_it_its_status() {
    let found = mentions(
        "Scheme: Cyber Essentials Plus\nCertificate: IASME-CE-013579\nStatus: Certified \u{2713}",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    // Near misses: a status of something else, or two schemes named before.
    let found = mentions(
        "Scheme: Cyber Essentials Plus\n\nStatus page: all systems operational",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].status, None);
    let found = mentions(
        "Schemes: Cyber Essentials, ISO 27001\n\nStatus: Certified",
        ProseFormat::Markdown,
    );
    assert!(found.iter().all(|m| m.status.is_none()));
}

#[test]
fn a_recertification_that_falls_due_dates_the_renewal() {
    let found = mentions(
        "Our ISO/IEC 27001 certificate was renewed in May 2025 and the next recertification \
         audit falls due in August 2028.",
        ProseFormat::Markdown,
    );
    assert_eq!(found[0].details.renewal, Some((2028, Some(8))));
}
