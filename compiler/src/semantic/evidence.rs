//! When a piece of evidence is current. Coverage, the report and the evidence rules
//! all need the same answer, so it is decided here once.
//!
//! Evidence is current on the as-of date when `date` + `valid_for` is on or after it.
//! Evidence without `valid_for` does not go stale. Evidence without a readable `date`
//! is never current: nothing shows when the record was made (the schema reports the
//! missing date separately).

use jiff::civil::Date;

use crate::semantic::values;
use crate::syntax::ast::Item;

/// The date an `evidence` declaration says the record was made.
pub fn evidence_date(item: &Item) -> Option<Date> {
    item.field("date").and_then(|f| values::date(&f.value))
}

/// How long the record stays current, if it says.
pub fn evidence_valid_for(item: &Item) -> Option<values::Duration> {
    item.field("valid_for")
        .and_then(|f| values::duration(&f.value))
}

/// The last day on which the evidence is current: `date` + `valid_for`. `None` when
/// it never goes stale (no `valid_for`) or has no readable date.
pub fn evidence_expires_on(item: &Item) -> Option<Date> {
    evidence_valid_for(item)?.after(evidence_date(item)?)
}

/// Whether an `evidence` declaration is current on `as_of`.
pub fn evidence_is_current(item: &Item, as_of: Date) -> bool {
    evidence_expiry(item, as_of).1
}

/// What `evidence_expires_on` and `evidence_is_current` answer, reading the
/// declaration's date and duration once.
pub fn evidence_expiry(item: &Item, as_of: Date) -> (Option<Date>, bool) {
    let Some(date) = evidence_date(item) else {
        return (None, false);
    };
    match evidence_valid_for(item) {
        None => (None, true),
        Some(valid_for) => {
            let until = valid_for.after(date);
            (until, until.is_none_or(|until| until >= as_of))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::rules::testing::item;
    use jiff::civil::date;

    fn evidence(fields: &str) -> Item {
        item(&format!("evidence e {{ {fields} }}"))
    }

    #[test]
    fn current_until_date_plus_valid_for_inclusive() {
        let e = evidence("date: 2026-03-31, valid_for: 6 months");
        assert_eq!(evidence_expires_on(&e), Some(date(2026, 9, 30)));
        assert!(evidence_is_current(&e, date(2026, 9, 29)));
        assert!(evidence_is_current(&e, date(2026, 9, 30)));
        assert!(!evidence_is_current(&e, date(2026, 10, 1)));
    }

    #[test]
    fn without_valid_for_it_never_goes_stale() {
        let e = evidence("date: 2020-01-01");
        assert!(evidence_is_current(&e, date(2030, 1, 1)));
        assert_eq!(evidence_expires_on(&e), None);
    }

    #[test]
    fn without_a_date_it_is_not_current() {
        assert!(!evidence_is_current(
            &evidence("valid_for: 6 months"),
            date(2026, 1, 1)
        ));
        assert!(!evidence_is_current(
            &evidence("date: 2026-02-30"),
            date(2026, 1, 1)
        ));
    }
}
