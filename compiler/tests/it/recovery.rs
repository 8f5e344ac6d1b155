//! Recovery that matches how people type: a block whose `}` is missing ends where the
//! next declaration starts, so one missing `}` is one error at the `{` that is not
//! closed, and every later declaration is still read and checked.
//!
//! Three angles: every `}` of the acme example deleted in turn (through the whole
//! checker, not just the parser), every declaration kind after every other kind in
//! the middle and at the end of a file, and an editor session typing a new declaration
//! above existing ones, keystroke by keystroke.

use crate::support;

use aims::analysis::AnalysisHost;
use aims::db::Origin;
use aims::diagnostics::{Code, Diagnostic, Severity};
use aims::syntax::parse_text;
use aims::workspace::Project;
use support::paths::repo;

fn acme_host() -> AnalysisHost {
    let today = jiff::civil::date(2026, 11, 28);
    AnalysisHost::from_project(Project::load(&repo("examples/acme"), None, today).unwrap())
}

fn errors(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect()
}

#[test]
fn one_deleted_brace_anywhere_in_acme_is_one_error_at_the_unclosed_brace() {
    let mut host = acme_host();
    assert!(errors(&host.snapshot().diagnostics().unwrap()).is_empty());
    let files: Vec<String> = host
        .files()
        .into_iter()
        .filter(|(path, origin)| *origin == Origin::Spec && path.ends_with(".aims"))
        .map(|(path, _)| path)
        .collect();
    assert!(files.len() >= 5, "{files:?}");
    let mut deletions = 0;
    for path in &files {
        let text = host.file_text(path).unwrap().to_owned();
        let closes: Vec<usize> = text.match_indices('}').map(|(i, _)| i).collect();
        for &close in &closes {
            let broken = format!("{}{}", &text[..close], &text[close + 1..]);
            host.set_file_text(path, &broken, Origin::Spec);
            let diagnostics = host.snapshot().diagnostics().unwrap();
            let found = errors(&diagnostics);
            let line = text[..close].lines().count();
            assert_eq!(
                found.len(),
                1,
                "deleting the `}}` on line {line} of {path} gives {found:#?}"
            );
            let error = found[0];
            assert_eq!(error.code, Code::SyntaxError);
            assert_eq!(&error.location.file, path);
            assert_eq!(
                &broken[error.location.range.range()],
                "{",
                "the error of line {line} of {path} is not at a `{{`"
            );
            // The error is at the `{` that the deleted `}` closed.
            assert_eq!(
                matching_open(&text, close),
                error.location.range.start as usize,
                "deleting the `}}` on line {line} of {path}"
            );
            deletions += 1;
        }
        host.set_file_text(path, &text, Origin::Spec);
    }
    assert!(deletions >= 30, "only {deletions} braces deleted");
}

/// The offset of the `{` that the `}` at `close` closes.
fn matching_open(text: &str, close: usize) -> usize {
    let mut depth = 0;
    for (i, c) in text[..close].char_indices().rev() {
        match c {
            '}' => depth += 1,
            '{' if depth == 0 => return i,
            '{' => depth -= 1,
            _ => {}
        }
    }
    panic!("no `{{` for the `}}` at {close}")
}

/// A small declaration of each kind a spec can start, with a field and (for the kinds
/// that allow it) a record value, so that the missing `}` may be at either level.
const DECLARATIONS: &[(&str, &str)] = &[
    (
        "organisation",
        "organisation org \"Org\" {\n  jurisdiction: UK\n}\n",
    ),
    ("role", "role ciso \"CISO\" {\n  holder: \"Tom\"\n}\n"),
    (
        "system",
        "system triage \"Triage\" {\n  owner: ciso\n  eu_ai_act: { role: provider, tier: high }\n  lifecycle: production\n}\n",
    ),
    ("dataset", "dataset notes \"Notes\" {\n  owner: ciso\n}\n"),
    ("supplier", "supplier cloud \"Cloud\" {\n  owner: ciso\n}\n"),
    (
        "assessment",
        "assessment aia \"AIA\" {\n  kind: impact\n  date: 2026-01-01\n}\n",
    ),
    ("risk", "risk r1 \"Bias\" {\n  owner: ciso\n}\n"),
    (
        "evidence",
        "evidence ev \"Evidence\" {\n  file: \"e.md\"\n  date: 2026-01-01\n}\n",
    ),
    (
        "exclude",
        "exclude iso42001.A.10.4 {\n  reason: \"None.\"\n}\n",
    ),
    (
        "certification",
        "certification ce \"CE\" {\n  framework: cyber_essentials\n  status: planned\n}\n",
    ),
    (
        "attestation",
        "attestation soc \"SOC 2\" {\n  framework: soc2\n}\n",
    ),
    (
        "publication",
        "publication trust \"Trust page\" {\n  file: \"site/trust.md\"\n}\n",
    ),
    (
        "framework",
        "framework acme_policy \"Policy\" {\n  certifiable: false\n  group 1 \"One\" {\n    control P.1 \"First\"\n  }\n}\n",
    ),
    (
        "crosswalk",
        "crosswalk cw \"CW\" {\n  map iso42001.A.2.2 { to: [iso27001.A.5.1] }\n}\n",
    ),
    (
        "control",
        "control fw \"Firewalls\" {\n  owner: ciso\n  status: planned\n}\n",
    ),
];

