//! The registry of diagnostic codes: one line per code with its default severity and
//! one-line summary, and the long explanation `aims explain` prints, kept as a
//! Markdown file per code under `explain/`.
//!
//! Codes are the contract with users (they appear in `aims.toml`, in CI logs and in
//! `aims explain`), so this table is the single place that names them.

use super::Severity;

/// Static facts about one code.
#[derive(Debug)]
pub struct CodeInfo {
    pub name: &'static str,
    pub default_severity: Severity,
    pub summary: &'static str,
    pub explanation: &'static str,
}

macro_rules! codes {
    ($($variant:ident $name:literal $severity:ident $summary:literal;)*) => {
        /// A diagnostic code. `Code::name` is the stable kebab-case name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($variant),* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            pub fn info(self) -> &'static CodeInfo {
                match self {
                    $(Code::$variant => &CodeInfo {
                        name: $name,
                        default_severity: Severity::$severity,
                        summary: $summary,
                        explanation: include_str!(concat!("explain/", $name, ".md")),
                    }),*
                }
            }
        }
    };
}

codes! {
    SyntaxError "syntax-error" Error "the parser could not read this text";
    UnknownField "unknown-field" Error "a field this kind of declaration does not have";
    MissingField "missing-field" Error "a required field is absent";
    InvalidValue "invalid-value" Error "a value of the wrong type, an unknown word, or a malformed date";
    UndefinedName "undefined-name" Error "a reference to a declaration that does not exist";
    WrongKind "wrong-kind" Error "a reference to a declaration of the wrong kind";
    DuplicateName "duplicate-name" Error "two declarations with one name";
    UnknownRequirement "unknown-requirement" Error "a requirement path that the framework does not have";
    UnusedDeclaration "unused-declaration" Warning "a declaration nothing refers to";
    InvalidConfig "invalid-config" Error "a problem in aims.toml";
    RequirementGap "requirement-gap" Warning "requirements of an in-scope framework that are neither satisfied nor excluded";
    ClauseExcluded "clause-excluded" Error "an exclusion of a mandatory clause";
    ExclusionUnjustified "exclusion-unjustified" Error "an exclusion without a reason or an approver";
    ExcludedAndSatisfied "excluded-and-satisfied" Warning "a requirement both excluded and satisfied";
    ImplementedWithoutEvidence "implemented-without-evidence" Error "a control marked implemented with no evidence";
    EvidenceStale "evidence-stale" Warning "evidence older than its validity on the as-of date";
    EvidenceMissing "evidence-missing" Error "an evidence file that does not exist";
    EvidenceHashMismatch "evidence-hash-mismatch" Error "an evidence file whose SHA-256 differs from the one recorded";
    PathOutsideWorkspace "path-outside-workspace" Error "a file path that leaves the workspace root";
    CertificateIncomplete "certificate-incomplete" Error "an achieved certification without its certificate facts";
    CertificateExpired "certificate-expired" Error "an achieved certification whose certificate has expired";
    CertificateExpiring "certificate-expiring" Warning "a certificate that expires soon";
    CertificateValidityExceeded "certificate-validity-exceeded" Error "a certificate that runs longer than the framework allows";
    SurveillanceOverdue "surveillance-overdue" Error "the last surveillance audit is older than the framework's interval";
    AchievedWithGaps "achieved-with-gaps" Error "an achieved certification while the framework has gaps";
    NotCertifiable "not-certifiable" Error "a certification of a framework that issues no certificates";
    PrerequisiteMissing "prerequisite-missing" Error "a certification whose prerequisite is not achieved";
    TargetPassed "target-passed" Warning "a target date that has passed";
    ProgressWithoutWork "progress-without-work" Warning "a certification in progress with no control working toward it";
    RiskUntreated "risk-untreated" Error "a risk without treatment";
    RiskAboveAppetite "risk-above-appetite" Error "a residual risk above the appetite that nobody accepted";
    SystemWithoutImpactAssessment "system-without-impact-assessment" Error "an AI system in scope of ISO/IEC 42001 without an impact assessment";
    AssessmentOverdue "assessment-overdue" Warning "an assessment past its review date";
    SystemWithoutRisk "system-without-risk" Warning "an AI system with no risk recorded";
    ProhibitedSystem "prohibited-system" Error "a prohibited AI system that is not retired";
    ClaimOverstated "claim-overstated" Error "published prose claims a stronger status than the spec";
    ClaimUnderstated "claim-understated" Warning "published prose claims a weaker status than the spec";
    ClaimUnbacked "claim-unbacked" Error "published prose claims a certification the spec does not have";
    ClaimAmbiguous "claim-ambiguous" Warning "published prose uses wording that blurs the status";
    ClaimMismatch "claim-mismatch" Error "published prose states a date, number, body or report type that contradicts the spec";
    InternalAuditOverdue "internal-audit-overdue" Warning "the latest internal audit is older than the audit programme's interval";
    ManagementReviewOverdue "management-review-overdue" Warning "the latest management review is older than its interval";
    NonconformityOverdue "nonconformity-overdue" Warning "a nonconformity past its due date and not closed";
    CertifiedWithoutAudit "certified-without-audit" Error "an achieved certification with no internal audit or management review in its cycle";
    SupplierAssuranceExpired "supplier-assurance-expired" Warning "a supplier's certificate or report that a control relies on has expired";
    SupplierAssuranceExpiring "supplier-assurance-expiring" Warning "a supplier's certificate or report that a control relies on expires soon";
    SupplierAssuranceMissing "supplier-assurance-missing" Warning "a control relies on a supplier with no current assurance for the framework it satisfies";
    SelfAssessmentOverdue "self-assessment-overdue" Error "a published self-assessment (NHS DSPT) older than its yearly interval";
}

impl Code {
    pub fn name(self) -> &'static str {
        self.info().name
    }

    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.name() == name)
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_kebab_case_name_and_an_explanation() {
        let mut names = std::collections::HashSet::new();
        for code in Code::ALL {
            let info = code.info();
            assert!(names.insert(info.name), "duplicate {}", info.name);
            assert!(
                info.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
            );
            assert!(
                info.explanation.starts_with(&format!("# {}", info.name)),
                "{}",
                info.name
            );
            assert!(info.explanation.len() > 200, "{} is too short", info.name);
            assert_eq!(Code::from_name(info.name), Some(*code));
        }
    }
}
