//! The rule fixtures under `compiler/tests/rules/`: one file per case, each an AIMS
//! source with the diagnostics it must produce written under the text they underline
//! (see `rules/README.md`). One test runs them all and reports every fixture that
//! fails, with a diff; `AIMS_UPDATE_FIXTURES=1` rewrites the failing ones instead.

use crate::support;

use std::path::Path;

use support::files::aims_files;
use support::fixture::{Outcome, check};

fn unified_diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(actual, expected)
        .unified_diff()
        .header("fixture as written", "fixture as the compiler sees it")
        .to_string()
}

#[test]
fn rule_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let update = std::env::var_os("AIMS_UPDATE_FIXTURES").is_some();
    let mut all = Vec::new();
    aims_files(&root, &mut all);
    all.sort();
    assert!(all.len() > 50, "only {} fixtures found", all.len());
    let mut failures = Vec::new();
    for path in &all {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        match check(&text) {
            Ok(Outcome::Pass) => {}
            Ok(Outcome::Differs { expected }) if update => {
                std::fs::write(path, expected).unwrap();
                eprintln!("updated {name}");
            }
            Ok(Outcome::Differs { expected }) => {
                failures.push(format!("{name}:\n{}", unified_diff(&expected, &text)));
            }
            Err(problem) => failures.push(format!("{name}: {problem}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rule fixtures fail (AIMS_UPDATE_FIXTURES=1 rewrites them; read the diff first):\n\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn a_misspelt_code_fails_with_a_clear_message() {
    let fixture = "\
role ciso { holder: \"Tom Reid\" }
//   ^^^^ warning[unused-declaraton]: the role `ciso` is never used
";
    match check(fixture) {
        Err(problem) => assert_eq!(problem, "no diagnostic code named `unused-declaraton`"),
        Ok(_) => panic!("a fixture with a misspelt code passed"),
    }
    let ignored = "//@ ignore: requirement-gapp\n";
    assert!(matches!(
        check(ignored),
        Err(problem) if problem == "no diagnostic code named `requirement-gapp`"
    ));
}

#[test]
fn a_missing_or_wrong_annotation_fails() {
    // The fixture claims nothing, but the role is unused.
    let silent = "role ciso { holder: \"Tom Reid\" }\n";
    let Ok(Outcome::Differs { expected }) = check(silent) else {
        panic!("a fixture without its diagnostic passed");
    };
    assert!(
        expected.contains("[unused-declaration]"),
        "the expected text names the code: {expected}"
    );
    // Written back, the expected text passes.
    assert!(matches!(check(&expected), Ok(Outcome::Pass)));
    // The right code under the wrong text fails.
    let shifted = expected.replacen("//   ^^^^", "//  ^^^^", 1);
    assert_ne!(shifted, expected);
    assert!(matches!(check(&shifted), Ok(Outcome::Differs { .. })));
}
