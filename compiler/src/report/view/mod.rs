//! The report as people read it: the model turned into the rows, sentences and
//! chart geometry that the HTML, Markdown, CSV and XLSX renderers lay out.
//!
//! Everything a renderer would otherwise have to work out (which status words to
//! print, the Statement of Applicability's columns, the heat map's cells, what goes
//! stale in the next 90 days) is decided here once, so the formats agree and the
//! templates stay free of logic. Each section is one module with small functions
//! from the typed model to its rows; [`view`] puts them together. All text is
//! plain; escaping is the renderer's job.

pub mod coverage;
pub mod diagnostics;
pub mod evidence;
pub mod risks;
pub mod soa;
pub mod status;
pub mod systems;

use std::fmt::Display;

use serde::Serialize;

pub use coverage::{
    FrameworkSummary, FrameworkView, GroupRow, RequirementRow, STATES, Segment, state_label,
};
pub use diagnostics::{CodeRow, DiagnosticsView};
pub use evidence::{EvidenceRow, FRESHNESS_WINDOW_DAYS, Freshness};
pub use risks::{HeatCell, HeatMap, HeatRow, LevelCell, RiskRow};
pub use soa::{SoaRow, SoaSection, soa_sections};
pub use status::{CertificationRow, status_label};
pub use systems::SystemRow;

use super::model::Report;

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

/// Builds the view of a report.
pub fn view(report: &Report) -> View {
    let organisation = report.organisation.as_ref();
    let title = organisation_title(report);
    let evidence = evidence::evidence_rows(report);
    let residual_placed = risks::residual_placed(report);
    View {
        title,
        workspace: report.workspace.clone(),
        as_of: report.as_of.to_string(),
        version: report.version,
        generator: generator(),
        jurisdiction: organisation.and_then(|o| o.jurisdiction.clone()),
        risk_appetite: organisation.and_then(|o| o.risk_appetite.map(|a| a.to_string())),
        scope: organisation.map(|o| o.scope.clone()).unwrap_or_default(),
        certifications: status::certification_rows(report),
        frameworks: coverage::framework_views(report),
        other_frameworks: coverage::other_frameworks(report),
        soa: soa_sections(report),
        risks: risks::risk_rows(report),
        inherent_heat_map: risks::inherent_heat_map(report),
        residual_heat_map: risks::residual_heat_map(report),
        residual_placed,
        residual_levels: risks::residual_levels(report),
        residual_by_level: report.risks.len() - residual_placed,
        residual_note: risks::residual_note(report),
        evidence_due: evidence::count(&evidence, Freshness::Due),
        evidence_stale: evidence::count(&evidence, Freshness::Stale),
        evidence,
        freshness_window_days: FRESHNESS_WINDOW_DAYS,
        systems: systems::system_rows(report),
        diagnostics: diagnostics::diagnostics_view(report),
    }
}

/// The organisation's title (its name when it has none), or the workspace's name
/// when the spec declares no organisation.
pub fn organisation_title(report: &Report) -> String {
    report
        .organisation
        .as_ref()
        .map(|o| o.title.clone().unwrap_or_else(|| o.name.clone()))
        .unwrap_or_else(|| report.workspace.clone())
}

/// The generator's name and version, as the reports print it.
pub fn generator() -> String {
    format!("aims {}", env!("CARGO_PKG_VERSION"))
}

fn join(items: &[String]) -> String {
    items.join(", ")
}

/// Items written one after another into one string, separated by ", ": what
/// [`join`] gives for items that would each be formatted first, without a string
/// per item.
fn join_each<T>(
    items: impl IntoIterator<Item = T>,
    mut write: impl FnMut(&mut String, T),
) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(&mut out, item);
    }
    out
}

/// A fact as text, or empty when it is absent.
fn opt<T: Display>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A word in plain text (`in_progress` is "in progress"), or empty.
fn plain<T: Display>(word: Option<T>) -> String {
    word.map(|w| w.to_string().replace('_', " "))
        .unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::workspace::Project;

    /// A workspace the section tests share: two risks on one cell, and evidence at
    /// every distance from going stale on the as-of date 2026-11-28.
    pub const SPEC: &str = r#"
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

    /// A workspace the coverage and Statement of Applicability tests share: ISO/IEC
    /// 42001 controls implemented on stale evidence, in progress and planned, and an
    /// approved exclusion.
    pub const ANNEX_A: &str = r#"
organisation o "O" { scope: [iso42001] }
role ciso "CISO" { holder: "Tom Reid" }
control done "Done" { owner: ciso, status: implemented, satisfies: [iso42001.A.6.2.4], evidence: [old] }
control going "Going" { owner: ciso, status: in_progress, satisfies: [iso42001.A.6.2.5] }
control plan "Planned work" { owner: ciso, status: planned, satisfies: [iso42001.A.6.2.6] }
evidence old "Old" { date: 2024-01-01, valid_for: 6 months }
exclude iso42001.A.10.4 { reason: "No customers.", approved_by: ciso, date: 2026-01-05 }
"#;

    /// The report of a one-file workspace on 2026-11-28.
    pub fn report_of(spec: &str) -> Report {
        let project = Project::from_sources(
            Settings::new(jiff::civil::date(2026, 11, 28)),
            None,
            vec![("a.aims".into(), spec.into(), Origin::Spec)],
        );
        crate::report::build_report(&project)
    }

    #[test]
    fn the_view_puts_the_sections_together() {
        let v = view(&report_of(SPEC));
        assert_eq!((v.title.as_str(), v.as_of.as_str()), ("O", "2026-11-28"));
        assert_eq!(v.risk_appetite.as_deref(), Some("low"));
        assert_eq!((v.evidence_due, v.evidence_stale), (1, 1));
        assert_eq!((v.residual_placed, v.residual_by_level), (0, 2));
        assert_eq!(v.frameworks.len(), 1);
        assert_eq!(v.risks.len(), 2);
    }

    #[test]
    fn words_and_facts_become_plain_text() {
        assert_eq!(plain(Some("almost_certain")), "almost certain");
        assert_eq!(plain(None::<&str>), "");
        assert_eq!(opt(&Some(16u8)), "16");
    }
}
