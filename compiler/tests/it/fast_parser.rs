//! The fast parser against the full one: on every real file, every generated valid
//! file and every mutation of them, the fast parser gives up exactly where the full
//! parser finds an error, and otherwise builds the same parse, ranges and `///`
//! comments included. A fast parser that always gave up, or that accepted a broken
//! file, fails here.

use std::cell::Cell;
use std::path::Path;

use aims::syntax::lexer::lex;
use aims::syntax::{parse_text, parse_well_formed, parse_with_recovery};
use proptest::prelude::*;

use crate::properties::{AIMS_PIECES, aims_seeds, mutated, run, soup};
use crate::support;
use support::paths::repo;

/// Checks that the two parsers agree on `text`; returns whether it is well formed.
fn agree(text: &str) -> bool {
    let full = parse_with_recovery(text);
    assert_eq!(
        parse_text(text),
        full,
        "parse_text differs from the full parser on:\n{text}"
    );
    match parse_well_formed(text) {
        Some(fast) => {
            assert!(
                full.errors.is_empty(),
                "the fast parser accepted a file with syntax errors {:?}:\n{text}",
                full.errors
            );
            assert_eq!(fast, full, "the parsers build different trees of:\n{text}");
            true
        }
        None => {
            assert!(
                !full.errors.is_empty(),
                "the fast parser gave up on a well-formed file:\n{text}"
            );
            false
        }
    }
}

fn aims_texts(dirs: &[&str]) -> Vec<(String, String)> {
    let mut paths = Vec::new();
    for dir in dirs {
        support::files::aims_files(&repo(dir), &mut paths);
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("an .aims file");
            (shown(&path), text)
        })
        .collect()
}

fn shown(path: &Path) -> String {
    path.strip_prefix(repo(""))
        .unwrap_or(path)
        .display()
        .to_string()
}

const REAL_FILES: &[&str] = &[
    "examples",
    "compiler/catalogues",
    "compiler/tests/rules",
    "tests/fixtures",
    "lsp-server/tests/fixtures",
];

#[test]
fn the_parsers_agree_on_every_real_file() {
    let files = aims_texts(REAL_FILES);
    let well_formed = files.iter().filter(|(_, text)| agree(text)).count();
    let broken = files.len() - well_formed;
    assert!(
        well_formed >= 100 && broken >= 10,
        "{well_formed} well-formed and {broken} broken files: the corpus is not what this test expects"
    );
}

#[test]
fn the_fast_parser_reads_every_example_and_catalogue() {
    for (path, text) in aims_texts(&["examples", "compiler/catalogues"]) {
        if path.starts_with("examples/errors") {
            continue;
        }
        let fast = parse_well_formed(&text);
        assert!(fast.is_some(), "the fast parser gave up on {path}");
        assert_eq!(fast, Some(parse_with_recovery(&text)), "{path}");
    }
}

/// Tokens to insert into a valid file: each one breaks some files and not others.
const INSERTED: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"x\"",
    "\"open",
    "\"\"\"",
    "system",
    "control",
    "owner",
    "12",
    "2026-01",
    "10/03/2026",
    "§",
];

/// The file without one of its tokens, or with a token inserted before it, at about
/// thirty places spread over the file.
fn token_mutations(text: &str) -> Vec<String> {
    let tokens = lex(text).tokens;
    let step = (tokens.len() / 30).max(1);
    let mut out = Vec::new();
    for (i, (_, range)) in tokens.iter().enumerate().step_by(step) {
        let range = range.range();
        out.push(format!("{}{}", &text[..range.start], &text[range.end..]));
        let inserted = INSERTED[i % INSERTED.len()];
        out.push(format!(
            "{}{inserted} {}",
            &text[..range.start],
            &text[range.start..]
        ));
    }
    out
}

#[test]
fn the_parsers_agree_on_files_with_a_token_deleted_or_inserted() {
    let (mut accepted, mut rejected) = (0, 0);
    for (_, text) in aims_texts(REAL_FILES) {
        if text.len() > 20_000 {
            continue;
        }
        for mutated in token_mutations(&text) {
            if agree(&mutated) {
                accepted += 1;
            } else {
                rejected += 1;
            }
        }
    }
    assert!(
        accepted > 100 && rejected > 1_000,
        "{accepted} mutations accepted, {rejected} rejected"
    );
}

#[test]
fn the_parsers_agree_on_random_edits_and_token_soup() {
    run(
        "fast/mutated",
        1_000,
        mutated(aims_seeds(), AIMS_PIECES),
        |text| {
            agree(text);
        },
    );
    run("fast/generated", 1_000, soup(AIMS_PIECES, 40), |text| {
        agree(text);
    });
}

