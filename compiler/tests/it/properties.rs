//! Property-based run in the normal test suite: about 10,000 generated and mutated
//! inputs through the same properties the fuzz targets check (parse, full check of
//! a one-file workspace, formatter, prose reader, `aims.toml`, the Statement of
//! Applicability importer), with a fixed seed so
//! a failure replays; plus every input the fuzzer ever crashed on
//! (`fuzz/regressions/TARGET/*`).

use crate::support;

use std::path::Path;
use std::sync::Arc;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use support::paths::repo;
use support::properties as p;

/// Runs `cases` inputs from `strategy` through `property`; shrinks and reports the
/// smallest failing input.
pub(crate) fn run(
    name: &str,
    cases: u32,
    strategy: impl Strategy<Value = String>,
    property: impl Fn(&str),
) {
    let config = Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x00A1_A5F0_22ED),
        max_shrink_iters: 1_000,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    if let Err(error) = runner.run(&strategy, |text| {
        property(&text);
        Ok(())
    }) {
        panic!("{name}: {error}");
    }
}

/// Pieces of AIMS and of the text people paste into it.
pub(crate) const AIMS_PIECES: &[&str] = &[
    "control",
    "risk",
    "system",
    "evidence",
    "exclusion",
    "framework",
    "publication",
    "organisation",
    "certification",
    "requirement",
    "crosswalk",
    "C-1",
    "dpo",
    "owner",
    "status",
    "achieved",
    "planned",
    "in_progress",
    "covers",
    "iso42001.A.6.2.4",
    "title",
    "likelihood",
    "impact",
    "2026-01-01",
    "2026-Q3",
    "P90D",
    "12",
    "-3",
    "true",
    ":",
    ",",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ".",
    "\"",
    "\"\"\"",
    "\"a\\\"b\"",
    "\"é\"",
    "//",
    "///",
    "/*",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u{FEFF}",
    "\0",
    "\u{202E}",
    "עברית",
    "e\u{301}",
    "🦀",
    "日本",
    "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
    "#",
    "@",
    "$",
    "\\",
    "x",
];

const PROSE_PIECES: &[&str] = &[
    "We are ",
    "certified",
    " to ",
    "ISO 27001",
    "ISO/IEC 42001:2023",
    "SOC 2 Type II",
    "Cyber Essentials Plus",
    "NIST AI RMF",
    "EU AI Act",
    "compliant",
    "working towards",
    "plan to",
    "not yet",
    ". ",
    "? ",
    "\n\n",
    "\n",
    "# ",
    "- ",
    "| a | b |\n|---|---|\n",
    "`code`",
    "```\n",
    "[link](",
    "javascript:alert(1)",
    ")",
    "![img](x.png)",
    "<p>",
    "</p>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<a href=\"x\" onclick=\"y\">",
    "</a>",
    "&amp;",
    "&#x27;",
    "&nbsp;",
    "<br/>",
    "<table><tr><td>",
    "</td></tr></table>",
    "\u{A0}",
    "é",
    "🦀",
    "\u{202E}",
    "\r\n",
    "\0",
    "<",
    ">",
    "&",
    "*",
    "_",
    // Structured data: JSON, JSON-LD and YAML front matter.
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\": ",
    ", ",
    "{\"id\": \"iso27001\", \"status\": \"in_progress\"}",
    "\"hasCredential\": [",
    "true",
    "\\u00e9",
    "\\",
    "<script type=\"application/ld+json\">",
    "---\n",
    "cyber_essentials: ",
    "  - name: ",
    "status: certified\n",
];

const TOML_PIECES: &[&str] = &[
    "[workspace]",
    "[checks]",
    "[publications]",
    "[severity]",
    "name",
    "as_of",
    "=",
    " ",
    "\n",
    "\"",
    "'",
    "\"acme\"",
    "2026-01-01",
    "1979-05-27T07:32:00Z",
    "true",
    "12",
    "-1",
    "1e400",
    "[",
    "]",
    "{",
    "}",
    ",",
    ".",
    "#",
    "\"\"\"",
    "error",
    "warning",
    "off",
    "undefined-name",
    "\"**/*.md\"",
    "[[x]]",
    "\\u0000",
    "é",
    "\0",
    "\u{FEFF}",
];

