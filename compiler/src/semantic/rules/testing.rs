//! Helpers for the rule tests: a project from in-memory files at a given as-of date.

use crate::config::Settings;
use crate::db::Origin;
use crate::diagnostics::{Code, Diagnostic};
use crate::workspace::Project;

pub fn date(text: &str) -> jiff::civil::Date {
    text.parse().expect("a test date")
}

/// The first declaration of `text`, parsed on its own.
pub fn item(text: &str) -> crate::syntax::ast::Item {
    let parse = crate::syntax::parse_text(text);
    parse.tree.items.into_iter().next().expect("one item")
}

/// A project of one spec file `spec.aims` checked as of `as_of`.
pub fn project(spec: &str, as_of: &str) -> Project {
    Project::from_sources(
        Settings::new(date(as_of)),
        None,
        vec![("spec.aims".into(), spec.into(), Origin::Spec)],
    )
}

/// The diagnostics of one spec file with the given codes.
pub fn check(spec: &str, as_of: &str, codes: &[Code]) -> Vec<Diagnostic> {
    project(spec, as_of)
        .diagnostics()
        .into_iter()
        .filter(|d| codes.contains(&d.code))
        .collect()
}

/// `code: message` lines, for readable assertions.
pub fn lines(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| format!("{} {}: {}", d.severity.as_str(), d.code.name(), d.message))
        .collect()
}

/// The text a diagnostic points at.
pub fn text_at<'a>(spec: &'a str, d: &Diagnostic) -> &'a str {
    &spec[d.location.range.range()]
}
