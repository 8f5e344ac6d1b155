//! Published self-assessments (the NHS Data Security and Protection Toolkit): a
//! framework whose catalogue says `self_assessment: true` is not certified by anyone;
//! the organisation publishes its own assessment every `assessment_every`. Its
//! status rules replace the certificate rules:
//!
//! - `missing-field`: an achieved self-assessment without `issued`, its publication
//!   date;
//! - `self-assessment-overdue`: the publication is older than the interval, so the
//!   status is no longer achieved (an error), or it falls due within the expiry
//!   warning window (a warning).
//!
//! Coverage gaps (`achieved-with-gaps`) are checked as for certifications.

use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::semantic::rules::claims::{self, Status, display_name};
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    let as_of = cx.settings.as_of;
    for claim in claims::claims(cx.model) {
        let (Some((name, _)), Some((Status::Achieved, status_range))) =
            (claim.framework, claim.status)
        else {
            continue;
        };
        let Some(framework) = cx.catalogue.framework(name) else {
            continue;
        };
        if !framework.self_assessment || claim.is_attestation() {
            continue;
        }
        let fw = display_name(framework);
        let decl = claim.decl;
        let Some((published, range)) = claim.date("issued") else {
            out.push(
                Diagnostic::new(
                    Code::MissingField,
                    &decl.file,
                    status_range,
                    format!(
                        "`{}` says the {fw} self-assessment is achieved, so it needs `issued`, the date it was published",
                        decl.name()
                    ),
                )
                .with_help("add `issued: 2026-06-20` (the publication date shown by the toolkit)"),
            );
            continue;
        };
        let Some(every) = framework.assessment_every else {
            continue;
        };
        let Some(due) = every.after(published) else {
            continue;
        };
        let days = as_of
            .until((jiff::Unit::Day, due))
            .map_or(0, |s| i64::from(s.get_days()));
        let window = i64::from(cx.settings.expiring_within_days);
        if due < as_of {
            out.push(
                Diagnostic::new(
                    Code::SelfAssessmentOverdue,
                    &decl.file,
                    status_range,
                    format!(
                        "the {fw} self-assessment `{}` was published on {published}; a new one was due by {due}, so it is no longer achieved as of {as_of}",
                        decl.name()
                    ),
                )
                .with_label(&decl.file, range, format!("published on {published}"))
                .with_help(format!(
                    "publish this year's assessment and update `issued`, or change the status to `lapsed`; it must be republished every {every}"
                ))
                .with_fix("change the status to `lapsed`", &decl.file, status_range, "lapsed"),
            );
        } else if days <= window {
            out.push(
                Diagnostic::new(
                    Code::SelfAssessmentOverdue,
                    &decl.file,
                    range,
                    format!(
                        "the {fw} self-assessment `{}` must be published again by {due}, in {days} days",
                        decl.name()
                    ),
                )
                .with_severity(Severity::Warning)
                .with_help(format!(
                    "plan this year's submission; this warning appears {window} days ahead (`expiring_within_days` in aims.toml)"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::semantic::rules::testing::{check, lines};

    const CODES: &[Code] = &[
        Code::SelfAssessmentOverdue,
        Code::MissingField,
        Code::NotCertifiable,
        Code::CertificateIncomplete,
    ];

    fn spec(fields: &str) -> String {
        format!("certification dspt {{ framework: nhs_dspt, status: achieved{fields} }}\n")
    }

    #[test]
    fn a_current_publication_is_quiet_and_needs_no_certificate() {
        assert!(check(&spec(", issued: 2026-06-20"), "2026-11-28", CODES).is_empty());
    }

    #[test]
    fn an_achieved_self_assessment_needs_its_publication_date() {
        assert_eq!(
            lines(&check(&spec(""), "2026-11-28", CODES)),
            [
                "error missing-field: `dspt` says the NHS Data Security and Protection Toolkit self-assessment is achieved, so it needs `issued`, the date it was published"
            ]
        );
    }

    #[test]
    fn a_publication_older_than_a_year_is_overdue_and_warned_before() {
        let s = spec(", issued: 2025-06-20");
        assert_eq!(
            lines(&check(&s, "2026-06-21", CODES)),
            [
                "error self-assessment-overdue: the NHS Data Security and Protection Toolkit self-assessment `dspt` was published on 2025-06-20; a new one was due by 2026-06-20, so it is no longer achieved as of 2026-06-21"
            ]
        );
        assert_eq!(
            lines(&check(&s, "2026-06-10", CODES)),
            [
                "warning self-assessment-overdue: the NHS Data Security and Protection Toolkit self-assessment `dspt` must be published again by 2026-06-20, in 10 days"
            ]
        );
    }
}
