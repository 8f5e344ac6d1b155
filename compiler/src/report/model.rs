//! The report model: plain, serialisable data describing a workspace on its as-of
//! date. The JSON report is this model serialised; the HTML, Markdown, CSV and XLSX
//! renderers read the same structs, so every format shows the same facts.
//!
//! Conventions: every key is always present (absent facts are `null`, absent lists
//! are `[]`); dates are `YYYY-MM-DD` strings; month and quarter targets are kept as
//! written (`2027-01`, `2027-Q4`); durations are written as in the spec (`6 months`).
//! In Rust the facts are typed: dates are `jiff` dates, statuses, levels and scales
//! are the language's word enums (`semantic::words`), each serialised as the string
//! the contract gives; a word or date the checks reject is `null`.
//! Lists follow the spec's order (files by path, then source order), except
//! frameworks, which are sorted by name, and name lists derived by the compiler,
//! which are sorted.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::Date;
use serde::Serialize;

pub use super::management::{
    AssuranceReport, ManagementReport, NonconformityReport, RecordReport, SupplierReport,
};
use crate::catalog::describe::Assurance;
/// A requirement, a group, a crosswalk link and a system's EU AI Act classification
/// are reported as coverage computes them.
pub use crate::semantic::coverage::{
    ControlRef, Counts, EuClassification as EuAiActReport, ExclusionRef,
    GroupCoverage as GroupReport, MappedFrom as MappedFromReport,
    RequirementCoverage as RequirementReport, State,
};
use crate::semantic::values::{DateLike, Duration};
pub use crate::semantic::words::{
    AttestationType, CertificationStatus, ControlStatus, EuRole, EuTier, Impact, Lifecycle,
    Likelihood, RiskLevel, Treatment,
};

/// The version of the JSON report format. It changes only when a key is removed or
/// changes meaning; new keys may be added within a version.
pub const REPORT_VERSION: u32 = 1;

/// A whole report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Report {
    /// The report format version, [`REPORT_VERSION`].
    pub version: u32,
    /// The date every check is relative to, `YYYY-MM-DD`.
    pub as_of: Date,
    /// The workspace root folder's name (not its full path, so reports made on
    /// different machines are identical).
    pub workspace: String,
    /// The `organisation` declaration, if there is one.
    pub organisation: Option<OrganisationReport>,
    /// Every framework of the catalogue (built-in and user-written), by name.
    pub frameworks: Vec<FrameworkReport>,
    /// Every `certification` declaration.
    pub certifications: Vec<CertificationReport>,
    /// Every `attestation` declaration (SOC 2 reports).
    pub attestations: Vec<AttestationReport>,
    /// The AI system inventory.
    pub systems: Vec<SystemReport>,
    /// The risk register.
    pub risks: Vec<RiskReport>,
    /// Every control.
    pub controls: Vec<ControlReport>,
    /// Every evidence record, with its freshness on the as-of date.
    pub evidence: Vec<EvidenceReport>,
    /// Every supplier with the certificates and reports it holds.
    pub suppliers: Vec<SupplierReport>,
    /// Internal audits, management reviews and nonconformities.
    pub management: ManagementReport,
    /// How many diagnostics `aims check` reports for the same workspace and date.
    pub diagnostics: DiagnosticsSummary,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct OrganisationReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// `jurisdiction`, as written.
    pub jurisdiction: Option<String>,
    /// The frameworks in `scope`.
    pub scope: Vec<String>,
    /// `risk_appetite`: `low`, `medium`, `high` or `critical`.
    pub risk_appetite: Option<RiskLevel>,
}

