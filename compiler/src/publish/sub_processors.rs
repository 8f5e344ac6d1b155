//! The sub-processors section of the trust statement: the suppliers a buyer's data
//! or service depends on, with the assurance each holds on the as-of date.
//!
//! Which suppliers: those an AI system lists in `suppliers` or a control names in
//! `relies_on`, because those are the ones the service runs on (hosting, model
//! APIs) and that a buyer's due diligence asks about. A supplier that is only
//! declared is not listed. The spec has no field that says a supplier processes
//! customer data, so the statement calls them sub-processors in the sense buyers
//! use on trust pages: third parties the service depends on.
//!
//! What is said: for each framework, the supplier's latest `assurance` (the one in
//! force that runs longest, else the one that ended last). One in force is "holds
//! … valid to DATE"; one that has ended is "expired on DATE"; one not yet issued is
//! left out; a supplier with none says that none is recorded. Never more than the
//! record holds.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::Serialize;

use crate::semantic::assurance::{Assurance, AssuranceIndex};
use crate::semantic::catalogue::Catalogue;
use crate::semantic::model::Model;
use crate::semantic::rules::claims::display_name;

/// A supplier the service depends on, with its assurance.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SubProcessor {
    /// The supplier's name in the spec (`cloud_host`).
    pub supplier: String,
    /// Its display name: the title, else the name.
    pub name: String,
    /// What it provides, as written in the spec.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provides: Option<String>,
    /// One entry per framework, in framework-name order.
    pub assurance: Vec<SubProcessorAssurance>,
    /// The honest sentence about its assurance.
    pub sentence: String,
}

/// A supplier's latest assurance for one framework.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SubProcessorAssurance {
    /// The framework's name in the spec (`iso27001`).
    pub framework: String,
    /// Its familiar name (`ISO/IEC 27001`).
    pub name: String,
    /// `certificate`, `attestation` or `self_assessment`.
    pub kind: String,
    /// `current` or `expired` on the as-of date.
    pub status: String,
    /// The last day it is valid, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
}

/// The suppliers that systems use or controls rely on, in name order.
pub fn build(model: &Model, catalogue: &Catalogue, as_of: Date) -> Vec<SubProcessor> {
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for (kind, field) in [("system", "suppliers"), ("control", "relies_on")] {
        for decl in model.of_kind(kind) {
            if let Some(f) = decl.item.field(field) {
                used.extend(f.value.elements().iter().filter_map(|v| v.as_ident()));
            }
        }
    }
    let index = AssuranceIndex::index(model, catalogue);
    model
        .of_kind("supplier")
        .filter(|s| used.contains(s.name()))
        .map(|supplier| {
            let mut latest: BTreeMap<&str, &Assurance<'_>> = BTreeMap::new();
            for a in index.by_supplier.get(supplier.name()).into_iter().flatten() {
                if a.issued.is_some_and(|d| d > as_of) {
                    continue; // not yet issued: nothing to say yet
                }
                let rank = |a: &Assurance<'_>| (a.current(as_of), a.expires.is_none(), a.expires);
                let best = latest.entry(a.framework).or_insert(a);
                if rank(a) > rank(best) {
                    *best = a;
                }
            }
            let assurance: Vec<SubProcessorAssurance> = latest
                .into_values()
                .map(|a| SubProcessorAssurance {
                    framework: a.framework.to_owned(),
                    name: catalogue
                        .framework(a.framework)
                        .map_or_else(|| a.framework.to_owned(), display_name),
                    kind: a.kind.to_owned(),
                    status: if a.current(as_of) {
                        "current"
                    } else {
                        "expired"
                    }
                    .to_owned(),
                    valid_to: a.expires.map(|d| d.to_string()),
                })
                .collect();
            let name = supplier
                .item
                .title
                .as_ref()
                .map_or_else(|| supplier.name().to_owned(), |t| t.value.clone());
            SubProcessor {
                supplier: supplier.name().to_owned(),
                sentence: sentence(&name, &assurance),
                name,
                provides: supplier
                    .item
                    .field("provides")
                    .and_then(|f| f.value.as_str())
                    .map(str::to_owned),
                assurance,
            }
        })
        .collect()
}

/// "Cloud Ltd holds an ISO/IEC 27001 certificate valid to 2028-03-31. Cloud Ltd's
/// SOC 2 attestation report expired on 2026-01-31." The supplier is the subject, so the
/// prose reader attributes the frameworks to it and not to the organisation.
fn sentence(name: &str, assurance: &[SubProcessorAssurance]) -> String {
    if assurance.is_empty() {
        return format!("{name}: no certificate or report is recorded.");
    }
    let noun = |a: &SubProcessorAssurance| match a.kind.as_str() {
        "attestation" => format!("{} attestation report", a.name),
        "self_assessment" => format!("{} self-assessment", a.name),
        _ => format!("{} certificate", a.name),
    };
    let until = |a: &SubProcessorAssurance| {
        a.valid_to
            .as_deref()
            .map_or_else(String::new, |d| format!(" valid to {d}"))
    };
    // One sentence per framework: in a list ("holds X and Y") the prose reader
    // takes the later mentions to be the organisation's own.
    let mut parts = Vec::new();
    for a in assurance.iter().filter(|a| a.status == "current") {
        parts.push(format!("{name} holds {}{}.", article(&noun(a)), until(a)));
    }
    for a in assurance.iter().filter(|a| a.status != "current") {
        let ended = a.valid_to.as_deref().map_or_else(
            || "is no longer in force".to_owned(),
            |d| format!("expired on {d}"),
        );
        parts.push(format!("{name}'s {} {ended}.", noun(a)));
    }
    parts.join(" ")
}

fn article(noun: &str) -> String {
    let vowel = noun
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, kind: &str, status: &str, valid_to: &str) -> SubProcessorAssurance {
        SubProcessorAssurance {
            framework: name.to_lowercase(),
            name: name.to_owned(),
            kind: kind.to_owned(),
            status: status.to_owned(),
            valid_to: Some(valid_to.to_owned()),
        }
    }

    #[test]
    fn the_sentence_says_what_is_held_and_what_has_expired() {
        let text = sentence(
            "Cloud Ltd",
            &[
                entry("ISO/IEC 27001", "certificate", "current", "2028-03-31"),
                entry("SOC 2", "attestation", "expired", "2026-01-31"),
            ],
        );
        assert_eq!(
            text,
            "Cloud Ltd holds an ISO/IEC 27001 certificate valid to 2028-03-31. Cloud Ltd's SOC 2 attestation report expired on 2026-01-31."
        );
        assert_eq!(
            sentence("Cloud Ltd", &[]),
            "Cloud Ltd: no certificate or report is recorded."
        );
    }
}
