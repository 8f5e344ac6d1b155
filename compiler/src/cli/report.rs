//! `aims report`: the workspace's coverage, certifications, Statement of
//! Applicability, risks, evidence and AI systems on its as-of date, as the versioned
//! JSON report or rendered for people (HTML, Markdown, CSV, XLSX) from the same model.

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
    /// Write the report to this file instead of standard output (required for xlsx
    /// unless standard output is redirected).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Who the report is for: `internal` (everything, the default) or `buyer`
    /// (every status and the coverage figures, without the internal work lists);
    /// `buyer` applies to the HTML and Markdown formats.
    #[arg(long, value_enum, default_value_t = Audience::Internal)]
    pub audience: Audience,
    /// Print the JSON Schema of the JSON report instead of a report.
    #[arg(long, conflicts_with_all = ["format", "out"])]
    pub schema: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The full report, with every gap, partial control, risk and record.
    Internal,
    /// For buyers: statuses and coverage figures, not the internal work lists.
    Buyer,
}

/// Report formats. Each renders `aims::report::model::Report`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The versioned JSON report (see `--schema`).
    Json,
    /// One self-contained HTML document: inline CSS and SVG, no scripts.
    Html,
    /// Markdown, for a pull-request comment or a wiki.
    Markdown,
    /// The Statement of Applicability as CSV.
    Csv,
    /// An Excel workbook with SoA, coverage, risks and evidence sheets.
    Xlsx,
}

pub fn run(args: ReportArgs) -> Result<ExitCode, String> {
    if args.schema {
        super::write_output(None, aims::report::json_schema().as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let buyer = args.audience == Audience::Buyer;
    if buyer && !matches!(args.format, Format::Html | Format::Markdown) {
        return Err(
            "`--audience buyer` is for the HTML and Markdown reports; use `--format html` or `--format markdown`".into(),
        );
    }
    if args.format == Format::Xlsx && args.out.is_none() {
        use std::io::IsTerminal;
        if std::io::stdout().is_terminal() {
            return Err(
                "an XLSX workbook is binary; write it to a file with `--out report.xlsx`".into(),
            );
        }
    }
    let progress = super::progress::Progress::start("aims: building the report");
    let project = super::load(&args.workspace)?;
    project.check_files_in_parallel();
    // Never dropped, like the project (`super::Loaded`): freeing the report one
    // string at a time would cost a twentieth of the command; the process ends
    // right after writing it.
    let report = std::mem::ManuallyDrop::new(aims::report::build_report(&project));
    drop(progress);
    let bytes = match args.format {
        Format::Json => aims::report::pretty_json::to_bytes(&*report)?,
        Format::Html if buyer => {
            aims::report::html::render_for(&report, aims::report::Audience::Buyer)?.into_bytes()
        }
        Format::Html => aims::report::html::render(&report)?.into_bytes(),
        Format::Markdown if buyer => aims::report::buyer::markdown(&report).into_bytes(),
        Format::Markdown => aims::report::markdown::render(&report).into_bytes(),
        Format::Csv => aims::report::csv::render_soa(&report)?,
        Format::Xlsx => aims::report::xlsx::render(&report)?,
    };
    super::write_output(args.out.as_deref(), &bytes)?;
    std::mem::forget(bytes);
    Ok(ExitCode::SUCCESS)
}
