//! The report as people read it: the model turned into the rows, sentences and
//! chart geometry that the HTML, Markdown, CSV and XLSX renderers lay out.
//!
//! Everything a renderer would otherwise have to work out (which status words to
//! print, the Statement of Applicability's columns, the heat map's cells, what goes
//! stale in the next 90 days) is decided here once, so the formats agree and the
//! templates stay free of logic. All text is plain; escaping is the renderer's job.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use serde::Serialize;

use super::model::{Counts, FrameworkReport, Report, RequirementReport, State};
use crate::diagnostics::Code;

/// How far ahead the evidence freshness section looks.
pub const FRESHNESS_WINDOW_DAYS: i32 = 90;

#[derive(Clone, Debug, Serialize)]
pub struct View {
    pub title: String,
    pub workspace: String,
    pub as_of: String,
    pub version: u32,
    pub generator: String,
    pub jurisdiction: Option<String>,
    pub risk_appetite: Option<String>,
    pub scope: Vec<String>,
    pub certifications: Vec<CertificationRow>,
    pub frameworks: Vec<FrameworkView>,
    /// Frameworks not in scope: a one-line summary each.
    pub other_frameworks: Vec<FrameworkSummary>,
    pub soa: Vec<SoaSection>,
    pub risks: Vec<RiskRow>,
    pub inherent_heat_map: HeatMap,
    /// The risks that give `residual_likelihood` and `residual_impact`, placed on the
    /// matrix by them.
    pub residual_heat_map: HeatMap,
    /// How many risks are on the residual heat map.
    pub residual_placed: usize,
    /// The risks that are not on the residual heat map, by level: their `residual`
    /// word, or their inherent level when they give no residual.
    pub residual_levels: Vec<LevelCell>,
    /// How many risks are in `residual_levels`.
    pub residual_by_level: usize,
    /// One sentence on which risks are on the residual heat map and which are shown
    /// by level.
    pub residual_note: String,
    pub evidence: Vec<EvidenceRow>,
    pub evidence_due: usize,
    pub evidence_stale: usize,
    pub freshness_window_days: i32,
    pub systems: Vec<SystemRow>,
    pub diagnostics: DiagnosticsView,
}

