//! What a held certificate is said not to cover. "Our certification does not
//! yet cover ISO 42001" names two things in one clause: a certificate that is
//! held (the subject) and a framework that it does not reach (the object of a
//! negated verb of coverage). The clause model gives every framework of a
//! clause one status, so this module finds where such a clause divides; the
//! clause model then reads the certificate as held and the framework beyond
//! the coverage as not held.
//!
//! The passive and the word "outside" say the same with the framework first:
//! "ISO 42001 is not yet covered by our certificate", "ISO 42001 falls outside
//! the scope of our certification".

use std::ops::Range;

use crate::prose::lexicon::Compiled;
use crate::prose::sentences::{Token, TokenKind};
use crate::prose::vocabulary;

/// Where a clause that denies a certificate's coverage of a framework divides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeniedCoverage {
    /// The tokens of the certificate's side ("our ISO 27001 certification").
    pub held: Range<usize>,
    /// The tokens of the framework's side ("ISO 42001").
    pub denied: Range<usize>,
    /// The tokens of the denial ("does not yet cover", "outside").
    pub denial: Range<usize>,
    /// True when the denial says the framework is not held: the certificate
    /// names no framework of its own ("our certification does not cover ISO
    /// 42001"), or "yet" says the coverage is still to come ("our ISO 27001
    /// certificate does not cover ISO 42001 yet"). Otherwise the clause only
    /// bounds one certificate's scope ("our ISO 27001 certificate does not
    /// cover ISO 42001"), which says nothing of a certificate for the other.
    pub not_held: bool,
}

/// Finds a denied coverage in the clause `range`: a negated verb of coverage
/// with the certificate on one side and a framework on the other.
pub fn denied_coverage(
    tokens: &[Token],
    range: Range<usize>,
    voc: &Compiled,
) -> Option<DeniedCoverage> {
    let negators = voc.negators.find_all(tokens, range.clone());
    // The negator whose verb chain ends right before `verb`.
    let negator_of = |verb: usize| {
        negators.iter().copied().find(|&(_, e)| {
            e <= verb
                && (e..verb).all(|i| vocabulary::VERB_CHAIN.contains(&tokens[i].norm.as_str()))
        })
    };
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|_| range.contains(&i))
            .map_or("", |t| t.norm.as_str())
    };
    for v in range.clone() {
        let w = word(v);
        // "Our certification does not (yet) cover ISO 42001".
        if vocabulary::COVERAGE_VERBS.contains(&w)
            && let Some((ns, _)) = negator_of(v)
            && let Some(object) = first_mention(tokens, v + 1..range.end.min(v + 5))
            && (v + 1..object).all(|i| tokens[i].kind == TokenKind::Word)
            && let Some(certificate) = names_certificate(tokens, range.start..ns)
        {
            return Some(DeniedCoverage {
                not_held: certificate
                    && (!names_framework(tokens, range.start..ns)
                        || said_yet(tokens, range.clone())),
                held: range.start..ns,
                denied: v + 1..range.end,
                denial: ns..v + 1,
            });
        }
        // "ISO 42001 is not yet covered by our certificate", "ISO 42001
        // falls outside the scope of our certification".
        let passive = vocabulary::COVERAGE_PARTICIPLES.contains(&w)
            && matches!(word(v + 1), "by" | "in" | "under" | "within");
        let outside = w == "outside";
        let denial_start = if outside {
            Some(v)
        } else if passive {
            negator_of(v).map(|(ns, _)| ns)
        } else {
            None
        };
        if let Some(ds) = denial_start
            && first_mention(tokens, range.start..ds).is_some()
            && let Some(certificate) = names_certificate(tokens, v + 1..range.end.min(v + 8))
        {
            return Some(DeniedCoverage {
                not_held: certificate
                    && (!names_framework(tokens, v + 1..range.end)
                        || said_yet(tokens, range.clone())),
                held: v + 1..range.end,
                denied: range.start..ds,
                denial: ds..v + 1,
            });
        }
    }
    None
}

/// The first framework mention in `range`.
fn first_mention(tokens: &[Token], range: Range<usize>) -> Option<usize> {
    range
        .into_iter()
        .find(|&i| matches!(tokens.get(i).map(|t| t.kind), Some(TokenKind::Mention(_))))
}

/// True when `range` names a framework.
fn names_framework(tokens: &[Token], range: Range<usize>) -> bool {
    first_mention(tokens, range).is_some()
}

/// Whether `range` names a certificate or report of the organisation's: a
/// possessive before a noun of certification ("our certification", "the scope
/// of our ISO 27001 certificate") is `Some(true)`; before a report ("our SOC 2
/// report") it is `Some(false)`, since what a report does not cover says
/// nothing of any certificate the organisation holds.
fn names_certificate(tokens: &[Token], range: Range<usize>) -> Option<bool> {
    let p = range
        .clone()
        .find(|&i| matches!(tokens[i].norm.as_str(), "our" | "its"))?;
    let nouns = || (p + 1..range.end.min(p + 5)).map(|i| tokens[i].norm.as_str());
    if nouns().any(|w| vocabulary::COVERING_CERTIFICATES.contains(&w)) {
        Some(true)
    } else if nouns().any(|w| vocabulary::COVERING_REPORTS.contains(&w)) {
        Some(false)
    } else {
        None
    }
}

/// True when "yet" is said in the clause: the coverage is still to come.
fn said_yet(tokens: &[Token], range: Range<usize>) -> bool {
    tokens[range].iter().any(|t| t.norm == "yet")
}
