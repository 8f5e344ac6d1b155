//! The `aims-lsp` binary: the AIMS language server over stdin/stdout.
//!
//! stdout carries the protocol, so nothing else may be written there; messages for
//! people go to stderr. The stream goes through `aims_lsp::transport`, which answers
//! malformed messages instead of letting one of them end the session.

// Panic policy: library and binary code handle errors instead of unwrapping;
// tests may unwrap. (A line where an invariant truly holds says so in an `allow`.)
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

use std::io::IsTerminal;

fn main() {
    use_one_allocator_arena();
    serve();
}

/// Restarts the server in place (same process, `exec`) with `MALLOC_ARENA_MAX=1`
/// unless it is set already.
///
/// glibc gives each thread that allocates an arena of its own and keeps what is freed
/// there for that arena. The server allocates on several threads (the runtime's, the
/// blocking pool's, the diagnostics worker's), so what one thread frees another
/// cannot reuse: at 100k lines the server held 103 MiB after opening with one arena
/// per thread and 87 MiB with one arena for all, for 46 MiB of live heap. glibc reads
/// the setting only at start-up, and setting it from within needs `mallopt` (unsafe
/// code, which this workspace forbids), hence the restart. Where it fails the server
/// runs on as it is.
#[cfg(target_os = "linux")]
fn use_one_allocator_arena() {
    use std::os::unix::process::CommandExt;
    const ARENAS: &str = "MALLOC_ARENA_MAX";
    if std::env::var_os(ARENAS).is_some() {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let error = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(ARENAS, "1")
        .exec();
    eprintln!("aims-lsp: cannot restart with one allocator arena ({error}); running on");
}

#[cfg(not(target_os = "linux"))]
fn use_one_allocator_arena() {}

#[tokio::main]
async fn serve() {
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
