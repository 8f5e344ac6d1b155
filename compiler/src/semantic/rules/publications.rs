//! Published prose against the spec: each status that a `publication` (trust page,
//! tender answer, README) asserts about a framework is compared with the status of
//! the spec's certification (or, for SOC 2, attestation) of that framework.
//!
//! - `claim-overstated` (error): the prose claims more than the spec (achieved >
//!   in progress > planned; a lapsed certification backs nothing).
//! - `claim-understated` (warning): the prose claims less (stale copy).
//! - `claim-unbacked` (error): the prose says achieved or in progress for a framework
//!   the spec has no certification or attestation of.
//! - `claim-ambiguous` (warning): "compliant with X", "X-ready" about a certifiable
//!   framework that is not achieved.
//!
//! Finding mentions and reading their status is the prose extractor's job
//! (`crate::prose`); this module only compares. Diagnostics point into the prose
//! file, so editors show them on the page itself.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::Catalogue;
use crate::semantic::model::Model;
use crate::semantic::rules::claims::{self, Status, display_name};
use crate::text::TextRange;

/// The status a sentence asserts about the organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Claimed {
    Achieved,
    InProgress,
    Planned,
    /// Wording that blurs the status: "compliant with", "-ready", "aligned with".
    Ambiguous,
}

impl Claimed {
    fn strength(self) -> u8 {
        match self {
            Claimed::Planned => 1,
            Claimed::InProgress => 2,
            Claimed::Achieved => 3,
            Claimed::Ambiguous => 0,
        }
    }

    fn phrase(self) -> &'static str {
        match self {
            Claimed::Achieved => "achieved",
            Claimed::InProgress => "in progress",
            Claimed::Planned => "planned",
            Claimed::Ambiguous => "ambiguous",
        }
    }

    /// The spec status that would make the sentence true.
    fn as_status(self) -> Option<Status> {
        match self {
            Claimed::Achieved => Some(Status::Achieved),
            Claimed::InProgress => Some(Status::InProgress),
            Claimed::Planned => Some(Status::Planned),
            Claimed::Ambiguous => None,
        }
    }
}

/// One framework mention in a prose file that asserts a status.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProseClaim {
    /// The framework's name (`iso27001`).
    pub framework: String,
    /// The mention's range in the prose file.
    pub range: TextRange,
    pub status: Claimed,
    /// A refinement named with the framework: `type1` or `type2` for "SOC 2 Type II".
    pub qualifier: Option<String>,
}

/// Finds the status claims in one prose file, matching every framework's aliases
/// (longest first, as the extractor does).
pub fn extract(path: &str, text: &str, catalogue: &Catalogue) -> Vec<ProseClaim> {
    use crate::prose::{Alias, ClaimedStatus, ProseFormat};
    let aliases: Vec<Alias> = catalogue
        .frameworks
        .values()
        .flat_map(|f| {
            f.aliases
                .iter()
                .map(move |a| Alias::new(f.name.clone(), a.clone()))
        })
        .collect();
    let format = ProseFormat::from_path(std::path::Path::new(path));
    crate::prose::find_mentions(text, format, &aliases)
        .into_iter()
        .filter_map(|m| {
            let status = match m.status? {
                ClaimedStatus::Achieved => Claimed::Achieved,
                ClaimedStatus::InProgress => Claimed::InProgress,
                ClaimedStatus::Planned => Claimed::Planned,
                ClaimedStatus::Ambiguous => Claimed::Ambiguous,
            };
            Some(ProseClaim {
                framework: m.framework,
                range: TextRange::new(m.span.start, m.span.end),
                status,
                qualifier: m.qualifier,
            })
        })
        .collect()
}

