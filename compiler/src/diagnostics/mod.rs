//! The one diagnostic model, shared by every check and every output.
//!
//! A `Diagnostic` is plain data: a stable code (the kebab-case name users see, put in
//! `aims.toml` and pass to `aims explain`), a severity, a message, the range to
//! underline and optional secondary labels, help and a fix. Renderers (`render` for
//! people, `json` for tools, the language server's converter) read it; none of them is
//! known here.

pub mod codes;
pub mod github;
pub mod json;
pub mod junit;
pub mod render;
pub mod sarif;

use crate::text::TextRange;
pub use codes::{Code, CodeInfo};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A place in a file of the workspace, named by its path relative to the workspace
/// root with `/` separators (`<builtin>/iso42001.aims` for built-in catalogues).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    pub range: TextRange,
}

/// A secondary span with its own message ("first declared here").
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    pub location: Location,
    pub message: String,
}

/// A text edit that fixes the problem, for `--fix`-style tools and editor quick fixes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<TextEdit>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TextEdit {
    pub location: Location,
    pub new_text: String,
}

impl Fix {
    /// A fix that replaces one range of one file with `new_text`.
    pub fn replace(
        title: impl Into<String>,
        file: &str,
        range: TextRange,
        new_text: impl Into<String>,
    ) -> Fix {
        Fix {
            title: title.into(),
            edits: vec![TextEdit::replace(file, range, new_text)],
        }
    }
}

impl TextEdit {
    /// Replaces `range` of `file` with `new_text` (an insertion when the range is empty).
    pub fn replace(file: &str, range: TextRange, new_text: impl Into<String>) -> TextEdit {
        TextEdit {
            location: Location {
                file: file.to_owned(),
                range,
            },
            new_text: new_text.into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub location: Location,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub fix: Option<Fix>,
    /// The earlier diagnostic this one follows from, when it does: it is printed
    /// right after its cause, so that people fix the cause first.
    pub caused_by: Option<Location>,
}

impl Diagnostic {
    /// A diagnostic with the code's default severity.
    pub fn new(code: Code, file: &str, range: TextRange, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.info().default_severity,
            message: message.into(),
            location: Location {
                file: file.to_owned(),
                range,
            },
            labels: Vec::new(),
            help: None,
            fix: None,
            caused_by: None,
        }
    }

    /// Marks this diagnostic as following from the one at `file` and `range`.
    pub fn caused_by(mut self, file: &str, range: TextRange) -> Self {
        self.caused_by = Some(Location {
            file: file.to_owned(),
            range,
        });
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_label(mut self, file: &str, range: TextRange, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            location: Location {
                file: file.to_owned(),
                range,
            },
            message: message.into(),
        });
        self
    }

    pub fn with_fix(
        mut self,
        title: impl Into<String>,
        file: &str,
        range: TextRange,
        new_text: impl Into<String>,
    ) -> Self {
        self.fix = Some(Fix::replace(title, file, range, new_text));
        self
    }

    /// The message, then `help: …` on its own line when there is help: the plain
    /// text the CI formats show.
    pub fn message_with_help(&self) -> String {
        match &self.help {
            Some(help) => format!("{}\nhelp: {help}", self.message),
            None => self.message.clone(),
        }
    }

    /// The order diagnostics are shown in: by file, position, then code.
    pub fn sort_key(&self) -> (&str, u32, u32, &'static str) {
        (
            &self.location.file,
            self.location.range.start,
            self.location.range.end,
            self.code.name(),
        )
    }
}

/// Sorts diagnostics into their display order and drops exact duplicates. A
/// diagnostic caused by another comes right after its cause.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    fn place(d: &Diagnostic) -> (&str, u32, u32, bool) {
        match &d.caused_by {
            Some(cause) => (&cause.file, cause.range.start, cause.range.end, true),
            None => (
                &d.location.file,
                d.location.range.start,
                d.location.range.end,
                false,
            ),
        }
    }
    diagnostics.sort_by(|a, b| {
        place(a)
            .cmp(&place(b))
            .then_with(|| a.sort_key().cmp(&b.sort_key()))
            .then_with(|| a.message.cmp(&b.message))
    });
    diagnostics.dedup();
}

/// Counts by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Summary {
    pub fn of(diagnostics: &[Diagnostic]) -> Summary {
        let mut summary = Summary::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Note => summary.notes += 1,
            }
        }
        summary
    }
}
