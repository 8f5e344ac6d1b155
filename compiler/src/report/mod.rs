//! Reports: the workspace on its as-of date as one data model ([`model::Report`]),
//! built from the same queries `aims check` uses. Renderers (JSON here; HTML,
//! Markdown, CSV and XLSX elsewhere) only format it, so they cannot disagree.

pub mod buyer;
pub mod csv;
pub mod declarations;
pub mod html;
pub mod management;
pub mod markdown;
pub mod model;
pub mod oscal;
pub mod pretty_json;
pub mod view;
pub mod xlsx;

use std::collections::BTreeSet;
use std::sync::Arc;

use jiff::civil::Date;

use crate::catalog::describe::Assurance;
use crate::diagnostics::{Diagnostic, Summary};
use crate::fast_hash::FastMap;
use crate::queries;
use crate::semantic::catalogue::Catalogue;
use crate::semantic::coverage::{Coverage, eu_classification, word};
use crate::semantic::evidence;
use crate::semantic::model::Decl;
use crate::semantic::risk;
use crate::semantic::values::{self, DateLike};
use crate::syntax::ast::{Field, Item, ValueKind};
use crate::workspace::Project;
use declarations::Declarations;
use model::*;

/// Who a human-readable report is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Audience {
    /// Everything, work lists included: the default.
    #[default]
    Internal,
    /// Statuses and coverage figures, without the internal work lists.
    Buyer,
}

/// The JSON Schema of the JSON report (`aims report --format json`), generated from
/// the model types; the repository keeps a copy at `schemas/report.schema.json`.
pub fn json_schema() -> String {
    crate::json_schema::text_of::<Report>()
}

/// The report of a loaded project on its as-of date.
pub fn build_report(project: &Project) -> Report {
    let db = &project.db;
    let workspace = project.workspace;
    let name = project
        .root
        .as_ref()
        .and_then(|r| r.file_name())
        .map_or_else(|| ".".to_owned(), |n| n.to_string_lossy().into_owned());
    build(&Inputs {
        workspace: name,
        as_of: project.settings().as_of,
        expiring_within_days: project.settings().expiring_within_days,
        declarations: &Declarations::of(db, workspace),
        catalogue: queries::catalogue(db, workspace),
        coverage: queries::coverage(db, workspace),
        diagnostics: &project.diagnostics(),
    })
}

/// What a report is made from.
pub struct Inputs<'a> {
    pub workspace: String,
    pub as_of: Date,
    /// How many days ahead an expiry counts as "expiring" (`aims.toml`).
    pub expiring_within_days: u32,
    pub declarations: &'a Declarations<'a>,
    pub catalogue: &'a Catalogue,
    pub coverage: &'a Coverage,
    pub diagnostics: &'a [Diagnostic],
}

/// Builds the report from its inputs; a pure function, linear in the workspace: the
/// reverse relations (evidence → what cites it, control → risks, system → risks and
/// assessments) are indexed once rather than searched for every declaration.
pub fn build(inputs: &Inputs<'_>) -> Report {
    let decls = inputs.declarations;
    let model = decls.model;
    let index = Index::new(model);
    let of_kind = |kind: &'static str| model.of_kind(kind);
    Report {
        version: REPORT_VERSION,
        as_of: inputs.as_of,
        workspace: inputs.workspace.clone(),
        organisation: index.organisation.map(|d| organisation(decls, d)),
        frameworks: frameworks(inputs),
        certifications: of_kind("certification")
            .map(|d| certification(decls, d))
            .collect(),
        attestations: of_kind("attestation")
            .map(|d| attestation(decls, d))
            .collect(),
        systems: of_kind("system")
            .map(|d| system(decls, &index, d, inputs.as_of))
            .collect(),
        risks: of_kind("risk")
            .map(|d| risk_report(decls, &index, d))
            .collect(),
        controls: of_kind("control")
            .map(|d| control(decls, &index, d, inputs.as_of))
            .collect(),
        evidence: of_kind("evidence")
            .map(|d| evidence_report(decls, &index, d, inputs.as_of))
            .collect(),
        suppliers: management::suppliers(
            decls,
            inputs.catalogue,
            inputs.as_of,
            inputs.expiring_within_days,
        ),
        management: management::management(decls, inputs.catalogue, inputs.coverage, inputs.as_of),
        diagnostics: summary(inputs.diagnostics),
    }
}

