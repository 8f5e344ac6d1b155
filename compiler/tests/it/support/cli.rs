//! Running the built `aims` binary and reading its output, shared by the
//! end-to-end tests of the command line.

use std::process::{Command, Output};

/// Runs `aims` with `args`, without colour, and waits for it.
pub fn aims(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aims"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the aims binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

// Not every test binary that runs `aims` reads what it wrote to stderr.
#[allow(dead_code)]
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Standard output parsed as JSON; a parse failure shows what was printed.
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(output)))
}
