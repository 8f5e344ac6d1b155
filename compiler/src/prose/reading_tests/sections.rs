//! What a block states apart from the claim: a heading written as a list's
//! title ("Certificates held", "What we don't have (yet)") over the lines
//! under it, and a certificate's facts on a later line, sentence or cell of
//! the block ("The certificate was issued by BSI", "Expires | May 2028"), or
//! as the value of a label that is the framework's name. Every sentence here
//! is written for the test.

use super::*;

/// A mention's framework, status, body, certificate number and expiry.
type Facts = (
    String,
    Option<ClaimedStatus>,
    Option<String>,
    Option<String>,
    Option<(i16, Option<i8>)>,
);

/// Each mention's framework, status and facts (body, certificate, expiry).
fn facts(text: &str, format: ProseFormat) -> Vec<Facts> {
    let names = Names {
        organisation: vec!["Northwind".into()],
        suppliers: vec!["Equinix".into()],
        ..Default::default()
    };
    crate::prose::find_mentions_with(text, format, &test_aliases(), &names)
        .into_iter()
        .map(|m| {
            (
                m.framework,
                m.status,
                m.details.body,
                m.details.certificate,
                m.details.valid_to,
            )
        })
        .collect()
}

fn statuses(text: &str, format: ProseFormat) -> Vec<(String, Option<ClaimedStatus>)> {
    facts(text, format)
        .into_iter()
        .map(|(f, s, ..)| (f, s))
        .collect()
}

fn pairs(want: &[(&str, Option<ClaimedStatus>)]) -> Vec<(String, Option<ClaimedStatus>)> {
    want.iter().map(|(f, s)| (f.to_string(), *s)).collect()
}

#[test]
fn a_title_of_credentials_and_a_state_gives_the_list_its_status() {
    let md = "## Accreditations held\n\n- ISO 27001\n- Cyber Essentials\n\n## Certifications under way\n\n- ISO 42001\n\n## What we do not have yet\n\n- SOC 2\n";
    assert_eq!(
        statuses(md, ProseFormat::Markdown),
        pairs(&[
            ("iso27001", Some(A)),
            ("cyber_essentials", Some(A)),
            ("iso42001", Some(P)),
            ("soc2", Some(N)),
        ])
    );
    let html = "<h3>Certificates held</h3><ul><li>SOC 2 Type II</li></ul><h3>Future certifications</h3><ul><li>ISO 42001</li></ul>";
    assert_eq!(
        statuses(html, ProseFormat::Html),
        pairs(&[("soc2", Some(A)), ("iso42001", Some(Pl))])
    );
    // A table under the title takes it too.
    let table = "### Former certifications\n\n| Standard | Notes |\n|---|---|\n| ISO 27001 | moved to a new scheme |\n";
    assert_eq!(
        statuses(table, ProseFormat::Markdown),
        pairs(&[("iso27001", Some(L))])
    );
}

#[test]
fn a_title_without_a_credential_or_a_state_gives_nothing() {
    // "held" of data, "previous" of releases: no credential is named.
    let md = "## Data held on your behalf\n\n- ISO 27001\n\n## Previous releases\n\n- SOC 2\n\n## Security\n\n- ISO 42001\n";
    assert_eq!(
        statuses(md, ProseFormat::Markdown),
        pairs(&[("iso27001", None), ("soc2", None), ("iso42001", None)])
    );
}

#[test]
fn a_later_sentence_about_the_certificate_gives_its_facts() {
    let md = ProseFormat::Markdown;
    // The next sentence, the next paragraph, "it".
    assert_eq!(
        facts(
            "We are certified to ISO 42001. The certificate was issued by LRQA.",
            md
        ),
        vec![("iso42001".into(), Some(A), Some("LRQA".into()), None, None)]
    );
    assert_eq!(
        facts(
            "Northwind holds Cyber Essentials Plus.\n\nIt runs until March 2027.",
            md
        ),
        vec![(
            "cyber_essentials_plus".into(),
            Some(A),
            None,
            None,
            Some((2027, Some(3)))
        )]
    );
    // A card's label/value lines in a table.
    assert_eq!(
        facts(
            "Our ISO 27001 certificate is current.\n\n| Certificate no. | NW-27K-0042 |\n|---|---|\n| Expires | 30 June 2029 |",
            md
        ),
        vec![(
            "iso27001".into(),
            Some(A),
            None,
            Some("NW-27K-0042".into()),
            Some((2029, Some(6)))
        )]
    );
    // Plain text, lines of a card.
    assert_eq!(
        facts(
            "We hold SOC 2 Type 2.\nAuditor: Schellman\nIssued by Schellman in 2026.",
            ProseFormat::Text
        ),
        vec![("soc2".into(), Some(A), Some("Schellman".into()), None, None)]
    );
    // A title that names the framework and "our certificate" below it.
    assert_eq!(
        facts(
            "<h2>Two years with ISO 27001</h2><p>Northwind's certificate was issued by BSI and runs to May 2028.</p>",
            ProseFormat::Html
        ),
        vec![(
            "iso27001".into(),
            Some(A),
            Some("BSI".into()),
            None,
            Some((2028, Some(5)))
        )]
    );
}

