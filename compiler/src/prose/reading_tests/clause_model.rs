//! The clause model on its own: what `clause` reads from one sentence (kind,
//! holder, time, negation, condition per predicate) and what `reading` infers
//! from a clause built by hand, with no words at all.

use crate::prose::Names;
use crate::prose::aliases::{find_aliases, prepare_aliases};
use crate::prose::clause::{Clause, Predicate, Time, read_sentence};
use crate::prose::corpus::test_aliases;
use crate::prose::lexicon;
use crate::prose::reading::{Verdict, reading};
use crate::prose::sentences;
use crate::prose::subjects::{Ctx, NameSets};
use crate::prose::{ClaimedStatus, Subject};

use super::{A, N, P, Pl};

/// The clauses of one sentence, read knowing a supplier's name.
fn clauses_of(text: &str) -> Vec<Clause> {
    let aliases = prepare_aliases(&test_aliases());
    let ranges: Vec<_> = find_aliases(text, &aliases)
        .into_iter()
        .map(|f| f.range)
        .collect();
    let names = Names {
        organisation: vec!["Northwind".into()],
        suppliers: vec!["Equinix".into()],
        ..Default::default()
    };
    let names = NameSets::new(&names);
    let tokens = sentences::tokenize(text, 0..text.len(), &ranges);
    let ctx = Ctx {
        voc: lexicon::compiled(),
        names: &names,
        text,
        reader_is_org: false,
        roles_are_org: false,
        others_are_org: false,
    };
    read_sentence(&tokens, ctx)
}

/// The last predicate of a sentence (the one nearest its end, where a
/// sentence's main verb phrase usually sits).
fn predicate_of(text: &str) -> Predicate {
    let predicates: Vec<Predicate> = clauses_of(text)
        .into_iter()
        .flat_map(|c| c.predicates)
        .collect();
    predicates
        .last()
        .cloned()
        .unwrap_or_else(|| panic!("{text}: no predicate"))
}

fn phrase_of<'t>(text: &'t str, p: &Predicate) -> &'t str {
    &text[p.span.0..p.span.1]
}

#[test]
fn each_kind_of_predicate_is_read_with_its_phrase() {
    let cases = [
        ("Keel has held ISO 27001 since 2021.", A),
        ("Our team is working towards ISO 42001.", P),
        ("ISO 42001 is on our roadmap for next year.", Pl),
        (
            "Our ISMS is compliant with ISO 27001.",
            ClaimedStatus::Compliant,
        ),
        (
            "Our controls are aligned with ISO 42001.",
            ClaimedStatus::Aligned,
        ),
    ];
    for (text, kind) in cases {
        let p = predicate_of(text);
        assert_eq!(p.kind, kind, "{text}: {p:?}");
        assert_eq!(p.holder, Subject::Organisation, "{text}");
        assert!(!p.negated && !p.hypothetical, "{text}: {p:?}");
        assert!(!phrase_of(text, &p).is_empty(), "{text}");
    }
}

#[test]
fn negation_is_a_property_of_the_predicate_not_a_dropped_phrase() {
    for text in [
        "We are not yet certified to ISO 27001.",
        "We have never been audited against ISO 42001.",
    ] {
        let p = predicate_of(text);
        assert!(p.negated, "{text}: {p:?}");
        assert_eq!(p.kind, A, "{text}");
        let read: Vec<Option<ClaimedStatus>> = clauses_of(text).iter().map(status).collect();
        assert_eq!(read, vec![Some(N)], "{text}");
    }
    // A negated intention is no predicate; the clause remembers it.
    let clauses = clauses_of("We have no plans to pursue ISO 42001.");
    assert!(clauses.iter().any(|c| c.negated_intent), "{clauses:?}");
    assert!(
        clauses.iter().all(|c| c.predicates.is_empty()),
        "{clauses:?}"
    );
}

#[test]
fn time_and_condition_are_read_per_predicate() {
    let p = predicate_of("We will be certified to ISO 42001 by June 2027.");
    assert_eq!(p.time, Time::Future { by_date: true }, "{p:?}");
    let p = predicate_of("One day we will be certified to ISO 42001.");
    assert_eq!(p.time, Time::Future { by_date: false }, "{p:?}");
    let p = predicate_of("Our ISO 27001 certificate has been in place for years.");
    assert_eq!(p.time, Time::Present, "{p:?}");
    let p = predicate_of("If we achieve ISO 27001 next year, prices will rise.");
    assert!(p.hypothetical, "{p:?}");
}

