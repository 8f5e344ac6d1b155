//! The report's sections on suppliers' assurance and on the management system's own
//! records (internal audits, management reviews, nonconformities): their part of the
//! report model, how it is built, and how the Markdown report lays it out (the HTML
//! template reads the same structs).
//!
//! Built in linear time: the declarations are indexed once (`Records::index`,
//! `AssuranceIndex::index`, one pass over the controls for `relies_on`), and every
//! row reads the indexes, never the whole model again.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use jiff::civil::Date;
use serde::Serialize;

use super::declarations::Declarations;
use crate::semantic::assurance::AssuranceIndex;
use crate::semantic::catalogue::Catalogue;
use crate::semantic::coverage::Coverage;
use crate::semantic::model::Decl;
use crate::semantic::records::{RECORD_KINDS, Record, Records};
use crate::semantic::words::NonconformityStatus;
use crate::syntax::ast::ValueKind;

/// A supplier with the assurance it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SupplierReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// `provides`, as written.
    pub provides: Option<String>,
    /// The controls whose `relies_on` names it (sorted).
    pub relied_on_by: Vec<String>,
    /// Its `assurance` declarations, in source order.
    pub assurance: Vec<AssuranceReport>,
}

/// One certificate, attestation report or self-assessment a supplier holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AssuranceReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// The framework it is against.
    pub framework: String,
    /// `certificate`, `attestation` or `self_assessment`.
    pub kind: String,
    /// The certificate number or report reference.
    pub reference: Option<String>,
    /// The certification body or audit firm.
    pub issuer: Option<String>,
    /// When it was issued.
    pub issued: Option<Date>,
    /// When it expires: as written, else derived from the framework's validity.
    pub expires: Option<Date>,
    /// Its scope statement.
    pub scope: Option<String>,
    /// Where the document is kept.
    pub document: Option<String>,
    /// `current`, `expiring` (within the warning window), `expired` or
    /// `not_yet_issued`.
    pub state: AssuranceState,
}

/// Where a supplier's certificate or report stands on the as-of date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(with = "String")]
pub enum AssuranceState {
    Current,
    /// It expires within the warning window.
    Expiring,
    Expired,
    NotYetIssued,
}

impl AssuranceState {
    /// The state as JSON writes it: `not_yet_issued`.
    pub fn word(self) -> &'static str {
        match self {
            AssuranceState::Current => "current",
            AssuranceState::Expiring => "expiring",
            AssuranceState::Expired => "expired",
            AssuranceState::NotYetIssued => "not_yet_issued",
        }
    }

    /// The state in plain words: `not_yet_issued` is "not yet issued".
    pub fn phrase(self) -> &'static str {
        match self {
            AssuranceState::Current => "current",
            AssuranceState::Expiring => "expiring",
            AssuranceState::Expired => "expired",
            AssuranceState::NotYetIssued => "not yet issued",
        }
    }
}

/// The management system's own records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ManagementReport {
    /// Every `internal_audit`, in source order.
    pub internal_audits: Vec<RecordReport>,
    /// Every `management_review`, in source order.
    pub management_reviews: Vec<RecordReport>,
    /// Every `nonconformity`, in source order.
    pub nonconformities: Vec<NonconformityReport>,
}

/// An internal audit or a management review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct RecordReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// When it took place.
    pub date: Option<Date>,
    /// The frameworks it concerns; empty means every framework in scope.
    pub frameworks: Vec<String>,
    /// What it covered.
    pub scope: Option<String>,
    /// The accountable role.
    pub owner: Option<String>,
    /// The summary of findings or decisions.
    pub findings: Option<String>,
    /// The interval to the next one, as written or the default `12 months`.
    pub every: String,
    /// When the next one is due.
    pub next_due: Option<Date>,
    /// Whether it is the latest for one of its frameworks and the next is overdue.
    pub overdue: bool,
}

/// A nonconformity and its corrective action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct NonconformityReport {
    /// The declaration's name.
    pub name: String,
    /// Its title, or `null`.
    pub title: Option<String>,
    /// When it was found.
    pub raised: Option<Date>,
    /// The accountable role.
    pub owner: Option<String>,
    /// `open`, `in_progress` or `closed`.
    pub status: Option<NonconformityStatus>,
    /// The audit or review that found it.
    pub found_by: Option<String>,
    /// The corrective action.
    pub corrective_action: Option<String>,
    /// When the corrective action is due.
    pub due: Option<Date>,
    /// When it was closed.
    pub closed_on: Option<Date>,
    /// Whether it is past its due date and not closed.
    pub overdue: bool,
}