/// The top-level declarations of a parse: kind and name.
fn items(text: &str) -> Vec<(String, String)> {
    parse_text(text)
        .tree
        .items
        .iter()
        .map(|item| {
            (
                item.kind.text.to_string(),
                item.name
                    .as_ref()
                    .map(|n| n.text.to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn every_kind_after_every_kind_in_the_middle_and_at_the_end() {
    let mut cases = 0;
    for (first_kind, first) in DECLARATIONS {
        // Every `}` of the first declaration, in turn.
        for (close, _) in first.match_indices('}') {
            let broken = format!("{}{}", &first[..close], &first[close + 1..]);
            for (second_kind, second) in DECLARATIONS {
                let trailer = DECLARATIONS[1].1;
                for (place, whole, intact) in [
                    (
                        "middle",
                        format!("{}\n{broken}\n{second}\n{trailer}", DECLARATIONS[1].1),
                        format!("{}\n{first}\n{second}\n{trailer}", DECLARATIONS[1].1),
                    ),
                    (
                        "end",
                        format!("{second}\n{broken}"),
                        format!("{second}\n{first}"),
                    ),
                ] {
                    let parse = parse_text(&whole);
                    let context = format!(
                        "`{first_kind}` missing its `}}` at {close}, then `{second_kind}`, {place}:\n{whole}"
                    );
                    assert_eq!(parse.errors.len(), 1, "{context}\n{:#?}", parse.errors);
                    assert_eq!(
                        parse.errors[0].range.start as usize,
                        whole.find(&broken).unwrap() + matching_open(first, close),
                        "{context}"
                    );
                    assert_eq!(items(&whole), items(&intact), "{context}");
                    // The declaration after the broken one is read whole.
                    let second_tree = parse_text(second).tree;
                    let after = parse
                        .tree
                        .items
                        .iter()
                        .find(|i| {
                            i.kind.text == *second_kind
                                && i.name.as_ref().map(|n| &n.text)
                                    == second_tree.items[0].name.as_ref().map(|n| &n.text)
                                && i.range.start as usize >= whole.find(second).unwrap()
                        })
                        .unwrap_or_else(|| panic!("{context}"));
                    assert_eq!(
                        after.fields().count(),
                        second_tree.items[0].fields().count(),
                        "{context}"
                    );
                    cases += 1;
                }
            }
        }
    }
    assert!(cases >= 2 * 15 * 15, "{cases}");
}

/// Diagnostics as comparable tuples, with offsets in `path` at or after `from` moved
/// back by `shift` so that they compare with the text before the insertion.
fn normalised(
    diagnostics: &[Diagnostic],
    path: &str,
    inserted: std::ops::Range<usize>,
) -> Vec<(String, String, u32, u32, String)> {
    let shift = (inserted.end - inserted.start) as u32;
    diagnostics
        .iter()
        .filter_map(|d| {
            let mut range = d.location.range;
            if d.location.file == path {
                if (range.start as usize) >= inserted.end {
                    range = aims::text::TextRange::new(
                        (range.start - shift) as usize,
                        (range.end - shift) as usize,
                    );
                } else if (range.end as usize) > inserted.start {
                    // About the declaration being typed: not one of those below.
                    return None;
                }
            }
            Some((
                d.location.file.clone(),
                d.code.name().to_owned(),
                range.start,
                range.end,
                d.message.clone(),
            ))
        })
        .collect()
}

#[test]
fn typing_a_new_declaration_above_existing_ones_leaves_their_diagnostics_alone() {
    let mut host = acme_host();
    let path = host
        .files()
        .into_iter()
        .map(|(p, _)| p)
        .find(|p| p.ends_with("controls.aims"))
        .unwrap();
    let text = host.file_text(&path).unwrap().to_owned();
    // The user opens a blank line above the first control and types there.
    let at = text.find("control ").unwrap();
    let opened = format!("{}\n\n{}", &text[..at], &text[at..]);
    host.set_file_text(&path, &opened, Origin::Spec);
    let baseline = normalised(&host.snapshot().diagnostics().unwrap(), &path, at..at);
    let typed = "control reviews \"Access reviews\" {\n  owner: ciso\n  status: planned\n  description: \"Quarterly.\"\n}";
    // Typed one character at a time, and as an editor that closes `{` itself does.
    let plain: Vec<String> = typed
        .char_indices()
        .map(|(i, _)| typed[..i].to_owned())
        .chain([typed.to_owned()])
        .collect();
    let brace = typed.find('{').unwrap() + 1;
    let auto_closed: Vec<String> = (brace..typed.len() - 1)
        .map(|i| format!("{}\n}}", &typed[..i]))
        .collect();
    let mut states = 0;
    for state in plain.iter().chain(&auto_closed) {
        let edited = format!("{}{}\n\n{}", &text[..at], state, &text[at..]);
        host.set_file_text(&path, &edited, Origin::Spec);
        let diagnostics = host.snapshot().diagnostics().unwrap();
        let after = normalised(&diagnostics, &path, at..at + state.len());
        assert_eq!(after, baseline, "after typing {state:?}");
        states += 1;
    }
    assert!(states > typed.len());
}
