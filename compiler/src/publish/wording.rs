//! The honest words for one framework: the sentences a trust page may print about a
//! certification or attestation, written from the spec's own facts.
//!
//! This is the one place that turns a status into prose, so the trust statement, the
//! badges' screen-reader titles and the editor's "replace with the honest statement"
//! quick fix say the same thing. The wording is deliberately plain and conservative:
//! each sentence that names the framework carries exactly the status the spec
//! records ("We hold …", "… is in progress", "We plan to seek …", "… has lapsed"),
//! and the facts around it (dates, numbers, bodies) sit in sentences that do not name
//! it, so no reader can take a date for a stronger claim. Words that blur a status
//! ("aligned with", "compliant", "working towards", "-ready") are never used.

use jiff::civil::Date;
use serde::Serialize;

use crate::semantic::model::Decl;
use crate::semantic::rules::claims::Status;
use crate::semantic::values;
use crate::syntax::ast::Item;

/// Whether a status is recorded as a certification or as an attestation report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    Certification,
    Attestation,
}

/// The facts of one `certification` or `attestation`, as written in the spec.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Facts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accreditation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_audit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// What the certificate covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// `type1` or `type2` (attestations).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auditor: Option<String>,
}

impl Facts {
    /// Reads the facts of a `certification` or `attestation` declaration.
    pub fn read(decl: &Decl) -> Facts {
        let item = &decl.item;
        Facts {
            certificate: text(item, "certificate"),
            body: text(item, "body"),
            accreditation: text(item, "accreditation"),
            issued: text(item, "issued"),
            expires: text(item, "expires"),
            last_audit: text(item, "last_audit"),
            since: text(item, "since"),
            target: text(item, "target"),
            scope: text(item, "scope"),
            report_type: text(item, "type"),
            period: text(item, "period"),
            report_date: text(item, "report_date"),
            auditor: text(item, "auditor"),
        }
    }

    /// The expiry date, when it is a calendar date.
    pub fn expires_on(&self) -> Option<Date> {
        self.expires.as_deref().and_then(values::parse_date)
    }

    /// "Type 1" or "Type 2", for an attestation report.
    pub fn report_type_label(&self) -> Option<&'static str> {
        match self.report_type.as_deref() {
            Some("type1") => Some("Type 1"),
            Some("type2") => Some("Type 2"),
            _ => None,
        }
    }
}

/// A field's value as written, trimmed; `None` when it is blank.
fn text(item: &Item, field: &str) -> Option<String> {
    values::as_written(&item.field(field)?.value)
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// Where a framework stands, in one or two words: for headings and badges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Achieved,
    InProgress,
    Planned,
    Lapsed,
    /// Recorded as achieved, but the certificate expired before the as-of date.
    Expired,
    /// In scope, with no certification or attestation recorded.
    NotRecorded,
}

impl Standing {
    pub fn of(status: Option<Status>, facts: &Facts, as_of: Date) -> Standing {
        match status {
            Some(Status::Achieved) if facts.expires_on().is_some_and(|e| e < as_of) => {
                Standing::Expired
            }
            Some(Status::Achieved) => Standing::Achieved,
            Some(Status::InProgress) => Standing::InProgress,
            Some(Status::Planned) => Standing::Planned,
            Some(Status::Lapsed) => Standing::Lapsed,
            None => Standing::NotRecorded,
        }
    }

    /// The short label: "achieved", "in progress", "planned", "lapsed", "expired",
    /// "in scope".
    pub fn label(self) -> &'static str {
        match self {
            Standing::Achieved => "achieved",
            Standing::InProgress => "in progress",
            Standing::Planned => "planned",
            Standing::Lapsed => "lapsed",
            Standing::Expired => "expired",
            Standing::NotRecorded => "in scope",
        }
    }

    /// The word used in JSON and CSS classes.
    pub fn word(self) -> &'static str {
        match self {
            Standing::Achieved => "achieved",
            Standing::InProgress => "in_progress",
            Standing::Planned => "planned",
            Standing::Lapsed => "lapsed",
            Standing::Expired => "expired",
            Standing::NotRecorded => "not_recorded",
        }
    }
}

