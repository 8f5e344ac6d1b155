//! Layouts the reader meets on comparison pages, profiles and forms: the
//! organisation set against another party in a label, a table or labelled
//! cells, table rows written with pipes but no header row, and a label over
//! nothing but names.

use super::*;

/// The statuses read from `text`, in order.
fn statuses(text: &str) -> Vec<Option<ClaimedStatus>> {
    read(text).into_iter().map(|m| m.1).collect()
}

#[test]
fn a_comparison_label_leaves_the_statuses_after_it_to_the_organisation() {
    assert_eq!(
        one("Northwind vs a typical analytics vendor: ISO 27001 certified."),
        (Some(A), Some(Subject::Organisation))
    );
    assert_eq!(
        read("Us versus the big consultancies: Cyber Essentials certified, ISO 42001 planned."),
        vec![
            (
                "cyber_essentials".into(),
                Some(A),
                Some(Subject::Organisation)
            ),
            ("iso42001".into(), Some(Pl), Some(Subject::Organisation)),
        ]
    );
    assert_eq!(
        one("Northwind compared with most rivals: SOC 2 Type 2 report available."),
        (Some(A), Some(Subject::Organisation))
    );
    // Near miss: a label that names only the other party keeps it the subject.
    assert_eq!(one("Other vendors: ISO 27001 certified.").0, None);
}

#[test]
fn only_the_organisations_column_of_a_comparison_table_is_its_claim() {
    let md =
        "| | Legacy providers | Northwind |\n|---|---|---|\n| ISO 27001 | \u{2705} | \u{274c} |";
    assert_eq!(one(md), (Some(N), Some(Subject::Organisation)));
    let md = "| Control | Northwind | Other vendors |\n|---|---|---|\n| SOC 2 report | No | Yes |";
    assert_eq!(one(md).0, Some(N));
    let html = "<table><tr><td>ISO 42001</td><td>Most competitors: certified</td>\
                <td>Northwind: planned</td></tr></table>";
    assert_eq!(with_names(html, ProseFormat::Html)[0].1, Some(Pl), "{html}");
}

#[test]
fn a_row_written_with_pipes_is_a_row_without_a_header() {
    assert_eq!(
        one("Some intro.\n\n| ISO 42001 | In progress |"),
        (Some(P), Some(Subject::Organisation))
    );
    assert_eq!(
        with_names(
            "| Cyber Essentials | Held |\n| ISO 27001 | Not held |",
            ProseFormat::Text
        )
        .into_iter()
        .map(|m| m.1)
        .collect::<Vec<_>>(),
        vec![Some(A), Some(N)]
    );
    // Near miss: a pipe inside a sentence does not make a row.
    assert!(read("Use a pipe | like this | in prose.").is_empty());
}

#[test]
fn a_label_over_nothing_but_names_lists_them_held() {
    assert_eq!(
        statuses("Northwind: ISO 27001 and Cyber Essentials."),
        vec![Some(A), Some(A)]
    );
    assert_eq!(
        statuses("Pricing is on request. Northwind \u{2014} SOC 2 Type II report, ISO 42001."),
        vec![Some(A), Some(A)]
    );
    assert_eq!(
        statuses("**Accreditations:** Cyber Essentials (IASME), ISO 27001"),
        vec![Some(A), Some(A)]
    );
    assert_eq!(
        statuses("Security badges: \u{2714} ISO 27001 \u{2714} SOC 2"),
        vec![Some(A), Some(A)]
    );
    // Near misses: a status in words, a supplier's label, requirements.
    assert_ne!(
        statuses("Northwind: ISO 42001 (expected 2027)"),
        vec![Some(A)]
    );
    assert_eq!(statuses("Equinix: ISO 27001"), vec![None]);
    assert_eq!(statuses("Requirements: ISO 27001, SOC 2"), vec![None, None]);
}

#[test]
fn a_label_before_the_organisations_own_clause_is_left_out() {
    assert_eq!(
        statuses("Quick update: we're ISO 27001 and Cyber Essentials certified."),
        vec![Some(A), Some(A)]
    );
    assert_eq!(
        statuses("Reply (Northwind security team): we are ISO 42001 and SOC 2 certified."),
        vec![Some(A), Some(A)]
    );
    // Near misses: a label that states a status keeps it.
    assert_eq!(
        statuses("Not yet: we are working towards ISO 27001."),
        vec![Some(P)]
    );
    assert_eq!(
        statuses("Cyber Essentials: we are not certified."),
        vec![Some(N)]
    );
}