/// What stands between two tokens of a generated file.
const SEPARATORS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n  ",
    "\t",
    " // note\n",
    "\n/// Doc.\n",
];

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(SEPARATORS)
}

fn scalar() -> impl Strategy<Value = String> {
    prop::sample::select(
        &[
            "\"text\"",
            "\"a \\\"quoted\\\" word\\n\"",
            "\"C:\\temp\"",
            "\"é\"",
            "\"\"",
            "\"\"\"\n    Block\n      text\n    \"\"\"",
            "12",
            "0",
            "6 months",
            "80%",
            "2026-11-28",
            "2027-01",
            "2027-Q4",
            "iso42001.A.6.2.4",
            "6.1.4",
            "high",
            "ciso",
            "true",
            "control",
            "system",
            "R-001",
        ][..],
    )
    .prop_map(str::to_owned)
}

const FIELD_NAMES: &[&str] = &[
    "owner",
    "status",
    "tier",
    "satisfies",
    "review_every",
    "group",
];
const NESTED_KINDS: &[&str] = &["group", "clause", "control", "map", "article"];
const TOP_KINDS: &[&str] = &[
    "system",
    "risk",
    "framework",
    "control",
    "evidence",
    "organisation",
];
const NAMES: &[&str] = &["triage", "A.6.2.4", "6", "R-001", "risk", "control"];

/// `{ members }` from members already written, with separators and optional commas.
fn braces(members: Vec<(String, &'static str, bool)>) -> String {
    let mut out = String::from("{");
    for (member, sep, comma) in members {
        out.push_str(sep);
        out.push_str(&member);
        if comma {
            out.push(',');
        }
    }
    out.push_str("\n}");
    out
}

fn value() -> impl Strategy<Value = String> {
    scalar().prop_recursive(4, 32, 4, |inner| {
        let field = (prop::sample::select(FIELD_NAMES), inner.clone())
            .prop_map(|(name, value)| format!("{name}: {value}"));
        prop_oneof![
            prop::collection::vec((inner, separator(), any::<bool>()), 0..4).prop_map(|values| {
                let mut out = String::from("[");
                for (value, sep, comma) in values {
                    out.push_str(&value);
                    out.push_str(if comma { "," } else { "" });
                    out.push_str(sep);
                }
                out.push(']');
                out
            }),
            prop::collection::vec((field, separator(), any::<bool>()), 0..4).prop_map(braces),
        ]
    })
}

/// `KIND [name] ["Title"] [{ … }]` with the given kinds and members.
fn item(
    kinds: &'static [&'static str],
    member: impl Strategy<Value = String>,
) -> impl Strategy<Value = String> {
    (
        prop::sample::select(kinds),
        prop::option::of((separator(), prop::sample::select(NAMES))),
        prop::option::of((
            separator(),
            prop::sample::select(&["\"Title\"", "\"\"\"\n  Long title\n  \"\"\""][..]),
        )),
        prop::option::of((
            separator(),
            prop::collection::vec((member, separator(), any::<bool>()), 0..5).prop_map(braces),
        )),
    )
        .prop_map(|(kind, name, title, body)| {
            let mut out = kind.to_owned();
            for (sep, part) in [name, title].into_iter().flatten() {
                out.push_str(sep);
                out.push_str(part);
            }
            if let Some((sep, body)) = body {
                out.push_str(sep);
                out.push_str(&body);
            }
            out
        })
}

fn field() -> impl Strategy<Value = String> {
    (prop::sample::select(FIELD_NAMES), value())
        .prop_map(|(name, value)| format!("{name}: {value}"))
}

/// A file of declarations built the way the grammar says, with fields, nested
/// catalogue items, lists, records, comments and line breaks in varied places. Some
/// are not well formed after all (a line break can make a field's name the name of
/// the catalogue item above it); the test checks agreement on those too.
fn well_formed_file() -> impl Strategy<Value = String> {
    let member = prop_oneof![3 => field(), 1 => item(NESTED_KINDS, field())];
    prop::collection::vec((separator(), item(TOP_KINDS, member)), 1..5).prop_map(|items| {
        items
            .into_iter()
            .map(|(sep, item)| format!("{sep}{item}\n"))
            .collect()
    })
}

#[test]
fn the_parsers_agree_on_generated_well_formed_files() {
    let (cases, well_formed) = (Cell::new(0), Cell::new(0));
    run("fast/well-formed", 1_000, well_formed_file(), |text| {
        cases.set(cases.get() + 1);
        well_formed.set(well_formed.get() + usize::from(agree(text)));
    });
    assert!(
        well_formed.get() * 4 >= cases.get() * 3,
        "only {} of {} generated files are well formed",
        well_formed.get(),
        cases.get()
    );
}
