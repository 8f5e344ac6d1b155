//! The rules that read the file system: whether evidence and publication files
//! exist, whether they are symbolic links out of the workspace, and whether
//! evidence matches its recorded SHA-256.
//!
//! These run outside salsa, in a separate pass that `Project::diagnostics` adds,
//! because salsa cannot see the file system change: a memoised "file exists" would
//! stay true after the file is deleted. The pass is cheap to repeat (hashes are
//! streamed, so a large file costs no memory) and takes the model from the
//! database, so only its disk reads are redone. Tools that call
//! `queries::all_diagnostics` directly (the language server) must call
//! `check_disk` too, or use `Project::diagnostics`.
//!
//! Paths that leave the root as written (`..`, absolute) are reported by
//! `rules::evidence` inside salsa and are skipped here.

use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::model::{Decl, Model};
use crate::semantic::rules::evidence::{file_fields, is_sha256};
use crate::syntax::ast::Field;
use crate::workspace::resolve_relative;

/// Checks every evidence and publication file of `model` against the disk under
/// `root`.
pub fn check_disk(model: &Model, root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let Ok(canonical_root) = root.canonicalize() else {
        return out;
    };
    for (decl, field) in file_fields(model) {
        let Some(written) = field.value.as_str() else {
            continue;
        };
        let Some(relative) = resolve_relative(&decl.file, written) else {
            continue;
        };
        let full = root.join(&relative);
        if std::fs::symlink_metadata(&full).is_err() {
            out.push(missing(decl, field, written, &relative));
            continue;
        }
        let canonical = match full.canonicalize() {
            Ok(c) => c,
            // A symbolic link to nothing.
            Err(_) => {
                out.push(missing(decl, field, written, &relative));
                continue;
            }
        };
        if !canonical.starts_with(&canonical_root) {
            out.push(
                Diagnostic::new(
                    Code::PathOutsideWorkspace,
                    &decl.file,
                    field.value.range,
                    format!(
                        "`{written}` is a symbolic link to `{}`, which is outside the workspace",
                        canonical.display()
                    ),
                )
                .with_help("copy the file into the workspace instead of linking to it, so that the spec and its evidence travel together"),
            );
            continue;
        }
        if canonical.is_dir() {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    &decl.file,
                    field.value.range,
                    format!("`{written}` is a folder, not a file"),
                )
                .with_help("name the file itself"),
            );
            continue;
        }
        if decl.kind() == "evidence" {
            hash(decl, &canonical, written, &mut out);
        }
    }
    out
}

fn missing(decl: &Decl, field: &Field, written: &str, relative: &str) -> Diagnostic {
    let (code, message) = if decl.kind() == "evidence" {
        (
            Code::EvidenceMissing,
            format!(
                "the evidence file `{written}` of `{}` does not exist",
                decl.name()
            ),
        )
    } else {
        (
            Code::InvalidValue,
            format!(
                "no such file: the publication `{}` names `{written}`",
                decl.name()
            ),
        )
    };
    Diagnostic::new(code, &decl.file, field.value.range, message).with_help(format!(
        "the path is relative to `{}`, so it was looked for at `{relative}` in the workspace; fix the path or add the file",
        decl.file
    ))
}

fn hash(decl: &Decl, file: &Path, written: &str, out: &mut Vec<Diagnostic>) {
    let Some(sha_field) = decl.item.field("sha256") else {
        return;
    };
    let Some(expected) = sha_field.value.as_str() else {
        return;
    };
    if !is_sha256(expected) {
        return; // `rules::evidence` reports the malformed hash.
    }
    match sha256_file(file) {
        Ok(actual) => {
            if actual != expected.to_ascii_lowercase() {
                out.push(
                    Diagnostic::new(
                        Code::EvidenceHashMismatch,
                        &decl.file,
                        sha_field.value.range,
                        format!(
                            "the evidence file `{written}` has changed since its hash was recorded: its SHA-256 is now {actual}"
                        ),
                    )
                    .with_help("if the file was replaced on purpose, check it still shows what the control needs and record the new hash; otherwise restore the original file"),
                );
            }
        }
        Err(error) => out.push(
            Diagnostic::new(
                Code::EvidenceMissing,
                &decl.file,
                sha_field.value.range,
                format!("the evidence file `{written}` cannot be read to check its hash: {error}"),
            )
            .with_help("check the file's permissions"),
        ),
    }
}

/// The SHA-256 of a file as lowercase hex, streamed through a fixed buffer.
pub fn sha256_file(path: &Path) -> io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    io::copy(&mut file, &mut hasher)?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}
