//! Finds framework mentions in units of prose and decides what each one claims.
//!
//! This is where the vocabulary meets the sentence structure. For every clause it
//! finds the status phrases, drops those that are negated, hypothetical, or about
//! someone else, and gives the strongest remaining status to every framework named
//! in the clause. It then lets a clause with no framework name pass its status back
//! to one named earlier ("not yet certified to ISO 42001; certification is
//! planned"), lets a question answered "yes" count as a statement, and lets list
//! items and table rows under a heading such as "Certifications we hold" take the
//! heading's status.

use std::ops::Range;

use crate::prose::lexicon::{self, Compiled};
use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::units::{Unit, UnitKind, normalize_char};
use crate::prose::vocabulary::{self, Effect};
use crate::prose::{Alias, ClaimDetails, ClaimedStatus, Mention, Names, Subject};

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

/// The organisation's and the suppliers' names, as lowercase word sequences.
pub struct NameSets {
    org: Vec<Vec<String>>,
    suppliers: Vec<Vec<String>>,
}

fn name_words(name: &str) -> Vec<String> {
    sentences::tokenize(name, 0..name.len(), &[])
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm)
        .collect()
}

impl NameSets {
    pub fn new(names: &Names) -> NameSets {
        let words = |list: &[String]| -> Vec<Vec<String>> {
            let mut out: Vec<Vec<String>> = list
                .iter()
                .map(|n| name_words(n))
                .filter(|w| !w.is_empty())
                .collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        NameSets {
            org: words(&names.organisation),
            suppliers: words(&names.suppliers),
        }
    }

    /// Every match of one of `names` in `tokens[range]`, longest first, left to
    /// right; a legal suffix ("Ltd", "plc") after a name belongs to it.
    fn find(names: &[Vec<String>], tokens: &[Token], range: Range<usize>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = range.start;
        let words_from = |i: usize| {
            tokens[i..range.end]
                .iter()
                .enumerate()
                .filter(|(_, t)| t.kind == TokenKind::Word)
                .map(move |(k, t)| (i + k, t.norm.as_str()))
        };
        while i < range.end {
            if tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let hit = names.iter().find_map(|name| {
                let mut end = i;
                let mut words = words_from(i);
                for w in name {
                    let (k, t) = words.next()?;
                    if t != w || (k > end + 1 && end > i) {
                        return None;
                    }
                    end = k + 1;
                }
                Some(end)
            });
            match hit {
                Some(end) => {
                    out.push((i, end));
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// A mention found in a unit's text.
#[derive(Clone, Debug)]
struct Found {
    range: Range<usize>,
    framework: String,
    qualifier: Option<String>,
}

/// Finds alias matches in `text`: case-insensitive, whole words, longest first,
/// left to right without overlaps.
fn find_aliases(text: &str, aliases: &[PreparedAlias]) -> Vec<Found> {
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
    out
}

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

/// Why a mention has the status it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// A claim about the organisation, read from the phrase at this byte range
    /// of the unit text.
    Claim(ClaimedStatus, (usize, usize)),
    /// No status phrase applies.
    NoPhrase,
    /// Every status phrase was negated.
    Negated,
    /// The phrase is about someone or something other than the organisation.
    Someone(Subject),
    /// The phrase is hypothetical.
    Conditional,
    /// The sentence is a question.
    Question,
}

impl Verdict {
    fn status(self) -> Option<ClaimedStatus> {
        match self {
            Verdict::Claim(s, _) => Some(s),
            _ => None,
        }
    }

    fn subject(self) -> Option<Subject> {
        match self {
            Verdict::Claim(..) => Some(Subject::Organisation),
            Verdict::Someone(s) => Some(s),
            _ => None,
        }
    }

    fn note(self) -> Option<&'static str> {
        match self {
            Verdict::Conditional => Some("a hypothetical"),
            Verdict::Question => Some("a question"),
            Verdict::Negated => Some("a negated phrase"),
            _ => None,
        }
    }

    /// A mention that claims nothing only for want of a phrase (or because the
    /// phrase was negated), or says only that it is not held, may take a status
    /// from a later clause that refers back to it ("not yet certified to ISO
    /// 42001; certification is planned").
    fn takes_reference(self) -> bool {
        matches!(
            self,
            Verdict::NoPhrase
                | Verdict::Negated
                | Verdict::Claim(ClaimedStatus::Not | ClaimedStatus::Lapsed, _)
        )
    }
}

/// A status phrase found in a clause.
#[derive(Clone, Debug)]
struct PhraseMatch {
    start: usize,
    end: usize,
    effect: Effect,
    wild: Vec<usize>,
    wildcard: bool,
    own_org: bool,
}

/// The evaluation of one group of pieces (a clause in the final sense).
#[derive(Clone, Debug)]
struct Group {
    mentions: Vec<usize>,
    verdict: Verdict,
    refers_back: bool,
}

/// Context for evaluating a sentence.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    voc: &'a Compiled,
    names: &'a NameSets,
    /// The unit's text, for the case of words.
    text: &'a str,
    /// True in a question answered "yes": "you" is then the organisation.
    reader_is_org: bool,
}

/// Analyses every unit and returns the mentions with their statuses.
pub fn analyse(units: &[Unit], aliases: &[PreparedAlias], names: &Names) -> Vec<Mention> {
    let voc = lexicon::compiled();
    let names = NameSets::new(names);
    let names = &names;
    let mut out: Vec<Mention> = Vec::new();
    // The status a heading states ("Certifications we hold"), with the heading's
    // phrase in the original file.
    let mut section: Option<(ClaimedStatus, (usize, usize))> = None;
    // Mentions (indexes into `out`) of a heading that names frameworks and
    // claims nothing, waiting for the block below it.
    let mut subject_heading: Vec<usize> = Vec::new();
    // True when the previous unit named the organisation (a heading, a
    // signature line) for a credentials line below it.
    let mut org_above = false;
    // True under a table header that lists certificates with their facts
    // ("Certification | Body | Expires"): each row names one that is held.
    let mut register_table = false;
    for unit in units {
        let UnitResult {
            mut mentions,
            also,
            names_org,
            claim: unit_claim,
            lead,
        } = analyse_unit(unit, aliases, voc, names, org_above);
        match unit.kind {
            UnitKind::Heading => {
                section = if mentions.is_empty() {
                    unit_claim
                } else {
                    None
                };
            }
            UnitKind::ListItem | UnitKind::TableRow => {
                if let Some((s, phrase)) = section {
                    for (_, v, _, _) in &mut mentions {
                        if *v == Verdict::NoPhrase {
                            *v = Verdict::Claim(s, phrase);
                        }
                    }
                }
                if unit.kind == UnitKind::TableRow && register_table {
                    shown_held(unit, &mut mentions);
                }
            }
            // A badge that names a framework shows it is held, unless its text
            // says otherwise ("ISO 42001 in progress").
            UnitKind::Badge => shown_held(unit, &mut mentions),
            UnitKind::Paragraph => {}
        }
        if unit.kind != UnitKind::TableRow {
            register_table = false;
        } else if mentions.is_empty() {
            register_table = is_register_header(&unit.text);
        }
        // A list keeps the organisation named above it for all its items.
        org_above = names_org || (org_above && unit.kind == UnitKind::ListItem);
        // "### ISO/IEC 27001" over "Certified since 2019 by BSI.": a heading that
        // only names frameworks takes the status of the first sentence below it,
        // when that block names no framework of its own.
        if unit.kind != UnitKind::Heading {
            let body = matches!(unit.kind, UnitKind::Paragraph | UnitKind::ListItem);
            if let Some((status, (a, b), details)) = lead.filter(|_| body && mentions.is_empty()) {
                for &i in &subject_heading {
                    out[i].status = Some(status);
                    out[i].subject = Some(Subject::Organisation);
                    out[i].phrase = Some(a..b);
                    out[i].details = details.clone();
                }
            }
            subject_heading.clear();
        } else if !mentions.is_empty()
            && mentions.iter().all(|(_, v, _, _)| *v == Verdict::NoPhrase)
        {
            subject_heading = (out.len()..out.len() + mentions.len()).collect();
        } else {
            subject_heading.clear();
        }
        for ((found, verdict, sentence, details), also) in mentions.into_iter().zip(also) {
            let span = unit.original(found.range.clone());
            let sent = unit.original(sentence);
            let phrase = match verdict {
                Verdict::Claim(_, (a, b)) => Some(a..b),
                _ => None,
            };
            out.push(Mention {
                framework: found.framework,
                sentence: sent.start.min(span.start)..sent.end.max(span.end),
                span,
                status: verdict.status(),
                qualifier: found.qualifier,
                subject: verdict.subject(),
                phrase,
                note: verdict.note(),
                details,
                also: also.map(|(s, (a, b))| (s, a..b)),
            });
        }
    }
    out
}

/// What [`analyse_unit`] finds in one unit.
struct UnitResult {
    /// Each mention with its verdict, its sentence's range in the unit text and
    /// the details its claim states.
    mentions: Vec<(Found, Verdict, Range<usize>, ClaimDetails)>,
    /// For each mention, a second status a later clause gives it, with its
    /// phrase in the original file.
    also: Vec<Option<(ClaimedStatus, (usize, usize))>>,
    /// True when the unit names the organisation.
    names_org: bool,
    /// The status that the unit's clauses without mentions assert (for a
    /// heading such as "Certifications we hold"), with its phrase.
    claim: Option<(ClaimedStatus, (usize, usize))>,
    /// The status that the unit's first sentence asserts, when it names no
    /// framework (for the block under a heading that names one), with its
    /// phrase and the details the sentence states.
    lead: Option<(ClaimedStatus, (usize, usize), ClaimDetails)>,
}

/// Analyses one unit: its mentions with verdicts and sentence ranges, and the
/// statuses its clauses without mentions assert.
fn analyse_unit(
    unit: &Unit,
    aliases: &[PreparedAlias],
    voc: &Compiled,
    names: &NameSets,
    org_above: bool,
) -> UnitResult {
    let text = unit.text.as_str();
    let found = find_aliases(text, aliases);
    let ranges: Vec<Range<usize>> = found.iter().map(|f| f.range.clone()).collect();
    let sentences = sentences::split_sentences(text, &ranges);
    let tokenized: Vec<Vec<Token>> = sentences
        .iter()
        .map(|s| {
            let mut tokens = sentences::tokenize(text, s.clone(), &ranges);
            possessive_names_as_our(text, &mut tokens, names);
            tokens
        })
        .collect();

    let mut verdicts: Vec<Verdict> = vec![Verdict::NoPhrase; found.len()];
    // A second reading of a mention, from a later clause that refers back to it
    // without undoing the first ("not certified, but aligned with it").
    let mut also: Vec<Option<(ClaimedStatus, (usize, usize))>> = vec![None; found.len()];
    let mut sentence_of: Vec<usize> = vec![0; found.len()];
    let mut unit_claim: Option<(ClaimedStatus, (usize, usize))> = None;
    let mut lead: Option<(ClaimedStatus, (usize, usize), ClaimDetails)> = None;
    // Mentions that claim nothing yet and may take the status of a later clause
    // that refers back: those of the last sentence that had mentions, and those
    // of earlier clauses in the current sentence. Each is drained when used.
    let mut waiting_before: Vec<usize> = Vec::new();

    // The sentence whose details (dates, numbers, body) a mention's claim
    // states, when it is not the mention's own: the answer to a question.
    let mut detail_sentence: Vec<Option<usize>> = vec![None; found.len()];
    // Mentions of a question that the next sentence may answer.
    let mut asked: Vec<usize> = Vec::new();
    // True after a request for a list of certifications ("What certifications
    // do you hold?"): a bare list of names answers it.
    let mut list_requested = false;
    // True after a question about the organisation that the next sentence
    // answers "yes" while naming the framework again ("Do you have a SOC 2
    // report? Yes, a SOC 2 Type 2 report."): that answer shows it held.
    let mut affirmed = false;

    for (si, tokens) in tokenized.iter().enumerate() {
        let question = is_question(text, &sentences[si], tokens);
        let next = tokenized.get(si + 1);
        let answer_word = next.and_then(|n| {
            n.iter()
                .filter(|t| t.kind == TokenKind::Word)
                .find(|t| !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str()))
        });
        let answer_names_framework =
            next.is_some_and(|n| n.iter().any(|t| matches!(t.kind, TokenKind::Mention(_))));
        let says = |list: &[&str]| answer_word.is_some_and(|t| list.contains(&t.norm.as_str()));
        // An answer that names the framework itself speaks for itself.
        // Only a question about the organisation ("Are you ...?", "Cyber
        // Essentials?") is answered by "yes" or "no"; "Is X required by Y? No."
        // is a general question.
        let words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count();
        // The organisation named in the question is as personal as "you":
        // "Is Northwind ISO 27001 certified? Yes."
        let personal = words <= 3
            || tokens.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "you" | "your" | "yours" | "we" | "our" | "us"
                )
            })
            || !NameSets::find(&names.org, tokens, 0..tokens.len()).is_empty();
        let answered =
            question && personal && says(vocabulary::YES_ANSWERS) && !answer_names_framework;
        let answered_no = question && personal && says(vocabulary::NO_ANSWERS);
        let affirms_next =
            question && personal && says(vocabulary::YES_ANSWERS) && answer_names_framework;
        let answer_lapsed = next.is_some_and(|n| !voc.lapses.find_all(n, 0..n.len()).is_empty());
        let ctx = Ctx {
            voc,
            names,
            text,
            reader_is_org: answered || answered_no,
        };
        let groups = evaluate_sentence(tokens, ctx);
        let requests_list = tokens.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "certifications" | "certificates" | "accreditations" | "certified"
            )
        }) && (question
            || tokens
                .iter()
                .find(|t| {
                    t.kind == TokenKind::Word
                        && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
                })
                .is_some_and(|t| {
                    matches!(t.norm.as_str(), "please" | "list" | "provide" | "name")
                }));
        let here: Vec<usize> = groups
            .iter()
            .flat_map(|g| g.mentions.iter().copied())
            .collect();
        for &m in &here {
            sentence_of[m] = si;
        }
        let mut waiting_here: Vec<usize> = Vec::new();
        let mut seen_mentions = false;
        for g in &groups {
            for &m in &g.mentions {
                let tag_line_end = trailing_hashtag(text, tokens, m, &found);
                verdicts[m] = match g.verdict {
                    _ if tag_line_end => Verdict::NoPhrase,
                    _ if question && !answered && !answered_no => Verdict::Question,
                    // "Are you certified? No." says it is not held.
                    Verdict::Claim(ClaimedStatus::Achieved, p) if answered_no => {
                        Verdict::Claim(ClaimedStatus::Not, p)
                    }
                    // "Cyber Essentials Plus? No."
                    Verdict::NoPhrase if answered_no => {
                        let r = &tokens.iter().find(|t| t.kind == TokenKind::Mention(m));
                        let span = r.map_or((0, 0), |t| (t.range.start, t.range.end));
                        Verdict::Claim(ClaimedStatus::Not, span)
                    }
                    _ if answered_no => Verdict::Question,
                    // "Cyber Essentials? Yes."
                    Verdict::NoPhrase if answered => {
                        let r = &tokens.iter().find(|t| t.kind == TokenKind::Mention(m));
                        let span = r.map_or((0, 0), |t| (t.range.start, t.range.end));
                        Verdict::Claim(
                            if answer_lapsed {
                                ClaimedStatus::Lapsed
                            } else {
                                ClaimedStatus::Achieved
                            },
                            span,
                        )
                    }
                    // "Have you held it? Yes, until April, when it expired."
                    Verdict::Claim(ClaimedStatus::Achieved, p) if answered && answer_lapsed => {
                        Verdict::Claim(ClaimedStatus::Lapsed, p)
                    }
                    // "Do you have a SOC 2 report? Yes, a SOC 2 Type 2 report."
                    Verdict::NoPhrase if affirmed && !question => {
                        let r = &tokens.iter().find(|t| t.kind == TokenKind::Mention(m));
                        let span = r.map_or((0, 0), |t| (t.range.start, t.range.end));
                        Verdict::Claim(ClaimedStatus::Achieved, span)
                    }
                    // "List the certifications you hold. — ISO 27001, CE."
                    Verdict::NoPhrase if list_requested => {
                        let r = &tokens.iter().find(|t| t.kind == TokenKind::Mention(m));
                        let span = r.map_or((0, 0), |t| (t.range.start, t.range.end));
                        Verdict::Claim(ClaimedStatus::Achieved, span)
                    }
                    v => v,
                };
                if answered {
                    detail_sentence[m] = Some(si + 1);
                }
                if verdicts[m].takes_reference() {
                    waiting_here.push(m);
                }
            }
            let earlier_mentions = seen_mentions;
            seen_mentions |= !g.mentions.is_empty();
            let Verdict::Claim(status, phrase) = g.verdict else {
                continue;
            };
            if question && !answered {
                continue;
            }
            if g.mentions.is_empty() {
                unit_claim = unit_claim.or(Some((status, phrase)));
                if si == 0 && here.is_empty() && lead.is_none() {
                    let details =
                        crate::prose::read_details(text.get(sentences[si].clone()).unwrap_or(""));
                    lead = Some((status, phrase, details));
                }
            }
            if !g.mentions.is_empty() || !g.refers_back {
                continue;
            }
            // A clause without a framework name that refers back ("it",
            // "certification") gives its status to earlier mentions that claim
            // nothing yet: those of earlier clauses in this sentence, or, when no
            // earlier clause has one, those of the previous sentence.
            let targets = if earlier_mentions {
                &mut waiting_here
            } else {
                &mut waiting_before
            };
            for m in targets.drain(..) {
                // "Not certified, but we follow its controls": a mention already
                // read as not held (or lapsed) is refined only by what comes next
                // for it (in progress, planned), never by a present description
                // of the work, which does not undo the "not".
                let settled =
                    matches!(
                        verdicts[m],
                        Verdict::Claim(ClaimedStatus::Not | ClaimedStatus::Lapsed, _)
                    ) && !matches!(status, ClaimedStatus::InProgress | ClaimedStatus::Planned);
                if settled {
                    also[m] = Some((status, phrase));
                } else {
                    verdicts[m] = Verdict::Claim(status, phrase);
                }
            }
        }
        // A question that the next sentence answers without naming the
        // framework ("Are you certified to X? We are working towards it.").
        if here.is_empty() && !asked.is_empty() {
            let answer = groups.iter().find_map(|g| match g.verdict {
                Verdict::Claim(s, p) => Some((s, p)),
                _ => None,
            });
            if let Some((status, phrase)) = answer {
                for &m in &asked {
                    if verdicts[m] == Verdict::Question {
                        verdicts[m] = Verdict::Claim(status, phrase);
                        detail_sentence[m] = Some(si);
                    }
                }
            }
        }
        asked = if question && !answered && !answered_no {
            here.clone()
        } else {
            Vec::new()
        };
        list_requested = requests_list;
        affirmed = affirms_next;
        if !here.is_empty() {
            waiting_before = waiting_here;
        }
    }

    // Phrases leave this function in offsets of the original file.
    let in_file = |(a, b): (usize, usize)| {
        let r = unit.original(a..b);
        (r.start, r.end)
    };
    // The details of a claim are read from its own stretch of the sentence:
    // from the previous mention to the next one, so "our LRQA ISO 27001
    // certificate and our SOC 2 report" gives LRQA to ISO 27001 only.
    let names_org = tokenized
        .iter()
        .any(|t| !NameSets::find(&names.org, t, 0..t.len()).is_empty());
    // A credentials line: framework names set out as a list ("ISO 27001 \u{b7}
    // Cyber Essentials Plus", "CE+ | ISO 27001", list items) next to the
    // organisation's name and with no status word at all shows them held, as a
    // badge does.
    let list_like =
        unit.kind == UnitKind::ListItem || unit.text.contains(['\u{b7}', '|', '\u{2022}']);
    if list_like
        && (names_org || org_above)
        && unit.kind != UnitKind::TableRow
        && !found.is_empty()
        && verdicts.iter().all(|v| *v == Verdict::NoPhrase)
    {
        for (v, f) in verdicts.iter_mut().zip(&found) {
            *v = Verdict::Claim(ClaimedStatus::Achieved, (f.range.start, f.range.end));
        }
    }
    let starts: Vec<usize> = found.iter().map(|f| f.range.start).collect();
    let ends: Vec<usize> = found.iter().map(|f| f.range.end).collect();
    let mentions = found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let sentence = sentences
                .get(sentence_of[i])
                .cloned()
                .unwrap_or(f.range.clone());
            let verdict = match verdicts[i] {
                Verdict::Claim(s, p) => Verdict::Claim(s, in_file(p)),
                v => v,
            };
            let details = match (detail_sentence[i], verdict) {
                (_, Verdict::Claim(s, _)) if s != ClaimedStatus::Achieved => {
                    ClaimDetails::default()
                }
                (_, v) if !matches!(v, Verdict::Claim(..)) => ClaimDetails::default(),
                (Some(d), _) => crate::prose::read_details(
                    sentences
                        .get(d)
                        .and_then(|r| text.get(r.start..))
                        .unwrap_or(""),
                ),
                (None, _) => {
                    // From the first separator after the previous mention to
                    // the last one before the next mention.
                    let from = i
                        .checked_sub(1)
                        .map(|p| ends[p])
                        .filter(|&e| e >= sentence.start && e <= f.range.start)
                        .map_or(sentence.start, |e| {
                            separator_end_before(text, e, f.range.start).unwrap_or(e)
                        });
                    let to = starts
                        .get(i + 1)
                        .copied()
                        .filter(|&s| s <= sentence.end && s >= f.range.end)
                        .map_or(sentence.end, |s| {
                            separator_before(text, f.range.end, s).unwrap_or(s)
                        });
                    crate::prose::read_details(text.get(from..to.max(from)).unwrap_or(""))
                }
            };
            (f.clone(), verdict, sentence, details)
        })
        .collect();
    UnitResult {
        mentions,
        names_org,
        also: also
            .into_iter()
            .map(|a| a.map(|(s, p)| (s, in_file(p))))
            .collect(),
        claim: unit_claim.map(|(s, p)| (s, in_file(p))),
        lead: lead.map(|(s, p, d)| (s, in_file(p), d)),
    }
}