#[test]
fn the_holder_is_whoever_the_words_name() {
    let cases = [
        (
            "Equinix, which runs our data centre, holds ISO 27001.",
            Subject::Supplier,
        ),
        // An aside of place that names the organisation is not the subject.
        (
            "Equinix's Slough site, where Northwind stores its archives, holds ISO 27001.",
            Subject::Supplier,
        ),
        (
            "Our CISO has passed the ISO 27001 Lead Auditor exam and is certified.",
            Subject::Person,
        ),
        (
            "Organisations certified to ISO 27001 must run internal audits.",
            Subject::Standard,
        ),
        (
            "\u{201c}ISO 42001 compliant\u{201d} is not the same as certified.",
            Subject::Standard,
        ),
        ("Northwind holds ISO 27001.", Subject::Organisation),
    ];
    for (text, holder) in cases {
        let holders: Vec<Subject> = clauses_of(text)
            .iter()
            .flat_map(|c| c.predicates.iter().map(|p| p.holder))
            .collect();
        assert_eq!(holders.first(), Some(&holder), "{text}: {holders:?}");
    }
}

#[test]
fn a_sentence_divides_into_clauses_with_their_own_frameworks() {
    let clauses = clauses_of("We hold Cyber Essentials, and ISO 27001 is planned.");
    let named: Vec<(usize, usize)> = clauses
        .iter()
        .map(|c| (c.frameworks.len(), c.predicates.len()))
        .collect();
    assert_eq!(named, vec![(1, 1), (1, 1)], "{clauses:?}");
    let readings: Vec<Option<ClaimedStatus>> = clauses
        .iter()
        .map(|c| match reading(c) {
            Verdict::Claim(s, _) => Some(s),
            _ => None,
        })
        .collect();
    assert_eq!(readings, vec![Some(A), Some(Pl)]);
    let back = clauses_of("Certification is planned for 2028.");
    assert!(
        back.iter()
            .any(|c| c.refers_back && c.frameworks.is_empty())
    );
}

/// A one-predicate clause about the organisation, present, affirmed.
fn plain(kind: ClaimedStatus) -> Clause {
    Clause::split_off(
        vec![0],
        vec![Predicate::inferred(kind, (0, 4), Subject::Organisation)],
        false,
    )
}

fn status(clause: &Clause) -> Option<ClaimedStatus> {
    match reading(clause) {
        Verdict::Claim(s, _) => Some(s),
        _ => None,
    }
}

#[test]
fn reading_is_a_function_of_the_clause() {
    assert_eq!(status(&plain(A)), Some(A));
    let mut c = plain(A);
    c.predicates[0].negated = true;
    assert_eq!(status(&c), Some(N));
    let mut c = plain(A);
    c.lapse = Some((5, 11));
    assert_eq!(status(&c), Some(ClaimedStatus::Lapsed));
    let mut c = plain(A);
    c.predicates[0].time = Time::Future { by_date: true };
    assert_eq!(status(&c), Some(P));
    c.predicates[0].time = Time::Future { by_date: false };
    assert_eq!(status(&c), Some(Pl));
    let mut c = plain(P);
    c.predicates[0].time = Time::Future { by_date: true };
    assert_eq!(status(&c), Some(Pl));
    let mut c = plain(Pl);
    c.upkeep_word = true;
    assert_eq!(status(&c), Some(A));
    let mut c = plain(A);
    c.predicates[0].hypothetical = true;
    assert_eq!(reading(&c), Verdict::Conditional);
    let mut c = plain(A);
    c.predicates[0].holder = Subject::Supplier;
    assert_eq!(reading(&c), Verdict::Someone(Subject::Supplier));
    let mut c = plain(P);
    c.predicates[0].completed_step = true;
    assert_eq!(status(&c), Some(A));
    let mut c = plain(P);
    c.predicates.clear();
    c.negated_intent = true;
    assert_eq!(reading(&c), Verdict::Negated);
}

#[test]
fn of_two_readings_in_one_clause_precedence_decides() {
    let mut c = plain(A);
    let mut second = c.predicates[0].clone();
    second.kind = Pl;
    second.span = (5, 9);
    c.predicates.push(second);
    // "We plan to become certified": planned beats achieved.
    assert_eq!(reading(&c), Verdict::Claim(Pl, (5, 9)));
}
