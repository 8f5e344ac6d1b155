//! The certification status section: one row per certification and attestation,
//! with the plain sentence a trust page could print about it.

use jiff::civil::Date;
use serde::Serialize;

use super::opt;
use crate::report::model::{
    AttestationReport, AttestationType, CertificationReport, CertificationStatus, FrameworkReport,
    Report,
};
use crate::semantic::values::DateLike;

#[derive(Clone, Debug, Serialize)]
pub struct CertificationRow {
    /// `certification` or `attestation`.
    pub kind: String,
    pub name: String,
    pub framework: String,
    pub framework_title: String,
    pub status: String,
    /// "Achieved", "In progress", "Planned", "Lapsed".
    pub status_label: String,
    /// One plain sentence a trust page could print.
    pub statement: String,
    pub certificate: String,
    pub body: String,
    pub issued: String,
    pub expires: String,
    pub target: String,
}

/// "Achieved", "In progress", "Planned", "Lapsed", or "Unknown" when the status is
/// missing or not a status word.
pub fn status_label(status: Option<CertificationStatus>) -> &'static str {
    match status {
        Some(CertificationStatus::Achieved) => "Achieved",
        Some(CertificationStatus::InProgress) => "In progress",
        Some(CertificationStatus::Planned) => "Planned",
        Some(CertificationStatus::Lapsed) => "Lapsed",
        None => "Unknown",
    }
}

/// Every certification, then every attestation, in the spec's order.
pub fn certification_rows(report: &Report) -> Vec<CertificationRow> {
    let framework = |name: &str| report.frameworks.iter().find(|f| f.name == name);
    // What every row says of its declaration, whichever kind it is.
    let row =
        |kind: &str, name: &str, framework_name: &str, status: Option<CertificationStatus>| {
            CertificationRow {
                kind: kind.into(),
                name: name.to_owned(),
                framework: framework_name.to_owned(),
                framework_title: framework(framework_name)
                    .map_or_else(|| framework_name.to_owned(), |f| f.title.clone()),
                status: status.map_or_else(String::new, |s| s.to_string()),
                status_label: status_label(status).to_owned(),
                statement: String::new(),
                certificate: String::new(),
                body: String::new(),
                issued: String::new(),
                expires: String::new(),
                target: String::new(),
            }
        };
    let certifications = report.certifications.iter().map(|c| CertificationRow {
        statement: certification_statement(c, framework(&c.framework), report.as_of),
        certificate: opt(&c.certificate),
        body: opt(&c.body),
        issued: opt(&c.issued),
        expires: opt(&c.expires),
        target: opt(&c.target),
        ..row("certification", &c.name, &c.framework, c.status)
    });
    let attestations = report.attestations.iter().map(|a| CertificationRow {
        statement: attestation_statement(a),
        certificate: a.report_type.map_or_else(String::new, |t| t.to_string()),
        body: opt(&a.auditor),
        issued: opt(&a.report_date),
        target: opt(&a.target),
        ..row("attestation", &a.name, &a.framework, a.status)
    });
    certifications.chain(attestations).collect()
}

/// " Target: 2027-Q4." after a statement, or nothing without a target.
fn target_sentence(target: Option<DateLike>) -> String {
    target.map(|t| format!(" Target: {t}.")).unwrap_or_default()
}

/// The plain sentence for a certification, as a trust page should say it.
pub fn certification_statement(
    c: &CertificationReport,
    framework: Option<&FrameworkReport>,
    as_of: Date,
) -> String {
    let target = target_sentence(c.target);
    match c.status {
        Some(CertificationStatus::Achieved) => {
            let mut s = String::from("Certified");
            if let Some(body) = &c.body {
                s.push_str(&format!(" by {body}"));
                if let Some(acc) = &c.accreditation {
                    s.push_str(&format!(" ({acc}-accredited)"));
                }
            }
            s.push('.');
            if let Some(cert) = &c.certificate {
                s.push_str(&format!(" Certificate {cert}"));
                if let Some(issued) = c.issued {
                    s.push_str(&format!(", issued {issued}"));
                }
                if let Some(expires) = c.expires {
                    s.push_str(&format!(", valid until {expires}"));
                }
                s.push('.');
            }
            if let Some(audit) = c.last_audit {
                s.push_str(&format!(" Last audit {audit}."));
            }
            if let Some(every) = framework.and_then(|f| f.surveillance_every) {
                s.push_str(&format!(" Surveillance audits are due every {every}."));
            }
            match c.expires {
                Some(expires) if expires < as_of => format!(
                    "Recorded as achieved, but the certificate expired on {expires}: it is not current. {s}"
                ),
                _ => s,
            }
        }
        Some(CertificationStatus::InProgress) => {
            let since = c.since.map(|d| format!(" since {d}")).unwrap_or_default();
            format!(
                "Not yet certified: work toward certification has been under way{since}.{target}"
            )
        }
        Some(CertificationStatus::Planned) => {
            format!("Not certified: certification is planned.{target}")
        }
        Some(CertificationStatus::Lapsed) => {
            let expired = c.expires.map(|d| format!(" on {d}")).unwrap_or_default();
            format!("Not certified: the certificate lapsed{expired}.")
        }
        None => "Status not recorded.".to_owned(),
    }
}

