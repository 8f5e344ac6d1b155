//! The closed word sets of the language (statuses, risk scales, lifecycles, …), one
//! enum per set. Each enum is the single source of its words: the schema table's
//! `FieldType::Enum` lists are its `WORDS`, the report model serialises it as the
//! word, and the editor's hover reads what each word means from its `MEANINGS`
//! through [`meaning`], so no other module needs to know which set a word is in.

use std::fmt;

/// Declares an enum whose variants are the words of one set, in the order the
/// language lists them, each with an optional one-line meaning.
macro_rules! word_set {
    (
        $(#[$doc:meta])*
        $name:ident {
            $($variant:ident = $word:literal $(=> $meaning:literal)?),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every word of the set, in order.
            pub const WORDS: &'static [&'static str] = &[$($word),+];
            /// What each word of [`Self::WORDS`] means, where the language says.
            pub const MEANINGS: &'static [Option<&'static str>] =
                &[$(word_set!(@meaning $($meaning)?)),+];
            const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word as written in a spec.
            pub fn as_str(self) -> &'static str {
                Self::WORDS[self as usize]
            }

            /// The variant a word names; `None` for a word outside the set.
            pub fn from_word(word: &str) -> Option<Self> {
                Self::WORDS
                    .iter()
                    .position(|w| *w == word)
                    .map(|i| Self::ALL[i])
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // In JSON the word is a plain string, as the report contract has always given it.
        $crate::semantic::json::serialize_as_text!($name);
    };
    (@meaning $meaning:literal) => { Some($meaning) };
    (@meaning) => { None };
}

word_set! {
    /// A system's `lifecycle`.
    Lifecycle {
        Concept = "concept" => "an idea being explored; not built.",
        Development = "development" => "being built.",
        Validation = "validation" => "being tested before release.",
        Production = "production" => "in use.",
        Retired = "retired" => "no longer in use.",
    }
}

word_set! {
    /// A risk's `likelihood` (and `residual_likelihood`), scored 1 to 5.
    Likelihood {
        Rare = "rare" => "score 1 of 5.",
        Unlikely = "unlikely" => "score 2 of 5.",
        Possible = "possible" => "score 3 of 5.",
        Likely = "likely" => "score 4 of 5.",
        AlmostCertain = "almost_certain" => "score 5 of 5.",
    }
}

word_set! {
    /// A risk's `impact` (and `residual_impact`), scored 1 to 5.
    Impact {
        Negligible = "negligible" => "score 1 of 5.",
        Minor = "minor" => "score 2 of 5.",
        Moderate = "moderate" => "score 3 of 5.",
        Major = "major" => "score 4 of 5.",
        Severe = "severe" => "score 5 of 5.",
    }
}

word_set! {
    /// A risk's `treatment`.
    Treatment {
        Mitigate = "mitigate" => "reduce the risk with controls (list them in `controls`).",
        Accept = "accept" => "live with the risk; a residual above the appetite needs `accepted_by` and `accepted_on`.",
        Avoid = "avoid" => "stop the activity that causes the risk.",
        Transfer = "transfer" => "pass the risk to someone else, such as an insurer or supplier.",
    }
}

word_set! {
    /// A risk level on the 5×5 matrix, ordered from `low` to `critical` (the derived
    /// `Ord` is the ranking), and an organisation's `risk_appetite`.
    RiskLevel {
        Low = "low",
        Medium = "medium",
        High = "high",
        Critical = "critical",
    }
}

word_set! {
    /// A control's `status`.
    ControlStatus {
        Planned = "planned" => "intended, with no work started. The requirements it names are at best partially covered.",
        InProgress = "in_progress" => "being put in place. The requirements it names count as partially covered.",
        Implemented = "implemented" => "the control operates today. It must have current evidence (`implemented-without-evidence`, `evidence-stale`).",
    }
}

word_set! {
    /// A certification's or attestation's `status`.
    CertificationStatus {
        Planned = "planned" => "certification is intended but no work toward it has started. Published text must not call it achieved or in progress.",
        InProgress = "in_progress" => "work toward certification has started. It needs `since` and `owner`, and some control must work toward it (`progress-without-work`).",
        Achieved = "achieved" => "a certificate (or report) is held and current on the as-of date. It needs `certificate`, `body`, `issued` and `expires`, and the framework must have no gaps.",
        Lapsed = "lapsed" => "a certificate was held but is no longer valid. Published text must not claim it.",
    }
}

word_set! {
    /// The organisation's role for a system under the EU AI Act.
    EuRole {
        Provider = "provider",
        Deployer = "deployer",
        Importer = "importer",
        Distributor = "distributor",
    }
}

word_set! {
    /// A system's risk tier under the EU AI Act.
    EuTier {
        Prohibited = "prohibited" => "a practice banned by the EU AI Act (Art. 5); the system must be retired.",
        High = "high" => "a high-risk system (Annex III or product safety); most obligations apply.",
        Limited = "limited" => "transparency obligations apply (Art. 50).",
        Minimal = "minimal" => "no specific obligations beyond AI literacy (Art. 4).",
    }
}

word_set! {
    /// An assessment's `kind`.
    AssessmentKind {
        Impact = "impact",
        Risk = "risk",
        Privacy = "privacy",
        Security = "security",
        Audit = "audit",
        Other = "other",
    }
}

word_set! {
    /// A SOC 2 attestation's report `type`.
    AttestationType {
        Type1 = "type1" => "a report on the design of controls at a point in time.",
        Type2 = "type2" => "a report on how controls operated over a period.",
    }
}

