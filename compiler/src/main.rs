//! The `aims` command-line tool: check a workspace, explain diagnostics, browse the
//! catalogues and produce reports.
//!
//! Exit codes are a contract with CI: 0 when there are no errors, 1 when there are
//! errors (or warnings with `--deny warnings`), 2 when the tool could not run.

// Panic policy: library and binary code handle errors instead of unwrapping;
// tests may unwrap. (A line where an invariant truly holds says so in an `allow`.)
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    install_panic_hook();
    if std::env::var_os("AIMS_TEST_PANIC").is_some() {
        // Lets the tests prove the hook works on the real binary.
        panic!("AIMS_TEST_PANIC is set: a deliberate panic to test the handler");
    }
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(error) => {
            use clap::error::ErrorKind;
            if matches!(
                error.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = error.print();
                return if error.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                    ExitCode::from(2)
                } else {
                    ExitCode::SUCCESS
                };
            }
            let text = error.render().to_string();
            let first = text.lines().next().unwrap_or("error: invalid arguments");
            eprintln!("{first}");
            return ExitCode::from(2);
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// A panic is a bug in aims, never a problem with the user's files: say so, say how
/// to report it, and exit 2 ("the tool could not run") rather than Rust's 101.
/// (salsa's cancellation unwinds without calling the hook, and the CLI never
/// cancels.)
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if cli::panic_is_reported_as_an_error(info) {
            return;
        }
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_owned());
        let location = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "error: internal error in aims {}: {payload}{location}",
            env!("CARGO_PKG_VERSION")
        );
        eprintln!(
            "  This is a bug in aims, not a problem with your files. Please report it to the AIMS maintainers with this message, the command you ran and, if you can, the smallest files that reproduce it."
        );
        std::process::exit(2);
    }));
}
