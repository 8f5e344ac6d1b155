//! The AIMS language server: LSP over the compiler's salsa database.
//!
//! The server is thin. `aims::ide` answers every question in byte offsets and
//! workspace paths; this crate keeps the session (open documents, workspace roots,
//! settings), runs reads on database snapshots off the async runtime, converts to and
//! from LSP types (only in `convert`), and publishes diagnostics.
//!
//! Concurrency contract: edits mutate the database before their handler's first
//! `.await`, so they apply in arrival order; the session lock is never held across
//! `.await`; database snapshots live only inside `spawn_blocking` closures, because a
//! salsa setter waits until every snapshot is dropped.

// Panic policy: library and binary code handle errors instead of unwrapping;
// tests may unwrap. (A line where an invariant truly holds says so in an `allow`.)
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod backend;
mod capabilities;
mod convert;
mod diagnostics;
mod dispatch;
mod handlers;
mod session;
mod settings;
pub mod transport;

pub use backend::{Backend, Hooks};

use tower_lsp_server::{ClientSocket, LspService};

/// The service, for in-process tests and the binary.
pub fn service() -> (LspService<Backend>, ClientSocket) {
    service_with(Hooks::default())
}

/// The service with test hooks.
pub fn service_with(hooks: Hooks) -> (LspService<Backend>, ClientSocket) {
    LspService::new(move |client| Backend::new(client, hooks))
}

/// Writes a line for people to stderr (stdout is the protocol).
pub(crate) fn log(message: impl std::fmt::Display) {
    eprintln!("aims-lsp: {message}");
}
