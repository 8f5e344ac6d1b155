//! Risk scoring on the 5×5 matrix: likelihood and impact score 1–5 each, their
//! product is the inherent score, read as a level (`low` 1–4, `medium` 5–9, `high`
//! 10–16, `critical` 17–25). Shared by the risk rules and the report.

use crate::semantic::schema::{IMPACTS, LIKELIHOODS, RISK_LEVELS};

/// 1 (`rare`) to 5 (`almost_certain`).
pub fn likelihood_score(word: &str) -> Option<u8> {
    position(LIKELIHOODS, word)
}

/// 1 (`negligible`) to 5 (`severe`).
pub fn impact_score(word: &str) -> Option<u8> {
    position(IMPACTS, word)
}

fn position(words: &[&str], word: &str) -> Option<u8> {
    words
        .iter()
        .position(|w| *w == word)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The level of an inherent score 1–25.
pub fn level_of_score(score: u8) -> &'static str {
    match score {
        0..=4 => "low",
        5..=9 => "medium",
        10..=16 => "high",
        _ => "critical",
    }
}

/// The order of a level word: `low` 0 … `critical` 3.
pub fn level_rank(level: &str) -> Option<usize> {
    RISK_LEVELS.iter().position(|l| *l == level)
}

/// The inherent score of a likelihood and an impact word.
pub fn inherent_score(likelihood: &str, impact: &str) -> Option<u8> {
    Some(likelihood_score(likelihood)? * impact_score(impact)?)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
