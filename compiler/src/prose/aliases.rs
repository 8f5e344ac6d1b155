//! Finds where a unit of prose names a framework: the aliases from the spec,
//! matched case-insensitively on whole words, in any of the written forms people
//! use ("ISO-42001", "Cyber-Essentials-certified", "#ISO27001", "CE+"), and the
//! "Type I"/"Type II" qualifier next to a name.
//!
//! This knows nothing of sentences or status words; `claims` gives each match
//! found here its reading.

use std::ops::Range;

use crate::prose::Alias;
use crate::prose::units::normalize_char;

/// An alias made ready for matching: normalised, lowercase, as characters.
#[derive(Clone, Debug)]
pub struct PreparedAlias {
    framework: String,
    chars: Vec<char>,
    starts_word: bool,
    ends_word: bool,
}

/// Folds a character for case-insensitive comparison; a hyphen matches a space,
/// so "Cyber-Essentials-certified" and "ISO-42001" name their frameworks.
fn fold(c: char) -> char {
    if c == '-' {
        return ' ';
    }
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Normalises and sorts aliases, longest first, so the longest match wins.
pub fn prepare_aliases(aliases: &[Alias]) -> Vec<PreparedAlias> {
    let mut out: Vec<PreparedAlias> = aliases
        .iter()
        .filter_map(|a| {
            let mut chars: Vec<char> = Vec::new();
            for c in a.text.chars().filter_map(normalize_char) {
                if c == ' ' && chars.last().is_none_or(|l| *l == ' ') {
                    continue;
                }
                chars.push(fold(c));
            }
            while chars.last() == Some(&' ') {
                chars.pop();
            }
            let first = *chars.first()?;
            let last = *chars.last()?;
            Some(PreparedAlias {
                framework: a.framework.clone(),
                chars,
                starts_word: is_word_char(first),
                ends_word: is_word_char(last),
            })
        })
        .collect();
    // Hashtags and run-together names: "#CyberEssentials", "CyberEssentialsPlus".
    let joined: Vec<PreparedAlias> = out
        .iter()
        .filter(|a| a.chars.contains(&' '))
        .map(|a| PreparedAlias {
            chars: a.chars.iter().copied().filter(|c| *c != ' ').collect(),
            ..a.clone()
        })
        .filter(|a| a.chars.len() >= 5 && a.chars.iter().any(|c| c.is_alphabetic()))
        .filter(|j| !out.iter().any(|a| a.chars == j.chars))
        .collect();
    out.extend(joined);
    out.sort_by_key(|a| std::cmp::Reverse(a.chars.len()));
    out
}

/// A mention found in a unit's text.
#[derive(Clone, Debug)]
pub struct Found {
    /// Byte range of the name in the unit text, a hashtag's `#` included.
    pub range: Range<usize>,
    /// The framework the matched alias belongs to.
    pub framework: String,
    /// `type1` or `type2` when "Type I"/"Type II" is written next to the name.
    pub qualifier: Option<String>,
}

/// Finds alias matches in `text`: case-insensitive, whole words, longest first,
/// left to right without overlaps.
pub fn find_aliases(text: &str, aliases: &[PreparedAlias]) -> Vec<Found> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let folded: Vec<char> = chars.iter().map(|&(_, c)| fold(c)).collect();
    let mut out = Vec::new();
    let mut p = 0;
    while p < chars.len() {
        let after_word = p > 0 && is_word_char(chars[p - 1].1);
        let hit = aliases.iter().find(|a| {
            let n = a.chars.len();
            if (a.starts_word && after_word) || p + n > chars.len() {
                return false;
            }
            if folded[p..p + n] != a.chars[..] {
                return false;
            }
            !(a.ends_word && chars.get(p + n).is_some_and(|&(_, c)| is_word_char(c)))
        });
        match hit {
            Some(a) => {
                let n = a.chars.len();
                // A hashtag's `#` belongs to the mention: "#ISO27001".
                let start = if p > 0 && chars[p - 1].1 == '#' {
                    chars[p - 1].0
                } else {
                    chars[p].0
                };
                let end = chars.get(p + n).map_or(text.len(), |&(b, _)| b);
                out.push(Found {
                    range: start..end,
                    framework: a.framework.clone(),
                    qualifier: qualifier(text, start..end),
                });
                p += n;
            }
            None => p += 1,
        }
    }
    let referents = referents(text, &out, aliases);
    if !referents.is_empty() {
        let taken: Vec<Range<usize>> = out.iter().map(|f| f.range.clone()).collect();
        out.extend(short_references(text, &referents, &taken));
        out.sort_by_key(|f| f.range.start);
    }
    out
}

/// The last words of a law's name that, capitalised after "the", stand for
/// the law named before in the same unit: "the EU AI Act ... the Act", "the
/// General Data Protection Regulation ... the Regulation".
static DEFINED_HEADS: &[&str] = &["Act", "Regulation", "Directive"];

/// A word that, once a framework is named, stands on its own for a framework.
struct Referent {
    /// Where the naming mention ends; the short form counts only after it.
    after: usize,
    /// The short form as written, capitalised: "Act", "Plus".
    word: String,
    /// The framework it names.
    framework: String,
    /// True for a law's head noun, which needs "the" before it ("the Act");
    /// false for the word that extends a name ("Plus" after "Cyber
    /// Essentials" names Cyber Essentials Plus: "we haven't done Plus yet").
    after_the: bool,
}

