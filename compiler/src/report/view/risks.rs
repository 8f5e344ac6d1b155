//! The risk section: the register's rows, the inherent and residual 5×5 heat maps,
//! the risks counted by level instead of placed, and the sentence that says which
//! is which.

use serde::Serialize;

use super::{join, opt, plain};
use crate::english::{plural, sentence_case};
use crate::report::model::{Impact, Likelihood, Report, RiskLevel, RiskReport};

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

/// The register, one row per risk in the spec's order.
pub fn risk_rows(report: &Report) -> Vec<RiskRow> {
    report
        .risks
        .iter()
        .map(|r| {
            let placed = r.residual_score.is_some();
            RiskRow {
                name: r.name.clone(),
                title: opt(&r.title),
                system: opt(&r.system),
                owner: opt(&r.owner),
                likelihood: plain(r.likelihood),
                impact: plain(r.impact),
                inherent_score: opt(&r.inherent_score),
                inherent_level: opt(&r.inherent_level),
                residual: opt(&r.residual),
                residual_likelihood: plain(r.residual_likelihood.filter(|_| placed)),
                residual_impact: plain(r.residual_impact.filter(|_| placed)),
                residual_score: opt(&r.residual_score),
                treatment: opt(&r.treatment),
                controls: join(&r.controls),
                accepted: match (&r.accepted_by, r.accepted_on) {
                    (Some(by), Some(on)) => format!("{by}, {on}"),
                    (Some(by), None) => by.clone(),
                    _ => String::new(),
                },
                above_appetite: r.above_appetite,
            }
        })
        .collect()
}

fn appetite(report: &Report) -> Option<RiskLevel> {
    report.organisation.as_ref()?.risk_appetite
}

/// The inherent map: every risk at its likelihood × impact.
pub fn inherent_heat_map(report: &Report) -> HeatMap {
    heat_map(report, None, |r| r.likelihood_score.zip(r.impact_score))
}

/// The residual map: the risks that give `residual_likelihood` and `residual_impact`,
/// with cells above the appetite marked.
pub fn residual_heat_map(report: &Report) -> HeatMap {
    heat_map(report, appetite(report), |r| {
        let likelihood = r.residual_likelihood?.score();
        let impact = r.residual_impact?.score();
        r.residual_score.map(|_| (likelihood, impact))
    })
}

