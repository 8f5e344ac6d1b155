//! The coverage section: per framework in scope, its counts, the bar of states, its
//! groups and one row per requirement with what stands behind its state; and a
//! one-line summary of each framework out of scope.

use serde::Serialize;

use super::status::status_label;
use super::{join, join_each, opt};
use crate::catalog::describe;
use crate::report::model::{
    ControlStatus, Counts, FrameworkReport, Report, RequirementReport, State,
};

/// The order and colours of coverage states in bars and legends.
pub const STATES: [(State, &str, &str); 6] = [
    (State::Covered, "Covered", "#1a7f37"),
    (State::Partial, "Partial", "#bf8700"),
    (State::Mapped, "Mapped", "#0969da"),
    (State::Excluded, "Excluded", "#8c959f"),
    (State::NotApplicable, "Not applicable", "#d0d7de"),
    (State::Gap, "Gap", "#cf222e"),
];

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
    /// How the framework is assured, in the catalogue's words (`catalog::describe`).
    pub assurance: String,
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

pub fn state_label(state: State) -> &'static str {
    STATES
        .iter()
        .find(|(s, _, _)| *s == state)
        .map_or("", |(_, label, _)| label)
}

/// The frameworks in scope, in full.
pub fn framework_views(report: &Report) -> Vec<FrameworkView> {
    report
        .frameworks
        .iter()
        .filter(|f| f.in_scope)
        .map(|f| framework_view(report, f))
        .collect()
}

/// The frameworks out of scope, a one-line summary each.
pub fn other_frameworks(report: &Report) -> Vec<FrameworkSummary> {
    report
        .frameworks
        .iter()
        .filter(|f| !f.in_scope)
        .map(|f| FrameworkSummary {
            name: f.name.clone(),
            title: f.title.clone(),
            counts: f.counts,
            total: f.counts.total(),
        })
        .collect()
}

/// The bar of one set of counts: a segment per non-empty state, in [`STATES`] order.
pub fn segments(counts: &Counts) -> Vec<Segment> {
    let total = counts.total();
    let mut x = 0usize;
    let mut out = Vec::new();
    for (state, label, color) in STATES {
        let count = counts.get(state);
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

fn hundredths(value: usize) -> String {
    format!("{}.{:02}", value / 100, value % 100)
}

fn framework_view(report: &Report, f: &FrameworkReport) -> FrameworkView {
    let certification_status = report
        .certifications
        .iter()
        .find(|c| c.framework == f.name)
        .map(|c| c.status)
        .or_else(|| {
            report
                .attestations
                .iter()
                .find(|a| a.framework == f.name)
                .map(|a| a.status)
        })
        .map_or_else(
            || {
                if f.assurance.is_audited() {
                    "No certification recorded"
                } else {
                    // A regulation or a framework that issues no certificates.
                    "Not certifiable"
                }
            },
            status_label,
        )
        .to_owned();
    let total = f.counts.total();
    let applicable = total - f.counts.not_applicable - f.counts.excluded;
    FrameworkView {
        name: f.name.clone(),
        title: f.title.clone(),
        certification_status,
        assurance: assurance(f),
        counts: f.counts,
        total,
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
                total: g.counts.total(),
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

/// How the framework is assured and what it requires first, as `aims catalog` and
/// the editor's hover say it.
fn assurance(f: &FrameworkReport) -> String {
    describe::assurance_sentences(
        f.assurance,
        f.certificate_valid,
        f.surveillance_every,
        f.requires.as_deref().map(|r| (r, f.requires_within)),
    )
    .join(" ")
}

/// One requirement's row: its state, its controls (with their status unless
/// implemented), its evidence and the note that explains the state.
pub fn requirement_row(framework: &FrameworkReport, r: &RequirementReport) -> RequirementRow {
    // Each control as its name, followed by its status in brackets unless it is
    // implemented.
    let controls = join_each(&r.controls, |out, c| {
        out.push_str(&c.name);
        match c.status {
            Some(ControlStatus::Implemented) => {}
            status => {
                out.push_str(" (");
                if let Some(status) = status {
                    out.push_str(&status.as_str().replace('_', " "));
                }
                out.push(')');
            }
        }
    });
    RequirementRow {
        id: r.id.clone(),
        path: format!("{}.{}", framework.name, r.id),
        kind: r.kind.clone(),
        title: r.title.clone(),
        state: r.state.as_str().to_owned(),
        state_label: state_label(r.state).to_owned(),
        controls,
        evidence: join(&r.evidence),
        note: requirement_note(r),
    }
}

/// Why a requirement is in its state, where that needs saying.
fn requirement_note(r: &RequirementReport) -> String {
    match r.state {
        State::Excluded | State::Gap if r.exclusion.is_some() => {
            let reason = r
                .exclusion
                .as_ref()
                .and_then(|e| e.reason.clone())
                .unwrap_or_default();
            if r.state == State::Gap {
                format!("Exclusion not valid: {reason}")
            } else {
                reason
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
        State::Partial if r.all_controls_are(ControlStatus::Implemented) => {
            "Evidence is not current".to_owned()
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::{ANNEX_A, report_of};

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
        assert!(segments(&Counts::default()).is_empty());
    }

    #[test]
    fn requirement_rows_say_what_stands_behind_the_state() {
        let report = report_of(ANNEX_A);
        let views = framework_views(&report);
        assert_eq!(
            views.len(),
            1,
            "only the framework in scope is shown in full"
        );
        let row = |id: &str| {
            views[0]
                .requirements
                .iter()
                .find(|r| r.id == id)
                .map(|r| (r.state_label.as_str(), r.controls.as_str(), r.note.as_str()))
                .unwrap()
        };
        assert_eq!(
            row("A.6.2.4"),
            ("Partial", "done", "Evidence is not current")
        );
        assert_eq!(row("A.6.2.5"), ("Partial", "going (in progress)", ""));
        assert_eq!(row("A.10.4"), ("Excluded", "", "No customers."));
        assert_eq!(views[0].certification_status, "No certification recorded");
        let summary = other_frameworks(&report);
        assert!(summary.iter().all(|f| f.name != "iso42001"));
        assert!(summary.iter().all(|f| f.total == f.counts.total()));
    }
}