/// The short forms that the mentions of a unit make available: the head noun
/// of a law's name, and the last word of a longer alias that extends the name
/// mentioned by one word ("Cyber Essentials" and "Cyber Essentials Plus").
fn referents(text: &str, found: &[Found], aliases: &[PreparedAlias]) -> Vec<Referent> {
    let mut out = Vec::new();
    for f in found {
        let Some(name) = text.get(f.range.clone()) else {
            continue;
        };
        let head = name.rsplit(|c: char| !c.is_alphanumeric()).next();
        if let Some(head) = DEFINED_HEADS
            .iter()
            .find(|h| head.is_some_and(|w| h.eq_ignore_ascii_case(w)))
        {
            out.push(Referent {
                after: f.range.end,
                word: (*head).to_string(),
                framework: f.framework.clone(),
                after_the: true,
            });
        }
        let base: Vec<char> = name.chars().filter_map(normalize_char).map(fold).collect();
        for longer in aliases.iter().filter(|a| a.framework != f.framework) {
            let Some(rest) = longer
                .chars
                .strip_prefix(base.as_slice())
                .and_then(|r| r.strip_prefix(&[' ']))
            else {
                continue;
            };
            if rest.len() < 3 || !rest.iter().all(char::is_ascii_alphabetic) {
                continue;
            }
            let word: String = rest
                .iter()
                .enumerate()
                .map(|(k, c)| if k == 0 { c.to_ascii_uppercase() } else { *c })
                .collect();
            out.push(Referent {
                after: f.range.end,
                word,
                framework: longer.framework.clone(),
                after_the: false,
            });
        }
    }
    out
}

/// The short references ("the Act", "Plus") to a framework named earlier in
/// `text`, each after its referent and outside the mentions already found.
/// Only the capitalised word counts ("the act of certifying" is a noun), and
/// an extension word not before a comma ("Plus, we are certified" opens a
/// sentence).
fn short_references(text: &str, referents: &[Referent], taken: &[Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    for (at, _) in text.char_indices().filter(|(_, c)| c.is_ascii_uppercase()) {
        let Some(r) = referents
            .iter()
            .rfind(|r| r.after <= at && text[at..].starts_with(r.word.as_str()))
        else {
            continue;
        };
        let end = at + r.word.len();
        let rest = &text[end..];
        let starts_word = !text[..at].ends_with(is_word_char);
        let whole_word = starts_word && !rest.starts_with(is_word_char);
        let placed = if r.after_the {
            text[..at].strip_suffix(' ').is_some_and(|b| {
                b.strip_suffix("the")
                    .or_else(|| b.strip_suffix("The"))
                    .is_some_and(|stem| !stem.ends_with(is_word_char))
            })
        } else {
            !opens_a_clause(rest)
        };
        if whole_word && placed && !taken.iter().any(|t| t.start < end && at < t.end) {
            out.push(Found {
                range: at..end,
                framework: r.framework.clone(),
                qualifier: None,
            });
        }
    }
    out
}

/// True when the words after an extension word show it is a conjunction that
/// opens a clause ("Plus, we are certified", "Plus we hold ..."), not a name.
fn opens_a_clause(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    if rest.starts_with(',') {
        return true;
    }
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'')
        .collect::<String>()
        .to_lowercase();
    CLAUSE_OPENERS.contains(&next.as_str())
}

/// Words that open a clause: after one, a capitalised extension word is a
/// conjunction ("Plus we are ...").
static CLAUSE_OPENERS: &[&str] = &[
    "we", "we're", "we've", "our", "it", "it's", "they", "the", "there", "this", "you", "i", "all",
    "a", "an",
];

/// Reads "Type I"/"Type II" (or 1/2) in, right after, or right before a mention.
fn qualifier(text: &str, range: Range<usize>) -> Option<String> {
    let kind = |s: &str| -> Option<String> {
        let s = s.trim_start_matches([' ', '-', '|', ':', ',']);
        let rest = s.get(..4).filter(|t| t.eq_ignore_ascii_case("type"))?;
        let rest = s[rest.len()..].trim_start_matches([' ', '-']);
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
        match word.to_ascii_lowercase().as_str() {
            "ii" | "2" | "two" => Some("type2".to_string()),
            "i" | "1" | "one" => Some("type1".to_string()),
            _ => None,
        }
    };
    let inside = text.get(range.clone())?;
    let lower = inside.to_ascii_lowercase();
    if let Some(at) = lower.find("type") {
        return kind(&inside[at..]);
    }
    if let Some(q) = kind(&text[range.end..]) {
        return Some(q);
    }
    let before = text[..range.start].trim_end();
    let tail_start = before.char_indices().rev().nth(8).map_or(0, |(i, _)| i);
    let tail = &before[tail_start..];
    let lower_tail = tail.to_ascii_lowercase();
    let at = lower_tail.rfind("type")?;
    let q = kind(&tail[at..])?;
    let after_kind = tail[at + 4..]
        .trim_start_matches([' ', '-'])
        .trim_start_matches(|c: char| c.is_alphanumeric());
    after_kind.trim().is_empty().then_some(q)
}
