//! The small pattern language that the word lists are written in, and its matcher.
//!
//! A pattern is a sequence of elements separated by spaces, matched against the
//! word tokens of one clause (lowercase, `'s` stripped):
//!
//! - `word` matches that word; `a|b|c` matches any of the alternatives;
//!   punctuation such as `-` or `(` matches that punctuation token, and `¦`
//!   the bar `|` between table cells (the bar itself separates alternatives);
//! - `@` matches one framework mention;
//! - `*` matches up to [`WILDCARD_MAX`] tokens, but never clause punctuation.
//!
//! The matcher knows nothing of what the lists mean; `lexicon.rs` compiles the
//! lists of `vocabulary.rs` with it.

use crate::prose::sentences::{Token, TokenKind};

/// Punctuation that a `*` wildcard never crosses.
pub static WILDCARD_BARRIERS: &[char] = &[
    ',', ';', ':', '.', '!', '?', '(', ')', '|', '\u{2013}', '\u{2014}',
];

/// The most tokens a `*` wildcard matches.
pub const WILDCARD_MAX: usize = 4;

/// One element of a compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Elem {
    /// One token equal to any of these words or punctuation marks.
    Word(Vec<&'static str>),
    /// One framework mention.
    Mention,
    /// Up to [`WILDCARD_MAX`] tokens.
    Any,
}

/// A pattern compiled from the pattern language.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// The elements in order.
    pub elems: Vec<Elem>,
    /// True when the pattern has a `*`.
    pub has_wildcard: bool,
}

impl Pattern {
    /// Compiles one pattern; see the module documentation for the syntax.
    pub fn compile(src: &'static str) -> Pattern {
        let elems: Vec<Elem> = src
            .split_whitespace()
            .map(|part| match part {
                "*" => Elem::Any,
                "@" => Elem::Mention,
                _ => Elem::Word(
                    part.split('|')
                        .filter(|w| !w.is_empty())
                        .map(|w| if w == "\u{a6}" { "|" } else { w })
                        .collect(),
                ),
            })
            .collect();
        let has_wildcard = elems.contains(&Elem::Any);
        Pattern {
            elems,
            has_wildcard,
        }
    }

    /// Matches the pattern at token `at`; returns the end (exclusive) of the
    /// shortest match and the tokens the wildcards took.
    pub fn match_at(&self, tokens: &[Token], at: usize) -> Option<(usize, Vec<usize>)> {
        let mut wild = Vec::new();
        let end = match_elems(&self.elems, tokens, at, &mut wild)?;
        Some((end, wild))
    }
}

fn match_elems(
    elems: &[Elem],
    tokens: &[Token],
    at: usize,
    wild: &mut Vec<usize>,
) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else {
        return Some(at);
    };
    match first {
        Elem::Any => {
            for n in 0..=WILDCARD_MAX {
                if n > 0 {
                    let t = tokens.get(at + n - 1)?;
                    if is_barrier(t) {
                        return None;
                    }
                }
                let mark = wild.len();
                wild.extend(at..at + n);
                if let Some(end) = match_elems(rest, tokens, at + n, wild) {
                    return Some(end);
                }
                wild.truncate(mark);
            }
            None
        }
        Elem::Mention => match tokens.get(at)?.kind {
            TokenKind::Mention(_) => match_elems(rest, tokens, at + 1, wild),
            _ => None,
        },
        Elem::Word(alts) => {
            let t = tokens.get(at)?;
            if matches!(t.kind, TokenKind::Mention(_)) {
                return None;
            }
            if alts.contains(&t.norm.as_str()) {
                return match_elems(rest, tokens, at + 1, wild);
            }
            // "isn't" for the two elements "is not": a contraction reads as
            // what it stands for.
            if let Some((a, b)) = expanded(&t.norm)
                && alts.contains(&a)
                && let Some((Elem::Word(next), after)) = rest.split_first()
                && next.contains(&b)
            {
                return match_elems(after, tokens, at + 1, wild);
            }
            // ... and for its second word alone where the first is not asked
            // for: "isn't" for "not currently available", "we've" for "have"
            // (not a modal's: "won't yet" says what will be, not what is).
            if let Some((a, b)) = expanded(&t.norm)
                && !MODALS.contains(&a)
                && alts.contains(&b)
            {
                return match_elems(rest, tokens, at + 1, wild);
            }
            None
        }
    }
}

