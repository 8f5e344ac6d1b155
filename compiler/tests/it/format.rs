//! `aims fmt` over every real file: the output parses, keeps every comment and the
//! same tree, and formatting it again changes nothing.

use crate::support;

use support::files::aims_files;
use support::paths::repo;

/// The tree dump without byte ranges, so layout changes do not count.
fn shape(text: &str) -> String {
    let dump = aims::syntax::dump_tree(&aims::syntax::parse_text(text).tree);
    dump.split(' ')
        .filter(|word| {
            !(word.contains("..") && word.chars().next().is_some_and(|c| c.is_ascii_digit()))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn formatting_is_lossless_and_idempotent() {
    let mut files = Vec::new();
    aims_files(&repo("examples"), &mut files);
    aims_files(&repo("compiler/catalogues"), &mut files);
    aims_files(&repo("tests/fixtures/syntax/valid"), &mut files);
    let mut formatted_count = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let Ok(formatted) = aims::format::format_text(&text) else {
            continue; // Files that are broken on purpose.
        };
        formatted_count += 1;
        let parse = aims::syntax::parse_text(&formatted);
        assert_eq!(
            parse.errors,
            vec![],
            "{} formats to broken text",
            file.display()
        );
        assert_eq!(
            parse.comments.len(),
            aims::syntax::parse_text(&text).comments.len(),
            "{} lost comments",
            file.display()
        );
        assert_eq!(
            shape(&formatted),
            shape(&text),
            "{} changed meaning",
            file.display()
        );
        assert_eq!(
            aims::format::format_text(&formatted).unwrap(),
            formatted,
            "{} is not idempotent",
            file.display()
        );
    }
    assert!(
        formatted_count >= 15,
        "only {formatted_count} files formatted"
    );
}
