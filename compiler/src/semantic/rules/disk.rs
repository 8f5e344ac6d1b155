//! The rules that read the file system: whether evidence and publication files
//! exist, whether they are symbolic links out of the workspace, and whether
//! evidence matches its recorded SHA-256.
//!
//! These run outside salsa, in a separate pass (`queries::disk_diagnostics`, which
//! `Project::diagnostics` adds), because salsa cannot see the file system change: a
//! memoised "file exists" would stay true after the file is deleted. The pass is
//! cheap to repeat (hashes are streamed, so a large file costs no memory) and takes
//! from the database the declarations that name a file (`queries::declarations_naming_files`,
//! memoised), so only its disk reads are redone. Tools that call
//! `queries::all_diagnostics` directly (the language server) must append
//! `queries::disk_diagnostics` themselves.
//!
//! Paths that leave the root as written (`..`, absolute) are reported by
//! `rules::evidence` inside salsa and are skipped here.

use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::diagnostics::{Code, Diagnostic};
use crate::paths::resolve_relative;
use crate::semantic::model::{Decl, Model};
use crate::semantic::rules::evidence::{file_fields, is_sha256};
use crate::syntax::ast::Field;

/// The evidence and publication declarations of `model` whose `file` field is a
/// string: what `check_disk` reads, found once per change of the model.
pub fn declarations_naming_files(model: &Model) -> Vec<Decl> {
    file_fields(model).map(|(decl, _)| decl.clone()).collect()
}

/// Checks the file of every declaration of `naming_files` (see
/// `declarations_naming_files`) against the disk under `root`.
pub fn check_disk(naming_files: &[Decl], root: &Path) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if naming_files.is_empty() {
        return out;
    }
    let Ok(canonical_root) = root.canonicalize() else {
        return out;
    };
    for decl in naming_files {
        let Some(field) = decl.item.field("file") else {
            continue;
        };
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::diagnostics::Code;
    use crate::semantic::rules::testing::{check, date, lines};
    use crate::workspace::Project;

    const CONTENT: &str = "fairness report\n";
    /// A well-formed hash that matches none of the test files.
    const HASH: &str = "e6b4cad0c2e3a8ad1e5b7d0aa3e9c0c7a8a46c37d2a8f00d94ee8a2b9cb87c5d";

    fn write(root: &Path, path: &str, text: &str) {
        let full = root.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
    }

    fn disk_lines(root: &Path) -> Vec<String> {
        let project = Project::load(root, Some(date("2026-11-28")), date("2026-11-28")).unwrap();
        let found: Vec<_> = project
            .diagnostics()
            .into_iter()
            .filter(|d| {
                matches!(
                    d.code,
                    Code::EvidenceMissing
                        | Code::EvidenceHashMismatch
                        | Code::PathOutsideWorkspace
                        | Code::InvalidValue
                )
            })
            .collect();
        lines(&found)
    }

    #[test]
    fn streamed_hash_matches_sha256sum() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "e.txt", CONTENT);
        let actual = super::sha256_file(&dir.path().join("e.txt")).unwrap();
        let expected: String = {
            use sha2::Digest;
            sha2::Sha256::digest(CONTENT.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        assert_eq!(actual, expected);
        assert_eq!(actual.len(), 64);
    }

    #[test]
    fn files_larger_than_the_copy_buffer_hash_correctly() {
        let dir = tempfile::tempdir().unwrap();
        let big: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(dir.path().join("big.bin"), &big).unwrap();
        let expected: String = {
            use sha2::Digest;
            sha2::Sha256::digest(&big)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        assert_eq!(
            super::sha256_file(&dir.path().join("big.bin")).unwrap(),
            expected
        );
    }

    #[test]
    fn present_file_with_matching_hash_is_clean_in_either_case() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "evidence/report.txt", CONTENT);
        let hash = super::sha256_file(&dir.path().join("evidence/report.txt")).unwrap();
        write(
            dir.path(),
            "specs/controls.aims",
            &format!(
                "evidence report {{ date: 2026-09-30, file: \"../evidence/report.txt\", sha256: \"{}\" }}\n",
                hash.to_uppercase()
            ),
        );
        assert_eq!(disk_lines(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn missing_file_and_changed_file() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "evidence/report.txt", "a different report\n");
        write(
            dir.path(),
            "spec.aims",
            &format!(
                "evidence report {{ date: 2026-09-30, file: \"evidence/report.txt\", sha256: \"{HASH}\" }}\nevidence gone {{ date: 2026-09-30, file: \"evidence/gone.pdf\" }}\npublication page {{ file: \"site/trust.md\" }}\n"
            ),
        );
        let actual = super::sha256_file(&dir.path().join("evidence/report.txt")).unwrap();
        assert_eq!(
            disk_lines(dir.path()),
            [
                format!("error evidence-hash-mismatch: the evidence file `evidence/report.txt` has changed since its hash was recorded: its SHA-256 is now {actual}"),
                "error evidence-missing: the evidence file `evidence/gone.pdf` of `gone` does not exist".to_owned(),
                "error invalid-value: no such file: the publication `page` names `site/trust.md`".to_owned(),
            ]
        );
    }

    #[test]
    fn no_root_means_no_disk_checks() {
        let spec = "evidence gone { date: 2026-09-30, file: \"evidence/gone.pdf\" }\n";
        let found = check(spec, "2026-11-28", &[Code::EvidenceMissing]);
        assert!(found.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_out_of_the_workspace() {
        let outside = tempfile::tempdir().unwrap();
        write(outside.path(), "secret.txt", CONTENT);
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "inside.txt", CONTENT);
        std::os::unix::fs::symlink(
            outside.path().join("secret.txt"),
            dir.path().join("link.txt"),
        )
        .unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("linked-folder")).unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("inside.txt"),
            dir.path().join("inner-link.txt"),
        )
        .unwrap();
        std::os::unix::fs::symlink(
            dir.path().join("nothing.txt"),
            dir.path().join("dangling.txt"),
        )
        .unwrap();
        write(
            dir.path(),
            "spec.aims",
            "evidence a { date: 2026-09-30, file: \"link.txt\" }\nevidence b { date: 2026-09-30, file: \"linked-folder/secret.txt\" }\nevidence c { date: 2026-09-30, file: \"inner-link.txt\" }\nevidence d { date: 2026-09-30, file: \"dangling.txt\" }\n",
        );
        let found = disk_lines(dir.path());
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(
            found[0]
                .starts_with("error path-outside-workspace: `link.txt` is a symbolic link to `"),
            "{found:#?}"
        );
        assert!(
            found[1].starts_with(
                "error path-outside-workspace: `linked-folder/secret.txt` is a symbolic link to `"
            ),
            "{found:#?}"
        );
        assert_eq!(
            found[2],
            "error evidence-missing: the evidence file `dangling.txt` of `d` does not exist"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_publication_linked_from_outside_is_reported_and_not_read() {
        let outside = tempfile::tempdir().unwrap();
        write(outside.path(), "trust.md", "We are ISO 27001 certified.\n");
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("site")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("trust.md"),
            dir.path().join("site/trust.md"),
        )
        .unwrap();
        write(
            dir.path(),
            "spec.aims",
            "publication page { file: \"site/trust.md\" }\n",
        );
        let project =
            Project::load(dir.path(), Some(date("2026-11-28")), date("2026-11-28")).unwrap();
        assert!(project.source("site/trust.md").is_none());
        let found = disk_lines(dir.path());
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].starts_with(
                "error path-outside-workspace: `site/trust.md` is a symbolic link to `"
            ),
            "{found:#?}"
        );
    }
}
