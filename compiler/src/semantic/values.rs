//! Typed readings of literal values: calendar dates, months, quarters and durations.
//!
//! Date arithmetic uses jiff's civil dates, so "3 years after 2026-02-28" and
//! "12 months after 2025-01-31" follow the calendar rather than a day count.

use jiff::Span;
use jiff::civil::Date;

use crate::syntax::ast::{Value, ValueKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    Days,
    Weeks,
    Months,
    Years,
}

/// `6 months`, `90 days`, …
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Duration {
    pub amount: i64,
    pub unit: DurationUnit,
}

pub const DURATION_UNITS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years",
];

impl Duration {
    fn span(self) -> Option<Span> {
        let n = self.amount;
        match self.unit {
            DurationUnit::Days => Span::new().try_days(n).ok(),
            DurationUnit::Weeks => Span::new().try_weeks(n).ok(),
            DurationUnit::Months => Span::new().try_months(n).ok(),
            DurationUnit::Years => Span::new().try_years(n).ok(),
        }
    }

    /// `date` plus this duration; `None` if it leaves the calendar.
    pub fn after(self, date: Date) -> Option<Date> {
        date.checked_add(self.span()?).ok()
    }

    /// `date` minus this duration.
    pub fn before(self, date: Date) -> Option<Date> {
        date.checked_sub(self.span()?).ok()
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match (self.unit, self.amount == 1) {
            (DurationUnit::Days, true) => "day",
            (DurationUnit::Days, false) => "days",
            (DurationUnit::Weeks, true) => "week",
            (DurationUnit::Weeks, false) => "weeks",
            (DurationUnit::Months, true) => "month",
            (DurationUnit::Months, false) => "months",
            (DurationUnit::Years, true) => "year",
            (DurationUnit::Years, false) => "years",
        };
        write!(f, "{} {unit}", self.amount)
    }
}

pub fn parse_unit(unit: &str) -> Option<DurationUnit> {
    match unit {
        "day" | "days" => Some(DurationUnit::Days),
        "week" | "weeks" => Some(DurationUnit::Weeks),
        "month" | "months" => Some(DurationUnit::Months),
        "year" | "years" => Some(DurationUnit::Years),
        _ => None,
    }
}

pub fn duration(value: &Value) -> Option<Duration> {
    match &value.kind {
        ValueKind::Duration { amount, unit } => Some(Duration {
            amount: amount.parse().ok().filter(|n: &i64| *n <= 10_000)?,
            unit: parse_unit(&unit.text)?,
        }),
        _ => None,
    }
}

pub fn parse_date(text: &str) -> Option<Date> {
    text.parse().ok()
}

/// The last day of a month `2027-01`.
pub fn parse_month(text: &str) -> Option<Date> {
    let (y, m) = text.split_once('-')?;
    let first = Date::new(y.parse().ok()?, m.parse().ok()?, 1).ok()?;
    Some(first.last_of_month())
}

/// The last day of a quarter `2027-Q4`.
pub fn parse_quarter(text: &str) -> Option<Date> {
    let (y, q) = text.split_once('-')?;
    let q: i8 = q[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
    let first = Date::new(y.parse().ok()?, q * 3, 1).ok()?;
    Some(first.last_of_month())
}

/// A date, month or quarter as written (`2026-11-28`, `2027-01`, `2027-Q4`): a
/// target keeps its precision, and compares as its last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateLike {
    Day(Date),
    /// A month, held as its last day.
    Month(Date),
    /// A quarter, held as its last day.
    Quarter(Date),
}

impl DateLike {
    /// The literal's reading; `None` for another kind of value or a date that is
    /// not in the calendar.
    pub fn of(value: &Value) -> Option<DateLike> {
        match &value.kind {
            ValueKind::Date(s) => parse_date(s).map(DateLike::Day),
            ValueKind::Month(s) => parse_month(s).map(DateLike::Month),
            ValueKind::Quarter(s) => parse_quarter(s).map(DateLike::Quarter),
            _ => None,
        }
    }

    /// The date it compares as: the day itself, or the last day of the month or
    /// quarter.
    pub fn last_day(self) -> Date {
        match self {
            DateLike::Day(d) | DateLike::Month(d) | DateLike::Quarter(d) => d,
        }
    }
}

impl std::fmt::Display for DateLike {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateLike::Day(d) => write!(f, "{d}"),
            DateLike::Month(d) => write!(f, "{:04}-{:02}", d.year(), d.month()),
            DateLike::Quarter(d) => write!(f, "{:04}-Q{}", d.year(), (d.month() + 2) / 3),
        }
    }
}

/// A date, month or quarter, as the date it compares as (a month or quarter compares
/// as its last day).
pub fn date_like(value: &Value) -> Option<Date> {
    DateLike::of(value).map(DateLike::last_day)
}

/// A calendar date only.
pub fn date(value: &Value) -> Option<Date> {
    match &value.kind {
        ValueKind::Date(s) => parse_date(s),
        _ => None,
    }
}

/// A scalar value as written: words, strings, dates, months, quarters, numbers,
/// paths, percentages (`80%`) and durations (`6 months`); `None` for lists and
/// references.
pub fn as_written(value: &Value) -> Option<String> {
    // Concatenated rather than formatted: reports call this for most fields of every
    // declaration, and `format!` (or `to_string` on a `SmolStr`, which goes through
    // `Display`) costs several times a copy.
    let joined = |parts: &[&str]| Some(parts.concat());
    match &value.kind {
        ValueKind::Str(s)
        | ValueKind::Ident(s)
        | ValueKind::Date(s)
        | ValueKind::Month(s)
        | ValueKind::Quarter(s)
        | ValueKind::Int(s)
        | ValueKind::Path(s) => Some(s.as_str().to_owned()),
        ValueKind::Percent(s) => joined(&[s, "%"]),
        ValueKind::Duration { amount, unit } => joined(&[amount, " ", &unit.text]),
        _ => None,
    }
}

pub fn boolean(value: &Value) -> Option<bool> {
    match value.as_ident()? {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn months_and_quarters_compare_as_their_last_day() {
        assert_eq!(parse_month("2027-02"), Some(d(2027, 2, 28)));
        assert_eq!(parse_quarter("2027-Q4"), Some(d(2027, 12, 31)));
        assert_eq!(parse_quarter("2027-Q5"), None);
        assert_eq!(parse_month("2027-13"), None);
    }

    #[test]
    fn targets_print_as_written() {
        let target = |text: &str| {
            let item = crate::semantic::rules::testing::item(&format!(
                "certification x {{ target: {text} }}"
            ));
            DateLike::of(&item.field("target").expect("target").value)
        };
        for text in ["2026-11-28", "2027-01", "2027-Q4", "2027-Q1"] {
            assert_eq!(target(text).map(|t| t.to_string()).as_deref(), Some(text));
        }
        assert_eq!(
            target("2027-Q2").map(DateLike::last_day),
            Some(d(2027, 6, 30))
        );
        assert_eq!(target("2027-13"), None);
        assert_eq!(target("2026-02-30"), None);
    }

    #[test]
    fn calendar_arithmetic() {
        let three_years = Duration {
            amount: 3,
            unit: DurationUnit::Years,
        };
        assert_eq!(three_years.after(d(2024, 2, 29)), Some(d(2027, 2, 28)));
        let month = Duration {
            amount: 1,
            unit: DurationUnit::Months,
        };
        assert_eq!(month.after(d(2025, 1, 31)), Some(d(2025, 2, 28)));
    }
}
