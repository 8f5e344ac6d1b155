//! The `aims-lsp` binary: the AIMS language server over stdin/stdout.
//!
//! stdout carries the protocol, so nothing else may be written there; messages for
//! people go to stderr. The stream goes through `aims_lsp::transport`, which answers
//! malformed messages instead of letting one of them end the session.

// Panic policy: library and binary code handle errors instead of unwrapping;
// tests may unwrap. (A line where an invariant truly holds says so in an `allow`.)
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::io::IsTerminal;

#[tokio::main]
async fn main() {
    aims_lsp::install_panic_hook();
    if std::env::var_os("AIMS_LSP_TEST_PANIC").is_some() {
        // Lets the tests prove the hook works on the real binary.
        panic!("AIMS_LSP_TEST_PANIC is set: a deliberate panic to test the hook");
    }
    if std::env::args().any(|a| a == "--version" || a == "-V") {
        eprintln!("aims-lsp {}", env!("CARGO_PKG_VERSION"));
        return;
    }
    if std::io::stdin().is_terminal() {
        eprintln!(
            "aims-lsp: this is the AIMS language server; it speaks LSP over stdin/stdout and is started by an editor (see lsp-server/README.md)."
        );
    }
    let (service, socket) = aims_lsp::service();
    aims_lsp::transport::serve(tokio::io::stdin(), tokio::io::stdout(), service, socket).await;
    // A read of stdin may still be blocked on its thread, and the runtime would wait
    // for it on shutdown: leave now (everything was flushed by `serve`).
    std::process::exit(0);
}
