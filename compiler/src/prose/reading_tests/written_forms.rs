//! The same claim in other hands: a number written against its name ("SOC2
//! Type II"), a hyphen typed for a dash, the organisation's full legal name
//! in a possessive, text typed without capitals. Each was found by rewriting
//! cases the reader already read right (`compiler/tests/it/prose_rewrites.rs`)
//! and checking that the reading stayed the same.

use super::{A, N, P, Pl, mentions, read, with_names};
use crate::prose::{ProseFormat, Subject};

const ORG: Option<Subject> = Some(Subject::Organisation);

#[test]
fn a_number_written_against_its_name_keeps_the_report_type() {
    let got = mentions(
        "Harbour Data plc provided its SOC2 Type II report.",
        ProseFormat::Markdown,
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].status, Some(A));
    assert_eq!(got[0].qualifier.as_deref(), Some("type2"));
    let got = mentions(
        "Keel completed its first SOC2 Type2 audit.",
        ProseFormat::Markdown,
    );
    assert_eq!(got[0].qualifier.as_deref(), Some("type2"), "{got:?}");
}

#[test]
fn a_spaced_hyphen_sets_a_value_apart_as_a_dash_does() {
    let got = with_names(
        "ISO/IEC 42001 - Northwind Analytics Ltd - certificate HD-42K-2026-004.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    let dashed = with_names(
        "ISO/IEC 42001 \u{2013} Northwind Analytics Ltd \u{2013} certificate HD-42K-2026-004.",
        ProseFormat::Text,
    );
    assert_eq!(got, dashed);
    // Near miss: a hyphen inside a word or a code is no dash.
    assert_eq!(
        with_names("Our ISO-27001 work is under way.", ProseFormat::Text)[0].1,
        Some(P)
    );
}

#[test]
fn the_full_legal_name_in_a_possessive_is_the_organisation() {
    let got = read("We expect Northwind Analytics Ltd's first SOC 2 Type II report in mid-2027.");
    assert_eq!(got[0].1, Some(P), "{got:?}");
    assert_eq!(got[0].2, ORG);
    assert_eq!(
        read("We expect Northwind's first SOC 2 Type II report in mid-2027.")[0].1,
        Some(P)
    );
}

#[test]
fn text_typed_without_capitals_still_ends_its_sentences() {
    let got = read("we are not certified to iso 27001 yet. we hold cyber essentials.");
    assert_eq!(got[0].1, Some(N), "{got:?}");
    assert_eq!(got[1].1, Some(A), "{got:?}");
    // Lines of labels keep apart without capitals, as with them.
    let got = read("certifications: cyber essentials\nin progress: iso 27001\nplanned: iso 42001");
    let statuses: Vec<_> = got.iter().map(|g| g.1).collect();
    assert_eq!(statuses, vec![Some(A), Some(P), Some(Pl)], "{got:?}");
}

#[test]
fn a_link_around_a_name_leaves_what_follows_to_it() {
    let got = with_names(
        "[ISO/IEC 27001](https://example.com/iso): certificate IS 712345 (BSI)",
        ProseFormat::Markdown,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    assert_eq!(
        read("Northwind is [ISO 27001](https://example.com/iso) certified.")[0].1,
        Some(A)
    );
}

#[test]
fn a_list_item_told_as_a_sentence_is_no_list_of_credentials() {
    let got = read(
        "- For a start-up like Northwind, the NIST AI RMF is a lighter place to begin; \
         we may look at ISO 42001 later.",
    );
    assert!(got.iter().all(|g| g.1 != Some(A)), "{got:?}");
    // Near miss: a short item of names under the organisation's name is.
    let got = read("- Northwind Analytics Ltd: ISO 27001, Cyber Essentials");
    assert!(got.iter().all(|g| g.1 == Some(A)), "{got:?}");
}

#[test]
fn a_contraction_reads_as_the_words_it_stands_for() {
    let got = read("A SOC 2 report isn't currently available.");
    assert_eq!(got[0].1, Some(N), "{got:?}");
    assert_eq!(got, read("A SOC 2 report is not currently available."));
    let got = read("Northwind hasn't at any time undergone a SOC 2 audit.");
    assert_eq!(got[0].1, Some(N), "{got:?}");
}

#[test]
fn an_ampersand_joins_as_and_does() {
    let got =
        read("Northwind Analytics Ltd is ISO 27001 certified (LRQA) & holds Cyber Essentials.");
    assert_eq!(got[1].1, Some(A), "{got:?}");
    assert_eq!(got[1].0, "cyber_essentials");
    // The body in the first item's aside is not the second's.
    let got = crate::prose::find_mentions_with(
        "Northwind Analytics Ltd is ISO 27001 certified (LRQA) & holds Cyber Essentials.",
        ProseFormat::Markdown,
        &crate::prose::corpus::test_aliases(),
        &crate::prose::Names {
            organisation: vec!["Northwind Analytics Ltd".into()],
            ..Default::default()
        },
    );
    assert_eq!(got[1].details.body, None, "{:?}", got[1].details);
    assert_eq!(got[0].details.body.as_deref(), Some("LRQA"));
    let got = read("Northwind: the only tool with SOC 2 & ISO 42001 certification.");
    assert!(got.iter().all(|g| g.1 == Some(A)), "{got:?}");
}

#[test]
fn a_share_done_is_work_under_way_and_a_full_share_is_fully() {
    assert_eq!(
        mentions("ISO 27001 \u{1f7e1} 60% implemented.", ProseFormat::Text)[0].status,
        Some(P)
    );
    assert_eq!(
        mentions("EU AI Act: 100% compliant.", ProseFormat::Text)[0].status,
        mentions("EU AI Act: fully compliant.", ProseFormat::Text)[0].status,
    );
}

#[test]
fn rows_typed_with_pipes_in_plain_text_are_lines_of_their_own() {
    let got = mentions(
        "Scorecard\nKR | Status | Detail\nCyber Essentials | \u{2705} | IASME-CE-013579, valid to 9 Mar 2027\nISO 27001 | \u{1f7e1} | implementation 60%",
        ProseFormat::Text,
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].status, Some(A));
    assert_ne!(got[1].status, Some(A), "{got:?}");
    assert_ne!(got[0].sentence, got[1].sentence);
}

#[test]
fn fields_typed_without_capitals_stay_lines_of_their_own() {
    let got = mentions(
        "our status:\ncyber essentials: held\ncyber essentials plus: not held",
        ProseFormat::Text,
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].status, Some(A), "{got:?}");
    assert_eq!(got[1].status, Some(N), "{got:?}");
    // Near miss: a lowercase line that goes on with the sentence above is
    // still part of it.
    let got = mentions(
        "We are certified to ISO 27001 and our certificate\nruns until May 2028.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].details.valid_to, Some((2028, Some(5))), "{got:?}");
}