/// Text made of random pieces.
pub(crate) fn soup(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..max).prop_map(|v| v.concat())
}

/// One edit of a mutation: (kind, where, how long, which piece).
type Edit = (u8, usize, usize, usize);

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(seed: &str, edits: &[Edit], pieces: &[&str]) -> String {
    let mut text = seed.to_owned();
    for &(kind, at, len, piece) in edits {
        let len_now = text.len().max(1);
        let start = floor(&text, at % len_now);
        let end = floor(&text, start + len % 64);
        match kind % 4 {
            0 => text.insert_str(start, pieces[piece % pieces.len()]),
            1 => text.replace_range(start..end, ""),
            2 => {
                let copy = text[start..end].to_owned();
                text.insert_str(end, &copy);
            }
            _ => text.replace_range(start..end, pieces[piece % pieces.len()]),
        }
    }
    text
}

/// Real files with a few random edits each.
pub(crate) fn mutated(
    seeds: Vec<String>,
    pieces: &'static [&'static str],
) -> impl Strategy<Value = String> {
    assert!(!seeds.is_empty(), "no seed files");
    let seeds = Arc::new(seeds);
    let count = seeds.len();
    (
        0..count,
        prop::collection::vec(
            (any::<u8>(), any::<usize>(), any::<usize>(), any::<usize>()),
            1..8,
        ),
    )
        .prop_map(move |(i, edits)| apply(&seeds[i], &edits, pieces))
}

fn files_below(dir: &Path, keep: &dyn Fn(&Path) -> bool, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files_below(&path, keep, out);
        } else if keep(&path)
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            out.push(text);
        }
    }
}

pub(crate) fn aims_seeds() -> Vec<String> {
    let mut files = Vec::new();
    support::files::aims_files(&repo("examples"), &mut files);
    support::files::aims_files(&repo("tests/fixtures/syntax"), &mut files);
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("seed"))
        .filter(|t| t.len() < 20_000)
        .collect()
}

fn with_extension(exts: &'static [&'static str]) -> impl Fn(&Path) -> bool {
    move |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| exts.contains(&e))
    }
}

#[test]
fn parsing_keeps_its_invariants() {
    run("parse/generated", 2_000, soup(AIMS_PIECES, 80), p::parse);
    run(
        "parse/mutated",
        1_000,
        mutated(aims_seeds(), AIMS_PIECES),
        p::parse,
    );
}

#[test]
fn formatting_is_idempotent_and_keeps_the_meaning() {
    run("format/generated", 1_000, soup(AIMS_PIECES, 80), p::format);
    run(
        "format/mutated",
        1_000,
        mutated(aims_seeds(), AIMS_PIECES),
        p::format,
    );
}

#[test]
fn checking_a_one_file_workspace_never_fails() {
    run("check/generated", 500, soup(AIMS_PIECES, 60), p::check);
    run(
        "check/mutated",
        1_000,
        mutated(aims_seeds(), AIMS_PIECES),
        p::check,
    );
}

#[test]
fn the_prose_reader_keeps_spans_inside_the_text() {
    let mut seeds = Vec::new();
    files_below(
        &repo("examples"),
        &with_extension(&["md", "html", "htm", "txt"]),
        &mut seeds,
    );
    files_below(
        &repo("tests/fixtures/honesty"),
        &with_extension(&["md", "html", "htm", "txt"]),
        &mut seeds,
    );
    run("prose/generated", 1_000, soup(PROSE_PIECES, 80), p::prose);
    run(
        "prose/mutated",
        1_000,
        mutated(seeds, PROSE_PIECES),
        p::prose,
    );
}

#[test]
fn any_aims_toml_gives_settings_or_diagnostics() {
    let mut seeds = Vec::new();
    files_below(&repo("examples"), &|p| p.ends_with("aims.toml"), &mut seeds);
    files_below(
        &repo("tests/fixtures"),
        &|p| p.ends_with("aims.toml"),
        &mut seeds,
    );
    run("config/generated", 1_000, soup(TOML_PIECES, 60), p::config);
    run(
        "config/mutated",
        500,
        mutated(seeds, TOML_PIECES),
        p::config,
    );
}

