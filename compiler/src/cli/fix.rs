//! `aims fix [PATH] [--code NAME] [--dry-run]`: apply the machine-applicable fixes the
//! editor offers as quick fixes (did-you-mean, `lapsed` for an expired certificate, …),
//! or print them as a unified diff.

use std::process::ExitCode;

use aims::diagnostics::Code;

use super::WorkspaceArgs;

#[derive(clap::Args, Debug)]
pub struct FixArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Only the fixes of this diagnostic, e.g. `unknown-field`.
    #[arg(long, value_name = "NAME")]
    pub code: Option<String>,
    /// Print the changes as a unified diff instead of writing them.
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(args: FixArgs) -> Result<ExitCode, String> {
    let only = match &args.code {
        None => None,
        Some(name) => Some(Code::from_name(name).ok_or_else(|| {
            let hint = aims::suggest::closest(name, Code::ALL.iter().map(|c| c.name()))
                .map(|best| format!("; did you mean `{best}`?"))
                .unwrap_or_default();
            format!("`{name}` is not a diagnostic name{hint}")
        })?),
    };
    let project = super::load(&args.workspace)?;
    project.check_files_in_parallel();
    let root = project.root.clone().ok_or("the workspace has no folder")?;
    let plan = aims::fixes::plan(&project.diagnostics(), only);
    if plan.applied.is_empty() {
        outln!("nothing to fix")?;
        return Ok(ExitCode::SUCCESS);
    }
    for (file, edits) in &plan.edits {
        let path = root.join(file);
        let before =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read `{file}`: {e}"))?;
        let after = aims::fixes::apply(&before, edits);
        if args.dry_run {
            let diff = similar::TextDiff::from_lines(&before, &after);
            out!(
                "{}",
                diff.unified_diff()
                    .context_radius(2)
                    .header(&format!("a/{file}"), &format!("b/{file}"))
            )?;
        } else {
            std::fs::write(&path, after).map_err(|e| format!("cannot write `{file}`: {e}"))?;
        }
    }
    if !args.dry_run {
        for applied in &plan.applied {
            outln!("fixed {applied}")?;
        }
        outln!(
            "{} fixes applied; run `aims check` to see what is left",
            plan.applied.len()
        )?;
    }
    if plan.skipped > 0 {
        eprintln!(
            "{} fixes overlap others and were left for the next run",
            plan.skipped
        );
    }
    Ok(ExitCode::SUCCESS)
}
