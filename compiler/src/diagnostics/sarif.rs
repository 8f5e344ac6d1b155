//! SARIF 2.1.0 output of `aims check`, for GitHub code scanning and other tools that
//! read static-analysis results.
//!
//! SARIF is a large format; this writer emits the part code-scanning tools read: one
//! run whose tool lists every diagnostic code as a rule (with the `aims explain` text
//! as its help), and one result per diagnostic with its location, related locations
//! from the labels and, where the diagnostic carries one, a fix. Columns are counted
//! in UTF-16 code units, SARIF's default `columnKind`. Paths are relative to the
//! repository (`%SRCROOT%`), which may sit above the workspace root: `CiOptions`
//! carries that prefix. A test validates the output against the official schema.

use serde_json::{Map, Value, json};

use super::{Code, Diagnostic, Location, Severity};
use crate::text::{ColumnUnit, LineIndex};

/// The scheme used for locations inside the built-in catalogues, which are not files
/// of the repository.
pub const BUILTIN_PREFIX: &str = "<builtin>/";

/// What the CI writers need besides the diagnostics.
pub struct CiOptions<'a> {
    /// The as-of date every check was made relative to.
    pub as_of: String,
    /// Prepended to workspace-relative paths to make them repository-relative, with
    /// a trailing `/` (empty when the workspace root is the repository root).
    pub path_prefix: String,
    /// The line index of a workspace file by its workspace-relative path.
    pub line_index: &'a dyn Fn(&str) -> Option<&'a LineIndex>,
}

/// Runs `f` with the options of a one-file workspace whose every file has `text`, as
/// of 2026-11-28: the setting the renderers' unit tests share.
#[cfg(test)]
pub(crate) fn with_one_file_options<R>(
    text: &str,
    path_prefix: &str,
    f: impl FnOnce(&CiOptions<'_>) -> R,
) -> R {
    let index = LineIndex::new(text);
    let lookup = |_: &str| Some(&index);
    f(&CiOptions {
        as_of: "2026-11-28".into(),
        path_prefix: path_prefix.into(),
        line_index: &lookup,
    })
}

impl CiOptions<'_> {
    /// The 1-based line and column of `offset` in `file`, columns in `unit`.
    pub fn position(&self, file: &str, offset: u32, unit: ColumnUnit) -> (u32, u32) {
        match (self.line_index)(file) {
            Some(index) => {
                let lc = index.line_col(offset as usize, unit);
                (lc.line + 1, lc.col + 1)
            }
            None => (1, 1),
        }
    }

    /// The repository-relative path of a workspace file, or `None` for a built-in
    /// catalogue.
    pub fn repo_path(&self, file: &str) -> Option<String> {
        if file.starts_with(BUILTIN_PREFIX) {
            None
        } else {
            Some(format!("{}{}", self.path_prefix, file))
        }
    }
}

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// The first paragraph of an explanation, after its heading and severity line: the
/// rule's full description.
pub fn first_paragraph(explanation: &str) -> String {
    let mut lines = Vec::new();
    for line in explanation.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') || trimmed.starts_with("**Default severity") {
            if !lines.is_empty() {
                break;
            }
            continue;
        }
        if trimmed.is_empty() {
            if !lines.is_empty() {
                break;
            }
            continue;
        }
        lines.push(trimmed);
    }
    lines.join(" ")
}

/// The explanation without Markdown markup, for viewers that show `help.text`:
/// code fences, emphasis and code marks go; headings lose their `#`.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            continue;
        }
        let line = line.trim_start_matches('#').trim_start_matches(' ');
        out.push_str(&line.replace("**", "").replace('`', ""));
        out.push('\n');
    }
    out
}

/// Percent-encodes a relative path for a URI reference, keeping `/` and the
/// characters RFC 3986 leaves unreserved.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn artifact_location(options: &CiOptions, file: &str) -> Value {
    match options.repo_path(file) {
        Some(path) => json!({ "uri": uri_path(&path), "uriBaseId": "%SRCROOT%" }),
        None => json!({
            "uri": uri_path(file.trim_start_matches(BUILTIN_PREFIX)),
            "uriBaseId": "AIMS_BUILTIN",
        }),
    }
}

fn region(options: &CiOptions, location: &Location) -> Value {
    let (start_line, start_column) =
        options.position(&location.file, location.range.start, ColumnUnit::Utf16);
    let (end_line, end_column) =
        options.position(&location.file, location.range.end, ColumnUnit::Utf16);
    json!({
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
    })
}

