//! JUnit XML output of `aims check`, for CI systems that show test reports but read
//! neither SARIF nor workflow commands (GitLab, Jenkins, Azure Pipelines).
//!
//! Each checked file is a test suite; each error (and, with `--deny warnings`, each
//! warning) is a failing test case; a file without such problems has one passing
//! case, so the report counts the files that passed. All text is XML-escaped, and
//! characters XML 1.0 cannot carry are dropped.

use std::borrow::Cow;
use std::collections::BTreeMap;

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::name::QName;

use super::sarif::CiOptions;
use super::{Diagnostic, Severity};
use crate::text::ColumnUnit;

/// Escapes text for an XML attribute or element. The markup characters (and `\r`) are
/// quick-xml's job; on top of it, line breaks and tabs become character references so
/// that an attribute keeps them (XML turns them into spaces there), and the
/// characters XML 1.0 cannot carry at all are dropped.
fn escape_xml(text: &str) -> String {
    let allowed: String = text
        .chars()
        .filter(|&c| {
            !(((c as u32) < 0x20 && !matches!(c, '\n' | '\r' | '\t'))
                || c == '\u{FFFE}'
                || c == '\u{FFFF}')
        })
        .collect();
    quick_xml::escape::escape(allowed.as_str())
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}

/// An attribute whose value `escape_xml` escapes.
fn attribute<'a>(key: &'a str, value: &str) -> Attribute<'a> {
    Attribute {
        key: QName(key),
        value: Cow::Owned(escape_xml(value)),
    }
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
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing to a `Vec` cannot fail.
    let _ = write_report(&mut writer, &by_file, options);
    let mut out = String::from_utf8_lossy(&writer.into_inner()).into_owned();
    out.push('\n');
    out
}

fn write_report(
    writer: &mut Writer<Vec<u8>>,
    by_file: &BTreeMap<String, Vec<&Diagnostic>>,
    options: &CiOptions,
) -> std::io::Result<()> {
    let tests: usize = by_file.values().map(|ds| ds.len().max(1)).sum();
    let failures: usize = by_file.values().map(Vec::len).sum();
    writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    writer
        .create_element("testsuites")
        .with_attributes([
            attribute("name", &format!("aims check (as of {})", options.as_of)),
            attribute("tests", &tests.to_string()),
            attribute("failures", &failures.to_string()),
            attribute("errors", "0"),
        ])
        .write_inner_content(|writer| {
            for (file, problems) in by_file {
                write_suite(writer, file, problems, options)?;
            }
            Ok(())
        })?;
    Ok(())
}

/// One file's test suite: a passing case, or one failing case per problem.
fn write_suite(
    writer: &mut Writer<Vec<u8>>,
    file: &str,
    problems: &[&Diagnostic],
    options: &CiOptions,
) -> std::io::Result<()> {
    let path = options.repo_path(file).unwrap_or_else(|| file.to_owned());
    writer
        .create_element("testsuite")
        .with_attributes([
            attribute("name", &path),
            attribute("tests", &problems.len().max(1).to_string()),
            attribute("failures", &problems.len().to_string()),
            attribute("errors", "0"),
        ])
        .write_inner_content(|writer| {
            if problems.is_empty() {
                writer
                    .create_element("testcase")
                    .with_attributes([
                        attribute("name", "aims check"),
                        attribute("classname", &path),
                    ])
                    .write_empty()?;
            }
            for d in problems {
                let (line, col) = options.position(file, d.location.range.start, ColumnUnit::Char);
                let body = format!("{file}:{line}:{col}: {}", d.message_with_help());
                writer
                    .create_element("testcase")
                    .with_attributes([
                        attribute("name", &format!("{} at {line}:{col}", d.code)),
                        attribute("classname", &path),
                        attribute("file", &path),
                        attribute("line", &line.to_string()),
                    ])
                    .write_inner_content(|writer| {
                        writer
                            .create_element("failure")
                            .with_attributes([
                                attribute("type", d.code.name()),
                                attribute("message", &d.message),
                            ])
                            .write_text_content(BytesText::from_escaped(escape_xml(&body)))?;
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;
    use crate::diagnostics::sarif::with_one_file_options;
    use crate::text::TextRange;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape_xml("<a href=\"x\">&'\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
        // XML would read a raw line break or tab in an attribute as a space.
        assert_eq!(escape_xml("a\nb\tc\r"), "a&#10;b&#9;c&#13;");
    }

    #[test]
    fn one_suite_per_file_and_one_failure_per_error() {
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
        let (xml, denied) = with_one_file_options("abc\n", "", |options| {
            (
                junit_report(&diagnostics, &files, false, options),
                junit_report(&diagnostics, &files, true, options),
            )
        });
        assert!(xml.contains("tests=\"2\" failures=\"1\""), "{xml}");
        assert!(xml.contains("message=\"bad &lt;thing&gt;\""), "{xml}");
        assert!(
            xml.contains("<testsuite name=\"b.aims\" tests=\"1\" failures=\"0\""),
            "{xml}"
        );
        assert!(denied.contains("tests=\"3\" failures=\"2\""), "{denied}");
    }
}