/// A word, string or date field as written.
fn text(decl: &Decl, field: &str) -> Option<String> {
    match &decl.item.field(field)?.value.kind {
        ValueKind::Str(s) | ValueKind::Ident(s) | ValueKind::Date(s) => Some(s.as_str().to_owned()),
        _ => None,
    }
}

/// The supplier section: every supplier with its assurance.
pub fn suppliers(
    decls: &Declarations<'_>,
    catalogue: &Catalogue,
    as_of: Date,
    expiring_within_days: u32,
) -> Vec<SupplierReport> {
    let model = decls.model;
    let index = AssuranceIndex::index(model, catalogue);
    let mut relied_on_by: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for control in model.of_kind("control") {
        if let Some(field) = control.item.field("relies_on") {
            for supplier in field.value.elements().iter().filter_map(|e| e.as_ident()) {
                relied_on_by
                    .entry(supplier)
                    .or_default()
                    .insert(control.name().to_owned());
            }
        }
    }
    let window = i64::from(expiring_within_days);
    model
        .of_kind("supplier")
        .map(|decl| SupplierReport {
            name: decl.name().to_owned(),
            title: decls.title(decl),
            provides: text(decl, "provides"),
            relied_on_by: relied_on_by
                .get(decl.name())
                .map(|s| s.iter().cloned().collect())
                .unwrap_or_default(),
            assurance: index
                .by_supplier
                .get(decl.name())
                .into_iter()
                .flatten()
                .map(|a| AssuranceReport {
                    name: a.decl.name().to_owned(),
                    title: decls.title(a.decl),
                    framework: a.framework.to_owned(),
                    kind: a.kind.to_owned(),
                    reference: text(a.decl, "reference"),
                    issuer: text(a.decl, "issuer"),
                    issued: a.issued,
                    expires: a.expires,
                    scope: text(a.decl, "scope"),
                    document: text(a.decl, "document"),
                    state: match (a.issued, a.expires) {
                        (Some(issued), _) if issued > as_of => AssuranceState::NotYetIssued,
                        (_, Some(expires)) if expires < as_of => AssuranceState::Expired,
                        (_, Some(expires))
                            if as_of
                                .until((jiff::Unit::Day, expires))
                                .is_ok_and(|s| i64::from(s.get_days()) <= window) =>
                        {
                            AssuranceState::Expiring
                        }
                        _ => AssuranceState::Current,
                    },
                })
                .collect(),
        })
        .collect()
}

/// The management records section.
pub fn management(
    decls: &Declarations<'_>,
    catalogue: &Catalogue,
    coverage: &Coverage,
    as_of: Date,
) -> ManagementReport {
    let records = Records::index(decls.model);
    // The latest audit and review of each in-scope framework that is met by
    // records: the ones whose lateness matters.
    let mut latest: BTreeSet<(&str, &str)> = BTreeSet::new();
    let in_scope = |name: &str| coverage.framework(name).is_some_and(|c| c.in_scope);
    for framework in catalogue.frameworks.values().filter(|f| in_scope(&f.name)) {
        for kind in &RECORD_KINDS[..2] {
            if framework.met_by_records.contains_key(*kind)
                && let Some(r) = records.latest(kind, Some(&framework.name), as_of)
            {
                latest.insert((kind, r.name()));
            }
        }
    }
    let record = |kind: &str, r: &Record<'_>| RecordReport {
        name: r.name().to_owned(),
        title: decls.title(r.decl),
        date: r.date,
        frameworks: r
            .frameworks
            .as_ref()
            .map(|l| l.iter().map(|s| (*s).to_owned()).collect())
            .unwrap_or_default(),
        scope: text(r.decl, "scope"),
        owner: text(r.decl, "owner"),
        findings: text(r.decl, "findings"),
        every: r.interval().to_string(),
        next_due: r.next_due(),
        overdue: latest.contains(&(kind, r.name())) && r.next_due().is_some_and(|d| d < as_of),
    };
    ManagementReport {
        internal_audits: records
            .audits
            .iter()
            .map(|r| record("internal_audit", r))
            .collect(),
        management_reviews: records
            .reviews
            .iter()
            .map(|r| record("management_review", r))
            .collect(),
        nonconformities: records
            .nonconformities
            .iter()
            .map(|r| NonconformityReport {
                name: r.name().to_owned(),
                title: decls.title(r.decl),
                raised: r.date,
                owner: text(r.decl, "owner"),
                status: r.status().and_then(NonconformityStatus::from_word),
                found_by: text(r.decl, "found_by"),
                corrective_action: text(r.decl, "corrective_action"),
                due: r.due(),
                closed_on: r.closed_on(),
                overdue: r.overdue(as_of).is_some(),
            })
            .collect(),
    }
}