#[test]
fn facts_are_not_carried_across_topics_or_to_someone_else() {
    let md = ProseFormat::Markdown;
    // Two frameworks before the sentence: which certificate is unclear.
    assert_eq!(
        facts(
            "We hold ISO 27001 and Cyber Essentials. The certificate was issued by IASME.",
            md
        ),
        vec![
            ("iso27001".into(), Some(A), None, None, None),
            ("cyber_essentials".into(), Some(A), None, None, None),
        ]
    );
    // A heading changes the topic.
    assert_eq!(
        facts(
            "We hold ISO 27001.\n\n## Hosting\n\nThe certificate was issued by BSI.",
            md
        ),
        vec![("iso27001".into(), Some(A), None, None, None)]
    );
    // Someone else's certificate.
    assert_eq!(
        facts(
            "We hold ISO 27001. Our supplier's certificate was issued by LRQA.\n\nEquinix's certificate expires in 2027.",
            md
        ),
        vec![("iso27001".into(), Some(A), None, None, None)]
    );
    // A plan has no certificate to give facts to.
    assert_eq!(
        facts(
            "We plan to certify to ISO 42001. The audit will be run by BSI.",
            md
        ),
        vec![("iso42001".into(), Some(Pl), None, None, None)]
    );
    // A sentence that refers to nothing before: "since 2015" is the company's.
    assert_eq!(
        facts("We hold ISO 27001. We have traded since 2015.", md),
        vec![("iso27001".into(), Some(A), None, None, None)]
    );
}

#[test]
fn a_framework_label_whose_value_is_its_certificate_shows_it_held() {
    assert_eq!(
        facts(
            "ISO 42001: certificate AI-2026-0117 (LRQA)",
            ProseFormat::Markdown
        ),
        vec![(
            "iso42001".into(),
            Some(A),
            Some("LRQA".into()),
            Some("AI-2026-0117".into()),
            None
        )]
    );
    assert_eq!(
        facts(
            "**Cyber Essentials** \u{2013} IASME, valid until October 2027",
            ProseFormat::Markdown
        ),
        vec![(
            "cyber_essentials".into(),
            Some(A),
            Some("IASME".into()),
            None,
            Some((2027, Some(10)))
        )]
    );
    // A label whose value is no certificate's fact claims nothing.
    assert_eq!(
        statuses(
            "ISO 27001: a guide to the controls, by BSI",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", None)])
    );
    assert_eq!(
        statuses("SOC 2: see 2027 roadmap", ProseFormat::Text),
        pairs(&[("soc2", Some(Pl))])
    );
}

#[test]
fn a_later_paragraph_that_refers_back_tells_what_became_of_the_framework() {
    let md = ProseFormat::Markdown;
    // A story over paragraphs: the latest step wins.
    assert_eq!(
        statuses(
            "Our SOC 2 programme started in 2024.\n\nIn 2025 we were attested.",
            md
        ),
        pairs(&[("soc2", Some(A))])
    );
    assert_eq!(
        statuses(
            "We began preparing for ISO 42001 last year.\n\nThe auditors visited twice.\n\nNow we are certified.",
            md
        ),
        pairs(&[("iso42001", Some(A))])
    );
    assert_eq!(
        statuses(
            "<p>Northwind held Cyber Essentials for three years.</p><p>The certificate lapsed in 2025.</p>",
            ProseFormat::Html
        ),
        pairs(&[("cyber_essentials", Some(L))])
    );
    // A general sentence about the standard, then "we achieved it".
    assert_eq!(
        statuses(
            "ISO 27001 is the standard for security management.\nWe achieved it in 2023.",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", Some(A))])
    );
}

#[test]
fn a_later_paragraph_does_not_refer_back_across_a_heading_or_two_frameworks() {
    let md = ProseFormat::Markdown;
    // A heading changes the topic.
    assert_eq!(
        statuses(
            "We started on ISO 27001 in 2024.\n\n## Careers\n\nToday we are certified as a great place to work.",
            md
        ),
        pairs(&[("iso27001", Some(P))])
    );
    // Two frameworks named before: "it" could be either.
    assert_eq!(
        statuses(
            "We hold ISO 27001 and Cyber Essentials.\n\nIt lapsed in 2025.",
            md
        ),
        pairs(&[("iso27001", Some(A)), ("cyber_essentials", Some(A))])
    );
    // Work under way is not overtaken by a step told for no later time.
    assert_eq!(
        statuses(
            "We are working towards ISO 42001.\n\nWe expect it to be complete in June.",
            md
        ),
        pairs(&[("iso42001", Some(P))])
    );
}

#[test]
fn an_elided_predicate_set_against_others_is_the_organisations() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        statuses(
            "Not every vendor is certified to ISO 42001, but we are.",
            md
        ),
        pairs(&[("iso42001", Some(A))])
    );
    assert_eq!(
        statuses(
            "No other supplier in our sector holds Cyber Essentials Plus, but Northwind does.",
            md
        ),
        pairs(&[("cyber_essentials_plus", Some(A))])
    );
    assert_eq!(
        statuses(
            "<p>Plenty of our competitors hold ISO 27001; we do too.</p>",
            ProseFormat::Html
        ),
        pairs(&[("iso27001", Some(A))])
    );
    // Denied: the organisation does not share what others hold.
    assert_eq!(
        statuses(
            "Most of our rivals hold SOC 2 reports, but we don't yet.",
            ProseFormat::Text
        ),
        pairs(&[("soc2", Some(N))])
    );
}

