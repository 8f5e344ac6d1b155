//! The order in time of what a block tells. A story of certification names
//! the framework while the work is under way and states the result without
//! naming it again: "Last year we were working towards ISO 27001; today we are
//! certified", "We began our ISO 27001 project in 2024 and were certified in
//! 2025". The latest step is where the organisation stands, so `claims` lets
//! a later clause that states a certificate held replace the earlier reading
//! when this module finds that it is told for a later time: a later year, or
//! the present after words that put the earlier part in the past; or when the
//! earlier part names the whole process ("Our ISO 42001 journey: ...,
//! certificate issued in February 2026"), whose later step is its end. A lapse
//! is overtaken the same way, but only by a step that says the certificate
//! is back ("It lapsed in 2024 and was reinstated in 2025").

use crate::prose::sentences::{Token, TokenKind};
use crate::prose::vocabulary;

/// Words that place what they tell in the past: the start of the work or an
/// earlier time.
const PAST_MARKERS: &[&str] = &[
    "last",
    "ago",
    "previously",
    "initially",
    "originally",
    "started",
    "began",
    "begun",
    "kicked",
    "launched",
    "embarked",
    "commenced",
    "were",
    "was",
    "had",
    "did",
];

/// Words that place what they tell now.
const PRESENT_MARKERS: &[&str] = &["today", "now", "currently", "presently", "since"];

/// Nouns of a stretch of time that "this" places now: "this year", "this
/// spring".
const CURRENT_PERIODS: &[&str] = &[
    "year", "month", "quarter", "spring", "summer", "autumn", "fall", "winter", "week",
];

/// Words that open a clause told before the one it is joined to: "After
/// working towards ISO 42001 for a year, we were certified", "Having spent
/// 2025 preparing, we are now certified".
const BEFORE_OPENERS: &[&str] = &["after", "having"];

fn has(tokens: &[Token], words: &[&str]) -> bool {
    tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && words.contains(&t.norm.as_str()))
}

/// The month a word names, 1 to 12 ("feb", "February").
fn month_of(word: &str) -> Option<u8> {
    let at = vocabulary::MONTH_NAMES.iter().position(|m| *m == word)?;
    // The full names come first, then the short ones from "jan" on, with
    // no short "may" and two spellings of September.
    let month = match at {
        0..=11 => at + 1,
        12..=15 => at - 11,
        16..=19 => at - 10,
        20.. => at - 11,
    };
    u8::try_from(month).ok()
}

/// The lowercase words of a stretch of tokens.
fn word_norms(tokens: &[Token]) -> Vec<&str> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect()
}

/// The latest date a stretch names as a month and a year ("February 2026",
/// "16 February 2026"), with month 0 for a year alone.
fn latest_date(tokens: &[Token]) -> Option<(u16, u8)> {
    let words = word_norms(tokens);
    (0..words.len())
        .filter_map(|i| {
            let year = words[i]
                .parse::<u16>()
                .ok()
                .filter(|_| words[i].len() == 4)?;
            if !(1990..=2100).contains(&year) {
                return None;
            }
            let month = i
                .checked_sub(1)
                .and_then(|k| month_of(words[k]))
                .unwrap_or(0);
            Some((year, month))
        })
        .max()
}

/// The latest month a stretch names without a year after it ("issued in
/// February"); "may" alone is a verb.
fn bare_month(tokens: &[Token]) -> Option<u8> {
    let words = word_norms(tokens);
    (0..words.len())
        .filter(|&i| words[i] != "may")
        .filter(|&i| words.get(i + 1).is_none_or(|w| w.parse::<u16>().is_err()))
        .filter_map(|i| month_of(words[i]))
        .max()
}

/// True when `later` is told for a later time than `earlier`: it names a
/// later year, or a later month of the same year ("Stage 2 in January 2026;
/// certified in February 2026", or "... in February" alone), or it speaks of
/// now ("today", "since March") while `earlier` speaks of the past ("last
/// year", "we started", "we were").
pub fn told_later(earlier: &[Token], later: &[Token]) -> bool {
    match (latest_date(earlier), latest_date(later)) {
        (Some(a), Some(b)) if b.0 != a.0 => b.0 > a.0,
        (Some((_, a)), Some((_, b))) if a > 0 && b > 0 && a != b => b > a,
        (Some((_, a)), None) if a > 0 && bare_month(later).is_some_and(|b| b > a) => true,
        _ => has(earlier, PAST_MARKERS) && (has(later, PRESENT_MARKERS) || now_period(later)),
    }
}