/// The model's declarations by kind and its reverse relations, built in one pass.
struct Index<'a> {
    /// The first organisation declaration.
    organisation: Option<&'a Decl>,
    /// The organisation's risk appetite (levels compare by rank).
    appetite: Option<RiskLevel>,
    /// Risk names by the system they name, in model order.
    risks_by_system: FastMap<&'a str, Vec<&'a str>>,
    /// Risk names by each control they list, sorted and unique.
    risks_by_control: FastMap<&'a str, BTreeSet<&'a str>>,
    /// What cites each evidence record (controls, certifications, attestations,
    /// assessments), sorted and unique.
    cited_by: FastMap<&'a str, BTreeSet<&'a str>>,
    /// The first impact assessment that names each system.
    assessment_by_system: FastMap<&'a str, &'a Decl>,
}

impl<'a> Index<'a> {
    fn new(model: &'a crate::semantic::model::Model) -> Index<'a> {
        let mut index = Index {
            organisation: model.organisation(),
            appetite: None,
            risks_by_system: FastMap::default(),
            risks_by_control: FastMap::default(),
            cited_by: FastMap::default(),
            assessment_by_system: FastMap::default(),
        };
        for decl in model.of_kinds(&[
            "risk",
            "assessment",
            "control",
            "certification",
            "attestation",
        ]) {
            let kind = decl.kind();
            match kind {
                "risk" => {
                    if let Some(system) = word(&decl.item, "system") {
                        index
                            .risks_by_system
                            .entry(system)
                            .or_default()
                            .push(decl.name());
                    }
                    for control in names(&decl.item, "controls") {
                        index
                            .risks_by_control
                            .entry(control)
                            .or_default()
                            .insert(decl.name());
                    }
                }
                "assessment" => {
                    if let Some(system) = word(&decl.item, "system")
                        && word(&decl.item, "kind").is_none_or(|k| k == "impact")
                    {
                        index.assessment_by_system.entry(system).or_insert(decl);
                    }
                }
                _ => {}
            }
            if matches!(
                kind,
                "control" | "certification" | "attestation" | "assessment"
            ) {
                for evidence in names(&decl.item, "evidence") {
                    index
                        .cited_by
                        .entry(evidence)
                        .or_default()
                        .insert(decl.name());
                }
            }
        }
        index.appetite = index
            .organisation
            .and_then(|o| word_of(&o.item, "risk_appetite", RiskLevel::from_word));
        index
    }
}

/// A field's value as written, for free text, names, durations and numbers (typed
/// facts are read with [`date`], [`date_like`] and [`word_of`]).
fn text(item: &Item, field: &str) -> Option<String> {
    values::as_written(&item.field(field)?.value)
}

/// The words or paths of a list field, borrowed from the tree.
fn names<'a>(item: &'a Item, field: &str) -> impl Iterator<Item = &'a str> {
    item.field(field)
        .map_or(&[][..], |f| f.value.elements())
        .iter()
        .filter_map(|v| match &v.kind {
            ValueKind::Ident(s) | ValueKind::Path(s) | ValueKind::Str(s) => Some(s.as_str()),
            _ => None,
        })
}

/// The words or paths of a list field.
fn list(item: &Item, field: &str) -> Vec<String> {
    list_of(item.field(field))
}

