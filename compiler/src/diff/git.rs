//! Reading a workspace as it was at a git revision, with gix (no `git` process).
//!
//! The files of the workspace folder at that revision are written into a temporary
//! folder, which is then loaded like any workspace, so the revision is checked
//! exactly as `aims check` would check a checkout of it (evidence files and
//! publications included).

use std::path::{Component, Path, PathBuf};

/// A revision's copy of the workspace, removed when dropped.
pub struct Snapshot {
    dir: tempfile::TempDir,
    /// The commit the revision names, abbreviated to 12 hex digits.
    pub commit: String,
}

impl Snapshot {
    /// The workspace root inside the copy.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }
}

/// The workspace at `root` (a folder inside a git work tree) as it was at
/// `revision` (anything `git rev-parse` accepts: a branch, a tag, `HEAD~1`, a hash).
pub fn snapshot(root: &Path, revision: &str) -> Result<Snapshot, String> {
    let repo = gix::discover(root).map_err(|e| {
        format!(
            "`{}` is not inside a git repository, so there are no revisions to compare: {e}",
            root.display()
        )
    })?;
    let workdir = repo
        .workdir()
        .ok_or_else(|| "the git repository has no work tree".to_owned())?;
    let workdir = workdir
        .canonicalize()
        .unwrap_or_else(|_| workdir.to_path_buf());
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let prefix: PathBuf = root
        .strip_prefix(&workdir)
        .map_err(|_| {
            format!(
                "the workspace `{}` is not inside the repository's work tree `{}`",
                root.display(),
                workdir.display()
            )
        })?
        .to_path_buf();
    let id = repo.rev_parse_single(revision).map_err(|e| {
        format!("`{revision}` is not a revision of this repository (try a branch, a tag or a commit hash): {e}")
    })?;
    let commit = id.to_hex_with_len(12).to_string();
    let tree = id
        .object()
        .map_err(|e| format!("cannot read `{revision}`: {e}"))?
        .peel_to_tree()
        .map_err(|e| format!("`{revision}` does not name a commit or tree: {e}"))?;
    let tree = if prefix.as_os_str().is_empty() {
        tree
    } else {
        let entry = tree
            .lookup_entry_by_path(&prefix)
            .map_err(|e| format!("cannot read `{revision}`: {e}"))?
            .ok_or_else(|| {
                format!(
                    "the workspace folder `{}` does not exist at `{revision}`",
                    prefix.display()
                )
            })?;
        entry
            .object()
            .map_err(|e| format!("cannot read `{revision}`: {e}"))?
            .peel_to_tree()
            .map_err(|e| {
                format!(
                    "`{}` is not a folder at `{revision}`: {e}",
                    prefix.display()
                )
            })?
    };
    let dir = tempfile::Builder::new()
        .prefix("aims-diff-")
        .tempdir()
        .map_err(|e| format!("cannot create a temporary folder: {e}"))?;
    let files = tree
        .traverse()
        .breadthfirst
        .files()
        .map_err(|e| format!("cannot read the files of `{revision}`: {e}"))?;
    for entry in files {
        // Symbolic links and submodules are not copied: a link could point out of
        // the copy, and the checks that follow links run on the working tree.
        if !entry.mode.is_blob() {
            continue;
        }
        let relative = String::from_utf8_lossy(&entry.filepath).into_owned();
        let relative = Path::new(&relative);
        if !relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
        {
            continue;
        }
        let object = repo
            .find_object(entry.oid)
            .map_err(|e| format!("cannot read `{}` at `{revision}`: {e}", relative.display()))?;
        let path = dir.path().join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot write `{}`: {e}", parent.display()))?;
        }
        std::fs::write(&path, &object.data)
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
    }
    Ok(Snapshot { dir, commit })
}