/// The frameworks that the `publication` declarations naming `prose_path` ask to
/// leave unchecked (`ignore: [soc2]`).
pub fn ignored_frameworks(model: &Model, prose_path: &str) -> Vec<String> {
    let mut ignored: Vec<String> = model
        .of_kind("publication")
        .filter(|decl| {
            decl.item
                .field("file")
                .and_then(|f| f.value.as_str())
                .and_then(|written| crate::workspace::resolve_relative(&decl.file, written))
                .is_some_and(|path| path == prose_path)
        })
        .filter_map(|decl| decl.item.field("ignore"))
        .flat_map(|f| {
            f.value
                .elements()
                .iter()
                .filter_map(|v| v.as_ident().map(str::to_owned))
        })
        .collect();
    ignored.sort();
    ignored.dedup();
    ignored
}

/// Compares the claims found in the prose file `prose_path` with the spec, skipping
/// the frameworks in `ignored`.
pub fn compare(
    model: &Model,
    catalogue: &Catalogue,
    ignored: &[String],
    prose_path: &str,
    prose_text: &str,
    found: &[ProseClaim],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for claim in found {
        if ignored.contains(&claim.framework) {
            continue;
        }
        let Some(framework) = catalogue.framework(&claim.framework) else {
            continue;
        };
        let fw = display_name(framework);
        let written = prose_text.get(claim.range.range()).unwrap_or(&fw).trim();
        let spec = claims::status_of(model, &claim.framework);
        if spec.is_none() && claims::has_unreadable_status(model, &claim.framework) {
            continue; // the `invalid-value` of that status is the one to fix
        }
        // A lapsed certification backs no claim; for comparison it is as if absent,
        // but an overclaim is still reported against it.
        let spec_strength = spec.map_or(0, |(s, _)| s.strength());
        let certifiable = framework.certifiable || framework.attestation;
        let diag =
            |code: Code, message: String| Diagnostic::new(code, prose_path, claim.range, message);
        let label = |d: Diagnostic| match spec {
            Some((status, decl)) => {
                let range = decl
                    .item
                    .field("status")
                    .map_or(decl.item.name_range(), |f| f.value.range);
                d.with_label(
                    &decl.file,
                    range,
                    format!("the spec says {}", status.phrase()),
                )
            }
            None => d,
        };
        if claim.status == Claimed::Ambiguous {
            if certifiable && spec.map(|(s, _)| s) != Some(Status::Achieved) {
                let stands = spec.map_or_else(
                    || "the spec has no certification of it".to_owned(),
                    |(s, d)| format!("the spec says it is {} (`{}`)", s.phrase(), d.name()),
                );
                out.push(label(
                    diag(
                        Code::ClaimAmbiguous,
                        format!("this wording about “{written}” blurs where you stand: {fw} is certifiable and {stands}"),
                    )
                    .with_help(format!(
                        "say plainly what is true, e.g. “we are working towards {fw} certification” or “{fw} certification is planned”; words like “compliant with” or “-ready” read as a certificate to a buyer"
                    )),
                ));
            }
            continue;
        }
        let claimed = claim.status;
        match spec {
            None => {
                // Plans need no record; only achieved or in-progress claims need
                // backing. Frameworks nobody certifies can be worked towards freely.
                if claimed == Claimed::Planned || (!certifiable && claimed != Claimed::Achieved) {
                    continue;
                }
                let extra = if certifiable {
                    String::new()
                } else {
                    format!(" ({fw} issues no certificates)")
                };
                let kind = if framework.attestation {
                    "attestation"
                } else {
                    "certification"
                };
                out.push(
                    diag(
                        Code::ClaimUnbacked,
                        format!(
                            "this claims {fw} is {}, but the spec has no {kind} of {fw}{extra}",
                            claimed.phrase()
                        ),
                    )
                    .with_help(if certifiable || framework.attestation {
                        format!(
                            "if it is true, record it in the spec (`{kind} NAME {{ framework: {}, status: {} … }}` with its facts); otherwise change the sentence",
                            framework.name,
                            claimed.as_status().map_or("planned", Status::word)
                        )
                    } else {
                        format!(
                            "nobody can be certified against {fw}: say what is true instead, e.g. “our risk management follows {fw}”, and back it with controls that satisfy its requirements"
                        )
                    }),
                );
            }
            Some((status, decl)) => {
                if status == Status::Lapsed && claimed == Claimed::Planned {
                    continue;
                }
                if let Some(mut d) = report_type_overstated(claim, status, decl, &fw) {
                    d.location.file = prose_path.to_owned();
                    out.push(label(d));
                    continue;
                }
                let mismatch = || {
                    format!(
                        "this says {fw} is {}, but the spec says it is {} (`{}`)",
                        claimed.phrase(),
                        status.phrase(),
                        decl.name()
                    )
                };
                if claimed.strength() > spec_strength {
                    out.push(label(
                        diag(
                            Code::ClaimOverstated,
                            mismatch(),
                        )
                        .with_help(format!(
                            "change the sentence to say it is {}, or, if the spec is out of date, change `{}` to `status: {}` with the facts that back it",
                            status.phrase(),
                            decl.name(),
                            claimed.as_status().map_or("planned", Status::word)
                        )),
                    ));
                } else if claimed.strength() < spec_strength {
                    out.push(label(
                        diag(
                            Code::ClaimUnderstated,
                            mismatch(),
                        )
                        .with_help(format!(
                            "update the sentence to say it is {}; stale copy undersells what the spec records",
                            status.phrase()
                        )),
                    ));
                }
            }
        }
    }
    out
}

