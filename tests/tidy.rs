//! Tidy checks, in the style of rust-analyzer's: the layering and style rules that
//! ARCHITECTURE.md states, checked mechanically so they cannot drift.
//!
//! The layering is a table (`COMPILER_LAYERS`, `SERVER_LAYERS`): for each module of a
//! crate, the modules of the same crate its non-test code may import. A new import
//! across layers is a one-line change to the table, made on purpose and reviewed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The compiler's layers: each top-level module of `compiler/src` (a file or a
/// folder) and the top-level modules it may import (`crate::NAME` in the library,
/// `aims::NAME` in the binary's `cli`). A module missing from the table fails the
/// test, so that a new one is placed on purpose.
const COMPILER_LAYERS: &[(&str, &[&str])] = &[
    // Leaves.
    ("text", &[]),
    ("english", &[]),
    ("paths", &[]),
    ("fast_hash", &[]),
    ("suggest", &[]),
    ("json_schema", &[]),
    ("catalog", &["json_schema", "semantic"]),
    ("prose", &[]),
    ("diagnostics", &["english", "text"]),
    ("syntax", &["suggest", "text"]),
    ("config", &["diagnostics", "suggest", "text"]),
    ("format", &["syntax", "text"]),
    ("fixes", &["diagnostics", "text"]),
    // Meaning: plain data in, diagnostics out. Neither the loader (`workspace`) nor
    // the salsa queries (`db`, `queries`, `analysis`).
    (
        "semantic",
        &[
            "config",
            "diagnostics",
            "english",
            "fast_hash",
            "paths",
            "prose",
            "suggest",
            "syntax",
            "text",
        ],
    ),
    ("reference", &["diagnostics", "semantic"]),
    ("import", &["semantic", "syntax"]),
    // The salsa database, its queries and the loader.
    ("db", &["config"]),
    // Running per-file queries on every core, for a command that checks once.
    ("parallel", &["db"]),
    (
        "queries",
        &[
            "config",
            "db",
            "diagnostics",
            "fast_hash",
            "prose",
            "semantic",
            "syntax",
            "text",
        ],
    ),
    (
        "workspace",
        &[
            "catalog",
            "config",
            "db",
            "diagnostics",
            "parallel",
            "paths",
            "queries",
            "text",
        ],
    ),
    // Products built on the queries.
    (
        "publish",
        &[
            "catalog",
            "config",
            "db",
            "diagnostics",
            "json_schema",
            "queries",
            "semantic",
            "syntax",
            "text",
            "workspace",
        ],
    ),
    (
        "report",
        &[
            "catalog",
            "config",
            "db",
            "diagnostics",
            "english",
            "fast_hash",
            "json_schema",
            "paths",
            "prose",
            "publish",
            "queries",
            "semantic",
            "syntax",
            "text",
            "workspace",
        ],
    ),
    (
        "diff",
        &[
            "catalog",
            "config",
            "db",
            "diagnostics",
            "english",
            "json_schema",
            "queries",
            "report",
            "semantic",
            "syntax",
            "text",
            "workspace",
        ],
    ),
    (
        "ide",
        &[
            "catalog",
            "config",
            "db",
            "diagnostics",
            "english",
            "publish",
            "queries",
            "semantic",
            "syntax",
            "text",
        ],
    ),
    // The façade editors and the CLI use.
    (
        "analysis",
        &[
            "config",
            "db",
            "diagnostics",
            "format",
            "ide",
            "queries",
            "semantic",
            "text",
            "workspace",
        ],
    ),
    // The binary: everything except the queries themselves, which it reaches through
    // the `Analysis` façade.
    (
        "cli",
        &[
            "analysis",
            "catalog",
            "config",
            "diagnostics",
            "diff",
            "english",
            "fixes",
            "format",
            "import",
            "paths",
            "publish",
            "reference",
            "report",
            "semantic",
            "suggest",
            "text",
            "workspace",
        ],
    ),
    ("lib", &[]),
    ("main", &[]),
];

/// The server's layers. `state` (with the session, settings and the diagnostics
/// thread) knows nothing of LSP methods; the read and publish machinery sit on it;
/// `handlers` has one function per method; `backend` is only the method table.
const SERVER_LAYERS: &[(&str, &[&str])] = &[
    ("settings", &[]),
    ("worker", &[]),
    ("session", &["settings", "worker"]),
    ("state", &["session"]),
    ("convert", &["session"]),
    ("capabilities", &["convert", "session"]),
    ("dispatch", &["convert", "session", "state"]),
    ("diagnostics", &["convert", "session", "state"]),
    (
        "handlers",
        &[
            "capabilities",
            "convert",
            "diagnostics",
            "dispatch",
            "session",
            "settings",
            "state",
        ],
    ),
    ("backend", &["handlers", "state"]),
    ("transport", &["state"]),
    ("lib", &[]),
    ("main", &[]),
];

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

/// The files that are test-only modules (`#[cfg(test)] mod NAME;` in their parent).
fn test_module_files(files: &[(PathBuf, String)]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for (path, text) in files {
        let lines: Vec<&str> = text.lines().collect();
        for pair in lines.windows(2) {
            if pair[0].trim() != "#[cfg(test)]" {
                continue;
            }
            let declaration = pair[1].trim();
            let Some(name) = declaration
                .strip_suffix(';')
                .and_then(|d| d.rsplit_once("mod "))
                .map(|(_, name)| name)
            else {
                continue;
            };
            let stem = path.file_stem().unwrap().to_string_lossy();
            let dir = path.parent().unwrap();
            let dir = if ["mod", "lib", "main"].contains(&stem.as_ref()) {
                dir.to_path_buf()
            } else {
                dir.join(stem.as_ref())
            };
            out.insert(dir.join(format!("{name}.rs")));
            out.insert(dir.join(name).join("mod.rs"));
        }
    }
    out
}

