//! Rule fixtures: an AIMS source with the diagnostics it must produce written under
//! the text they underline, in the style of rust-analyzer's `check_diagnostics`.
//!
//! A fixture is checked by compiling its source (the fixture without its annotation
//! lines), writing the annotations the compiler's diagnostics call for, and comparing
//! the result with the fixture as written. Every diagnostic is written, so a fixture
//! with no annotation of a code also proves that code does not fire. The format is
//! described in `compiler/tests/rules/README.md`.

use std::collections::BTreeMap;

use aims::Project;
use aims::config::Settings;
use aims::db::Origin;
use aims::diagnostics::{Code, Diagnostic, TextEdit};

/// The as-of date of a fixture that names none.
const DEFAULT_AS_OF: jiff::civil::Date = jiff::civil::date(2026, 11, 28);

/// The file a fixture's source goes to when it names none with `//- path`.
const DEFAULT_FILE: &str = "spec.aims";

/// The outcome of checking one fixture.
pub enum Outcome {
    /// The compiler produced exactly the annotated diagnostics.
    Pass,
    /// The diagnostics differ: the fixture as it should read, to diff against it.
    Differs { expected: String },
}

/// One line of a fixture, classified.
enum Line<'a> {
    /// `//@ key: value`: a setting of the whole fixture.
    Directive(&'a str, &'a str),
    /// `//- path`: the lines after it, up to the next marker, are that file.
    File(&'a str),
    /// A line written by the checker: removed before compiling, rewritten after.
    Annotation,
    /// A line of the current file's source.
    Source,
}

fn classify(line: &str) -> Line<'_> {
    if let Some(rest) = line.strip_prefix("//@ ") {
        let (key, value) = rest.split_once(':').unwrap_or((rest, ""));
        return Line::Directive(key.trim(), value.trim());
    }
    if let Some(path) = line.strip_prefix("//- ") {
        return Line::File(path.trim());
    }
    if line.starts_with("//~ ") {
        return Line::Annotation;
    }
    if let Some(rest) = line.strip_prefix("//") {
        let rest = rest.trim_start_matches(' ');
        if rest.starts_with('^') || rest.starts_with("- ") || rest.starts_with("--") {
            return Line::Annotation;
        }
        if rest.starts_with("= ") || rest.starts_with("| ") || rest == "|" {
            return Line::Annotation;
        }
    }
    Line::Source
}

/// Checks the fixture `text`. `Err` is a fixture that cannot be read: an unknown
/// directive, a bad date, or a code name the registry does not have.
pub fn check(text: &str) -> Result<Outcome, String> {
    let mut settings = Settings::new(DEFAULT_AS_OF);
    let mut ignored: Vec<Code> = Vec::new();
    // For each fixture line: the file and source line number it holds, if any.
    let mut places: Vec<Option<(String, usize)>> = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    let mut current = DEFAULT_FILE.to_owned();
    for (number, line) in text.lines().enumerate() {
        let place = match classify(line) {
            Line::Directive(key, value) => {
                match key {
                    "as-of" => {
                        settings.as_of = value.parse().map_err(|e| {
                            format!("line {}: `{value}` is not a date: {e}", number + 1)
                        })?;
                    }
                    "ignore" => {
                        for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                            ignored.push(code_named(name)?);
                        }
                    }
                    other => return Err(format!("line {}: no directive `{other}`", number + 1)),
                }
                None
            }
            Line::File(path) => {
                if files.iter().any(|(seen, _)| seen == path) {
                    return Err(format!("line {}: `{path}` is started twice", number + 1));
                }
                current = path.to_owned();
                None
            }
            Line::Annotation => {
                validate_annotation(line)?;
                None
            }
            Line::Source => {
                if files.last().is_none_or(|(path, _)| *path != current) {
                    files.push((current.clone(), String::new()));
                }
                let (_, source) = files.last_mut().expect("a file was just pushed");
                let line_number = source.lines().count();
                source.push_str(line);
                source.push('\n');
                Some((current.clone(), line_number))
            }
        };
        places.push(place);
    }

    let project = Project::from_sources(
        settings,
        None,
        files
            .iter()
            .map(|(path, source)| (path.clone(), source.clone(), Origin::Spec))
            .collect(),
    );
    let diagnostics: Vec<Diagnostic> = project
        .diagnostics()
        .into_iter()
        .filter(|d| !ignored.contains(&d.code))
        .collect();
    let annotations = annotate(&diagnostics, &files)?;

    let mut expected = String::new();
    for (line, place) in text.lines().zip(&places) {
        if matches!(classify(line), Line::Annotation) {
            continue;
        }
        expected.push_str(line);
        expected.push('\n');
        if let Some(place) = place
            && let Some(lines) = annotations.get(place)
        {
            for annotation in lines {
                expected.push_str(annotation);
                expected.push('\n');
            }
        }
    }
    Ok(if expected == text {
        Outcome::Pass
    } else {
        Outcome::Differs { expected }
    })
}

/// The typed code for `name`, or the error a fixture with a misspelt code fails with.
pub fn code_named(name: &str) -> Result<Code, String> {
    Code::from_name(name).ok_or_else(|| format!("no diagnostic code named `{name}`"))
}

