//! Splits a unit of prose into sentences, word tokens and clauses.
//!
//! A status phrase speaks for the frameworks in its own clause and no further:
//! "We hold Cyber Essentials, and ISO 27001 is planned" makes two claims. This file
//! finds those limits. Sentences end at `.`, `!` or `?` before a capital, except
//! after abbreviations ("e.g.", "Ltd.") and inside framework names
//! ("ISO/IEC 27001:2022"). Clauses end at `;` and at contrasting connectives
//! ("but", "while", "whereas"). Inside a clause, commas, colons, dashes and
//! conjunctions mark *soft* boundaries, which `claims.rs` uses only where each side
//! has a status phrase of its own; each soft boundary carries a strength so that
//! a list item between two clauses can join the side it is bound to more tightly.

use std::ops::Range;

use crate::prose::vocabulary;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word: letters and digits, with inner apostrophes ("we're").
    Word,
    /// One punctuation character.
    Punct,
    /// A framework mention, by index into the unit's mention list.
    Mention(usize),
}

/// A token of a unit's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the unit's text.
    pub range: Range<usize>,
    /// What the token is.
    pub kind: TokenKind,
    /// Lowercase text with a possessive `'s` removed; empty for mentions.
    pub norm: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The position of the colon that closes a label opening the sentence,
/// within its first `within` tokens: "Update:", "Keel vs others:".
pub fn label_colon(tokens: &[Token], within: usize) -> Option<usize> {
    tokens.iter().take(within).position(|t| t.norm == ":")
}

/// True when the token at `i` is a year of this century ("2026").
pub fn is_year(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        t.norm.len() == 4 && t.norm.starts_with("20") && t.norm.chars().all(|c| c.is_ascii_digit())
    })
}

/// The index after a date that starts at `i`: a year ("2026") or a month
/// and a year ("April 2026"); `None` when no date starts there.
pub fn date_end(tokens: &[Token], i: usize) -> Option<usize> {
    if is_year(tokens, i) {
        Some(i + 1)
    } else if tokens
        .get(i)
        .is_some_and(|t| vocabulary::MONTH_NAMES.contains(&t.norm.as_str()))
        && is_year(tokens, i + 1)
    {
        Some(i + 2)
    } else {
        None
    }
}

/// Splits `text[range]` into tokens; each of `mentions` (sorted, not
/// overlapping) becomes one [`TokenKind::Mention`] token.
pub fn tokenize(text: &str, range: Range<usize>, mentions: &[Range<usize>]) -> Vec<Token> {
    let mut out = Vec::new();
    let end = range.end.min(text.len());
    let mut i = range.start.min(end);
    while i < end && !text.is_char_boundary(i) {
        i += 1;
    }
    // Mentions are sorted and disjoint: the first one that ends after `i` is the
    // only one that can contain it.
    let mut next_mention = mentions.partition_point(|m| m.end <= i);
    while i < end {
        while next_mention < mentions.len() && mentions[next_mention].end <= i {
            next_mention += 1;
        }
        if let Some(m) = mentions.get(next_mention).filter(|m| m.start <= i) {
            let idx = next_mention;
            out.push(Token {
                range: m.clone(),
                kind: TokenKind::Mention(idx),
                norm: String::new(),
            });
            i = m.end.max(i + 1);
            while i < text.len() && !text.is_char_boundary(i) {
                i += 1;
            }
            continue;
        }
        let rest = &text[i..end];
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut len = 0;
            let mut chars = rest.char_indices().peekable();
            while let Some((off, ch)) = chars.next() {
                let inner_apostrophe =
                    ch == '\'' && len > 0 && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
                if !(is_word_char(ch) || inner_apostrophe) {
                    break;
                }
                // A mention may start right after a word character ("2ISO").
                if off > 0
                    && mentions
                        .get(next_mention)
                        .is_some_and(|m| m.start == i + off)
                {
                    break;
                }
                len = off + ch.len_utf8();
            }
            let word = &rest[..len];
            let mut norm = spelt_in_full(without_ligatures(&word.to_lowercase()));
            if norm.len() > 2 && norm.ends_with("'s") {
                norm.truncate(norm.len() - 2);
            }
            out.push(Token {
                range: i..i + len,
                kind: TokenKind::Word,
                norm,
            });
            i += len.max(1);
        } else if c == '&' && spaced_ampersand(text, i) {
            // "ISO 27001 & Cyber Essentials": an ampersand between words is
            // the word "and".
            out.push(Token {
                range: i..i + 1,
                kind: TokenKind::Word,
                norm: "and".to_owned(),
            });
            i += 1;
        } else {
            out.push(Token {
                range: i..i + c.len_utf8(),
                kind: TokenKind::Punct,
                norm: c.to_string(),
            });
            i += c.len_utf8();
        }
    }
    number_abbreviations_spelt_out(&mut out);
    a_full_share_is_fully(&mut out);
    join_words_broken_at_line_ends(text, &mut out);
    were_without_its_apostrophe(&mut out);
    out
}