/// Reads every mention of `unit` that states no status as held, with the facts
/// its sentence states: a badge, a row of a register table.
fn shown_held(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    for (found, v, sentence, details) in mentions {
        if *v == Verdict::NoPhrase {
            *details = crate::prose::read_details(unit.text.get(sentence.clone()).unwrap_or(""));
            let span = unit.original(found.range.clone());
            *v = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
        }
    }
}

/// True for a table header row whose first column names certificates or reports
/// and another column one of their facts ("Certification | Body | Expires",
/// "Report | Type | Date"): a register of what the organisation holds.
fn is_register_header(row: &str) -> bool {
    let cells: Vec<String> = row.split('|').map(|c| c.trim().to_lowercase()).collect();
    let Some((first, rest)) = cells.split_first() else {
        return false;
    };
    vocabulary::REGISTER_SUBJECT_COLUMNS.contains(&first.as_str())
        && rest
            .iter()
            .any(|c| vocabulary::REGISTER_FACT_COLUMNS.contains(&c.as_str()))
}

/// "Harbour's SOC 2 report" says what "our SOC 2 report" says: the last word
/// of the organisation's name with a possessive `'s` reads as "our".
fn possessive_names_as_our(text: &str, tokens: &mut [Token], names: &NameSets) {
    for (_, e) in NameSets::find(&names.org, tokens, 0..tokens.len()) {
        let t = &tokens[e - 1];
        let raw = text.get(t.range.clone()).unwrap_or("");
        if raw.ends_with("'s") || raw.ends_with("\u{2019}s") {
            tokens[e - 1].norm = "our".to_string();
        }
    }
}

