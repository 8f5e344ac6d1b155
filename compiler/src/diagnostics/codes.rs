//! The registry of diagnostic codes: one entry per code with its default severity,
//! its family, a one-line summary and the README's "when" text, and the long
//! explanation `aims explain` prints, kept as a Markdown file per code under `explain/`.
//!
//! Codes are the contract with users (they appear in `aims.toml`, in CI logs and in
//! `aims explain`), so this table is the single place that names them: the README's
//! diagnostic tables and `docs/reference/diagnostics.md` are generated from it.

use super::Severity;

/// Static facts about one code.
#[derive(Debug)]
pub struct CodeInfo {
    pub name: &'static str,
    pub default_severity: Severity,
    /// The group the README lists it in.
    pub family: Family,
    /// One line for `aims explain`, SARIF rule descriptions and report summaries.
    pub summary: &'static str,
    /// When it is reported, in the words of the README's diagnostic tables.
    pub when: &'static str,
    pub explanation: &'static str,
}

/// The groups of diagnostics, in the order the README's tables list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    /// Syntax, names, fields and `aims.toml`.
    Language,
    /// Coverage, risks and AI systems.
    Coverage,
    /// The management system's own records and suppliers' assurance.
    Records,
    /// Certification status, evidence and published prose.
    Status,
}

impl Family {
    pub const ALL: [Family; 4] = [
        Family::Language,
        Family::Coverage,
        Family::Records,
        Family::Status,
    ];

    /// The line that introduces the family's table.
    pub fn heading(self) -> &'static str {
        match self {
            Family::Language => "The language: syntax, names, fields and `aims.toml`:",
            Family::Coverage => "Coverage and the AI management system rules:",
            Family::Records => "The management system's own records and suppliers' assurance:",
            Family::Status => "Honest status: certifications, evidence and published prose:",
        }
    }
}

macro_rules! codes {
    ($($variant:ident $name:literal $severity:ident $family:ident $summary:literal when $when:literal;)*) => {
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
                        family: Family::$family,
                        summary: $summary,
                        when: $when,
                        explanation: include_str!(concat!("explain/", $name, ".md")),
                    }),*
                }
            }
        }
    };
}

