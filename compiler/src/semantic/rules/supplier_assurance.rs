//! Controls that rely on suppliers, against the suppliers' assurance:
//!
//! - `supplier-assurance-missing`: a control `relies_on` a supplier with no current
//!   assurance (and none that merely expired) for a framework the control satisfies;
//! - `supplier-assurance-expired` / `supplier-assurance-expiring`: the supplier's
//!   latest assurance for that framework has expired, or expires within the warning
//!   window (`expiring_within_days`). Both are warnings, raised to errors when the
//!   control backs an achieved certification of that framework.
//!
//! One diagnostic per control, supplier and framework, at the supplier's name in
//! `relies_on`.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::semantic::assurance::{Assurance, AssuranceIndex};
use crate::semantic::rules::claims::{self, Status, display_name};
use crate::semantic::workspace_rules::CoverageContext;

pub fn check(cx: &CoverageContext<'_>, out: &mut Vec<Diagnostic>) {
    let relying: Vec<_> = cx
        .model
        .of_kind("control")
        .filter_map(|decl| Some((decl, decl.item.field("relies_on")?)))
        .collect();
    if relying.is_empty() {
        return;
    }
    let index = AssuranceIndex::index(cx.model, cx.catalogue);
    let as_of = cx.settings.as_of;
    let window = i64::from(cx.settings.expiring_within_days);
    let achieved: BTreeSet<&str> = claims::claims(cx.model)
        .filter(|c| c.status_word() == Some(Status::Achieved))
        .filter_map(|c| c.framework_name())
        .collect();
    let satisfied = frameworks_satisfied(cx);
    for (decl, relies_on) in relying {
        let frameworks = satisfied
            .get(decl.name())
            .map(Vec::as_slice)
            .unwrap_or_default();
        for element in relies_on.value.elements() {
            let Some(supplier) = element.as_ident() else {
                continue;
            };
            if cx
                .model
                .get(supplier)
                .is_none_or(|d| d.kind() != "supplier")
            {
                continue; // undefined-name or wrong-kind says so
            }
            for &name in frameworks {
                let Some(framework) = cx.catalogue.framework(name) else {
                    continue;
                };
                let fw = display_name(framework);
                let backs_achieved = achieved.contains(name);
                let severity = if backs_achieved {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                let held: Vec<&Assurance<'_>> = index
                    .of(supplier, name)
                    .filter(|a| a.issued.is_none_or(|d| d <= as_of))
                    .collect();
                // The assurance that lasts longest (no expiry counts as longest).
                let best = held
                    .iter()
                    .max_by_key(|a| (a.expires.is_none(), a.expires))
                    .copied();
                let why = if backs_achieved {
                    format!("; the control backs the achieved {fw} certification")
                } else {
                    String::new()
                };
                let Some(best) = best else {
                    out.push(
                        Diagnostic::new(
                            Code::SupplierAssuranceMissing,
                            &decl.file,
                            element.range,
                            format!(
                                "the control `{}` relies on `{supplier}` for {fw}, but the spec records no {fw} assurance that `{supplier}` holds",
                                decl.name()
                            ),
                        )
                        .with_help(format!(
                            "record the supplier's certificate or report: `assurance NAME {{ supplier: {supplier}, framework: {name}, issued: …, expires: … }}`; if it holds none, say how you assure it in the control's description"
                        )),
                    );
                    continue;
                };
                let Some(expires) = best.expires else {
                    continue;
                };
                // Both diagnostics point at the supplier in the control and label the
                // assurance's expiry date.
                let expiry = |code: Code, message: String, label: String, help: String| {
                    Diagnostic::new(code, &decl.file, element.range, message)
                        .with_severity(severity)
                        .with_label(
                            &best.decl.file,
                            super::value_range(best.decl, "expires"),
                            label,
                        )
                        .with_help(help)
                };
                if expires < as_of {
                    out.push(expiry(
                        Code::SupplierAssuranceExpired,
                        format!(
                            "the control `{}` relies on `{supplier}`, whose {fw} {} `{}` expired on {expires}{why}",
                            decl.name(),
                            kind_word(best.kind),
                            best.decl.name()
                        ),
                        format!("expired on {expires}"),
                        format!(
                            "ask `{supplier}` for its renewed certificate or current report and record it as an `assurance` with its dates"
                        ),
                    ));
                    continue;
                }
                let days = as_of
                    .until((jiff::Unit::Day, expires))
                    .map_or(i64::MAX, |span| i64::from(span.get_days()));
                if days <= window {
                    out.push(expiry(
                        Code::SupplierAssuranceExpiring,
                        format!(
                            "the control `{}` relies on `{supplier}`, whose {fw} {} `{}` expires on {expires}, in {days} days{why}",
                            decl.name(),
                            kind_word(best.kind),
                            best.decl.name()
                        ),
                        format!("expires on {expires}"),
                        format!(
                            "ask `{supplier}` for the renewed certificate before {expires}; this warning appears {window} days ahead (`expiring_within_days` in aims.toml)"
                        ),
                    ));
                }
            }
        }
    }
}

fn kind_word(kind: &str) -> &'static str {
    match kind {
        "attestation" => "report",
        "self_assessment" => "self-assessment",
        _ => "certificate",
    }
}

