//! The properties every input must keep, whatever its bytes: shared by the
//! property-based run in `compiler/tests/it/properties.rs` (part of `cargo test`) and
//! the coverage-guided fuzz targets in `fuzz/`, so both check exactly the same thing.
//! Each function panics (a test failure, or a crash for the fuzzer) when a property
//! fails.

#![allow(dead_code)]

use std::cell::RefCell;

use aims::analysis::AnalysisHost;
use aims::config::{Settings, apply_config};
use aims::db::Origin;
use aims::diagnostics::Diagnostic;
use aims::diagnostics::render::{RenderOptions, render};
use aims::prose::{ProseFormat, find_mentions, test_aliases};
use aims::syntax::{dump_tree, parse_text};

use super::invariants::check_invariants;

/// A fixed as-of date, so runs are reproducible.
fn as_of() -> jiff::civil::Date {
    jiff::civil::date(2026, 6, 1)
}

/// Bytes as the CLI and the server see them: invalid UTF-8 is replaced, as the
/// workspace loader reports and replaces it.
pub fn text_of(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Parsing never fails and every span is inside the text, on character
/// boundaries, nested and ordered.
pub fn parse(text: &str) {
    let parse = parse_text(text);
    check_invariants(text, &parse);
}

/// The tree without byte ranges: what a file means, not where things are.
fn meaning(text: &str) -> String {
    let dump = dump_tree(&parse_text(text).tree);
    let mut out = String::with_capacity(dump.len());
    let mut rest = dump.as_str();
    // Ranges are dumped as `start..end`; drop every such token.
    while let Some(at) = rest.find("..") {
        let before = &rest[..at];
        let digits_before =
            before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let after = &rest[at + 2..];
        let digits_after =
            after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits_before > 0 && digits_after > 0 {
            out.push_str(&before[..before.len() - digits_before]);
            rest = &after[digits_after..];
        } else {
            out.push_str(&rest[..at + 2]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The formatter is idempotent and keeps the meaning: formatting twice changes
/// nothing more, the result parses without errors, and its tree (without
/// positions) equals the input's.
pub fn format(text: &str) {
    let Ok(once) = aims::format::format_text(text) else {
        return;
    };
    let reparsed = parse_text(&once);
    assert!(
        reparsed.errors.is_empty(),
        "formatted text has syntax errors: {:?}\n--- input\n{text}\n--- formatted\n{once}",
        reparsed.errors
    );
    let twice = aims::format::format_text(&once);
    assert_eq!(
        twice.as_deref(),
        Ok(once.as_str()),
        "formatting is not idempotent\n--- input\n{text}"
    );
    assert_eq!(
        meaning(text),
        meaning(&once),
        "formatting changed the meaning\n--- input\n{text}\n--- formatted\n{once}"
    );
}

fn check_ranges(text: &str, file: &str, diagnostics: &[Diagnostic]) {
    let locations = diagnostics.iter().flat_map(|d| {
        std::iter::once(&d.location)
            .chain(d.labels.iter().map(|l| &l.location))
            .chain(
                d.fix
                    .iter()
                    .flat_map(|f| f.edits.iter().map(|e| &e.location)),
            )
    });
    for location in locations.filter(|l| l.file == file) {
        let (start, end) = (location.range.start as usize, location.range.end as usize);
        assert!(
            start <= end && end <= text.len(),
            "{location:?} is outside the text"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{location:?} splits a character"
        );
    }
}

thread_local! {
    /// One database for the whole run, so the built-in catalogues are parsed once
    /// and each input costs what an edit in the editor costs.
    static HOST: RefCell<AnalysisHost> = RefCell::new(AnalysisHost::new(Settings::new(as_of()), None));
}

/// The full check of a one-file workspace: diagnostics come back with ranges inside
/// the text, render for people and as SARIF, and the editor features answer at a
/// few positions.
pub fn check(text: &str) {
    const FILE: &str = "spec.aims";
    HOST.with(|host| {
        let mut host = host.borrow_mut();
        host.set_file_text(FILE, text, Origin::Spec);
        let analysis = host.snapshot();
        let diagnostics = analysis.diagnostics().expect("not cancelled");
        check_ranges(text, FILE, &diagnostics);
        let mut out = Vec::new();
        render(
            &diagnostics,
            |f| (f == FILE).then_some(text),
            RenderOptions { color: false },
            &mut out,
        )
        .expect("render to memory");
        let index = aims::text::LineIndex::new(text);
        let line_index = |f: &str| (f == FILE).then_some(&index);
        let options = aims::diagnostics::sarif::CiOptions {
            as_of: "2026-06-01".into(),
            path_prefix: String::new(),
            line_index: &line_index,
        };
        let sarif = aims::diagnostics::sarif::sarif_log(&diagnostics, &options);
        serde_json::to_string(&sarif).expect("SARIF serialises");
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for k in 1..=3 {
            let offset = boundaries
                .get(boundaries.len() * k / 4)
                .copied()
                .unwrap_or(0);
            analysis.hover(FILE, offset).expect("not cancelled");
            analysis.completions(FILE, offset).expect("not cancelled");
            analysis.definition(FILE, offset).expect("not cancelled");
        }
        analysis.document_symbols(FILE).expect("not cancelled");
        analysis.semantic_tokens(FILE).expect("not cancelled");
    });
}

/// The prose reader finds mentions inside the text, on character boundaries, in
/// every format.
pub fn prose(text: &str) {
    thread_local! {
        static ALIASES: Vec<aims::prose::Alias> = test_aliases();
    }
    ALIASES.with(|aliases| {
        for format in [ProseFormat::Markdown, ProseFormat::Html, ProseFormat::Text] {
            for mention in find_mentions(text, format, aliases) {
                for range in [&mention.span, &mention.sentence] {
                    assert!(
                        range.start <= range.end && range.end <= text.len(),
                        "{format:?}: {range:?} is outside the text"
                    );
                    assert!(
                        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
                        "{format:?}: {range:?} splits a character"
                    );
                }
                assert!(
                    mention.sentence.start <= mention.span.start
                        && mention.span.end <= mention.sentence.end,
                    "{format:?}: the mention is outside its sentence"
                );
            }
        }
    });
}

/// `aims.toml`: any text gives settings or diagnostics inside the text, never a
/// panic.
pub fn config(text: &str) {
    let mut settings = Settings::new(as_of());
    let problems = apply_config(text, &mut settings);
    check_ranges(text, aims::config::CONFIG_FILE, &problems);
}

/// The Statement of Applicability importer (`aims import soa`): any bytes, read as
/// CSV and as a workbook, give a table or a message, never a panic; every import
/// gives `.aims` text that parses without a syntax error (with the parser's
/// invariants) and declares exactly the controls and exclusions it reports.
pub fn soa(bytes: &[u8]) {
    use aims::import::{soa, table};
    thread_local! {
        static CATALOGUE: aims::semantic::catalogue::Catalogue = {
            let project = aims::Project::from_sources(Settings::new(as_of()), None, Vec::new());
            aims::queries::catalogue(&project.db, project.workspace).clone()
        };
    }
    let tables = [
        table::csv_from_bytes(bytes, "soa.csv"),
        table::workbook_from_bytes(bytes, "soa.xlsx"),
    ];
    CATALOGUE.with(|catalogue| {
        for table in tables.iter().flatten() {
            for name in ["iso27001", "iso42001"] {
                let framework = catalogue.framework(name).expect("built-in framework");
                let Ok(imported) = soa::import(table, framework, "soa.csv") else {
                    continue;
                };
                let text = &imported.text;
                let parse = parse_text(text);
                check_invariants(text, &parse);
                assert!(
                    parse.errors.is_empty(),
                    "imported text has syntax errors: {:?}\n--- table\n{:?}\n--- text\n{text}",
                    parse.errors,
                    table.rows
                );
                let count = |kind: &str| {
                    parse
                        .tree
                        .items
                        .iter()
                        .filter(|i| i.kind.text == kind)
                        .count()
                };
                assert_eq!(
                    (count("control"), count("exclude")),
                    (imported.controls, imported.exclusions),
                    "the text does not declare what the import reports\n--- text\n{text}"
                );
            }
        }
    });
}