/// True for a question: it ends with `?`, or opens like one ("Is your
/// organisation certified to ...").
fn is_question(text: &str, sentence: &Range<usize>, tokens: &[Token]) -> bool {
    let s = text.get(sentence.clone()).unwrap_or("");
    if s.trim_end_matches([' ', ')', ']', '"', '\'', '|', '*', '_'])
        .ends_with('?')
    {
        return true;
    }
    let mut words = tokens.iter().filter(|t| t.kind != TokenKind::Punct);
    let first = words.next();
    let second = words.next();
    match (first, second) {
        (Some(f), Some(s)) if f.kind == TokenKind::Word => {
            vocabulary::QUESTION_OPENERS.contains(&f.norm.as_str())
                && !vocabulary::NOT_QUESTION_SECOND.contains(&s.norm.as_str())
        }
        _ => false,
    }
}

/// Splits a sentence into clause groups and evaluates each.
fn evaluate_sentence(tokens: &[Token], ctx: Ctx) -> Vec<Group> {
    let mut groups = Vec::new();
    for clause in sentences::hard_clauses(tokens) {
        let phrases = find_phrases(tokens, clause.clone(), ctx);
        let pieces = sentences::soft_pieces(tokens, clause.clone());
        for range in merge_pieces(tokens, &pieces, &phrases, ctx.voc) {
            let mentions: Vec<usize> = tokens[range.clone()]
                .iter()
                .filter_map(|t| match t.kind {
                    TokenKind::Mention(i) => Some(i),
                    _ => None,
                })
                .collect();
            let verdict = evaluate_group(tokens, range.clone(), &phrases, ctx);
            let refers_back =
                (range.start..range.end).any(|i| ctx.voc.anaphors.matches_at(tokens, i));
            groups.push(Group {
                mentions,
                verdict,
                refers_back,
            });
        }
    }
    groups
}

/// Finds the status phrases of a clause: longest per start token, then drops a
/// phrase that lies inside a longer neutral or wildcard-free one.
fn find_phrases(tokens: &[Token], clause: Range<usize>, ctx: Ctx) -> Vec<PhraseMatch> {
    let voc = ctx.voc;
    let orgs = org_references(tokens, clause.clone(), ctx);
    let mut found: Vec<PhraseMatch> = Vec::new();
    for i in clause.clone() {
        let mut best: Option<PhraseMatch> = None;
        // Candidates come in table order, so ties go to the earlier entry.
        for (pattern, effect) in voc
            .phrases_starting_with(&tokens[i])
            .iter()
            .map(|&c| &voc.phrases[c])
        {
            let Some((end, wild)) = pattern.match_at(tokens, i) else {
                continue;
            };
            if end > clause.end || best.as_ref().is_some_and(|b| b.end >= end) {
                continue;
            }
            // A possessive noun phrase ("our ISO 27001 certificate") ends at
            // its noun: a verb or preposition inside the wildcard means the
            // words belong to a clause ("our ISMS is in the certification
            // process"), not to one noun phrase.
            let possessive = vocabulary::POSSESSIVES.contains(&tokens[i].norm.as_str());
            if possessive
                && wild.iter().any(|&w| {
                    voc.copulas.matches_at(tokens, w)
                        || vocabulary::PREPOSITIONS.contains(&tokens[w].norm.as_str())
                        || tokens[w].norm == "in"
                })
            {
                continue;
            }
            // A causative verb's object does what follows it: in "help Northwind
            // get certified" the goal is the organisation's.
            let causative = vocabulary::CAUSATIVES.contains(&tokens[i].norm.as_str());
            let own_org = (i..end).any(|t| !wild.contains(&t) && voc.org.matches_at(tokens, t))
                || (causative && wild.iter().any(|&w| covers(&orgs, w)));
            best = Some(PhraseMatch {
                start: i,
                end,
                effect: *effect,
                wild,
                wildcard: pattern.has_wildcard,
                own_org,
            });
        }
        found.extend(best);
    }
    found
        .iter()
        .filter(|m| {
            !found.iter().any(|n| {
                n.start <= m.start
                    && m.end <= n.end
                    && (n.end - n.start) > (m.end - m.start)
                    && (n.effect == Effect::Neutral || !n.wildcard)
            })
        })
        .cloned()
        .collect()
}

/// Groups the pieces of a clause so that each group has at most one run of
/// status phrases: a piece without a phrase joins a neighbour with one.
fn merge_pieces(
    tokens: &[Token],
    pieces: &sentences::Pieces,
    phrases: &[PhraseMatch],
    voc: &Compiled,
) -> Vec<Range<usize>> {
    let list = &pieces.pieces;
    if list.is_empty() {
        return Vec::new();
    }
    let claims: Vec<&PhraseMatch> = phrases
        .iter()
        .filter(|p| matches!(p.effect, Effect::Claim(_)))
        .collect();
    // Phrases come sorted by start and pieces are sorted: map each phrase to the
    // piece that holds its start.
    let mut claims_in: Vec<Vec<&PhraseMatch>> = vec![Vec::new(); list.len()];
    for p in &claims {
        let i = list.partition_point(|r| r.end <= p.start);
        if list.get(i).is_some_and(|r| r.contains(&p.start)) {
            claims_in[i].push(p);
        }
    }
    // A piece with a phrase anchors a group; so does a later piece that opens
    // with a new subject ("..., and we do not plan a SOC 2 examination"), which
    // never takes a neighbour's status.
    let new_subject = |i: usize| i > 0 && voc.org_subjects.matches_at(tokens, list[i].start);
    // A possessive noun phrase ("its ISO 42001 certification") before a bare
    // conjunction is one subject of a coordinated predicate ("its X
    // certification and SOC 2 examination are both under way"), not a clause.
    let nominal = |i: usize| {
        list.get(i + 1).is_some()
            && pieces.strengths.get(i).copied() == Some(1)
            && !claims_in[i].is_empty()
            && claims_in[i].iter().all(|p| {
                vocabulary::POSSESSIVES.contains(&tokens[p.start].norm.as_str())
                    && p.end == list[i].end
            })
    };
    // A participle after a comma that names no framework of its own describes
    // the noun phrase before it ("our ISO 42001 certification, targeted for late
    // 2027"): a reduced relative clause, not a clause of its own.
    let has_mention = |r: &Range<usize>| {
        r.clone()
            .any(|t| matches!(tokens[t].kind, TokenKind::Mention(_)))
    };
    let describes_noun_before = |i: usize| {
        i > 0
            && pieces.strengths.get(i - 1).copied() == Some(2)
            && !has_mention(&list[i])
            && has_mention(&list[i - 1])
            && claims_in[i].first().is_some_and(|p| {
                p.start == list[i].start
                    && (tokens[p.start].norm.ends_with("ed") || tokens[p.start].norm == "due")
            })
            && !claims_in[i - 1].is_empty()
            && claims_in[i - 1].iter().all(|p| {
                vocabulary::POSSESSIVES.contains(&tokens[p.start].norm.as_str())
                    && p.end == list[i - 1].end
            })
    };
    let anchors: Vec<usize> = (0..list.len())
        .filter(|&i| {
            (!claims_in[i].is_empty() && !nominal(i) && !describes_noun_before(i)) || new_subject(i)
        })
        .collect();
    if anchors.len() <= 1 {
        let whole = list[0].start..list[list.len() - 1].end;
        return std::iter::once(whole).collect();
    }
    let is_mention = |i: usize| matches!(tokens[i].kind, TokenKind::Mention(_));
    // A piece "governs rightwards" when a mention follows its last phrase
    // ("we hold ISO 27001 ..."), so a bare list item after it belongs to it.
    let governs_right = |i: usize| {
        let last = claims_in[i].iter().map(|p| p.end).max();
        last.is_some_and(|e| (e..list[i].end).any(is_mention))
    };
    // A piece whose mentions come before its phrase ("ISO 42001 is planned")
    // takes bare list items before it.
    let governs_left = |i: usize| {
        let first = claims_in[i].iter().map(|p| p.start).min();
        first.is_some_and(|s| (list[i].start..s).any(is_mention))
    };
    // owner[i] = the anchor piece that piece i joins.
    let mut owner: Vec<usize> = vec![0; list.len()];
    for (k, &a) in anchors.iter().enumerate() {
        owner[a] = a;
        if k == 0 {
            for o in owner.iter_mut().take(a) {
                *o = a;
            }
        }
        let next = anchors.get(k + 1).copied();
        match next {
            None => {
                for o in owner.iter_mut().skip(a + 1) {
                    *o = a;
                }
            }
            Some(b) if b > a + 1 => {
                let left = pieces.strengths.get(a).copied().unwrap_or(2);
                let right = pieces.strengths.get(b - 1).copied().unwrap_or(2);
                let to_left = if left != right {
                    left < right
                } else if governs_right(a) {
                    true
                } else {
                    !governs_left(b)
                };
                for o in owner.iter_mut().take(b).skip(a + 1) {
                    *o = if to_left { a } else { b };
                }
            }
            Some(_) => {}
        }
    }
    let mut groups: Vec<Range<usize>> = Vec::new();
    let mut current: Option<(usize, Range<usize>)> = None;
    for (i, piece) in list.iter().enumerate() {
        current = match current {
            Some((o, r)) if o == owner[i] => Some((o, r.start..piece.end)),
            Some((_, r)) => {
                groups.push(r);
                Some((owner[i], piece.clone()))
            }
            None => Some((owner[i], piece.clone())),
        };
    }
    if let Some((_, r)) = current {
        groups.push(r);
    }
    groups
}

