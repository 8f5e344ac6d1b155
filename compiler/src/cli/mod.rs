//! Command-line arguments and dispatch to one module per command.

/// `print!` for a command's output: a closed stdout (`aims explain | head -1`) ends
/// the output quietly and the command still exits with its usual code; any other
/// failed write is an error. Evaluates to `Result<(), String>`.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        $crate::cli::stdout_result(write!(std::io::stdout().lock(), $($arg)*))
    }};
}

/// `println!` for a command's output, with `out!`'s handling of a closed stdout.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        $crate::cli::stdout_result(writeln!(std::io::stdout().lock(), $($arg)*))
    }};
}

mod catalog;
mod check;
mod diff;
mod exclude;
mod explain;
mod export;
mod fix;
mod fmt;
mod import;
mod init;
mod progress;
mod publish;
mod report;
mod today;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "aims",
    version,
    about = "Check and report on an AI management system written in AIMS."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check a workspace and print its diagnostics.
    Check(check::CheckArgs),
    /// Explain a diagnostic code, e.g. `aims explain requirement-gap`.
    Explain(explain::ExplainArgs),
    /// Browse the built-in framework catalogues: `aims catalog list`, `aims catalog show iso42001`.
    Catalog(catalog::CatalogArgs),
    /// Report coverage, certifications, the Statement of Applicability, risks, evidence
    /// and AI systems (`--format json|html|markdown|csv|xlsx`).
    Report(report::ReportArgs),
    /// Rewrite `.aims` files in the canonical layout (`--check` only reports).
    Fmt(fmt::FmtArgs),
    /// Start a workspace: an `aims.toml` and a first spec file.
    Init(init::InitArgs),
    /// Apply the machine-applicable fixes the editor offers (`--dry-run` prints a diff).
    Fix(fix::FixArgs),
    /// Write exclusion stubs with empty reasons for a framework's excludable gaps.
    Exclude(exclude::ExcludeArgs),
    /// Import an existing document: `aims import soa FILE.csv|FILE.xlsx`.
    Import(import::ImportArgs),
    /// Export the workspace for other tools: `aims export oscal`.
    Export(export::ExportArgs),
    /// Write the buyer-facing trust statement (`--format markdown|html|html-fragment|json`)
    /// and status badges (`--badges DIR`), generated from the spec.
    Publish(publish::PublishArgs),
    /// What a change does to coverage, certifications, claims, evidence, risks and
    /// diagnostics: `aims diff main` (against the working tree) or `aims diff BASE HEAD`.
    Diff(diff::DiffArgs),
}

/// Options shared by commands that analyse a workspace.
#[derive(clap::Args, Debug, Clone)]
pub struct WorkspaceArgs {
    /// The workspace folder (or a file in it). The root is the nearest folder with an
    /// `aims.toml`, or this folder.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Check as of this date (YYYY-MM-DD) instead of `as_of` in aims.toml or today.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.parse::<jiff::civil::Date>()
        .map_err(|_| format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-28"))
}

/// True for a panic that a command catches and reports as an ordinary error, so the
/// panic hook should stay quiet: rust_xlsxwriter's panic when one of its temporary
/// files cannot be written (`report --format xlsx`).
pub fn panic_is_reported_as_an_error(info: &std::panic::PanicHookInfo<'_>) -> bool {
    aims::report::xlsx::is_contained_panic(info)
}

pub fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Catalog(args) => catalog::run(args),
        Command::Report(args) => report::run(args),
        Command::Fmt(args) => fmt::run(args),
        Command::Init(args) => init::run(args),
        Command::Import(args) => import::run(args),
        Command::Fix(args) => fix::run(args),
        Command::Exclude(args) => exclude::run(args),
        Command::Export(args) => export::run(args),
        Command::Publish(args) => publish::run(args),
        Command::Diff(args) => diff::run(args),
    }
}

/// The `Analysis` façade over a loaded project: the CLI asks it what the editor asks.
pub fn analysis(project: &aims::Project) -> aims::analysis::Analysis {
    aims::analysis::Analysis::of_project(project)
}

/// An `Analysis` answer. Nothing changes the database while the CLI asks, so it is
/// never cancelled; if it were, that is an error message, not a panic.
pub fn answer<T>(result: aims::analysis::Cancellable<T>) -> Result<T, String> {
    result.map_err(|_| "the analysis was cancelled".to_owned())
}

/// Loads the workspace named by `args`.
pub fn load(args: &WorkspaceArgs) -> Result<Loaded, String> {
    aims::Project::load_for(
        &args.path,
        args.as_of,
        today::today(),
        aims::workspace::Lifetime::OneRun,
    )
    .map(|project| Loaded(std::mem::ManuallyDrop::new(project)))
    .map_err(|e| e.to_string())
}

/// A loaded project that is never torn down: the command ends the process right
/// after using it, and freeing a large database (every memoised query, every tree)
/// one allocation at a time took a fifth of `aims check`'s time. The operating
/// system takes the memory back at exit.
pub struct Loaded(std::mem::ManuallyDrop<aims::Project>);

impl std::ops::Deref for Loaded {
    type Target = aims::Project;

    fn deref(&self) -> &aims::Project {
        &self.0
    }
}

/// Turns a failed write to stdout into an error message, except a closed pipe
/// (`aims explain | head`), which is not an error: the reader has what it wanted.
pub fn stdout_result(result: std::io::Result<()>) -> Result<(), String> {
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| format!("cannot write the output: {e}")),
    }
}

/// The path of the workspace root relative to the enclosing git repository, with a
/// trailing `/` (empty when the root is the repository's top or not in one), so that
/// CI annotations name files as the repository does.
pub fn repository_prefix(root: &std::path::Path) -> String {
    let mut dir = Some(root);
    while let Some(d) = dir {
        if d.join(".git").exists() {
            let rel = aims::workspace::relative_path(d, root);
            return if rel.is_empty() {
                rel
            } else {
                format!("{rel}/")
            };
        }
        dir = d.parent();
    }
    String::new()
}

/// Writes `bytes` to the file `out`, or to standard output when there is none.
pub fn write_output(out: Option<&std::path::Path>, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    match out {
        Some(path) => write_atomically(path, bytes)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display())),
        None => stdout_result(std::io::stdout().lock().write_all(bytes)),
    }
}

/// Replaces the file at `path` with `bytes` all at once: written to a temporary
/// file in the same folder, then renamed over it, so a reader (or a crash, or a full
/// disk) never sees half a file. An existing file keeps its permissions; a new one
/// is readable by everyone, like a file the shell creates.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => std::path::Path::new("."),
    };
    let permissions = std::fs::metadata(path).ok().map(|m| m.permissions());
    let mut file = tempfile::Builder::new()
        .prefix(".aims-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    match permissions {
        Some(permissions) => file.as_file().set_permissions(permissions)?,
        #[cfg(unix)]
        None => {
            use std::os::unix::fs::PermissionsExt;
            file.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        #[cfg(not(unix))]
        None => {}
    }
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Whether to colour output written to stdout.
pub fn use_color(choice: ColorChoice) -> bool {
    use std::io::IsTerminal;
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    }
}