/// The words or paths of a list field, if there is one.
fn list_of(field: Option<&Field>) -> Vec<String> {
    field
        .map(|f| {
            f.value
                .elements()
                .iter()
                .filter_map(|v| match &v.kind {
                    ValueKind::Ident(s) | ValueKind::Path(s) | ValueKind::Str(s) => {
                        Some(s.as_str().to_owned())
                    }
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn date(item: &Item, field: &str) -> Option<Date> {
    item.field(field).and_then(|f| values::date(&f.value))
}

fn date_like(item: &Item, field: &str) -> Option<DateLike> {
    item.field(field).and_then(|f| DateLike::of(&f.value))
}

/// A word of one of the language's word sets; `None` when the field is missing or
/// its word is not in the set (the schema check reports that).
fn word_of<T>(item: &Item, field: &str, from_word: fn(&str) -> Option<T>) -> Option<T> {
    word(item, field).and_then(from_word)
}

fn organisation(decls: &Declarations<'_>, decl: &Decl) -> OrganisationReport {
    OrganisationReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        jurisdiction: text(&decl.item, "jurisdiction"),
        scope: list(&decl.item, "scope"),
        risk_appetite: word_of(&decl.item, "risk_appetite", RiskLevel::from_word),
    }
}

fn frameworks(inputs: &Inputs<'_>) -> Vec<FrameworkReport> {
    inputs
        .coverage
        .frameworks
        .values()
        .map(|fc| {
            let framework = inputs.catalogue.framework(&fc.name);
            FrameworkReport {
                name: fc.name.clone(),
                title: fc.title.clone(),
                in_scope: fc.in_scope,
                certifiable: framework.is_some_and(|f| f.certifiable),
                attestation: framework.is_some_and(|f| f.attestation),
                assurance: framework.map(Assurance::of).unwrap_or_default(),
                achieved: fc.achieved,
                certificate_valid: framework.and_then(|f| f.certificate_valid),
                surveillance_every: framework.and_then(|f| f.surveillance_every),
                requires: framework
                    .and_then(|f| f.requires.as_ref())
                    .map(|r| r.framework.clone()),
                requires_within: framework
                    .and_then(|f| f.requires.as_ref())
                    .and_then(|r| r.within),
                counts: fc.counts,
                groups: Arc::clone(&fc.groups),
                requirements: Arc::clone(&fc.requirements),
            }
        })
        .collect()
}

fn certification(decls: &Declarations<'_>, decl: &Decl) -> CertificationReport {
    let item = &decl.item;
    CertificationReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        framework: text(item, "framework").unwrap_or_default(),
        status: word_of(item, "status", CertificationStatus::from_word),
        certificate: text(item, "certificate"),
        body: text(item, "body"),
        accreditation: text(item, "accreditation"),
        issued: date(item, "issued"),
        expires: date(item, "expires"),
        last_audit: date(item, "last_audit"),
        target: date_like(item, "target"),
        since: date(item, "since"),
        owner: text(item, "owner"),
        scope: text(item, "scope"),
        evidence: list(item, "evidence"),
    }
}

fn attestation(decls: &Declarations<'_>, decl: &Decl) -> AttestationReport {
    let item = &decl.item;
    AttestationReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        framework: text(item, "framework").unwrap_or_default(),
        status: word_of(item, "status", CertificationStatus::from_word),
        report_type: word_of(item, "type", AttestationType::from_word),
        period: text(item, "period"),
        report_date: date(item, "report_date"),
        auditor: text(item, "auditor"),
        since: date(item, "since"),
        target: date_like(item, "target"),
        owner: text(item, "owner"),
        evidence: list(item, "evidence"),
    }
}

fn system(decls: &Declarations<'_>, index: &Index<'_>, decl: &Decl, as_of: Date) -> SystemReport {
    let item = &decl.item;
    let assessment = word(item, "impact_assessment")
        .and_then(|name| decls.model.get(name))
        .filter(|d| d.kind() == "assessment")
        .or_else(|| index.assessment_by_system.get(decl.name()).copied());
    SystemReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        owner: text(item, "owner"),
        lifecycle: word_of(item, "lifecycle", Lifecycle::from_word),
        purpose: text(item, "purpose"),
        eu_ai_act: eu_classification(item),
        impact_assessment: assessment.map(|a| {
            let next = date(&a.item, "date").and_then(|d| {
                a.item
                    .field("review_every")
                    .and_then(|f| values::duration(&f.value))?
                    .after(d)
            });
            AssessmentReport {
                name: a.name().to_owned(),
                title: decls.title(a),
                date: date(&a.item, "date"),
                review_every: text(&a.item, "review_every"),
                next_review: next,
                overdue: next.is_some_and(|n| n < as_of),
            }
        }),
        risks: index
            .risks_by_system
            .get(decl.name())
            .map(|risks| risks.iter().map(|r| (*r).to_owned()).collect())
            .unwrap_or_default(),
    }
}

fn risk_report(decls: &Declarations<'_>, index: &Index<'_>, decl: &Decl) -> RiskReport {
    let item = &decl.item;
    let likelihood = word_of(item, "likelihood", Likelihood::from_word);
    let impact = word_of(item, "impact", Impact::from_word);
    let inherent_score = likelihood.zip(impact).map(|(l, i)| l.score() * i.score());
    let inherent_level = inherent_score.map(RiskLevel::of_score);
    let place = risk::residual_place(item);
    let residual = risk::residual_level(item);
    let above_appetite = residual
        .or(inherent_level)
        .zip(index.appetite)
        .is_some_and(|(level, appetite)| level > appetite);
    RiskReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        system: text(item, "system"),
        owner: text(item, "owner"),
        likelihood,
        likelihood_score: likelihood.map(Likelihood::score),
        impact,
        impact_score: impact.map(Impact::score),
        inherent_score,
        inherent_level,
        residual,
        residual_likelihood: word_of(item, "residual_likelihood", Likelihood::from_word),
        residual_impact: word_of(item, "residual_impact", Impact::from_word),
        residual_score: place.map(|p| p.score()),
        treatment: word_of(item, "treatment", Treatment::from_word),
        controls: list(item, "controls"),
        accepted_by: text(item, "accepted_by"),
        accepted_on: date(item, "accepted_on"),
        above_appetite,
    }
}