#[derive(Clone, Debug, Serialize)]
pub struct CertificationRow {
    /// `certification` or `attestation`.
    pub kind: String,
    pub name: String,
    pub framework: String,
    pub framework_title: String,
    pub status: String,
    /// "Achieved", "In progress", "Planned", "Lapsed".
    pub status_label: String,
    /// One plain sentence a trust page could print.
    pub statement: String,
    pub certificate: String,
    pub body: String,
    pub issued: String,
    pub expires: String,
    pub target: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Segment {
    pub state: String,
    pub label: String,
    pub count: usize,
    pub x: String,
    pub width: String,
    pub color: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct FrameworkView {
    pub name: String,
    pub title: String,
    pub certification_status: String,
    pub counts: Counts,
    pub total: usize,
    /// Requirements that are covered, as a whole percentage of those that apply.
    pub percent_covered: usize,
    pub segments: Vec<Segment>,
    pub groups: Vec<GroupRow>,
    pub requirements: Vec<RequirementRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct FrameworkSummary {
    pub name: String,
    pub title: String,
    pub counts: Counts,
    pub total: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct GroupRow {
    pub id: String,
    pub title: String,
    pub depth: usize,
    pub counts: Counts,
    pub total: usize,
    pub segments: Vec<Segment>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RequirementRow {
    pub id: String,
    pub path: String,
    pub kind: String,
    pub title: String,
    pub state: String,
    pub state_label: String,
    pub controls: String,
    pub evidence: String,
    /// Why it is excluded, mapped or not applicable, where it is.
    pub note: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SoaSection {
    pub framework: String,
    pub title: String,
    pub rows: Vec<SoaRow>,
    pub included: usize,
    pub excluded: usize,
}

/// One Annex A control in the Statement of Applicability: the columns ISO/IEC
/// 27001 6.1.3 d) asks for (the control, whether it is included, the justification,
/// and whether it is implemented).
#[derive(Clone, Debug, Serialize)]
pub struct SoaRow {
    pub framework: String,
    pub id: String,
    pub title: String,
    pub included: bool,
    pub applicability: String,
    pub justification: String,
    pub implementation: String,
    pub controls: String,
    pub approved_by: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RiskRow {
    pub name: String,
    pub title: String,
    pub system: String,
    pub owner: String,
    pub likelihood: String,
    pub impact: String,
    pub inherent_score: String,
    pub inherent_level: String,
    pub residual: String,
    /// Plain words, like `likelihood`; empty unless both are given.
    pub residual_likelihood: String,
    pub residual_impact: String,
    /// residual likelihood × residual impact, or empty.
    pub residual_score: String,
    pub treatment: String,
    pub controls: String,
    pub accepted: String,
    pub above_appetite: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct HeatMap {
    /// Rows from likelihood 5 (top) to 1.
    pub rows: Vec<HeatRow>,
    pub impact_labels: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HeatRow {
    pub label: String,
    pub cells: Vec<HeatCell>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HeatCell {
    pub score: u8,
    pub level: String,
    pub count: usize,
    pub risks: String,
    /// Whether the cell holds risks and its level is above the risk appetite (only
    /// marked on the residual map).
    pub above_appetite: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct LevelCell {
    pub level: String,
    pub count: usize,
    pub risks: String,
    pub above_appetite: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct EvidenceRow {
    pub name: String,
    pub title: String,
    pub date: String,
    pub expires_on: String,
    /// `stale`, `due` (stale within the window), `current` or `open` (no expiry).
    pub freshness: String,
    pub freshness_label: String,
    pub location: String,
    pub cited_by: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SystemRow {
    pub name: String,
    pub title: String,
    pub owner: String,
    pub lifecycle: String,
    pub purpose: String,
    pub eu_ai_act: String,
    pub impact_assessment: String,
    pub assessment_overdue: bool,
    pub risks: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct DiagnosticsView {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    pub by_code: Vec<CodeRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CodeRow {
    pub code: String,
    pub severity: String,
    pub count: usize,
    pub summary: String,
}

/// The order and colours of coverage states in bars and legends.
pub const STATES: [(State, &str, &str); 6] = [
    (State::Covered, "Covered", "#1a7f37"),
    (State::Partial, "Partial", "#bf8700"),
    (State::Mapped, "Mapped", "#0969da"),
    (State::Excluded, "Excluded", "#8c959f"),
    (State::NotApplicable, "Not applicable", "#d0d7de"),
    (State::Gap, "Gap", "#cf222e"),
];

pub fn count_of(counts: &Counts, state: State) -> usize {
    match state {
        State::Covered => counts.covered,
        State::Partial => counts.partial,
        State::Mapped => counts.mapped,
        State::Excluded => counts.excluded,
        State::NotApplicable => counts.not_applicable,
        State::Gap => counts.gap,
    }
}

pub fn total(counts: &Counts) -> usize {
    STATES.iter().map(|(s, _, _)| count_of(counts, *s)).sum()
}

pub fn state_label(state: State) -> &'static str {
    STATES
        .iter()
        .find(|(s, _, _)| *s == state)
        .map_or("", |(_, label, _)| label)
}

pub fn status_label(status: &str) -> String {
    match status {
        "achieved" => "Achieved".into(),
        "in_progress" => "In progress".into(),
        "planned" => "Planned".into(),
        "lapsed" => "Lapsed".into(),
        "" => "Unknown".into(),
        other => other.replace('_', " "),
    }
}

fn segments(counts: &Counts) -> Vec<Segment> {
    let total = total(counts);
    let mut x = 0usize;
    let mut out = Vec::new();
    for (state, label, color) in STATES {
        let count = count_of(counts, state);
        if count == 0 || total == 0 {
            continue;
        }
        // Widths in hundredths of a percent, so the bar is exact and deterministic.
        let start = x * 10_000 / total;
        x += count;
        let end = x * 10_000 / total;
        out.push(Segment {
            state: state.as_str().to_owned(),
            label: label.to_owned(),
            count,
            x: hundredths(start),
            width: hundredths(end - start),
            color: color.to_owned(),
        });
    }
    out
}

/// The text with its first letter in upper case, for table cells.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn hundredths(value: usize) -> String {
    format!("{}.{:02}", value / 100, value % 100)
}

fn join(items: &[String]) -> String {
    items.join(", ")
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn plain(word: &Option<String>) -> String {
    word.as_deref()
        .map(|w| w.replace('_', " "))
        .unwrap_or_default()
}

fn framework_title(report: &Report, name: &str) -> String {
    report
        .frameworks
        .iter()
        .find(|f| f.name == name)
        .map_or_else(|| name.to_owned(), |f| f.title.clone())
}

/// The plain sentence for a certification, as a trust page should say it.
fn certification_statement(
    c: &super::model::CertificationReport,
    framework: Option<&FrameworkReport>,
    as_of: Option<Date>,
) -> String {
    let target = c
        .target
        .as_ref()
        .map(|t| format!(" Target: {t}."))
        .unwrap_or_default();
    match c.status.as_str() {
        "achieved" => {
            let mut s = String::from("Certified");
            if let Some(body) = &c.body {
                s.push_str(&format!(" by {body}"));
                if let Some(acc) = &c.accreditation {
                    s.push_str(&format!(" ({acc}-accredited)"));
                }
            }
            s.push('.');
            if let Some(cert) = &c.certificate {
                s.push_str(&format!(" Certificate {cert}"));
                if let Some(issued) = &c.issued {
                    s.push_str(&format!(", issued {issued}"));
                }
                if let Some(expires) = &c.expires {
                    s.push_str(&format!(", valid until {expires}"));
                }
                s.push('.');
            }
            if let Some(audit) = &c.last_audit {
                s.push_str(&format!(" Last audit {audit}."));
            }
            if let Some(every) = framework.and_then(|f| f.surveillance_every.as_ref()) {
                s.push_str(&format!(" Surveillance audits are due every {every}."));
            }
            let expired = c
                .expires
                .as_deref()
                .and_then(|d| d.parse::<Date>().ok())
                .zip(as_of)
                .is_some_and(|(expires, as_of)| expires < as_of);
            if expired {
                s = format!(
                    "Recorded as achieved, but the certificate expired on {}: it is not current. {s}",
                    c.expires.as_deref().unwrap_or_default()
                );
            }
            s
        }
        "in_progress" => {
            let since = c
                .since
                .as_ref()
                .map(|d| format!(" since {d}"))
                .unwrap_or_default();
            format!(
                "Not yet certified: work toward certification has been under way{since}.{target}"
            )
        }
        "planned" => {
            format!("Not certified: certification is planned.{target}")
        }
        "lapsed" => {
            let expired = c
                .expires
                .as_ref()
                .map(|d| format!(" on {d}"))
                .unwrap_or_default();
            format!("Not certified: the certificate lapsed{expired}.")
        }
        _ => "Status not recorded.".to_owned(),
    }
}

fn attestation_statement(a: &super::model::AttestationReport) -> String {
    let kind = match a.report_type.as_deref() {
        Some("type1") => "Type 1 report",
        Some("type2") => "Type 2 report",
        _ => "attestation report",
    };
    let target = a
        .target
        .as_ref()
        .map(|t| format!(" Target: {t}."))
        .unwrap_or_default();
    match a.status.as_str() {
        "achieved" => {
            let mut s = format!("A {kind} has been issued");
            if let Some(auditor) = &a.auditor {
                s.push_str(&format!(" by {auditor}"));
            }
            if let Some(date) = &a.report_date {
                s.push_str(&format!(" on {date}"));
            }
            if let Some(period) = &a.period {
                s.push_str(&format!(", covering {period}"));
            }
            s.push('.');
            s
        }
        "in_progress" => format!("No {kind} yet: the audit is in progress.{target}"),
        "planned" => format!("No {kind}: an audit is planned.{target}"),
        "lapsed" => format!("The last {kind} is out of date."),
        _ => "Status not recorded.".to_owned(),
    }
}

fn requirement_row(framework: &FrameworkReport, r: &RequirementReport) -> RequirementRow {
    let note = match r.state {
        State::Excluded | State::Gap if r.exclusion.is_some() => {
            let e = r
                .exclusion
                .as_ref()
                .map(|e| e.reason.clone().unwrap_or_default())
                .unwrap_or_default();
            if r.state == State::Gap {
                format!("Exclusion not valid: {e}")
            } else {
                e
            }
        }
        State::Mapped => r
            .mapped_from
            .iter()
            .map(|m| format!("via {}.{} ({})", m.framework, m.id, m.crosswalk))
            .collect::<Vec<_>>()
            .join("; "),
        State::NotApplicable => opt(&r.not_applicable_reason),
        _ if r.applies_to_systems.as_ref().is_some_and(|s| !s.is_empty()) => format!(
            "Applies to {}",
            join(r.applies_to_systems.as_deref().unwrap_or_default())
        ),
        State::Partial
            if !r.control_statuses.is_empty()
                && r.control_statuses.iter().all(|s| s == "implemented") =>
        {
            "Evidence is not current".to_owned()
        }
        _ => String::new(),
    };
    let controls = r
        .controls
        .iter()
        .zip(&r.control_statuses)
        .map(|(c, s)| {
            if s == "implemented" {
                c.clone()
            } else {
                format!("{c} ({})", s.replace('_', " "))
            }
        })
        .collect::<Vec<_>>();
    RequirementRow {
        id: r.id.clone(),
        path: format!("{}.{}", framework.name, r.id),
        kind: r.kind.clone(),
        title: r.title.clone(),
        state: r.state.as_str().to_owned(),
        state_label: state_label(r.state).to_owned(),
        controls: join(&controls),
        evidence: join(&r.evidence),
        note,
    }
}

fn framework_view(report: &Report, f: &FrameworkReport) -> FrameworkView {
    let certification_status = report
        .certifications
        .iter()
        .find(|c| c.framework == f.name)
        .map(|c| status_label(&c.status))
        .or_else(|| {
            report
                .attestations
                .iter()
                .find(|a| a.framework == f.name)
                .map(|a| status_label(&a.status))
        })
        .unwrap_or_else(|| {
            if f.certifiable || f.attestation {
                "No certification recorded".to_owned()
            } else {
                // A regulation or a framework that issues no certificates.
                "Not certifiable".to_owned()
            }
        });
    let applicable = total(&f.counts) - f.counts.not_applicable - f.counts.excluded;
    FrameworkView {
        name: f.name.clone(),
        title: f.title.clone(),
        certification_status,
        counts: f.counts,
        total: total(&f.counts),
        percent_covered: (f.counts.covered * 100)
            .checked_div(applicable)
            .unwrap_or(0),
        segments: segments(&f.counts),
        groups: f
            .groups
            .iter()
            .map(|g| GroupRow {
                id: g.id.clone(),
                title: g.title.clone(),
                depth: g.parents.len(),
                counts: g.counts,
                total: total(&g.counts),
                segments: segments(&g.counts),
            })
            .collect(),
        requirements: f
            .requirements
            .iter()
            .map(|r| requirement_row(f, r))
            .collect(),
    }
}

/// The Statement of Applicability sections: the Annex A controls of every in-scope,
/// certifiable framework that has excludable controls (ISO/IEC 42001 and 27001).
pub fn soa_sections(report: &Report) -> Vec<SoaSection> {
    // Control titles by name, looked up for every row: indexed once, first wins.
    let mut titles: HashMap<&str, Option<&String>> = HashMap::new();
    for c in &report.controls {
        titles.entry(c.name.as_str()).or_insert(c.title.as_ref());
    }
    report
        .frameworks
        .iter()
        .filter(|f| {
            f.in_scope
                && f.certifiable
                && f.requirements
                    .iter()
                    .any(|r| r.kind == "control" && r.excludable)
        })
        .map(|f| {
            let rows: Vec<SoaRow> = f
                .requirements
                .iter()
                .filter(|r| r.kind == "control")
                .map(|r| soa_row(&titles, f, r))
                .collect();
            SoaSection {
                framework: f.name.clone(),
                title: f.title.clone(),
                included: rows.iter().filter(|r| r.included).count(),
                excluded: rows.iter().filter(|r| !r.included).count(),
                rows,
            }
        })
        .collect()
}

fn soa_row(
    titles: &HashMap<&str, Option<&String>>,
    f: &FrameworkReport,
    r: &RequirementReport,
) -> SoaRow {
    let excluded = r.state == State::Excluded;
    let control_titles: Vec<String> = r
        .controls
        .iter()
        .map(|name| {
            titles
                .get(name.as_str())
                .copied()
                .flatten()
                .cloned()
                .map_or_else(|| name.clone(), |t| format!("{t} ({name})"))
        })
        .collect();
    let justification = if excluded {
        r.exclusion
            .as_ref()
            .and_then(|e| e.reason.clone())
            .unwrap_or_default()
    } else if !r.controls.is_empty() {
        format!("Implemented through: {}", join(&control_titles))
    } else if r.state == State::Mapped {
        format!(
            "Addressed through {}",
            r.mapped_from
                .iter()
                .map(|m| format!("{}.{}", m.framework, m.id))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        "Applicable; no control recorded yet".to_owned()
    };
    let implementation = match r.state {
        State::Covered => "Implemented".to_owned(),
        State::Partial => {
            if r.control_statuses.iter().any(|s| s == "in_progress") {
                "In progress".to_owned()
            } else if r.control_statuses.iter().all(|s| s == "planned") {
                "Planned".to_owned()
            } else {
                "Implemented; evidence not current".to_owned()
            }
        }
        State::Mapped => "Through a crosswalk only".to_owned(),
        State::Excluded => "Not applicable".to_owned(),
        State::NotApplicable => "Not applicable".to_owned(),
        State::Gap => "Not implemented".to_owned(),
    };
    let approved_by = r
        .exclusion
        .as_ref()
        .filter(|_| excluded)
        .map(|e| {
            let who = match (&e.approved_by, &e.approver_holder) {
                (Some(role), Some(holder)) => format!("{holder} ({role})"),
                (Some(role), None) => role.clone(),
                _ => String::new(),
            };
            match &e.date {
                Some(d) if !who.is_empty() => format!("{who}, {d}"),
                _ => who,
            }
        })
        .unwrap_or_default();
    SoaRow {
        framework: f.name.clone(),
        id: r.id.clone(),
        title: r.title.clone(),
        included: !excluded,
        applicability: if excluded {
            "Excluded".into()
        } else {
            "Included".into()
        },
        justification,
        implementation,
        controls: join(&r.controls),
        approved_by,
    }
}

const LIKELIHOODS: [&str; 5] = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"];
const IMPACTS: [&str; 5] = ["Negligible", "Minor", "Moderate", "Major", "Severe"];
const LEVELS: [&str; 4] = ["low", "medium", "high", "critical"];

/// The rank of the organisation's risk appetite, `low` 0 … `critical` 3.
fn appetite_rank(report: &Report) -> Option<usize> {
    let appetite = report.organisation.as_ref()?.risk_appetite.as_deref()?;
    LEVELS.iter().position(|l| *l == appetite)
}

/// The inherent map: every risk at its likelihood × impact.
fn inherent_heat_map(report: &Report) -> HeatMap {
    heat_map(report, None, |r| r.likelihood_score.zip(r.impact_score))
}

/// The residual map: the risks that give `residual_likelihood` and `residual_impact`,
/// with cells above the appetite marked.
fn residual_heat_map(report: &Report) -> HeatMap {
    heat_map(report, appetite_rank(report), |r| {
        let l = r
            .residual_likelihood
            .as_deref()
            .and_then(crate::semantic::risk::likelihood_score)?;
        let i = r
            .residual_impact
            .as_deref()
            .and_then(crate::semantic::risk::impact_score)?;
        r.residual_score.map(|_| (l, i))
    })
}

/// A 5×5 map of the risks that `place` puts on it (likelihood, impact); `appetite`
/// marks the occupied cells above it.
fn heat_map(
    report: &Report,
    appetite: Option<usize>,
    place: impl Fn(&super::model::RiskReport) -> Option<(u8, u8)>,
) -> HeatMap {
    let rows = (1..=5u8)
        .rev()
        .map(|l| HeatRow {
            label: LIKELIHOODS[usize::from(l) - 1].to_owned(),
            cells: (1..=5u8)
                .map(|i| {
                    let names: Vec<String> = report
                        .risks
                        .iter()
                        .filter(|r| place(r) == Some((l, i)))
                        .map(|r| r.name.clone())
                        .collect();
                    let level = crate::semantic::risk::level_of_score(l * i);
                    let above = appetite.is_some_and(|a| {
                        LEVELS
                            .iter()
                            .position(|x| *x == level)
                            .is_some_and(|r| r > a)
                    });
                    HeatCell {
                        score: l * i,
                        level: level.to_owned(),
                        count: names.len(),
                        above_appetite: above && !names.is_empty(),
                        risks: join(&names),
                    }
                })
                .collect(),
        })
        .collect();
    HeatMap {
        rows,
        impact_labels: IMPACTS.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// The risks that are not on the residual map, by level: their `residual` word, or
/// their inherent level when they give no residual.
fn residual_levels(report: &Report) -> Vec<LevelCell> {
    let appetite_rank = appetite_rank(report);
    LEVELS
        .iter()
        .enumerate()
        .map(|(rank, level)| {
            let names: Vec<String> = report
                .risks
                .iter()
                .filter(|r| r.residual_score.is_none())
                .filter(|r| r.residual.as_deref().or(r.inherent_level.as_deref()) == Some(level))
                .map(|r| r.name.clone())
                .collect();
            LevelCell {
                level: (*level).to_owned(),
                count: names.len(),
                risks: join(&names),
                above_appetite: appetite_rank.is_some_and(|a| rank > a),
            }
        })
        .collect()
}

/// Which risks the residual map shows and which are shown by level instead.
fn residual_note(report: &Report) -> String {
    let total = report.risks.len();
    let by_level: Vec<_> = report
        .risks
        .iter()
        .filter(|r| r.residual_score.is_none())
        .collect();
    let word_only = by_level.iter().filter(|r| r.residual.is_some()).count();
    let no_residual = by_level.len() - word_only;
    if total == 0 {
        return String::new();
    }
    if by_level.is_empty() {
        return if total == 1 {
            "The risk gives its residual likelihood and impact, so it is on the residual map."
                .to_owned()
        } else {
            format!(
                "All {total} risks give their residual likelihood and impact, so all are on the residual map."
            )
        };
    }
    let mut sentences = Vec::new();
    if word_only > 0 {
        sentences.push(format!(
            "{} only a residual level.",
            counted(word_only, "risk gives", "risks give")
        ));
    }
    if no_residual > 0 {
        sentences.push(format!(
            "{} no residual and {} counted at {} inherent level.",
            counted(no_residual, "risk gives", "risks give"),
            if no_residual == 1 { "is" } else { "are" },
            if no_residual == 1 { "its" } else { "their" },
        ));
    }
    sentences.push(if by_level.len() == 1 {
        "It is shown by level; an outline marks levels above the appetite.".to_owned()
    } else {
        "They are shown by level; an outline marks levels above the appetite.".to_owned()
    });
    sentences.join(" ")
}

/// "1 risk gives" / "3 risks give".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn evidence_rows(report: &Report, as_of: Option<Date>) -> Vec<EvidenceRow> {
    let mut rows: Vec<(Option<Date>, EvidenceRow)> = report
        .evidence
        .iter()
        .map(|e| {
            let expires = e.expires_on.as_deref().and_then(|d| d.parse::<Date>().ok());
            let days = expires
                .zip(as_of)
                .and_then(|(x, a)| a.until(x).ok())
                .map(|span| span.get_days());
            let (freshness, label) = match (expires, days) {
                (None, _) => ("open", "Does not expire".to_owned()),
                (Some(x), _) if !e.current => ("stale", format!("Stale: current only until {x}")),
                (Some(x), Some(d)) if d <= FRESHNESS_WINDOW_DAYS => (
                    "due",
                    format!(
                        "Goes stale on {x} (in {d} day{})",
                        if d == 1 { "" } else { "s" }
                    ),
                ),
                (Some(x), _) => ("current", format!("Current until {x}")),
            };
            let location = e
                .url
                .clone()
                .or_else(|| e.path.clone())
                .or_else(|| e.file.clone())
                .unwrap_or_default();
            (
                expires,
                EvidenceRow {
                    name: e.name.clone(),
                    title: opt(&e.title),
                    date: opt(&e.date),
                    expires_on: opt(&e.expires_on),
                    freshness: freshness.to_owned(),
                    freshness_label: label,
                    location,
                    cited_by: join(&e.cited_by),
                },
            )
        })
        .collect();
    // Soonest to go stale first; records that never expire last.
    rows.sort_by(|(a, ra), (b, rb)| (a.is_none(), a, &ra.name).cmp(&(b.is_none(), b, &rb.name)));
    rows.into_iter().map(|(_, r)| r).collect()
}

/// Builds the view of a report.
pub fn view(report: &Report) -> View {
    let as_of = report.as_of.parse::<Date>().ok();
    let organisation = report.organisation.as_ref();
    let title = organisation
        .map(|o| o.title.clone().unwrap_or_else(|| o.name.clone()))
        .unwrap_or_else(|| report.workspace.clone());
    let mut certifications: Vec<CertificationRow> = report
        .certifications
        .iter()
        .map(|c| CertificationRow {
            kind: "certification".into(),
            name: c.name.clone(),
            framework: c.framework.clone(),
            framework_title: framework_title(report, &c.framework),
            status: c.status.clone(),
            status_label: status_label(&c.status),
            statement: certification_statement(
                c,
                report.frameworks.iter().find(|f| f.name == c.framework),
                as_of,
            ),
            certificate: opt(&c.certificate),
            body: opt(&c.body),
            issued: opt(&c.issued),
            expires: opt(&c.expires),
            target: opt(&c.target),
        })
        .collect();
    certifications.extend(report.attestations.iter().map(|a| CertificationRow {
        kind: "attestation".into(),
        name: a.name.clone(),
        framework: a.framework.clone(),
        framework_title: framework_title(report, &a.framework),
        status: a.status.clone(),
        status_label: status_label(&a.status),
        statement: attestation_statement(a),
        certificate: plain(&a.report_type),
        body: opt(&a.auditor),
        issued: opt(&a.report_date),
        expires: String::new(),
        target: opt(&a.target),
    }));
    let evidence = evidence_rows(report, as_of);
    let by_code: BTreeMap<&String, &usize> = report.diagnostics.by_code.iter().collect();
    View {
        title,
        workspace: report.workspace.clone(),
        as_of: report.as_of.clone(),
        version: report.version,
        generator: format!("aims {}", env!("CARGO_PKG_VERSION")),
        jurisdiction: organisation.and_then(|o| o.jurisdiction.clone()),
        risk_appetite: organisation.and_then(|o| o.risk_appetite.clone()),
        scope: organisation.map(|o| o.scope.clone()).unwrap_or_default(),
        certifications,
        frameworks: report
            .frameworks
            .iter()
            .filter(|f| f.in_scope)
            .map(|f| framework_view(report, f))
            .collect(),
        other_frameworks: report
            .frameworks
            .iter()
            .filter(|f| !f.in_scope)
            .map(|f| FrameworkSummary {
                name: f.name.clone(),
                title: f.title.clone(),
                counts: f.counts,
                total: total(&f.counts),
            })
            .collect(),
        soa: soa_sections(report),
        risks: report
            .risks
            .iter()
            .map(|r| RiskRow {
                name: r.name.clone(),
                title: opt(&r.title),
                system: opt(&r.system),
                owner: opt(&r.owner),
                likelihood: plain(&r.likelihood),
                impact: plain(&r.impact),
                inherent_score: r.inherent_score.map(|s| s.to_string()).unwrap_or_default(),
                inherent_level: opt(&r.inherent_level),
                residual: opt(&r.residual),
                residual_likelihood: r
                    .residual_score
                    .map(|_| plain(&r.residual_likelihood))
                    .unwrap_or_default(),
                residual_impact: r
                    .residual_score
                    .map(|_| plain(&r.residual_impact))
                    .unwrap_or_default(),
                residual_score: r.residual_score.map(|s| s.to_string()).unwrap_or_default(),
                treatment: opt(&r.treatment),
                controls: join(&r.controls),
                accepted: match (&r.accepted_by, &r.accepted_on) {
                    (Some(by), Some(on)) => format!("{by}, {on}"),
                    (Some(by), None) => by.clone(),
                    _ => String::new(),
                },
                above_appetite: r.above_appetite,
            })
            .collect(),
        inherent_heat_map: inherent_heat_map(report),
        residual_heat_map: residual_heat_map(report),
        residual_placed: report
            .risks
            .iter()
            .filter(|r| r.residual_score.is_some())
            .count(),
        residual_levels: residual_levels(report),
        residual_by_level: report
            .risks
            .iter()
            .filter(|r| r.residual_score.is_none())
            .count(),
        residual_note: residual_note(report),
        evidence_due: evidence.iter().filter(|e| e.freshness == "due").count(),
        evidence_stale: evidence.iter().filter(|e| e.freshness == "stale").count(),
        evidence,
        freshness_window_days: FRESHNESS_WINDOW_DAYS,
        systems: report
            .systems
            .iter()
            .map(|s| SystemRow {
                name: s.name.clone(),
                title: opt(&s.title),
                owner: opt(&s.owner),
                lifecycle: plain(&s.lifecycle),
                purpose: opt(&s.purpose),
                eu_ai_act: s
                    .eu_ai_act
                    .as_ref()
                    .map(|eu| match (&eu.tier, &eu.role) {
                        (Some(tier), Some(role)) => {
                            format!("{} risk; {}", tier.replace('_', " "), role)
                        }
                        (Some(tier), None) => format!("{} risk", tier.replace('_', " ")),
                        (None, Some(role)) => role.clone(),
                        (None, None) => String::new(),
                    })
                    .unwrap_or_else(|| "Not classified".to_owned()),
                impact_assessment: s
                    .impact_assessment
                    .as_ref()
                    .map(|a| {
                        let mut text = a.title.clone().unwrap_or_else(|| a.name.clone());
                        if let Some(d) = &a.date {
                            text.push_str(&format!(", {d}"));
                        }
                        if let Some(n) = &a.next_review {
                            text.push_str(&format!("; next review {n}"));
                        }
                        text
                    })
                    .unwrap_or_else(|| "None recorded".to_owned()),
                assessment_overdue: s.impact_assessment.as_ref().is_some_and(|a| a.overdue),
                risks: join(&s.risks),
            })
            .collect(),
        diagnostics: DiagnosticsView {
            errors: report.diagnostics.errors,
            warnings: report.diagnostics.warnings,
            notes: report.diagnostics.notes,
            by_code: by_code
                .into_iter()
                .map(|(code, count)| {
                    let info = Code::from_name(code).map(|c| c.info());
                    CodeRow {
                        code: code.clone(),
                        severity: info
                            .map(|i| i.default_severity.as_str().to_owned())
                            .unwrap_or_default(),
                        count: *count,
                        summary: info.map(|i| sentence_case(i.summary)).unwrap_or_default(),
                    }
                })
                .collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::workspace::Project;

    const SPEC: &str = r#"
organisation o "O" { scope: [iso42001], risk_appetite: low }
role ciso "CISO" { holder: "T" }
risk a "A" { owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual: medium }
risk b "B" { owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual: low }
control c "C" { owner: ciso, status: implemented, satisfies: [iso42001.A.6.2.4], evidence: [due, later, stale, fresh, open] }
evidence due "Due" { date: 2026-02-26, valid_for: 12 months }
evidence later "Later" { date: 2026-02-27, valid_for: 12 months }
evidence stale "Stale" { date: 2025-01-01, valid_for: 6 months }
evidence fresh "Fresh" { date: 2026-11-01, valid_for: 12 months }
evidence open "Open" { date: 2026-11-01 }
"#;

    fn view_of(spec: &str) -> View {
        let project = Project::from_sources(
            Settings::new(jiff::civil::date(2026, 11, 28)),
            None,
            vec![("a.aims".into(), spec.into(), Origin::Spec)],
        );
        view(&crate::report::build_report(&project))
    }

    #[test]
    fn evidence_is_ordered_by_when_it_goes_stale() {
        let v = view_of(SPEC);
        let rows: Vec<(&str, &str)> = v
            .evidence
            .iter()
            .map(|e| (e.name.as_str(), e.freshness.as_str()))
            .collect();
        // Exactly 90 days ahead is inside the window; 91 is not.
        assert_eq!(
            rows,
            [
                ("stale", "stale"),
                ("due", "due"),
                ("later", "current"),
                ("fresh", "current"),
                ("open", "open")
            ]
        );
        assert_eq!(v.evidence_due, 1);
        assert_eq!(v.evidence_stale, 1);
        assert_eq!(
            v.evidence[1].freshness_label,
            "Goes stale on 2027-02-26 (in 90 days)"
        );
        assert_eq!(
            v.evidence[0].freshness_label,
            "Stale: current only until 2025-07-01"
        );
    }

    #[test]
    fn heat_map_places_risks_by_likelihood_and_impact() {
        let v = view_of(SPEC);
        // Row 0 is "almost certain"; "likely" is row 1; "major" is column 3.
        let cell = &v.inherent_heat_map.rows[1].cells[3];
        assert_eq!(
            (cell.count, cell.score, cell.risks.as_str()),
            (2, 16, "a, b")
        );
        let total: usize = v
            .inherent_heat_map
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| c.count)
            .sum();
        assert_eq!(total, 2);
        let medium = v
            .residual_levels
            .iter()
            .find(|l| l.level == "medium")
            .unwrap();
        assert!(medium.above_appetite && medium.count == 1);
    }

    #[test]
    fn residual_map_places_the_risks_that_give_the_pair() {
        let spec = r#"
organisation o "O" { scope: [iso42001], risk_appetite: low }
role ciso "CISO" { holder: "T" }
control c "C" { owner: ciso, status: planned }
risk a "A" { owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual_likelihood: unlikely, residual_impact: moderate }
risk b "B" { owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual: medium, residual_likelihood: unlikely, residual_impact: moderate }
risk d "D" { owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual_likelihood: rare, residual_impact: minor }
risk e "E" { owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual: high }
risk f "F" { owner: ciso, likelihood: rare, impact: minor, treatment: accept }
"#;
        let v = view_of(spec);
        let occupied: Vec<(String, usize, u8, String, bool)> = v
            .residual_heat_map
            .rows
            .iter()
            .flat_map(|r| r.cells.iter().map(move |c| (r.label.clone(), c)))
            .filter(|(_, c)| c.count > 0)
            .map(|(l, c)| (l, c.count, c.score, c.risks.clone(), c.above_appetite))
            .collect();
        // unlikely 2 × moderate 3 = 6 (medium, above a low appetite); rare 1 × minor 2 = 2.
        assert_eq!(
            occupied,
            [
                ("Unlikely".to_owned(), 2, 6, "a, b".to_owned(), true),
                ("Rare".to_owned(), 1, 2, "d".to_owned(), false),
            ]
        );
        assert_eq!(v.residual_placed, 3);
        assert_eq!(v.residual_by_level, 2);
        // Only the risks off the map are counted by level: e by its word, f at its
        // inherent level (rare × minor = 2, low).
        let by_level: Vec<(&str, usize)> = v
            .residual_levels
            .iter()
            .map(|l| (l.level.as_str(), l.count))
            .collect();
        assert_eq!(
            by_level,
            [("low", 1), ("medium", 0), ("high", 1), ("critical", 0)]
        );
        assert_eq!(
            v.residual_note,
            "1 risk gives only a residual level. 1 risk gives no residual and is counted at its inherent level. They are shown by level; an outline marks levels above the appetite."
        );
        // The inherent map still holds every risk.
        let inherent: usize = v
            .inherent_heat_map
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| c.count)
            .sum();
        assert_eq!(inherent, 5);
        assert!(
            v.inherent_heat_map
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .all(|c| !c.above_appetite)
        );
        let a = v.risks.iter().find(|r| r.name == "a").unwrap();
        assert_eq!(
            (
                a.residual.as_str(),
                a.residual_score.as_str(),
                a.residual_likelihood.as_str()
            ),
            ("medium", "6", "unlikely")
        );
        let e = v.risks.iter().find(|r| r.name == "e").unwrap();
        assert_eq!(
            (e.residual.as_str(), e.residual_score.as_str()),
            ("high", "")
        );
    }

    #[test]
    fn certifications_are_stated_plainly() {
        let spec = format!(
            "{SPEC}\ncertification isms \"ISMS\" {{ framework: iso27001, status: achieved, certificate: \"GB-1\", body: \"Cert Ltd\", accreditation: UKAS, issued: 2023-11-01, expires: 2026-10-31, last_audit: 2025-11-01 }}\ncertification ce \"CE\" {{ framework: cyber_essentials, status: planned, target: 2027-Q2 }}\n"
        );
        let v = view_of(&spec);
        let isms = v.certifications.iter().find(|c| c.name == "isms").unwrap();
        assert_eq!(isms.status_label, "Achieved");
        assert!(
            isms.statement.starts_with("Recorded as achieved, but the certificate expired on 2026-10-31: it is not current. Certified by Cert Ltd (UKAS-accredited). Certificate GB-1, issued 2023-11-01, valid until 2026-10-31."),
            "{}",
            isms.statement
        );
        let ce = v.certifications.iter().find(|c| c.name == "ce").unwrap();
        assert_eq!(
            ce.statement,
            "Not certified: certification is planned. Target: 2027-Q2."
        );
    }

    #[test]
    fn bar_segments_add_up_to_the_whole_bar() {
        let counts = Counts {
            covered: 1,
            partial: 1,
            mapped: 0,
            excluded: 1,
            gap: 0,
            not_applicable: 0,
        };
        let s = segments(&counts);
        assert_eq!(
            s.iter().map(|s| s.width.as_str()).collect::<Vec<_>>(),
            ["33.33", "33.33", "33.34"]
        );
        assert_eq!(s[2].x, "66.66");
    }
}
