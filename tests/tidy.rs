//! Tidy checks, in the style of rust-analyzer's: the layering and style rules that
//! ARCHITECTURE.md states, checked mechanically so they cannot drift.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path
                .file_name()
                .is_some_and(|n| n == "target" || n == "node_modules")
            {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources(crate_dir: &str) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(
        &aims_tests::repo_root().join(crate_dir).join("src"),
        &mut files,
    );
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect()
}

#[test]
fn every_module_says_why_it_exists() {
    let mut missing = Vec::new();
    for krate in ["compiler", "lsp-server"] {
        for (path, text) in sources(krate) {
            let is_test_module = path.file_name().is_some_and(|n| n == "tests.rs");
            if !is_test_module && !text.trim_start().starts_with("//!") {
                missing.push(path.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "modules without a `//!` doc comment: {missing:#?}"
    );
}

#[test]
fn the_compiler_knows_nothing_of_lsp() {
    for (path, text) in sources("compiler") {
        for forbidden in ["ls_types", "tower_lsp", "lsp_types"] {
            assert!(
                !text.contains(forbidden),
                "{} mentions {forbidden}",
                path.display()
            );
        }
    }
    let manifest =
        std::fs::read_to_string(aims_tests::repo_root().join("compiler/Cargo.toml")).unwrap();
    assert!(
        !manifest.contains("tower-lsp"),
        "the compiler must not depend on the LSP crates"
    );
}

#[test]
fn the_syntax_layer_knows_nothing_of_salsa_or_rendering() {
    for (path, text) in sources("compiler") {
        if path.components().any(|c| c.as_os_str() == "syntax") {
            for forbidden in [
                "salsa::",
                "use salsa",
                "ariadne::",
                "crate::db",
                "crate::queries",
            ] {
                assert!(
                    !text.contains(forbidden),
                    "{} uses {forbidden}",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn no_debugging_leftovers_or_stubs() {
    for krate in ["compiler", "lsp-server"] {
        for (path, text) in sources(krate) {
            for forbidden in ["dbg!(", "todo!(", "unimplemented!("] {
                assert!(
                    !text.contains(forbidden),
                    "{} contains {forbidden}",
                    path.display()
                );
            }
        }
    }
    for (path, text) in sources("lsp-server") {
        let stdout_writes = text
            .lines()
            .filter(|l| {
                l.trim_start().starts_with("println!") || l.trim_start().starts_with("print!(")
            })
            .count();
        assert_eq!(
            stdout_writes,
            0,
            "{}: stdout is the LSP channel",
            path.display()
        );
    }
}
