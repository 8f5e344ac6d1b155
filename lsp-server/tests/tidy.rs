//! Layering rules, checked mechanically: the compiler knows nothing of LSP; only
//! `convert.rs` turns offsets into positions; every source file says why it exists;
//! nothing prints to stdout (the protocol channel).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn the_compiler_does_not_know_lsp() {
    for file in rust_files(&repo().join("compiler/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in ["ls_types", "lsp_types", "tower_lsp"] {
            assert!(
                !text.contains(banned),
                "{} mentions {banned}",
                file.display()
            );
        }
    }
}

#[test]
fn server_modules_start_with_a_doc_comment_and_never_print_to_stdout() {
    let mut files = rust_files(&repo().join("lsp-server/src"));
    files.extend(rust_files(&repo().join("compiler/src/ide")));
    files.push(repo().join("compiler/src/analysis.rs"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} does not start with a `//!` doc comment",
            file.display()
        );
        for banned in ["println!", "print!(", "dbg!", "todo!", "unimplemented!"] {
            // `eprintln!` writes to stderr and is fine.
            let used = text
                .match_indices(banned)
                .any(|(i, _)| i == 0 || text.as_bytes()[i - 1] != b'e');
            assert!(!used, "{} uses {banned}", file.display());
        }
    }
}

#[test]
fn only_convert_turns_offsets_into_positions() {
    for file in rust_files(&repo().join("lsp-server/src")) {
        if file.ends_with("convert.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in ["line_col(", "LineCol", "ColumnUnit::Utf16 =>"] {
            assert!(
                !text.contains(banned),
                "{} converts positions itself ({banned})",
                file.display()
            );
        }
    }
}