/// "Our SOC 2 Type II report" while the spec's achieved attestation is Type 1: a
/// Type 2 report also tests that controls operate over a period, so claiming one
/// overstates a Type 1.
fn report_type_overstated(
    claim: &ProseClaim,
    status: Status,
    decl: &crate::semantic::model::Decl,
    fw: &str,
) -> Option<Diagnostic> {
    if claim.status != Claimed::Achieved
        || status != Status::Achieved
        || decl.kind() != "attestation"
    {
        return None;
    }
    let claimed = claim.qualifier.as_deref()?;
    let recorded = decl.item.field("type")?.value.as_ident()?;
    if claimed != "type2" || recorded != "type1" {
        return None;
    }
    Some(
        Diagnostic::new(
            Code::ClaimOverstated,
            "",
            claim.range,
            format!("this claims a {fw} Type 2 report, but the spec's attestation `{}` is Type 1", decl.name()),
        )
        .with_help("a Type 1 report covers the design of controls at one date; say “SOC 2 Type 1”, or record the Type 2 report in the spec when you have it"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::rules::testing::{lines, project};

    const PAGE: &str = "# Trust\n\nCyber Essentials is in progress.\n";

    fn compare_with(spec: &str, status: Claimed) -> Vec<Diagnostic> {
        let p = project(
            &format!("{spec}publication page {{ file: \"trust.md\" }}\n"),
            "2026-11-28",
        );
        let model = crate::queries::model(&p.db, p.workspace);
        let catalogue = crate::queries::catalogue(&p.db, p.workspace);
        let ignored = ignored_frameworks(model, "trust.md");
        let start = PAGE.find("Cyber Essentials").unwrap();
        let claim = ProseClaim {
            framework: "cyber_essentials".into(),
            range: TextRange::new(start, start + "Cyber Essentials".len()),
            status,
            qualifier: None,
        };
        compare(model, catalogue, &ignored, "trust.md", PAGE, &[claim])
    }

    const CE: &str = "certification ce { framework: cyber_essentials, status: STATUS }\n";

    #[test]
    fn matching_claims_are_clean() {
        assert!(compare_with(&CE.replace("STATUS", "in_progress"), Claimed::InProgress).is_empty());
        assert!(compare_with(&CE.replace("STATUS", "planned"), Claimed::Planned).is_empty());
        assert!(compare_with(&CE.replace("STATUS", "achieved"), Claimed::Achieved).is_empty());
    }

    #[test]
    fn overstated_and_understated() {
        let found = compare_with(&CE.replace("STATUS", "planned"), Claimed::InProgress);
        assert_eq!(
            lines(&found),
            [
                "error claim-overstated: this says Cyber Essentials is in progress, but the spec says it is planned (`ce`)"
            ]
        );
        assert_eq!(found[0].location.file, "trust.md");
        assert_eq!(&PAGE[found[0].location.range.range()], "Cyber Essentials");
        assert_eq!(found[0].labels[0].location.file, "spec.aims");
        assert_eq!(
            lines(&compare_with(
                &CE.replace("STATUS", "achieved"),
                Claimed::Planned
            )),
            [
                "warning claim-understated: this says Cyber Essentials is planned, but the spec says it is achieved (`ce`)"
            ]
        );
        // A lapsed certificate backs nothing, but a plan to renew it is fine.
        let lapsed = "certification ce { framework: cyber_essentials, status: lapsed, expires: 2026-01-01 }\n";
        assert_eq!(lines(&compare_with(lapsed, Claimed::Achieved)).len(), 1);
        assert!(compare_with(lapsed, Claimed::Planned).is_empty());
    }

    #[test]
    fn unbacked_and_ambiguous() {
        assert_eq!(
            lines(&compare_with("", Claimed::Achieved)),
            [
                "error claim-unbacked: this claims Cyber Essentials is achieved, but the spec has no certification of Cyber Essentials"
            ]
        );
        assert!(compare_with("", Claimed::Planned).is_empty());
        assert_eq!(
            lines(&compare_with(
                &CE.replace("STATUS", "planned"),
                Claimed::Ambiguous
            )),
            [
                "warning claim-ambiguous: this wording about “Cyber Essentials” blurs where you stand: Cyber Essentials is certifiable and the spec says it is planned (`ce`)"
            ]
        );
        assert!(compare_with(&CE.replace("STATUS", "achieved"), Claimed::Ambiguous).is_empty());
    }

    #[test]
    fn ignored_frameworks_are_skipped() {
        let p = project(
            "publication page { file: \"trust.md\", ignore: [cyber_essentials] }\n",
            "2026-11-28",
        );
        let model = crate::queries::model(&p.db, p.workspace);
        let catalogue = crate::queries::catalogue(&p.db, p.workspace);
        let ignored = ignored_frameworks(model, "trust.md");
        assert_eq!(ignored, ["cyber_essentials"]);
        let claim = ProseClaim {
            framework: "cyber_essentials".into(),
            range: TextRange::new(9, 25),
            status: Claimed::Achieved,
            qualifier: None,
        };
        assert!(compare(model, catalogue, &ignored, "trust.md", PAGE, &[claim]).is_empty());
    }

    #[test]
    fn a_type_2_claim_against_a_type_1_report_is_overstated() {
        let page = "Read our SOC 2 Type II report.";
        let spec = "attestation soc { framework: soc2, status: achieved, type: type1, report_date: 2026-08-15, auditor: \"X\" }\npublication page { file: \"trust.md\" }\n";
        let p = project(spec, "2026-11-28");
        let model = crate::queries::model(&p.db, p.workspace);
        let catalogue = crate::queries::catalogue(&p.db, p.workspace);
        let claim = |qualifier: &str| ProseClaim {
            framework: "soc2".into(),
            range: TextRange::new(9, 22),
            status: Claimed::Achieved,
            qualifier: Some(qualifier.into()),
        };
        let found = compare(model, catalogue, &[], "trust.md", page, &[claim("type2")]);
        assert_eq!(
            lines(&found),
            [
                "error claim-overstated: this claims a SOC 2 Type 2 report, but the spec's attestation `soc` is Type 1"
            ]
        );
        assert_eq!(found[0].location.file, "trust.md");
        assert!(compare(model, catalogue, &[], "trust.md", page, &[claim("type1")]).is_empty());
    }
}