/// The frameworks each control satisfies a requirement of, in the order its
/// `satisfies` list first mentions them, read from coverage.
fn frameworks_satisfied<'a>(cx: &'a CoverageContext<'_>) -> BTreeMap<&'a str, Vec<&'a str>> {
    let mut mentions: BTreeMap<&str, Vec<(u32, &str)>> = BTreeMap::new();
    for framework in cx.coverage.frameworks.values() {
        for control in framework.requirements.iter().flat_map(|r| &r.controls) {
            mentions
                .entry(control.name.as_str())
                .or_default()
                .push((control.location.range.start, framework.name.as_str()));
        }
    }
    mentions
        .into_iter()
        .map(|(control, mut found)| {
            found.sort_unstable();
            let mut frameworks: Vec<&str> = Vec::new();
            for (_, name) in found {
                if !frameworks.contains(&name) {
                    frameworks.push(name);
                }
            }
            (control, frameworks)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::semantic::rules::testing::{check, lines};

    const CODES: &[Code] = &[
        Code::SupplierAssuranceMissing,
        Code::SupplierAssuranceExpired,
        Code::SupplierAssuranceExpiring,
    ];
    const BASE: &str = "organisation o { scope: [iso27001] }\nrole cto { holder: \"A\" }\nsupplier azure { owner: cto }\n\
        control hosting { owner: cto, status: planned, satisfies: [iso27001.A.8.20], relies_on: [azure] }\n";

    fn spec(extra: &str) -> String {
        format!("{BASE}{extra}")
    }

    #[test]
    fn current_assurance_for_the_framework_is_quiet() {
        let s = spec(
            "assurance az { supplier: azure, framework: iso27001, issued: 2025-01-01, expires: 2027-12-31 }\n",
        );
        assert!(check(&s, "2026-06-01", CODES).is_empty());
    }

    #[test]
    fn no_assurance_for_the_framework_the_control_satisfies() {
        let s = spec("assurance az { supplier: azure, framework: soc2, issued: 2025-01-01 }\n");
        assert_eq!(
            lines(&check(&s, "2026-06-01", CODES)),
            [
                "warning supplier-assurance-missing: the control `hosting` relies on `azure` for ISO/IEC 27001, but the spec records no ISO/IEC 27001 assurance that `azure` holds"
            ]
        );
    }

    #[test]
    fn expired_and_expiring_assurance() {
        let s = spec(
            "assurance az { supplier: azure, framework: iso27001, issued: 2023-01-01, expires: 2026-05-31 }\n",
        );
        assert_eq!(
            lines(&check(&s, "2026-06-01", CODES)),
            [
                "warning supplier-assurance-expired: the control `hosting` relies on `azure`, whose ISO/IEC 27001 certificate `az` expired on 2026-05-31"
            ]
        );
        assert_eq!(
            lines(&check(&s, "2026-05-01", CODES)),
            [
                "warning supplier-assurance-expiring: the control `hosting` relies on `azure`, whose ISO/IEC 27001 certificate `az` expires on 2026-05-31, in 30 days"
            ]
        );
        // A renewed certificate recorded next to the old one counts.
        let s = format!(
            "{s}assurance az2 {{ supplier: azure, framework: iso27001, issued: 2026-05-20, expires: 2029-05-19 }}\n"
        );
        assert!(check(&s, "2026-06-01", CODES).is_empty());
    }

    #[test]
    fn expiry_follows_the_framework_validity_when_not_written() {
        // ISO/IEC 27001 certificates are valid for 3 years.
        let s = spec("assurance az { supplier: azure, framework: iso27001, issued: 2023-06-01 }\n");
        assert!(check(&s, "2026-01-01", &[Code::SupplierAssuranceExpired]).is_empty());
        assert_eq!(
            check(&s, "2026-06-02", &[Code::SupplierAssuranceExpired]).len(),
            1
        );
    }

    #[test]
    fn an_error_when_the_control_backs_an_achieved_certification() {
        let s = spec(
            "assurance az { supplier: azure, framework: iso27001, issued: 2023-01-01, expires: 2026-05-31 }\n\
             certification isms { framework: iso27001, status: achieved }\n",
        );
        let found = check(&s, "2026-06-01", CODES);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity.as_str(), "error");
        assert!(
            found[0]
                .message
                .ends_with("the control backs the achieved ISO/IEC 27001 certification")
        );
    }
}