/// Decides the verdict of one group from the status phrases that start in it.
fn evaluate_group(
    tokens: &[Token],
    group: Range<usize>,
    phrases: &[PhraseMatch],
    ctx: Ctx,
) -> Verdict {
    let voc = ctx.voc;
    let mut negators = voc.negators.find_all(tokens, group.clone());
    // "Not only certified but also ...": not a negation.
    negators.retain(|&(_, e)| {
        !tokens
            .get(e)
            .is_some_and(|t| matches!(t.norm.as_str(), "only" | "just" | "merely"))
    });
    // "Notify the customer of any lapse": a lapse named as a possibility, after
    // an indefinite or negative determiner, is not one that happened.
    let lapsed = voc
        .lapses
        .find_all(tokens, group.clone())
        .iter()
        .any(|&(s, _)| {
            s == 0 || !vocabulary::POSSIBILITY_DETERMINERS.contains(&tokens[s - 1].norm.as_str())
        });
    let upkeep = !voc.maintenance.find_all(tokens, group.clone()).is_empty();
    let future = voc.future.find_all(tokens, group.clone());
    let mut conditionals = voc.conditionals.find_all(tokens, group.clone());
    // "We would like to", "we'd love to": a wish, not a hypothetical.
    conditionals.retain(|&(_, e)| {
        !tokens
            .get(e)
            .is_some_and(|t| matches!(t.norm.as_str(), "like" | "love" | "prefer"))
    });
    let orgs = org_references(tokens, group.clone(), ctx);
    let mut suppliers = NameSets::find(&ctx.names.suppliers, tokens, group.clone());
    suppliers.extend(modifiers_dropped(
        ctx.text,
        tokens,
        voc.suppliers.find_all(tokens, group.clone()),
    ));
    suppliers.sort_unstable();
    let others = Others {
        suppliers: not_ourselves(tokens, group.clone(), suppliers, &orgs, ctx),
        people: voc.people.find_all(tokens, group.clone()),
        third: not_ourselves(
            tokens,
            group.clone(),
            {
                let mut third = modifiers_dropped(
                    ctx.text,
                    tokens,
                    voc.third_parties.find_all(tokens, group.clone()),
                );
                third.extend(named_subject(tokens, group.clone(), &orgs, ctx));
                third.sort_unstable();
                third
            },
            &orgs,
            ctx,
        ),
        generic: not_ourselves(
            tokens,
            group.clone(),
            voc.generic.find_all(tokens, group.clone()),
            &orgs,
            ctx,
        ),
    };
    let others = others.without(&orgs);
    let all_others = others.all();

    // A conditional next to a reader or third party ("if you need", "customers
    // may request") is their condition, not ours.
    let condition_ends = conditionals
        .iter()
        .filter(|&&(s, e)| {
            let reader_after = touches(&all_others, s, e);
            let reader_before = s > group.start && touches(&all_others, s - 1, s);
            !(reader_after || reader_before)
        })
        // A condition covers what follows its first word, the words it matched
        // included: in "after our ISO 27001 certification is complete" the
        // noun phrase "our ... certification" is inside the condition.
        .map(|&(s, _)| s + 1)
        .min();

    let mut best: Option<(ClaimedStatus, (usize, usize))> = None;
    let mut someone: Option<Subject> = None;
    let (mut conditional, mut negated_any) = (false, false);
    // Phrases are sorted by start: take those that start in this group.
    let first = phrases.partition_point(|m| m.start < group.start);
    let last = phrases.partition_point(|m| m.start < group.end);
    for m in &phrases[first..last] {
        let Effect::Claim(mut status) = m.effect else {
            continue;
        };
        // "A: Yes" labels an answer; "Cyber Essentials: Yes" states a status.
        if tokens[m.start].norm == ":"
            && m.start > 0
            && vocabulary::ANSWER_LABELS.contains(&tokens[m.start - 1].norm.as_str())
        {
            continue;
        }
        let window = m.start.saturating_sub(vocabulary::NEGATION_WINDOW);
        let negated_before = ending_in(&negators, window, m.start).iter().any(|&(_, e)| {
            !(e..m.start)
                .any(|i| is_scope_barrier(&tokens[i]) || voc.org_subjects.matches_at(tokens, i))
        }) || negated_through_verb_chain(tokens, &negators, m.start);
        let negated_inside = m.wild.iter().any(|&w| starts_at(&negators, w));
        let negated_after = voc
            .negators_after
            .longest_at(tokens, m.end)
            .is_some_and(|e| e <= group.end);
        if negated_before || negated_inside || negated_after {
            // "Not yet certified", "never audited against X": a claim that it is
            // not held. Any other negated phrase ("no plans to") claims nothing.
            if matches!(status, ClaimedStatus::Achieved | ClaimedStatus::Not) {
                // "not held \u{274c}" stays a claim that it is not held.
                status = ClaimedStatus::Not;
            } else {
                negated_any = true;
                continue;
            }
        } else if status == ClaimedStatus::Achieved
            && (lapsed || held_until(tokens, m, group.clone()))
        {
            status = ClaimedStatus::Lapsed;
        }
        // "We passed our Stage 2 audit": the step is done, the certificate held.
        if status == ClaimedStatus::InProgress
            && tokens[m.start].norm == "stage"
            && tokens
                .get(m.start + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "2" | "two"))
            && (group.start..m.start)
                .any(|i| vocabulary::STEP_DONE.contains(&tokens[i].norm.as_str()))
        {
            continue;
        }
        let hypothetical = condition_ends.is_some_and(|e| e <= m.start);
        if hypothetical {
            conditional = true;
            continue;
        }
        if quoted(tokens, m, group.clone()) {
            // "“ISO 42001 compliant” is not the same as certified": the words
            // are talked about, not used.
            someone = someone.or(Some(Subject::Standard));
            continue;
        }
        if let Some(subject) = about_someone_else(tokens, m, &orgs, &others, group.clone()) {
            someone = someone.or(Some(subject));
            continue;
        }
        let window = m.start.saturating_sub(vocabulary::FUTURE_WINDOW);
        let planned_ahead = !ending_in(&future, window, m.start).is_empty();
        let upkeep_phrase = voc.maintenance_phrases.matches_at(tokens, m.start);
        if planned_ahead && status == ClaimedStatus::InProgress {
            // "We will begin preparing for X": the work has not started.
            status = ClaimedStatus::Planned;
        } else if planned_ahead && upkeep_phrase {
            // "It will be renewed": the certificate is held.
        } else if planned_ahead
            && matches!(
                status,
                ClaimedStatus::Achieved | ClaimedStatus::Compliant | ClaimedStatus::Aligned
            )
        {
            // "We will be certified by June 2027" names a target for work under
            // way; "we will be certified" without one is an intention.
            status =
                if status == ClaimedStatus::Achieved && has_target_date(tokens, m.end, group.end) {
                    ClaimedStatus::InProgress
                } else {
                    ClaimedStatus::Planned
                };
        }
        if upkeep && !lapsed && matches!(status, ClaimedStatus::InProgress | ClaimedStatus::Planned)
        {
            status = ClaimedStatus::Achieved;
        }
        let span = (tokens[m.start].range.start, tokens[m.end - 1].range.end);
        best = Some(match best {
            Some(b) if rank(b.0) <= rank(status) => b,
            _ => (status, span),
        });
    }
    match best {
        Some((s, span)) => Verdict::Claim(s, span),
        None => match someone {
            Some(subject) => Verdict::Someone(subject),
            None if conditional => Verdict::Conditional,
            None if negated_any => Verdict::Negated,
            None => Verdict::NoPhrase,
        },
    }
}

/// True when a negator further back than [`vocabulary::NEGATION_WINDOW`] still
/// negates the phrase at `start` because only its verb chain stands between
/// them: "we never claim to be ISO 42001 certified", "we have not yet formally
/// been certified".
fn negated_through_verb_chain(tokens: &[Token], negators: &[(usize, usize)], start: usize) -> bool {
    let window = start.saturating_sub(vocabulary::VERB_CHAIN_REACH);
    ending_in(negators, window, start).iter().any(|&(_, e)| {
        (e..start).all(|i| {
            let t = &tokens[i];
            matches!(t.kind, TokenKind::Mention(_))
                || (t.kind == TokenKind::Word && vocabulary::VERB_CHAIN.contains(&t.norm.as_str()))
        })
    })
}

/// True for a hashtag among the tags that end a post ("... #CyberEssentials
/// #Keel"): a tag, not a statement.
fn trailing_hashtag(text: &str, tokens: &[Token], m: usize, found: &[Found]) -> bool {
    let Some(f) = found.get(m) else { return false };
    if !text
        .get(f.range.clone())
        .is_some_and(|t| t.starts_with('#'))
    {
        return false;
    }
    let Some(at) = tokens.iter().position(|t| t.kind == TokenKind::Mention(m)) else {
        return false;
    };
    // A tag right after a word is part of the sentence: "We hold #ISO27001."
    if at > 0 && tokens[at - 1].kind == TokenKind::Word {
        return false;
    }
    // Every later token is another tag, a mark or punctuation.
    let mut i = at + 1;
    while i < tokens.len() {
        let t = &tokens[i];
        match t.kind {
            TokenKind::Mention(_) => {}
            TokenKind::Punct => {}
            TokenKind::Word => {
                let hashed = text.get(..t.range.start).is_some_and(|b| b.ends_with('#'));
                if !hashed {
                    return false;
                }
            }
        }
        i += 1;
    }
    true
}

/// Text that separates the parts of a list: a comma, semicolon, "and", a dot.
const SEPARATORS: &[&str] = &[",", ";", " and ", " plus ", "\u{b7}", "|"];

/// The end of the last separator in `text[from..to]`.
fn separator_end_before(text: &str, from: usize, to: usize) -> Option<usize> {
    let hay = text.get(from..to)?;
    SEPARATORS
        .iter()
        .filter_map(|sep| hay.rfind(sep).map(|p| from + p + sep.len()))
        .max()
}

/// The start of the first separator in `text[from..to]`.
fn separator_before(text: &str, from: usize, to: usize) -> Option<usize> {
    let hay = text.get(from..to)?;
    SEPARATORS
        .iter()
        .filter_map(|sep| hay.find(sep).map(|p| from + p))
        .min()
}

/// True when the phrase sits inside quotation marks with at most a few words:
/// the words themselves are the topic.
fn quoted(tokens: &[Token], m: &PhraseMatch, group: Range<usize>) -> bool {
    let is_quote = |t: &Token| {
        t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "\"" | "\u{201c}" | "\u{201d}")
    };
    let open = (group.start.max(m.start.saturating_sub(4))..m.start)
        .rev()
        .find(|&i| is_quote(&tokens[i]));
    let close = (m.end..group.end.min(m.end + 4)).find(|&i| is_quote(&tokens[i]));
    match (open, close) {
        (Some(o), Some(c)) => !(o + 1..c).any(|i| is_quote(&tokens[i])),
        _ => false,
    }
}

/// "We were certified until 2025": a past tense before the phrase and "until"
/// after it.
fn held_until(tokens: &[Token], m: &PhraseMatch, group: Range<usize>) -> bool {
    let past = (group.start..m.start)
        .any(|i| vocabulary::PAST_TENSE.contains(&tokens[i].norm.as_str()))
        || tokens[m.start].norm == "held";
    let until = (m.end..group.end.min(m.end + 3)).any(|i| tokens[i].norm == "until");
    // "Sprout held Cyber Essentials in 2024".
    let held_in_year = tokens[m.start].norm == "held"
        && (m.end..group.end.min(m.end + 3)).any(|i| {
            tokens[i].norm == "in"
                && tokens.get(i + 1).is_some_and(|t| {
                    t.norm.len() == 4
                        && t.norm.starts_with("20")
                        && t.norm.chars().all(|c| c.is_ascii_digit())
                })
        });
    (past && until) || held_in_year
}

/// True when "by", "in" or "for" and a date follow the phrase ("by June 2027",
/// "in Q2 2027").
fn has_target_date(tokens: &[Token], from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(tokens[i].norm.as_str(), "by" | "in" | "for" | "before")
            && tokens[i + 1..to.min(i + 4)].iter().any(|t| {
                let w = t.norm.as_str();
                (w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit()))
                    || matches!(w, "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
                    || vocabulary::MONTH_NAMES.contains(&w)
            })
    })
}

