//! The management system's own records on the as-of date:
//!
//! - `internal-audit-overdue` / `management-review-overdue`: the latest internal audit
//!   (or management review) of an in-scope framework whose catalogue is met by such
//!   records is older than its interval (`every`, 12 months unless the spec says
//!   otherwise);
//! - `nonconformity-overdue`: a nonconformity past its `due` date and not closed;
//! - `certified-without-audit`: an achieved certification of such a framework with
//!   no internal audit or no management review within its cycle (the framework's
//!   surveillance interval, else its certificate validity, else 12 months).
//!
//! Which frameworks these apply to is catalogue data (`met_by_records`), not a list
//! of names here.

use std::collections::BTreeMap;

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::Framework;
use crate::semantic::records::{DEFAULT_INTERVAL, Record, Records};
use crate::semantic::rules::claims::{self, Status, display_name};
use crate::semantic::workspace_rules::CoverageContext;

pub fn check(cx: &CoverageContext<'_>, out: &mut Vec<Diagnostic>) {
    let records = Records::index(cx.model);
    overdue(cx, &records, "internal_audit", out);
    overdue(cx, &records, "management_review", out);
    nonconformities(cx, &records, out);
    certified_without_audit(cx, &records, out);
}

/// Frameworks in scope whose requirements `kind` records meet.
fn frameworks_met_by<'a>(
    cx: &'a CoverageContext<'_>,
    kind: &'a str,
) -> impl Iterator<Item = &'a Framework> + 'a {
    cx.catalogue.frameworks.values().filter(move |f| {
        f.met_by_records
            .get(kind)
            .is_some_and(|ids| !ids.is_empty())
            && cx.coverage.framework(&f.name).is_some_and(|c| c.in_scope)
    })
}

fn what(kind: &str) -> &'static str {
    if kind == "internal_audit" {
        "internal audit"
    } else {
        "management review"
    }
}

