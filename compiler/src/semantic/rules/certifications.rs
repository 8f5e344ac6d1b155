//! The certification lifecycle: whether each `certification` (and `attestation`)
//! is backed by the facts its status needs, on the as-of date.
//!
//! - `missing-field`: `in_progress` needs `since` and `owner`; `lapsed` needs `expires`.
//! - `certificate-incomplete`: `achieved` without certificate, body, issued or
//!   expires (and `last_audit` where the framework has surveillance audits); an
//!   achieved attestation without its type, report date or auditor.
//! - `certificate-expired` / `certificate-expiring`: expiry against the as-of date.
//! - `certificate-validity-exceeded`: an expiry later than the framework allows.
//! - `surveillance-overdue`: the last audit older than the surveillance interval.
//! - `achieved-with-gaps`: achieved while requirements of the framework are gaps.
//! - `not-certifiable`: a certification of a framework that issues no certificates.
//! - `prerequisite-missing`: Cyber Essentials Plus without Cyber Essentials.
//! - `target-passed`, `progress-without-work`: planned and in-progress work.
//!
//! Severity follows claim strength: a gap in backing is an error under `achieved`
//! and a warning under `in_progress`. Dates are compared as calendar dates (jiff),
//! never as day counts.

use jiff::civil::Date;

use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::semantic::catalogue::Framework;
use crate::semantic::rules::claims::{self, Claim, Status, display_name};
use crate::semantic::workspace_rules::CoverageContext;
use crate::text::TextRange;

pub fn check(cx: &CoverageContext<'_>, out: &mut Vec<Diagnostic>) {
    for claim in claims::claims(cx.model) {
        let Some((framework_name, framework_range)) = claim.framework else {
            continue;
        };
        let Some(framework) = cx.catalogue.framework(framework_name) else {
            continue;
        };
        let Some((status, status_range)) = claim.status else {
            continue;
        };
        let rule = Rule {
            cx,
            claim: &claim,
            framework,
            framework_range,
            status,
            status_range,
            fw: display_name(framework),
            name: claim.decl.name().to_owned(),
        };
        rule.required_fields(out);
        if !rule.right_kind_of_claim(out) {
            continue;
        }
        rule.validity(out);
        if framework.self_assessment {
            // Published self-assessments have their own status rules
            // (`rules/self_assessment.rs`); only the coverage check is shared.
            if status == Status::Achieved {
                rule.not_yet(out);
                rule.gaps(out);
            }
            continue;
        }
        match status {
            Status::Achieved => {
                rule.incomplete(out);
                rule.not_yet(out);
                rule.gaps(out);
                rule.expiry(out);
                rule.surveillance(out);
                rule.prerequisite(out);
            }
            Status::InProgress => {
                rule.target(out);
                rule.progress(out);
                rule.prerequisite(out);
            }
            Status::Planned => rule.target(out),
            Status::Lapsed => {}
        }
    }
}

struct Rule<'a> {
    cx: &'a CoverageContext<'a>,
    claim: &'a Claim<'a>,
    framework: &'a Framework,
    framework_range: TextRange,
    status: Status,
    status_range: TextRange,
    /// The framework's familiar name.
    fw: String,
    /// The declaration's name.
    name: String,
}

