//! The AIMS language server: LSP over the compiler's salsa database.
//!
//! The server is thin. `aims::ide` answers every question in byte offsets and
//! workspace paths; this crate keeps the session (open documents, workspace roots,
//! settings), runs reads on database snapshots off the async runtime, converts to and
//! from LSP types (only in `convert`), and publishes diagnostics.
//!
//! Layers: `state` (the shared state: session, documents, one `AnalysisHost` per
//! root) knows nothing of LSP methods; `dispatch` (reads) and `diagnostics`
//! (publishing) run work on it; `handlers` has one function per method; `backend` is
//! only the `LanguageServer` table. The tidy test keeps these imports one-way.
//!
//! Concurrency contract: edits mutate the database before their handler's first
//! `.await`, so they apply in arrival order; the session lock is never held across
//! `.await`; a database snapshot is taken under the lock and moved straight into a
//! blocking job (a `spawn_blocking` closure for reads and a file's own diagnostics,
//! or a job on the root's diagnostics thread, `worker`, for whole-workspace runs),
//! and lives only there, because a salsa setter waits until every snapshot is
//! dropped.

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
mod state;
pub mod transport;
mod worker;

pub use state::{Backend, Hooks};

use tower_lsp_server::{ClientSocket, LspService};

/// The service, for in-process tests and the binary.
pub fn service() -> (LspService<Backend>, ClientSocket) {
    service_with(Hooks::default())
}

/// The service with test hooks.
pub fn service_with(hooks: Hooks) -> (LspService<Backend>, ClientSocket) {
    LspService::new(move |client| Backend::new(client, hooks))
}

/// Makes every panic log one plain line to stderr (the editor's log; stdout is the
/// protocol) saying that it is a bug and where it happened. The server keeps running:
/// a panic inside a request is answered as an internal error for that request
/// (`dispatch`). salsa's cancellation unwinds without calling the hook.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        log(format!(
            "internal error (a bug in aims-lsp {}, please report it): {}{location}",
            env!("CARGO_PKG_VERSION"),
            panic_message(info.payload())
        ));
    }));
}

/// The message a panic was raised with, or "unknown panic".
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic")
}

/// Writes a line for people to stderr (stdout is the protocol).
pub(crate) fn log(message: impl std::fmt::Display) {
    eprintln!("aims-lsp: {message}");
}