/// The code of a file that is not test code: by the crate's convention, test
/// modules come last, so everything from the first `#[cfg(test)]` on is test code.
fn non_test_code(text: &str) -> &str {
    text.find("\n#[cfg(test)]").map_or(text, |i| &text[..i])
}

/// The top-level module names a text imports through `prefix` (`crate::` or
/// `aims::`): `crate::a::b` gives `a`, and `crate::{a, b::c}` gives `a` and `b`.
fn imported_modules(text: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices(prefix) {
        let before = text[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &text[i + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 0 || (depth == 1 && c == ',') {
                    out.insert(ident(&item));
                    item.clear();
                    if depth == 0 {
                        break;
                    }
                } else if depth == 1 {
                    item.push(c);
                }
            }
        } else {
            out.insert(ident(rest));
        }
    }
    out.remove("");
    out
}

/// Checks a crate against its layer table; returns one line per violation.
fn layering_violations(
    crate_dir: &str,
    layers: &[(&str, &[&str])],
    prefixes: &[&str],
) -> Vec<String> {
    let root = aims_tests::repo_root().join(crate_dir).join("src");
    let files = sources(crate_dir);
    let test_files = test_module_files(&files);
    let modules: BTreeSet<String> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| {
            let path = e.path();
            path.file_stem().unwrap().to_string_lossy().into_owned()
        })
        .collect();
    let mut problems = Vec::new();
    for module in &modules {
        if !layers.iter().any(|(name, _)| name == module) {
            problems.push(format!(
                "{crate_dir}/src/{module}: not in the layer table of tests/tidy.rs"
            ));
        }
    }
    for (path, text) in &files {
        if test_files.contains(path) || path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let relative = path.strip_prefix(&root).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let layer = Path::new(first).file_stem().unwrap().to_string_lossy();
        let Some((_, allowed)) = layers.iter().find(|(name, _)| *name == layer) else {
            continue;
        };
        let code = non_test_code(text);
        for prefix in prefixes {
            for imported in imported_modules(code, prefix) {
                if imported != layer
                    && modules.contains(&imported)
                    && !allowed.contains(&imported.as_str())
                {
                    problems.push(format!(
                        "{crate_dir}/src/{}: the `{layer}` layer may not import `{imported}`",
                        relative.display()
                    ));
                }
            }
        }
    }
    problems
}

#[test]
fn the_compiler_keeps_its_layers() {
    let problems = layering_violations("compiler", COMPILER_LAYERS, &["crate::", "aims::"]);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_server_state_knows_nothing_of_lsp_methods() {
    let problems = layering_violations("lsp-server", SERVER_LAYERS, &["crate::"]);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_import_reader_sees_groups_and_paths() {
    let text = "use crate::{a, b::{c, d}, e::F};\nuse crate::g::h;\nlet x = other_crate::i;";
    assert_eq!(
        imported_modules(text, "crate::"),
        ["a", "b", "e", "g"].map(String::from).into()
    );
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
            for forbidden in ["salsa::", "use salsa", "ariadne::"] {
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
fn only_convert_turns_offsets_into_positions() {
    for (path, text) in sources("lsp-server") {
        if path.ends_with("convert.rs") {
            continue;
        }
        for forbidden in ["line_col(", "LineCol", "ColumnUnit::Utf16 =>"] {
            assert!(
                !text.contains(forbidden),
                "{} converts positions itself ({forbidden})",
                path.display()
            );
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
}

/// The integration-test targets Cargo would build for a crate: every `.rs` file
/// directly under `tests/`, and every folder there with a `main.rs`.
fn integration_test_targets(crate_dir: &str) -> Vec<String> {
    let tests = aims_tests::repo_root().join(crate_dir).join("tests");
    let mut targets: Vec<String> = std::fs::read_dir(&tests)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "rs") || path.join("main.rs").is_file()
        })
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    targets.sort();
    targets
}

#[test]
fn each_crate_links_one_integration_test_binary() {
    // Every target is linked against the whole dependency tree; one crate with a
    // module per file builds and links once (ARCHITECTURE.md, `tests/`).
    for krate in ["compiler", "lsp-server"] {
        assert_eq!(
            integration_test_targets(krate),
            ["it"],
            "{krate}/tests/: add a test file as a module of tests/it/main.rs, not as a file of its own"
        );
    }
}

/// Lines that print to stdout with `print!` or `println!` (not `eprint!`).
fn stdout_prints(text: &str) -> usize {
    text.lines()
        .filter(|l| {
            let l = l.trim_start();
            l.starts_with("println!") || l.starts_with("print!(")
        })
        .count()
}

#[test]
fn the_server_and_editor_features_never_print_to_stdout() {
    let compiler = sources("compiler");
    let editor = compiler.iter().filter(|(path, _)| {
        path.components().any(|c| c.as_os_str() == "ide") || path.ends_with("analysis.rs")
    });
    for (path, text) in sources("lsp-server").iter().chain(editor) {
        assert_eq!(
            stdout_prints(text),
            0,
            "{}: stdout is the LSP channel",
            path.display()
        );
    }
}

#[test]
fn the_cli_writes_its_output_through_one_door() {
    // `out!`, `outln!` and `write_output` end quietly when stdout is a closed pipe;
    // `println!` panics.
    for (path, text) in sources("compiler") {
        let in_binary = path.components().any(|c| c.as_os_str() == "cli")
            || path.ends_with("compiler/src/main.rs");
        if in_binary {
            assert_eq!(
                stdout_prints(&text),
                0,
                "{}: write with `outln!` or `write_output`, which handle a closed pipe",
                path.display()
            );
        }
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
