//! The language server's integration tests, one test crate with a module per area.
//!
//! Cargo links every file directly under `tests/` as its own executable against the
//! whole dependency tree, so one crate with modules builds and links once. Run one
//! area with a filter: `cargo test -p aims-lsp --test it conformance`.
//!
//! Tests share one process here: they pass settings to the real binary with
//! `Command::env` and never change the process's environment, working directory or
//! panic hook.

mod abuse;
mod allocator;
mod conformance;
mod cursor_fixtures;
mod e2e;
mod encoding;
mod features;
mod interleaving;
mod management;
mod ordering;
mod panic_hook;
mod support;