/// A 5×5 map of the risks that `place` puts on it (likelihood, impact); `appetite`
/// marks the occupied cells above it.
fn heat_map(
    report: &Report,
    appetite: Option<RiskLevel>,
    place: impl Fn(&RiskReport) -> Option<(u8, u8)>,
) -> HeatMap {
    let rows = (1..=5u8)
        .rev()
        .map(|l| HeatRow {
            label: label(Likelihood::WORDS[usize::from(l) - 1]),
            cells: (1..=5u8)
                .map(|i| {
                    let names: Vec<String> = report
                        .risks
                        .iter()
                        .filter(|r| place(r) == Some((l, i)))
                        .map(|r| r.name.clone())
                        .collect();
                    let level = RiskLevel::of_score(l * i);
                    let above = appetite.is_some_and(|a| level > a);
                    HeatCell {
                        score: l * i,
                        level: level.to_string(),
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
        impact_labels: Impact::WORDS.iter().map(|w| label(w)).collect(),
    }
}

/// A scale word as a heading: `almost_certain` is "Almost certain".
fn label(word: &str) -> String {
    sentence_case(&word.replace('_', " "))
}

/// Risks counted on the residual map.
pub fn residual_placed(report: &Report) -> usize {
    report
        .risks
        .iter()
        .filter(|r| r.residual_score.is_some())
        .count()
}

/// The risks that are not on the residual map, by level: their `residual` word, or
/// their inherent level when they give no residual.
pub fn residual_levels(report: &Report) -> Vec<LevelCell> {
    let appetite = appetite(report);
    RiskLevel::all()
        .iter()
        .map(|&level| {
            let names: Vec<String> = report
                .risks
                .iter()
                .filter(|r| r.residual_score.is_none())
                .filter(|r| r.residual.or(r.inherent_level) == Some(level))
                .map(|r| r.name.clone())
                .collect();
            LevelCell {
                level: level.to_string(),
                count: names.len(),
                risks: join(&names),
                above_appetite: appetite.is_some_and(|a| level > a),
            }
        })
        .collect()
}

/// Which risks the residual map shows and which are shown by level instead.
pub fn residual_note(report: &Report) -> String {
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
            plural(word_only, "risk gives", "risks give")
        ));
    }
    if no_residual > 0 {
        sentences.push(format!(
            "{} no residual and {} counted at {} inherent level.",
            plural(no_residual, "risk gives", "risks give"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::{SPEC, report_of};

    #[test]
    fn heat_map_places_risks_by_likelihood_and_impact() {
        let report = report_of(SPEC);
        let map = inherent_heat_map(&report);
        // Row 0 is "almost certain"; "likely" is row 1; "major" is column 3.
        assert_eq!(map.rows[0].label, "Almost certain");
        assert_eq!(map.impact_labels[3], "Major");
        let cell = &map.rows[1].cells[3];
        assert_eq!(
            (
                cell.count,
                cell.score,
                cell.level.as_str(),
                cell.risks.as_str()
            ),
            (2, 16, "high", "a, b")
        );
        let total: usize = map
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| c.count)
            .sum();
        assert_eq!(total, 2);
        let medium = residual_levels(&report)
            .into_iter()
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
risk f "F" { owner: ciso, likelihood: rare, impact: minor, treatment: accept, accepted_by: ciso, accepted_on: 2026-01-02 }
"#;
        let report = report_of(spec);
        let occupied: Vec<(String, usize, u8, String, bool)> = residual_heat_map(&report)
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
        assert_eq!(residual_placed(&report), 3);
        // Only the risks off the map are counted by level: e by its word, f at its
        // inherent level (rare × minor = 2, low).
        let by_level: Vec<(String, usize)> = residual_levels(&report)
            .into_iter()
            .map(|l| (l.level, l.count))
            .collect();
        assert_eq!(
            by_level,
            [
                ("low".to_owned(), 1),
                ("medium".to_owned(), 0),
                ("high".to_owned(), 1),
                ("critical".to_owned(), 0)
            ]
        );
        assert_eq!(
            residual_note(&report),
            "1 risk gives only a residual level. 1 risk gives no residual and is counted at its inherent level. They are shown by level; an outline marks levels above the appetite."
        );
        let inherent = inherent_heat_map(&report);
        assert_eq!(
            inherent
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .map(|c| c.count)
                .sum::<usize>(),
            5
        );
        assert!(
            inherent
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .all(|c| !c.above_appetite)
        );
        let rows = risk_rows(&report);
        let row = |name: &str| rows.iter().find(|r| r.name == name).unwrap();
        let a = row("a");
        assert_eq!(
            (
                a.residual.as_str(),
                a.residual_score.as_str(),
                a.residual_likelihood.as_str()
            ),
            ("medium", "6", "unlikely")
        );
        let e = row("e");
        assert_eq!(
            (e.residual.as_str(), e.residual_score.as_str()),
            ("high", "")
        );
        assert_eq!(row("f").accepted, "ciso, 2026-01-02");
    }

    #[test]
    fn every_risk_on_the_map_gets_the_one_sentence() {
        let one = "risk a \"A\" { likelihood: rare, impact: minor, residual_likelihood: rare, residual_impact: minor }\n";
        assert_eq!(
            residual_note(&report_of(one)),
            "The risk gives its residual likelihood and impact, so it is on the residual map."
        );
        assert_eq!(residual_note(&report_of("")), "");
    }
}
