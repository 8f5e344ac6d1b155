//! `aims import soa FILE`: write `.aims` text from an existing Statement of
//! Applicability (CSV or XLSX), and say what was not understood.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub command: ImportCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum ImportCommand {
    /// A Statement of Applicability (`.csv` or `.xlsx`): a control for each applied
    /// row, an exclusion with its justification for each row that is not.
    Soa {
        /// The spreadsheet.
        file: PathBuf,
        /// The framework whose Annex A the sheet lists.
        #[arg(long, default_value = "iso27001")]
        framework: String,
        /// The `.aims` file to write (never overwritten).
        #[arg(long, default_value = "soa.aims")]
        out: PathBuf,
    },
}

pub fn run(args: ImportArgs) -> Result<ExitCode, String> {
    let ImportCommand::Soa {
        file,
        framework,
        out,
    } = args.command;
    let catalogue = super::answer(aims::analysis::Analysis::builtin().catalogue())?;
    let Some(fw) = catalogue.framework(&framework) else {
        return Err(format!(
            "there is no framework named `{framework}`; run `aims catalog list` to see them"
        ));
    };
    if out.exists() {
        return Err(format!(
            "`{}` already exists; `aims import` never overwrites files (choose another with --out)",
            out.display()
        ));
    }
    let table = aims::import::table::read_table(&file)?;
    let source = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let imported = aims::import::soa::import(&table, fw, &source)
        .map_err(|e| format!("`{}`: {e}", file.display()))?;
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    }
    std::fs::write(&out, &imported.text)
        .map_err(|e| format!("cannot write `{}`: {e}", out.display()))?;
    let sheet = table
        .sheet
        .as_deref()
        .map(|s| format!(", sheet `{s}`"))
        .unwrap_or_default();
    outln!(
        "read `{}`{sheet}: header on row {}",
        file.display(),
        imported.header_row
    )?;
    for (number, header, column) in &imported.columns {
        outln!("  column {number} `{header}`: {column:?}")?;
    }
    outln!(
        "wrote {}: {} controls, {} exclusions",
        out.display(),
        imported.controls,
        imported.exclusions
    )?;
    if imported.unjustified > 0 {
        outln!(
            "to do: {} exclusions have no justification; write each `reason` (until then `aims check` reports them)",
            imported.unjustified
        )?;
    }
    if !imported.notes.is_empty() {
        outln!("not imported or not understood:")?;
        for note in &imported.notes {
            outln!("  {note}")?;
        }
    }
    outln!(
        "next: make sure `{framework}` is in the organisation's `scope`, then run `aims check`"
    )?;
    Ok(ExitCode::SUCCESS)
}
