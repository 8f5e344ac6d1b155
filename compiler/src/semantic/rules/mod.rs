//! Cross-file rules, one module per family. Each module exposes a function that
//! reads the workspace model, catalogue and settings and appends diagnostics;
//! `workspace_rules::check_workspace` calls them. Rules that must read the file
//! system (`disk`) are kept out of salsa and run by `Project::diagnostics`.

pub mod certifications;
pub mod claims;
pub mod disk;
pub mod evidence;
#[cfg(test)]
pub(crate) mod testing;