/// "100% compliant" is "fully compliant", "100% implemented" "fully
/// implemented"; a smaller share ("60% implemented") is work under way
/// and keeps its sign.
fn a_full_share_is_fully(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if tokens[i].norm == "%" && tokens[i - 1].norm == "100" {
            tokens[i].norm = "fully".to_owned();
        }
    }
}

/// True when the `&` at `at` stands with a space either side ("R&D" and
/// "&amp;" are words of their own).
fn spaced_ampersand(text: &str, at: usize) -> bool {
    text[..at].ends_with(' ') && text[at + 1..].starts_with(' ')
}

/// Words as hurried writers spell them, with the spelling the vocabulary
/// knows: contractions without their apostrophe ("dont", "arent", "weve")
/// and clipped or misspelt forms of "certified" ("certd", "certifed").
const HURRIED_SPELLINGS: &[(&str, &str)] = &[
    ("dont", "don't"),
    ("doesnt", "doesn't"),
    ("didnt", "didn't"),
    ("arent", "aren't"),
    ("isnt", "isn't"),
    ("wasnt", "wasn't"),
    ("werent", "weren't"),
    ("havent", "haven't"),
    ("hasnt", "hasn't"),
    ("hadnt", "hadn't"),
    ("wont", "won't"),
    ("cant", "can't"),
    ("couldnt", "couldn't"),
    ("shouldnt", "shouldn't"),
    ("wouldnt", "wouldn't"),
    ("weve", "we've"),
    ("theyre", "they're"),
    ("youre", "you're"),
    ("certd", "certified"),
    ("cert'd", "certified"),
    ("certifed", "certified"),
    ("certfied", "certified"),
    ("cerified", "certified"),
    ("cert", "certificate"),
    ("certs", "certificates"),
];

/// A word in the spelling the vocabulary knows ([`HURRIED_SPELLINGS`]).
fn spelt_in_full(word: String) -> String {
    match HURRIED_SPELLINGS
        .iter()
        .find(|(hurried, _)| *hurried == word)
    {
        Some((_, full)) => (*full).to_owned(),
        None => word,
    }
}

/// "yes were cyber essentials certified", "were aiming for june": "were"
/// with no subject before it (at the start of a clause, or after "yes") is
/// "we're" written without its apostrophe.
fn were_without_its_apostrophe(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let opens = i == 0
            || tokens[i - 1].kind == TokenKind::Punct
            || matches!(
                tokens[i - 1].norm.as_str(),
                "yes" | "yep" | "yeah" | "so" | "but"
            );
        if tokens[i].norm == "were" && opens {
            tokens[i].norm = "we're".to_owned();
        }
    }
}

