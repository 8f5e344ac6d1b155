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

/// The sibling modules that `text` imports through `crate::prose::` (in its
/// non-test code), by the names in `modules`.
fn prose_imports(text: &str, modules: &[String]) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    let mut found = Vec::new();
    for (at, _) in code.match_indices("crate::prose::") {
        let rest = &code[at + "crate::prose::".len()..];
        let group = match rest.strip_prefix('{') {
            Some(inner) => &inner[..inner.find('}').unwrap_or(inner.len())],
            None => {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                &rest[..end]
            }
        };
        for word in group.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if modules.iter().any(|m| m == word) && !found.iter().any(|f| f == word) {
                found.push(word.to_string());
            }
        }
    }
    found
}

#[test]
fn prose_modules_form_no_import_cycle() {
    let dir = aims_tests::repo_root().join("compiler/src/prose");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter(|p| p.file_stem().is_some_and(|s| s != "mod"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    assert!(
        files.len() > 3,
        "no prose modules found in {}",
        dir.display()
    );
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    let edges: Vec<Vec<usize>> = files
        .iter()
        .map(|(name, text)| {
            prose_imports(text, &names)
                .iter()
                .filter(|m| *m != name)
                .filter_map(|m| names.iter().position(|n| n == m))
                .collect()
        })
        .collect();
    // Depth-first search; a module met again while still on the path closes a cycle.
    fn visit(at: usize, edges: &[Vec<usize>], state: &mut [u8], path: &mut Vec<usize>) -> bool {
        state[at] = 1;
        path.push(at);
        for &next in &edges[at] {
            if state[next] == 1 {
                path.push(next);
                return true;
            }
            if state[next] == 0 && visit(next, edges, state, path) {
                return true;
            }
        }
        state[at] = 2;
        path.pop();
        false
    }
    let mut state = vec![0u8; names.len()];
    for start in 0..names.len() {
        let mut path = Vec::new();
        if state[start] == 0 && visit(start, &edges, &mut state, &mut path) {
            let cycle: Vec<&str> = path.iter().map(|&i| names[i].as_str()).collect();
            panic!("prose modules import each other: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn prose_import_scanner_reads_grouped_and_single_imports() {
    let modules = ["claims", "lexicon", "units"].map(String::from);
    let text = "use crate::prose::lexicon::{self, Compiled};\nuse crate::prose::{Alias, units};\n#[cfg(test)]\nuse crate::prose::claims;";
    assert_eq!(prose_imports(text, &modules), ["lexicon", "units"]);
}