fn physical_location(options: &CiOptions, location: &Location) -> Value {
    json!({
        "artifactLocation": artifact_location(options, &location.file),
        "region": region(options, location),
    })
}

fn rule(code: Code) -> Value {
    let info = code.info();
    json!({
        "id": info.name,
        "name": info.name,
        "shortDescription": { "text": info.summary },
        "fullDescription": { "text": first_paragraph(info.explanation) },
        "help": { "text": plain_text(info.explanation), "markdown": info.explanation },
        "defaultConfiguration": { "level": level(info.default_severity) },
    })
}

fn result(options: &CiOptions, diagnostic: &Diagnostic) -> Value {
    let rule_index = Code::ALL
        .iter()
        .position(|c| *c == diagnostic.code)
        .unwrap_or(0);
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push_str("\nHelp: ");
        text.push_str(help);
    }
    let mut result = Map::new();
    result.insert("ruleId".into(), json!(diagnostic.code.name()));
    result.insert("ruleIndex".into(), json!(rule_index));
    result.insert("level".into(), json!(level(diagnostic.severity)));
    result.insert("message".into(), json!({ "text": text }));
    result.insert(
        "locations".into(),
        json!([{ "physicalLocation": physical_location(options, &diagnostic.location) }]),
    );
    if !diagnostic.labels.is_empty() {
        let related: Vec<Value> = diagnostic
            .labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                json!({
                    "id": i + 1,
                    "physicalLocation": physical_location(options, &label.location),
                    "message": { "text": label.message },
                })
            })
            .collect();
        result.insert("relatedLocations".into(), Value::Array(related));
    }
    if let Some(fix) = &diagnostic.fix {
        // One artifactChange per file, in the order the files first appear.
        let mut files: Vec<&str> = Vec::new();
        for edit in &fix.edits {
            if !files.contains(&edit.location.file.as_str()) {
                files.push(&edit.location.file);
            }
        }
        let changes: Vec<Value> = files
            .iter()
            .map(|file| {
                let replacements: Vec<Value> = fix
                    .edits
                    .iter()
                    .filter(|e| e.location.file == *file)
                    .map(|e| {
                        json!({
                            "deletedRegion": region(options, &e.location),
                            "insertedContent": { "text": e.new_text },
                        })
                    })
                    .collect();
                json!({
                    "artifactLocation": artifact_location(options, file),
                    "replacements": replacements,
                })
            })
            .collect();
        result.insert(
            "fixes".into(),
            json!([{ "description": { "text": fix.title }, "artifactChanges": changes }]),
        );
    }
    Value::Object(result)
}

/// The SARIF log for `diagnostics`.
pub fn sarif_log(diagnostics: &[Diagnostic], options: &CiOptions) -> Value {
    let rules: Vec<Value> = Code::ALL.iter().map(|c| rule(*c)).collect();
    let results: Vec<Value> = diagnostics.iter().map(|d| result(options, d)).collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "aims",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "invocations": [{ "executionSuccessful": true }],
            "columnKind": "utf16CodeUnits",
            "results": results,
            "properties": { "asOf": options.as_of },
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextRange;

    #[test]
    fn first_paragraph_skips_heading_and_severity() {
        let text = "# x\n\n**Default severity:** error\n\nOne two\nthree.\n\nLater.";
        assert_eq!(first_paragraph(text), "One two three.");
    }

    #[test]
    fn plain_text_drops_markdown_markup() {
        let text = plain_text("# name\n\n**Default severity:** error\n\n```aims\nx: `y`\n```\n");
        assert_eq!(text, "name\n\nDefault severity: error\n\nx: y\n");
    }

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(uri_path("site/trust page#1.md"), "site/trust%20page%231.md");
        assert_eq!(uri_path("é.aims"), "%C3%A9.aims");
    }

    #[test]
    fn columns_are_utf16_and_prefixed() {
        let start = "a: \"😀\" ".len();
        let d = Diagnostic::new(
            Code::UnknownField,
            "spec.aims",
            TextRange::new(start, start + 3),
            "nope",
        );
        let log = with_one_file_options("a: \"😀\" bad\n", "examples/acme/", |options| {
            sarif_log(&[d], options)
        });
        let loc = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "examples/acme/spec.aims");
        assert_eq!(loc["region"]["startColumn"], 9);
        assert_eq!(loc["region"]["endColumn"], 12);
        assert_eq!(log["runs"][0]["properties"]["asOf"], "2026-11-28");
    }
}