/// The markers of the subjects a phrase may be about other than the
/// organisation, by kind.
struct Others {
    suppliers: Vec<(usize, usize)>,
    people: Vec<(usize, usize)>,
    third: Vec<(usize, usize)>,
    generic: Vec<(usize, usize)>,
}

impl Others {
    /// The markers, less those that are the organisation itself ("the
    /// Supplier" in a tender answer).
    fn without(self, orgs: &[(usize, usize)]) -> Others {
        let keep = |list: Vec<(usize, usize)>| -> Vec<(usize, usize)> {
            list.into_iter()
                .filter(|&(s, e)| !orgs.iter().any(|&(os, oe)| s < oe && os < e))
                .collect()
        };
        Others {
            suppliers: keep(self.suppliers),
            people: keep(self.people),
            third: keep(self.third),
            generic: keep(self.generic),
        }
    }

    /// Every marker, sorted, overlaps removed.
    fn all(&self) -> Vec<(usize, usize)> {
        let mut all: Vec<(usize, usize)> = self
            .suppliers
            .iter()
            .chain(&self.people)
            .chain(&self.third)
            .chain(&self.generic)
            .copied()
            .collect();
        all.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for span in all {
            match out.last_mut() {
                Some(last) if span.0 < last.1 => last.1 = last.1.max(span.1),
                _ => out.push(span),
            }
        }
        out
    }

    /// The kind of subject a marker ending at `end` names.
    fn kind_ending_at(&self, end: usize) -> Subject {
        let ends = |list: &[(usize, usize)]| list.iter().any(|&(_, e)| e == end);
        if ends(&self.generic) {
            Subject::Standard
        } else if ends(&self.suppliers) {
            Subject::Supplier
        } else if ends(&self.people) {
            Subject::Person
        } else {
            Subject::ThirdParty
        }
    }

    /// The kind of subject a marker covering or starting at `at` names.
    fn kind_at(&self, at: usize) -> Subject {
        let has = |list: &[(usize, usize)]| covers(list, at) || starts_at(list, at);
        if has(&self.generic) {
            Subject::Standard
        } else if has(&self.suppliers) {
            Subject::Supplier
        } else if has(&self.people) {
            Subject::Person
        } else {
            Subject::ThirdParty
        }
    }
}

/// Punctuation that ends the reach of a negator.
fn is_scope_barrier(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && t.norm
            .chars()
            .all(|c| vocabulary::SCOPE_BARRIERS.contains(&c))
}

fn rank(s: ClaimedStatus) -> usize {
    vocabulary::PRECEDENCE
        .iter()
        .position(|p| *p == s)
        .unwrap_or(usize::MAX)
}

// Marker matches are lists of (start, end) token spans, sorted and disjoint, so
// the helpers below search them by bisection.

/// The spans whose end lies in `lo..=hi`.
fn ending_in(spans: &[(usize, usize)], lo: usize, hi: usize) -> &[(usize, usize)] {
    let a = spans.partition_point(|&(_, e)| e < lo);
    let b = spans.partition_point(|&(_, e)| e <= hi);
    &spans[a..b.max(a)]
}

/// True when a span starts at token `at`.
fn starts_at(spans: &[(usize, usize)], at: usize) -> bool {
    let i = spans.partition_point(|&(s, _)| s < at);
    spans.get(i).is_some_and(|&(s, _)| s == at)
}

/// True when a span covers token `at`.
fn covers(spans: &[(usize, usize)], at: usize) -> bool {
    let i = spans.partition_point(|&(_, e)| e <= at);
    spans.get(i).is_some_and(|&(s, _)| s <= at)
}

/// The end of the last span that ends at or before token `at`.
fn last_end_before(spans: &[(usize, usize)], at: usize) -> Option<usize> {
    let i = spans.partition_point(|&(_, e)| e <= at);
    i.checked_sub(1).map(|i| spans[i].1)
}

/// True when a marker covers token `s` or starts right at `e`.
fn touches(markers: &[(usize, usize)], s: usize, e: usize) -> bool {
    covers(markers, s) || starts_at(markers, e)
}

/// The org references of a group as (start, end) token ranges; in a question
/// answered "yes", "you" and "your" count too.
fn org_references(tokens: &[Token], group: Range<usize>, ctx: Ctx) -> Vec<(usize, usize)> {
    let mut orgs = ctx.voc.org.find_all(tokens, group.clone());
    // Tender answers call the organisation "the Supplier" or "the Bidder",
    // capitalised as a defined term.
    for i in group.clone() {
        let t = &tokens[i];
        if t.kind == TokenKind::Word
            && vocabulary::DEFINED_TERMS.contains(&t.norm.as_str())
            && ctx
                .text
                .get(t.range.clone())
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && i > 0
            && tokens[i - 1].norm == "the"
        {
            orgs.push((i, i + 1));
        }
    }
    orgs.sort_unstable();
    let named = NameSets::find(&ctx.names.org, tokens, group.clone());
    if !named.is_empty() {
        orgs.retain(|&(s, e)| !named.iter().any(|&(ns, ne)| s < ne && ns < e));
        orgs.extend(named);
        orgs.sort_unstable();
    }
    if ctx.reader_is_org {
        for i in group {
            if matches!(tokens[i].norm.as_str(), "you" | "your" | "yours") {
                orgs.push((i, i + 1));
            }
        }
        orgs.sort_unstable();
    }
    orgs
}

/// Third-party or generic markers of a group, less those that describe the
/// organisation itself ("we are a certified supplier", "as a certified
/// organisation", "we were one of the first companies").
fn not_ourselves(
    tokens: &[Token],
    group: Range<usize>,
    markers: Vec<(usize, usize)>,
    orgs: &[(usize, usize)],
    ctx: Ctx,
) -> Vec<(usize, usize)> {
    let voc = ctx.voc;
    let copulas = voc.copulas.find_all(tokens, group.clone());
    let opening = voc
        .self_descriptions
        .longest_at(tokens, group.start)
        .filter(|_| !group.is_empty());
    markers
        .into_iter()
        .filter(|&(s, _)| {
            if ctx.reader_is_org && starts_at(orgs, s) {
                return false;
            }
            let window = s.saturating_sub(vocabulary::COPULA_WINDOW);
            // A copula describes the noun of its predicate ("we are a certified
            // supplier"), not the object of a preposition or of a verb after it
            // ("Sprout is happy to work with partners who are certified").
            let described_by_copula = ending_in(&copulas, window, s).iter().any(|&(cs, ce)| {
                !ending_in(orgs, cs, cs).is_empty()
                    && !(ce..s).any(|i| vocabulary::PREPOSITIONS.contains(&tokens[i].norm.as_str()))
            });
            let contracted = ending_in(orgs, window, s)
                .iter()
                .any(|&(os, _)| tokens[os].norm.ends_with("'re"));
            let described_by_opening =
                opening.is_some_and(|e| e <= s && s - e <= vocabulary::COPULA_WINDOW);
            // "Northwind Analytics, an ISO 27001 certified provider".
            let apposition = orgs.iter().any(|&(_, oe)| {
                oe < s
                    && s - oe <= vocabulary::APPOSITION_WINDOW
                    && tokens.get(oe).is_some_and(|t| {
                        matches!(t.norm.as_str(), "," | ":" | "\u{2014}" | "\u{2013}" | "-")
                    })
                    && tokens
                        .get(oe + 1)
                        .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the" | "one"))
            });
            !(described_by_copula || contracted || described_by_opening || apposition)
        })
        .collect()
}

/// Drops nouns used as modifiers of a following noun ("our partner programme",
/// "supplier response 4.2", "customer deployments"): a singular one-word
/// marker followed by a lowercase word that cannot follow a subject (a verb,
/// an auxiliary, a relative pronoun, a preposition) names no one.
fn modifiers_dropped(
    text: &str,
    tokens: &[Token],
    markers: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    markers
        .into_iter()
        .filter(|&(s, e)| {
            let t = &tokens[s];
            let singular_noun = e == s + 1
                && t.kind == TokenKind::Word
                && !t.norm.ends_with('s')
                && !matches!(
                    t.norm.as_str(),
                    "they" | "their" | "them" | "you" | "your" | "he" | "she" | "his" | "her"
                );
            let next = tokens.get(e).filter(|n| n.kind == TokenKind::Word);
            let modifier = next.is_some_and(|n| {
                !vocabulary::SUBJECT_FOLLOWERS.contains(&n.norm.as_str())
                    && !vocabulary::SUBJECT_VERBS.contains(&n.norm.as_str())
                    && !n.norm.ends_with("ed")
                    && text
                        .get(n.range.clone())
                        .and_then(|w| w.chars().next())
                        .is_some_and(char::is_lowercase)
            });
            !(singular_noun && modifier)
        })
        .collect()
}

/// A proper name that opens the clause as its subject and is not the
/// organisation's ("Acme Payments holds ISO 27001", "Globex Ltd is certified"):
/// two or more capitalised words, or one with a legal suffix, right before a
/// verb. Suppliers and well-known companies are found by name elsewhere; this
/// finds the ones nobody listed. Only when the organisation's names are known.
fn named_subject(
    tokens: &[Token],
    group: Range<usize>,
    orgs: &[(usize, usize)],
    ctx: Ctx,
) -> Option<(usize, usize)> {
    let start = first_word(tokens, group.clone());
    let capitalised = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Word
            && !vocabulary::NOT_NAME_WORDS.contains(&t.norm.as_str())
            && ctx
                .text
                .get(t.range.clone())
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let mut end = start;
    while end < group.end && capitalised(end) {
        end += 1;
    }
    let words = end - start;
    let suffixed =
        words >= 1 && vocabulary::LEGAL_SUFFIXES.contains(&tokens[end - 1].norm.as_str());
    let verb = tokens
        .get(end)
        .is_some_and(|t| vocabulary::SUBJECT_VERBS.contains(&t.norm.as_str()));
    // Without the organisation's own names, any name might be its own.
    let ours = ctx.names.org.is_empty() || orgs.iter().any(|&(s, e)| s < end && start < e);
    (end < group.end && (words >= 2 || suffixed) && verb && !ours).then_some((start, end))
}

/// Who a phrase speaks about when it is not the organisation publishing the
/// text: a supplier, a person, the standard itself, or another third party;
/// `None` when it is about the organisation.
fn about_someone_else(
    tokens: &[Token],
    m: &PhraseMatch,
    orgs: &[(usize, usize)],
    others: &Others,
    group: Range<usize>,
) -> Option<Subject> {
    let all = others.all();
    if let Some(&w) = m.wild.iter().find(|&&w| covers(&all, w)) {
        return Some(others.kind_at(w));
    }
    if m.own_org {
        return None;
    }
    // The nearest subject before the phrase decides: ours or someone else's.
    let last_org = last_end_before(orgs, m.start);
    let last_other = last_end_before(&all, m.start);
    if let Some(other) = last_other
        && last_org.is_none_or(|o| other > o)
    {
        let kind = all
            .iter()
            .find(|&&(_, e)| e == other)
            .map_or(Subject::ThirdParty, |&(s, e)| {
                let k = others.kind_ending_at(e);
                if k == Subject::ThirdParty {
                    others.kind_at(s)
                } else {
                    k
                }
            });
        return Some(kind);
    }
    // "ISO 27001 certified data centres": the phrase describes the noun after it.
    if let Some(t) = (m.end..m.end + vocabulary::MARKER_AFTER_WINDOW).find(|&t| starts_at(&all, t))
    {
        return Some(others.kind_at(t));
    }
    // "Pursuing ISO 42001 early matters": a gerund with no one doing it is a
    // statement about the standard.
    let gerund_subject = m.start == first_word(tokens, group.clone())
        && tokens[m.start].norm.ends_with("ing")
        && tokens[m.start].norm != "coming"
        && (m.end..group.end).any(|i| matches!(tokens[i].kind, TokenKind::Mention(_)))
        && orgs.is_empty();
    gerund_subject.then_some(Subject::Standard)
}

