//! Structure that carries a status: sibling inline elements read as the items
//! of a list, a badge's title attribute, and a certificate number after "cert.
//! no.". Every text here is written for the test.

use super::*;

fn html(text: &str) -> Vec<(String, Option<ClaimedStatus>)> {
    with_names(text, ProseFormat::Html)
        .into_iter()
        .map(|(f, s, _)| (f, s))
        .collect()
}

fn pairs(list: &[(&str, Option<ClaimedStatus>)]) -> Vec<(String, Option<ClaimedStatus>)> {
    list.iter().map(|(f, s)| (f.to_string(), *s)).collect()
}

#[test]
fn sibling_inline_elements_are_items_of_a_list() {
    assert_eq!(
        html(
            "<div><em>SOC 2 Type 2</em><em>ISO 27001 (planned)</em><em>Cyber Essentials</em></div>"
        ),
        pairs(&[
            ("soc2", None),
            ("iso27001", Some(Pl)),
            ("cyber_essentials", None)
        ])
    );
    assert_eq!(
        html("<p><span>ISO 42001 (in progress)</span><span>SOC 2</span></p>"),
        pairs(&[("iso42001", Some(P)), ("soc2", None)])
    );
}

#[test]
fn inline_elements_inside_a_sentence_stay_one_sentence() {
    // Different elements, or text between them, are not a list.
    assert_eq!(
        html("<p>We are <b>ISO 27001</b> <i>certified</i> and <b>SOC 2</b> is planned.</p>"),
        pairs(&[("iso27001", Some(A)), ("soc2", Some(Pl))])
    );
}

#[test]
fn a_block_badge_says_in_its_title_what_it_shows() {
    let found = mentions(
        "<section><div class=\"trust-badge\" title=\"Cyber Essentials Plus certified by IASME\">CE+</div></section>",
        ProseFormat::Html,
    );
    let titled = found.iter().find(|m| m.details.body.is_some());
    assert_eq!(titled.map(|m| m.status), Some(Some(A)), "{found:?}");
    // The title of an element that is not a badge is not prose.
    assert_eq!(
        html("<div title=\"ISO 27001 certified\"><p>ISO 42001 is planned.</p></div>"),
        pairs(&[("iso42001", Some(Pl))])
    );
}

#[test]
fn a_certificate_number_after_no_is_not_a_negation() {
    let got = crate::prose::find_mentions_with(
        "Northwind \u{b7} ISO 27001 cert. no. LR 448812 \u{b7} Cyber Essentials cert. no. CE 20931",
        ProseFormat::Text,
        &test_aliases(),
        &Names {
            organisation: vec!["Northwind".into()],
            suppliers: vec![],
            ..Default::default()
        },
    );
    let read: Vec<_> = got
        .iter()
        .map(|m| (m.status, m.details.certificate.clone()))
        .collect();
    assert_eq!(
        read,
        vec![
            (Some(A), Some("LR 448812".to_string())),
            (Some(A), Some("CE 20931".to_string()))
        ]
    );
    // "No." before a framework's own short number is still the answer "no".
    assert_eq!(
        claims("**Do you hold SOC 2?**\nNo. SOC 2 is not something our buyers ask for."),
        vec![("soc2".to_string(), Some(N)), ("soc2".to_string(), None)]
    );
}

