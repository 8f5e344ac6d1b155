//! Every command's output path with stdout a closed pipe (`aims explain | head -1`
//! after `head` has exited): the command ends quietly, with the exit code it has
//! when its output is read, and never panics.
//!
//! The pipe's read end is closed before the process starts, so its first write fails
//! with `EPIPE` every time; nothing depends on timing.

use std::process::{Command, Output, Stdio};

use crate::support;

use support::paths::repo;

fn run(args: &[&str], stdout: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aims"))
        .args(args)
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("the aims binary runs")
}

fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    writer.into()
}

#[test]
fn a_closed_stdout_ends_every_command_quietly_with_its_usual_exit_code() {
    let acme = repo("examples/acme");
    let acme = acme.to_str().unwrap();
    let commands: &[&[&str]] = &[
        &["explain"],
        &["explain", "requirement-gap"],
        &["explain", "certification"],
        &["catalog", "list"],
        &["catalog", "show", "iso42001", "--format", "json"],
        &["catalog", "--schema"],
        &["check", acme],
        &["check", acme, "--format", "json"],
        &["check", acme, "--format", "junit"],
        &["report", acme, "--format", "markdown"],
        &["publish", acme],
    ];
    for args in commands {
        let read = run(args, Stdio::piped());
        assert!(
            !read.stdout.is_empty(),
            "{args:?} prints something when read"
        );
        let closed = run(args, closed_pipe());
        let stderr = String::from_utf8_lossy(&closed.stderr);
        assert_eq!(
            closed.status.code(),
            read.status.code(),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("internal error"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}
