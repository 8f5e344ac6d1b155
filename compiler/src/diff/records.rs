//! The management system's own records in a diff: internal audits and management
//! reviews added, removed, changed or newly overdue; nonconformities opened,
//! closed, reopened or newly overdue; and suppliers' assurance added, removed,
//! expired, expiring or renewed. Both sides are read from the report
//! (`report.management`, `report.suppliers`), so a record's state (overdue,
//! expiring) means what it means in `aims report`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::report::management::{
    AssuranceReport, AssuranceState, NonconformityReport, RecordReport,
};
use crate::report::model::Report;
use crate::semantic::words::NonconformityStatus;

/// What happened to one record between the two sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecordEvent {
    /// A new internal audit or management review.
    Added,
    Removed,
    /// Its facts changed (date, findings, due date, scope) and nothing below applies.
    Changed,
    /// It became overdue: the next audit or review is past due, or the
    /// nonconformity is past its due date and not closed.
    Overdue,
    /// A new nonconformity that is not closed.
    Opened,
    /// A nonconformity closed (or recorded already closed).
    Closed,
    /// A closed nonconformity that is open again.
    Reopened,
}

/// An internal audit, management review or nonconformity that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct RecordChange {
    /// `internal_audit`, `management_review` or `nonconformity`.
    pub kind: String,
    /// The declaration's name.
    pub name: String,
    pub title: Option<String>,
    pub event: RecordEvent,
    /// The date the event is about: an audit's or review's date (its next due
    /// date once overdue), a nonconformity's due date (`closed_on` once closed).
    pub date: Option<String>,
    /// Whether it is overdue at the head.
    pub overdue: bool,
}

/// What happened to one supplier assurance between the two sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AssuranceEvent {
    Added,
    Removed,
    /// It expired (it was in force, or expiring, at the base).
    Expired,
    /// It now expires within the warning window.
    Expiring,
    /// It was expired or expiring and is current again (a later expiry date).
    Renewed,
    /// Another fact changed (reference, issuer, scope, dates within the same state).
    Changed,
}

/// A supplier's certificate, attestation report or self-assessment that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AssuranceChange {
    /// The supplier that holds it.
    pub supplier: String,
    /// The `assurance` declaration's name.
    pub name: String,
    pub framework: String,
    pub event: AssuranceEvent,
    /// Its expiry date on the side where it exists (the head's unless removed).
    pub expires: Option<String>,
    /// `current`, `expiring`, `expired` or `not_yet_issued`; `null` where absent.
    pub state_before: Option<String>,
    pub state_after: Option<String>,
}

/// Internal audits and management reviews, then nonconformities, in name order
/// within each kind.
pub fn records(base: &Report, head: &Report) -> Vec<RecordChange> {
    let mut out = Vec::new();
    for (kind, pick) in [
        ("internal_audit", internal_audits as Pick),
        ("management_review", management_reviews as Pick),
    ] {
        let before = by_name(pick(base), |r| &r.name);
        let after = by_name(pick(head), |r| &r.name);
        for name in names(&before, &after) {
            let (b, a) = (before.get(name), after.get(name));
            let event = match (b, a) {
                (None, Some(_)) => RecordEvent::Added,
                (Some(_), None) => RecordEvent::Removed,
                (Some(b), Some(a)) if a.overdue && !b.overdue => RecordEvent::Overdue,
                (Some(b), Some(a)) if b != a => RecordEvent::Changed,
                _ => continue,
            };
            let Some(record) = a.or(b) else { continue };
            let date = if event == RecordEvent::Overdue {
                record.next_due
            } else {
                record.date
            }
            .map(|d| d.to_string());
            out.push(RecordChange {
                kind: kind.to_owned(),
                name: name.to_owned(),
                title: record.title.clone(),
                event,
                date,
                overdue: a.is_some_and(|a| a.overdue),
            });
        }
    }
    let before = by_name(&base.management.nonconformities, |n| &n.name);
    let after = by_name(&head.management.nonconformities, |n| &n.name);
    for name in names(&before, &after) {
        let (b, a) = (before.get(name).copied(), after.get(name).copied());
        let Some(event) = nonconformity_event(b, a) else {
            continue;
        };
        let Some(record) = a.or(b) else { continue };
        let date = if event == RecordEvent::Closed {
            record.closed_on.or(record.due)
        } else {
            record.due
        }
        .map(|d| d.to_string());
        out.push(RecordChange {
            kind: "nonconformity".to_owned(),
            name: name.to_owned(),
            title: record.title.clone(),
            event,
            date,
            overdue: a.is_some_and(|a| a.overdue),
        });
    }
    out
}

