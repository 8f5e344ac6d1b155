//! `aims check`: diagnostics for people (ariadne) or tools (JSON).

use std::io::Write;
use std::process::ExitCode;

use aims::diagnostics::{Summary, json, render};

use super::{ColorChoice, WorkspaceArgs};

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Treat warnings as errors for the exit code (`--deny warnings`).
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    pub deny: Option<String>,
    /// When to use colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, String> {
    let project = super::load(&args.workspace)?;
    let diagnostics = project.diagnostics();
    let as_of = project.settings().as_of.to_string();
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Human => {
            render::render(
                &diagnostics,
                |path| project.source(path),
                render::RenderOptions {
                    color: super::use_color(args.color),
                },
                &mut stdout,
            )
            .map_err(|e| e.to_string())?;
            let summary = Summary::of(&diagnostics);
            let files = aims::queries::spec_files(&project.db, project.workspace)
                .filter(|f| f.origin(&project.db) == aims::db::Origin::Spec)
                .count();
            writeln!(
                stdout,
                "{} {}, {} {} in {files} file{} (as of {as_of})",
                summary.errors,
                plural(summary.errors, "error"),
                summary.warnings,
                plural(summary.warnings, "warning"),
                if files == 1 { "" } else { "s" },
            )
            .map_err(|e| e.to_string())?;
        }
        Format::Json => {
            let report = json::check_report(&as_of, &diagnostics, |path| project.line_index(path));
            serde_json::to_writer_pretty(&mut stdout, &report).map_err(|e| e.to_string())?;
            writeln!(stdout).map_err(|e| e.to_string())?;
        }
    }
    let summary = Summary::of(&diagnostics);
    let failed = summary.errors > 0 || (args.deny.is_some() && summary.warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}
