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
    /// True for a standard's bare number ("27001"), which a code joined to it
    /// ("GB-27001-0999") does not name.
    number_only: bool,
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
                number_only: false,
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
    let digit_joined = digits_joined(&out);
    out.extend(digit_joined);
    out.extend(bare_numbers(&out));
    out.extend(spoken_forms(&out));
    out.sort_by_key(|a| std::cmp::Reverse(a.chars.len()));
    out
}

/// Names whose number is written against the word before it, with the other
/// spaces kept: "SOC2 Type II", "SOC2 Type2" for "SOC 2 Type II". The fully
/// joined form ("SOC2TypeII") is made apart, for hashtags.
fn digits_joined(prepared: &[PreparedAlias]) -> Vec<PreparedAlias> {
    let mut out: Vec<PreparedAlias> = Vec::new();
    for a in prepared {
        let junctions: Vec<usize> = (1..a.chars.len().saturating_sub(1))
            .filter(|&i| {
                a.chars[i] == ' '
                    && a.chars[i - 1].is_alphabetic()
                    && a.chars[i + 1].is_ascii_digit()
            })
            .collect();
        if junctions.is_empty() || junctions.len() == a.chars.iter().filter(|c| **c == ' ').count()
        {
            continue;
        }
        let without = |drop: &[usize]| -> Vec<char> {
            a.chars
                .iter()
                .enumerate()
                .filter(|(i, _)| !drop.contains(i))
                .map(|(_, c)| *c)
                .collect()
        };
        for chars in [without(&junctions[..1]), without(&junctions)] {
            if !prepared.iter().chain(&out).any(|p| p.chars == chars) {
                out.push(PreparedAlias { chars, ..a.clone() });
            }
        }
    }
    out
}

/// Names as they are spoken, which captions and transcripts write in words:
/// "twenty seven oh oh one", "ISO forty two thousand and one", "SOC two".
/// Derived from the bare numbers and from any alias with a one-digit word.
fn spoken_forms(prepared: &[PreparedAlias]) -> Vec<PreparedAlias> {
    let mut spoken: Vec<PreparedAlias> = Vec::new();
    let mut add = |text: String, from: &PreparedAlias| {
        let chars: Vec<char> = text.chars().collect();
        if !prepared.iter().any(|p| p.chars == chars) && !spoken.iter().any(|p| p.chars == chars) {
            spoken.push(PreparedAlias {
                chars,
                number_only: false,
                ..from.clone()
            });
        }
    };
    for a in prepared {
        let text: String = a.chars.iter().collect();
        if a.number_only {
            for said in spoken_number(&text) {
                add(format!("iso {said}"), a);
                add(said, a);
            }
            continue;
        }
        let words: Vec<&str> = text.split(' ').collect();
        if words.len() >= 2 && words.iter().any(|w| digit_word(w).is_some()) {
            let said: Vec<&str> = words.iter().map(|w| digit_word(w).unwrap_or(w)).collect();
            add(said.join(" "), a);
        }
    }
    spoken
}

const ONES: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The word for a one-digit word ("2" is "two").
fn digit_word(word: &str) -> Option<&'static str> {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(d), None) => d.to_digit(10).map(|d| ONES[d as usize]),
        _ => None,
    }
}

/// A number from 1 to 99 in words ("twenty seven", "one").
fn two_digit_words(n: u32) -> Option<String> {
    match n {
        1..=9 => Some(ONES[n as usize].to_string()),
        10..=19 => Some(TEENS[(n - 10) as usize].to_string()),
        20..=99 if n.is_multiple_of(10) => Some(TENS[(n / 10) as usize].to_string()),
        20..=99 => Some(format!(
            "{} {}",
            TENS[(n / 10) as usize],
            ONES[(n % 10) as usize]
        )),
        _ => None,
    }
}

/// The ways a standard's five-digit number is said: "27001" is "twenty seven
/// oh oh one", "twenty seven zero zero one", "twenty seven double oh one",
/// "twenty seven thousand and one" or "twenty seven thousand one".
fn spoken_number(digits: &str) -> Vec<String> {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 5 || d[0] == 0 {
        return Vec::new();
    }
    let Some(head) = two_digit_words(d[0] * 10 + d[1]) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for zero in ["oh", "zero"] {
        let say = |x: u32| if x == 0 { zero } else { ONES[x as usize] };
        out.push(format!("{head} {} {} {}", say(d[2]), say(d[3]), say(d[4])));
        if d[2] == d[3] {
            out.push(format!("{head} double {} {}", say(d[2]), say(d[4])));
        }
    }
    if d[2] == 0
        && let Some(tail) = two_digit_words(d[3] * 10 + d[4])
    {
        out.push(format!("{head} thousand and {tail}"));
        out.push(format!("{head} thousand {tail}"));
    }
    out
}