/// Cells of a Statement of Applicability, and what people put in them.
const SOA_PIECES: &[&str] = &[
    "Annex A Ref.",
    "Control",
    "Control ID",
    "Title",
    "Control Name",
    "Applicable",
    "Applicable? (Y/N)",
    "Included",
    "Justification",
    "Reason for exclusion",
    "Implementation Status",
    "Status",
    "Owner",
    "Notes",
    "A.5.1",
    "A5.10",
    "5.1",
    "Annex A 8.34",
    "A.7.4",
    "A.9.2.1",
    "A.6.2.4",
    "A.2.2",
    "4.1",
    "A.5",
    "A.",
    "a",
    "Y",
    "N",
    "Yes",
    "No",
    "N/A",
    "maybe",
    "Implemented",
    "Partially implemented",
    "Planned",
    "CISO",
    "Jürgen Müller",
    ",",
    ";",
    "\"",
    "\"\"",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\\",
    "\0",
    "\u{FEFF}",
    "\u{202E}",
    "\u{2028}",
    "\u{85}",
    "\u{B2}",
    "é",
    "हिन्दी",
    "日本",
    "🦀",
    "{",
    "}",
    "//",
    "///",
    "/*",
    "*/",
    ":",
    "x",
    "1",
    "0",
];

/// Runs `cases` generated tables through the importer property, written as CSV
/// (quoted by the `csv` crate, so cells may hold commas, quotes and line breaks) and,
/// for every `xlsx_every`-th table, as an XLSX workbook.
fn run_tables(name: &str, cases: u32, xlsx_every: usize) {
    let config = Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x00A1_A5F0_22ED),
        max_shrink_iters: 1_000,
        ..Config::default()
    };
    let cell =
        prop::collection::vec(prop::sample::select(SOA_PIECES), 0..4).prop_map(|v| v.concat());
    let table = prop::collection::vec(prop::collection::vec(cell, 0..7), 0..10);
    let count = std::cell::Cell::new(0usize);
    let mut runner = TestRunner::new(config);
    if let Err(error) = runner.run(&table, |rows| {
        let mut csv = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(Vec::new());
        for row in &rows {
            csv.write_record(row).expect("CSV to memory");
        }
        p::soa(&csv.into_inner().expect("CSV to memory"));
        count.set(count.get() + 1);
        if count.get().is_multiple_of(xlsx_every) {
            let mut workbook = rust_xlsxwriter::Workbook::new();
            let sheet = workbook.add_worksheet();
            for (r, row) in rows.iter().enumerate() {
                for (c, value) in row.iter().enumerate() {
                    if !value.is_empty() {
                        sheet
                            .write_string(r as u32, c as u16, value)
                            .expect("a short cell");
                    }
                }
            }
            p::soa(&workbook.save_to_buffer().expect("XLSX to memory"));
        }
        Ok(())
    }) {
        panic!("{name}: {error}");
    }
}

#[test]
fn importing_a_statement_of_applicability_gives_text_that_parses() {
    let soa_text = |text: &str| p::soa(text.as_bytes());
    run("soa/generated", 1_000, soup(SOA_PIECES, 80), soa_text);
    let mut seeds = Vec::new();
    files_below(
        &repo("fuzz/seeds/soa"),
        &with_extension(&["csv"]),
        &mut seeds,
    );
    run("soa/mutated", 1_000, mutated(seeds, SOA_PIECES), soa_text);
    run_tables("soa/tables", 1_000, 5);
}

/// Every input a fuzz target ever failed on stays fixed.
#[test]
fn fuzz_regressions_stay_fixed() {
    type Property = fn(&[u8]);
    let targets: &[(&str, Property)] = &[
        ("parse", |bytes| p::parse(&p::text_of(bytes))),
        ("check", |bytes| p::check(&p::text_of(bytes))),
        ("format", |bytes| p::format(&p::text_of(bytes))),
        ("prose", |bytes| p::prose(&p::text_of(bytes))),
        ("config", |bytes| p::config(&p::text_of(bytes))),
        // The importer reads bytes: a CSV or a workbook.
        ("soa", p::soa),
    ];
    let mut ran = 0;
    for (target, property) in targets {
        let dir = repo("fuzz/regressions").join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).expect("regression input");
            property(&bytes);
            ran += 1;
        }
    }
    println!("{ran} fuzz regression inputs");
}