/// The coverage of one framework.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FrameworkReport {
    /// The framework's name, e.g. `iso42001`.
    pub name: String,
    /// Its title, e.g. "ISO/IEC 42001:2023 Artificial intelligence — Management system".
    pub title: String,
    /// Whether coverage is checked: the organisation lists it in `scope`, or a
    /// certification or attestation of it is `in_progress` or `achieved`.
    pub in_scope: bool,
    /// Whether certificates are issued against it.
    pub certifiable: bool,
    /// Whether assurance is an attestation report (SOC 2) rather than a certificate.
    pub attestation: bool,
    /// How it is assured, as the catalogue describes it (`catalog::describe`); the
    /// views say it in the catalogue's words. The JSON gives `certifiable` and
    /// `attestation` instead.
    #[serde(skip)]
    pub assurance: Assurance,
    /// Whether a certification or attestation of it is `achieved`.
    pub achieved: bool,
    /// How long a certificate is valid, e.g. `3 years`.
    pub certificate_valid: Option<Duration>,
    /// How often surveillance audits are due, e.g. `12 months`.
    pub surveillance_every: Option<Duration>,
    /// A prerequisite certification's framework (`cyber_essentials` for Plus).
    pub requires: Option<String>,
    /// How recent the prerequisite must be, e.g. `3 months`.
    pub requires_within: Option<Duration>,
    /// Requirements per state. `not_applicable` counts requirements whose
    /// `applies_to` conditions no system meets or whose `applies_from` date is later.
    pub counts: Counts,
    /// Every group (heading) of the catalogue in order, with counts over the
    /// requirements inside it at any depth.
    // Shared with the coverage query's result rather than copied from it.
    #[serde(serialize_with = "shared_list")]
    #[schemars(with = "Vec<GroupReport>")]
    pub groups: Arc<[GroupReport]>,
    /// Every requirement in catalogue order.
    #[serde(serialize_with = "shared_list")]
    #[schemars(with = "Vec<RequirementReport>")]
    pub requirements: Arc<[RequirementReport]>,
}

