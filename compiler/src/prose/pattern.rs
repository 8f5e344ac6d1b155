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
            let ok = !matches!(t.kind, TokenKind::Mention(_)) && alts.contains(&t.norm.as_str());
            if ok {
                match_elems(rest, tokens, at + 1, wild)
            } else {
                None
            }
        }
    }
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
