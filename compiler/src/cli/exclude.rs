//! `aims exclude --gaps FRAMEWORK`: write exclusion stubs, with empty reasons, for the
//! gaps of a framework that may be excluded, into a new file. The spec stays honest:
//! an empty reason is an error until a person writes the justification.

use std::path::PathBuf;
use std::process::ExitCode;

use super::WorkspaceArgs;

#[derive(clap::Args, Debug)]
pub struct ExcludeArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// The framework whose gaps to stub out, e.g. `iso27001`.
    #[arg(long, value_name = "FRAMEWORK")]
    pub gaps: String,
    /// The file to write, relative to the workspace root (never overwritten);
    /// `exclusions-FRAMEWORK.aims` by default.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

pub fn run(args: ExcludeArgs) -> Result<ExitCode, String> {
    let project = super::load(&args.workspace)?;
    let root = project.root.clone().ok_or("the workspace has no folder")?;
    let framework = args.gaps.as_str();
    let analysis = super::analysis(&project);
    let coverage = super::answer(analysis.coverage())?;
    let Some(fw) = coverage.framework(framework) else {
        return Err(format!(
            "there is no framework named `{framework}`; run `aims catalog list` to see them"
        ));
    };
    if !fw.in_scope {
        return Err(format!(
            "`{framework}` is not in scope: add it to the organisation's `scope` first"
        ));
    }
    let gaps: Vec<_> = fw.gaps().collect();
    let excludable: Vec<_> = gaps.iter().filter(|r| r.excludable).collect();
    if excludable.is_empty() {
        outln!(
            "`{framework}` has {} gaps and none may be excluded: satisfy them with controls",
            gaps.len()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let model = super::answer(analysis.model())?;
    let approver = model
        .of_kind("role")
        .next()
        .map_or("approver", |r| r.name());
    let out = root.join(
        args.out
            .unwrap_or_else(|| PathBuf::from(format!("exclusions-{framework}.aims"))),
    );
    if out.exists() {
        return Err(format!(
            "`{}` already exists; `aims exclude` never overwrites files (choose another with --out)",
            out.display()
        ));
    }
    let mut text = format!(
        "// Exclusion stubs for the gaps of `{framework}` that may be excluded, written by\n// `aims exclude --gaps {framework}`. Write each `reason` (an auditor reads it), or\n// delete the exclusion and satisfy the requirement with a control instead.\n"
    );
    for requirement in &excludable {
        text.push_str(&format!(
            "\n/// {}\nexclude {framework}.{} {{\n  reason: \"\"\n  approved_by: {approver}\n}}\n",
            requirement.title, requirement.id
        ));
    }
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    }
    std::fs::write(&out, text).map_err(|e| format!("cannot write `{}`: {e}", out.display()))?;
    outln!(
        "wrote {} exclusion stubs to {}; {} gaps may not be excluded and need controls",
        excludable.len(),
        out.display(),
        gaps.len() - excludable.len()
    )?;
    outln!(
        "next: write each `reason`; until then `aims check` reports them as `exclusion-unjustified`"
    )?;
    Ok(ExitCode::SUCCESS)
}
