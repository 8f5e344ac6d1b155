//! The evidence freshness section: every record with whether it is stale, goes
//! stale within [`FRESHNESS_WINDOW_DAYS`], stays current or never expires, soonest
//! to go stale first.

use jiff::civil::Date;
use serde::Serialize;

use super::{join, opt};
use crate::english::plural_suffix;
use crate::report::model::{EvidenceReport, Report};

/// How far ahead the evidence freshness section looks.
pub const FRESHNESS_WINDOW_DAYS: i32 = 90;

/// Where a record stands on the as-of date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    /// No longer current.
    Stale,
    /// Current, but stale within the window.
    Due,
    /// Current beyond the window.
    Current,
    /// It does not expire.
    Open,
}

#[derive(Clone, Debug, Serialize)]
pub struct EvidenceRow {
    pub name: String,
    pub title: String,
    pub date: String,
    pub expires_on: String,
    pub freshness: Freshness,
    pub freshness_label: String,
    pub location: String,
    pub cited_by: String,
}

/// Every record, soonest to go stale first; records that never expire last.
pub fn evidence_rows(report: &Report) -> Vec<EvidenceRow> {
    // Sorting the records by reference, then building the rows in order, moves
    // pointers instead of whole rows.
    let mut records: Vec<&EvidenceReport> = report.evidence.iter().collect();
    records.sort_by(|a, b| {
        (a.expires_on.is_none(), a.expires_on, &a.name).cmp(&(
            b.expires_on.is_none(),
            b.expires_on,
            &b.name,
        ))
    });
    records
        .into_iter()
        .map(|e| evidence_row(e, report.as_of))
        .collect()
}

fn evidence_row(e: &EvidenceReport, as_of: Date) -> EvidenceRow {
    let days = e
        .expires_on
        .and_then(|expires| as_of.until(expires).ok())
        .map(|span| span.get_days());
    // The expiry date is formatted once, for its column and its label.
    let expires_on = opt(&e.expires_on);
    let x = &expires_on;
    let (freshness, label) = match (e.expires_on, days) {
        (None, _) => (Freshness::Open, "Does not expire".to_owned()),
        (Some(_), _) if !e.current => (Freshness::Stale, format!("Stale: current only until {x}")),
        (Some(_), Some(d)) if d <= FRESHNESS_WINDOW_DAYS => (
            Freshness::Due,
            format!("Goes stale on {x} (in {d} day{})", plural_suffix(d)),
        ),
        (Some(_), _) => (Freshness::Current, format!("Current until {x}")),
    };
    let location = e
        .url
        .clone()
        .or_else(|| e.path.clone())
        .or_else(|| e.file.clone())
        .unwrap_or_default();
    EvidenceRow {
        name: e.name.clone(),
        title: opt(&e.title),
        date: opt(&e.date),
        expires_on,
        freshness,
        freshness_label: label,
        location,
        cited_by: join(&e.cited_by),
    }
}

/// How many rows are in `freshness`.
pub fn count(rows: &[EvidenceRow], freshness: Freshness) -> usize {
    rows.iter().filter(|e| e.freshness == freshness).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::{SPEC, report_of};

    #[test]
    fn evidence_is_ordered_by_when_it_goes_stale() {
        let rows = evidence_rows(&report_of(SPEC));
        let order: Vec<(&str, Freshness)> = rows
            .iter()
            .map(|e| (e.name.as_str(), e.freshness))
            .collect();
        // Exactly 90 days ahead is inside the window; 91 is not.
        assert_eq!(
            order,
            [
                ("stale", Freshness::Stale),
                ("due", Freshness::Due),
                ("later", Freshness::Current),
                ("fresh", Freshness::Current),
                ("open", Freshness::Open)
            ]
        );
        assert_eq!(
            (count(&rows, Freshness::Due), count(&rows, Freshness::Stale)),
            (1, 1)
        );
        assert_eq!(
            rows[1].freshness_label,
            "Goes stale on 2027-02-26 (in 90 days)"
        );
        assert_eq!(
            rows[0].freshness_label,
            "Stale: current only until 2025-07-01"
        );
        assert_eq!(rows[2].freshness_label, "Current until 2027-02-27");
        assert_eq!(rows[4].freshness_label, "Does not expire");
        assert_eq!(rows[0].cited_by, "c");
    }

    #[test]
    fn one_day_left_is_singular() {
        let rows = evidence_rows(&report_of(
            "evidence e \"E\" { date: 2025-11-29, valid_for: 12 months }\n",
        ));
        assert_eq!(
            rows[0].freshness_label,
            "Goes stale on 2026-11-29 (in 1 day)"
        );
    }
}
