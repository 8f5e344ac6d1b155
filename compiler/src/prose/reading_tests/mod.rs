//! Tests of the whole reader, sentence in, statuses out: each test writes
//! sentences of one kind and checks the status and subject read from them.
//! `clauses` covers single clauses and the structure of a page; `named` covers
//! texts read knowing the organisation's and suppliers' names.

mod blocks;
mod certificate_facts;
mod clause_forms;
mod clause_model;
mod clauses;
mod comparisons;
mod conversation;
mod coverage_and_objects;
mod discourse;
mod generality;
mod handling_and_products;
mod lists_of_standing;
mod named;
mod others_and_topics;
mod paraphrases;
mod party_records;
mod roles;
mod scope_and_time;
mod sections;
mod spoken_and_contract_forms;
mod structure;
mod written_forms;

use crate::prose::corpus::test_aliases;
use crate::prose::{ClaimedStatus, Names, ProseFormat, Subject, find_mentions};

pub use ClaimedStatus::{
    Achieved as A, Aligned as Al, Compliant as C, InProgress as P, Lapsed as L, Not as N,
    Planned as Pl,
};

pub fn claims(text: &str) -> Vec<(String, Option<ClaimedStatus>)> {
    find_mentions(text, ProseFormat::Markdown, &test_aliases())
        .into_iter()
        .map(|m| (m.framework, m.status))
        .collect()
}

pub fn check(text: &str, want: &[(&str, Option<ClaimedStatus>)]) {
    let want: Vec<(String, Option<ClaimedStatus>)> =
        want.iter().map(|(f, s)| (f.to_string(), *s)).collect();
    assert_eq!(claims(text), want, "{text}");
}

pub fn with_names(
    text: &str,
    format: ProseFormat,
) -> Vec<(String, Option<ClaimedStatus>, Option<Subject>)> {
    let names = Names {
        organisation: vec![
            "Northwind Analytics Ltd".into(),
            "Northwind".into(),
            "Northwind Analytics".into(),
        ],
        suppliers: vec!["Amazon Web Services".into(), "aws".into(), "Equinix".into()],
        ..Default::default()
    };
    crate::prose::find_mentions_with(text, format, &test_aliases(), &names)
        .into_iter()
        .map(|m| (m.framework, m.status, m.subject))
        .collect()
}

/// The mentions of `text` read in `format`, with no names known.
pub fn mentions(text: &str, format: ProseFormat) -> Vec<crate::prose::Mention> {
    crate::prose::find_mentions_with(text, format, &test_aliases(), &Names::default())
}

pub fn read(text: &str) -> Vec<(String, Option<ClaimedStatus>, Option<Subject>)> {
    with_names(text, ProseFormat::Markdown)
}

pub fn one(text: &str) -> (Option<ClaimedStatus>, Option<Subject>) {
    let got = read(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    (got[0].1, got[0].2)
}
