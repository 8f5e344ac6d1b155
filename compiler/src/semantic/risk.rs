//! Risk scoring on the 5×5 matrix: likelihood and impact score 1–5 each, their
//! product is the inherent score, read as a level (`low` 1–4, `medium` 5–9, `high`
//! 10–16, `critical` 17–25). Shared by the risk rules and the report.
//!
//! The residual risk is either a level word (`residual`) or, when a risk gives
//! `residual_likelihood` and `residual_impact`, a place on the same matrix whose
//! product decides the level.

use crate::semantic::words::{Impact, Likelihood, RiskLevel};
use crate::syntax::ast::Item;

/// 1 (`rare`) to 5 (`almost_certain`).
pub fn likelihood_score(word: &str) -> Option<u8> {
    Likelihood::from_word(word).map(Likelihood::score)
}

/// 1 (`negligible`) to 5 (`severe`).
pub fn impact_score(word: &str) -> Option<u8> {
    Impact::from_word(word).map(Impact::score)
}

/// The level of an inherent score 1–25.
pub fn level_of_score(score: u8) -> &'static str {
    RiskLevel::of_score(score).as_str()
}

/// The order of a level word: `low` 0 … `critical` 3.
pub fn level_rank(level: &str) -> Option<usize> {
    RiskLevel::from_word(level).map(|l| l as usize)
}

/// The inherent score of a likelihood and an impact word.
pub fn inherent_score(likelihood: &str, impact: &str) -> Option<u8> {
    Some(likelihood_score(likelihood)? * impact_score(impact)?)
}

/// Where a risk sits on the matrix after treatment: its `residual_likelihood` and
/// `residual_impact`, both given as known words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResidualPlace {
    pub likelihood: Likelihood,
    pub impact: Impact,
}

impl ResidualPlace {
    /// residual likelihood × residual impact, 1–25.
    pub fn score(&self) -> u8 {
        self.likelihood.score() * self.impact.score()
    }

    /// The level of that score.
    pub fn level(&self) -> RiskLevel {
        RiskLevel::of_score(self.score())
    }
}

fn ident<'a>(item: &'a Item, field: &str) -> Option<&'a str> {
    item.field(field).and_then(|f| f.value.as_ident())
}

/// The residual place of a risk, when it gives both `residual_likelihood` and
/// `residual_impact` as words of the scale; `None` otherwise.
pub fn residual_place(item: &Item) -> Option<ResidualPlace> {
    Some(ResidualPlace {
        likelihood: Likelihood::from_word(ident(item, "residual_likelihood")?)?,
        impact: Impact::from_word(ident(item, "residual_impact")?)?,
    })
}

/// The residual level of a risk: the level of its residual place when it has one,
/// otherwise its `residual` word (a word outside the scale, which the schema check
/// reports, counts as none); `None` when it gives neither.
pub fn residual_level(item: &Item) -> Option<RiskLevel> {
    match residual_place(item) {
        Some(place) => Some(place.level()),
        None => ident(item, "residual").and_then(RiskLevel::from_word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::rules::testing::item;

    #[test]
    fn the_matrix_bands() {
        assert_eq!(inherent_score("possible", "major"), Some(12));
        assert_eq!(level_of_score(4), "low");
        assert_eq!(level_of_score(5), "medium");
        assert_eq!(level_of_score(9), "medium");
        assert_eq!(level_of_score(10), "high");
        assert_eq!(level_of_score(16), "high");
        assert_eq!(level_of_score(17), "critical");
        assert_eq!(level_of_score(25), "critical");
        assert_eq!(inherent_score("often", "major"), None);
        assert!(level_rank("high") > level_rank("medium"));
    }

    fn risk(fields: &str) -> Item {
        item(&format!("risk r {{ {fields} }}"))
    }

    #[test]
    fn the_residual_place_decides_the_residual_level() {
        let r = risk("residual: low, residual_likelihood: possible, residual_impact: major");
        let place = residual_place(&r).unwrap();
        assert_eq!((place.score(), place.level()), (12, RiskLevel::High));
        assert_eq!(residual_level(&r), Some(RiskLevel::High));
        assert_eq!(
            residual_level(&risk("residual: medium")),
            Some(RiskLevel::Medium)
        );
        assert_eq!(
            residual_level(&risk("residual: medium, residual_likelihood: rare")),
            Some(RiskLevel::Medium)
        );
        assert_eq!(residual_level(&risk("residual: huge")), None);
        assert_eq!(residual_level(&risk("likelihood: rare")), None);
        assert_eq!(
            residual_place(&risk("residual_likelihood: often, residual_impact: major")),
            None
        );
    }
}
