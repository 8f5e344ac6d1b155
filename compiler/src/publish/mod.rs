//! `aims publish`: the buyer-facing trust statement and status badges, generated from
//! the spec on its as-of date so that the trust page cannot drift from it.
//!
//! [`build`] turns a loaded project into a [`Statement`] (the data, also the JSON
//! form for a website build); `markdown`, `html` and `badge` only lay it out, and
//! `wording` holds the sentences. The statement never says more than the spec: the
//! test suite checks the generated text as a publication of the same spec, for every
//! framework and status, and expects no claim diagnostic.

pub mod badge;
pub mod html;
pub mod markdown;
pub mod sub_processors;
pub mod wording;

use jiff::civil::Date;
use serde::Serialize;

use crate::queries;
use crate::semantic::catalogue::Catalogue;
use crate::semantic::coverage::{Counts, Coverage};
use crate::semantic::model::Model;
use crate::semantic::rules::claims::{self, display_name};
use crate::workspace::Project;
use wording::{Facts, Record, Standing, Subject};

/// The version of the JSON statement; it changes only when a field changes meaning
/// or disappears.
pub const STATEMENT_VERSION: u32 = 1;

/// The trust statement: where the organisation stands on each framework.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct Statement {
    pub version: u32,
    pub as_of: String,
    /// The organisation's display name (its title, else its name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Familiar names of the frameworks the organisation lists in `scope`.
    pub scope: Vec<String>,
    pub frameworks: Vec<FrameworkStatement>,
    /// The suppliers the service depends on (used by a system or relied on by a
    /// control), with their assurance; absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub sub_processors: Vec<sub_processors::SubProcessor>,
}

/// One framework: its standing, the honest sentences and a short coverage summary.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct FrameworkStatement {
    /// The framework's name in the spec (`iso27001`).
    pub framework: String,
    /// Its familiar name (`ISO/IEC 27001`).
    pub name: String,
    pub title: String,
    /// `certification` or `attestation`; absent when neither is recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    /// The declaration the standing is read from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declaration: Option<String>,
    /// The status as written in the spec (`achieved`, `in_progress`, `planned`,
    /// `lapsed`); absent when none is recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The standing on the as-of date: the status, except that an achieved
    /// certificate that has expired is `expired`, and `not_recorded` without one.
    pub standing: Standing,
    /// The standing in words: "achieved", "in progress", "planned", …
    pub label: String,
    /// The honest sentences, in order.
    pub sentences: Vec<String>,
    pub facts: Facts,
    /// Requirement coverage, for a framework in scope.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<CoverageSummary>,
}

/// How many requirements are covered, and what remains.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CoverageSummary {
    pub covered: usize,
    pub partial: usize,
    pub mapped: usize,
    pub excluded: usize,
    pub gap: usize,
    /// Requirements that apply: every requirement but those not applicable.
    pub applicable: usize,
    /// Covered, as a whole percentage of those that apply (rounded down).
    pub percent_covered: usize,
    /// One plain sentence.
    pub sentence: String,
}

impl CoverageSummary {
    fn of(counts: &Counts, as_of: Date) -> CoverageSummary {
        let applicable =
            counts.covered + counts.partial + counts.mapped + counts.excluded + counts.gap;
        let percent_covered = (counts.covered * 100).checked_div(applicable).unwrap_or(0);
        let mut rest = Vec::new();
        if counts.partial > 0 {
            rest.push(format!("{} partly covered", counts.partial));
        }
        if counts.mapped > 0 {
            rest.push(format!("{} through a crosswalk only", counts.mapped));
        }
        if counts.gap > 0 {
            rest.push(format!("{} not yet addressed", counts.gap));
        }
        if counts.excluded > 0 {
            rest.push(format!("{} excluded", counts.excluded));
        }
        let mut sentence = format!(
            "Coverage on {as_of}: {} of {applicable} requirements covered ({percent_covered}%)",
            counts.covered
        );
        if !rest.is_empty() {
            sentence.push_str("; ");
            sentence.push_str(&rest.join(", "));
        }
        sentence.push('.');
        CoverageSummary {
            covered: counts.covered,
            partial: counts.partial,
            mapped: counts.mapped,
            excluded: counts.excluded,
            gap: counts.gap,
            applicable,
            percent_covered,
            sentence,
        }
    }
}

