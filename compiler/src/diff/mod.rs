//! `aims diff`: what a change does to the management system, between two states of
//! the same workspace (two git revisions, or a revision and the working tree).
//!
//! Each side is loaded as a whole project (`git` materialises a revision's files in
//! a temporary folder, read with gix rather than by running `git`) and reported
//! with the same queries as `aims report`; this module only compares the two
//! reports and diagnostic lists: per framework, requirements newly covered, partial
//! or gaps; certifications whose status or dates changed; claim diagnostics added
//! and resolved; evidence that goes stale within 90 days; risks whose level moved;
//! internal audits, management reviews and nonconformities opened, closed or
//! overdue, and suppliers' assurance added, expired or expiring (`records`);
//! other diagnostics added and removed. `render` lays the result out for people
//! (terminal and pull-request Markdown); the JSON form is the versioned [`Diff`].

pub mod git;
pub mod records;
pub mod render;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::diagnostics::{Code, Diagnostic};
use crate::report::model::{Counts, Report};
use crate::semantic::coverage::State;
use crate::text::ColumnUnit;
use crate::workspace::Project;

/// The version of the JSON diff; it changes only when a field changes meaning or
/// disappears.
pub const DIFF_VERSION: u32 = 1;

/// How far ahead the evidence section looks.
pub const EVIDENCE_WINDOW_DAYS: i64 = 90;

/// What a change does: every section lists only what differs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Diff {
    pub version: u32,
    pub base: Side,
    pub head: Side,
    /// Whether coverage, certifications or claims changed (`false` prints "no change
    /// to coverage or claims").
    pub coverage_or_claims_changed: bool,
    /// Frameworks whose scope or requirement states changed.
    pub frameworks: Vec<FrameworkDiff>,
    /// Certifications and attestations added, removed, or whose facts changed.
    pub certifications: Vec<CertificationDiff>,
    /// Claim diagnostics (`claim-*`) on published prose.
    pub claims: DiagnosticChanges,
    /// Evidence that, at the head, is stale or goes stale within 90 days, where it
    /// was not so at the base.
    pub evidence: Vec<EvidenceChange>,
    /// Risks added, removed, or whose inherent or residual level moved.
    pub risks: Vec<RiskDiff>,
    /// Internal audits, management reviews and nonconformities that were added,
    /// removed, opened, closed or became overdue.
    pub records: Vec<records::RecordChange>,
    /// Suppliers' assurance added, removed, expired, expiring or renewed.
    pub supplier_assurance: Vec<records::AssuranceChange>,
    /// Every other diagnostic.
    pub diagnostics: DiagnosticChanges,
}

