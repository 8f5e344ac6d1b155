//! `aims publish`: the buyer-facing trust statement (Markdown, an HTML fragment, a
//! complete HTML page, or JSON) and one status badge per framework, generated from
//! the spec on its as-of date.

use std::path::PathBuf;
use std::process::ExitCode;

use super::WorkspaceArgs;

#[derive(clap::Args, Debug)]
pub struct PublishArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Output format of the statement.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Write the statement into this folder (as `trust-statement.md`, `.html` or
    /// `.json`) instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Also write one SVG badge per framework with a recorded status into this folder
    /// (`iso27001.svg`, …).
    #[arg(long, value_name = "DIR")]
    pub badges: Option<PathBuf>,
    /// Print the JSON Schema of the JSON statement instead of a statement.
    #[arg(long, conflicts_with_all = ["format", "out", "badges"])]
    pub schema: bool,
}

/// Statement formats. Each renders `aims::publish::Statement`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown, to paste into a trust page.
    Markdown,
    /// A complete, self-contained HTML page.
    Html,
    /// An HTML fragment (one `<section>`) to include in a website.
    HtmlFragment,
    /// JSON, for a website build.
    Json,
}

impl Format {
    fn file_name(self) -> &'static str {
        match self {
            Format::Markdown => "trust-statement.md",
            Format::Html => "trust-statement.html",
            Format::HtmlFragment => "trust-statement.fragment.html",
            Format::Json => "trust-statement.json",
        }
    }
}

fn create_dir(dir: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))
}

pub fn run(args: PublishArgs) -> Result<ExitCode, String> {
    if args.schema {
        super::write_output(None, aims::publish::json_schema().as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let project = super::load(&args.workspace)?;
    let statement = aims::publish::build_statement(&project);
    let text = match args.format {
        Format::Markdown => aims::publish::markdown::render(&statement),
        Format::Html => aims::publish::html::render_page(&statement)?,
        Format::HtmlFragment => aims::publish::html::render_fragment(&statement)?,
        Format::Json => aims::publish::to_json(&statement),
    };
    match &args.out {
        Some(dir) => {
            create_dir(dir)?;
            super::write_output(
                Some(dir.join(args.format.file_name()).as_path()),
                text.as_bytes(),
            )?;
        }
        None => super::write_output(None, text.as_bytes())?,
    }
    if let Some(dir) = &args.badges {
        create_dir(dir)?;
        for badge in aims::publish::badge::badges(&statement) {
            super::write_output(
                Some(dir.join(&badge.file_name).as_path()),
                badge.svg.as_bytes(),
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