/// Words of a lack told in the past, beside the past tenses of "be" and
/// "have": "we didn't hold it", "we did not have one".
const PAST_LACK: &[&str] = &[
    "did", "didn't", "didnt", "wasn't", "wasnt", "weren't", "werent", "hadn't", "hadnt",
];

/// True when a stretch is told in the past: "we were not certified", "we
/// had no certificate", "we did not hold it".
pub fn told_as_past(tokens: &[Token]) -> bool {
    has(tokens, vocabulary::PAST_TENSE) || has(tokens, PAST_LACK)
}

/// How many tokens after a phrase of lack its "until" may stand: "not ISO
/// 42001 certified until February".
const UNTIL_REACH: usize = 4;

/// Words after "until" that date the end of a lack in the past or now:
/// "until February 2026", "until this year", "until recently".
const ENDED_AT: &[&str] = &["this", "last", "recently", "now", "earlier"];

/// True when a lack told in the past ends at a time after "until" ("we
/// were not ISO 42001 certified until February 2026", "we didn't hold it
/// until this year"): the certificate is held since. `phrase_end` is the
/// end of the phrase of lack in the tokens' text.
pub fn lack_ended(tokens: &[Token], phrase_end: usize) -> bool {
    let Some(after) = tokens.iter().position(|t| t.range.start >= phrase_end) else {
        return false;
    };
    let before = &tokens[..after];
    let Some(until) = tokens[after..]
        .iter()
        .take(UNTIL_REACH)
        .position(|t| t.norm == "until")
        .map(|k| after + k)
    else {
        return false;
    };
    let when = &tokens[until + 1..tokens.len().min(until + 4)];
    let dated = latest_date(when).is_some()
        || when
            .first()
            .is_some_and(|t| ENDED_AT.contains(&t.norm.as_str()) || month_of(&t.norm).is_some());
    told_as_past(before) && dated
}

/// True when a clause opens with a word that tells it before the clause it
/// is joined to in its sentence ("After ...", "Having ...").
pub fn opens_before(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .find(|t| t.kind == TokenKind::Word)
        .is_some_and(|t| BEFORE_OPENERS.contains(&t.norm.as_str()))
}

/// True when the stretch speaks of the current period: "this year".
fn now_period(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        w[0].norm == "this"
            && w[1].kind == TokenKind::Word
            && CURRENT_PERIODS.contains(&w[1].norm.as_str())
    })
}

/// The index of the token that opens the clause holding token `at`: after
/// the last connective (",", ";", "and", "but", "then") between `from` and
/// `at`, or `at` itself when there is none.
pub fn clause_start(tokens: &[Token], from: usize, at: usize) -> usize {
    (from..at)
        .rev()
        .find(|&i| matches!(tokens[i].norm.as_str(), "," | ";" | "and" | "but" | "then"))
        .map_or(at, |i| i + 1)
}

/// Verbs by which a sentence says the state told before it ended: "That
/// changed in February".
const CHANGE_VERBS: &[&str] = &["changed", "ended"];

/// Words that may follow a verb of change when it takes no object: "That
/// changed in February", "That changed last year".
const WHEN_WORDS: &[&str] = &[
    "in", "on", "at", "when", "last", "this", "after", "since", "with", "recently", "quickly",
    "soon", "fast",
];

/// The token of a sentence that says the state told before it is over:
/// "That changed in February", "This has changed", "That is no longer the
/// case". A change ahead ("That will change") is no change yet.
pub fn state_changed(tokens: &[Token]) -> Option<usize> {
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word)
        .collect();
    let word = |k: usize| words.get(k).map(|&i| tokens[i].norm.as_str());
    if !matches!(word(0), Some("that" | "this")) {
        return None;
    }
    // "That changed in 2025", not "That changed our pitch": no object.
    let intransitive =
        |k: usize| word(k).is_none_or(|w| WHEN_WORDS.contains(&w) || w.parse::<u16>().is_ok());
    match (word(1), word(2), word(3), word(4)) {
        (Some(v), ..) if CHANGE_VERBS.contains(&v) && intransitive(2) => Some(words[1]),
        (Some("has"), Some(v), ..) if CHANGE_VERBS.contains(&v) && intransitive(3) => {
            Some(words[2])
        }
        (Some("is"), Some("no"), Some("longer"), Some("the" | "true")) => Some(words[2]),
        _ => None,
    }
}