/// The index of the first word token of a range (or its start).
fn first_word(tokens: &[Token], range: Range<usize>) -> usize {
    range
        .clone()
        .find(|&i| tokens[i].kind == TokenKind::Word)
        .unwrap_or(range.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::corpus::test_aliases;
    use crate::prose::{ProseFormat, find_mentions};

    use ClaimedStatus::{
        Achieved as A, Aligned as Al, Compliant as C, InProgress as P, Lapsed as L, Not as N,
        Planned as Pl,
    };

    fn claims(text: &str) -> Vec<(String, Option<ClaimedStatus>)> {
        find_mentions(text, ProseFormat::Markdown, &test_aliases())
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    }

    fn check(text: &str, want: &[(&str, Option<ClaimedStatus>)]) {
        let want: Vec<(String, Option<ClaimedStatus>)> =
            want.iter().map(|(f, s)| (f.to_string(), *s)).collect();
        assert_eq!(claims(text), want, "{text}");
    }

    #[test]
    fn longest_alias_wins_and_needs_word_boundaries() {
        check(
            "We hold Cyber Essentials Plus.",
            &[("cyber_essentials_plus", Some(A))],
        );
        check(
            "We hold CE+ and Cyber Essentials+.",
            &[
                ("cyber_essentials_plus", Some(A)),
                ("cyber_essentials_plus", Some(A)),
            ],
        );
        check(
            "We hold ISO/IEC 27001:2022, ISO 27001, ISO27001 and iso-27001.",
            &[
                ("iso27001", Some(A)),
                ("iso27001", Some(A)),
                ("iso27001", Some(A)),
                ("iso27001", Some(A)),
            ],
        );
        check(
            "ISO 270012 and XISO 27001 and NIST AI RMFs are not names.",
            &[],
        );
        check(
            "The EU AI Act and the AI Act.",
            &[("eu_ai_act", None), ("eu_ai_act", None)],
        );
        let found = find_mentions(
            "We hold ISO/IEC 27001:2022.",
            ProseFormat::Text,
            &test_aliases(),
        );
        assert_eq!(found[0].span, 8..26);
    }

    #[test]
    fn whitespace_in_aliases_is_normalised() {
        check(
            "We hold ISO\u{a0}27001 and ISO\n42001.",
            &[("iso27001", Some(A)), ("iso42001", Some(A))],
        );
    }

    #[test]
    fn statuses_of_single_claims() {
        check("We are certified to ISO 27001.", &[("iso27001", Some(A))]);
        check(
            "ISO 42001 certification is in progress.",
            &[("iso42001", Some(P))],
        );
        check(
            "We are working towards ISO 42001.",
            &[("iso42001", Some(P))],
        );
        check("SOC 2 is on our roadmap.", &[("soc2", Some(Pl))]);
        check(
            "We aim to achieve ISO 42001 by 2027.",
            &[("iso42001", Some(Pl))],
        );
        check("We are ISO 27001-ready.", &[("iso27001", Some(C))]);
        check(
            "Our ISMS meets the requirements of ISO 27001.",
            &[("iso27001", Some(C))],
        );
    }

    #[test]
    fn status_applies_to_every_framework_in_the_clause() {
        check(
            "Cyber Essentials Plus, ISO 27001, and ISO 42001 are planned.",
            &[
                ("cyber_essentials_plus", Some(Pl)),
                ("iso27001", Some(Pl)),
                ("iso42001", Some(Pl)),
            ],
        );
        check(
            "We hold ISO 27001, ISO 42001 and SOC 2.",
            &[
                ("iso27001", Some(A)),
                ("iso42001", Some(A)),
                ("soc2", Some(A)),
            ],
        );
    }

    #[test]
    fn clauses_keep_their_own_status() {
        check(
            "We hold Cyber Essentials, and ISO 27001 is planned.",
            &[("cyber_essentials", Some(A)), ("iso27001", Some(Pl))],
        );
        check(
            "We hold Cyber Essentials but ISO 27001 is planned.",
            &[("cyber_essentials", Some(A)), ("iso27001", Some(Pl))],
        );
        check(
            "We hold ISO 27001 and are pursuing ISO 42001.",
            &[("iso27001", Some(A)), ("iso42001", Some(P))],
        );
        check(
            "We hold ISO 27001 and Cyber Essentials Plus, and are working towards ISO 42001.",
            &[
                ("iso27001", Some(A)),
                ("cyber_essentials_plus", Some(A)),
                ("iso42001", Some(P)),
            ],
        );
        check(
            "We hold ISO 27001, and Cyber Essentials Plus and ISO 42001 are in progress.",
            &[
                ("iso27001", Some(A)),
                ("cyber_essentials_plus", Some(P)),
                ("iso42001", Some(P)),
            ],
        );
        check(
            "ISO 27001 is certified while ISO 42001 is planned.",
            &[("iso27001", Some(A)), ("iso42001", Some(Pl))],
        );
    }

    #[test]
    fn negation_never_reads_as_achieved() {
        check(
            "We are not certified to ISO 27001.",
            &[("iso27001", Some(N))],
        );
        check("We are not ISO 27001 certified.", &[("iso27001", Some(N))]);
        check("We do not hold ISO 27001.", &[("iso27001", Some(N))]);
        check("We haven't achieved ISO 27001.", &[("iso27001", Some(N))]);
        check("We have no plans to pursue SOC 2.", &[("soc2", None)]);
        check(
            "Our ISO 27001 certificate expired in 2023.",
            &[("iso27001", Some(L))],
        );
        check(
            "We are not yet certified to ISO 42001; certification is planned for 2028.",
            &[("iso42001", Some(Pl))],
        );
        check(
            "We are not yet certified to ISO 42001 but are working towards it.",
            &[("iso42001", Some(P))],
        );
    }

    #[test]
    fn questions_are_not_claims_unless_answered_yes() {
        check("Are you ISO 27001 certified?", &[("iso27001", None)]);
        check(
            "Is your organisation certified to ISO 27001",
            &[("iso27001", None)],
        );
        check(
            "Are you ISO 27001 certified? Yes.",
            &[("iso27001", Some(A))],
        );
        check("Are you ISO 27001 certified? No.", &[("iso27001", Some(N))]);
    }

    #[test]
    fn third_parties_and_general_statements() {
        check(
            "Our hosting provider, AWS, is ISO 27001 certified.",
            &[("iso27001", None)],
        );
        check(
            "We only use suppliers who hold Cyber Essentials.",
            &[("cyber_essentials", None)],
        );
        check("Customers often ask about SOC 2.", &[("soc2", None)]);
        check(
            "ISO 42001 is the first AI management system standard.",
            &[("iso42001", None)],
        );
        check(
            "Organisations certified to ISO 27001 are audited yearly.",
            &[("iso27001", None)],
        );
        check(
            "We work with ISO 27001 certified data centres.",
            &[("iso27001", None)],
        );
        check(
            "We are a Cyber Essentials certified supplier.",
            &[("cyber_essentials", Some(A))],
        );
        check(
            "We host on AWS, and we are ISO 27001 certified.",
            &[("iso27001", Some(A))],
        );
    }

    #[test]
    fn everyday_verbs_are_not_claims() {
        check(
            "We hold regular workshops on ISO 27001.",
            &[("iso27001", None)],
        );
        check(
            "Customer data is held in ISO 27001 certified data centres.",
            &[("iso27001", None)],
        );
        check(
            "Our controls are internally audited against ISO 27001.",
            &[("iso27001", None)],
        );
        check(
            "We are active members of the ISO 42001 working group.",
            &[("iso42001", None)],
        );
        check(
            "Acme holds a Cyber Essentials Plus certificate.",
            &[("cyber_essentials_plus", Some(A))],
        );
        check(
            "We hold ISO 27001, ISO 42001 and SOC 2.",
            &[
                ("iso27001", Some(A)),
                ("iso42001", Some(A)),
                ("soc2", Some(A)),
            ],
        );
    }

    #[test]
    fn upkeep_of_a_certificate_means_it_is_held() {
        check(
            "Our next ISO 27001 surveillance audit is scheduled for March.",
            &[("iso27001", Some(A))],
        );
        check(
            "Our Cyber Essentials renewal is planned for May.",
            &[("cyber_essentials", Some(A))],
        );
        check(
            "ISO 27001 recertification is in progress.",
            &[("iso27001", Some(A))],
        );
        // A lapsed certificate is not held, whatever is planned for it.
        check(
            "Our Cyber Essentials certificate lapsed and renewal is planned.",
            &[("cyber_essentials", Some(L))],
        );
        check(
            "Our Cyber Essentials certificate has expired; renewal is in progress.",
            &[("cyber_essentials", Some(L))],
        );
    }

    #[test]
    fn conditionals_are_not_claims() {
        check(
            "If we achieve ISO 42001 next year, we will say so.",
            &[("iso42001", None)],
        );
        check(
            "We could become ISO 27001 certified.",
            &[("iso27001", None)],
        );
        check(
            "If you need our ISO 27001 certificate, ask us.",
            &[("iso27001", Some(A))],
        );
    }

    #[test]
    fn future_turns_claims_into_plans() {
        check(
            "We will be ISO 27001 certified by 2027.",
            &[("iso27001", Some(P))],
        );
        check("We will be ISO 27001 certified.", &[("iso27001", Some(Pl))]);
        check(
            "We plan to become ISO 27001 certified.",
            &[("iso27001", Some(Pl))],
        );
    }

    #[test]
    fn later_sentence_refers_back() {
        check(
            "ISO 42001 is new. We are working towards it.",
            &[("iso42001", Some(P))],
        );
        check(
            "ISO 42001 is new. We hold SOC 2.",
            &[("iso42001", None), ("soc2", Some(A))],
        );
    }

    #[test]
    fn tables_lists_and_headings() {
        check("| ISO 27001 | In progress |", &[("iso27001", Some(P))]);
        check(
            "| Framework | Status |\n|---|---|\n| ISO 27001 | Certified |\n| ISO 42001 | Planned |\n",
            &[("iso27001", Some(A)), ("iso42001", Some(Pl))],
        );
        check(
            "## Certifications we hold\n\n- ISO 27001\n- SOC 2 (in progress)\n\n## Roadmap\n\n- ISO 42001\n\n## Notes\n\n- CE+\n",
            &[
                ("iso27001", Some(A)),
                ("soc2", Some(P)),
                ("iso42001", Some(Pl)),
                ("cyber_essentials_plus", None),
            ],
        );
        check(
            "## ISO 27001\n\n- ISO 42001\n",
            &[("iso27001", None), ("iso42001", None)],
        );
    }

    #[test]
    fn heading_naming_a_framework_takes_the_status_below() {
        check(
            "### ISO/IEC 27001\n\nCertified since 2019 by BSI.\n\n### ISO 42001\n\nOur Stage 1 audit is booked.\n\n### SOC 2\n\nCustomers ask about SOC 2.\n\n### CE+\n\nA UK scheme.\n",
            &[
                ("iso27001", Some(A)),
                ("iso42001", Some(P)),
                ("soc2", None),
                ("soc2", None),
                ("cyber_essentials_plus", None),
            ],
        );
    }

    #[test]
    fn a_new_subject_starts_a_new_clause() {
        check(
            "Our ISO 27001 certificate covers most needs, and we do not plan a SOC 2 examination.",
            &[("iso27001", Some(A)), ("soc2", None)],
        );
        check(
            "Our ISO 27001 certificate covers most needs, and we plan a SOC 2 examination.",
            &[("iso27001", Some(A)), ("soc2", Some(Pl))],
        );
    }

    #[test]
    fn first_clause_may_refer_to_the_previous_sentence() {
        check(
            "The EU AI Act applies to our triage tool. We are preparing for its obligations, and ISO 42001 is planned.",
            &[("eu_ai_act", Some(P)), ("iso42001", Some(Pl))],
        );
    }

    #[test]
    fn qualifiers() {
        let q = |text: &str| {
            find_mentions(text, ProseFormat::Text, &test_aliases())
                .into_iter()
                .map(|m| m.qualifier)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            q("our SOC 2 Type II report"),
            vec![Some("type2".to_string())]
        );
        assert_eq!(q("SOC 2 Type 1"), vec![Some("type1".to_string())]);
        assert_eq!(q("SOC2 type-2 report"), vec![Some("type2".to_string())]);
        assert_eq!(q("a Type II SOC 2 report"), vec![Some("type2".to_string())]);
        assert_eq!(q("SOC 2 and ISO 27001"), vec![None, None]);
        assert_eq!(q("SOC 2 typeface"), vec![None]);
    }

    #[test]
    fn html_claims() {
        let html = "<h2>Certifications we hold</h2><ul><li>ISO&nbsp;27001</li><li data-x=\"ISO 42001\">CE+</li></ul><p>Our provider, AWS, is <a href=\"https://aws.example/soc2\">SOC 2</a> attested.</p>";
        let got: Vec<(String, Option<ClaimedStatus>)> =
            find_mentions(html, ProseFormat::Html, &test_aliases())
                .into_iter()
                .map(|m| (m.framework, m.status))
                .collect();
        assert_eq!(
            got,
            vec![
                ("iso27001".to_string(), Some(A)),
                ("cyber_essentials_plus".to_string(), Some(A)),
                ("soc2".to_string(), None)
            ]
        );
    }

    fn with_names(
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
        };
        crate::prose::find_mentions_with(text, format, &test_aliases(), &names)
            .into_iter()
            .map(|m| (m.framework, m.status, m.subject))
            .collect()
    }

    fn read(text: &str) -> Vec<(String, Option<ClaimedStatus>, Option<Subject>)> {
        with_names(text, ProseFormat::Markdown)
    }

    fn one(text: &str) -> (Option<ClaimedStatus>, Option<Subject>) {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        (got[0].1, got[0].2)
    }

    #[test]
    fn negated_verbs_and_passives() {
        assert_eq!(
            one("ISO 27001 certification has not been completed.").0,
            Some(N)
        );
        assert_eq!(
            one("ISO 27001 certification has been completed.").0,
            Some(A)
        );
        assert_eq!(
            read("We hold Cyber Essentials but haven't done Cyber Essentials Plus yet.")
                .into_iter()
                .map(|(f, s, _)| (f, s))
                .collect::<Vec<_>>(),
            vec![
                ("cyber_essentials".to_string(), Some(A)),
                ("cyber_essentials_plus".to_string(), Some(N))
            ]
        );
    }

    #[test]
    fn progressive_and_modal_forms() {
        assert_eq!(one("Our ISO 27001 certification is pending.").0, Some(P));
        assert_eq!(one("We are getting ISO 27001 certified.").0, Some(P));
        assert_eq!(one("Certification to ISO 27001 is on the way.").0, Some(P));
        assert_eq!(
            one("Since becoming ISO 27001 certified, Northwind has halved its answer times.").0,
            Some(A)
        );
        // A deontic modal states a rule, not a status.
        assert_eq!(
            one("Cyber Essentials Plus must be completed within three months of the basic certificate.").0,
            None
        );
    }

    #[test]
    fn a_copula_describes_its_predicate_not_a_prepositional_object() {
        assert_eq!(
            one("Northwind is happy to work with partners who are Cyber Essentials certified."),
            (None, Some(Subject::ThirdParty))
        );
        assert_eq!(
            one("We are a Cyber Essentials certified supplier."),
            (Some(A), ORG)
        );
        assert_eq!(
            one("Northwind becomes one of the first analytics firms certified to ISO 42001."),
            (Some(A), ORG)
        );
    }

    #[test]
    fn coordination_and_label_separators() {
        let statuses = |text: &str| -> Vec<Option<ClaimedStatus>> {
            read(text).into_iter().map(|(_, s, _)| s).collect()
        };
        assert_eq!(
            statuses("Security: Cyber Essentials certified \u{b7} ISO 27001 in progress"),
            vec![Some(A), Some(P)]
        );
        assert_eq!(
            statuses(
                "Northwind confirms that its ISO 42001 certification and SOC 2 Type 2 examination are both under way."
            ),
            vec![Some(P), Some(P)]
        );
    }

    #[test]
    fn a_later_clause_adds_a_second_reading_without_undoing_the_not() {
        let names = Names {
            organisation: vec!["Northwind".into()],
            suppliers: Vec::new(),
        };
        let got = crate::prose::find_mentions_with(
            "We are not ISO 42001 certified, but our AI governance is aligned with it.",
            ProseFormat::Markdown,
            &test_aliases(),
            &names,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].status, Some(N));
        assert_eq!(got[0].also.as_ref().map(|a| a.0), Some(Al));
        // A forward-looking clause refines the "not" instead.
        assert_eq!(
            one("We are not yet certified to ISO 42001; certification is planned.").0,
            Some(Pl)
        );
    }

    #[test]
    fn wishes_and_work_under_way_in_any_wording() {
        for text in [
            "We would like to achieve ISO 27001 next year.",
            "We want to get ISO 27001 certified.",
            "We are looking into ISO 42001 certification.",
            "ISO 42001 is on the horizon for us.",
            "ISO 27001 certification is in the pipeline.",
        ] {
            assert_eq!(one(text).0, Some(Pl), "{text}");
        }
        for text in [
            "We are getting ready for our ISO 27001 audit.",
            "We're currently being audited for ISO 27001.",
            "We're in the early stages of ISO 27001.",
            "We're working with an auditor on ISO 27001.",
            "ISO 27001 \u{2014} pending",
        ] {
            assert_eq!(one(text).0, Some(P), "{text}");
        }
        assert_eq!(
            one("Our ISO 27001 certificate ran out last year.").0,
            Some(L)
        );
        // A conditional still makes a hypothetical.
        assert_eq!(
            one("We would be ISO 27001 certified if we had the budget.").0,
            None
        );
    }

    #[test]
    fn an_unlisted_company_name_as_subject_is_a_third_party() {
        assert_eq!(
            one("Acme Payments holds ISO 27001."),
            (None, Some(Subject::ThirdParty))
        );
        assert_eq!(
            one("Globex Ltd is ISO 27001 certified."),
            (None, Some(Subject::ThirdParty))
        );
        // The organisation's own name, and sentence-initial common words, are not.
        assert_eq!(one("Northwind Analytics holds Cyber Essentials.").1, ORG);
        assert_eq!(one("Certification is planned for ISO 42001.").1, ORG);
        assert_eq!(one("The Supplier holds ISO 27001.").1, ORG);
    }

    #[test]
    fn a_goal_set_for_work_is_work_under_way() {
        check(
            "You'll help us obtain our first ISO 27001 certificate.",
            &[("iso27001", Some(P))],
        );
        check(
            "You will help us get Cyber Essentials certified and keep our ISO 27001 certificate current.",
            // "Will" puts the work ahead: planned, as "we will begin preparing".
            &[("cyber_essentials", Some(Pl)), ("iso27001", Some(A))],
        );
        check(
            "Our journey to ISO 42001 certification is under way.",
            &[("iso42001", Some(P))],
        );
        check(
            "Northwind starts its ISO 27001 certification journey.",
            &[("iso27001", Some(P))],
        );
        check(
            "Our upcoming ISO 27001 certification audit is in March.",
            &[("iso27001", Some(P))],
        );
        // Helping someone else is theirs, not ours.
        assert_eq!(
            one("We help customers achieve ISO 27001."),
            (None, Some(Subject::ThirdParty))
        );
    }

    #[test]
    fn a_relative_clause_refers_back_to_the_framework_before_it() {
        check(
            "The insurer asked for Cyber Essentials Plus, which Northwind already holds.",
            &[("cyber_essentials_plus", Some(A))],
        );
        check(
            "ISO 27001, which we achieved in 2024, covers all our offices.",
            &[("iso27001", Some(A))],
        );
        check(
            "ISO 42001, which we plan to achieve, is next.",
            &[("iso42001", Some(Pl))],
        );
        assert_eq!(
            one("We rely on ISO 27001, which our hosting provider holds."),
            (None, Some(Subject::Supplier))
        );
    }

    #[test]
    fn controls_tested_in_an_examination_are_attested() {
        check(
            "Our controls were tested for operating effectiveness in a SOC 2 Type II examination.",
            &[("soc2", Some(A))],
        );
    }

    #[test]
    fn a_negator_reaches_the_end_of_its_verb_chain() {
        assert_eq!(one("We never claim to be ISO 42001 certified.").0, Some(N));
        assert_eq!(
            one("We have not yet formally been ISO 27001 certified.").0,
            Some(N)
        );
        // A noun or a new subject ends the chain.
        assert_eq!(
            one("No surprises: after a long audit our team got ISO 27001 certified.").0,
            Some(A)
        );
    }

    #[test]
    fn a_lapse_named_as_a_possibility_did_not_happen() {
        check(
            "We maintain ISO 27001 certification and will tell customers of any lapse.",
            &[("iso27001", Some(A))],
        );
        check(
            "Our ISO 27001 certificate lapsed in April.",
            &[("iso27001", Some(L))],
        );
    }

    #[test]
    fn a_participle_after_a_comma_describes_the_noun_before_it() {
        check(
            "You will support our ISO 42001 certification, targeted for late 2027.",
            &[("iso42001", Some(P))],
        );
        // A participle with a framework of its own is a clause of its own.
        check(
            "We hold our ISO 27001 certificate, expected ISO 42001 next year.",
            &[("iso27001", Some(A)), ("iso42001", Some(P))],
        );
    }

    #[test]
    fn how_trust_pages_say_a_step_is_still_to_come() {
        check(
            "We are in the final stages of ISO 27001 certification.",
            &[("iso27001", Some(P))],
        );
        check(
            "Our ISO 27001 certification is currently being finalised.",
            &[("iso27001", Some(P))],
        );
        check(
            "We are still a few months away from ISO 27001 certification.",
            &[("iso27001", Some(P))],
        );
        check("SOC 2 Type II: coming in 2027.", &[("soc2", Some(Pl))]);
        check(
            "Cyber Essentials Plus is next on our list.",
            &[("cyber_essentials_plus", Some(Pl))],
        );
        check("We have yet to obtain ISO 27001.", &[("iso27001", Some(N))]);
        check(
            "We currently have no ISO 42001 certification.",
            &[("iso42001", Some(N))],
        );
        check("We have ISO 27001 certification.", &[("iso27001", Some(A))]);
    }

    #[test]
    fn a_condition_covers_the_noun_phrase_it_opens() {
        check(
            "We plan to pursue ISO 42001 in 2028, after our ISO 27001 certification is complete.",
            &[("iso42001", Some(Pl)), ("iso27001", None)],
        );
    }

    #[test]
    fn a_register_table_lists_what_is_held() {
        check(
            "| Certification | Body | Expires |\n|---|---|---|\n| ISO 27001 | BSI | May 2028 |",
            &[("iso27001", Some(A))],
        );
        check(
            "| Report | Type | Date |\n|---|---|---|\n| SOC 2 | Type 2 | 31 March 2026 |",
            &[("soc2", Some(A))],
        );
        // A status column still speaks for itself, and a table of anything
        // else lists nothing held.
        check(
            "| Certification | Status |\n|---|---|\n| ISO 42001 | Planned |",
            &[("iso42001", Some(Pl))],
        );
        check(
            "| Control | Date |\n|---|---|\n| ISO 27001 A.5.1 | 2026 |",
            &[("iso27001", None)],
        );
        assert!(is_register_header("Certification | Body | Expires"));
        assert!(!is_register_header("Framework | Notes"));
    }

    #[test]
    fn a_yes_that_names_the_framework_again_shows_it_held() {
        check(
            "Do you have a SOC 2 report? Yes, a SOC 2 Type 2 report.",
            &[("soc2", None), ("soc2", Some(A))],
        );
        // A "no" is not a yes, and a general question is not about us.
        check("Do you have a SOC 2 report? No.", &[("soc2", Some(N))]);
        check(
            "Is SOC 2 required by law? Yes, SOC 2 is common in tenders.",
            &[("soc2", None), ("soc2", None)],
        );
    }

    #[test]
    fn registration_and_verification_are_certification_words() {
        for text in [
            "We are an ISO 27001 registered company.",
            "We are registered to ISO 27001.",
            "Our certificate of registration for ISO 27001 is available.",
            "Our ISO 27001 registration was confirmed in March.",
            "Independently verified to ISO 27001.",
            "We were recently recognised with ISO 27001 certification.",
            "We became one of the first startups to achieve ISO 27001.",
        ] {
            check(text, &[("iso27001", Some(A))]);
        }
        check(
            "We plan to be registered to ISO 27001 next year.",
            &[("iso27001", Some(Pl))],
        );
    }

    #[test]
    fn a_noun_modifying_another_names_no_one() {
        assert_eq!(
            one("Northwind's partner programme is based on ISO 42001."),
            (Some(Al), ORG)
        );
        assert_eq!(
            one("Our partner Acme is ISO 27001 certified."),
            (None, Some(Subject::ThirdParty))
        );
        assert_eq!(
            one("Our hosting provider is ISO 27001 certified."),
            (None, Some(Subject::Supplier))
        );
        assert_eq!(
            one("Our product can help your team become SOC 2 compliant faster."),
            (None, Some(Subject::ThirdParty))
        );
    }

    #[test]
    fn possessives() {
        // The organisation's name with 's reads as "our".
        assert_eq!(
            one("Northwind's SOC 2 Type 2 report is attached."),
            (Some(A), ORG)
        );
        // A possessive noun phrase ends at its noun, before any verb.
        assert!(
            read("Northwind's ISMS is in the certification process for ISO 27001.")
                .iter()
                .all(|(_, s, _)| *s != Some(A))
        );
        assert_eq!(
            one("Our ISO 27001 certificate is valid to 2028.").0,
            Some(A)
        );
    }

    #[test]
    fn credentials_lines_next_to_the_organisation() {
        let statuses = |text: &str| -> Vec<Option<ClaimedStatus>> {
            read(text).into_iter().map(|(_, s, _)| s).collect()
        };
        assert_eq!(
            statuses("Northwind Analytics \u{b7} ISO 27001 (LRQA) \u{b7} Cyber Essentials Plus"),
            vec![Some(A), Some(A)]
        );
        assert_eq!(
            statuses("Northwind on the cloud marketplace\n\n- ISO 27001 (LRQA)\n- SOC 2 Type 2"),
            vec![Some(A), Some(A)]
        );
        // Without the organisation's name, a list of frameworks claims nothing.
        assert_eq!(
            statuses("Frameworks we map to:\n\n- ISO 27001\n- SOC 2"),
            vec![None, None]
        );
        // A status word on the line still decides.
        assert_eq!(
            statuses("Northwind \u{b7} ISO 27001 in progress"),
            vec![Some(P)]
        );
    }

    #[test]
    fn a_finite_verb_of_gaining_claims_it() {
        assert_eq!(
            one("Blog: Northwind achieves Cyber Essentials."),
            (Some(A), ORG)
        );
        assert_eq!(one("Northwind secures ISO 27001."), (Some(A), ORG));
    }

    #[test]
    fn a_question_naming_the_organisation_is_answered_by_yes() {
        assert_eq!(
            one("Q: Is Northwind ISO 27001 certified?\nA: Yes."),
            (Some(A), ORG)
        );
    }

    const ORG: Option<Subject> = Some(Subject::Organisation);

    #[test]
    fn negation_and_its_scope() {
        assert_eq!(one("We are not yet ISO 27001 certified."), (Some(N), ORG));
        assert_eq!(
            one("No ISO 27001 certificate has been issued to us."),
            (Some(N), ORG)
        );
        assert_eq!(
            one("We have never been audited against ISO 27001."),
            (Some(N), ORG)
        );
        assert_eq!(one("We have no plans to pursue SOC 2.").0, None);
    }

    #[test]
    fn time_and_intention() {
        assert_eq!(
            one("We will be ISO 27001 certified by June 2027.").0,
            Some(P)
        );
        assert_eq!(one("We hope to achieve ISO 42001.").0, Some(Pl));
        assert_eq!(one("We aim to pursue ISO 42001.").0, Some(Pl));
        assert_eq!(one("We plan to pursue ISO 42001.").0, Some(Pl));
        assert_eq!(one("We achieved ISO 27001 in 2025.").0, Some(A));
        assert_eq!(one("ISO 27001 certified since 2024.").0, Some(A));
        assert_eq!(one("We were ISO 27001 certified until 2025.").0, Some(L));
        assert_eq!(one("We previously held ISO 27001.").0, Some(L));
    }

    #[test]
    fn the_steps_of_an_audit() {
        assert_eq!(
            one("We are awaiting the ISO 27001 certification decision.").0,
            Some(P)
        );
        assert_eq!(
            one("Our Cyber Essentials application submitted last week.").0,
            Some(P)
        );
        assert_eq!(one("ISO 27001 Stage 2 booked for March.").0, Some(P));
        assert_eq!(
            one("ISO 42001 certification is expected in Q2 2027.").0,
            Some(P)
        );
        assert_eq!(one("ISO 27001 recertification due in May.").0, Some(A));
        assert_eq!(
            one("ISO 27001 surveillance audit passed in October.").0,
            Some(A)
        );
        assert_eq!(one("We passed our ISO 27001 Stage 2 audit.").0, Some(A));
    }

    #[test]
    fn who_holds_it() {
        assert_eq!(one("Northwind is ISO 27001 certified."), (Some(A), ORG));
        assert_eq!(
            one("Northwind Analytics Ltd holds Cyber Essentials."),
            (Some(A), ORG)
        );
        assert_eq!(
            one("The data centre that hosts our platform, run by Equinix, holds ISO 27001."),
            (None, Some(Subject::Supplier))
        );
        assert_eq!(
            one("Amazon Web Services is ISO 27001 certified."),
            (None, Some(Subject::Supplier))
        );
        assert_eq!(
            one("Organisations certified to ISO 27001 are audited yearly."),
            (None, Some(Subject::Standard))
        );
        assert_eq!(
            one("Pursuing ISO 42001 early matters.").1,
            Some(Subject::Standard)
        );
        assert_eq!(
            one("Our CISO is a certified ISO 27001 Lead Implementer.").0,
            None
        );
    }

    #[test]
    fn compliance_and_alignment() {
        assert_eq!(one("Northwind is ISO 27001 compliant.").0, Some(C));
        assert_eq!(one("We are compliant with ISO 27001.").0, Some(C));
        assert_eq!(one("We are aligned with ISO 42001.").0, Some(Al));
        assert_eq!(one("Our controls are based on ISO 27001.").0, Some(Al));
        assert_eq!(
            read("Northwind is Cyber Essentials certified and ISO 27001 compliant."),
            vec![
                ("cyber_essentials".to_string(), Some(A), ORG),
                ("iso27001".to_string(), Some(C), ORG)
            ]
        );
    }

    #[test]
    fn structure() {
        assert_eq!(
            read("### ISO/IEC 27001:2022\n\nActive \u{b7} valid to May 2029\n"),
            vec![("iso27001".to_string(), Some(A), ORG)]
        );
        assert_eq!(
            read("Accreditations \u{2014} ISO 27001 \u{b7} Cyber Essentials Plus"),
            vec![
                ("iso27001".to_string(), Some(A), ORG),
                ("cyber_essentials_plus".to_string(), Some(A), ORG)
            ]
        );
        assert_eq!(one("\u{2705} ISO 27001").0, Some(A));
        assert_eq!(
            one("Are you certified to Cyber Essentials Plus? Yes.").0,
            Some(A)
        );
        assert_eq!(
            one("Are you certified to Cyber Essentials Plus? No.").0,
            Some(N)
        );
        assert_eq!(
            one("Are you certified to ISO 42001?\nWe are working towards it.").0,
            Some(P)
        );
        // Tables: status columns, check marks, question-and-answer rows.
        assert_eq!(
            read(
                "| Scheme | Held |\n|---|---|\n| Cyber Essentials | \u{2705} |\n| ISO 27001 | \u{274c} |\n"
            ),
            vec![
                ("cyber_essentials".to_string(), Some(A), ORG),
                ("iso27001".to_string(), Some(N), ORG)
            ]
        );
        assert_eq!(
            read("| Question | Answer |\n|---|---|\n| ISO 27001 certified? | Yes |\n"),
            vec![("iso27001".to_string(), Some(A), ORG)]
        );
        // Badges: image alt text and titles.
        assert_eq!(one("![ISO 27001 certified](badge.png)").0, Some(A));
        assert_eq!(
            with_names(
                "<img src=\"b.svg\" alt=\"ISO 42001\" title=\"In progress\">",
                ProseFormat::Html
            ),
            vec![("iso42001".to_string(), Some(P), ORG)]
        );
        // Label lines: "In progress: ISO 27001" under "Certifications: ...".
        assert_eq!(
            read("Certifications: Cyber Essentials\nIn progress: ISO 27001\n"),
            vec![
                ("cyber_essentials".to_string(), Some(A), ORG),
                ("iso27001".to_string(), Some(P), ORG)
            ]
        );
    }

    #[test]
    fn written_forms() {
        for text in [
            "We hold CE+.",
            "We hold #CyberEssentialsPlus.",
            "We are a Cyber-Essentials-Plus-certified supplier.",
        ] {
            assert_eq!(
                read(text),
                vec![("cyber_essentials_plus".to_string(), Some(A), ORG)],
                "{text}"
            );
        }
        assert_eq!(one("We are ISO-42001 certified.").0, Some(A));
        assert_eq!(one("We hold #ISO27001.").0, Some(A));
    }
}
