//! The built-in catalogues against the reference data they are generated from:
//! the generator's `--check` mode proves that `compiler/catalogues/` is what
//! `reference/` produces (so a clone can regenerate them), and the count tests
//! pin each catalogue to the figures its cited source gives.

use std::path::Path;
use std::process::Command;

/// The repository root: the parent of the compiler crate.
fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

#[test]
fn catalogues_regenerate_from_the_reference_data_in_the_repository() {
    let root = repo_root();
    assert!(
        root.join("reference/SOURCES.md").is_file(),
        "reference/SOURCES.md is part of the repository"
    );
    let output = Command::new("python3")
        .arg("tools/gen_catalogues.py")
        .arg("--check")
        .current_dir(root)
        .output()
        .expect("python3 runs (CI needs it for this check)");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{text}");
    assert!(text.contains("compared with reference"), "{text}");
}

#[test]
fn generated_catalogues_name_only_sources_inside_the_repository() {
    let dir = repo_root().join("compiler/catalogues");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("shared/reference"),
            "{} points outside the repository",
            path.display()
        );
    }
}
