//! `aims report`: the workspace's coverage, certifications, systems, risks and
//! evidence on its as-of date, as the versioned JSON report (other formats render
//! the same model).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::WorkspaceArgs;

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Report formats. Each renders `aims::report::model::Report`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The versioned JSON report.
    Json,
}

pub fn run(args: ReportArgs) -> Result<ExitCode, String> {
    let project = super::load(&args.workspace)?;
    let report = aims::report::build_report(&project);
    let text = match args.format {
        Format::Json => serde_json::to_string_pretty(&report).map_err(|e| e.to_string())? + "\n",
    };
    match &args.out {
        Some(path) => std::fs::write(path, text)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?,
        None => std::io::stdout()
            .lock()
            .write_all(text.as_bytes())
            .map_err(|e| e.to_string())?,
    }
    Ok(ExitCode::SUCCESS)
}