word_set! {
    /// A nonconformity's `status`.
    NonconformityStatus {
        Open = "open" => "found, with the corrective action not yet started. Past its `due` date it is reported (`nonconformity-overdue`).",
        InProgress = "in_progress" => "the corrective action is under way; it must be complete by its `due` date.",
        Closed = "closed" => "the corrective action is complete and its effect checked; record `closed_on`.",
    }
}

word_set! {
    /// The kind of a supplier's assurance.
    AssuranceKind {
        Certificate = "certificate" => "a certificate issued by a certification body.",
        Attestation = "attestation" => "an independent auditor's report that is not a certificate, such as SOC 2.",
        SelfAssessment = "self_assessment" => "an assessment the supplier published itself, such as the NHS DSPT.",
    }
}

impl Likelihood {
    /// 1 (`rare`) to 5 (`almost_certain`).
    pub fn score(self) -> u8 {
        self as u8 + 1
    }
}

impl Impact {
    /// 1 (`negligible`) to 5 (`severe`).
    pub fn score(self) -> u8 {
        self as u8 + 1
    }
}

impl CertificationStatus {
    /// The status in plain words, for messages.
    pub fn phrase(self) -> &'static str {
        match self {
            CertificationStatus::InProgress => "in progress",
            other => other.as_str(),
        }
    }

    /// How strong a claim the status makes: achieved > in progress > planned; a
    /// lapsed certification backs no claim at all.
    pub fn strength(self) -> u8 {
        match self {
            CertificationStatus::Lapsed => 0,
            CertificationStatus::Planned => 1,
            CertificationStatus::InProgress => 2,
            CertificationStatus::Achieved => 3,
        }
    }
}

impl RiskLevel {
    /// The level of a score 1–25 on the 5×5 matrix: `low` 1–4, `medium` 5–9,
    /// `high` 10–16, `critical` 17–25.
    pub fn of_score(score: u8) -> RiskLevel {
        match score {
            0..=4 => RiskLevel::Low,
            5..=9 => RiskLevel::Medium,
            10..=16 => RiskLevel::High,
            _ => RiskLevel::Critical,
        }
    }

    /// Every level, from `low` to `critical`.
    pub fn all() -> &'static [RiskLevel] {
        Self::ALL
    }
}

/// Every word set with its meanings, for [`meaning`].
const MEANINGS: &[(&[&str], &[Option<&str>])] = &[
    (Lifecycle::WORDS, Lifecycle::MEANINGS),
    (Likelihood::WORDS, Likelihood::MEANINGS),
    (Impact::WORDS, Impact::MEANINGS),
    (Treatment::WORDS, Treatment::MEANINGS),
    (RiskLevel::WORDS, RiskLevel::MEANINGS),
    (ControlStatus::WORDS, ControlStatus::MEANINGS),
    (CertificationStatus::WORDS, CertificationStatus::MEANINGS),
    (EuRole::WORDS, EuRole::MEANINGS),
    (EuTier::WORDS, EuTier::MEANINGS),
    (AssessmentKind::WORDS, AssessmentKind::MEANINGS),
    (AttestationType::WORDS, AttestationType::MEANINGS),
    (NonconformityStatus::WORDS, NonconformityStatus::MEANINGS),
    (AssuranceKind::WORDS, AssuranceKind::MEANINGS),
];

/// What `word` means as one of `words` (a field's set of allowed words, as the
/// schema table gives it); `None` for a word without a recorded meaning. The set,
/// not the word, decides: `in_progress` means one thing for a control and another
/// for a certification.
pub fn meaning(words: &[&str], word: &str) -> Option<&'static str> {
    let (set, meanings) = MEANINGS.iter().find(|(set, _)| *set == words)?;
    let index = set.iter().position(|w| *w == word)?;
    meanings[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip_through_their_enum() {
        for word in ControlStatus::WORDS {
            assert_eq!(
                ControlStatus::from_word(word).map(|s| s.as_str()),
                Some(*word)
            );
        }
        assert_eq!(
            CertificationStatus::from_word("in_progress"),
            Some(CertificationStatus::InProgress)
        );
        assert_eq!(CertificationStatus::from_word("implemented"), None);
        assert_eq!(Likelihood::AlmostCertain.to_string(), "almost_certain");
    }

    #[test]
    fn scales_score_one_to_five_and_levels_rank_in_order() {
        assert_eq!(Likelihood::Rare.score(), 1);
        assert_eq!(Impact::Severe.score(), 5);
        assert!(RiskLevel::Critical > RiskLevel::High && RiskLevel::Medium > RiskLevel::Low);
        let bands: Vec<RiskLevel> = [4, 5, 9, 10, 16, 17, 25]
            .into_iter()
            .map(RiskLevel::of_score)
            .collect();
        use RiskLevel::*;
        assert_eq!(bands, [Low, Medium, Medium, High, High, Critical, Critical]);
    }

    #[test]
    fn the_set_decides_what_a_word_means() {
        let control = meaning(ControlStatus::WORDS, "in_progress").unwrap();
        let certification = meaning(CertificationStatus::WORDS, "in_progress").unwrap();
        let nonconformity = meaning(NonconformityStatus::WORDS, "in_progress").unwrap();
        assert!(control.starts_with("being put in place"));
        assert!(certification.starts_with("work toward certification"));
        assert!(nonconformity.starts_with("the corrective action is under way"));
        assert_eq!(meaning(RiskLevel::WORDS, "high"), None);
        assert_eq!(meaning(ControlStatus::WORDS, "achieved"), None);
        // Every set is listed once and has a meaning slot per word.
        for (set, meanings) in MEANINGS {
            assert_eq!(set.len(), meanings.len());
            assert_eq!(MEANINGS.iter().filter(|(s, _)| s == set).count(), 1);
        }
    }
}