/// `internal-audit-overdue` and `management-review-overdue`: one diagnostic per
/// overdue record, naming the frameworks it was the latest for.
fn overdue(cx: &CoverageContext<'_>, records: &Records<'_>, kind: &str, out: &mut Vec<Diagnostic>) {
    let as_of = cx.settings.as_of;
    let mut late: BTreeMap<usize, (&Record<'_>, Vec<String>)> = BTreeMap::new();
    for framework in frameworks_met_by(cx, kind) {
        let Some(latest) = records.latest(kind, Some(&framework.name), as_of) else {
            continue;
        };
        if latest.next_due().is_none_or(|due| due >= as_of) {
            continue;
        }
        let position = records
            .of_kind(kind)
            .iter()
            .position(|r| std::ptr::eq(r.decl, latest.decl))
            .unwrap_or_default();
        late.entry(position)
            .or_insert_with(|| (latest, Vec::new()))
            .1
            .push(display_name(framework));
    }
    let code = if kind == "internal_audit" {
        Code::InternalAuditOverdue
    } else {
        Code::ManagementReviewOverdue
    };
    for (record, frameworks) in late.into_values() {
        let (Some(date), Some(due)) = (record.date, record.next_due()) else {
            continue;
        };
        let every = record.interval();
        let decl = record.decl;
        let mut d = Diagnostic::new(
            code,
            &decl.file,
            super::value_range(decl, "date"),
            format!(
                "the next {} of {} was due on {due} ({every} after `{}` on {date}); it is overdue as of {as_of}",
                what(kind),
                frameworks.join(" and "),
                decl.name()
            ),
        );
        if decl.item.field("every").is_some() {
            d = d.with_label(
                &decl.file,
                super::value_range(decl, "every"),
                format!("held every {every}"),
            );
        }
        out.push(d.with_help(format!(
            "hold the {} and record it as a new `{kind}` with its date{}",
            what(kind),
            if every == DEFAULT_INTERVAL {
                "; the interval is 12 months unless `every:` says otherwise"
            } else {
                ""
            }
        )));
    }
}

/// `nonconformity-overdue`.
fn nonconformities(cx: &CoverageContext<'_>, records: &Records<'_>, out: &mut Vec<Diagnostic>) {
    let as_of = cx.settings.as_of;
    for record in &records.nonconformities {
        let Some(due) = record.overdue(as_of) else {
            continue;
        };
        let decl = record.decl;
        let status = record.status().unwrap_or("open");
        out.push(
            Diagnostic::new(
                Code::NonconformityOverdue,
                &decl.file,
                super::value_range(decl, "due"),
                format!(
                    "the corrective action for nonconformity `{}` was due on {due} and it is still {} as of {as_of}",
                    decl.name(),
                    status.replace('_', " ")
                ),
            )
            .with_help(
                "close it (`status: closed` with `closed_on:`) if the corrective action is done, or agree a new `due` date and record why it moved",
            ),
        );
    }
}

/// `certified-without-audit`.
fn certified_without_audit(
    cx: &CoverageContext<'_>,
    records: &Records<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let as_of = cx.settings.as_of;
    for claim in claims::claims(cx.model) {
        if claim.is_attestation() {
            continue;
        }
        let (Some((name, _)), Some((Status::Achieved, status_range))) =
            (claim.framework, claim.status)
        else {
            continue;
        };
        let Some(framework) = cx.catalogue.framework(name) else {
            continue;
        };
        let cycle = framework
            .surveillance_every
            .or(framework.certificate_valid)
            .unwrap_or(DEFAULT_INTERVAL);
        let Some(start) = cycle.before(as_of) else {
            continue;
        };
        let missing: Vec<&str> = ["internal_audit", "management_review"]
            .into_iter()
            .filter(|kind| {
                framework
                    .met_by_records
                    .get(*kind)
                    .is_some_and(|ids| !ids.is_empty())
            })
            .filter(|kind| {
                records
                    .latest(kind, Some(name), as_of)
                    .and_then(|r| r.date)
                    .is_none_or(|d| d < start)
            })
            .collect();
        if missing.is_empty() {
            continue;
        }
        let words: Vec<&str> = missing.iter().map(|k| what(k)).collect();
        out.push(
            Diagnostic::new(
                Code::CertifiedWithoutAudit,
                &claim.decl.file,
                status_range,
                format!(
                    "the {} certification `{}` is achieved, but the spec records no {} of it between {start} and {as_of}",
                    display_name(framework),
                    claim.decl.name(),
                    words.join(" and no ")
                ),
            )
            .with_help(format!(
                "a certified management system is audited internally and reviewed by management at least every {cycle}: record them as {}",
                missing
                    .iter()
                    .map(|k| format!("`{k} NAME {{ date: …, frameworks: [{name}] }}`"))
                    .collect::<Vec<_>>()
                    .join(" and ")
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::semantic::rules::testing::{check, lines};

    const ORG: &str = "organisation o { scope: [iso27001] }\nrole ciso { holder: \"A\" }\n";
    const CODES: &[Code] = &[
        Code::InternalAuditOverdue,
        Code::ManagementReviewOverdue,
        Code::NonconformityOverdue,
        Code::CertifiedWithoutAudit,
    ];

    fn spec(extra: &str) -> String {
        format!("{ORG}{extra}")
    }

    #[test]
    fn an_audit_within_its_interval_is_not_overdue() {
        let s = spec("internal_audit ia { date: 2026-01-10, owner: ciso }\n");
        assert!(check(&s, "2027-01-10", CODES).is_empty());
    }

    #[test]
    fn an_audit_older_than_twelve_months_is_overdue() {
        let s = spec("internal_audit ia { date: 2026-01-10, owner: ciso }\n");
        assert_eq!(
            lines(&check(&s, "2027-01-11", CODES)),
            [
                "warning internal-audit-overdue: the next internal audit of ISO/IEC 27001 was due on 2027-01-10 (12 months after `ia` on 2026-01-10); it is overdue as of 2027-01-11"
            ]
        );
    }

    #[test]
    fn the_spec_sets_the_review_interval() {
        let s = spec("management_review mr { date: 2026-01-10, every: 6 months }\n");
        assert!(check(&s, "2026-07-10", CODES).is_empty());
        assert_eq!(
            lines(&check(&s, "2026-07-11", CODES)),
            [
                "warning management-review-overdue: the next management review of ISO/IEC 27001 was due on 2026-07-10 (6 months after `mr` on 2026-01-10); it is overdue as of 2026-07-11"
            ]
        );
    }

    #[test]
    fn only_the_latest_audit_counts_and_out_of_scope_frameworks_are_not_checked() {
        let s = spec(
            "internal_audit old { date: 2024-01-10 }\ninternal_audit new { date: 2026-01-10 }\ninternal_audit ai { date: 2020-01-10, frameworks: [iso42001] }\n",
        );
        assert!(check(&s, "2026-06-01", CODES).is_empty());
    }

    #[test]
    fn a_nonconformity_past_due_and_open_is_reported_and_a_closed_one_is_not() {
        let s = spec(
            "nonconformity late { raised: 2026-01-01, owner: ciso, status: in_progress, due: 2026-03-01 }\n\
             nonconformity done { raised: 2026-01-01, owner: ciso, status: closed, due: 2026-03-01, closed_on: 2026-02-20 }\n\
             nonconformity soon { raised: 2026-01-01, owner: ciso, status: open, due: 2026-06-01 }\n",
        );
        assert_eq!(
            lines(&check(&s, "2026-04-01", CODES)),
            [
                "warning nonconformity-overdue: the corrective action for nonconformity `late` was due on 2026-03-01 and it is still in progress as of 2026-04-01"
            ]
        );
    }

    const CERT: &str = "certification isms { framework: iso27001, status: achieved, certificate: \"C-1\", body: \"B\", issued: 2025-06-01, expires: 2028-05-31, last_audit: 2026-05-01 }\n";

    #[test]
    fn an_achieved_certification_needs_an_audit_and_a_review_in_its_cycle() {
        let s = spec(&format!(
            "{CERT}internal_audit ia {{ date: 2026-03-01 }}\nmanagement_review mr {{ date: 2025-01-01 }}\n"
        ));
        assert_eq!(
            lines(&check(&s, "2026-06-01", &[Code::CertifiedWithoutAudit])),
            [
                "error certified-without-audit: the ISO/IEC 27001 certification `isms` is achieved, but the spec records no management review of it between 2025-06-01 and 2026-06-01"
            ]
        );
        let s = spec(&format!(
            "{CERT}internal_audit ia {{ date: 2026-03-01 }}\nmanagement_review mr {{ date: 2026-04-01 }}\n"
        ));
        assert!(check(&s, "2026-06-01", &[Code::CertifiedWithoutAudit]).is_empty());
    }

    #[test]
    fn records_meet_clauses_9_2_9_3_and_10_2_in_coverage() {
        use crate::semantic::coverage::State;
        let s = spec(
            "internal_audit ia { date: 2026-03-01 }\nmanagement_review mr { date: 2025-01-01 }\nnonconformity nc { raised: 2026-03-01, owner: ciso, status: open, due: 2026-09-01 }\n",
        );
        let p = crate::semantic::rules::testing::project(&s, "2026-06-01");
        let coverage = crate::queries::coverage(&p.db, p.workspace);
        let state = |path: &str| coverage.requirement(path).unwrap().state;
        assert_eq!(state("iso27001.9.2.2"), State::Covered);
        assert_eq!(state("iso27001.9.3.1"), State::Partial);
        assert_eq!(state("iso27001.10.2"), State::Covered);
        assert_eq!(
            coverage.requirement("iso27001.9.2.1").unwrap().records,
            ["ia"]
        );
        // An audit of another management system does not count.
        let s = spec("internal_audit ia { date: 2026-03-01, frameworks: [iso42001] }\n");
        let p = crate::semantic::rules::testing::project(&s, "2026-06-01");
        let coverage = crate::queries::coverage(&p.db, p.workspace);
        assert_eq!(
            coverage.requirement("iso27001.9.2.1").unwrap().state,
            State::Gap
        );
        assert_eq!(
            coverage.requirement("iso42001.9.2.1").unwrap().state,
            State::Covered
        );
    }
}