impl Rule<'_> {
    fn file(&self) -> &str {
        &self.claim.decl.file
    }

    fn what(&self) -> &'static str {
        if self.claim.is_attestation() {
            "attestation"
        } else {
            "certification"
        }
    }

    fn diag(&self, code: Code, range: TextRange, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(code, self.file(), range, message)
    }

    /// `missing-field` for the facts that `in_progress` and `lapsed` need.
    fn required_fields(&self, out: &mut Vec<Diagnostic>) {
        let needed: &[(&str, &str)] = match self.status {
            Status::InProgress => &[
                ("since", "`since: 2026-09-01` (when the work started)"),
                (
                    "owner",
                    "`owner: ciso` (the role accountable for getting there)",
                ),
            ],
            Status::Lapsed => &[(
                "expires",
                "`expires: 2026-09-01` (when the certificate ran out)",
            )],
            _ => &[],
        };
        for (field, example) in needed {
            if !self.claim.has(field) {
                out.push(
                    self.diag(
                        Code::MissingField,
                        self.status_range,
                        format!(
                            "the {} `{}` is {}, so it needs `{field}`",
                            self.what(),
                            self.name,
                            self.status.phrase()
                        ),
                    )
                    .with_help(format!("add {example}")),
                );
            }
        }
    }

    /// `not-certifiable` for a certification of a framework that issues no
    /// certificates, and `invalid-value` for an attestation of one that is not
    /// attested. Returns whether the other lifecycle checks make sense.
    fn right_kind_of_claim(&self, out: &mut Vec<Diagnostic>) -> bool {
        let fw = &self.fw;
        if self.claim.is_attestation() {
            if self.framework.attestation {
                return true;
            }
            let help = if self.framework.certifiable {
                format!(
                    "{fw} is certified: record it as `certification {} {{ framework: {}, … }}`",
                    self.name, self.framework.name
                )
            } else {
                format!(
                    "{fw} has neither certificates nor attestation reports; remove this attestation and list `{}` in the organisation's `scope` to check coverage",
                    self.framework.name
                )
            };
            out.push(
                self.diag(
                    Code::InvalidValue,
                    self.framework_range,
                    format!("{fw} is not assessed by an attestation report, so `{}` cannot be an attestation", self.name),
                )
                .with_help(help),
            );
            return false;
        }
        if self.framework.certifiable || self.framework.self_assessment {
            return true;
        }
        let (why, help) = if self.framework.attestation {
            (
                format!(
                    "{fw} is an attestation report by an auditor, not a certification: there is no certificate to hold"
                ),
                format!(
                    "record it as an attestation instead:\n\n    attestation {} \"{fw} Type 2 report\" {{\n      framework: {}\n      status: achieved\n      type: type2\n      period: \"2026-01-01 to 2026-06-30\"\n      report_date: 2026-08-15\n      auditor: \"Example CPA LLP\"\n    }}",
                    self.name, self.framework.name
                ),
            )
        } else if self.framework.voluntary {
            (
                format!("{fw} is a voluntary framework: nobody issues certificates against it"),
                format!(
                    "remove this certification; to show your work against it, list `{}` in the organisation's `scope` and satisfy its subcategories with controls",
                    self.framework.name
                ),
            )
        } else if self.framework.law {
            (
                format!(
                    "{fw} is law: systems are assessed for conformity, organisations are not certified against it"
                ),
                format!(
                    "remove this certification; list `{}` in the organisation's `scope` so its obligations are checked{}",
                    self.framework.name,
                    if self.framework.items.iter().any(|i| i.applies_to.is_some()) {
                        " per AI system"
                    } else {
                        ""
                    }
                ),
            )
        } else {
            (
                format!("{fw} is not certifiable: its catalogue does not say `certifiable: true`"),
                format!(
                    "remove this certification and list `{}` in the organisation's `scope` to check coverage",
                    self.framework.name
                ),
            )
        };
        out.push(
            self.diag(
                Code::NotCertifiable,
                self.framework_range,
                format!("`{}` claims a certification, but {why}", self.name),
            )
            .with_help(help),
        );
        false
    }

    /// `certificate-incomplete`: an achieved status without the facts a buyer checks.
    fn incomplete(&self, out: &mut Vec<Diagnostic>) {
        let mut wanted: Vec<&str> = if self.claim.is_attestation() {
            vec!["type", "report_date", "auditor"]
        } else {
            vec!["certificate", "body", "issued", "expires"]
        };
        if self.claim.is_attestation() {
            let type2 = self
                .claim
                .decl
                .item
                .field("type")
                .and_then(|f| f.value.as_ident())
                == Some("type2");
            if type2 {
                wanted.push("period");
            }
        } else if self.framework.surveillance_every.is_some() {
            wanted.push("last_audit");
        }
        let missing: Vec<&str> = wanted.into_iter().filter(|f| !self.claim.has(f)).collect();
        if missing.is_empty() {
            return;
        }
        let list = missing
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let example = if self.claim.is_attestation() {
            "type: type2, period: \"2026-01-01 to 2026-06-30\", report_date: 2026-08-15, auditor: \"Example CPA LLP\""
        } else if self.framework.surveillance_every.is_some() {
            "certificate: \"GB-27001-0042\", body: \"Example Certification Ltd\", issued: 2026-03-01, expires: 2029-02-28, last_audit: 2026-03-01"
        } else {
            "certificate: \"GB-CE-0042\", body: \"Example Certification Ltd\", issued: 2026-03-01, expires: 2027-02-28"
        };
        let noun = if self.claim.is_attestation() {
            "report"
        } else {
            "certificate"
        };
        out.push(
            self.diag(
                Code::CertificateIncomplete,
                self.status_range,
                format!(
                    "`{}` says {} is achieved but does not record the {noun}'s {list}",
                    self.name, self.fw
                ),
            )
            .with_help(format!(
                "add the facts a buyer would check ({example}); if there is no {noun} yet, the status is `in_progress`"
            )),
        );
    }

    /// `invalid-value` for an achieved certificate issued, or audited, after the
    /// as-of date: on that date the claim was not yet true.
    fn not_yet(&self, out: &mut Vec<Diagnostic>) {
        let as_of = self.cx.settings.as_of;
        for (field, what) in [
            ("issued", "issued"),
            ("last_audit", "audited"),
            ("report_date", "dated"),
        ] {
            let Some((date, range)) = self.claim.date(field) else {
                continue;
            };
            if date > as_of {
                out.push(
                    self.diag(
                        Code::InvalidValue,
                        range,
                        format!(
                            "`{}` is achieved but {what} on {date}, after the as-of date {as_of}",
                            self.name
                        ),
                    )
                    .with_help("check the date; until then the status is `in_progress`"),
                );
            }
        }
    }

    /// `achieved-with-gaps`: an achieved certification (or attestation) while
    /// requirements of its framework are neither satisfied nor excluded.
    fn gaps(&self, out: &mut Vec<Diagnostic>) {
        const NAMED: usize = 8;
        let Some(coverage) = self.cx.coverage.framework(&self.framework.name) else {
            return;
        };
        let gaps: Vec<String> = coverage.gaps().map(|r| r.display_id()).collect();
        if gaps.is_empty() {
            return;
        }
        let mut list = gaps
            .iter()
            .take(NAMED)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if gaps.len() > NAMED {
            list.push_str(&format!(" and {} more", gaps.len() - NAMED));
        }
        let (count, verb) = if gaps.len() == 1 {
            ("1 requirement".to_owned(), "is a gap")
        } else {
            (format!("{} requirements", gaps.len()), "are gaps")
        };
        let mut diagnostic = self
            .diag(
                Code::AchievedWithGaps,
                self.status_range,
                format!(
                    "`{}` says {} is achieved, but {count} of it {verb} (neither satisfied nor excluded): {list}",
                    self.name, self.fw
                ),
            )
            .with_help("a certificate means every requirement is met or justifiably excluded: name the controls that meet them in `satisfies`, exclude the ones that do not apply with a reason and an approver, or correct the status");
        let framework = &self.framework.name;
        if let Some(typo) = super::misspelt_satisfies(self.cx.model)
            .into_iter()
            .find(|t| coverage.gaps().any(|r| t.names(framework, &r.id)))
        {
            diagnostic = diagnostic
                .with_help(typo.note())
                .caused_by(&typo.decl.file, typo.field.name.range);
        }
        out.push(diagnostic);
    }

    /// `certificate-expired` and `certificate-expiring`.
    fn expiry(&self, out: &mut Vec<Diagnostic>) {
        if self.claim.is_attestation() {
            return;
        }
        let Some((expires, range)) = self.claim.date("expires") else {
            return;
        };
        let as_of = self.cx.settings.as_of;
        if expires < as_of {
            out.push(
                self.diag(
                    Code::CertificateExpired,
                    self.status_range,
                    format!(
                        "the {} certificate of `{}` expired on {expires}, before the as-of date {as_of}, but its status is still `achieved`",
                        self.fw, self.name
                    ),
                )
                .with_label(self.file(), range, format!("expired on {expires}"))
                .with_help("record the renewed certificate's dates if it was renewed; otherwise change the status to `lapsed` and stop claiming it in published prose")
                .with_fix("change the status to `lapsed`", self.file(), self.status_range, "lapsed"),
            );
            return;
        }
        let days = days_between(as_of, expires);
        let window = i64::from(self.cx.settings.expiring_within_days);
        if days <= window {
            let when = match days {
                0 => "today (its last valid day)".to_owned(),
                1 => "tomorrow".to_owned(),
                n => format!("in {n} days"),
            };
            out.push(
                self.diag(
                    Code::CertificateExpiring,
                    range,
                    format!("the {} certificate of `{}` expires on {expires}, {when}", self.fw, self.name),
                )
                .with_help(format!(
                    "plan the recertification audit before {expires}; this warning appears {window} days ahead (`expiring_within_days` in aims.toml)"
                )),
            );
        }
    }

    /// `certificate-validity-exceeded` (and `invalid-value` for an expiry before the
    /// issue date).
    fn validity(&self, out: &mut Vec<Diagnostic>) {
        let (Some((issued, _)), Some((expires, range))) =
            (self.claim.date("issued"), self.claim.date("expires"))
        else {
            return;
        };
        if expires < issued {
            out.push(
                self.diag(
                    Code::InvalidValue,
                    range,
                    format!(
                        "`{}` expires on {expires}, before it was issued on {issued}",
                        self.name
                    ),
                )
                .with_help("check the dates on the certificate"),
            );
            return;
        }
        let Some(valid) = self.framework.certificate_valid else {
            return;
        };
        let Some(latest) = valid.after(issued) else {
            return;
        };
        if expires > latest {
            out.push(
                self.diag(
                    Code::CertificateValidityExceeded,
                    range,
                    format!(
                        "`{}` expires on {expires}, but {} certificates are valid for at most {valid}: issued on {issued}, it must expire by {latest}",
                        self.name, self.fw
                    ),
                )
                .with_help("copy the expiry date from the certificate itself; if it was renewed, record the renewal's `issued` date too"),
            );
        }
    }

    /// `surveillance-overdue`.
    fn surveillance(&self, out: &mut Vec<Diagnostic>) {
        if self.claim.is_attestation() {
            return;
        }
        let Some(every) = self.framework.surveillance_every else {
            return;
        };
        let Some((last, range)) = self.claim.date("last_audit") else {
            return;
        };
        let Some(due) = every.after(last) else { return };
        let as_of = self.cx.settings.as_of;
        if due < as_of {
            out.push(
                self.diag(
                    Code::SurveillanceOverdue,
                    range,
                    format!(
                        "the last audit of `{}` was on {last}; {} needs a surveillance audit every {every}, so one was due by {due}, before the as-of date {as_of}",
                        self.name, self.fw
                    ),
                )
                .with_help("record the date of the latest surveillance audit in `last_audit`; if it was missed, ask the certification body whether the certificate is suspended and change the status if so"),
            );
        }
    }

    /// `prerequisite-missing`: the framework requires another certification (within a
    /// window before this one was issued).
    fn prerequisite(&self, out: &mut Vec<Diagnostic>) {
        if self.claim.is_attestation() {
            return;
        }
        let Some(pre) = &self.framework.requires else {
            return;
        };
        let pre_name = self
            .cx
            .catalogue
            .framework(&pre.framework)
            .map_or_else(|| pre.framework.clone(), display_name);
        let others: Vec<Claim<'_>> = claims::claims(self.cx.model)
            .filter(|c| c.framework_name() == Some(pre.framework.as_str()) && !c.is_attestation())
            .collect();
        let fw = &self.fw;
        if self.status == Status::InProgress {
            let started = others
                .iter()
                .any(|c| matches!(c.status_word(), Some(Status::InProgress | Status::Achieved)));
            if !started {
                out.push(
                    self.diag(
                        Code::PrerequisiteMissing,
                        self.framework_range,
                        format!("`{}` works toward {fw}, which requires {pre_name}, but the spec has no {pre_name} certification in progress or achieved", self.name),
                    )
                    .with_severity(Severity::Warning)
                    .with_help(format!("add a `certification` of `{}` with its status", pre.framework)),
                );
            }
            return;
        }
        // A prerequisite that has since lapsed still counts if it was achieved in
        // the window: Cyber Essentials expires before the Plus certificate that
        // followed it.
        let achieved: Vec<&Claim<'_>> = others
            .iter()
            .filter(|c| matches!(c.status_word(), Some(Status::Achieved | Status::Lapsed)))
            .collect();
        if achieved.is_empty() {
            out.push(
                self.diag(
                    Code::PrerequisiteMissing,
                    self.framework_range,
                    format!("`{}` says {fw} is achieved, but {fw} requires {pre_name} and the spec has no achieved {pre_name} certification", self.name),
                )
                .with_help(format!(
                    "record the {pre_name} certificate as a `certification` of `{}` with status `achieved`, or lower this status",
                    pre.framework
                )),
            );
            return;
        }
        let (Some(within), Some((issued, issued_range))) = (pre.within, self.claim.date("issued"))
        else {
            return;
        };
        let in_window = |c: &&Claim<'_>| match c.date("issued") {
            Some((p, _)) => p <= issued && within.after(p).is_some_and(|end| issued <= end),
            None => true,
        };
        if achieved.iter().any(in_window) {
            return;
        }
        let closest = achieved[0];
        #[allow(clippy::expect_used)] // An undated prerequisite counts as in the window.
        let (p_issued, p_range) = closest
            .date("issued")
            .expect("undated prerequisites are in the window");
        let relation = if p_issued > issued {
            "after".to_owned()
        } else {
            format!("more than {within} before")
        };
        out.push(
            self.diag(
                Code::PrerequisiteMissing,
                issued_range,
                format!(
                    "`{}` ({fw}) was issued on {issued}, but its {pre_name} certification `{}` was issued on {p_issued}, {relation} it; {fw} must follow {pre_name} within {within}",
                    self.name,
                    closest.decl.name()
                ),
            )
            .with_label(&closest.decl.file, p_range, format!("{pre_name} issued here"))
            .with_help("check both issue dates against the certificates"),
        );
    }

    /// `target-passed`.
    fn target(&self, out: &mut Vec<Diagnostic>) {
        let Some((target, range)) = self.claim.date_like("target") else {
            return;
        };
        let as_of = self.cx.settings.as_of;
        if target < as_of {
            let written = self
                .claim
                .decl
                .item
                .field("target")
                .map(|f| written_value(&f.value))
                .unwrap_or_default();
            let detail = if written == target.to_string() {
                String::new()
            } else {
                format!(" (which ends on {target})")
            };
            out.push(
                self.diag(
                    Code::TargetPassed,
                    range,
                    format!(
                        "the target {written}{detail} for `{}` ({}, {}) is before the as-of date {as_of}",
                        self.name,
                        self.fw,
                        self.status.phrase()
                    ),
                )
                .with_help("set a new target, or update the status if it has been reached"),
            );
        }
    }

    /// `progress-without-work`: in progress, but no control satisfies any requirement
    /// of the framework.
    fn progress(&self, out: &mut Vec<Diagnostic>) {
        let prefix = format!("{}.", self.framework.name);
        let worked = self
            .cx
            .coverage
            .framework(&self.framework.name)
            .is_some_and(|c| c.requirements.iter().any(|r| !r.controls.is_empty()));
        if !worked {
            out.push(
                self.diag(
                    Code::ProgressWithoutWork,
                    self.status_range,
                    format!(
                        "`{}` says {} is in progress, but no control satisfies any of its requirements",
                        self.name, self.fw
                    ),
                )
                .with_help(format!(
                    "add `satisfies: [{}…]` to the controls that work toward it, or change the status to `planned`",
                    prefix
                )),
            );
        }
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: Date, to: Date) -> i64 {
    from.until((jiff::Unit::Day, to))
        .map_or(0, |span| i64::from(span.get_days()))
}

