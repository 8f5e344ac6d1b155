//! Fixtures for the IDE tests: one or more files in one string, with `$0` marking
//! the cursor, loaded into an in-memory workspace with the built-in catalogues.

use crate::analysis::{Analysis, AnalysisHost};
use crate::config::Settings;
use crate::db::Origin;
use crate::workspace::Project;

/// A loaded fixture: the snapshot, the file holding the cursor and the cursor offset.
pub struct Fixture {
    pub host: AnalysisHost,
    pub file: String,
    pub offset: usize,
}

impl Fixture {
    pub fn analysis(&self) -> Analysis {
        self.host.snapshot()
    }
}

/// Parses `//- path` headers (the first file may omit one: `main.aims`) and one `$0`.
pub fn fixture(text: &str) -> Fixture {
    let mut files: Vec<(String, String)> = Vec::new();
    for chunk in text.split("//- ") {
        if chunk.trim().is_empty() {
            continue;
        }
        if files.is_empty() && !text.trim_start().starts_with("//- ") {
            files.push(("main.aims".into(), chunk.to_owned()));
            continue;
        }
        let (path, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        files.push((path.trim().to_owned(), body.to_owned()));
    }
    let mut cursor = None;
    let sources = files
        .into_iter()
        .map(|(path, body)| {
            if let Some(at) = body.find("$0") {
                cursor = Some((path.clone(), at));
            }
            (path, body.replace("$0", ""), Origin::Spec)
        })
        .collect();
    let settings = Settings::new(jiff::civil::date(2026, 11, 28));
    let project = Project::from_sources(settings, None, sources);
    let (file, offset) = cursor.unwrap_or(("main.aims".into(), 0));
    Fixture {
        host: AnalysisHost::from_project(project),
        file,
        offset,
    }
}