#[test]
fn a_contrast_without_an_elided_predicate_gives_nothing() {
    let md = ProseFormat::Markdown;
    // The last clause has its own predicate, or another subject.
    assert_eq!(
        statuses("Not every supplier holds ISO 27001, but we require it.", md),
        pairs(&[("iso27001", None)])
    );
    assert_eq!(
        statuses("Not every supplier holds ISO 27001, but they should.", md),
        pairs(&[("iso27001", None)])
    );
    // No contrast: "as do we" is read elsewhere; a plain list of others is not ours.
    assert_eq!(
        statuses("Many suppliers hold ISO 27001 and we audit them.", md),
        pairs(&[("iso27001", None)])
    );
}

#[test]
fn a_short_name_stands_for_a_framework_named_earlier_in_the_block() {
    assert_eq!(
        statuses(
            "We hold Cyber Essentials.\n\nWe are working towards Plus this spring.",
            ProseFormat::Markdown
        ),
        pairs(&[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(P))
        ])
    );
    assert_eq!(
        statuses(
            "<p>Our triage tool is a high-risk system under the EU AI Act.</p><p>We are fully compliant with the Act.</p>",
            ProseFormat::Html
        ),
        pairs(&[("eu_ai_act", None), ("eu_ai_act", Some(C))])
    );
    // A heading starts a new block: "Plus" there is a plan's name.
    assert_eq!(
        statuses(
            "We hold Cyber Essentials.\n\n## Pricing\n\nThe Plus plan is planned for 2027.",
            ProseFormat::Markdown
        ),
        pairs(&[("cyber_essentials", Some(A))])
    );
    // "Plus" opening a paragraph as its subject.
    assert_eq!(
        statuses(
            "Northwind holds Cyber Essentials.\n\nPlus is planned for the autumn.",
            ProseFormat::Markdown
        ),
        pairs(&[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(Pl))
        ])
    );
    // "Plus," opening a sentence is a conjunction, as is "Plus" before "we".
    assert_eq!(
        statuses(
            "We hold Cyber Essentials.\nPlus, our whole team is certified in first aid. Plus we are certified as a living-wage employer.",
            ProseFormat::Text
        ),
        pairs(&[("cyber_essentials", Some(A))])
    );
}

/// Each mention's framework, status and body.
fn bodies(text: &str, format: ProseFormat) -> Vec<(String, Option<ClaimedStatus>, Option<String>)> {
    facts(text, format)
        .into_iter()
        .map(|(f, s, b, ..)| (f, s, b))
        .collect()
}

#[test]
fn a_body_engaged_for_a_framework_shows_its_certificate() {
    assert_eq!(
        bodies(
            "Northwind selected NQA for ISO 27001 and SGS for ISO 42001.",
            ProseFormat::Markdown
        ),
        vec![
            ("iso27001".into(), Some(A), Some("NQA".into())),
            ("iso42001".into(), Some(A), Some("SGS".into())),
        ]
    );
    assert_eq!(
        bodies(
            "<p>We appointed Coalfire for our SOC 2 examination.</p>",
            ProseFormat::Html
        ),
        vec![("soc2".into(), Some(A), Some("Coalfire".into()))]
    );
    // Someone else engaged it, or it is no body engaged for a certificate.
    assert_eq!(
        bodies(
            "Many clients used BSI for ISO 27001. We used DNV's toolkit for ISO 42001.",
            ProseFormat::Markdown
        ),
        vec![
            ("iso27001".into(), None, None),
            ("iso42001".into(), None, None)
        ]
    );
}

