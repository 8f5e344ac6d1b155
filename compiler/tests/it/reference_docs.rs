//! The reference in `docs/reference/` is what `aims::reference` writes from the schema
//! table and the diagnostic registry today, and the README stands alone: its links
//! stay inside the repository and its diagnostic tables are the registry's.
//!
//! After an intended change to the schema or a diagnostic, regenerate with
//! `AIMS_UPDATE_REFERENCE=1 cargo test -p aims-compiler --test it reference_docs`.

use crate::support;

use aims::diagnostics::Code;
use support::paths::repo;

fn check_generated(path: &str, expected: &str) {
    let file = repo(path);
    if std::env::var_os("AIMS_UPDATE_REFERENCE").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, expected).unwrap();
        return;
    }
    let actual = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        actual == expected,
        "{path} is stale: regenerate it with `AIMS_UPDATE_REFERENCE=1 cargo test -p aims-compiler --test it reference_docs`"
    );
}

#[test]
fn the_language_reference_is_generated_from_the_schema() {
    let text = aims::reference::language_reference();
    for kind in aims::semantic::schema::KINDS {
        assert!(
            text.contains(&format!("### {}\n", kind.name)),
            "{}",
            kind.name
        );
        for field in kind.fields {
            assert!(text.contains(&format!("| `{}` |", field.name)));
        }
    }
    check_generated("docs/reference/language.md", &text);
}

#[test]
fn the_diagnostics_reference_is_generated_from_the_registry() {
    let text = aims::reference::diagnostics_reference();
    for code in Code::ALL {
        assert!(text.contains(&format!("\n## {}\n", code.name())), "{code}");
    }
    check_generated("docs/reference/diagnostics.md", &text);
}

/// The targets of the Markdown links `[text](target)` in `text`.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        out.push(after[..end].to_owned());
        rest = &after[end..];
    }
    out
}

#[test]
fn the_readme_links_only_inside_the_repository() {
    let root = repo("").canonicalize().unwrap();
    for doc in ["README.md", "docs/tutorial.md"] {
        let Ok(text) = std::fs::read_to_string(repo(doc)) else {
            continue;
        };
        let base = repo(doc).parent().unwrap().to_path_buf();
        for target in links(&text) {
            if target.starts_with("https://") {
                continue; // the web is not a file of the repository
            }
            let path = target.split('#').next().unwrap();
            if path.is_empty() {
                continue;
            }
            let resolved = base
                .join(path)
                .canonicalize()
                .unwrap_or_else(|_| panic!("{doc} links to `{target}`, which does not exist"));
            assert!(
                resolved.starts_with(&root),
                "{doc} links to `{target}`, outside the repository"
            );
        }
    }
}

#[test]
fn the_readme_diagnostic_tables_are_generated_from_the_registry() {
    use aims::reference::{README_TABLES_END, README_TABLES_START, readme_diagnostic_tables};
    let tables = readme_diagnostic_tables();
    for code in Code::ALL {
        let info = code.info();
        assert!(
            tables.contains(&format!(
                "| `{}` | {} |",
                info.name,
                info.default_severity.as_str()
            )),
            "{code}"
        );
    }
    let readme = std::fs::read_to_string(repo("README.md")).unwrap();
    let (Some(start), Some(end)) = (
        readme.find(README_TABLES_START),
        readme.find(README_TABLES_END),
    ) else {
        panic!("README.md has lost the markers of its generated diagnostic tables");
    };
    let end = end + README_TABLES_END.len() + 1;
    let expected = format!("{}{tables}{}", &readme[..start], &readme[end..]);
    check_generated("README.md", &expected);
}

#[test]
fn aims_explain_takes_kinds_and_fields() {
    let run = |name: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_aims"))
            .args(["explain", name])
            .output()
            .unwrap()
    };
    let output = run("certification");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("# certification\n") && text.contains("`expires`"),
        "{text}"
    );
    let output = run("certification.expires");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("When the certificate expires."), "{text}");
    let output = run("certification.expirs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8(output.stderr)
            .unwrap()
            .contains("did you mean `certification.expires`?")
    );
}
