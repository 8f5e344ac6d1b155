//! Human-readable diagnostics through ariadne, as the CLI prints them.
//!
//! ariadne counts in characters unless told otherwise; our ranges are bytes, so every
//! report is built with `IndexType::Byte`. Ranges are clamped to the text and to char
//! boundaries first, because ariadne panics on a backwards or out-of-range span.

use std::collections::HashMap;
use std::io::Write;

use ariadne::{Color, Config, IndexType, Label as AriadneLabel, Report, ReportKind};

use super::{Diagnostic, Severity};

/// How to render.
#[derive(Clone, Copy, Debug)]
pub struct RenderOptions {
    pub color: bool,
}

/// Writes every diagnostic to `out`. `source` gives the text of a file by its
/// workspace-relative path; a diagnostic whose file is unknown is printed without a
/// snippet.
pub fn render<'a>(
    diagnostics: &[Diagnostic],
    source: impl Fn(&str) -> Option<&'a str>,
    options: RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut cache: HashMap<String, String> = HashMap::new();
    for diagnostic in diagnostics {
        let mut files = vec![diagnostic.location.file.as_str()];
        files.extend(diagnostic.labels.iter().map(|l| l.location.file.as_str()));
        let mut all_known = true;
        for file in &files {
            match source(file) {
                Some(text) => {
                    cache
                        .entry((*file).to_owned())
                        .or_insert_with(|| text.to_owned());
                }
                None => all_known = false,
            }
        }
        if !all_known {
            writeln!(
                out,
                "{}[{}]: {}\n  --> {}",
                diagnostic.severity.as_str(),
                diagnostic.code,
                diagnostic.message,
                diagnostic.location.file
            )?;
            if let Some(help) = &diagnostic.help {
                writeln!(out, "  help: {help}")?;
            }
            continue;
        }
        let clamp = |file: &str, range: crate::text::TextRange| {
            let text = source(file).unwrap_or("");
            let fix = |mut i: usize| {
                i = i.min(text.len());
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let start = fix(range.start as usize);
            let end = fix(range.end as usize).max(start);
            (file.to_owned(), start..end)
        };
        let kind = match diagnostic.severity {
            Severity::Error => ReportKind::Error,
            Severity::Warning => ReportKind::Warning,
            Severity::Note => ReportKind::Advice,
        };
        let color = match diagnostic.severity {
            Severity::Error => Color::Red,
            Severity::Warning => Color::Yellow,
            Severity::Note => Color::Cyan,
        };
        let primary = clamp(&diagnostic.location.file, diagnostic.location.range);
        let mut report = Report::build(kind, primary.clone())
            .with_config(
                Config::new()
                    .with_index_type(IndexType::Byte)
                    .with_color(options.color),
            )
            .with_code(diagnostic.code.name())
            .with_message(&diagnostic.message)
            .with_label(
                AriadneLabel::new(primary)
                    .with_message(primary_label(diagnostic))
                    .with_color(color),
            );
        for label in &diagnostic.labels {
            report = report.with_label(
                AriadneLabel::new(clamp(&label.location.file, label.location.range))
                    .with_message(&label.message)
                    .with_color(Color::Blue),
            );
        }
        if let Some(help) = &diagnostic.help {
            report = report.with_help(help);
        }
        report.finish().write(
            ariadne::sources(
                files
                    .iter()
                    .map(|f| ((*f).to_owned(), cache.get(*f).cloned().unwrap_or_default())),
            ),
            &mut *out,
        )?;
    }
    Ok(())
}

fn primary_label(diagnostic: &Diagnostic) -> String {
    match &diagnostic.fix {
        Some(fix) => fix.title.clone(),
        None => "here".to_owned(),
    }
}