#[test]
fn a_body_that_answers_who_certified_shows_the_certificate() {
    assert_eq!(
        bodies(
            "Q: Which auditor issued your SOC 2 report? A: Schellman, in March.",
            ProseFormat::Markdown
        ),
        vec![("soc2".into(), Some(A), Some("Schellman".into()))]
    );
    assert_eq!(
        bodies(
            "Who is your ISO 27001 registrar? It is LRQA, as it has been since 2021.",
            ProseFormat::Text
        ),
        vec![("iso27001".into(), Some(A), Some("LRQA".into()))]
    );
    // In the next paragraph.
    assert_eq!(
        bodies(
            "**Who audited your SOC 2 report?**\n\nA-LIGN did, last spring.",
            ProseFormat::Markdown
        ),
        vec![("soc2".into(), Some(A), Some("A-LIGN".into()))]
    );
    // A question about which body to choose is no question about a
    // certificate held, in the same paragraph or the next.
    assert_eq!(
        bodies(
            "<p>Which auditor do you suggest for SOC 2?</p><p>Schellman.</p>",
            ProseFormat::Html
        ),
        vec![("soc2".into(), None, None)]
    );
    assert_eq!(
        bodies(
            "Which body would you recommend for ISO 27001? BSI is popular.",
            ProseFormat::Markdown
        ),
        vec![("iso27001".into(), None, None)]
    );
}

#[test]
fn a_shields_badge_says_its_status_in_its_address() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        statuses(
            "[![SOC 2](https://img.shields.io/badge/SOC%202-in%20progress-orange)](https://example.com/trust)",
            md
        ),
        pairs(&[("soc2", Some(P))])
    );
    assert_eq!(
        statuses(
            "![Cyber Essentials](https://img.shields.io/badge/Cyber_Essentials-planned-lightgrey.svg)",
            md
        ),
        pairs(&[("cyber_essentials", Some(Pl))])
    );
    assert_eq!(
        statuses(
            "![ISO 42001](https://img.shields.io/badge/ISO--IEC_42001-aligned-blue)",
            md
        ),
        pairs(&[("iso42001", Some(Al))])
    );
    // A badge from another address, or about something else, is read as before.
    assert_eq!(
        statuses("![ISO 27001 certified](badges/iso.svg)", md),
        pairs(&[("iso27001", Some(A))])
    );
    assert_eq!(
        statuses(
            "![build](https://img.shields.io/badge/build-passing-green) We follow ISO 27001.",
            md
        ),
        pairs(&[("iso27001", Some(Al))])
    );
}

#[test]
fn a_strip_of_bare_names_between_dots_shows_them_held() {
    assert_eq!(
        statuses(
            "<p>Loved by 500 hospitals \u{b7} ISO 42001 \u{b7} SOC 2 Type 2</p>",
            ProseFormat::Html
        ),
        pairs(&[("iso42001", Some(A)), ("soc2", Some(A))])
    );
    assert_eq!(
        statuses(
            "Cyber Essentials Plus \u{2022} ISO 27001 certified \u{2022} SOC 2",
            ProseFormat::Markdown
        ),
        pairs(&[
            ("cyber_essentials_plus", Some(A)),
            ("iso27001", Some(A)),
            ("soc2", Some(A))
        ])
    );
    // A short label that ends in a credentials word.
    assert_eq!(
        statuses(
            "**Our accreditations:** ISO 27001 \u{b7} Cyber Essentials",
            ProseFormat::Markdown
        ),
        pairs(&[("iso27001", Some(A)), ("cyber_essentials", Some(A))])
    );
    // Items that say more than a name, or a strip with work in progress.
    assert_eq!(
        statuses(
            "Guides \u{b7} ISO 27001 explained \u{b7} SOC 2 checklist",
            ProseFormat::Markdown
        ),
        pairs(&[("iso27001", None), ("soc2", None)])
    );
    assert_eq!(
        statuses(
            "Templates for: ISO 27001 \u{b7} SOC 2 \u{b7} ISO 42001",
            ProseFormat::Markdown
        ),
        pairs(&[("iso27001", None), ("soc2", None), ("iso42001", None)])
    );
}

#[test]
fn a_credentials_label_after_a_rating_line_opens_the_list() {
    assert_eq!(
        statuses(
            "### Northwind \u{2013} Route Planner\n\u{2605}\u{2605}\u{2605}\u{2605}\u{2606} (12 reviews)\n**Trust & certifications:** SOC 2 \u{b7} ISO 42001",
            ProseFormat::Markdown
        ),
        pairs(&[("soc2", Some(A)), ("iso42001", Some(A))])
    );
    // A sentence that ends before the label is not part of it, and a label
    // of many words is a sentence.
    assert_eq!(
        statuses(
            "Read our guide. Topics we cover for clients seeking compliance: ISO 27001 \u{b7} SOC 2",
            ProseFormat::Markdown
        ),
        pairs(&[("iso27001", None), ("soc2", None)])
    );
}

