//! The `aims-lsp` binary: the AIMS language server over stdin/stdout.
//!
//! stdout carries the protocol, so nothing else may be written there; messages for
//! people go to stderr.

use std::io::IsTerminal;

use tower_lsp_server::Server;

#[tokio::main]
async fn main() {
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
    Server::new(tokio::io::stdin(), tokio::io::stdout(), socket)
        .serve(service)
        .await;
}