type Pick = fn(&Report) -> &[RecordReport];

fn internal_audits(report: &Report) -> &[RecordReport] {
    &report.management.internal_audits
}

fn management_reviews(report: &Report) -> &[RecordReport] {
    &report.management.management_reviews
}

fn is_closed(n: &NonconformityReport) -> bool {
    n.status == Some(NonconformityStatus::Closed)
}

fn nonconformity_event(
    before: Option<&NonconformityReport>,
    after: Option<&NonconformityReport>,
) -> Option<RecordEvent> {
    Some(match (before, after) {
        (None, Some(a)) if is_closed(a) => RecordEvent::Closed,
        (None, Some(_)) => RecordEvent::Opened,
        (Some(_), None) => RecordEvent::Removed,
        (Some(b), Some(a)) if is_closed(a) && !is_closed(b) => RecordEvent::Closed,
        (Some(b), Some(a)) if is_closed(b) && !is_closed(a) => RecordEvent::Reopened,
        (Some(b), Some(a)) if a.overdue && !b.overdue => RecordEvent::Overdue,
        (Some(b), Some(a)) if b != a => RecordEvent::Changed,
        _ => return None,
    })
}

/// Supplier assurance, by supplier and then declaration name.
pub fn supplier_assurance(base: &Report, head: &Report) -> Vec<AssuranceChange> {
    let index = |report: &Report| -> BTreeMap<(String, String), AssuranceReport> {
        report
            .suppliers
            .iter()
            .flat_map(|s| {
                s.assurance
                    .iter()
                    .map(|a| ((s.name.clone(), a.name.clone()), a.clone()))
            })
            .collect()
    };
    let (before, after) = (index(base), index(head));
    let keys: BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        let (b, a) = (before.get(key), after.get(key));
        let state = |r: Option<&AssuranceReport>| r.map(|r| r.state.word().to_owned());
        let event = match (b, a) {
            (None, Some(_)) => AssuranceEvent::Added,
            (Some(_), None) => AssuranceEvent::Removed,
            (Some(b), Some(a)) if b.state != a.state => match a.state {
                AssuranceState::Expired => AssuranceEvent::Expired,
                AssuranceState::Expiring => AssuranceEvent::Expiring,
                AssuranceState::Current
                    if matches!(b.state, AssuranceState::Expired | AssuranceState::Expiring) =>
                {
                    AssuranceEvent::Renewed
                }
                _ => AssuranceEvent::Changed,
            },
            (Some(b), Some(a)) if b != a => AssuranceEvent::Changed,
            _ => continue,
        };
        let Some(record) = a.or(b) else { continue };
        out.push(AssuranceChange {
            supplier: key.0.clone(),
            name: key.1.clone(),
            framework: record.framework.clone(),
            event,
            expires: record.expires.map(|d| d.to_string()),
            state_before: state(b),
            state_after: state(a),
        });
    }
    out
}

fn by_name<T>(list: &[T], name: impl Fn(&T) -> &String) -> BTreeMap<&str, &T> {
    list.iter().map(|r| (name(r).as_str(), r)).collect()
}

fn names<'a, T>(before: &BTreeMap<&'a str, T>, after: &BTreeMap<&'a str, T>) -> BTreeSet<&'a str> {
    before.keys().chain(after.keys()).copied().collect()
}
