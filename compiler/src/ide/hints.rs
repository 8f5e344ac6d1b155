//! Inlay hints (requirement titles after requirement paths) and code lenses (a
//! coverage line above each `certification` and the `organisation`).
//!
//! Coverage comes from the coverage engine (`queries::coverage`), the same answer
//! the rules and reports give.

use crate::db::{Db, SourceFile, Workspace};
use crate::ide::{SymbolRef, node_symbol, walk};
use crate::queries;
use crate::semantic::catalogue::{Framework, Lookup};
use crate::semantic::coverage::{FrameworkCoverage, State};
use crate::text::TextRange;

/// A short label shown after `offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlayHint {
    pub offset: usize,
    pub label: String,
    /// A longer text for the hint's tooltip.
    pub tooltip: Option<String>,
}

/// A line of text shown above `range`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLens {
    pub range: TextRange,
    pub title: String,
}

/// Titles after requirement paths (in `satisfies` lists and `exclude` names) that lie
/// within `within`.
pub fn inlay_hints(db: &dyn Db, file: SourceFile, within: TextRange) -> Vec<InlayHint> {
    let catalogue = queries::catalogue(db, Workspace::get(db));
    let mut out = Vec::new();
    walk(&queries::parse(db, file).tree, &mut |node, cx| {
        let range = node.range();
        if range.end < within.start || range.start > within.end {
            return;
        }
        let Some((SymbolRef::Requirement(path), false)) = node_symbol(node, cx) else {
            return;
        };
        if let Lookup::Requirement(framework, item) | Lookup::Group(framework, item) =
            catalogue.lookup(&path)
        {
            if item.title.is_empty() {
                return;
            }
            out.push(InlayHint {
                offset: range.end as usize,
                label: format!(" {}", item.title),
                tooltip: Some(format!("{} {} in {}", item.kind, item.id, framework.title)),
            });
        }
    });
    out
}

/// The one-line coverage summary of a framework from the coverage engine, such as
/// "ISO/IEC 42001: 2/38 controls, 0/32 clauses covered · 1 partial · 67 gaps".
pub fn coverage_summary(framework: &Framework, coverage: &FrameworkCoverage) -> String {
    // (kind, covered, total), excludable kinds (controls, …) first.
    let mut kinds: Vec<(&str, usize, usize)> = Vec::new();
    for requirement in coverage.requirements.iter() {
        let entry = match kinds.iter().position(|(k, _, _)| *k == requirement.kind) {
            Some(i) => &mut kinds[i],
            None => {
                kinds.push((requirement.kind.as_str(), 0, 0));
                let last = kinds.len() - 1;
                &mut kinds[last]
            }
        };
        entry.2 += 1;
        if requirement.state == State::Covered {
            entry.1 += 1;
        }
    }
    kinds.sort_by_key(|(kind, _, _)| !crate::semantic::schema::excludable(kind).unwrap_or(false));
    let covered: Vec<String> = kinds
        .iter()
        .map(|(kind, covered, total)| format!("{covered}/{}", crate::ide::count(*total, kind)))
        .collect();
    let counts = &coverage.counts;
    let mut parts = vec![format!(
        "{}: {} covered",
        short_title(framework),
        covered.join(", ")
    )];
    for (n, word) in [
        (counts.partial, "partial"),
        (counts.mapped, "mapped"),
        (counts.excluded, "excluded"),
        (counts.not_applicable, "not applicable"),
    ] {
        if n > 0 {
            parts.push(format!("{n} {word}"));
        }
    }
    parts.push(if counts.gap == 0 {
        "no gaps".to_owned()
    } else {
        crate::ide::count(counts.gap, "gap")
    });
    parts.join(" · ")
}

/// "ISO/IEC 42001" from "ISO/IEC 42001:2023 Artificial intelligence — …".
fn short_title(framework: &Framework) -> String {
    let title = framework
        .title
        .split(['—', ':'])
        .next()
        .unwrap_or("")
        .trim();
    if title.is_empty() {
        framework.name.clone()
    } else {
        title.to_owned()
    }
}

/// Coverage lenses above each `certification` (its framework) and `attestation`, and
/// above the `organisation` (each framework in its scope).
pub fn code_lenses(db: &dyn Db, file: SourceFile) -> Vec<CodeLens> {
    let workspace = Workspace::get(db);
    let catalogue = queries::catalogue(db, workspace);
    let coverage = queries::coverage(db, workspace);
    let mut out = Vec::new();
    for item in &queries::parse(db, file).tree.items {
        let field = match item.kind.text.as_str() {
            "certification" | "attestation" => "framework",
            "organisation" => "scope",
            _ => continue,
        };
        let Some(value) = item.field(field).map(|f| &f.value) else {
            continue;
        };
        for element in value.elements() {
            let Some(framework) = element.as_ident().and_then(|n| catalogue.framework(n)) else {
                continue;
            };
            let Some(framework_coverage) = coverage.framework(&framework.name) else {
                continue;
            };
            out.push(CodeLens {
                range: item.kind.range,
                title: coverage_summary(framework, framework_coverage),
            });
        }
    }
    out
}
