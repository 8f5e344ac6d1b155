//! Golden tests of the syntax layer: for every fixture under `tests/fixtures/syntax`,
//! a snapshot of the source, the tree and the rendered syntax errors, plus invariant
//! checks on every span. Valid fixtures must parse without errors.

use crate::support;

use aims::diagnostics::{Code, Diagnostic};
use aims::syntax::{dump_tree, parse_text};

#[test]
fn syntax_fixtures() {
    insta::glob!("../../../tests/fixtures", "syntax/**/*.aims", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let parse = parse_text(&text);
        support::invariants::check_invariants(&text, &parse);
        let valid = path.components().any(|c| c.as_os_str() == "valid");
        if valid {
            assert_eq!(
                parse.errors,
                vec![],
                "{} should parse cleanly",
                path.display()
            );
        } else {
            assert!(
                !parse.errors.is_empty(),
                "{} should have errors",
                path.display()
            );
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let diagnostics: Vec<Diagnostic> = parse
            .errors
            .iter()
            .map(|e| Diagnostic::new(Code::SyntaxError, &name, e.range, e.message.clone()))
            .collect();
        let rendered = support::render::plain(&diagnostics, |_| Some(text.as_str()));
        let snapshot = format!(
            "SOURCE\n{}\nTREE\n{}\nERRORS\n{}",
            text.replace('\r', "␍"),
            dump_tree(&parse.tree),
            rendered
        );
        insta::with_settings!({
            snapshot_path => "../../../tests/snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(snapshot);
        });
    });
}

/// The rendered diagnostics of `examples/errors`, one snapshot per example file, so
/// the wording and layout users see are reviewed whenever they change.
#[test]
fn errors_example_rendered() {
    let root = support::paths::repo("examples/errors");
    let date = jiff::civil::date(2026, 11, 28);
    let project = aims::Project::load(&root, Some(date), date).unwrap();
    let diagnostics = project.diagnostics();
    let mut files: Vec<&str> = diagnostics
        .iter()
        .map(|d| d.location.file.as_str())
        .collect();
    files.dedup();
    for file in files {
        let of_file: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.location.file == file)
            .cloned()
            .collect();
        let rendered = support::render::plain(&of_file, |p| project.source(p));
        insta::with_settings!({
            snapshot_path => "../../../tests/snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
            snapshot_suffix => file.replace(['/', '.'], "_"),
        }, {
            insta::assert_snapshot!("errors_example", rendered);
        });
    }
}
