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
            let progress = super::progress::Progress::start("aims: exporting");
            let project = super::load(&args.workspace)?;
            project.check_files_in_parallel();
            // Never dropped, as in `aims report`: the process ends right after
            // writing the document, and freeing the report, the document and its
            // text one string at a time would cost a tenth of the command.
            let report = std::mem::ManuallyDrop::new(aims::report::build_report(&project));
            drop(progress);
            let document = std::mem::ManuallyDrop::new(aims::report::oscal::document(&report));
            let text = aims::report::pretty_json::to_bytes(&*document)?;
            super::write_output(args.out.as_deref(), &text)?;
            std::mem::forget(text);
            Ok(ExitCode::SUCCESS)
        }
    }
}