fn cell<T: std::fmt::Display>(value: &Option<T>) -> String {
    value.as_ref().map_or_else(
        || "—".to_owned(),
        |v| super::markdown::escape(&v.to_string()),
    )
}

fn named(title: &Option<String>, name: &str) -> String {
    super::markdown::escape(title.as_deref().unwrap_or(name))
}

/// The two Markdown sections.
pub fn markdown(report: &super::model::Report, out: &mut String) {
    let e = super::markdown::escape;
    out.push_str("## Supplier assurance\n\n");
    let rows: Vec<(&SupplierReport, Option<&AssuranceReport>)> = report
        .suppliers
        .iter()
        .flat_map(|s| {
            let first: Vec<Option<&AssuranceReport>> = if s.assurance.is_empty() {
                vec![None]
            } else {
                s.assurance.iter().map(Some).collect()
            };
            first.into_iter().map(move |a| (s, a))
        })
        .collect();
    if rows.is_empty() {
        out.push_str("No suppliers are recorded.\n\n");
    } else {
        out.push_str("| Supplier | Framework | Kind | Reference | Issuer | Expires | State | Relied on by |\n|---|---|---|---|---|---|---|---|\n");
        for (s, a) in rows {
            let relied = if s.relied_on_by.is_empty() {
                "—".to_owned()
            } else {
                e(&s.relied_on_by.join(", "))
            };
            match a {
                Some(a) => {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} | {} | {} | {} | {} | {} |",
                        named(&s.title, &s.name),
                        e(&a.framework),
                        e(&a.kind.replace('_', " ")),
                        cell(&a.reference),
                        cell(&a.issuer),
                        cell(&a.expires),
                        a.state.phrase(),
                        relied
                    );
                }
                None => {
                    let _ = writeln!(
                        out,
                        "| {} | — | no assurance recorded | — | — | — | — | {} |",
                        named(&s.title, &s.name),
                        relied
                    );
                }
            }
        }
        out.push('\n');
    }

    let m = &report.management;
    out.push_str("## Audits, reviews and nonconformities\n\n");
    if m.internal_audits.is_empty()
        && m.management_reviews.is_empty()
        && m.nonconformities.is_empty()
    {
        out.push_str("No internal audits, management reviews or nonconformities are recorded.\n\n");
        return;
    }
    let audits = m
        .internal_audits
        .iter()
        .map(|r| ("Internal audit", r))
        .chain(
            m.management_reviews
                .iter()
                .map(|r| ("Management review", r)),
        );
    out.push_str("| Record | Kind | Date | Frameworks | Next due |\n|---|---|---|---|---|\n");
    for (kind, r) in audits {
        let frameworks = if r.frameworks.is_empty() {
            "all in scope".to_owned()
        } else {
            e(&r.frameworks.join(", "))
        };
        let _ = writeln!(
            out,
            "| {} | {kind} | {} | {frameworks} | {}{} |",
            named(&r.title, &r.name),
            cell(&r.date),
            cell(&r.next_due),
            if r.overdue { " **overdue**" } else { "" }
        );
    }
    out.push('\n');
    if !m.nonconformities.is_empty() {
        out.push_str("| Nonconformity | Raised | Owner | Status | Due | Closed | Corrective action |\n|---|---|---|---|---|---|---|\n");
        for n in &m.nonconformities {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {}{} | {} | {} | {} |",
                named(&n.title, &n.name),
                cell(&n.raised),
                cell(&n.owner),
                n.status
                    .map_or_else(|| "—".to_owned(), |s| s.as_str().replace('_', " ")),
                if n.overdue { " **overdue**" } else { "" },
                cell(&n.due),
                cell(&n.closed_on),
                cell(&n.corrective_action)
            );
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::AssuranceState;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::workspace::Project;
    use jiff::civil::Date;

    fn report(spec: &str) -> super::super::model::Report {
        let project = Project::from_sources(
            Settings::new(jiff::civil::date(2026, 6, 1)),
            None,
            vec![("spec.aims".into(), spec.into(), Origin::Spec)],
        );
        super::super::build_report(&project)
    }

    const SPEC: &str = "organisation o { scope: [iso27001] }\nrole cto { holder: \"A\" }\n\
        supplier azure \"Azure\" { owner: cto, provides: hosting }\nsupplier modelco { owner: cto }\n\
        assurance az { supplier: azure, framework: iso27001, reference: \"C-1\", issuer: \"BSI\", issued: 2023-06-01 }\n\
        assurance soc { supplier: azure, framework: soc2, issued: 2026-01-01, expires: 2026-06-20 }\n\
        control hosting { owner: cto, status: planned, satisfies: [iso27001.A.8.20], relies_on: [azure] }\n\
        internal_audit ia \"Audit 2025\" { date: 2025-03-01, frameworks: [iso27001] }\n\
        internal_audit ia_old { date: 2024-03-01 }\n\
        management_review mr { date: 2026-03-01 }\n\
        nonconformity nc { raised: 2026-01-01, owner: cto, status: open, due: 2026-03-01, corrective_action: \"fix\" }\n";

    #[test]
    fn the_supplier_section_lists_assurance_with_expiry_and_state() {
        let r = report(SPEC);
        let azure = &r.suppliers[0];
        assert_eq!(azure.relied_on_by, ["hosting"]);
        let states: Vec<(&str, Option<Date>, AssuranceState)> = azure
            .assurance
            .iter()
            .map(|a| (a.name.as_str(), a.expires, a.state))
            .collect();
        // ISO/IEC 27001 certificates last 3 years from `issued`.
        assert_eq!(
            states,
            [
                (
                    "az",
                    Some(jiff::civil::date(2026, 6, 1)),
                    AssuranceState::Expiring
                ),
                (
                    "soc",
                    Some(jiff::civil::date(2026, 6, 20)),
                    AssuranceState::Expiring
                )
            ]
        );
        assert!(r.suppliers[1].assurance.is_empty());
    }

    #[test]
    fn the_management_section_marks_only_the_latest_overdue_record() {
        let r = report(SPEC);
        let audits: Vec<(&str, bool)> = r
            .management
            .internal_audits
            .iter()
            .map(|a| (a.name.as_str(), a.overdue))
            .collect();
        assert_eq!(audits, [("ia", true), ("ia_old", false)]);
        assert_eq!(
            r.management.internal_audits[0].next_due,
            Some(jiff::civil::date(2026, 3, 1))
        );
        assert!(!r.management.management_reviews[0].overdue);
        assert!(r.management.nonconformities[0].overdue);
    }

    #[test]
    fn markdown_shows_both_sections() {
        let text = super::super::markdown::render(&report(SPEC));
        assert!(text.contains("## Supplier assurance"));
        assert!(
            text.contains(
                "| Azure | iso27001 | certificate | C-1 | BSI | 2026-06-01 | expiring | hosting |"
            ),
            "{text}"
        );
        assert!(
            text.contains("| modelco | — | no assurance recorded |"),
            "{text}"
        );
        assert!(
            text.contains(
                "| Audit 2025 | Internal audit | 2025-03-01 | iso27001 | 2026-03-01 **overdue** |"
            ),
            "{text}"
        );
        assert!(
            text.contains("| nc | 2026-01-01 | cto | open **overdue** | 2026-03-01 | — | fix |"),
            "{text}"
        );
        let empty = super::super::markdown::render(&report("organisation o {}\n"));
        assert!(empty.contains("No suppliers are recorded."));
        assert!(
            empty.contains(
                "No internal audits, management reviews or nonconformities are recorded."
            )
        );
    }

    #[test]
    fn an_assurance_state_word_is_what_json_writes() {
        for state in [
            AssuranceState::Current,
            AssuranceState::Expiring,
            AssuranceState::Expired,
            AssuranceState::NotYetIssued,
        ] {
            let json = serde_json::to_value(state).unwrap();
            assert_eq!(json.as_str(), Some(state.word()));
        }
    }
}
