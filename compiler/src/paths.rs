//! Workspace paths as the compiler writes them: `/`-separated and relative to the
//! workspace root.
//!
//! A leaf module (it imports nothing of the crate's) because both the loader
//! (`workspace`) and the rules (`semantic::rules`) resolve the paths a spec writes, and
//! the rules must not depend on the loader.

use std::path::{Component, Path};

/// The workspace-relative, `/`-separated form of `path`.
pub fn relative_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Resolves `target`, written in the file at workspace path `from`, to a
/// workspace-relative path; `None` when it leaves the workspace (`..` past the
/// root, or an absolute path).
pub fn resolve_relative(from: &str, target: &str) -> Option<String> {
    let target_path = Path::new(target);
    if target_path.is_absolute() || target.starts_with('/') || target.starts_with('\\') {
        return None;
    }
    let mut parts: Vec<String> = from.split('/').map(str::to_owned).collect();
    parts.pop();
    for component in target_path.components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_stay_inside() {
        assert_eq!(
            resolve_relative("specs/a.aims", "../site/trust.md"),
            Some("site/trust.md".into())
        );
        assert_eq!(
            resolve_relative("a.aims", "evidence/x.pdf"),
            Some("evidence/x.pdf".into())
        );
        assert_eq!(resolve_relative("a.aims", "../x"), None);
        assert_eq!(resolve_relative("a.aims", "/etc/passwd"), None);
    }
}
