//! The process-wide panic hook of `aims-lsp`: a panic is logged as one plain line on
//! stderr (the editor's log) that calls it a bug, and nothing reaches stdout, which
//! carries the protocol.

use std::process::{Command, Stdio};

#[test]
fn a_panic_is_logged_plainly_on_stderr_and_never_on_stdout() {
    let output = Command::new(env!("CARGO_BIN_EXE_aims-lsp"))
        .env("AIMS_LSP_TEST_PANIC", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the aims-lsp binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.stdout.is_empty(), "stdout is the protocol");
    assert!(
        stderr.contains("aims-lsp: internal error (a bug in aims-lsp"),
        "{stderr}"
    );
    assert!(stderr.contains("AIMS_LSP_TEST_PANIC is set"), "{stderr}");
    assert!(
        stderr.contains("main.rs:"),
        "the location is named: {stderr}"
    );
    assert!(
        !stderr.contains("thread 'main' panicked"),
        "the default hook's message is replaced: {stderr}"
    );
}