#[test]
fn a_two_cell_row_states_its_status_in_its_second_cell() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        statuses(
            "| Scheme | Position at 31 March |\n|---|---|\n| SOC 2 | Not yet held |\n| ISO 42001 | Held |",
            md
        ),
        pairs(&[("soc2", Some(N)), ("iso42001", Some(A))])
    );
    assert_eq!(
        bodies(
            "<table><tr><th>Scheme</th><th>Where we are</th></tr><tr><td>SOC 2</td><td>Type 1 report, June 2026</td></tr></table>",
            ProseFormat::Html
        ),
        vec![("soc2".into(), Some(A), None)]
    );
    // A third cell may name someone else; a cell of other words states nothing.
    assert_eq!(
        statuses(
            "| Supplier | Scheme | Position |\n|---|---|---|\n| Equinix | ISO 27001 | Held |",
            md
        ),
        pairs(&[("iso27001", None)])
    );
    assert_eq!(
        statuses(
            "| Scheme | Notes |\n|---|---|\n| ISO 27001 | Held in high regard by buyers |",
            md
        ),
        pairs(&[("iso27001", None)])
    );
}

#[test]
fn a_tracker_row_of_many_cells_states_its_status_in_one_of_them() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        statuses(
            "| Framework | Body | Expiry | Status |\n|---|---|---|---|\n| ISO 27001 | BSI | Exp 19/05/2028 | Certified |\n| SOC 2 Type II | Auditor TBC | Q3 | Planned |",
            md
        ),
        pairs(&[
            ("iso27001", Some(A)),
            ("soc2", Some(ClaimedStatus::Planned))
        ])
    );
    // A cell that only mentions the standard says nothing of holding it; an
    // owner's role in a later cell is not who holds it.
    assert_eq!(
        statuses(
            "| Item | Owner | Status |\n|---|---|---|\n| Gap review against ISO 27001 | Priya | Complete |\n| ISO 42001 | CISO | Planned |",
            md
        ),
        pairs(&[
            ("iso27001", None),
            ("iso42001", Some(ClaimedStatus::Planned))
        ])
    );
}

#[test]
fn comma_separated_lines_are_rows_of_a_table() {
    assert_eq!(
        statuses(
            "Framework,Status,Owner\nISO 27001,Certified,Priya Shah\nISO 42001,Planned,Tom Reyes",
            ProseFormat::Text
        ),
        pairs(&[
            ("iso27001", Some(A)),
            ("iso42001", Some(ClaimedStatus::Planned))
        ])
    );
    // Commas followed by a space are a sentence's.
    assert_eq!(
        statuses(
            "We reviewed ISO 27001, SOC 2, and our own policies this year.",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", None), ("soc2", None)])
    );
}

#[test]
fn a_credentials_label_with_an_aside_heads_a_list_split_by_semicolons() {
    assert_eq!(
        statuses(
            "**Schedule 3 \u{2013} Certifications of the Supplier (Northwind Ltd):** ISO 42001; SOC 2 Type 2; Cyber Essentials (renewal booked).",
            ProseFormat::Markdown
        ),
        pairs(&[
            ("iso42001", Some(A)),
            ("soc2", Some(A)),
            ("cyber_essentials", Some(A))
        ])
    );
    // A label about something else, or a sentence with semicolons.
    assert_eq!(
        statuses(
            "Schedule 4 \u{2013} Requirements of the Customer: ISO 42001; SOC 2.",
            ProseFormat::Markdown
        ),
        pairs(&[("iso42001", None), ("soc2", None)])
    );
}

#[test]
fn an_elided_object_set_against_others_is_the_organisations() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        statuses("Few vendors hold a SOC 2 report, but we have one.", md),
        pairs(&[("soc2", Some(A))])
    );
    assert_eq!(
        statuses(
            "Most suppliers in our sector hold ISO 27001; we don't have it yet.",
            md
        ),
        pairs(&[("iso27001", Some(N))])
    );
    // Another verb, or another object.
    assert_eq!(
        statuses("Few vendors hold a SOC 2 report, but we want one.", md),
        pairs(&[("soc2", None)])
    );
}

#[test]
fn items_under_requirements_for_others_claim_nothing_for_the_organisation() {
    let md = ProseFormat::Markdown;
    assert_eq!(
        statuses(
            "### Requirements for subcontractors\n\n- A current Cyber Essentials Plus certificate\n- ISO 27001 certified hosting",
            md
        ),
        pairs(&[("cyber_essentials_plus", None), ("iso27001", None)])
    );
    // An item that speaks for the organisation still does.
    assert_eq!(
        statuses(
            "## What we ask of our vendors\n\n- SOC 2 Type 2 report\n- We hold ISO 27001 ourselves",
            md
        ),
        pairs(&[("soc2", None), ("iso27001", Some(A))])
    );
    // The next heading ends the requirements.
    assert_eq!(
        statuses(
            "## Vendor requirements\n\n- SOC 2 Type 2 report\n\n## Certificates held\n\n- ISO 27001",
            md
        ),
        pairs(&[("soc2", None), ("iso27001", Some(A))])
    );
}

