//! "Parsing never fails": every prefix of every example and fixture file parses and
//! checks without panicking, and the span invariants hold. This is what a language
//! server sees on every keystroke, so it stands in for fuzzing.

use crate::support;

use support::files::aims_files;
use support::invariants::check_invariants;
use support::paths::repo;

#[test]
fn every_prefix_of_every_example_parses() {
    let mut files = Vec::new();
    aims_files(&repo("examples"), &mut files);
    aims_files(&repo("tests/fixtures"), &mut files);
    files.sort();
    assert!(files.len() >= 10, "found {} files", files.len());
    let mut prefixes = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &end in &boundaries {
            let prefix = &text[..end];
            let parse = aims::syntax::parse_text(prefix);
            check_invariants(prefix, &parse);
            prefixes += 1;
        }
    }
    println!("parsed {prefixes} prefixes of {} files", files.len());
}

#[test]
fn every_line_prefix_of_an_example_checks_without_panicking() {
    let root = repo("examples/acme/spec");
    let mut files = Vec::new();
    aims_files(&root, &mut files);
    files.sort();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let mut end = 0;
        for line in text.split_inclusive('\n') {
            end += line.len();
            let project = aims::Project::from_sources(
                aims::config::Settings::new(jiff::civil::date(2026, 11, 28)),
                None,
                vec![(
                    "spec.aims".into(),
                    text[..end].to_owned(),
                    aims::db::Origin::Spec,
                )],
            );
            let diagnostics = project.diagnostics();
            for d in &diagnostics {
                assert!(d.location.range.end as usize <= end);
            }
        }
    }
}
