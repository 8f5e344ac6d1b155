//! "Parsing never fails": every prefix of every example and fixture file parses and
//! checks without panicking, and the span invariants hold. This is what a language
//! server sees on every keystroke, so it stands in for fuzzing.

mod support;

use std::path::Path;

fn aims_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            aims_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "aims") {
            out.push(path);
        }
    }
}

#[test]
fn every_prefix_of_every_example_parses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    aims_files(&root.join("examples"), &mut files);
    aims_files(&root.join("tests/fixtures"), &mut files);
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
            support::check_invariants(prefix, &parse);
            prefixes += 1;
        }
    }
    println!("parsed {prefixes} prefixes of {} files", files.len());
}

#[test]
fn every_line_prefix_of_an_example_checks_without_panicking() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/acme/spec");
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
