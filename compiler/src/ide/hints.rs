//! Inlay hints (requirement titles after requirement paths) and code lenses (a
//! coverage line above each `certification` and the `organisation`).
//!
//! Coverage here is deliberately simple: a requirement counts as satisfied when some
//! control names it in `satisfies`, and as excluded when an `exclude` names it.
//! `requirement_state` and `coverage_summary` are the only two functions that decide
//! it, so they can be swapped for the full coverage engine in one place.

use crate::db::{Db, SourceFile, Workspace};
use crate::ide::{SymbolRef, node_symbol, walk};
use crate::queries;
use crate::semantic::catalogue::{Catalogue, Framework, Lookup};
use crate::semantic::model::Model;
use crate::syntax::ast::ValueKind;
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

/// How one requirement stands, by this simple reading of the spec: an implemented
/// control that lists evidence covers it; other controls cover it partially; an
/// exclusion excludes it. (Evidence dates and crosswalks are for the full engine.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequirementState {
    /// Controls that name the requirement, with their status word.
    pub satisfied_by: Vec<(String, String)>,
    /// Whether one of them is implemented and lists evidence.
    pub evidenced: bool,
    /// Exclusions of the requirement, with their reason.
    pub excluded_by: Vec<String>,
}

impl RequirementState {
    /// The coverage word for this state.
    pub fn word(&self) -> &'static str {
        if self
            .satisfied_by
            .iter()
            .any(|(_, status)| status == "implemented")
        {
            "covered"
        } else if !self.satisfied_by.is_empty() {
            "partial"
        } else if !self.excluded_by.is_empty() {
            "excluded"
        } else {
            "gap"
        }
    }
}

/// The controls and exclusions that name `path` (`iso42001.A.6.2.4`).
pub fn requirement_state(model: &Model, path: &str) -> RequirementState {
    let mut satisfied_by = Vec::new();
    let mut evidenced = false;
    for control in model.of_kind("control") {
        let names = control.item.field("satisfies").is_some_and(|f| {
            f.value
                .elements()
                .iter()
                .any(|v| matches!(&v.kind, ValueKind::Path(p) if p == path))
        });
        if names {
            let status = control
                .item
                .field("status")
                .and_then(|f| f.value.as_ident())
                .unwrap_or("unknown");
            let has_evidence = control
                .item
                .field("evidence")
                .is_some_and(|f| !f.value.elements().is_empty());
            evidenced |= status == "implemented" && has_evidence;
            satisfied_by.push((control.name().to_owned(), status.to_owned()));
        }
    }
    let excluded_by = model
        .of_kind("exclude")
        .filter(|d| d.name() == path)
        .map(|d| {
            d.item
                .field("reason")
                .and_then(|f| f.value.as_str())
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    RequirementState {
        satisfied_by,
        evidenced,
        excluded_by,
    }
}

/// The one-line coverage summary of a framework, such as
/// "ISO/IEC 42001: 2/38 controls, 0/32 clauses covered · 1 partial · 67 gaps".
/// The catalogue is passed so that a fuller engine (crosswalks, applicability) can
/// replace the body without changing callers.
pub fn coverage_summary(_catalogue: &Catalogue, model: &Model, framework: &Framework) -> String {
    // (kind, covered, total), excludable kinds (controls, …) first.
    let mut kinds: Vec<(&str, usize, usize)> = Vec::new();
    let (mut partial, mut excluded, mut gaps) = (0, 0, 0);
    for item in framework.requirements() {
        let state = requirement_state(model, &format!("{}.{}", framework.name, item.id));
        let word = state.word();
        match kinds.iter_mut().find(|(k, _, _)| *k == item.kind) {
            Some(entry) => entry.2 += 1,
            None => kinds.push((item.kind.as_str(), 0, 1)),
        }
        match word {
            "covered" => {
                if let Some(entry) = kinds.iter_mut().find(|(k, _, _)| *k == item.kind) {
                    entry.1 += 1;
                }
            }
            "partial" => partial += 1,
            "excluded" => excluded += 1,
            _ => gaps += 1,
        }
    }
    kinds.sort_by_key(|(kind, _, _)| !crate::semantic::schema::excludable(kind).unwrap_or(false));
    let covered: Vec<String> = kinds
        .iter()
        .map(|(kind, covered, total)| format!("{covered}/{}", crate::ide::count(*total, kind)))
        .collect();
    let mut parts = vec![format!(
        "{}: {} covered",
        short_title(framework),
        covered.join(", ")
    )];
    if partial > 0 {
        parts.push(format!("{partial} partial"));
    }
    if excluded > 0 {
        parts.push(format!("{excluded} excluded"));
    }
    parts.push(if gaps == 0 {
        "no gaps".to_owned()
    } else {
        crate::ide::count(gaps, "gap")
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
    let model = queries::model(db, workspace);
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
            out.push(CodeLens {
                range: item.kind.range,
                title: coverage_summary(catalogue, model, framework),
            });
        }
    }
    out
}
