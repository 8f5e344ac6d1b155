//! The management system's own records: internal audits, management reviews and
//! nonconformities with their corrective actions. ISO/IEC 42001 and 27001 clauses
//! 9.2, 9.3 and 10.2 are met by doing these things, not by a control, so coverage,
//! the rules and the report all read the answers computed here: which framework a
//! record concerns, the latest audit or review, when the next is due, and which
//! nonconformities are past their due date.
//!
//! `Records::index` walks the declarations once; every question after that reads the
//! index, so the report and the rules stay linear in the size of the workspace.

use jiff::civil::Date;

use crate::semantic::model::{Decl, Model};
use crate::semantic::values::{self, Duration, DurationUnit};

/// The record kinds, in the order reports show them.
pub const RECORD_KINDS: &[&str] = &["internal_audit", "management_review", "nonconformity"];

/// How often audits and reviews are due when the spec does not say: 12 months.
pub const DEFAULT_INTERVAL: Duration = Duration {
    amount: 12,
    unit: DurationUnit::Months,
};

/// One audit, review or nonconformity, read once.
#[derive(Clone, Debug)]
pub struct Record<'a> {
    pub decl: &'a Decl,
    /// `date` of an audit or review, `raised` of a nonconformity.
    pub date: Option<Date>,
    /// The `frameworks` it names; `None` means every framework.
    pub frameworks: Option<Vec<&'a str>>,
}

impl<'a> Record<'a> {
    fn read(decl: &'a Decl) -> Record<'a> {
        let date_field = if decl.kind() == "nonconformity" {
            "raised"
        } else {
            "date"
        };
        Record {
            decl,
            date: decl
                .item
                .field(date_field)
                .and_then(|f| values::date(&f.value)),
            frameworks: decl.item.field("frameworks").map(|f| {
                f.value
                    .elements()
                    .iter()
                    .filter_map(|e| e.as_ident())
                    .collect()
            }),
        }
    }

    pub fn name(&self) -> &'a str {
        self.decl.name()
    }

    /// Whether the record concerns `framework`.
    pub fn concerns(&self, framework: &str) -> bool {
        self.frameworks
            .as_ref()
            .is_none_or(|list| list.contains(&framework))
    }

    /// An audit's or review's `every`, or 12 months.
    pub fn interval(&self) -> Duration {
        self.decl
            .item
            .field("every")
            .and_then(|f| values::duration(&f.value))
            .unwrap_or(DEFAULT_INTERVAL)
    }

    /// When the next audit or review is due after this one.
    pub fn next_due(&self) -> Option<Date> {
        self.interval().after(self.date?)
    }

    fn word(&self, field: &str) -> Option<&'a str> {
        self.decl.item.field(field).and_then(|f| f.value.as_ident())
    }

    fn date_of(&self, field: &str) -> Option<Date> {
        self.decl
            .item
            .field(field)
            .and_then(|f| values::date(&f.value))
    }

    /// A nonconformity's `status` (`open`, `in_progress`, `closed`).
    pub fn status(&self) -> Option<&'a str> {
        self.word("status")
    }

    /// A nonconformity's `due` date.
    pub fn due(&self) -> Option<Date> {
        self.date_of("due")
    }

    /// A nonconformity's `closed_on` date.
    pub fn closed_on(&self) -> Option<Date> {
        self.date_of("closed_on")
    }

    /// Whether a nonconformity is closed on `as_of`.
    pub fn is_closed(&self, as_of: Date) -> bool {
        self.status() == Some("closed") && self.closed_on().is_none_or(|d| d <= as_of)
    }

    /// The due date of a nonconformity that is past it and not closed on `as_of`.
    pub fn overdue(&self, as_of: Date) -> Option<Date> {
        let due = self.due()?;
        (due < as_of && !self.is_closed(as_of)).then_some(due)
    }
}

/// Every record of the workspace, by kind, in source order.
#[derive(Clone, Debug, Default)]
pub struct Records<'a> {
    pub audits: Vec<Record<'a>>,
    pub reviews: Vec<Record<'a>>,
    pub nonconformities: Vec<Record<'a>>,
}

