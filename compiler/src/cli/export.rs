//! `aims export oscal`: the workspace as an OSCAL 1.1 component definition, for the
//! compliance tooling that reads OSCAL.

use std::path::PathBuf;
use std::process::ExitCode;

use super::WorkspaceArgs;

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub target: Target,
}

#[derive(clap::Subcommand, Debug)]
pub enum Target {
    /// An OSCAL 1.1 component definition (JSON): one component for the organisation,
    /// a control implementation per in-scope framework.
    Oscal(OscalArgs),
}

#[derive(clap::Args, Debug)]
pub struct OscalArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Write the export to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(args: ExportArgs) -> Result<ExitCode, String> {
    match args.target {
        Target::Oscal(args) => {
            let project = super::load(&args.workspace)?;
            let report = aims::report::build_report(&project);
            let document = aims::report::oscal::component_definition(&report);
            let text = serde_json::to_string_pretty(&document).map_err(|e| e.to_string())? + "\n";
            super::write_output(args.out.as_deref(), text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