fn control(decls: &Declarations<'_>, index: &Index<'_>, decl: &Decl, as_of: Date) -> ControlReport {
    let item = &decl.item;
    let evidence_names = list(item, "evidence");
    let has_current_evidence = evidence_names.iter().any(|name| {
        decls
            .model
            .get(name)
            .filter(|d| d.kind() == "evidence")
            .is_some_and(|d| evidence::evidence_is_current(&d.item, as_of))
    });
    let treats: Vec<String> = index
        .risks_by_control
        .get(decl.name())
        .map(|risks| risks.iter().map(|r| (*r).to_owned()).collect())
        .unwrap_or_default();
    ControlReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        owner: text(item, "owner"),
        status: word_of(item, "status", ControlStatus::from_word),
        satisfies: list_of(decls.satisfies(decl)),
        evidence: evidence_names,
        has_current_evidence,
        treats,
    }
}

fn evidence_report(
    decls: &Declarations<'_>,
    index: &Index<'_>,
    decl: &Decl,
    as_of: Date,
) -> EvidenceReport {
    let item = &decl.item;
    let cited_by: Vec<String> = index
        .cited_by
        .get(decl.name())
        .map(|names| names.iter().map(|n| (*n).to_owned()).collect())
        .unwrap_or_default();
    let (expires_on, current) = evidence::evidence_expiry(item, as_of);
    let file = text(item, "file");
    EvidenceReport {
        name: decl.name().to_owned(),
        title: decls.title(decl),
        date: date(item, "date"),
        valid_for: text(item, "valid_for"),
        expires_on,
        days_left: expires_on
            .and_then(|d| as_of.until(d).ok())
            .map(|span| i64::from(span.get_days())),
        current,
        path: file
            .as_deref()
            .and_then(|f| crate::workspace::resolve_relative(&decl.file, f)),
        file,
        url: text(item, "url"),
        sha256: text(item, "sha256"),
        cited_by,
    }
}

fn summary(diagnostics: &[Diagnostic]) -> DiagnosticsSummary {
    let Summary {
        errors,
        warnings,
        notes,
    } = Summary::of(diagnostics);
    let mut by_code = std::collections::BTreeMap::new();
    for d in diagnostics {
        *by_code.entry(d.code.name().to_owned()).or_default() += 1;
    }
    DiagnosticsSummary {
        errors,
        warnings,
        notes,
        by_code,
    }
}