impl<'a> Records<'a> {
    /// Reads every record of the model in one pass.
    pub fn index(model: &'a Model) -> Records<'a> {
        let mut out = Records::default();
        for decl in model.of_kinds(&["internal_audit", "management_review", "nonconformity"]) {
            match decl.kind() {
                "internal_audit" => out.audits.push(Record::read(decl)),
                "management_review" => out.reviews.push(Record::read(decl)),
                "nonconformity" => out.nonconformities.push(Record::read(decl)),
                _ => {}
            }
        }
        out
    }

    /// The records of one kind.
    pub fn of_kind(&self, kind: &str) -> &[Record<'a>] {
        match kind {
            "internal_audit" => &self.audits,
            "management_review" => &self.reviews,
            "nonconformity" => &self.nonconformities,
            _ => &[],
        }
    }

    /// The latest audit or review of `kind` dated on or before `as_of` that concerns
    /// `framework` (any framework when `None`). Ties go to the later declaration.
    pub fn latest(&self, kind: &str, framework: Option<&str>, as_of: Date) -> Option<&Record<'a>> {
        self.of_kind(kind)
            .iter()
            .filter(|r| framework.is_none_or(|f| r.concerns(f)))
            .filter(|r| r.date.is_some_and(|d| d <= as_of))
            .max_by_key(|r| r.date)
    }

    /// Whether `kind`'s latest record for `framework` is current on `as_of`: it exists
    /// and the next one is not yet overdue.
    pub fn current(&self, kind: &str, framework: Option<&str>, as_of: Date) -> bool {
        self.latest(kind, framework, as_of)
            .and_then(Record::next_due)
            .is_some_and(|due| due >= as_of)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::rules::testing::date;
    use crate::syntax::parse_text;

    fn model(spec: &str) -> Model {
        let parse = parse_text(spec);
        let mut model = Model::default();
        for item in &parse.tree.items {
            model.push("spec.aims", item);
        }
        model
    }

    #[test]
    fn the_latest_audit_per_framework_and_its_due_date() {
        let m = model(
            "internal_audit a1 { date: 2025-03-01 }\n\
             internal_audit a2 { date: 2026-02-01, frameworks: [iso27001], every: 6 months }\n\
             internal_audit a3 { date: 2027-01-01 }\n",
        );
        let r = Records::index(&m);
        let as_of = date("2026-05-01");
        assert_eq!(
            r.latest("internal_audit", Some("iso42001"), as_of)
                .unwrap()
                .name(),
            "a1"
        );
        let a2 = r.latest("internal_audit", Some("iso27001"), as_of).unwrap();
        assert_eq!(a2.name(), "a2");
        assert_eq!(a2.next_due(), Some(date("2026-08-01")));
        assert!(r.current("internal_audit", Some("iso27001"), as_of));
        assert!(!r.current("internal_audit", Some("iso42001"), as_of));
        assert!(!r.current("management_review", None, as_of));
    }

    #[test]
    fn a_nonconformity_is_overdue_past_its_due_date_until_closed() {
        let m = model(
            "nonconformity n1 { raised: 2026-01-01, status: open, due: 2026-03-01 }\n\
             nonconformity n2 { raised: 2026-01-01, status: closed, due: 2026-03-01, closed_on: 2026-04-01 }\n\
             nonconformity n3 { raised: 2026-01-01, status: in_progress, due: 2026-09-01 }\n",
        );
        let r = Records::index(&m);
        let as_of = date("2026-05-01");
        let overdue: Vec<&str> = r
            .nonconformities
            .iter()
            .filter(|n| n.overdue(as_of).is_some())
            .map(Record::name)
            .collect();
        assert_eq!(overdue, vec!["n1"]);
        // Before it was closed, n2 was overdue too.
        assert!(r.nonconformities[1].overdue(date("2026-03-15")).is_some());
    }
}
