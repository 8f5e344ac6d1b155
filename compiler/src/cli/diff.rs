//! `aims diff BASE [HEAD]`: what a change does to coverage, certifications, claims,
//! evidence, risks and diagnostics, between two git revisions (HEAD defaults to the
//! working tree), for people, pull-request comments and tools.

use std::path::PathBuf;
use std::process::ExitCode;

use aims::diff::{Loaded, Side};

#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    /// The revision to compare from: a branch, a tag, `HEAD~1`, a commit hash.
    #[arg(required_unless_present = "schema")]
    pub base: Option<String>,
    /// The revision to compare to; without it, the working tree.
    pub head: Option<String>,
    /// The workspace folder (or a file in it), inside a git work tree.
    #[arg(long, short = 'C', value_name = "PATH", default_value = ".")]
    pub path: PathBuf,
    /// Check both sides as of this date (YYYY-MM-DD) instead of each side's
    /// `as_of` in aims.toml or today.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the diff to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the JSON Schema of the JSON diff instead of a diff.
    #[arg(long, conflicts_with_all = ["base", "head", "format", "out"])]
    pub schema: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text for a terminal.
    Human,
    /// Markdown for a pull-request comment or a CI job summary.
    Markdown,
    /// The versioned JSON diff (see `--schema`).
    Json,
}

fn load_revision(
    root: &std::path::Path,
    revision: &str,
    as_of: Option<jiff::civil::Date>,
    today: jiff::civil::Date,
) -> Result<Loaded, String> {
    let snapshot = aims::diff::git::snapshot(root, revision)?;
    let project = aims::Project::load(snapshot.root(), as_of, today).map_err(|e| e.to_string())?;
    Ok(Loaded::new(
        Side {
            revision: revision.to_owned(),
            commit: Some(snapshot.commit.clone()),
            as_of: String::new(),
        },
        &project,
    ))
}

pub fn run(args: DiffArgs) -> Result<ExitCode, String> {
    if args.schema {
        super::write_output(None, aims::diff::json_schema().as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(base) = args.base.as_deref() else {
        return Err("name the revision to compare from, e.g. `aims diff main`".into());
    };
    let today = super::today::today();
    let root = aims::workspace::find_root(&args.path).map_err(|e| e.to_string())?;
    let progress = super::progress::Progress::start("aims: comparing revisions");
    let before = load_revision(&root, base, args.as_of, today)?;
    let after = match args.head.as_deref() {
        Some(head) => load_revision(&root, head, args.as_of, today)?,
        None => {
            let project =
                aims::Project::load(&root, args.as_of, today).map_err(|e| e.to_string())?;
            Loaded::new(
                Side {
                    revision: "working tree".into(),
                    commit: None,
                    as_of: String::new(),
                },
                &project,
            )
        }
    };
    drop(progress);
    let diff = aims::diff::compare(&before, &after);
    let text = match args.format {
        Format::Human => aims::diff::render::human(&diff),
        Format::Markdown => aims::diff::render::markdown(&diff),
        Format::Json => serde_json::to_string_pretty(&diff).map_err(|e| e.to_string())? + "\n",
    };
    super::write_output(args.out.as_deref(), text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
