//! JUnit XML output of `aims check`, for CI systems that show test reports but read
//! neither SARIF nor workflow commands (GitLab, Jenkins, Azure Pipelines).
//!
//! Each checked file is a test suite; each error (and, with `--deny warnings`, each
//! warning) is a failing test case; a file without such problems has one passing
//! case, so the report counts the files that passed. All text is XML-escaped, and
//! characters XML 1.0 cannot carry are dropped.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::sarif::CiOptions;
use super::{Diagnostic, Severity};
use crate::text::ColumnUnit;

/// Escapes text for an XML attribute or element, dropping characters XML 1.0 forbids.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The JUnit report. `files` lists every checked file (workspace-relative), so files
/// without problems appear as passing suites; `deny_warnings` makes warnings fail.
pub fn junit_report(
    diagnostics: &[Diagnostic],
    files: &[String],
    deny_warnings: bool,
    options: &CiOptions,
) -> String {
    let fails = |d: &Diagnostic| {
        d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning)
    };
    let mut by_file: BTreeMap<String, Vec<&Diagnostic>> = BTreeMap::new();
    for file in files {
        by_file.entry(file.clone()).or_default();
    }
    for d in diagnostics.iter().filter(|d| fails(d)) {
        by_file.entry(d.location.file.clone()).or_default().push(d);
    }
    let tests: usize = by_file.values().map(|ds| ds.len().max(1)).sum();
    let failures: usize = by_file.values().map(Vec::len).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"aims check (as of {})\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">",
        escape_xml(&options.as_of)
    );
    for (file, problems) in &by_file {
        let path = options.repo_path(file).unwrap_or_else(|| file.clone());
        let path = escape_xml(&path);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{}\" errors=\"0\">",
            problems.len().max(1),
            problems.len()
        );
        if problems.is_empty() {
            let _ = writeln!(
                out,
                "    <testcase name=\"aims check\" classname=\"{path}\"/>"
            );
        }
        for d in problems {
            let (line, col) = options.position(file, d.location.range.start, ColumnUnit::Char);
            let body = format!("{}:{line}:{col}: {}", file, d.message_with_help());
            let _ = writeln!(
                out,
                "    <testcase name=\"{} at {line}:{col}\" classname=\"{path}\" file=\"{path}\" line=\"{line}\">",
                d.code
            );
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                d.code,
                escape_xml(&d.message),
                escape_xml(&body)
            );
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;
    use crate::text::{LineIndex, TextRange};

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape_xml("<a href=\"x\">&'\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
    }

    #[test]
    fn one_suite_per_file_and_one_failure_per_error() {
        let index = LineIndex::new("abc\n");
        let lookup = |_: &str| Some(&index);
        let options = CiOptions {
            as_of: "2026-11-28".into(),
            path_prefix: String::new(),
            line_index: &lookup,
        };
        let diagnostics = vec![
            Diagnostic::new(
                Code::UnknownField,
                "a.aims",
                TextRange::new(1, 2),
                "bad <thing>",
            ),
            Diagnostic::new(
                Code::UnusedDeclaration,
                "a.aims",
                TextRange::new(0, 1),
                "unused",
            ),
        ];
        let files = vec!["a.aims".to_owned(), "b.aims".to_owned()];
        let xml = junit_report(&diagnostics, &files, false, &options);
        assert!(xml.contains("tests=\"2\" failures=\"1\""), "{xml}");
        assert!(xml.contains("message=\"bad &lt;thing&gt;\""), "{xml}");
        assert!(
            xml.contains("<testsuite name=\"b.aims\" tests=\"1\" failures=\"0\""),
            "{xml}"
        );
        let denied = junit_report(&diagnostics, &files, true, &options);
        assert!(denied.contains("tests=\"3\" failures=\"2\""), "{denied}");
    }
}