/// Serialises a shared list as the JSON array it holds.
fn shared_list<T: Serialize, S: serde::Serializer>(
    list: &Arc<[T]>,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(list.iter())
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CertificationReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// The framework certified against.
    pub framework: String,
    /// `planned`, `in_progress`, `achieved` or `lapsed` (`""` when it is missing or
    /// not a status word).
    #[serde(serialize_with = "text::or_empty")]
    #[schemars(with = "String")]
    pub status: Option<CertificationStatus>,
    /// The certificate number.
    pub certificate: Option<String>,
    /// The certification body.
    pub body: Option<String>,
    /// The body's accreditation, e.g. `UKAS`.
    pub accreditation: Option<String>,
    /// When the certificate was issued.
    pub issued: Option<Date>,
    /// When it expires.
    pub expires: Option<Date>,
    /// The last certification or surveillance audit.
    pub last_audit: Option<Date>,
    /// The target date, month or quarter, as written.
    pub target: Option<DateLike>,
    /// When work toward it started.
    pub since: Option<Date>,
    /// The accountable role.
    pub owner: Option<String>,
    /// The certificate's scope statement.
    pub scope: Option<String>,
    /// Names of the evidence backing it.
    pub evidence: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AttestationReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// The framework attested against (e.g. `soc2`).
    pub framework: String,
    /// `planned`, `in_progress`, `achieved` or `lapsed` (`""` when it is missing or
    /// not a status word).
    #[serde(serialize_with = "text::or_empty")]
    #[schemars(with = "String")]
    pub status: Option<CertificationStatus>,
    /// `type1` or `type2`.
    #[serde(rename = "type")]
    pub report_type: Option<AttestationType>,
    /// The period a Type 2 report covers, as written.
    pub period: Option<String>,
    /// The date of the report.
    pub report_date: Option<Date>,
    /// The audit firm.
    pub auditor: Option<String>,
    /// When work toward it started.
    pub since: Option<Date>,
    /// The target date, month or quarter, as written.
    pub target: Option<DateLike>,
    /// The accountable role.
    pub owner: Option<String>,
    /// Names of the evidence backing it.
    pub evidence: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SystemReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// The accountable role.
    pub owner: Option<String>,
    /// `concept`, `development`, `validation`, `production` or `retired`.
    pub lifecycle: Option<Lifecycle>,
    /// What the system is for.
    pub purpose: Option<String>,
    /// The classification under the EU AI Act, if recorded.
    pub eu_ai_act: Option<EuAiActReport>,
    /// Its AI system impact assessment: the `impact_assessment` field, else the
    /// first impact assessment naming the system.
    pub impact_assessment: Option<AssessmentReport>,
    /// Names of the risks recorded against it.
    pub risks: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AssessmentReport {
    /// The assessment's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// When it was completed.
    pub date: Option<Date>,
    /// How often it must be reviewed, as written.
    pub review_every: Option<String>,
    /// `date` + `review_every`.
    pub next_review: Option<Date>,
    /// Whether `next_review` is before the as-of date.
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct RiskReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// The AI system it concerns.
    pub system: Option<String>,
    /// The accountable role.
    pub owner: Option<String>,
    /// The likelihood word (`rare` … `almost_certain`).
    pub likelihood: Option<Likelihood>,
    /// The likelihood's score, 1–5.
    pub likelihood_score: Option<u8>,
    /// The impact word (`negligible` … `severe`).
    pub impact: Option<Impact>,
    /// The impact's score, 1–5.
    pub impact_score: Option<u8>,
    /// likelihood × impact, 1–25.
    pub inherent_score: Option<u8>,
    /// The inherent level: `low` (1–4), `medium` (5–9), `high` (10–16), `critical` (17–25).
    pub inherent_level: Option<RiskLevel>,
    /// The residual level: the level of `residual_score` when the risk gives
    /// `residual_likelihood` and `residual_impact`, otherwise the `residual` word as
    /// written, or `null` when it gives neither.
    pub residual: Option<RiskLevel>,
    /// The likelihood after treatment (`rare` … `almost_certain`), or `null`.
    pub residual_likelihood: Option<Likelihood>,
    /// The impact after treatment (`negligible` … `severe`), or `null`.
    pub residual_impact: Option<Impact>,
    /// residual likelihood × residual impact, 1–25; `null` unless both are given.
    pub residual_score: Option<u8>,
    /// `mitigate`, `accept`, `avoid` or `transfer`.
    pub treatment: Option<Treatment>,
    /// Names of the controls that treat it.
    pub controls: Vec<String>,
    /// The role that accepted the residual risk.
    pub accepted_by: Option<String>,
    /// When it was accepted.
    pub accepted_on: Option<Date>,
    /// Whether the residual level (the inherent level when no residual is given)
    /// is above the organisation's risk appetite.
    pub above_appetite: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ControlReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// The accountable role.
    pub owner: Option<String>,
    /// `planned`, `in_progress` or `implemented`.
    pub status: Option<ControlStatus>,
    /// The requirement paths it satisfies, as written (`iso42001.A.6.2.4`).
    pub satisfies: Vec<String>,
    /// Names of its evidence.
    pub evidence: Vec<String>,
    /// Whether at least one of its evidence records is current.
    pub has_current_evidence: bool,
    /// Names of the risks whose `controls` list it, sorted.
    pub treats: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct EvidenceReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// When the record was made.
    pub date: Option<Date>,
    /// How long it stays current, as written.
    pub valid_for: Option<String>,
    /// The last day it is current (`date` + `valid_for`); `null` if it does not go
    /// stale.
    pub expires_on: Option<Date>,
    /// Whether it is current on the as-of date.
    pub current: bool,
    /// Days from the as-of date to `expires_on` (0 on the last current day,
    /// negative once stale); `null` if it does not go stale.
    pub days_left: Option<i64>,
    /// The file, as written (relative to the spec file that names it).
    pub file: Option<String>,
    /// The same file relative to the workspace root (`/`-separated), or `null` when
    /// there is no file or its path leaves the workspace.
    pub path: Option<String>,
    /// Where the record lives, if not in the workspace.
    pub url: Option<String>,
    /// The expected SHA-256 of `file`.
    pub sha256: Option<String>,
    /// Names of the controls, certifications, attestations and assessments that
    /// cite it, sorted.
    pub cited_by: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DiagnosticsSummary {
    /// How many errors.
    pub errors: usize,
    /// How many warnings.
    pub warnings: usize,
    /// How many notes.
    pub notes: usize,
    /// How many diagnostics of each code, by name.
    pub by_code: BTreeMap<String, usize>,
}

/// Serialisers that write a typed fact as the string the JSON contract gives it.
pub(super) use crate::semantic::json as text;