/// Words by which a later step says a certificate that lapsed is held again:
/// "reinstated in 2025", "we regained it", "certified again".
const RECOVERY_WORDS: &[&str] = &[
    "reinstated",
    "restored",
    "regained",
    "recovered",
    "renewed",
    "recertified",
    "reissued",
    "again",
    "back",
];

/// True when a stretch says a certificate is held again after a lapse.
pub fn recovers(tokens: &[Token]) -> bool {
    has(tokens, RECOVERY_WORDS)
}

/// Nouns that name a process of certification as a whole: its later steps
/// tell how it ended.
const PROCESS_NOUNS: &[&str] = &[
    "journey",
    "project",
    "programme",
    "program",
    "path",
    "road",
    "route",
    "process",
];

/// True when a phrase names a process as a whole ("our ISO 42001 journey").
pub fn names_a_process(tokens: &[Token]) -> bool {
    has(tokens, PROCESS_NOUNS)
}

/// The lowercase words of a text.
fn lower_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// [`names_a_process`] for a title's text ("Our ISO 27001 journey").
pub fn names_a_process_text(text: &str) -> bool {
    lower_words(text).any(|w| PROCESS_NOUNS.contains(&w.as_str()))
}

/// Words that may label a step of a dated story besides years and months:
/// "Q1 2027 \u{2013}", "Now:", "Early 2026:".
const STEP_LABEL_WORDS: &[&str] = &[
    "q1", "q2", "q3", "q4", "h1", "h2", "now", "today", "next", "then", "early", "mid", "late",
    "end", "spring", "summer", "autumn", "fall", "winter",
];

/// How many words a step's date label may have: "End of Q2 2027:".
const STEP_LABEL_WORDS_MAX: usize = 4;

/// True for a line that opens with a date or a time as its label, before a
/// colon or a dash: "2024: ISO 27001 with LRQA", "Jan 2026 \u{2013} Cyber
/// Essentials", "Now: assessment under way".
pub fn opens_with_date_label(text: &str) -> bool {
    let Some(at) = text.find([':', '\u{2013}', '\u{2014}', '-']) else {
        return false;
    };
    let words: Vec<String> = lower_words(&text[..at]).collect();
    let dated = |w: &str| {
        w.parse::<u16>()
            .is_ok_and(|y| w.len() == 4 && (1990..=2100).contains(&y))
            || month_of(w).is_some()
            || STEP_LABEL_WORDS.contains(&w)
            || w == "of"
    };
    (1..=STEP_LABEL_WORDS_MAX).contains(&words.len()) && words.iter().all(|w| dated(w))
}

/// [`states_certification`] for a line's text.
pub fn states_certification_text(text: &str) -> bool {
    lower_words(text).any(|w| CERTIFICATION_STEMS.iter().any(|s| w.starts_with(s)))
}

/// Words of a phrase that state a certificate or report obtained, not any
/// step done ("certified", "certificate issued", "accredited").
const CERTIFICATION_STEMS: &[&str] = &["certif", "accredit", "attest"];

/// True when a phrase states the certificate itself obtained.
pub fn states_certification(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        t.kind == TokenKind::Word && CERTIFICATION_STEMS.iter().any(|s| t.norm.starts_with(s))
    })
}

/// Arrows that lead from one state to the next: "in progress \u{279c} certified".
const ARROWS: &[&str] = &[
    "\u{279c}", "\u{2192}", "\u{2794}", "->", "=>", "\u{27f6}", ">",
];

/// True when the words between two statuses lead from the first to the
/// second: an arrow, or "to" or "into" after a "from" right before the first
/// ("moved from in progress to certified").
pub fn moves_on(before: &[Token], between: &[Token]) -> bool {
    let arrow = between.iter().any(|t| ARROWS.contains(&t.norm.as_str()));
    let from = before.iter().any(|t| t.norm == "from");
    let to = between
        .iter()
        .any(|t| matches!(t.norm.as_str(), "to" | "into"));
    arrow || (from && to)
}