/// Every `severity[code]` or `label[code]` in an annotation must name a real code, so a
/// misspelt code fails with a message that says so rather than only with a diff.
fn validate_annotation(line: &str) -> Result<(), String> {
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let word_start = rest[..open]
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let word = &rest[word_start..open];
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else { break };
        if matches!(word, "error" | "warning" | "note" | "label") {
            code_named(&after[..close])?;
            // Only the first bracket is the code; the message may contain brackets.
            break;
        }
        rest = &after[close..];
    }
    Ok(())
}

/// A byte offset in a file as a zero-based line and a zero-based column in characters.
fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count())
}

struct Span {
    line: usize,
    col: usize,
    end_line: usize,
    end_col: usize,
}

impl Span {
    fn of(source: &str, start: u32, end: u32) -> Span {
        let (line, col) = line_col(source, start as usize);
        let (end_line, end_col) = line_col(source, end as usize);
        Span {
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// `3:5..3:9`, one-based, counting source lines only.
    fn explicit(&self) -> String {
        format!(
            "{}:{}..{}:{}",
            self.line + 1,
            self.col + 1,
            self.end_line + 1,
            self.end_col + 1
        )
    }

    /// The marker line for this span: the marker character under the text when it is
    /// on one line and right of the `//`, else `//~` with explicit positions. Returns
    /// the line prefix and the column notes are indented to.
    fn marker(&self, mark: char) -> (String, usize) {
        if self.line == self.end_line && self.col >= 2 && self.end_col > self.col {
            let pad = " ".repeat(self.col - 2);
            let marks: String = std::iter::repeat_n(mark, self.end_col - self.col).collect();
            (format!("//{pad}{marks}"), self.col - 2)
        } else {
            (format!("//~ {}", self.explicit()), 2)
        }
    }
}

/// Annotation lines by the (file, source line) they go under.
type Annotations = BTreeMap<(String, usize), Vec<String>>;

/// Where a group of annotation lines goes and its order under that line: file, line,
/// start and end column, then diagnostics (0) before labels (1).
type Placement = (String, usize, usize, usize, u8);

fn annotate(diagnostics: &[Diagnostic], files: &[(String, String)]) -> Result<Annotations, String> {
    let source_of = |path: &str| {
        files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, s)| s.as_str())
            .ok_or_else(|| format!("a diagnostic in `{path}`, which is not a fixture file"))
    };
    // Sorted by position so that annotations under one line are in column order.
    let mut entries: Vec<(Placement, Vec<String>)> = Vec::new();
    for d in diagnostics {
        let file = &d.location.file;
        let source = source_of(file)?;
        let span = Span::of(source, d.location.range.start, d.location.range.end);
        let (marker, indent) = span.marker('^');
        let mut lines = vec![format!(
            "{marker} {}[{}]: {}",
            d.severity.as_str(),
            d.code.name(),
            one_line(&d.message)
        )];
        let note = |text: String| format!("//{}= {text}", " ".repeat(indent));
        if let Some(help) = &d.help {
            lines.push(note(format!("help: {}", one_line(help))));
        }
        if let Some(fix) = &d.fix {
            lines.push(note(format!("fix: {}", one_line(&fix.title))));
            for edit in &fix.edits {
                lines.extend(edit_lines(
                    edit,
                    file,
                    source_of(&edit.location.file)?,
                    indent,
                ));
            }
        }
        let key = (file.clone(), span.line, span.col, span.end_col, 0);
        entries.push((key, lines));
        for label in &d.labels {
            let label_source = source_of(&label.location.file)?;
            let span = Span::of(
                label_source,
                label.location.range.start,
                label.location.range.end,
            );
            let (marker, _) = span.marker('-');
            let line = format!(
                "{marker} label[{}]: {}",
                d.code.name(),
                one_line(&label.message)
            );
            let key = (
                label.location.file.clone(),
                span.line,
                span.col,
                span.end_col,
                1,
            );
            entries.push((key, vec![line]));
        }
    }
    entries.sort();
    let mut out = Annotations::new();
    for ((file, line, ..), lines) in entries {
        // A span at the very end of a file goes under its last line.
        let last = source_of(&file)?.lines().count().saturating_sub(1);
        out.entry((file, line.min(last))).or_default().extend(lines);
    }
    Ok(out)
}

/// An edit as `= edit L:C..L:C: "text"`, or with one `| ` line per line of a longer text.
fn edit_lines(edit: &TextEdit, diagnostic_file: &str, source: &str, indent: usize) -> Vec<String> {
    let span = Span::of(source, edit.location.range.start, edit.location.range.end);
    let pad = " ".repeat(indent);
    let file = if edit.location.file == diagnostic_file {
        String::new()
    } else {
        format!("{} ", edit.location.file)
    };
    let head = format!("//{pad}= edit {file}{}:", span.explicit());
    if !edit.new_text.contains('\n') {
        return vec![format!("{head} {:?}", edit.new_text)];
    }
    let mut lines = vec![head];
    for text in edit.new_text.split('\n') {
        lines.push(format!("//{pad}| {text}").trim_end().to_owned());
    }
    lines
}

/// Messages are one line; a line break would end the annotation, so it is shown escaped.
fn one_line(text: &str) -> String {
    text.replace('\n', "\\n")
}
