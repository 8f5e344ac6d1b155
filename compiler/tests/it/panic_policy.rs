//! The panic policy of the `aims` binary: a panic is reported as a bug with a
//! request to report it, and the exit code is 2 ("could not run"), not Rust's 101.

use std::process::Command;

#[test]
fn a_panic_prints_a_bug_report_message_and_exits_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_aims"))
        .args(["check", "."])
        .env("AIMS_TEST_PANIC", "1")
        .output()
        .expect("the aims binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("internal error in aims"), "{stderr}");
    assert!(stderr.contains("This is a bug in aims"), "{stderr}");
    assert!(stderr.contains("AIMS_TEST_PANIC"), "{stderr}");
    assert!(output.stdout.is_empty(), "nothing on stdout");
}
