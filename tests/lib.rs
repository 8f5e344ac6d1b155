//! Repository-wide tests and shared fixtures.
//!
//! Cargo compiles no top-level `tests/` folder in a virtual workspace, so this folder
//! is a crate of its own. It holds the fixtures (`fixtures/`) and snapshots
//! (`snapshots/`) that the compiler's and the server's test harnesses read, and the
//! tidy test, which enforces the layering and style rules of ARCHITECTURE.md.

use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}