fn written_value(value: &crate::syntax::ast::Value) -> String {
    use crate::syntax::ast::ValueKind;
    match &value.kind {
        ValueKind::Date(s) | ValueKind::Month(s) | ValueKind::Quarter(s) => s.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::semantic::rules::testing::{check, lines, text_at};

    const ROLES: &str = "role ciso \"CISO\" { holder: \"Tom Reid\" }\n";

    fn iso27001(expires: &str, last_audit: &str) -> String {
        format!(
            "{ROLES}certification isms \"ISO/IEC 27001\" {{\n  framework: iso27001\n  status: achieved\n  certificate: \"GB-27001-0042\"\n  body: \"Example Certification Ltd\"\n  issued: 2026-03-01\n  expires: {expires}\n  last_audit: {last_audit}\n  owner: ciso\n}}\n"
        )
    }

    const LIFECYCLE: &[Code] = &[
        Code::CertificateExpired,
        Code::CertificateExpiring,
        Code::CertificateIncomplete,
        Code::CertificateValidityExceeded,
        Code::SurveillanceOverdue,
        Code::MissingField,
        Code::InvalidValue,
    ];

    #[test]
    fn a_current_complete_certificate_is_clean() {
        assert_eq!(
            lines(&check(
                &iso27001("2029-02-28", "2026-03-01"),
                "2026-11-28",
                LIFECYCLE
            )),
            Vec::<String>::new()
        );
    }

    #[test]
    fn expired_yesterday_is_an_error_today_but_not_a_month_earlier() {
        let spec = iso27001("2026-11-27", "2026-03-01");
        let today = check(&spec, "2026-11-28", &[Code::CertificateExpired]);
        assert_eq!(
            lines(&today),
            [
                "error certificate-expired: the ISO/IEC 27001 certificate of `isms` expired on 2026-11-27, before the as-of date 2026-11-28, but its status is still `achieved`"
            ]
        );
        assert_eq!(text_at(&spec, &today[0]), "achieved");
        assert_eq!(
            &spec[today[0].labels[0].location.range.range()],
            "2026-11-27"
        );
        let fix = today[0].fix.as_ref().expect("a fix");
        assert_eq!(fix.edits[0].new_text, "lapsed");
        assert_eq!(&spec[fix.edits[0].location.range.range()], "achieved");
        assert!(check(&spec, "2026-10-28", &[Code::CertificateExpired]).is_empty());
    }

    #[test]
    fn expiry_boundaries_day_before_of_and_after() {
        let spec = iso27001("2026-11-28", "2026-03-01");
        let codes = &[Code::CertificateExpired, Code::CertificateExpiring];
        // The day before expiry: expiring tomorrow.
        assert_eq!(
            lines(&check(&spec, "2026-11-27", codes)),
            [
                "warning certificate-expiring: the ISO/IEC 27001 certificate of `isms` expires on 2026-11-28, tomorrow"
            ]
        );
        // The day of expiry: still valid, its last day.
        assert_eq!(
            lines(&check(&spec, "2026-11-28", codes)),
            [
                "warning certificate-expiring: the ISO/IEC 27001 certificate of `isms` expires on 2026-11-28, today (its last valid day)"
            ]
        );
        // The day after: expired.
        assert_eq!(
            lines(&check(&spec, "2026-11-29", codes))[0]
                .split(':')
                .next(),
            Some("error certificate-expired")
        );
    }

    #[test]
    fn expiring_window_is_sixty_days_by_default_and_configurable() {
        let spec = iso27001("2027-01-27", "2026-03-01");
        // 60 days before 2027-01-27 is 2026-11-28.
        assert_eq!(
            check(&spec, "2026-11-28", &[Code::CertificateExpiring]).len(),
            1
        );
        assert!(check(&spec, "2026-11-27", &[Code::CertificateExpiring]).is_empty());
        let mut settings =
            crate::config::Settings::new(crate::semantic::rules::testing::date("2026-11-01"));
        settings.expiring_within_days = 90;
        let project = crate::Project::from_sources(
            settings,
            None,
            vec![("spec.aims".into(), spec, crate::db::Origin::Spec)],
        );
        assert!(
            project
                .diagnostics()
                .iter()
                .any(|d| d.code == Code::CertificateExpiring)
        );
    }

    #[test]
    fn incomplete_achieved_certificate_lists_what_is_missing() {
        let spec = format!(
            "{ROLES}certification isms {{ framework: iso27001, status: achieved, body: \"X\" }}\n"
        );
        assert_eq!(
            lines(&check(&spec, "2026-11-28", &[Code::CertificateIncomplete])),
            [
                "error certificate-incomplete: `isms` says ISO/IEC 27001 is achieved but does not record the certificate's `certificate`, `issued`, `expires`, `last_audit`"
            ]
        );
        // Cyber Essentials has no surveillance audits, so no `last_audit` is needed.
        let ce = "certification ce { framework: cyber_essentials, status: achieved, certificate: \"C\", body: \"B\", issued: 2026-03-01, expires: 2027-02-28 }\n";
        assert!(check(ce, "2026-11-28", &[Code::CertificateIncomplete]).is_empty());
    }

    #[test]
    fn in_progress_and_lapsed_need_their_fields() {
        let spec = "certification ce { framework: cyber_essentials, status: in_progress }\ncertification old { framework: iso27001, status: lapsed }\n";
        assert_eq!(
            lines(&check(spec, "2026-11-28", &[Code::MissingField])),
            [
                "error missing-field: the certification `ce` is in progress, so it needs `owner`",
                "error missing-field: the certification `ce` is in progress, so it needs `since`",
                "error missing-field: the certification `old` is lapsed, so it needs `expires`",
            ]
        );
    }

    #[test]
    fn validity_beyond_the_framework_maximum() {
        // Issued 2026-03-01 + 3 years = 2029-03-01.
        assert!(
            check(
                &iso27001("2029-03-01", "2026-03-01"),
                "2026-11-28",
                &[Code::CertificateValidityExceeded]
            )
            .is_empty()
        );
        assert_eq!(
            lines(&check(
                &iso27001("2029-03-02", "2026-03-01"),
                "2026-11-28",
                &[Code::CertificateValidityExceeded]
            )),
            [
                "error certificate-validity-exceeded: `isms` expires on 2029-03-02, but ISO/IEC 27001 certificates are valid for at most 3 years: issued on 2026-03-01, it must expire by 2029-03-01"
            ]
        );
        assert_eq!(
            lines(&check(
                &iso27001("2025-03-02", "2026-03-01"),
                "2026-11-28",
                &[Code::InvalidValue]
            )),
            [
                "error invalid-value: `isms` expires on 2025-03-02, before it was issued on 2026-03-01"
            ]
        );
    }

    #[test]
    fn surveillance_boundaries() {
        // Last audit 2026-03-01 + 12 months = due by 2027-03-01.
        let spec = iso27001("2029-02-28", "2026-03-01");
        assert!(check(&spec, "2027-03-01", &[Code::SurveillanceOverdue]).is_empty());
        assert_eq!(
            lines(&check(&spec, "2027-03-02", &[Code::SurveillanceOverdue])),
            [
                "error surveillance-overdue: the last audit of `isms` was on 2026-03-01; ISO/IEC 27001 needs a surveillance audit every 12 months, so one was due by 2027-03-01, before the as-of date 2027-03-02"
            ]
        );
    }

    #[test]
    fn not_certifiable_frameworks() {
        let spec = "certification rmf { framework: nist_ai_rmf, status: planned }\ncertification soc { framework: soc2, status: achieved }\ncertification act { framework: eu_ai_act, status: planned }\n";
        let found = check(
            spec,
            "2026-11-28",
            &[Code::NotCertifiable, Code::CertificateIncomplete],
        );
        assert_eq!(
            lines(&found),
            [
                "error not-certifiable: `rmf` claims a certification, but NIST AI Risk Management Framework is a voluntary framework: nobody issues certificates against it",
                "error not-certifiable: `soc` claims a certification, but SOC 2 is an attestation report by an auditor, not a certification: there is no certificate to hold",
                "error not-certifiable: `act` claims a certification, but Regulation (EU) 2024/1689 is law: systems are assessed for conformity, organisations are not certified against it",
            ]
        );
        assert_eq!(text_at(spec, &found[1]), "soc2");
        let help = found[1].help.as_deref().unwrap();
        assert!(
            help.contains("attestation soc")
                && help.contains("type: type2")
                && help.contains("report_date:"),
            "{help}"
        );
    }

    #[test]
    fn attestations_are_checked_for_their_report_facts() {
        let good = "attestation soc { framework: soc2, status: achieved, type: type2, period: \"2026-01-01 to 2026-06-30\", report_date: 2026-08-15, auditor: \"Example CPA LLP\" }\n";
        assert!(
            check(
                good,
                "2026-11-28",
                &[
                    Code::CertificateIncomplete,
                    Code::NotCertifiable,
                    Code::InvalidValue
                ]
            )
            .is_empty()
        );
        let thin = "attestation soc { framework: soc2, status: achieved, type: type2 }\n";
        assert_eq!(
            lines(&check(thin, "2026-11-28", &[Code::CertificateIncomplete])),
            [
                "error certificate-incomplete: `soc` says SOC 2 is achieved but does not record the report's `report_date`, `auditor`, `period`"
            ]
        );
        let wrong = "attestation isms { framework: iso27001, status: planned }\n";
        assert_eq!(
            lines(&check(wrong, "2026-11-28", &[Code::InvalidValue])),
            [
                "error invalid-value: ISO/IEC 27001 is not assessed by an attestation report, so `isms` cannot be an attestation"
            ]
        );
    }

    const CE: &str = "certification ce { framework: cyber_essentials, status: achieved, certificate: \"C\", body: \"B\", issued: ISSUED, expires: 2027-05-31 }\n";
    const PLUS: &str = "certification cep { framework: cyber_essentials_plus, status: achieved, certificate: \"P\", body: \"B\", issued: 2026-09-01, expires: 2027-08-31 }\n";

    #[test]
    fn plus_needs_cyber_essentials_within_three_months() {
        // Without Cyber Essentials at all.
        assert_eq!(
            lines(&check(PLUS, "2026-11-28", &[Code::PrerequisiteMissing])),
            [
                "error prerequisite-missing: `cep` says Cyber Essentials Plus is achieved, but Cyber Essentials Plus requires Cyber Essentials and the spec has no achieved Cyber Essentials certification"
            ]
        );
        // A Cyber Essentials certificate that has since lapsed still counts.
        let lapsed = format!(
            "{}{PLUS}",
            CE.replace("ISSUED", "2026-06-01")
                .replace("status: achieved", "status: lapsed")
        );
        assert!(check(&lapsed, "2026-11-28", &[Code::PrerequisiteMissing]).is_empty());
        // Exactly three months before: fine.
        let on_time = format!("{}{PLUS}", CE.replace("ISSUED", "2026-06-01"));
        assert!(check(&on_time, "2026-11-28", &[Code::PrerequisiteMissing]).is_empty());
        // One day more than three months before: too late.
        let late = format!("{}{PLUS}", CE.replace("ISSUED", "2026-05-31"));
        let found = check(&late, "2026-11-28", &[Code::PrerequisiteMissing]);
        assert_eq!(
            lines(&found),
            [
                "error prerequisite-missing: `cep` (Cyber Essentials Plus) was issued on 2026-09-01, but its Cyber Essentials certification `ce` was issued on 2026-05-31, more than 3 months before it; Cyber Essentials Plus must follow Cyber Essentials within 3 months"
            ]
        );
        assert_eq!(text_at(&late, &found[0]), "2026-09-01");
    }

    #[test]
    fn plus_in_progress_without_cyber_essentials_is_a_warning() {
        let spec = "role ciso {}\ncontrol fw { owner: ciso, status: planned, satisfies: [cyber_essentials_plus.firewalls] }\ncertification cep { framework: cyber_essentials_plus, status: in_progress, since: 2026-09-01, owner: ciso }\n";
        assert_eq!(
            lines(&check(spec, "2026-11-28", &[Code::PrerequisiteMissing])),
            [
                "warning prerequisite-missing: `cep` works toward Cyber Essentials Plus, which requires Cyber Essentials, but the spec has no Cyber Essentials certification in progress or achieved"
            ]
        );
    }

    #[test]
    fn target_passed_boundaries() {
        let spec = "certification iso { framework: iso42001, status: planned, target: 2027-01 }\n";
        // A month compares as its last day.
        assert!(check(spec, "2027-01-31", &[Code::TargetPassed]).is_empty());
        assert_eq!(
            lines(&check(spec, "2027-02-01", &[Code::TargetPassed])),
            [
                "warning target-passed: the target 2027-01 (which ends on 2027-01-31) for `iso` (ISO/IEC 42001, planned) is before the as-of date 2027-02-01"
            ]
        );
        let day =
            "certification iso { framework: iso42001, status: planned, target: 2027-01-15 }\n";
        assert_eq!(
            lines(&check(day, "2027-01-16", &[Code::TargetPassed])),
            [
                "warning target-passed: the target 2027-01-15 for `iso` (ISO/IEC 42001, planned) is before the as-of date 2027-01-16"
            ]
        );
        let achieved = "certification iso { framework: iso42001, status: lapsed, target: 2020-01-15, expires: 2025-01-01 }\n";
        assert!(check(achieved, "2027-01-16", &[Code::TargetPassed]).is_empty());
    }

    #[test]
    fn progress_needs_a_control_that_works_toward_it() {
        let idle = "role ciso {}\ncertification ce { framework: cyber_essentials, status: in_progress, since: 2026-09-01, owner: ciso }\n";
        let found = check(idle, "2026-11-28", &[Code::ProgressWithoutWork]);
        assert_eq!(
            lines(&found),
            [
                "warning progress-without-work: `ce` says Cyber Essentials is in progress, but no control satisfies any of its requirements"
            ]
        );
        assert_eq!(text_at(idle, &found[0]), "in_progress");
        let busy = format!(
            "{idle}control fw {{ owner: ciso, status: planned, satisfies: [cyber_essentials.firewalls] }}\n"
        );
        assert!(check(&busy, "2026-11-28", &[Code::ProgressWithoutWork]).is_empty());
        // A control for Cyber Essentials Plus is not work toward Cyber Essentials.
        let other = format!(
            "{idle}control fw {{ owner: ciso, status: planned, satisfies: [cyber_essentials_plus.firewalls] }}\n"
        );
        assert_eq!(
            check(&other, "2026-11-28", &[Code::ProgressWithoutWork]).len(),
            1
        );
    }

    #[test]
    fn achieved_with_gaps_names_them() {
        let spec = "role ciso {}\ncontrol fw { owner: ciso, status: implemented, satisfies: [cyber_essentials.firewalls, cyber_essentials.secure_configuration, cyber_essentials.security_update_management, cyber_essentials.user_access_control], evidence: [e] }\nevidence e { date: 2026-09-01 }\ncertification ce { framework: cyber_essentials, status: achieved, certificate: \"C\", body: \"B\", issued: 2026-03-01, expires: 2027-02-28 }\n";
        let found = check(spec, "2026-11-28", &[Code::AchievedWithGaps]);
        assert_eq!(
            lines(&found),
            [
                "error achieved-with-gaps: `ce` says Cyber Essentials is achieved, but 1 requirement of it is a gap (neither satisfied nor excluded): malware_protection"
            ]
        );
        assert_eq!(text_at(spec, &found[0]), "achieved");
        let full = spec.replace(
            "user_access_control]",
            "user_access_control, cyber_essentials.malware_protection]",
        );
        assert!(check(&full, "2026-11-28", &[Code::AchievedWithGaps]).is_empty());
        // In progress, the same gap is not this rule's business.
        let in_progress = spec.replace(
            "status: achieved",
            "status: in_progress, since: 2026-01-01, owner: ciso",
        );
        assert!(check(&in_progress, "2026-11-28", &[Code::AchievedWithGaps]).is_empty());
    }

    #[test]
    fn achieved_before_it_was_issued() {
        let spec = iso27001("2029-11-27", "2026-11-29")
            .replace("issued: 2026-03-01", "issued: 2026-11-29");
        assert_eq!(
            lines(&check(&spec, "2026-11-28", &[Code::InvalidValue])),
            [
                "error invalid-value: `isms` is achieved but issued on 2026-11-29, after the as-of date 2026-11-28",
                "error invalid-value: `isms` is achieved but audited on 2026-11-29, after the as-of date 2026-11-28",
            ]
        );
        assert!(check(&spec, "2026-11-29", &[Code::InvalidValue]).is_empty());
    }

    #[test]
    fn user_frameworks_are_certifiable_only_when_they_say_so() {
        let spec = "framework acme_std \"Acme standard\" {\n  clause 1 \"One\"\n}\ncertification a { framework: acme_std, status: planned }\n";
        assert_eq!(
            lines(&check(spec, "2026-11-28", &[Code::NotCertifiable])),
            [
                "error not-certifiable: `a` claims a certification, but Acme standard is not certifiable: its catalogue does not say `certifiable: true`"
            ]
        );
        let certifiable = spec.replace("{\n  clause", "{\n  certifiable: true\n  clause");
        assert!(check(&certifiable, "2026-11-28", &[Code::NotCertifiable]).is_empty());
    }
}