#[test]
fn a_roadmap_label_gives_the_names_after_it_their_status() {
    let txt = ProseFormat::Text;
    assert_eq!(
        statuses("Shipped: Cyber Essentials Plus certification", txt),
        pairs(&[("cyber_essentials_plus", Some(A))])
    );
    assert_eq!(
        statuses("Shipped in Q2 2026: ISO 27001 recertification", txt),
        pairs(&[("iso27001", Some(A))])
    );
    assert_eq!(
        statuses("Up next: SOC 2 Type 2", txt),
        pairs(&[("soc2", Some(Pl))])
    );
    assert_eq!(
        statuses("Now / Next / Later\nNow: ISO 42001 gap analysis", txt),
        pairs(&[("iso42001", Some(P))])
    );
    assert_eq!(
        statuses("Doing: Cyber Essentials Plus", txt),
        pairs(&[("cyber_essentials_plus", Some(P))])
    );
    assert_eq!(
        statuses(
            "Please upload your latest SOC 2 report. Attached: Northwind SOC 2 Type 2 report, period to June 2026.",
            txt
        ),
        pairs(&[("soc2", None), ("soc2", Some(A))])
    );
    // The item's own words decide; a label that is no roadmap stage gives
    // nothing.
    assert_eq!(
        statuses("Later: ISO 42001, audit already booked", txt),
        statuses("ISO 42001, audit already booked", txt)
    );
    assert_eq!(
        statuses("Shipping notes: ISO 27001", txt),
        pairs(&[("iso27001", None)])
    );
}

#[test]
fn a_cell_that_labels_held_certificates_gives_each_item_its_facts() {
    assert_eq!(
        facts(
            "| About | |\n|---|---|\n| Accreditations | ISO 42001 (SGS), Cyber Essentials |",
            ProseFormat::Markdown
        ),
        vec![
            ("iso42001".into(), Some(A), Some("SGS".into()), None, None),
            ("cyber_essentials".into(), Some(A), None, None, None),
        ]
    );
    // Near miss: a label of something else claims nothing.
    assert_eq!(
        facts(
            "| About | |\n|---|---|\n| Webinar topics | ISO 42001, Cyber Essentials |",
            ProseFormat::Markdown
        ),
        vec![
            ("iso42001".into(), None, None, None, None),
            ("cyber_essentials".into(), None, None, None, None),
        ]
    );
}

#[test]
fn a_title_that_opens_like_a_question_is_a_label() {
    let txt = ProseFormat::Text;
    assert_eq!(
        statuses(
            "Why Northwind should win: our ISO 27001 certification is in progress.",
            txt
        ),
        pairs(&[("iso27001", Some(P))])
    );
    assert_eq!(
        statuses("How we keep data safe: we hold Cyber Essentials.", txt),
        pairs(&[("cyber_essentials", Some(A))])
    );
    // A question is still a question.
    assert_eq!(
        statuses(
            "Why should you choose an ISO 27001 certified supplier?",
            txt
        ),
        pairs(&[("iso27001", None)])
    );
}

#[test]
fn a_name_then_a_comma_and_its_certificate_number_shows_it_held() {
    assert_eq!(
        facts(
            "Delivered last quarter: ISO 42001, certificate QMS 4410023.",
            ProseFormat::Markdown
        ),
        vec![(
            "iso42001".into(),
            Some(A),
            None,
            Some("QMS 4410023".into()),
            None
        )]
    );
    // Near miss: a comma before a body alone is no certificate.
    assert_eq!(
        facts("Topics: ISO 42001, SGS and others.", ProseFormat::Markdown),
        vec![("iso42001".into(), None, None, None, None)]
    );
}

#[test]
fn an_answer_to_what_the_expiry_date_is_gives_the_expiry() {
    assert_eq!(
        facts(
            "Q: What is the expiry date of your Cyber Essentials certificate?\nA: 4 June 2027.",
            ProseFormat::Text
        ),
        vec![(
            "cyber_essentials".into(),
            Some(A),
            None,
            None,
            Some((2027, Some(6)))
        )]
    );
    // Near miss: a question about another date gives no expiry.
    assert_eq!(
        facts(
            "Q: What is the date of your next Cyber Essentials audit?\nA: 4 June 2027.",
            ProseFormat::Text
        )[0]
        .4,
        None
    );
}

#[test]
fn a_report_handed_over_in_the_future_is_held_now() {
    check(
        "The Supplier shall provide its SOC 2 Type 2 report on request.",
        &[("soc2", Some(A))],
    );
    check(
        "We will send our ISO 27001 certificate to new customers.",
        &[("iso27001", Some(A))],
    );
    // Near miss: handed over once it exists.
    check(
        "We will share our SOC 2 report once it is issued.",
        &[("soc2", Some(Pl))],
    );
}

