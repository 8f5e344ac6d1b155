//! The AI system inventory section: one row per system with its EU AI Act
//! classification and its impact assessment.

use serde::Serialize;

use super::{join, opt, plain};
use crate::report::model::{AssessmentReport, EuAiActReport, Report};

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

/// Every system, in the spec's order.
pub fn system_rows(report: &Report) -> Vec<SystemRow> {
    report
        .systems
        .iter()
        .map(|s| SystemRow {
            name: s.name.clone(),
            title: opt(&s.title),
            owner: opt(&s.owner),
            lifecycle: plain(s.lifecycle),
            purpose: opt(&s.purpose),
            eu_ai_act: s
                .eu_ai_act
                .as_ref()
                .map_or_else(|| "Not classified".to_owned(), classification),
            impact_assessment: s
                .impact_assessment
                .as_ref()
                .map_or_else(|| "None recorded".to_owned(), assessment),
            assessment_overdue: s.impact_assessment.as_ref().is_some_and(|a| a.overdue),
            risks: join(&s.risks),
        })
        .collect()
}

/// "high risk; provider", "minimal risk", "deployer", or empty.
fn classification(eu: &EuAiActReport) -> String {
    match (eu.tier(), eu.role()) {
        (Some(tier), Some(role)) => format!("{} risk; {role}", plain(Some(tier))),
        (Some(tier), None) => format!("{} risk", plain(Some(tier))),
        (None, Some(role)) => role.to_string(),
        (None, None) => String::new(),
    }
}

/// "Triage DPIA, 2026-03-01; next review 2027-03-01".
fn assessment(a: &AssessmentReport) -> String {
    let mut text = a.title.clone().unwrap_or_else(|| a.name.clone());
    if let Some(d) = a.date {
        text.push_str(&format!(", {d}"));
    }
    if let Some(n) = a.next_review {
        text.push_str(&format!("; next review {n}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::report_of;

    #[test]
    fn systems_show_their_classification_and_assessment() {
        let report = report_of(
            r#"
role ciso "CISO" { holder: "T" }
system triage "Triage" { owner: ciso, lifecycle: production, purpose: "Sorts referrals.", eu_ai_act: { role: provider, tier: high } }
system notes "Notes" { owner: ciso, lifecycle: concept }
assessment dpia "Triage DPIA" { system: triage, kind: impact, date: 2025-03-01, review_every: 12 months }
risk r "R" { owner: ciso, system: triage, likelihood: rare, impact: minor, treatment: accept }
"#,
        );
        let rows = system_rows(&report);
        let triage = &rows[0];
        assert_eq!(
            (
                triage.lifecycle.as_str(),
                triage.eu_ai_act.as_str(),
                triage.impact_assessment.as_str(),
                triage.assessment_overdue,
                triage.risks.as_str()
            ),
            (
                "production",
                "high risk; provider",
                "Triage DPIA, 2025-03-01; next review 2026-03-01",
                true,
                "r"
            )
        );
        let notes = &rows[1];
        assert_eq!(
            (notes.eu_ai_act.as_str(), notes.impact_assessment.as_str()),
            ("Not classified", "None recorded")
        );
    }
}
