//! `aims check`: diagnostics for people (ariadne) or tools (JSON, SARIF, GitHub
//! workflow commands, JUnit XML).

use std::io::Write;
use std::process::ExitCode;

use aims::analysis::Origin;
use aims::diagnostics::sarif::CiOptions;
use aims::diagnostics::{Summary, github, json, junit, render, sarif};
use aims::english::count;

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
    /// Readable diagnostics with source snippets.
    Human,
    /// The versioned JSON contract.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers.
    Sarif,
    /// GitHub Actions workflow commands, which annotate the pull request.
    Github,
    /// JUnit XML: one test suite per file, one failing test case per error.
    Junit,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, String> {
    let progress = super::progress::Progress::start("aims: checking");
    let project = super::load(&args.workspace)?;
    project.check_files_in_parallel();
    let analysis = super::analysis(&project);
    let diagnostics = super::answer(analysis.diagnostics())?;
    let files = super::answer(analysis.files())?;
    drop(progress);
    let as_of = project.settings().as_of.to_string();
    // Written to stdout at once, so that a closed pipe is handled in one place.
    let mut output: Vec<u8> = Vec::new();
    match args.format {
        Format::Human => {
            render::render(
                &diagnostics,
                |path| project.source(path),
                render::RenderOptions {
                    color: super::use_color(args.color),
                },
                &mut output,
            )
            .map_err(|e| e.to_string())?;
            let summary = Summary::of(&diagnostics);
            let files = files
                .iter()
                .filter(|(_, origin)| *origin == Origin::Spec)
                .count();
            writeln!(
                output,
                "{}, {} in {} (as of {as_of})",
                count(summary.errors, "error"),
                count(summary.warnings, "warning"),
                count(files, "file"),
            )
            .map_err(|e| e.to_string())?;
        }
        Format::Json => {
            let report = json::check_report(&as_of, &diagnostics, |path| project.line_index(path));
            serde_json::to_writer_pretty(&mut output, &report).map_err(|e| e.to_string())?;
            writeln!(output).map_err(|e| e.to_string())?;
        }
        Format::Sarif | Format::Github | Format::Junit => {
            let line_index = |path: &str| project.line_index(path);
            let options = CiOptions {
                as_of: as_of.clone(),
                path_prefix: project
                    .root
                    .as_deref()
                    .map(super::repository_prefix)
                    .unwrap_or_default(),
                line_index: &line_index,
            };
            let text = match args.format {
                Format::Sarif => {
                    let log = sarif::sarif_log(&diagnostics, &options);
                    let mut text = serde_json::to_string_pretty(&log).map_err(|e| e.to_string())?;
                    text.push('\n');
                    text
                }
                Format::Github => github::workflow_commands(&diagnostics, &options),
                _ => {
                    let files: Vec<String> = files
                        .iter()
                        .filter(|(_, origin)| *origin != Origin::Builtin)
                        .map(|(path, _)| path.clone())
                        .collect();
                    junit::junit_report(&diagnostics, &files, args.deny.is_some(), &options)
                }
            };
            output
                .write_all(text.as_bytes())
                .map_err(|e| e.to_string())?;
        }
    }
    super::write_output(None, &output)?;
    let summary = Summary::of(&diagnostics);
    let failed = summary.errors > 0 || (args.deny.is_some() && summary.warnings > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