#[test]
fn a_later_sentence_about_who_audits_us_gives_the_body() {
    for text in [
        "We are ISO 42001 certified. Our auditor is SGS.",
        "We are ISO 42001 certified. SGS audits us every year.",
        "We are ISO 42001 certified. Our certification body is SGS.",
    ] {
        assert_eq!(
            facts(text, ProseFormat::Markdown),
            vec![("iso42001".into(), Some(A), Some("SGS".into()), None, None)],
            "{text}"
        );
    }
    // Near miss: a body that audits someone else.
    assert_eq!(
        facts(
            "We are ISO 42001 certified. SGS audits our suppliers.",
            ProseFormat::Markdown
        ),
        vec![("iso42001".into(), Some(A), None, None, None)]
    );
}

#[test]
fn a_register_whose_first_column_is_the_standard_reads_every_fact_column() {
    assert_eq!(
        facts(
            "| Standard | Certificate | Expires |\n|---|---|---|\n| ISO 42001 | QMS 4410023 | June 2029 |",
            ProseFormat::Markdown
        ),
        vec![(
            "iso42001".into(),
            Some(A),
            None,
            Some("QMS 4410023".into()),
            Some((2029, Some(6)))
        )]
    );
    // Near misses: a row that states its own status, and a table of
    // standards with no fact column.
    assert_eq!(
        statuses(
            "| Standard | Body | Status |\n|---|---|---|\n| ISO 42001 | SGS | Planned |",
            ProseFormat::Markdown
        ),
        pairs(&[("iso42001", Some(Pl))])
    );
    assert_eq!(
        statuses(
            "| Standard | Topic |\n|---|---|\n| ISO 42001 | AI management |",
            ProseFormat::Markdown
        ),
        pairs(&[("iso42001", None)])
    );
}

#[test]
fn facts_told_of_both_names_after_the_last_belong_to_each() {
    assert_eq!(
        facts(
            "Northwind holds ISO 27001 and ISO 42001, both certified by SGS.",
            ProseFormat::Markdown
        ),
        vec![
            ("iso27001".into(), Some(A), Some("SGS".into()), None, None),
            ("iso42001".into(), Some(A), Some("SGS".into()), None, None),
        ]
    );
    // Near miss: a fact told of the last name alone.
    assert_eq!(
        facts(
            "Northwind holds ISO 27001 and ISO 42001, the latter certified by SGS.",
            ProseFormat::Markdown
        ),
        vec![
            ("iso27001".into(), Some(A), None, None, None),
            ("iso42001".into(), Some(A), Some("SGS".into()), None, None),
        ]
    );
}

#[test]
fn a_cell_that_says_a_step_is_done_shows_it_held() {
    assert_eq!(
        statuses(
            "| Item | Status |\n|---|---|\n| ISO 42001 | Completed |\n| Cyber Essentials | Done |",
            ProseFormat::Markdown
        ),
        pairs(&[("iso42001", Some(A)), ("cyber_essentials", Some(A))])
    );
    // Near miss: a step not completed.
    assert_eq!(
        statuses(
            "| Item | Status |\n|---|---|\n| ISO 42001 | Not completed |",
            ProseFormat::Markdown
        ),
        pairs(&[("iso42001", Some(N))])
    );
}

#[test]
fn dated_steps_under_a_journey_heading_take_no_status_from_it() {
    // The heading's "journey" is the story as a whole; a dated step under it
    // is not where the organisation stands now.
    assert_eq!(
        claims(
            "## Our certification journey\n\n- 2023: Cyber Essentials\n- Q3 2025 \u{2013} SOC 2 Type 1 report\n- Now: ISO 42001 audit booked"
        ),
        vec![
            ("cyber_essentials".to_string(), None),
            ("soc2".to_string(), None),
            ("iso42001".to_string(), Some(P)),
        ]
    );
    // Near miss: an undated item under the same heading takes its status.
    assert_eq!(
        claims("## Our certification journey\n\n- Cyber Essentials"),
        vec![("cyber_essentials".to_string(), Some(P))]
    );
}

#[test]
fn a_title_line_that_is_no_heading_gives_its_list_a_status() {
    check(
        "**Q3.2 Certifications held**\n- ISO/IEC 27001 (BSI)\n- Cyber Essentials",
        &[("iso27001", Some(A)), ("cyber_essentials", Some(A))],
    );
    check(
        "Accreditations under way:\n\n- ISO 42001\n- Cyber Essentials Plus",
        &[("iso42001", Some(P)), ("cyber_essentials_plus", Some(P))],
    );
    // A title that is a label of what is held lists it, as a table cell
    // does; an item's own status stays its own.
    check(
        "Certifications\n\n- ISO 27001\n- ISO 42001 (in progress)",
        &[("iso27001", Some(A)), ("iso42001", Some(P))],
    );
    // Near misses: a title with no state word gives nothing, a sentence is
    // no title, and the title ends with its list.
    check(
        "Our certifications\n\n- ISO 27001\n- Cyber Essentials",
        &[("iso27001", None), ("cyber_essentials", None)],
    );
    check(
        "Here are the certifications held by our hosts.\n\n- ISO 27001",
        &[("iso27001", None)],
    );
    check(
        "Certifications held:\n\n- ISO 27001\n\nSome text.\n\n- ISO 42001",
        &[("iso27001", Some(A)), ("iso42001", None)],
    );
}