/// One side of the comparison.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Side {
    /// The revision as given (`main`, `HEAD~1`), or `working tree`.
    pub revision: String,
    /// The commit it names (abbreviated), or `null` for the working tree.
    pub commit: Option<String>,
    /// The as-of date the side was checked on.
    pub as_of: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FrameworkDiff {
    /// `iso27001`.
    pub framework: String,
    pub title: String,
    pub in_scope_before: bool,
    pub in_scope_after: bool,
    /// Requirement counts per state; `null` when the framework is absent on a side.
    pub before: Option<Counts>,
    pub after: Option<Counts>,
    /// Requirements that became covered.
    pub newly_covered: Vec<RequirementChange>,
    /// Requirements that became partial.
    pub newly_partial: Vec<RequirementChange>,
    /// Requirements that became gaps.
    pub newly_gap: Vec<RequirementChange>,
    /// Other changes of state (excluded, mapped, not applicable).
    pub other: Vec<RequirementChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct RequirementChange {
    /// `A.5.1`.
    pub id: String,
    pub title: String,
    /// The state before, `null` if the requirement did not exist.
    pub before: Option<State>,
    pub after: Option<State>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CertificationDiff {
    /// The declaration's name.
    pub name: String,
    /// `certification` or `attestation`.
    pub kind: String,
    pub framework: String,
    pub change: Change,
    pub status_before: Option<String>,
    pub status_after: Option<String>,
    /// The facts that changed, status included.
    pub fields: Vec<FieldChange>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    Current,
    /// Goes stale within 90 days of the as-of date.
    Expiring,
    Stale,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct EvidenceChange {
    pub name: String,
    pub title: Option<String>,
    /// The last day it is current.
    pub expires_on: Option<String>,
    /// Days from the head's as-of date to `expires_on` (negative once stale).
    pub days_left: Option<i64>,
    /// `null` when the evidence did not exist at the base.
    pub before: Option<Freshness>,
    pub after: Freshness,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct RiskDiff {
    pub name: String,
    pub title: Option<String>,
    pub change: Change,
    pub inherent_before: Option<String>,
    pub inherent_after: Option<String>,
    /// The residual level (the inherent level when no residual is given).
    pub residual_before: Option<String>,
    pub residual_after: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DiagnosticChanges {
    /// New at the head.
    pub added: Vec<DiagnosticEntry>,
    /// Gone at the head.
    pub removed: Vec<DiagnosticEntry>,
}

impl DiagnosticChanges {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
pub struct DiagnosticEntry {
    /// The diagnostic's name, e.g. `claim-overstated`.
    pub code: String,
    pub severity: String,
    /// Workspace-relative, `/`-separated.
    pub file: String,
    /// 1-based, on the side where the diagnostic is.
    pub line: u32,
    pub message: String,
}

impl Diff {
    /// Whether nothing at all changed.
    pub fn is_empty(&self) -> bool {
        !self.coverage_or_claims_changed
            && self.evidence.is_empty()
            && self.risks.is_empty()
            && self.records.is_empty()
            && self.supplier_assurance.is_empty()
            && self.diagnostics.is_empty()
    }
}

/// The JSON Schema of the JSON diff (`aims diff --format json`), kept at
/// `schemas/diff.schema.json`.
pub fn json_schema() -> String {
    crate::json_schema::text_of::<Diff>()
}

/// One side, loaded: its report and its diagnostics with line numbers.
pub struct Loaded {
    pub side: Side,
    pub report: Report,
    pub diagnostics: Vec<DiagnosticEntry>,
}

impl Loaded {
    pub fn new(side: Side, project: &Project) -> Loaded {
        let report = crate::report::build_report(project);
        let diagnostics = project
            .diagnostics()
            .iter()
            .map(|d| entry(project, d))
            .collect();
        Loaded {
            side: Side {
                as_of: report.as_of.to_string(),
                ..side
            },
            report,
            diagnostics,
        }
    }
}

fn entry(project: &Project, d: &Diagnostic) -> DiagnosticEntry {
    let line = project.line_index(&d.location.file).map_or(1, |index| {
        index
            .line_col(d.location.range.start as usize, ColumnUnit::Char)
            .line
            + 1
    });
    DiagnosticEntry {
        code: d.code.name().to_owned(),
        severity: d.severity.as_str().to_owned(),
        file: d.location.file.clone(),
        line,
        message: d.message.clone(),
    }
}

fn is_claim(code: &str) -> bool {
    [
        Code::ClaimOverstated,
        Code::ClaimUnderstated,
        Code::ClaimUnbacked,
        Code::ClaimAmbiguous,
    ]
    .iter()
    .any(|c| c.name() == code)
}

/// Compares two loaded sides.
pub fn compare(base: &Loaded, head: &Loaded) -> Diff {
    let frameworks = frameworks(&base.report, &head.report);
    let certifications = certifications(&base.report, &head.report);
    let (base_claims, base_other): (Vec<_>, Vec<_>) =
        base.diagnostics.iter().partition(|d| is_claim(&d.code));
    let (head_claims, head_other): (Vec<_>, Vec<_>) =
        head.diagnostics.iter().partition(|d| is_claim(&d.code));
    let claims = diagnostic_changes(&base_claims, &head_claims);
    let coverage_or_claims_changed =
        !frameworks.is_empty() || !certifications.is_empty() || !claims.is_empty();
    Diff {
        version: DIFF_VERSION,
        base: base.side.clone(),
        head: head.side.clone(),
        coverage_or_claims_changed,
        frameworks,
        certifications,
        claims,
        evidence: evidence(&base.report, &head.report),
        risks: risks(&base.report, &head.report),
        records: records::records(&base.report, &head.report),
        supplier_assurance: records::supplier_assurance(&base.report, &head.report),
        diagnostics: diagnostic_changes(&base_other, &head_other),
    }
}

fn frameworks(base: &Report, head: &Report) -> Vec<FrameworkDiff> {
    let before: BTreeMap<&str, _> = base
        .frameworks
        .iter()
        .map(|f| (f.name.as_str(), f))
        .collect();
    let after: BTreeMap<&str, _> = head
        .frameworks
        .iter()
        .map(|f| (f.name.as_str(), f))
        .collect();
    let names: BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    let mut out = Vec::new();
    for name in names {
        let b = before.get(name).copied();
        let a = after.get(name).copied();
        let in_scope_before = b.is_some_and(|f| f.in_scope);
        let in_scope_after = a.is_some_and(|f| f.in_scope);
        if !in_scope_before && !in_scope_after {
            continue;
        }
        let states = |f: Option<&crate::report::model::FrameworkReport>| -> BTreeMap<String, (State, String)> {
            f.map(|f| {
                f.requirements
                    .iter()
                    .map(|r| (r.id.clone(), (r.state, r.title.clone())))
                    .collect()
            })
            .unwrap_or_default()
        };
        let (sb, sa) = (states(b), states(a));
        let mut diff = FrameworkDiff {
            framework: name.to_owned(),
            title: a.or(b).map(|f| f.title.clone()).unwrap_or_default(),
            in_scope_before,
            in_scope_after,
            before: b.map(|f| f.counts),
            after: a.map(|f| f.counts),
            newly_covered: Vec::new(),
            newly_partial: Vec::new(),
            newly_gap: Vec::new(),
            other: Vec::new(),
        };
        // Catalogue order at the head, then requirements only the base had.
        let order = a
            .or(b)
            .map(|f| {
                f.requirements
                    .iter()
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let removed = sb.keys().filter(|id| !sa.contains_key(*id)).cloned();
        let ids: Vec<String> = order.into_iter().chain(removed).collect();
        for id in ids {
            let before = sb.get(&id).map(|(s, _)| *s);
            let after = sa.get(&id).map(|(s, _)| *s);
            if before == after {
                continue;
            }
            let title = sa
                .get(&id)
                .or_else(|| sb.get(&id))
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
            let change = RequirementChange {
                id,
                title,
                before,
                after,
            };
            match after {
                Some(State::Covered) => diff.newly_covered.push(change),
                Some(State::Partial) => diff.newly_partial.push(change),
                Some(State::Gap) => diff.newly_gap.push(change),
                _ => diff.other.push(change),
            }
        }
        let changed = in_scope_before != in_scope_after
            || !diff.newly_covered.is_empty()
            || !diff.newly_partial.is_empty()
            || !diff.newly_gap.is_empty()
            || !diff.other.is_empty();
        if changed {
            out.push(diff);
        }
    }
    out
}

/// A certification or attestation as the facts a diff compares.
struct Record {
    kind: &'static str,
    framework: String,
    /// Field names and values, `status` first.
    fields: Vec<(&'static str, Option<String>)>,
}

impl Record {
    fn status(&self) -> Option<String> {
        self.fields.first().and_then(|(_, v)| v.clone())
    }
}

fn record_fields(report: &Report) -> BTreeMap<String, Record> {
    let mut out = BTreeMap::new();
    for c in &report.certifications {
        out.insert(
            c.name.clone(),
            Record {
                kind: "certification",
                framework: c.framework.clone(),
                fields: vec![
                    ("status", text(&c.status)),
                    (
                        "framework",
                        Some(c.framework.clone()).filter(|s| !s.is_empty()),
                    ),
                    ("since", text(&c.since)),
                    ("target", text(&c.target)),
                    ("certificate", c.certificate.clone()),
                    ("body", c.body.clone()),
                    ("accreditation", c.accreditation.clone()),
                    ("issued", text(&c.issued)),
                    ("expires", text(&c.expires)),
                    ("last_audit", text(&c.last_audit)),
                    ("scope", c.scope.clone()),
                ],
            },
        );
    }
    for a in &report.attestations {
        out.insert(
            a.name.clone(),
            Record {
                kind: "attestation",
                framework: a.framework.clone(),
                fields: vec![
                    ("status", text(&a.status)),
                    (
                        "framework",
                        Some(a.framework.clone()).filter(|s| !s.is_empty()),
                    ),
                    ("type", text(&a.report_type)),
                    ("period", a.period.clone()),
                    ("report_date", text(&a.report_date)),
                    ("auditor", a.auditor.clone()),
                    ("since", text(&a.since)),
                    ("target", text(&a.target)),
                ],
            },
        );
    }
    out
}

fn certifications(base: &Report, head: &Report) -> Vec<CertificationDiff> {
    let before = record_fields(base);
    let after = record_fields(head);
    let names: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let mut out = Vec::new();
    for name in names {
        let b = before.get(name);
        let a = after.get(name);
        let empty = Vec::new();
        let fb = b.map_or(&empty, |r| &r.fields);
        let fa = a.map_or(&empty, |r| &r.fields);
        let mut fields = Vec::new();
        let field_names: Vec<&str> = fa.iter().chain(fb.iter()).map(|(n, _)| *n).collect();
        let mut seen = BTreeSet::new();
        for field in field_names {
            if !seen.insert(field) {
                continue;
            }
            let get = |list: &Vec<(&str, Option<String>)>| {
                list.iter()
                    .find(|(n, _)| *n == field)
                    .and_then(|(_, v)| v.clone())
            };
            let (vb, va) = (get(fb), get(fa));
            if vb != va {
                fields.push(FieldChange {
                    field: field.to_owned(),
                    before: vb,
                    after: va,
                });
            }
        }
        let change = match (b, a) {
            (None, Some(_)) => Change::Added,
            (Some(_), None) => Change::Removed,
            _ if fields.is_empty() => continue,
            _ => Change::Changed,
        };
        let (kind, framework) = a
            .or(b)
            .map(|r| (r.kind.to_owned(), r.framework.clone()))
            .unwrap_or_default();
        out.push(CertificationDiff {
            name: name.clone(),
            kind,
            framework,
            change,
            status_before: b.and_then(Record::status),
            status_after: a.and_then(Record::status),
            fields,
        });
    }
    out
}

fn freshness(e: &crate::report::model::EvidenceReport) -> Freshness {
    match e.days_left {
        _ if !e.current => Freshness::Stale,
        Some(days) if days <= EVIDENCE_WINDOW_DAYS => Freshness::Expiring,
        _ => Freshness::Current,
    }
}

fn evidence(base: &Report, head: &Report) -> Vec<EvidenceChange> {
    let before: BTreeMap<&str, Freshness> = base
        .evidence
        .iter()
        .map(|e| (e.name.as_str(), freshness(e)))
        .collect();
    let mut out: Vec<EvidenceChange> = head
        .evidence
        .iter()
        .filter_map(|e| {
            let after = freshness(e);
            let before = before.get(e.name.as_str()).cloned();
            if after == Freshness::Current || before.as_ref() == Some(&after) {
                return None;
            }
            Some(EvidenceChange {
                name: e.name.clone(),
                title: e.title.clone(),
                expires_on: text(&e.expires_on),
                days_left: e.days_left,
                before,
                after,
            })
        })
        .collect();
    out.sort_by(|a, b| a.days_left.cmp(&b.days_left).then(a.name.cmp(&b.name)));
    out
}

fn risks(base: &Report, head: &Report) -> Vec<RiskDiff> {
    let levels = |r: &crate::report::model::RiskReport| {
        (
            text(&r.inherent_level),
            text(&r.residual.or(r.inherent_level)),
            r.title.clone(),
        )
    };
    let before: BTreeMap<&str, _> = base
        .risks
        .iter()
        .map(|r| (r.name.as_str(), levels(r)))
        .collect();
    let after: BTreeMap<&str, _> = head
        .risks
        .iter()
        .map(|r| (r.name.as_str(), levels(r)))
        .collect();
    let names: BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    let mut out = Vec::new();
    for name in names {
        let b = before.get(name);
        let a = after.get(name);
        let change = match (b, a) {
            (None, Some(_)) => Change::Added,
            (Some(_), None) => Change::Removed,
            (Some(b), Some(a)) if b.0 == a.0 && b.1 == a.1 => continue,
            _ => Change::Changed,
        };
        out.push(RiskDiff {
            name: name.to_owned(),
            title: a.or(b).and_then(|r| r.2.clone()),
            change,
            inherent_before: b.and_then(|r| r.0.clone()),
            inherent_after: a.and_then(|r| r.0.clone()),
            residual_before: b.and_then(|r| r.1.clone()),
            residual_after: a.and_then(|r| r.1.clone()),
        });
    }
    out
}

/// Diagnostics are matched by code, file and message, not position, so that a line
/// added above one does not make it look new.
fn diagnostic_changes(base: &[&DiagnosticEntry], head: &[&DiagnosticEntry]) -> DiagnosticChanges {
    let count = |list: &[&DiagnosticEntry]| {
        let mut map: BTreeMap<(String, String, String), usize> = BTreeMap::new();
        for d in list {
            *map.entry((d.code.clone(), d.file.clone(), d.message.clone()))
                .or_default() += 1;
        }
        map
    };
    let mut in_base = count(base);
    let mut in_head = count(head);
    let mut added = Vec::new();
    for d in head {
        let k = (d.code.clone(), d.file.clone(), d.message.clone());
        match in_base.get_mut(&k) {
            Some(n) if *n > 0 => *n -= 1,
            _ => added.push((*d).clone()),
        }
    }
    let mut removed = Vec::new();
    for d in base {
        let k = (d.code.clone(), d.file.clone(), d.message.clone());
        match in_head.get_mut(&k) {
            Some(n) if *n > 0 => *n -= 1,
            _ => removed.push((*d).clone()),
        }
    }
    DiagnosticChanges { added, removed }
}

/// A typed fact of the report as the text the diff compares and prints.
fn text<T: std::fmt::Display>(value: &Option<T>) -> Option<String> {
    value.as_ref().map(ToString::to_string)
}
