//! Collecting the `.aims` files below a folder, for the tests that run over every
//! real file.

use std::path::{Path, PathBuf};

/// Appends every `.aims` file below `dir` to `out`, in directory-listing order.
pub fn aims_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            aims_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "aims") {
            out.push(path);
        }
    }
}
