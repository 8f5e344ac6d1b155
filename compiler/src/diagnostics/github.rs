//! GitHub Actions workflow commands (`::error file=…::message`), so that a plain
//! `aims check --format github` step annotates the pull request's files without a
//! SARIF upload.
//!
//! The escaping follows the Actions runner: in the message `%`, `\r` and `\n` are
//! percent-encoded; in property values `:` and `,` are too, because they separate
//! properties. Columns count Unicode characters, as the annotations UI shows them.

use std::fmt::Write as _;

use super::sarif::CiOptions;
use super::{Diagnostic, Severity, Summary};
use crate::english::count;
use crate::text::ColumnUnit;

/// Escapes a command's message (the text after `::`).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`).
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    }
}

/// One workflow command per diagnostic, then a plain summary line.
pub fn workflow_commands(diagnostics: &[Diagnostic], options: &CiOptions) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let mut properties = Vec::new();
        if let Some(path) = options.repo_path(&d.location.file) {
            let (line, col) =
                options.position(&d.location.file, d.location.range.start, ColumnUnit::Char);
            let (end_line, end_col) =
                options.position(&d.location.file, d.location.range.end, ColumnUnit::Char);
            properties.push(format!("file={}", escape_property(&path)));
            properties.push(format!("line={line}"));
            properties.push(format!("col={col}"));
            properties.push(format!("endLine={end_line}"));
            properties.push(format!("endColumn={end_col}"));
        }
        properties.push(format!(
            "title={}",
            escape_property(&format!("aims({})", d.code))
        ));
        let message = d.message_with_help();
        let _ = writeln!(
            out,
            "::{} {}::{}",
            command(d.severity),
            properties.join(","),
            escape_data(&message)
        );
    }
    let summary = Summary::of(diagnostics);
    let _ = writeln!(
        out,
        "aims: {}, {} as of {}",
        count(summary.errors, "error"),
        count(summary.warnings, "warning"),
        options.as_of
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Code;
    use crate::diagnostics::sarif::with_one_file_options;
    use crate::text::TextRange;

    #[test]
    fn escapes_messages_and_properties() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn writes_one_command_per_diagnostic() {
        let start = "x\nété".len();
        let d = Diagnostic::new(
            Code::UnknownField,
            "a,b.aims",
            TextRange::new(2, start),
            "no field `été`\nhere",
        )
        .with_help("did you mean `date`?");
        let out = with_one_file_options("x\nété: 1\n", "ws/", |options| {
            workflow_commands(&[d], options)
        });
        assert_eq!(
            out.lines().next().unwrap(),
            "::error file=ws/a%2Cb.aims,line=2,col=1,endLine=2,endColumn=4,title=aims(unknown-field)::no field `été`%0Ahere%0Ahelp: did you mean `date`?"
        );
        assert!(out.ends_with("aims: 1 error, 0 warnings as of 2026-11-28\n"));
    }
}
