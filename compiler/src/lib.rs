//! The AIMS compiler: parsing, checking and reporting on AI management systems
//! written in the AIMS language.
//!
//! The crate is layered. `syntax` turns text into trees and knows nothing else;
//! `db` and `queries` hold the workspace in a salsa database and derive everything
//! from it; `semantic` holds the rules; `diagnostics` is the one diagnostic model with
//! its renderers; `ide` answers editor questions in byte offsets. Nothing here knows
//! about LSP: the `aims-lsp` crate converts.

// Panic policy: library and binary code handle errors instead of unwrapping;
// tests may unwrap. (A line where an invariant truly holds says so in an `allow`.)
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod analysis;
pub mod catalog;
pub mod config;
pub mod db;
pub mod diagnostics;
pub mod diff;
pub mod english;
pub mod fast_hash;
pub mod fixes;
pub mod format;
pub mod ide;
pub mod import;
pub mod json_schema;
mod parallel;
pub mod paths;
pub mod prose;
pub mod publish;
pub mod queries;
pub mod reference;
pub mod report;
pub mod semantic;
pub mod suggest;
pub mod syntax;
pub mod text;
pub mod workspace;

pub use workspace::Project;