/// The JSON Schema of the JSON statement (`aims publish --format json`).
pub fn json_schema() -> String {
    crate::json_schema::text_of::<Statement>()
}

/// The statement of a loaded project on its as-of date.
pub fn build_statement(project: &Project) -> Statement {
    let db = &project.db;
    build(
        queries::model(db, project.workspace),
        queries::catalogue(db, project.workspace),
        queries::coverage(db, project.workspace),
        project.settings().as_of,
    )
}

/// Builds the statement; a pure function of the spec and the as-of date.
pub fn build(model: &Model, catalogue: &Catalogue, coverage: &Coverage, as_of: Date) -> Statement {
    let organisation = model.organisation().map(|o| {
        o.item
            .title
            .as_ref()
            .map_or_else(|| o.name().to_owned(), |t| t.value.clone())
    });
    let scope_names: Vec<String> = model
        .organisation()
        .and_then(|o| o.item.field("scope"))
        .map(|f| {
            f.value
                .elements()
                .iter()
                .filter_map(|v| v.as_ident())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let scope = scope_names
        .iter()
        .map(|n| {
            catalogue
                .framework(n)
                .map_or_else(|| n.clone(), display_name)
        })
        .collect();
    let frameworks = catalogue
        .frameworks
        .values()
        .filter_map(|framework| {
            let fc = coverage.frameworks.get(&framework.name);
            let in_scope = fc.is_some_and(|c| c.in_scope);
            let recorded = claims::status_of(model, &framework.name);
            if recorded.is_none() && !in_scope {
                return None;
            }
            Some(framework_statement(
                framework,
                recorded,
                fc.filter(|c| c.in_scope).map(|c| &c.counts),
                as_of,
            ))
        })
        .collect();
    Statement {
        version: STATEMENT_VERSION,
        as_of: as_of.to_string(),
        organisation,
        scope,
        frameworks,
        sub_processors: sub_processors::build(model, catalogue, as_of),
    }
}

/// The statement about one framework, from the declaration that records its status
/// (if any) and its coverage counts (if it is in scope).
pub fn framework_statement(
    framework: &crate::semantic::catalogue::Framework,
    recorded: Option<(claims::Status, &crate::semantic::model::Decl)>,
    counts: Option<&Counts>,
    as_of: Date,
) -> FrameworkStatement {
    let name = display_name(framework);
    let facts = recorded.map(|(_, d)| Facts::read(d)).unwrap_or_default();
    let record = recorded.map(|(_, d)| {
        if d.kind() == "attestation" {
            Record::Attestation
        } else {
            Record::Certification
        }
    });
    let standing = Standing::of(recorded.map(|(s, _)| s), &facts, as_of);
    let sentences = wording::sentences(&Subject {
        name: &name,
        certifiable: framework.certifiable || framework.attestation,
        record,
        standing,
        facts: &facts,
    });
    FrameworkStatement {
        framework: framework.name.clone(),
        title: framework.title.clone(),
        record,
        declaration: recorded.map(|(_, d)| d.name().to_owned()),
        status: recorded.map(|(s, _)| s.as_str().to_owned()),
        standing,
        label: standing.label().to_owned(),
        sentences,
        facts,
        coverage: counts.map(|c| CoverageSummary::of(c, as_of)),
        name,
    }
}

/// The statement as pretty JSON with a final newline.
pub fn to_json(statement: &Statement) -> String {
    let mut text = serde_json::to_string_pretty(statement).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests;