#[test]
fn a_step_of_the_work_ticked_off_is_no_certificate() {
    check(
        "## ISO/IEC 42001 programme: status\n- Kick-off: July 2026 \u{2705}\n- Gap assessment: done \u{2705}\n- Internal audit: February 2027",
        // The work is under way (an audit is dated), not done.
        &[("iso42001", Some(P))],
    );
    // Near miss: a tick that is no step of the work is the certificate.
    check(
        "## ISO/IEC 42001 status\n- Certificate issued \u{2705}",
        &[("iso42001", Some(A))],
    );
}

#[test]
fn a_bare_yes_or_no_under_a_framework_name_answers_for_it() {
    assert_eq!(
        statuses(
            "<dl><dt>Cyber Essentials</dt><dd>Yes</dd><dt>ISO 27001</dt><dd>No</dd></dl>",
            ProseFormat::Html
        ),
        pairs(&[("cyber_essentials", Some(A)), ("iso27001", Some(N))])
    );
    // A title with other words asks something else; a line with more than a
    // yes tells a step of the work, still under way.
    assert_eq!(
        statuses("### SOC 2 report type\n\nYes.", ProseFormat::Markdown),
        pairs(&[("soc2", None)])
    );
    assert_eq!(
        statuses(
            "## ISO 42001\n\n- Gap assessment: done \u{2705}",
            ProseFormat::Markdown
        ),
        pairs(&[("iso42001", Some(P))])
    );
}

#[test]
fn a_framework_column_answer_is_not_denied_by_the_next_column() {
    assert_eq!(
        statuses(
            "| Supplier | Cyber Essentials | ISO 27001 |\n|---|---|---|\n| Northwind Analytics | Yes | No |",
            ProseFormat::Markdown
        ),
        pairs(&[
            ("cyber_essentials", None),
            ("iso27001", None),
            ("cyber_essentials", Some(A)),
            ("iso27001", Some(N))
        ])
    );
}

#[test]
fn a_tracker_line_of_fields_set_apart_by_hyphens_is_a_row() {
    let got = bodies(
        "ISO/IEC 27001 - certificate IS 712345 - expiry 31/08/2028 - Green",
        ProseFormat::Text,
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, Some(A));
    // A quoted question in a field is still a question.
    assert_eq!(
        statuses(
            "Row 23 - customer question: 'Is Keel ISO 27001 certified today?' - owner Ifeoma Grant - answer due 05/12",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", None)])
    );
    // Near miss: an aside between two dashes is prose, and a line that
    // tells history after one hyphen is no row of fields.
    assert_eq!(
        statuses(
            "We hold ISO 27001 - renewed in May - and Cyber Essentials.",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", Some(A)), ("cyber_essentials", Some(A))])
    );
    assert_eq!(
        statuses(
            "ISO/IEC 27001 - held from May 2023 to April 2026 (certificate GB-27001-0999).",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", Some(ClaimedStatus::Lapsed))])
    );
}

#[test]
fn a_name_as_label_leaves_a_statement_about_another_name_to_it() {
    assert_eq!(
        statuses(
            "Cyber Essentials Plus: Harbour already holds Cyber Essentials, and the CE+ technical audit is booked for February 2027.",
            ProseFormat::Text
        ),
        pairs(&[
            ("cyber_essentials_plus", None),
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(P))
        ])
    );
    // Near miss: the label's own value after the colon is still its own.
    assert_eq!(
        statuses(
            "ISO 27001: certified, along with Cyber Essentials.",
            ProseFormat::Text
        ),
        pairs(&[("iso27001", Some(A)), ("cyber_essentials", Some(A))])
    );
}

#[test]
fn whose_certificate_it_is_shows_before_the_first_comma_after_it() {
    let md = ProseFormat::Markdown;
    // "your contract" after the comma names the reader's contract, not the
    // holder of the certificate.
    assert_eq!(
        facts(
            "We have held Cyber Essentials since March 2026. The certificate runs to March 2028, so it covers the first year of your contract.",
            md
        ),
        vec![(
            "cyber_essentials".into(),
            Some(A),
            None,
            None,
            Some((2028, Some(3)))
        )]
    );
    // A holder before the comma still keeps the facts from the claim.
    assert_eq!(
        facts(
            "We hold ISO 27001. Your supplier's certificate runs to March 2028, as agreed.",
            md
        ),
        vec![("iso27001".into(), Some(A), None, None, None)]
    );
}