/// A phrase as words, the way the reader reads it: lowercase, ligatures spelt
/// out and a word hyphenated at a line end whole ("certi-\nﬁed" is
/// "certified").
pub fn phrase_words(phrase: &str) -> String {
    let tokens = tokenize(phrase, 0..phrase.len(), &[]);
    let words: Vec<&str> = tokens.iter().map(|t| t.norm.as_str()).collect();
    words.join(" ")
}

/// The typographic ligatures of text taken from PDFs ("certiﬁed"), spelt out
/// as the letters they join.
pub(crate) fn without_ligatures(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            _ => out.push(c),
        }
    }
    out
}

/// "certi-\nfied", "compli-\nant": a word hyphenated at the end of a line
/// (as text taken from a PDF or a narrow column keeps it) is one word, read
/// as if written whole.
fn join_words_broken_at_line_ends(text: &str, tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i + 2 < tokens.len() {
        let (a, dash, b) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
        let broken = a.kind == TokenKind::Word
            && dash.norm == "-"
            && a.range.end == dash.range.start
            && b.kind == TokenKind::Word
            // The line break may already be a space (a Markdown paragraph's
            // soft break); "pre- and post-audit" is no broken word.
            && text
                .get(dash.range.end..b.range.start)
                .is_some_and(|gap| !gap.is_empty() && gap.trim().is_empty())
            && !matches!(b.norm.as_str(), "and" | "or" | "to" | "nor")
            && text
                .get(b.range.clone())
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_lowercase);
        if broken {
            let norm = format!("{}{}", a.norm, b.norm);
            let range = a.range.start..b.range.end;
            tokens[i] = Token {
                range,
                kind: TokenKind::Word,
                norm,
            };
            tokens.drain(i + 1..i + 3);
        } else {
            i += 1;
        }
    }
}

/// "cert. no. IS 721345": "no." before a number is the abbreviation of
/// "number", never a negation.
fn number_abbreviations_spelt_out(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let abbreviation = tokens[i].norm == "no"
            && tokens.get(i + 1).is_some_and(|t| t.norm == ".")
            && tokens[(i + 2).min(tokens.len())..(i + 4).min(tokens.len())]
                .iter()
                .any(|t| t.norm.chars().filter(char::is_ascii_digit).count() >= 3);
        if abbreviation {
            tokens[i].norm = "number".to_string();
        }
    }
}

/// Words before "May" that make it the month: "in May 2025", "since May".
const BEFORE_A_MONTH: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "during", "before",
    "after", "last", "next", "to", "through",
];

/// True when the token at `i` is "may" naming the month, not the modal verb:
/// a number on either side ("May 2025", "20 May") or a word of time before it
/// ("in May", "since May").
pub fn is_month_may(tokens: &[Token], i: usize) -> bool {
    let numeric = |t: &Token| t.norm.chars().next().is_some_and(|c| c.is_ascii_digit());
    tokens.get(i).is_some_and(|t| t.norm == "may")
        && (tokens.get(i + 1).is_some_and(numeric)
            || i.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|t| numeric(t) || BEFORE_A_MONTH.contains(&t.norm.as_str())))
}

const TERMINALS: [char; 4] = ['.', '!', '?', '\u{2026}'];
const CLOSERS: [char; 7] = [')', ']', '"', '\'', '\u{BB}', '*', '_'];
const OPENERS: [char; 7] = ['(', '[', '"', '\'', '\u{AB}', '*', '_'];

