//! Where the repository's files are, seen from the compiler crate's tests.

use std::path::{Path, PathBuf};

/// `path` relative to the repository root.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}