/// A standard's number on its own, as people say it aloud or write it in a
/// hurry ("we're 27001 certified", "our 42001 audit"): derived from an alias
/// "ISO <number>" or "ISO/IEC <number>" when the number has five digits or
/// more (so it is no year or count) and names one framework only.
fn bare_numbers(prepared: &[PreparedAlias]) -> Vec<PreparedAlias> {
    let number_of = |a: &PreparedAlias| -> Option<Vec<char>> {
        let text: String = a.chars.iter().collect();
        let rest = text
            .strip_prefix("iso/iec ")
            .or_else(|| text.strip_prefix("iso "))?;
        let digits: Vec<char> = rest.chars().collect();
        (digits.len() >= 5 && digits.iter().all(char::is_ascii_digit)).then_some(digits)
    };
    let mut numbers: Vec<PreparedAlias> = Vec::new();
    for a in prepared {
        let Some(digits) = number_of(a) else {
            continue;
        };
        if prepared.iter().any(|p| p.chars == digits) || numbers.iter().any(|n| n.chars == digits) {
            continue;
        }
        let shared = prepared
            .iter()
            .any(|p| p.framework != a.framework && number_of(p).as_ref() == Some(&digits));
        if !shared {
            numbers.push(PreparedAlias {
                chars: digits,
                number_only: true,
                ..a.clone()
            });
        }
    }
    numbers
}

impl PreparedAlias {
    /// The framework the alias names.
    pub fn framework(&self) -> &str {
        &self.framework
    }