/// Splits a unit's text into sentence ranges (trimmed, never empty). No split
/// falls inside a `protected` range (the framework mentions).
pub fn split_sentences(text: &str, protected: &[Range<usize>]) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut k = 0usize;
    while k < chars.len() {
        let (at, c) = chars[k];
        if pictograph(c) {
            // "... certified 🤖 Fancy a look?": in chat and social text an
            // emoji before a capital ends the sentence, as a full stop would
            // (not before a framework name: "We 💚 ISO 27001").
            let mut j = k + 1;
            while j < chars.len()
                && (pictograph(chars[j].1) || matches!(chars[j].1, '\u{fe0f}' | '\u{200d}'))
            {
                j += 1;
            }
            let mut m = j;
            while m < chars.len() && chars[m].1 == ' ' {
                m += 1;
            }
            let words_before = text[start..at].chars().any(char::is_alphanumeric);
            // "... Cyber Essentials accredited 🌱 keen to chat?": before a
            // lowercase question, the emoji ends a statement of its own (a
            // clause of a few words, not "We 🤖 love robots?").
            let question_after = || {
                let rest = chars.get(m).map_or("", |&(b, _)| &text[b..]);
                let upto = rest.find(TERMINALS).map_or(rest, |e| &rest[e..]);
                upto.starts_with('?') && text[start..at].split_whitespace().count() >= 4
            };
            let ends = m > j
                && words_before
                && chars.get(m).is_some_and(|&(b, n)| {
                    !inside(protected, b)
                        && (n.is_uppercase() || (n.is_lowercase() && question_after()))
                });
            if ends {
                let end = chars[j].0;
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
            k = j;
            continue;
        }
        if !TERMINALS.contains(&c) || inside(protected, at) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() && (TERMINALS.contains(&chars[j].1) || CLOSERS.contains(&chars[j].1))
        {
            j += 1;
        }
        if j < chars.len() && chars[j].1 != ' ' {
            k = j.max(k + 1);
            continue;
        }
        let mut m = j;
        while m < chars.len()
            && (chars[m].1 == ' ' || chars[m].1 == '|' || OPENERS.contains(&chars[m].1))
        {
            m += 1;
        }
        let next = chars.get(m).map(|&(_, ch)| ch);
        let splits = match next {
            None => true,
            Some(n) if c == '?' || c == '!' => n.is_alphanumeric(),
            Some(n) => {
                ((n.is_uppercase() || n.is_ascii_digit()) && !abbreviation_before(text, at, n))
                    || (n.is_lowercase() && (year_before(text, at) || word_before_ends(text, at)))
            }
        };
        if splits {
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
        k = j.max(k + 1);
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// True when the full stop at byte `dot` ends a year, which no abbreviation
/// does: in "cert good til april 2027. basic CE done in march" a sentence
/// written all in lowercase begins after it.
fn year_before(text: &str, dot: usize) -> bool {
    let word = text[..dot]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    word.len() == 4
        && word
            .parse::<u16>()
            .is_ok_and(|y| (1990..=2100).contains(&y))
        && text[..dot - word.len()].ends_with(' ')
}

/// True when the full stop at `dot` follows a plain word of three letters or
/// more that is no abbreviation: in text written without capitals ("passed
/// our review. they hold it") the stop ends the sentence though a lowercase
/// word follows; "approx. two", "incl. soc 2" and "e.g. the" do not end one.
fn word_before_ends(text: &str, dot: usize) -> bool {
    if !text[dot..].starts_with('.') || text[dot..].starts_with("..") {
        return false;
    }
    let before = &text[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '.' | '/' | '-' | '\''))
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    word.chars().count() >= 3
        && word.chars().all(char::is_alphabetic)
        && !vocabulary::ABBREVIATIONS.contains(&lower.as_str())
        && !vocabulary::NUMBER_ABBREVIATIONS.contains(&lower.as_str())
}

/// True when byte `at` lies inside one of the sorted, disjoint `ranges`.
fn inside(ranges: &[Range<usize>], at: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).is_some_and(|r| r.start <= at)
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let s = range.start + lead;
        out.push(s..s + trimmed.len());
    }
}