#[test]
fn a_declaration_answered_no_in_its_row_is_denied() {
    check(
        "| Declaration | Answer |\n|---|---|\n| We are certified to ISO 27001 | No |\n| We hold Cyber Essentials | Yes |",
        &[("iso27001", Some(N)), ("cyber_essentials", Some(A))],
    );
    // A cross under a header that is no answer column, and a "no" followed by
    // what is true instead.
    check(
        "| Statement | Agreed |\n|---|---|\n| The company holds a SOC 2 report | \u{2718} |",
        &[("soc2", Some(N))],
    );
    check(
        "| Statement | Response |\n|---|---|\n| The vendor is ISO 42001 certified | No \u{2013} in progress, audit in May |",
        &[("iso42001", Some(P))],
    );
    // A cell that only begins with the letters of "no" denies nothing.
    check(
        "| Item | Notes |\n|---|---|\n| We hold ISO 27001 | Noted in our annual report |",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_task_box_reads_as_the_mark_it_shows() {
    check(
        "- [x] SOC 2 Type 2\n- [ ] ISO 42001 certificate\n- [ ] Cyber Essentials, assessment booked",
        &[
            ("soc2", Some(A)),
            ("iso42001", None),
            ("cyber_essentials", Some(P)),
        ],
    );
    let plain: Vec<_> = with_names(
        "- [X] ISO 27001 certified\n- [ ] Cyber Essentials Plus",
        ProseFormat::Text,
    )
    .into_iter()
    .map(|(f, s, _)| (f, s))
    .collect();
    assert_eq!(
        plain,
        pairs(&[("iso27001", Some(A)), ("cyber_essentials_plus", None)])
    );
    // Upkeep left to do is no denial of the certificate it keeps.
    assert_eq!(
        claims("## Renewal checklist\n\n- [ ] ISO 27001 surveillance audit"),
        claims("## Renewal checklist\n\n- ISO 27001 surveillance audit")
    );
    // Brackets that are no task box are text.
    check("- [ISO 27001] certified", &[("iso27001", Some(A))]);
}

#[test]
fn an_empty_box_inside_a_line_claims_nothing_for_its_item() {
    let plain: Vec<_> = with_names(
        "Supplier checklist: [x] Cyber Essentials certified [ ] SOC 2 Type II report held",
        ProseFormat::Text,
    )
    .into_iter()
    .map(|(f, s, _)| (f, s))
    .collect();
    assert_eq!(
        plain,
        pairs(&[("cyber_essentials", Some(A)), ("soc2", None)])
    );
}

#[test]
fn an_empty_box_beside_a_step_of_the_work_claims_nothing() {
    check(
        "- [x] Cyber Essentials renewed\n- [ ] ISO 27001 readiness assessment (Q3)",
        &[("cyber_essentials", Some(A)), ("iso27001", None)],
    );
    // Work said to be under way keeps its reading.
    check(
        "- [ ] ISO 27001, Stage 1 audit booked for May",
        &[("iso27001", Some(P))],
    );
}

#[test]
fn compliance_told_with_a_certificate_fact_is_a_certificate_held() {
    check(
        "| Standard | Status | Notes |\n|---|---|---|\n| ISO 27001 | Compliant | Certificate QA 55120, issued by LRQA |",
        &[("iso27001", Some(A))],
    );
    check(
        "Compliance: ISO 42001 (NQA), Cyber Essentials",
        &[("iso42001", Some(A)), ("cyber_essentials", Some(C))],
    );
    // Near miss: compliance with no fact of a certificate stays compliance.
    check(
        "| Standard | Status | Notes |\n|---|---|---|\n| ISO 27001 | Compliant | Reviewed every year |",
        &[("iso27001", Some(C))],
    );
}

#[test]
fn a_cross_for_another_column_denies_nothing() {
    check(
        "| | Us | Others |\n|---|---|---|\n| ISO 27001 certified | \u{2713} | \u{2717} |",
        &[("iso27001", Some(A))],
    );
}

#[test]
fn a_column_that_lists_its_answers_keeps_them() {
    check(
        "| Question | Yes/No/NA | Notes |\n|---|---|---|\n| Do you hold ISO 27001? | Yes | Issued by BSI |",
        &[("iso27001", Some(A))],
    );
    check(
        "| Statement | Y / N |\n|---|---|\n| We hold Cyber Essentials Plus | N |",
        &[("cyber_essentials_plus", Some(N))],
    );
}

#[test]
fn a_profile_row_labelled_certifications_lists_what_is_held() {
    let found = crate::prose::find_mentions_with(
        "| Company profile | |\n|---|---|\n| Founded | 2019 |\n| Certifications | ISO 27001 (BSI), ISO 42001 (LRQA) |",
        ProseFormat::Markdown,
        &test_aliases(),
        &Names::default(),
    );
    let got: Vec<_> = found
        .iter()
        .map(|m| (m.framework.as_str(), m.status, m.details.body.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("iso27001", Some(A), Some("BSI")),
            ("iso42001", Some(A), Some("LRQA")),
        ]
    );
    // A row that names a framework in its first cell is no such list.
    check(
        "| Standard | Notes |\n|---|---|\n| ISO 27001 | Certifications explained |",
        &[("iso27001", None)],
    );
}

#[test]
fn an_html_checkbox_reads_as_the_box_it_shows() {
    assert_eq!(
        html(
            "<ul><li><input type=\"checkbox\" checked disabled> SOC 2 Type 2</li><li><input type=\"checkbox\" disabled> ISO 42001 certificate</li></ul>"
        ),
        pairs(&[("soc2", Some(A)), ("iso42001", None)])
    );
}

#[test]
fn a_name_labelled_attached_or_completed_is_held() {
    check(
        "- SOC 2 Type 2: attached\n- ISO 42001: not attached",
        &[("soc2", Some(A)), ("iso42001", Some(N))],
    );
    check(
        "| Item | Status |\n|---|---|\n| SOC 2 Type 2 | Completed |",
        &[("soc2", Some(A))],
    );
}

#[test]
fn a_bracketed_status_after_the_last_name_of_a_list_is_that_items_alone() {
    let statuses =
        |t: &str| -> Vec<Option<ClaimedStatus>> { read(t).into_iter().map(|m| m.1).collect() };
    assert_eq!(
        statuses("We hold Cyber Essentials, ISO 27001 and ISO 42001 (planned)."),
        vec![Some(A), Some(A), Some(Pl)]
    );
    let got = statuses("Accreditations: SOC 2, Cyber Essentials, ISO 42001 (under way)");
    assert_eq!(got[2], Some(P));
    assert!(got[..2].iter().all(|s| *s != Some(P)), "{got:?}");
    // Near misses: a bracket that says it covers the list, or that follows a
    // noun rather than a name, still reads for every item.
    assert_eq!(
        statuses("ISO 27001 and ISO 42001 (both in progress)"),
        vec![Some(P), Some(P)]
    );
    assert_eq!(
        statuses("Our ISO 27001 and SOC 2 audits (in progress)."),
        vec![Some(P), Some(P)]
    );
}

#[test]
fn a_framework_that_labels_a_fact_of_its_certificate_is_held() {
    let read = |text: &str, format| {
        mentions(text, format)
            .into_iter()
            .map(|m| (m.status, m.details.body, m.details.valid_to))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        read("ISO 27001 certification body: BSI", ProseFormat::Text),
        vec![(Some(A), Some("BSI".to_owned()), None)]
    );
    assert_eq!(
        read(
            "<table><tr><td>ISO 27001 certification body</td><td>LRQA</td></tr></table>",
            ProseFormat::Html
        ),
        vec![(Some(A), Some("LRQA".to_owned()), None)]
    );
    assert_eq!(
        read(
            "- Cyber Essentials expiry date: 9 March 2027",
            ProseFormat::Markdown
        ),
        vec![(Some(A), None, Some((2027, Some(3))))]
    );
    // Near misses: a label with no fact given, and a fact noun that is no
    // label of the name ("ISO 27001 explains what a certification body does").
    assert_eq!(
        read(
            "ISO 27001 certification body: to be appointed",
            ProseFormat::Text
        ),
        vec![(None, None, None)]
    );
    assert_eq!(
        read(
            "ISO 27001 explains what a certification body does.",
            ProseFormat::Text
        )[0]
        .0,
        None
    );
}

#[test]
fn names_joined_by_and_before_one_certificate_noun_share_its_facts() {
    let bodies = |text: &str| {
        mentions(text, ProseFormat::Text)
            .into_iter()
            .map(|m| m.details.body)
            .collect::<Vec<_>>()
    };
    let lrqa = Some("LRQA".to_owned());
    assert_eq!(
        bodies(
            "Meridian, which holds ISO 27001 and ISO 42001 certification from LRQA, was founded in 2020."
        ),
        vec![lrqa.clone(), lrqa.clone()]
    );
    // Near miss: a name with its own body in brackets keeps it.
    assert_eq!(
        bodies("We hold ISO 27001 (BSI) and ISO 42001 certification from LRQA."),
        vec![Some("BSI".to_owned()), lrqa]
    );
}

#[test]
fn an_aside_in_brackets_after_a_name_is_that_names() {
    let numbers = |text: &str| {
        mentions(text, ProseFormat::Text)
            .into_iter()
            .map(|m| (m.framework, m.details.certificate))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        numbers("We hold Cyber Essentials (IASME-CE-031415) alongside ISO 27001."),
        vec![
            (
                "cyber_essentials".to_owned(),
                Some("IASME-CE-031415".to_owned())
            ),
            ("iso27001".to_owned(), None)
        ]
    );
    // Near miss: the later name's own aside is its own.
    assert_eq!(
        numbers("We hold Cyber Essentials alongside ISO 27001 (certificate IS 712345).")[1].1,
        Some("IS 712345".to_owned())
    );
}

#[test]
fn a_renewal_label_shows_the_certificate_held_and_its_renewal() {
    let found = mentions(
        "Next Cyber Essentials renewal: June 2027.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.renewal, Some((2027, Some(6))));
    // Near miss: renewal talked about with no date given.
    check(
        "ISO 27001 renewal is something we think about.",
        &[("iso27001", None)],
    );
}

#[test]
fn a_next_step_told_after_the_claim_gives_its_renewal() {
    let renewal = |text: &str| {
        mentions(text, ProseFormat::Markdown)
            .into_iter()
            .map(|m| m.details.renewal)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        renewal("We hold ISO 27001. Next recertification audit due October 2027."),
        [Some((2027, Some(10)))]
    );
    assert_eq!(
        renewal("**ISO 27001:** Certified by BSI\n**Next recertification audit:** November 2028"),
        [Some((2028, Some(11)))]
    );
    // Near miss: a next step of something else gives nothing.
    assert_eq!(
        renewal("We hold ISO 27001. Next office opening: October 2027."),
        [None]
    );
}

#[test]
fn a_status_in_brackets_after_the_last_name_leaves_the_label_to_the_others() {
    check(
        "Certifications held: Cyber Essentials, Cyber Essentials Plus, ISO 27001 (in progress)",
        &[
            ("cyber_essentials", Some(A)),
            ("cyber_essentials_plus", Some(A)),
            ("iso27001", Some(P)),
        ],
    );
    check(
        "Certifications held: Cyber Essentials (IASME), ISO 42001 (not yet)",
        &[("cyber_essentials", Some(A)), ("iso42001", Some(N))],
    );
    // Near miss: a name inside the brackets is no item of the label's list.
    let next = claims("Certifications held: Cyber Essentials (ISO 27001 next)");
    assert!(
        next.iter().any(|(f, s)| f == "iso27001" && *s != Some(A)),
        "{next:?}"
    );
}

#[test]
fn a_list_item_that_labels_a_statement_is_no_bare_credential() {
    let items = "An update from Northwind.\n\n- SOC 2 Type 2: our observation window opened in September.\n- ISO 27001: our auditors visit in March.";
    assert_eq!(
        read(items)
            .iter()
            .map(|(f, s, _)| (f.as_str(), *s))
            .collect::<Vec<_>>(),
        [("soc2", Some(P)), ("iso27001", None)]
    );
    // Near miss: facts after the label are no statement; the item lists a
    // credential held.
    let facts = "An update from Northwind.\n\n- ISO 27001: certificate IS 712345, issued by BSI";
    assert_eq!(read(facts)[0].1, Some(A));
}

#[test]
fn a_status_board_reads_each_column_as_a_section() {
    check(
        "| Held | In progress | Planned |\n|---|---|---|\n| ISO 27001 | ISO 42001 | SOC 2 |",
        &[
            ("iso27001", Some(A)),
            ("iso42001", Some(P)),
            ("soc2", Some(Pl)),
        ],
    );
    // A task board: a card in "Doing" is work under way, as under "## Doing".
    check(
        "| To do | Doing | Done |\n|---|---|---|\n| Look into Cyber Essentials | ISO 42001 implementation | Cyber Essentials renewed \u{2705} |",
        &[
            ("cyber_essentials", None),
            ("iso42001", Some(P)),
            ("cyber_essentials", Some(A)),
        ],
    );
    check(
        "### Doing\n\n- ISO 42001 implementation (Hannah)",
        &[("iso42001", Some(P))],
    );
    // Near misses: a card of upkeep tells of a certificate kept, whatever its
    // column; "To do" holds tasks as often as goals.
    check(
        "| To do | Doing |\n|---|---|\n| CE+ retest before April | Bridge letter for the SOC 2 Type 2 report |",
        &[("cyber_essentials_plus", None), ("soc2", None)],
    );
    check(
        "### To do\n\n- Book Marcus onto the ISO 42001 Lead Auditor course",
        &[("iso42001", None)],
    );
    // A table whose columns are no states is read row by row, as before.
    check(
        "| Standard | Status |\n|---|---|\n| ISO 27001 | Held |",
        &[("iso27001", Some(A))],
    );
}