/// Contractions and the two words each stands for.
pub static CONTRACTIONS: &[(&str, &str, &str)] = &[
    ("isn't", "is", "not"),
    ("aren't", "are", "not"),
    ("wasn't", "was", "not"),
    ("weren't", "were", "not"),
    ("don't", "do", "not"),
    ("doesn't", "does", "not"),
    ("didn't", "did", "not"),
    ("haven't", "have", "not"),
    ("hasn't", "has", "not"),
    ("hadn't", "had", "not"),
    ("won't", "will", "not"),
    ("can't", "can", "not"),
    ("cannot", "can", "not"),
    ("wouldn't", "would", "not"),
    ("couldn't", "could", "not"),
    ("shouldn't", "should", "not"),
    ("we're", "we", "are"),
    ("we've", "we", "have"),
    ("we'll", "we", "will"),
    ("they're", "they", "are"),
    ("they've", "they", "have"),
    ("you're", "you", "are"),
    ("i'm", "i", "am"),
    ("i've", "i", "have"),
];

/// Modal verbs, whose negation tells no status of its own.
const MODALS: &[&str] = &["will", "can", "would", "could", "should"];

/// The two words a contraction stands for ("isn't" is "is not").
fn expanded(word: &str) -> Option<(&'static str, &'static str)> {
    CONTRACTIONS
        .iter()
        .find(|(short, _, _)| *short == word)
        .map(|&(_, a, b)| (a, b))
}

/// True for a punctuation token that a wildcard may not cross.
pub fn is_barrier(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm.chars().all(|c| WILDCARD_BARRIERS.contains(&c))
}

/// A word list compiled into patterns.
pub struct PatternSet {
    /// The patterns, in table order.
    pub patterns: Vec<Pattern>,
}

impl PatternSet {
    /// Compiles every pattern of a word list.
    pub fn new(list: &[&'static str]) -> PatternSet {
        PatternSet {
            patterns: list.iter().map(|p| Pattern::compile(p)).collect(),
        }
    }

    /// The end of the longest match of any pattern in the set at token `at`.
    pub fn longest_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        self.patterns
            .iter()
            .filter_map(|p| p.match_at(tokens, at).map(|(end, _)| end))
            .max()
    }

    /// True when some pattern of the set matches at token `at`.
    pub fn matches_at(&self, tokens: &[Token], at: usize) -> bool {
        self.longest_at(tokens, at).is_some()
    }

    /// All matches in `tokens[range]` as (start, end) token indexes, longest per
    /// start, left to right, not overlapping.
    pub fn find_all(&self, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            match self
                .longest_at(tokens, i)
                .filter(|&e| e <= range.end && e > i)
            {
                Some(e) => {
                    out.push((i, e));
                    i = e;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::sentences::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, 0..s.len(), &[])
    }

    #[test]
    fn wildcard_is_lazy_and_bounded() {
        let p = Pattern::compile("our * certificate");
        let t = toks("our shiny new certificate");
        assert_eq!(p.match_at(&t, 0), Some((4, vec![1, 2])));
        let t = toks("our a b c d e certificate");
        assert_eq!(p.match_at(&t, 0), None);
        let t = toks("our staff, certificate");
        assert_eq!(p.match_at(&t, 0), None);
    }

    #[test]
    fn a_contraction_reads_as_the_words_it_stands_for() {
        let p = Pattern::compile("is|are not * available");
        let t = toks("isn't currently available");
        assert_eq!(p.match_at(&t, 0).map(|m| m.0), Some(t.len()));
        // Its second word alone, when the pattern opens there.
        let p = Pattern::compile("not currently available");
        assert_eq!(p.match_at(&t, 0).map(|m| m.0), Some(t.len()));
        // Near miss: a contraction of other words does not stand in.
        let p = Pattern::compile("was not * available");
        assert_eq!(p.match_at(&t, 0), None);
    }

    #[test]
    fn alternatives_and_punctuation() {
        let p = Pattern::compile("in - progress");
        assert!(p.match_at(&toks("in-progress"), 0).is_some());
        let set = PatternSet::new(&["data centre|centres", "we|our"]);
        assert_eq!(
            set.find_all(&toks("our data centres"), 0..3),
            vec![(0, 1), (1, 3)]
        );
    }
}