/// True when the full stop at byte `dot` ends an abbreviation rather than a
/// sentence; `next` is the first character of what follows.
fn abbreviation_before(text: &str, dot: usize, next: char) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.' || *c == '/')
        .last()
        .map_or(dot, |(i, _)| i);
    let word = before[word_start..].to_lowercase();
    if word.is_empty() {
        return false;
    }
    if vocabulary::ABBREVIATIONS.contains(&word.as_str()) {
        return true;
    }
    if vocabulary::NUMBER_ABBREVIATIONS.contains(&word.as_str())
        && (next.is_ascii_digit()
            || code_follows(&text[dot + 1..])
            || month_follows(&text[dot + 1..]))
    {
        return true;
    }
    let mut chars = word.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    // Initials and dotted abbreviations: "J. Smith", "U.K.", "e.g.".
    single_letter
        || (word.contains('.')
            && word
                .split('.')
                .all(|part| part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)))
}

/// True when `rest` opens with a month's name: "exp. May 2028".
fn month_follows(rest: &str) -> bool {
    rest.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.']).to_lowercase();
        w.len() >= 3
            && vocabulary::MONTH_NAMES[..12]
                .iter()
                .any(|m| m.starts_with(&w))
    })
}

/// True when `rest` opens with a code of capitals and digits ("IS 721345",
/// "AIMS 800421", "CE-1234"): the number an abbreviation such as "no." names.
/// A name with a short number ("No. SOC 2 is ...") is not a code.
fn code_follows(rest: &str) -> bool {
    let mut words = rest.split_whitespace().peekable();
    // "cert. ID: IS 712345", "cert. no. IS 712345": a label of the number may
    // stand before it.
    let label = |w: &str| {
        matches!(
            w.trim_end_matches([':', '.']).to_lowercase().as_str(),
            "id" | "no" | "nr" | "number" | "ref"
        )
    };
    if words.peek().is_some_and(|w| label(w)) {
        words.next();
    }
    // "no. IASME-CEP-011223, valid to ...": a mark may close the code, and
    // a full stop may end the sentence after it ("no. IS712345.").
    let capitals = |w: &str| {
        let w = w.trim_end_matches([',', ';', ':', ')', '.']);
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    };
    match (words.next(), words.next()) {
        (Some(a), _) if capitals(a) && a.chars().any(|c| c.is_ascii_digit()) => true,
        (Some(a), Some(b)) => {
            capitals(a) && b.chars().take_while(char::is_ascii_digit).count() >= 3
        }
        _ => false,
    }
}