/// The plain sentence for an attestation (a SOC 2 report).
pub fn attestation_statement(a: &AttestationReport) -> String {
    let kind = match a.report_type {
        Some(AttestationType::Type1) => "Type 1 report",
        Some(AttestationType::Type2) => "Type 2 report",
        None => "attestation report",
    };
    let target = target_sentence(a.target);
    match a.status {
        Some(CertificationStatus::Achieved) => {
            let mut s = format!("A {kind} has been issued");
            if let Some(auditor) = &a.auditor {
                s.push_str(&format!(" by {auditor}"));
            }
            if let Some(date) = a.report_date {
                s.push_str(&format!(" on {date}"));
            }
            if let Some(period) = &a.period {
                s.push_str(&format!(", covering {period}"));
            }
            s.push('.');
            s
        }
        Some(CertificationStatus::InProgress) => {
            format!("No {kind} yet: the audit is in progress.{target}")
        }
        Some(CertificationStatus::Planned) => format!("No {kind}: an audit is planned.{target}"),
        Some(CertificationStatus::Lapsed) => format!("The last {kind} is out of date."),
        None => "Status not recorded.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::report_of;

    const SPEC: &str = r#"
certification isms "ISMS" { framework: iso27001, status: achieved, certificate: "GB-1", body: "Cert Ltd", accreditation: UKAS, issued: 2023-11-01, expires: 2026-10-31, last_audit: 2025-11-01 }
certification ce "CE" { framework: cyber_essentials, status: planned, target: 2027-Q2 }
certification ai "AI" { framework: iso42001, status: in_progress, since: 2026-03-01, target: 2027-01 }
attestation soc "SOC" { framework: soc2, status: achieved, type: type2, auditor: "Audit LLP", report_date: 2026-06-30, period: "2025-07-01 to 2026-06-30" }
"#;

    #[test]
    fn certifications_are_stated_plainly() {
        let rows = certification_rows(&report_of(SPEC));
        let statement = |name: &str| {
            rows.iter()
                .find(|c| c.name == name)
                .map(|c| (c.status_label.as_str(), c.statement.as_str()))
                .unwrap()
        };
        let (label, isms) = statement("isms");
        assert_eq!(label, "Achieved");
        assert!(
            isms.starts_with("Recorded as achieved, but the certificate expired on 2026-10-31: it is not current. Certified by Cert Ltd (UKAS-accredited). Certificate GB-1, issued 2023-11-01, valid until 2026-10-31. Last audit 2025-11-01."),
            "{isms}"
        );
        assert_eq!(
            statement("ce"),
            (
                "Planned",
                "Not certified: certification is planned. Target: 2027-Q2."
            )
        );
        assert_eq!(
            statement("ai"),
            (
                "In progress",
                "Not yet certified: work toward certification has been under way since 2026-03-01. Target: 2027-01."
            )
        );
        assert_eq!(
            statement("soc"),
            (
                "Achieved",
                "A Type 2 report has been issued by Audit LLP on 2026-06-30, covering 2025-07-01 to 2026-06-30."
            )
        );
        // Attestations follow certifications, and show their report type.
        assert_eq!(
            rows.last()
                .map(|r| (r.kind.as_str(), r.certificate.as_str())),
            Some(("attestation", "type2"))
        );
    }

    #[test]
    fn a_status_outside_the_set_is_not_recorded() {
        let rows = certification_rows(&report_of(
            "certification x \"X\" { framework: iso27001, status: done }\n",
        ));
        assert_eq!(
            (
                rows[0].status.as_str(),
                rows[0].status_label.as_str(),
                rows[0].statement.as_str()
            ),
            ("", "Unknown", "Status not recorded.")
        );
    }
}