codes! {
    SyntaxError "syntax-error" Error Language "the parser could not read this text"
        when "text the parser could not read; unknown declaration kinds";
    UnknownField "unknown-field" Error Language "a field this kind of declaration does not have"
        when "a field the kind does not have (with \"did you mean\")";
    MissingField "missing-field" Error Language "a required field is absent"
        when "a required field is absent";
    InvalidValue "invalid-value" Error Language "a value of the wrong type, an unknown word, or a malformed date"
        when "wrong type, unknown word, impossible date, bad unit, a field given twice";
    UndefinedName "undefined-name" Error Language "a reference to a declaration that does not exist"
        when "a reference to nothing (with \"did you mean\")";
    WrongKind "wrong-kind" Error Language "a reference to a declaration of the wrong kind"
        when "a reference to a declaration of the wrong kind";
    DuplicateName "duplicate-name" Error Language "two declarations with one name"
        when "two declarations with one name";
    UnknownRequirement "unknown-requirement" Error Language "a requirement path that the framework does not have"
        when "a requirement path the framework does not have, or a group used as a requirement";
    UnusedDeclaration "unused-declaration" Warning Language "a declaration nothing refers to"
        when "a role, evidence, dataset or supplier nobody refers to; a control that neither treats a risk nor satisfies a requirement";
    InvalidConfig "invalid-config" Error Language "a problem in aims.toml"
        when "a problem in `aims.toml`";
    RequirementGap "requirement-gap" Warning Coverage "requirements of an in-scope framework that are neither satisfied nor excluded"
        when "requirements of an in-scope framework that are neither satisfied nor excluded: one per framework, at what brings it into scope; an error when its certification is achieved, a warning otherwise (editors offer to add exclusion stubs)";
    ClauseExcluded "clause-excluded" Error Coverage "an exclusion of a mandatory clause"
        when "an exclusion of a mandatory clause (clauses 4–10, Cyber Essentials themes, EU AI Act obligations)";
    ExclusionUnjustified "exclusion-unjustified" Error Coverage "an exclusion without a reason or an approver"
        when "an exclusion with a blank reason";
    ExcludedAndSatisfied "excluded-and-satisfied" Warning Coverage "a requirement both excluded and satisfied"
        when "a requirement both excluded and satisfied";
    ImplementedWithoutEvidence "implemented-without-evidence" Error Status "a control marked implemented with no evidence"
        when "a control `implemented` with no evidence";
    EvidenceStale "evidence-stale" Warning Status "evidence older than its validity on the as-of date"
        when "`date` + `valid_for` before the as-of date (an error when it backs an achieved certificate); such a control only counts as partial coverage";
    EvidenceMissing "evidence-missing" Error Status "an evidence file that does not exist"
        when "an evidence `file` that does not exist";
    EvidenceHashMismatch "evidence-hash-mismatch" Error Status "an evidence file whose SHA-256 differs from the one recorded"
        when "the file's SHA-256 (streamed, so large files cost no memory) differs from `sha256`";
    PathOutsideWorkspace "path-outside-workspace" Error Status "a file path that leaves the workspace root"
        when "a path that leaves the workspace: `..` past the root, absolute, or a symlink pointing outside";
    CertificateIncomplete "certificate-incomplete" Error Status "an achieved certification without its certificate facts"
        when "`achieved` without the certificate number, body, issue and expiry dates (and the last audit where the framework has surveillance)";
    CertificateExpired "certificate-expired" Error Status "an achieved certification whose certificate has expired"
        when "`achieved`, but the certificate expired before the as-of date (editors offer to change the status to `lapsed`)";
    CertificateExpiring "certificate-expiring" Warning Status "a certificate that expires soon"
        when "the certificate expires within 60 days (`expiring_within_days`)";
    CertificateValidityExceeded "certificate-validity-exceeded" Error Status "a certificate that runs longer than the framework allows"
        when "the expiry is later than the framework allows (ISO 3 years, Cyber Essentials 12 months)";
    SurveillanceOverdue "surveillance-overdue" Error Status "the last surveillance audit is older than the framework's interval"
        when "the last audit is older than the framework's surveillance interval (12 months for ISO)";
    AchievedWithGaps "achieved-with-gaps" Error Status "an achieved certification while the framework has gaps"
        when "`achieved` while requirements of the framework are gaps";
    NotCertifiable "not-certifiable" Error Status "a certification of a framework that issues no certificates"
        when "a certification of a voluntary framework (NIST AI RMF, NIST CSF), a law (EU AI Act, GDPR, NIS2, DORA) or SOC 2 (which is an `attestation` report)";
    PrerequisiteMissing "prerequisite-missing" Error Status "a certification whose prerequisite is not achieved"
        when "Cyber Essentials Plus achieved without Cyber Essentials achieved in the 3 months before";
    TargetPassed "target-passed" Warning Status "a target date that has passed"
        when "a planned or in-progress target before the as-of date";
    ProgressWithoutWork "progress-without-work" Warning Status "a certification in progress with no control working toward it"
        when "`in_progress`, but no control satisfies any requirement of the framework";
    RiskUntreated "risk-untreated" Error Coverage "a risk without treatment"
        when "a risk to mitigate with no controls";
    RiskAboveAppetite "risk-above-appetite" Error Coverage "a residual risk above the appetite that nobody accepted"
        when "a residual level (from `residual_likelihood` × `residual_impact` when given, else `residual`; without either, the inherent level) above the organisation's `risk_appetite`, not accepted by a role on a date";
    SystemWithoutImpactAssessment "system-without-impact-assessment" Error Coverage "an AI system in scope of ISO/IEC 42001 without an impact assessment"
        when "an AI system while ISO/IEC 42001 is in scope, with no impact assessment";
    AssessmentOverdue "assessment-overdue" Warning Coverage "an assessment past its review date"
        when "an assessment past `date` + `review_every`";
    SystemWithoutRisk "system-without-risk" Warning Coverage "an AI system with no risk recorded"
        when "an AI system with no risk recorded";
    ProhibitedSystem "prohibited-system" Error Coverage "a prohibited AI system that is not retired"
        when "a system classified `prohibited` under the EU AI Act that is not retired";
    ClaimOverstated "claim-overstated" Error Status "published prose claims a stronger status than the spec"
        when "published prose claims a stronger status than the spec: \"ISO 42001 certified\" while planned, \"ISO 27001 compliant\" while in progress, \"aligned with X\" while X is only planned, \"fully compliant with the EU AI Act\" while applicable obligations are gaps";
    ClaimUnderstated "claim-understated" Warning Status "published prose claims a weaker status than the spec"
        when "prose claims a weaker status than the spec (\"working towards\", \"not yet certified\" or \"expired\" while achieved: stale copy)";
    ClaimUnbacked "claim-unbacked" Error Status "published prose claims a certification the spec does not have"
        when "prose claims a certification or report the spec does not record, or a certificate for a framework that issues none (NIST AI RMF, EU AI Act)";
    ClaimAmbiguous "claim-ambiguous" Warning Status "published prose uses wording that blurs the status"
        when "\"aligned with X\" while X is in progress or lapsed; \"SOC 2 certified/compliant\" while a SOC 2 report is held (SOC 2 is an attestation report)";
    ClaimMismatch "claim-mismatch" Error Status "published prose states a date, number, body or report type that contradicts the spec"
        when "an achieved claim whose expiry, certificate number, body, issue date or first-certified year contradicts the record, or a SOC 2 Type 2 claim against a Type 1 report";
    InternalAuditOverdue "internal-audit-overdue" Warning Records "the latest internal audit is older than the audit programme's interval"
        when "the latest `internal_audit` of an in-scope management system is older than its interval (12 months unless `every:` says otherwise)";
    ManagementReviewOverdue "management-review-overdue" Warning Records "the latest management review is older than its interval"
        when "the latest `management_review` is older than its interval";
    NonconformityOverdue "nonconformity-overdue" Warning Records "a nonconformity past its due date and not closed"
        when "a `nonconformity` past its `due` date and not closed";
    CertifiedWithoutAudit "certified-without-audit" Error Records "an achieved certification with no internal audit or management review in its cycle"
        when "an achieved ISO/IEC 42001 or 27001 certification with no internal audit or no management review in the last surveillance interval";
    SupplierAssuranceExpired "supplier-assurance-expired" Warning Records "a supplier's certificate or report that a control relies on has expired"
        when "that supplier's certificate or report has expired (an error when the control backs an achieved certification)";
    SupplierAssuranceExpiring "supplier-assurance-expiring" Warning Records "a supplier's certificate or report that a control relies on expires soon"
        when "it expires within `expiring_within_days` (an error when the control backs an achieved certification)";
    SupplierAssuranceMissing "supplier-assurance-missing" Warning Records "a control relies on a supplier with no current assurance for the framework it satisfies"
        when "a control `relies_on` a supplier with no `assurance` for a framework the control satisfies";
    SelfAssessmentOverdue "self-assessment-overdue" Error Records "a published self-assessment (NHS DSPT) older than its yearly interval"
        when "an achieved self-assessment (NHS DSPT) published more than 12 months ago; a warning shortly before";
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