/// Splits a sentence's tokens into clauses at `;` and at contrasting connectives
/// (which belong to neither side). Returns token index ranges, never empty.
pub fn hard_clauses(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let is_mark = |t: &Token| t.kind == TokenKind::Punct && vocabulary::is_status_mark(&t.norm);
    // A sentence that opens with a mark puts each mark before its item
    // ("\u{2705} Cyber Essentials \u{2705} ISO 27001"); otherwise a mark
    // follows its item ("CE \u{2705} CE+ \u{23f3}").
    let marks_lead = tokens.first().is_some_and(is_mark);
    for (i, t) in tokens.iter().enumerate() {
        let named_before = tokens[start..i]
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Mention(_)));
        if marks_lead && is_mark(t) && named_before {
            out.push(start..i);
            start = i;
            continue;
        }
        // A status mark ends its clause and belongs to it.
        if !marks_lead && is_mark(t) && named_before {
            out.push(start..i + 1);
            start = i + 1;
            continue;
        }
        let breaks = match t.kind {
            TokenKind::Punct => t.norm == ";",
            TokenKind::Word => vocabulary::CLAUSE_BREAKS.contains(&t.norm.as_str()),
            TokenKind::Mention(_) => false,
        };
        if breaks {
            if start < i {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The parts of a clause between soft boundaries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pieces {
    /// Token index ranges of the parts, in order, never empty.
    pub pieces: Vec<Range<usize>>,
    /// `strengths[i]` is the strength of the boundary between piece `i` and
    /// `i + 1`: 1 for a bare conjunction ("and"), 2 for a comma, 3 for a colon,
    /// a dash, or a comma with a conjunction (", and").
    pub strengths: Vec<u8>,
}

/// Divides `tokens[clause]` at soft boundaries.
pub fn soft_pieces(tokens: &[Token], clause: Range<usize>) -> Pieces {
    let mut pieces = Vec::new();
    let mut strengths = Vec::new();
    let mut piece_start = clause.start;
    let mut pending: Option<u8> = None;
    let mut i = clause.start;
    while i < clause.end {
        if !is_soft_break(tokens, i) {
            i += 1;
            continue;
        }
        let boundary_start = i;
        let (mut punct, mut strong, mut conj) = (false, false, false);
        while i < clause.end && is_soft_break(tokens, i) {
            let t = &tokens[i];
            if t.kind == TokenKind::Word || t.norm == "&" {
                conj = true;
            } else if t.norm == "," {
                punct = true;
            } else {
                strong = true;
            }
            i += 1;
        }
        let strength = if strong || (punct && conj) {
            3
        } else if punct {
            2
        } else {
            1
        };
        if piece_start < boundary_start {
            if !pieces.is_empty() {
                strengths.push(pending.unwrap_or(1));
            }
            pieces.push(piece_start..boundary_start);
        }
        pending = Some(strength);
        piece_start = i;
    }
    if piece_start < clause.end {
        if !pieces.is_empty() {
            strengths.push(pending.unwrap_or(1));
        }
        pieces.push(piece_start..clause.end);
    }
    Pieces { pieces, strengths }
}

/// True when token `i` is a soft boundary: a comma, colon or dash, a spaced slash, a spaced
/// hyphen, or a conjunction.
fn is_soft_break(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    match t.kind {
        TokenKind::Word => vocabulary::CONJUNCTIONS.contains(&t.norm.as_str()),
        TokenKind::Mention(_) => false,
        TokenKind::Punct => {
            let c = t.norm.chars().next().unwrap_or(' ');
            // "Held 2023\u{2013}2026": a dash joined to a number on each side
            // is a range, not a break between clauses.
            let number =
                |n: &Token| !n.norm.is_empty() && n.norm.chars().all(|d| d.is_ascii_digit());
            let range = i > 0
                && number(&tokens[i - 1])
                && tokens[i - 1].range.end == t.range.start
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| number(n) && t.range.end == n.range.start);
            if range {
                return false;
            }
            // "CE+ audit booked \u{1f91e} basic CE already in place": an
            // emoji of feeling or of a thing ends what it follows, as a comma
            // does.
            if vocabulary::SOFT_PUNCTUATION.contains(&c)
                || t.norm == "&"
                || (pictograph(c) && !vocabulary::is_status_mark(&t.norm))
            {
                return true;
            }
            // A hyphen with a space on each side is a dash ("ISO 27001 -
            // certified"), and a slash so spaced separates the items of a
            // list ("ISO 27001 certified / SOC 2 planned").
            matches!(c, '-' | '/' | '|') && spaced(tokens, i)
        }
    }
}

/// True for an emoji of a face, a gesture or a thing (the blocks of
/// pictographs and emoticons), which states no status (the pending marks
/// among them, "\u{1f51c}", do, and coloured shapes and ticks are outside
/// those blocks).
fn pictograph(c: char) -> bool {
    matches!(c, '\u{1f300}'..='\u{1f64f}' | '\u{1f900}'..='\u{1f9ff}')
}

/// True when token `i` has a space on each side (or ends the text after one).
pub fn spaced(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    i > 0
        && tokens[i - 1].range.end < t.range.start
        && tokens
            .get(i + 1)
            .is_none_or(|n| t.range.end < n.range.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split_sentences(text, &[])
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends() {
        assert_eq!(
            sents("We hold ISO 27001. ISO 42001 is planned! Are you certified? Yes."),
            vec![
                "We hold ISO 27001.",
                "ISO 42001 is planned!",
                "Are you certified?",
                "Yes."
            ]
        );
    }

    #[test]
    fn words_broken_at_line_ends_and_ligatures_are_read_whole() {
        let text = "Sprout is ISO 27001 certi-\n\u{fb01}ed and compli-\nant.";
        let norms: Vec<String> = tokenize(text, 0..text.len(), &[])
            .into_iter()
            .map(|t| t.norm)
            .collect();
        assert_eq!(
            norms,
            [
                "sprout",
                "is",
                "iso",
                "27001",
                "certified",
                "and",
                "compliant",
                "."
            ]
        );
        // Near misses: a dash between spaces, and a hyphen shared by two
        // words.
        let text = "ISO 27001 - certified";
        assert_eq!(tokenize(text, 0..text.len(), &[]).len(), 4);
        let text = "pre- and post-audit";
        assert_eq!(tokenize(text, 0..text.len(), &[])[2].norm, "and");
    }

    #[test]
    fn hurried_spellings_are_read_as_meant() {
        let norms = |text: &str| -> Vec<String> {
            tokenize(text, 0..text.len(), &[])
                .into_iter()
                .map(|t| t.norm)
                .collect()
        };
        assert_eq!(
            norms("yes were certd, we dont have soc2"),
            [
                "yes",
                "we're",
                "certified",
                ",",
                "we",
                "don't",
                "have",
                "soc2"
            ]
        );
        // Near miss: "were" after its subject is the past tense.
        assert_eq!(norms("certificates were issued")[1], "were");
    }

    #[test]
    fn an_emoji_before_a_capital_ends_a_sentence() {
        assert_eq!(
            sents("Keel is ISO 27001 certified 🤖 Fancy a look at the demo cell?"),
            [
                "Keel is ISO 27001 certified 🤖",
                "Fancy a look at the demo cell?"
            ]
        );
        assert_eq!(
            sents("Sprout is certified 🌱\u{fe0f} Keen to chat?"),
            ["Sprout is certified 🌱\u{fe0f}", "Keen to chat?"]
        );
        assert_eq!(
            sents("Sprout is ISO 27001 certified 🌱 keen to chat about a pilot?"),
            [
                "Sprout is ISO 27001 certified 🌱",
                "keen to chat about a pilot?"
            ]
        );
        // Near misses: an emoji inside a sentence, or before lowercase that
        // is no question.
        assert_eq!(sents("We 🤖 love robots?"), ["We 🤖 love robots?"]);
        assert_eq!(sents("We 🤖 love robots."), ["We 🤖 love robots."]);
        assert_eq!(
            sents("🎉 We are ISO 27001 certified!"),
            ["🎉 We are ISO 27001 certified!"]
        );
    }

    #[test]
    fn a_number_abbreviation_before_a_code_and_a_comma_ends_no_sentence() {
        assert_eq!(
            sents("Cert no. IASME-CE-424242, valid to May 2027. Next line."),
            vec!["Cert no. IASME-CE-424242, valid to May 2027.", "Next line."]
        );
        // Near miss: "No." before a word is the answer.
        assert_eq!(
            sents("Are you certified? No. We plan to be."),
            vec!["Are you certified?", "No.", "We plan to be."]
        );
    }

    #[test]
    fn may_is_the_month_beside_a_number_or_a_word_of_time() {
        let toks = |t: &str| tokenize(t, 0..t.len(), &[]);
        let at = |t: &[Token]| t.iter().position(|t| t.norm == "may").unwrap_or(0);
        for text in [
            "certified in May",
            "since May 2025",
            "on 3 May we",
            "May 2026: done",
        ] {
            let t = toks(text);
            assert!(is_month_may(&t, at(&t)), "{text}");
        }
        for text in ["we may be certified", "May we ask", "this may change"] {
            let t = toks(text);
            assert!(!is_month_may(&t, at(&t)), "{text}");
        }
    }

    #[test]
    fn does_not_split_abbreviations_or_numbers() {
        assert_eq!(
            sents(
                "Acme Ltd. is certified to ISO/IEC 27001:2022. We use e.g. BSI and J. Smith of the U.K. Office v1.2 is out."
            ),
            vec![
                "Acme Ltd. is certified to ISO/IEC 27001:2022.",
                "We use e.g. BSI and J. Smith of the U.K. Office v1.2 is out."
            ]
        );
        assert_eq!(
            sents("See cl. 6.1.4 and No. 5. Next one."),
            vec!["See cl. 6.1.4 and No. 5.", "Next one."]
        );
        // A plain word before the stop ends the sentence though no capital
        // follows (text typed without capitals); an abbreviation does not.
        assert_eq!(
            sents("It is planned. no capital"),
            vec!["It is planned.", "no capital"]
        );
        assert_eq!(
            sents("it took approx. two weeks, incl. soc 2 prep. then we passed"),
            vec![
                "it took approx. two weeks, incl. soc 2 prep.",
                "then we passed"
            ]
        );
        assert_eq!(
            sents("Certified (BSI, 2025). ISO 42001: planned."),
            vec!["Certified (BSI, 2025).", "ISO 42001: planned."]
        );
    }

    #[test]
    fn question_then_table_answer() {
        assert_eq!(
            sents("Is your organisation certified? | Yes, since 2019"),
            vec!["Is your organisation certified?", "| Yes, since 2019"]
        );
    }

    #[test]
    fn never_splits_inside_a_mention() {
        let text = "We hold X. Y now.";
        let protected = vec![Range { start: 8, end: 13 }];
        assert_eq!(split_sentences(text, &protected), vec![0..17]);
    }

    fn words(tokens: &[Token], r: Range<usize>) -> String {
        tokens[r]
            .iter()
            .map(|t| {
                if t.norm.is_empty() {
                    "@".to_string()
                } else {
                    t.norm.clone()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn tokens_words_punctuation_and_mentions() {
        let text = "We're ISO 27001-ready; Acme's CE+ isn't.";
        let tokens = tokenize(text, 0..text.len(), &[6..15, 30..33]);
        assert_eq!(
            words(&tokens, 0..tokens.len()),
            "we're @ - ready ; acme @ isn't ."
        );
        assert_eq!(tokens[1].kind, TokenKind::Mention(0));
        assert_eq!(tokens[6].kind, TokenKind::Mention(1));
    }

    #[test]
    fn hard_clauses_at_semicolons_and_contrasts() {
        let text =
            "We are not yet certified; certification is planned, but SOC 2 is not, whereas CE is";
        let tokens = tokenize(text, 0..text.len(), &[]);
        let clauses: Vec<String> = hard_clauses(&tokens)
            .into_iter()
            .map(|r| words(&tokens, r))
            .collect();
        assert_eq!(
            clauses,
            vec![
                "we are not yet certified",
                "certification is planned ,",
                "soc 2 is not ,",
                "ce is"
            ]
        );
    }

    #[test]
    fn soft_pieces_and_strengths() {
        let text = "We hold ISO 27001 and CE+, and are working towards ISO 42001: soon - really";
        let tokens = tokenize(text, 0..text.len(), &[]);
        let p = soft_pieces(&tokens, 0..tokens.len());
        let pieces: Vec<String> = p.pieces.iter().map(|r| words(&tokens, r.clone())).collect();
        assert_eq!(
            pieces,
            vec![
                "we hold iso 27001",
                "ce +",
                "are working towards iso 42001",
                "soon",
                "really"
            ]
        );
        assert_eq!(p.strengths, vec![1, 3, 3, 3]);
        let text = ", leading and trailing,";
        let tokens = tokenize(text, 0..text.len(), &[]);
        let p = soft_pieces(&tokens, 0..tokens.len());
        assert_eq!(p.pieces.len(), 2);
        assert_eq!(p.strengths, vec![1]);
    }

    #[test]
    fn hyphen_inside_a_word_is_not_a_boundary() {
        let text = "ISO 27001-ready";
        let tokens = tokenize(text, 0..text.len(), &[]);
        assert_eq!(soft_pieces(&tokens, 0..tokens.len()).pieces.len(), 1);
    }
}
