//! The word lists of `vocabulary.rs` compiled into patterns, once per process.
//!
//! The claim reader asks "which phrases may start at this token?" for every token
//! of every clause; compiling the lists once and indexing the status phrases by
//! their first word keeps that question cheap.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::prose::pattern::{Elem, Pattern, PatternSet};
use crate::prose::sentences::{Token, TokenKind};
use crate::prose::status_phrases::PHRASES;
use crate::prose::subject_words::{
    COPULAS, GENERIC_SUBJECTS, INTRODUCTIONS, ORG_REFERENCES, ORG_SUBJECTS, PEOPLE,
    SELF_DESCRIPTIONS, SUPPLIERS, THIRD_PARTIES,
};
use crate::prose::vocabulary::{
    ANAPHORS, CONDITIONALS, Effect, FUTURE_MARKERS, LAPSE_MARKERS, MAINTENANCE_MARKERS,
    MAINTENANCE_PHRASES, NEGATORS, NEGATORS_AFTER,
};

/// Every list above compiled once.
pub struct Compiled {
    /// [`PHRASES`], index for index.
    pub phrases: Vec<(Pattern, Effect)>,
    /// Indexes into `phrases` by the words or punctuation a phrase may start
    /// with, in table order.
    pub phrases_by_first: HashMap<&'static str, Vec<usize>>,
    /// Indexes into `phrases` of the phrases that start with a mention.
    pub phrases_at_mention: Vec<usize>,
    /// [`NEGATORS`].
    pub negators: PatternSet,
    /// [`NEGATORS_AFTER`].
    pub negators_after: PatternSet,
    /// [`LAPSE_MARKERS`].
    pub lapses: PatternSet,
    /// [`FUTURE_MARKERS`].
    pub future: PatternSet,
    /// [`MAINTENANCE_MARKERS`].
    pub maintenance: PatternSet,
    /// [`MAINTENANCE_PHRASES`].
    pub maintenance_phrases: PatternSet,
    /// [`CONDITIONALS`].
    pub conditionals: PatternSet,
    /// [`THIRD_PARTIES`].
    pub third_parties: PatternSet,
    /// [`SUPPLIERS`].
    pub suppliers: PatternSet,
    /// [`PEOPLE`].
    pub people: PatternSet,
    /// [`GENERIC_SUBJECTS`].
    pub generic: PatternSet,
    /// [`ORG_REFERENCES`].
    pub org: PatternSet,
    /// [`ORG_SUBJECTS`].
    pub org_subjects: PatternSet,
    /// [`COPULAS`].
    pub copulas: PatternSet,
    /// [`SELF_DESCRIPTIONS`].
    pub self_descriptions: PatternSet,
    /// [`INTRODUCTIONS`].
    pub introductions: PatternSet,
    /// [`ANAPHORS`].
    pub anaphors: PatternSet,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let phrases: Vec<(Pattern, Effect)> = PHRASES
        .iter()
        .map(|(p, e)| (Pattern::compile(p), *e))
        .collect();
    let mut phrases_by_first: HashMap<&'static str, Vec<usize>> = HashMap::new();
    let mut phrases_at_mention = Vec::new();
    for (i, (pattern, _)) in phrases.iter().enumerate() {
        match pattern.elems.first() {
            Some(Elem::Word(alts)) => {
                for alt in alts {
                    phrases_by_first.entry(*alt).or_default().push(i);
                }
            }
            Some(Elem::Mention) => phrases_at_mention.push(i),
            // Patterns never start with a wildcard (a test checks it).
            Some(Elem::Any) | None => {}
        }
    }
    // A contraction may open the phrases either of its words opens ("isn't"
    // opens "is not …" and "not currently available").
    for &(short, first, second) in crate::prose::pattern::CONTRACTIONS {
        let mut opened: Vec<usize> = [first, second]
            .iter()
            .filter_map(|w| phrases_by_first.get(w))
            .flatten()
            .copied()
            .chain(phrases_by_first.get(short).into_iter().flatten().copied())
            .collect();
        opened.sort_unstable();
        opened.dedup();
        if !opened.is_empty() {
            phrases_by_first.insert(short, opened);
        }
    }
    Compiled {
        phrases,
        phrases_by_first,
        phrases_at_mention,
        negators: PatternSet::new(NEGATORS),
        negators_after: PatternSet::new(NEGATORS_AFTER),
        lapses: PatternSet::new(LAPSE_MARKERS),
        future: PatternSet::new(FUTURE_MARKERS),
        maintenance: PatternSet::new(MAINTENANCE_MARKERS),
        maintenance_phrases: PatternSet::new(MAINTENANCE_PHRASES),
        conditionals: PatternSet::new(CONDITIONALS),
        third_parties: PatternSet::new(THIRD_PARTIES),
        suppliers: PatternSet::new(SUPPLIERS),
        people: PatternSet::new(PEOPLE),
        generic: PatternSet::new(GENERIC_SUBJECTS),
        org: PatternSet::new(ORG_REFERENCES),
        org_subjects: PatternSet::new(ORG_SUBJECTS),
        copulas: PatternSet::new(COPULAS),
        self_descriptions: PatternSet::new(SELF_DESCRIPTIONS),
        introductions: PatternSet::new(INTRODUCTIONS),
        anaphors: PatternSet::new(ANAPHORS),
    }
});

/// The compiled vocabulary.
pub fn compiled() -> &'static Compiled {
    &COMPILED
}

impl Compiled {
    /// Indexes into `phrases` of the phrases that may start at `token`, in table
    /// order.
    pub fn phrases_starting_with(&self, token: &Token) -> &[usize] {
        match token.kind {
            TokenKind::Mention(_) => &self.phrases_at_mention,
            _ => self
                .phrases_by_first
                .get(token.norm.as_str())
                .map_or(&[], Vec::as_slice),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles_to_something() {
        for (p, _) in PHRASES {
            let c = Pattern::compile(p);
            assert!(!c.elems.is_empty(), "{p}");
            assert!(
                !matches!(c.elems.first(), Some(Elem::Any)),
                "{p} starts with *"
            );
            assert!(
                !matches!(c.elems.last(), Some(Elem::Any)),
                "{p} ends with *"
            );
        }
        for list in [
            MAINTENANCE_MARKERS,
            NEGATORS,
            LAPSE_MARKERS,
            FUTURE_MARKERS,
            CONDITIONALS,
            THIRD_PARTIES,
            SUPPLIERS,
            PEOPLE,
            GENERIC_SUBJECTS,
            ANAPHORS,
        ] {
            for p in list {
                assert!(!Pattern::compile(p).elems.is_empty(), "{p}");
            }
        }
    }
}
