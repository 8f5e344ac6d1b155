//! The JSON output of `aims check`: a stable, versioned contract for CI and tools.
//!
//! The shape is fixed by the "Tools" section of LANGUAGE.md: `version`, `as_of`,
//! `diagnostics` (code, severity, message, file, 1-based line and column counted in
//! Unicode characters) and `summary`. It is built from `Diagnostic` rather than by
//! deriving `Serialize` on it, so internal changes cannot break the format.

use serde::Serialize;

use super::{Diagnostic, Summary};
use crate::text::{ColumnUnit, LineIndex};

/// Bump when a field changes meaning or disappears; adding fields does not.
pub const CHECK_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct CheckReport {
    pub version: u32,
    pub as_of: String,
    pub diagnostics: Vec<JsonDiagnostic>,
    pub summary: Summary,
}

#[derive(Serialize)]
pub struct JsonDiagnostic {
    pub code: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<JsonRelated>,
}

#[derive(Serialize)]
pub struct JsonRelated {
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
}

/// A 1-based line and column pair, columns counted in characters.
pub fn position(index: Option<&LineIndex>, offset: u32) -> (u32, u32) {
    match index {
        Some(index) => {
            let lc = index.line_col(offset as usize, ColumnUnit::Char);
            (lc.line + 1, lc.col + 1)
        }
        None => (1, 1),
    }
}

/// Builds the report; `line_index` gives the line index of a file by path.
pub fn check_report<'a>(
    as_of: &str,
    diagnostics: &[Diagnostic],
    line_index: impl Fn(&str) -> Option<&'a LineIndex>,
) -> CheckReport {
    let diagnostics: Vec<JsonDiagnostic> = diagnostics
        .iter()
        .map(|d| {
            let index = line_index(&d.location.file);
            let (line, column) = position(index, d.location.range.start);
            let (end_line, end_column) = position(index, d.location.range.end);
            JsonDiagnostic {
                code: d.code.name(),
                severity: d.severity.as_str(),
                message: d.message.clone(),
                file: d.location.file.clone(),
                line,
                column,
                end_line,
                end_column,
                help: d.help.clone(),
                related: d
                    .labels
                    .iter()
                    .map(|l| {
                        let (line, column) =
                            position(line_index(&l.location.file), l.location.range.start);
                        JsonRelated {
                            message: l.message.clone(),
                            file: l.location.file.clone(),
                            line,
                            column,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    CheckReport {
        version: CHECK_FORMAT_VERSION,
        as_of: as_of.to_owned(),
        summary: Summary::of_json(&diagnostics),
        diagnostics,
    }
}

impl Summary {
    fn of_json(diagnostics: &[JsonDiagnostic]) -> Summary {
        let mut summary = Summary::default();
        for d in diagnostics {
            match d.severity {
                "error" => summary.errors += 1,
                "warning" => summary.warnings += 1,
                _ => summary.notes += 1,
            }
        }
        summary
    }
}
