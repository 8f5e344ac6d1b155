//! Suppliers' assurance: the certificates, attestation reports and self-assessments
//! each supplier holds (`assurance` declarations), read once and indexed by
//! supplier, with the expiry date each one has on the catalogue's terms. The rules
//! (`rules/supplier_assurance.rs`), the report's supplier section and `aims publish`
//! read this one answer.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::semantic::catalogue::Catalogue;
use crate::semantic::model::{Decl, Model};
use crate::semantic::values;

/// One `assurance` declaration, read loosely (the per-file checks report what is
/// missing or malformed).
#[derive(Clone, Debug)]
pub struct Assurance<'a> {
    pub decl: &'a Decl,
    pub supplier: &'a str,
    pub framework: &'a str,
    /// `certificate`, `attestation` or `self_assessment`: as written, else what the
    /// framework issues.
    pub kind: &'static str,
    pub issued: Option<Date>,
    /// `expires` as written, else `issued` plus the framework's certificate validity
    /// (or its self-assessment interval).
    pub expires: Option<Date>,
}

impl Assurance<'_> {
    /// Whether it is in force on `as_of`: issued by then (when known) and not expired.
    pub fn current(&self, as_of: Date) -> bool {
        self.issued.is_none_or(|d| d <= as_of) && self.expires.is_none_or(|d| d >= as_of)
    }

    pub fn text(&self, field: &str) -> Option<&str> {
        self.decl.item.field(field).and_then(|f| f.value.as_str())
    }
}

/// Every assurance, by supplier name, in source order.
#[derive(Clone, Debug, Default)]
pub struct AssuranceIndex<'a> {
    pub by_supplier: BTreeMap<&'a str, Vec<Assurance<'a>>>,
}

impl<'a> AssuranceIndex<'a> {
    /// Reads every `assurance` in one pass.
    pub fn index(model: &'a Model, catalogue: &Catalogue) -> AssuranceIndex<'a> {
        let mut out = AssuranceIndex::default();
        for decl in model.of_kind("assurance") {
            let word = |f: &str| decl.item.field(f).and_then(|f| f.value.as_ident());
            let (Some(supplier), Some(framework)) = (word("supplier"), word("framework")) else {
                continue;
            };
            let date = |f: &str| decl.item.field(f).and_then(|f| values::date(&f.value));
            let fw = catalogue.framework(framework);
            let kind = match word("kind") {
                Some("certificate") => "certificate",
                Some("attestation") => "attestation",
                Some("self_assessment") => "self_assessment",
                _ if fw.is_some_and(|f| f.self_assessment) => "self_assessment",
                _ if fw.is_some_and(|f| f.attestation) => "attestation",
                _ => "certificate",
            };
            let issued = date("issued");
            let validity = fw.and_then(|f| {
                if kind == "self_assessment" {
                    f.assessment_every
                } else {
                    f.certificate_valid
                }
            });
            let expires = date("expires").or_else(|| validity?.after(issued?));
            out.by_supplier
                .entry(supplier)
                .or_default()
                .push(Assurance {
                    decl,
                    supplier,
                    framework,
                    kind,
                    issued,
                    expires,
                });
        }
        out
    }

    /// Whether the spec records any assurance of this supplier, for any framework.
    pub fn tracks(&self, supplier: &str) -> bool {
        self.by_supplier.contains_key(supplier)
    }

    /// The assurances a supplier holds for one framework.
    pub fn of<'s>(
        &'s self,
        supplier: &str,
        framework: &'s str,
    ) -> impl Iterator<Item = &'s Assurance<'a>> + 's {
        self.by_supplier
            .get(supplier)
            .into_iter()
            .flatten()
            .filter(move |a| a.framework == framework)
    }
}
