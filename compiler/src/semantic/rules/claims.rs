//! What the spec claims about each framework: the status of its certification (or,
//! for SOC 2, its attestation), and how statuses compare in strength.
//!
//! Shared by the certification rules and the published-prose rules, so that both
//! read "the status of ISO/IEC 27001 in this spec" the same way.

use jiff::civil::Date;

use crate::semantic::model::{Decl, Model};
use crate::semantic::values;
use crate::text::TextRange;

/// A certification or attestation status: the word set declared in `words.rs`.
pub use crate::semantic::words::CertificationStatus as Status;

/// One `certification` or `attestation` declaration, read loosely: anything that is
/// missing or malformed is `None` (the per-file checks report it).
pub struct Claim<'a> {
    pub decl: &'a Decl,
    pub framework: Option<(&'a str, TextRange)>,
    pub status: Option<(Status, TextRange)>,
}

impl<'a> Claim<'a> {
    pub fn read(decl: &'a Decl) -> Claim<'a> {
        let item = &decl.item;
        Claim {
            decl,
            framework: item
                .field("framework")
                .and_then(|f| Some((f.value.as_ident()?, f.value.range))),
            status: item
                .field("status")
                .and_then(|f| Some((Status::from_word(f.value.as_ident()?)?, f.value.range))),
        }
    }

    pub fn is_attestation(&self) -> bool {
        self.decl.kind() == "attestation"
    }

    pub fn framework_name(&self) -> Option<&'a str> {
        self.framework.map(|(n, _)| n)
    }

    pub fn status_word(&self) -> Option<Status> {
        self.status.map(|(s, _)| s)
    }

    /// A calendar-date field and where its value is.
    pub fn date(&self, name: &str) -> Option<(Date, TextRange)> {
        let field = self.decl.item.field(name)?;
        Some((values::date(&field.value)?, field.value.range))
    }

    /// A date, month or quarter field (compared as its last day).
    pub fn date_like(&self, name: &str) -> Option<(Date, TextRange)> {
        let field = self.decl.item.field(name)?;
        Some((values::date_like(&field.value)?, field.value.range))
    }

    pub fn has(&self, name: &str) -> bool {
        self.decl
            .item
            .field(name)
            .is_some_and(|f| f.value.kind != crate::syntax::ast::ValueKind::Missing)
    }
}

/// Every certification and attestation in the workspace, in source order.
pub fn claims(model: &Model) -> impl Iterator<Item = Claim<'_>> {
    model
        .of_kinds(&["certification", "attestation"])
        .map(Claim::read)
}

/// The strongest status the spec records for `framework`, with the declaration that
/// records it; `None` when the spec has no certification or attestation of it.
pub fn status_of<'a>(model: &'a Model, framework: &str) -> Option<(Status, &'a Decl)> {
    claims(model)
        .filter(|c| c.framework_name() == Some(framework))
        .filter_map(|c| Some((c.status_word()?, c.decl)))
        .max_by_key(|(s, _)| s.strength())
}

/// Whether the spec has a certification or attestation of `framework` whose status
/// cannot be read (`status: certified`): comparisons with it would only repeat the
/// `invalid-value` that reports it, as if the certification were absent.
pub fn has_unreadable_status(model: &Model, framework: &str) -> bool {
    claims(model)
        .filter(|c| c.framework_name() == Some(framework))
        .any(|c| c.status.is_none() && c.has("status"))
}

/// A short, familiar name for a framework in messages: "ISO/IEC 27001",
/// "Cyber Essentials Plus", "SOC 2".
pub fn display_name(framework: &crate::semantic::catalogue::Framework) -> String {
    let short_title = framework.title.split(" — ").next().unwrap_or("").trim();
    if !short_title.is_empty() && short_title.chars().count() <= 30 {
        return short_title.to_owned();
    }
    framework
        .aliases
        .iter()
        .find(|a| !a.contains(':'))
        .cloned()
        .unwrap_or_else(|| framework.name.clone())
}
