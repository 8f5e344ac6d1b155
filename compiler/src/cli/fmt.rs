//! `aims fmt`: rewrite the workspace's `.aims` files in the canonical layout, or with
//! `--check` list the files that are not formatted (exit 1), as CI wants.

use std::process::ExitCode;

use aims::analysis::Origin;

use super::WorkspaceArgs;

#[derive(clap::Args, Debug)]
pub struct FmtArgs {
    #[command(flatten)]
    pub workspace: WorkspaceArgs,
    /// Do not write; list the files that would change and exit 1 if there are any.
    #[arg(long)]
    pub check: bool,
}

pub fn run(args: FmtArgs) -> Result<ExitCode, String> {
    let project = super::load(&args.workspace)?;
    let root = project.root.clone().ok_or("the workspace has no folder")?;
    let mut failed = false;
    let mut changed = 0;
    let analysis = super::analysis(&project);
    for (path, origin) in super::answer(analysis.files())? {
        if origin != Origin::Spec {
            continue;
        }
        let Some(text) = super::answer(analysis.file_text(&path))? else {
            continue;
        };
        let path = path.as_str();
        match aims::format::format_text(&text) {
            Ok(formatted) if formatted == text => {}
            Ok(formatted) => {
                changed += 1;
                if args.check {
                    outln!("{path}: not formatted")?;
                    failed = true;
                } else {
                    super::write_atomically(&root.join(path), formatted.as_bytes())
                        .map_err(|e| format!("cannot write {path}: {e}"))?;
                    outln!("formatted {path}")?;
                }
            }
            Err(error) => {
                let position = project
                    .line_index(path)
                    .map(|index| {
                        index.line_col(error.range.start as usize, aims::text::ColumnUnit::Char)
                    })
                    .map(|lc| format!(":{}:{}", lc.line + 1, lc.col + 1))
                    .unwrap_or_default();
                eprintln!("{path}{position}: {}", error.message);
                failed = true;
            }
        }
    }
    if !args.check && changed == 0 && !failed {
        outln!("all files already formatted")?;
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