    /// The alias as folded words ("cyber essentials plus").
    pub fn folded(&self) -> String {
        self.chars.iter().collect()
    }
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

impl Found {
    /// A mention found by other means than an alias ("Plus", "CE"), with no
    /// qualifier.
    pub fn derived(range: Range<usize>, framework: &str) -> Found {
        Found {
            range,
            framework: framework.to_string(),
            qualifier: None,
        }
    }
}

/// The runs of characters of `text` that `part` accepts ("words"), as byte
/// ranges.
pub fn runs(text: &str, part: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (part(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// `found` with `added` merged in, in text order.
pub fn merged(found: Vec<Found>, added: Vec<Found>) -> Vec<Found> {
    if added.is_empty() {
        return found;
    }
    let mut all = found;
    all.extend(added);
    all.sort_by_key(|f| f.range.start);
    all
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
            if a.number_only && joined_to_code(&chars, p, p + n) {
                return false;
            }
            if a.chars.ends_with(&[' ', '+']) && names_follow(&folded, p + n, aliases) {
                return false;
            }
            !(a.ends_word && chars.get(p + n).is_some_and(|&(_, c)| is_word_char(c)))
                || (p > 0 && chars[p - 1].1 == '#' && glued_status(&folded[p + n..]))
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
    out
}

/// True when another framework's name follows `at` after spaces: in "Cyber
/// Essentials + ISO 42001" a spaced "+" joins two names, as "and" would, and
/// is not the "+" of "Cyber Essentials +".
fn names_follow(folded: &[char], at: usize, aliases: &[PreparedAlias]) -> bool {
    let start = at + folded[at..].iter().take_while(|&&c| c == ' ').count();
    start > at
        && aliases.iter().any(|a| {
            let end = start + a.chars.len();
            folded.get(start..end) == Some(&a.chars[..])
                && !(a.ends_word && folded.get(end).is_some_and(|&c| is_word_char(c)))
        })
}

/// True when the characters from `start` to `end` are joined to a code by a
/// hyphen, slash or dot ("GB-27001-0999", "A/27001", "27001.3"; a full stop
/// that ends the sentence does not join), or follow a word that ends in "iso"
/// without being it.
fn joined_to_code(chars: &[(usize, char)], start: usize, end: usize) -> bool {
    let joiner = |c: char| matches!(c, '-' | '/' | '.');
    // "XISO 27001": a longer word in place of "ISO" makes it another name.
    let prefix: String = chars[..start]
        .iter()
        .rev()
        .skip_while(|&&(_, c)| c == ' ')
        .take_while(|&&(_, c)| is_word_char(c))
        .map(|&(_, c)| c.to_ascii_lowercase())
        .collect();
    let before = start > 0 && joiner(chars[start - 1].1) || prefix.starts_with("osi");
    let after = chars.get(end).is_some_and(|&(_, c)| {
        joiner(c)
            && (c != '.'
                || chars
                    .get(end + 1)
                    .is_some_and(|&(_, d)| d.is_alphanumeric()))
    });
    before || after
}

/// Status words that a hashtag may run into its name: "#ISO27001certified".
const GLUED_STATUS_WORDS: &[&str] = &["certified", "compliant", "accredited", "attested"];

/// True when the folded text right after a hashtag's name is one of
/// [`GLUED_STATUS_WORDS`] and the tag ends there.
fn glued_status(rest: &[char]) -> bool {
    let word: String = rest.iter().take_while(|c| is_word_char(**c)).collect();
    GLUED_STATUS_WORDS.contains(&word.as_str())
}

/// Reads "Type I"/"Type II" (or 1/2, one/two) at the start of `s`, after
/// separators: `type1` or `type2`.
pub fn type_value(s: &str) -> Option<String> {
    let s = s.trim_start_matches([' ', '-', '|', ':', ',']);
    let rest = s.get(..4).filter(|t| t.eq_ignore_ascii_case("type"))?;
    let rest = s[rest.len()..].trim_start_matches([' ', '-']);
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    match word.to_ascii_lowercase().as_str() {
        "ii" | "2" | "two" => Some("type2".to_string()),
        "i" | "1" | "one" => Some("type1".to_string()),
        _ => None,
    }
}

/// Nouns a type describes: "SOC 2 report: Type 2".
const REPORT_NOUNS: &[&str] = &["report", "attestation", "examination", "audit"];

/// Reads a type stated of the name through a report noun or a copula right
/// after it, or in an aside after it: "SOC 2 report: Type 2", "SOC 2 report
/// is a Type 2", "SOC 2 is Type II", "SOC 2 report (Type II)". A negation or
/// any other word in between states none.
fn stated_type(after: &str) -> Option<String> {
    let mut rest = after.trim_start();
    let next_word = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let noun = next_word(rest);
    if REPORT_NOUNS.contains(&noun.as_str()) {
        rest = rest[noun.len()..].trim_start();
    }
    let mut linked = rest.starts_with(':');
    // An aside right after the report names its type: "SOC 2 report, a Type
    // 2 covering twelve months", "SOC 2 report (Type II)".
    // "SOC 2 report - Type 2 -", "SOC 2 report, which is a Type 2".
    let dashed = rest.starts_with("- ");
    if let Some(aside) = rest
        .strip_prefix([',', '(', '\u{2013}', '\u{2014}'])
        .or_else(|| dashed.then(|| &rest[1..]))
    {
        let mut aside = aside.trim_start();
        for lead in ["which is", "that is"] {
            if aside
                .get(..lead.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(lead))
            {
                aside = aside[lead.len()..].trim_start();
            }
        }
        let article = next_word(aside);
        rest = if matches!(article.as_str(), "a" | "an") {
            aside[article.len()..].trim_start()
        } else {
            aside
        };
        linked = true;
    }
    if next_word(rest) == "is" {
        rest = rest[2..].trim_start();
        linked = true;
        let article = next_word(rest);
        if matches!(article.as_str(), "a" | "an") {
            rest = rest[article.len()..].trim_start();
        }
    }
    linked.then(|| type_value(rest)).flatten()
}

/// Reads "Type I"/"Type II" (or 1/2) in, right after, or right before a mention.
fn qualifier(text: &str, range: Range<usize>) -> Option<String> {
    let kind = type_value;
    let inside = text.get(range.clone())?;
    let lower = inside.to_ascii_lowercase();
    if let Some(at) = lower.find("type") {
        return kind(&inside[at..]);
    }
    if let Some(q) = kind(&text[range.end..]) {
        return Some(q);
    }
    if let Some(q) = stated_type(&text[range.end..]) {
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