/// What the statement says about one framework.
pub struct Subject<'a> {
    /// The framework's familiar name: "ISO/IEC 27001".
    pub name: &'a str,
    /// Whether the framework issues certificates (or attestation reports).
    pub certifiable: bool,
    pub record: Option<Record>,
    pub standing: Standing,
    pub facts: &'a Facts,
}

/// The honest sentences for one framework, in order.
pub fn sentences(subject: &Subject<'_>) -> Vec<String> {
    let fw = subject.name;
    let f = subject.facts;
    let mut out = Vec::new();
    let attestation = subject.record == Some(Record::Attestation);
    let kind = f
        .report_type_label()
        .map_or_else(|| format!("{fw} report"), |t| format!("{fw} {t} report"));
    match subject.standing {
        Standing::Achieved if attestation => {
            let mut s = format!("We have a {kind}");
            if let Some(auditor) = &f.auditor {
                s.push_str(&format!(" from {auditor}"));
            }
            s.push('.');
            out.push(s);
            let mut facts = Vec::new();
            if let Some(date) = &f.report_date {
                facts.push(format!("Report date: {date}."));
            }
            if let Some(period) = &f.period {
                facts.push(format!("Period covered: {period}."));
            }
            out.extend(facts);
        }
        Standing::Achieved => {
            out.push(format!("We hold {fw} certification."));
            let mut s = String::new();
            if let Some(cert) = &f.certificate {
                s.push_str(&format!("Certificate {cert}"));
            } else {
                s.push_str("Certificate");
            }
            match (&f.body, &f.accreditation) {
                (Some(body), Some(acc)) => {
                    s.push_str(&format!(", issued by {body} ({acc}-accredited)"))
                }
                (Some(body), None) => s.push_str(&format!(", issued by {body}")),
                _ => {}
            }
            if let Some(issued) = &f.issued {
                s.push_str(&format!(" on {issued}"));
            }
            if let Some(expires) = &f.expires {
                s.push_str(&format!(", valid until {expires}"));
            }
            if s != "Certificate" {
                s.push('.');
                out.push(s);
            }
            if let Some(audit) = &f.last_audit {
                out.push(format!("Last surveillance audit: {audit}."));
            }
            if let Some(scope) = &f.scope {
                out.push(format!("Scope of the certificate: {}.", trim_stop(scope)));
            }
        }
        Standing::Expired => out.push(with_expiry(
            format!("{fw} certification is not current"),
            f.expires.as_deref(),
        )),
        Standing::InProgress => {
            if attestation {
                out.push(format!("A {kind} is in progress."));
            } else {
                out.push(format!("{fw} certification is in progress."));
            }
            if let Some(since) = &f.since {
                out.push(format!("Started: {since}."));
            }
            if let Some(target) = &f.target {
                out.push(format!("Target date: {target}."));
            }
        }
        Standing::Planned => {
            if attestation {
                out.push(format!("We plan to obtain a {kind}."));
            } else {
                out.push(format!("We plan to seek {fw} certification."));
            }
            if let Some(target) = &f.target {
                out.push(format!("Target date: {target}."));
            }
        }
        Standing::Lapsed => {
            let what = if attestation {
                kind.clone()
            } else {
                format!("{fw} certification")
            };
            out.push(with_expiry(
                format!("{what} has lapsed"),
                f.expires.as_deref(),
            ));
        }
        Standing::NotRecorded => {
            out.push(format!("{fw} is in the scope of our management system."));
            if subject.certifiable {
                out.push("No certification or attestation report is recorded.".to_owned());
            }
        }
    }
    out
}

/// "`sentence`: the certificate expired on `expires`." (without the date when it
/// is not recorded).
fn with_expiry(sentence: String, expires: Option<&str>) -> String {
    match expires {
        Some(expires) => format!("{sentence}: the certificate expired on {expires}."),
        None => format!("{sentence}."),
    }
}

/// What to say about a framework the spec records no certification or attestation
/// of: that there is none.
pub fn unrecorded(name: &str) -> String {
    format!("We do not hold {name} certification.")
}

fn trim_stop(text: &str) -> &str {
    text.trim().trim_end_matches('.')
}

/// The honest sentences as one paragraph.
pub fn paragraph(subject: &Subject<'_>) -> String {
    sentences(subject).join(" ")
}
