//! Finds the status phrases of a clause ("certified", "working towards",
//! "Stage 2 booked") and groups the clause's comma-separated pieces so that each
//! group holds one run of phrases: the predicates of the clause model, before
//! anything is decided about their tense, negation or subject.

use std::ops::Range;

use crate::prose::ClaimedStatus;
use crate::prose::lexicon::Compiled;
use crate::prose::pattern::Elem;
use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::spans::covers;
use crate::prose::subject_words;
use crate::prose::subjects::{Ctx, org_references};
use crate::prose::vocabulary::{self, Effect};

/// A status phrase found in a clause.
#[derive(Clone, Debug)]
pub struct PhraseMatch {
    /// The first token of the phrase.
    pub start: usize,
    /// The token after the phrase.
    pub end: usize,
    /// What the phrase states on its own, before tense, negation and subject.
    pub effect: Effect,
    /// The tokens a wildcard of the pattern took.
    pub wild: Vec<usize>,
    /// True when the pattern has a wildcard at all.
    pub wildcard: bool,
    /// True when the phrase names the organisation itself ("we hold").
    pub own_org: bool,
}

/// Finds the status phrases of a clause: longest per start token, then drops a
/// phrase that lies inside a longer neutral or wildcard-free one.
pub fn find_phrases(tokens: &[Token], clause: Range<usize>, ctx: Ctx) -> Vec<PhraseMatch> {
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
            let possessive = subject_words::POSSESSIVES.contains(&tokens[i].norm.as_str());
            if possessive
                && wild.iter().any(|&w| {
                    voc.copulas.matches_at(tokens, w)
                        || subject_words::PREPOSITIONS.contains(&tokens[w].norm.as_str())
                        || matches!(tokens[w].norm.as_str(), "in" | "towards" | "toward")
                })
            {
                continue;
            }
            // "Our webinar on ISO 42001 certification", "our guide about
            // SOC 2 reports": the possessive's noun is the event or product,
            // and the certificate is its topic.
            if possessive
                && wild.windows(2).any(|w| {
                    let noun = tokens[w[0]].norm.as_str();
                    (vocabulary::NAMED_AFTER_FRAMEWORKS.contains(&noun)
                        || vocabulary::PRODUCT_NOUNS.contains(&noun))
                        && matches!(tokens[w[1]].norm.as_str(), "on" | "about" | "covering")
                })
            {
                continue;
            }
            if matches!(effect, Effect::Claim(ClaimedStatus::Achieved))
                && matches!(pattern.elems.last(), Some(Elem::Mention))
                && (modifies_next_word(tokens, end)
                    || (matches!(tokens[i].norm.as_str(), "we" | "we're")
                        && !name_completes_copula(tokens, end, clause.end)))
            {
                continue;
            }
            // A causative verb's object does what follows it: in "help Northwind
            // get certified" the goal is the organisation's.
            let causative = subject_words::CAUSATIVES.contains(&tokens[i].norm.as_str());
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

/// True when the framework name that ends before token `after` modifies the
/// word after it ("ISO 27001-aligned controls", "SOC 2 evidence"), so it is not
/// the object of the verb before it; a hyphen before a certificate word
/// ("ISO-27001-certified") keeps the name a certificate.
fn modifies_next_word(tokens: &[Token], after: usize) -> bool {
    let Some(next) = tokens.get(after) else {
        return false;
    };
    if next.norm == "-" {
        return tokens
            .get(after + 1)
            .is_some_and(|t| !t.norm.starts_with("certif") && t.norm != "accredited");
    }
    next.kind == TokenKind::Word && vocabulary::MENTION_MODIFIED.contains(&next.norm.as_str())
}

/// True when a framework name after "we are" ends the complement ("we're
/// Cyber Essentials Plus as well", "we are ISO 27001."), rather than going on
/// to a noun or a list that a later word describes ("we are ISO 42001
/// pioneers", "we are ISO 27001 and SOC 2 compliant").
fn name_completes_copula(tokens: &[Token], after: usize, end: usize) -> bool {
    let Some(next) = tokens.get(after).filter(|_| after < end) else {
        return true;
    };
    match next.kind {
        TokenKind::Word => vocabulary::COPULA_NAME_FOLLOWERS.contains(&next.norm.as_str()),
        TokenKind::Mention(_) => false,
        // "we are SOC 2 Type II, ask sales for the report": a comma before a
        // word that lists no other name ends the complement.
        _ if next.norm == "," => tokens.get(after + 1).is_some_and(|t| {
            after + 1 < end
                && t.kind == TokenKind::Word
                && !matches!(t.norm.as_str(), "and" | "or" | "plus" | "as")
        }),
        _ => !matches!(next.norm.as_str(), "-" | "," | "/" | "&"),
    }
}

/// The writer as the subject of a clause: "I", "I'm".
const SPEAKER_SUBJECTS: &[&str] = &["i", "i'm", "i've", "i'd", "i'll"];

/// Modal verbs that open a coordinated predicate of their own.
const MODAL_VERBS: &[&str] = &[
    "would", "could", "might", "may", "should", "will", "can", "shall", "must",
];

/// The owner of pieces after the last anchor that take no status from it.
const UNCLAIMED_TAIL: usize = usize::MAX - 1;

/// Pronouns that open a relative clause about the name before them.
const RELATIVE_PRONOUNS: &[&str] = &["which", "that"];

/// Participles of choosing that open a clause of what was done instead.
const CHOOSING_PARTICIPLES: &[&str] = &[
    "choosing",
    "deciding",
    "opting",
    "preferring",
    "focusing",
    "focussing",
    "concentrating",
    "turning",
];

/// Verbs a framework does as the subject of a general statement: "ISO 27001
/// covers the same ground", "ISO 42001 asks for an AI policy".
const FRAMEWORK_DOINGS: &[&str] = &[
    "covers",
    "requires",
    "asks",
    "sets",
    "defines",
    "expects",
    "focuses",
    "applies",
    "means",
    "matters",
    "helps",
    "gives",
    "lets",
    "goes",
    "looks",
    "makes",
    "provides",
    "specifies",
];

/// Verbs of leaning on something, which open a coordinated predicate of their
/// own.
const RELYING_VERBS: &[&str] = &["relies", "rely", "depends", "depend", "leans", "lean"];

/// Groups the pieces of a clause so that each group has at most one run of
/// status phrases. A label list ("SOC 2 \u{b7} ISO 27001 (in progress) \u{b7}
/// Cyber Essentials") is grouped item by item, so a status written inside one
/// item stays with it; a label that states a status for the whole list
/// ("Working towards: A \u{b7} B") gives it to every item.
pub fn merge_pieces(
    tokens: &[Token],
    pieces: &sentences::Pieces,
    phrases: &[PhraseMatch],
    voc: &Compiled,
) -> Vec<Range<usize>> {
    let list = &pieces.pieces;
    let is_claim = |p: &&PhraseMatch| matches!(p.effect, Effect::Claim(_));
    let claim_in = |r: Range<usize>| {
        phrases
            .iter()
            .filter(is_claim)
            .any(|p| r.contains(&p.start))
    };
    let has_mention = |r: Range<usize>| {
        r.into_iter()
            .any(|t| matches!(tokens[t].kind, TokenKind::Mention(_)))
    };
    // Items end at list marks between pieces. A part that names no framework
    // is not an item of its own but the status of the name before it ("ISO
    // 42001 \u{b7} In progress" in a badge). A spaced slash marks items as a
    // list mark does ("ISO 27001 certified / SOC 2 planned"); so does a
    // spaced bar, but only where two items or more state a status of their
    // own ("CE certified | ISO 27001 expected 2027"): a row of names that one
    // status closes ("ISO 42001 | SOC 2 | EU AI Act compliant") is a
    // credentials line.
    let split_items = |bars: bool| {
        let mut items: Vec<Range<usize>> = Vec::new();
        let mut first = 0;
        for i in 0..list.len() {
            let next = list.get(i + 1).map_or(list[i].end, |r| r.start);
            let mark = (list[i].end..next).any(|t| {
                let word = tokens[t].norm.as_str();
                vocabulary::LIST_MARKS.contains(&word)
                    || ((word == "/" || (bars && word == "|")) && sentences::spaced(tokens, t))
            });
            if mark || i + 1 == list.len() {
                let named = has_mention(list[first].start..list[i].end);
                match items.last_mut() {
                    Some(last) if !named => last.end = i + 1,
                    _ => items.push(first..i + 1),
                }
                first = i + 1;
            }
        }
        items
    };
    let item_claims =
        |item: &Range<usize>| claim_in(list[item.start].start..list[item.end - 1].end);
    let barred = split_items(true);
    let items = if barred.iter().filter(|item| item_claims(item)).count() >= 2 {
        barred
    } else {
        split_items(false)
    };
    // A label that states a status and names no framework ("Working towards:",
    // "Accreditations \u{2014}") governs the whole list, unless later items
    // state their own.
    // A phrase that reaches into the first item ("Compliance: SOC 2") is that
    // item's, not the label's.
    let label_claims = phrases
        .iter()
        .filter(is_claim)
        .any(|p| list[0].contains(&p.start) && !has_mention(p.start..p.end));
    let label_governs = items.first().is_some_and(|first| first.len() > 1)
        && label_claims
        && !has_mention(list[0].clone())
        && !items.iter().skip(1).any(item_claims);
    // "ISO 27001 / Cyber Essentials \u{2014} all in place": a status after
    // the last name that opens with "all", "both" or "each" is told of
    // every item.
    let told_of_all = items.last().is_some_and(|last| {
        list[last.start + 1..last.end].iter().any(|piece| {
            tokens
                .get(piece.start)
                .is_some_and(|t| vocabulary::SHARING_WORDS.contains(&t.norm.as_str()))
        })
    });
    // Any other status after a dash or colon at the end that names no
    // framework sums up the whole list when no other item states one.
    let summary_governs = items.last().is_some_and(|last| {
        let tail = last.end - 1;
        last.len() > 1
            && pieces.strengths[tail - 1] >= 3
            && !has_mention(list[tail].clone())
            && claim_in(list[tail].clone())
            && !claim_in(list[last.start].start..list[tail - 1].end)
    }) && !items[..items.len() - 1].iter().any(item_claims);
    if items.len() < 2
        || label_governs
        || told_of_all
        || summary_governs
        || !items.iter().any(item_claims)
    {
        return merge_run(tokens, pieces, phrases, voc);
    }
    items
        .into_iter()
        .flat_map(|item| {
            let run = sentences::Pieces {
                pieces: list[item.clone()].to_vec(),
                strengths: pieces.strengths[item.start..item.end - 1].to_vec(),
            };
            merge_run(tokens, &run, phrases, voc)
        })
        .collect()
}

/// True when `piece` opens with the reader's noun phrase and its verb: "your
/// data is safe", "your team can check it".
fn reader_clause(tokens: &[Token], piece: Range<usize>) -> bool {
    tokens[piece.start].norm == "your"
        && (piece.start + 2..piece.end.min(piece.start + 4)).any(|i| {
            matches!(
                tokens[i].norm.as_str(),
                "is" | "are"
                    | "stays"
                    | "stay"
                    | "remains"
                    | "remain"
                    | "can"
                    | "will"
                    | "gets"
                    | "get"
            )
        })
}

/// Groups one run of pieces so that each group has at most one run of status
/// phrases: a piece without a phrase joins a neighbour with one.
fn merge_run(
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
    // A label before it ("A: we're ISO 27001 and SOC 2 certified") is no
    // clause, so the subject after it starts nothing new.
    let new_subject = |i: usize| {
        i > 0
            && (voc.org_subjects.matches_at(tokens, list[i].start)
                // "..., and I'm already thinking about how to fold 42001 into
                // it": the writer speaking of their own thoughts is a new
                // subject too.
                || SPEAKER_SUBJECTS.contains(&tokens[list[i].start].norm.as_str())
                // "We hold ISO 27001, your data is safe with us": a comma
                // before the reader's noun and its verb starts a new clause.
                || reader_clause(tokens, list[i].clone()))
            && (0..i).any(|j| {
                !claims_in[j].is_empty()
                    || list[j]
                        .clone()
                        .any(|t| matches!(tokens[t].kind, TokenKind::Mention(_)))
            })
    };
    // A piece that describes the framework it opens with ("SOC 2 is a US
    // attestation report") is a clause of its own, with its own subject.
    // So is one where the framework does something of its own ("for our
    // UK customers, ISO 27001 covers the same ground").
    let describes_framework = |i: usize| {
        let at = list[i].start;
        matches!(tokens[at].kind, TokenKind::Mention(_))
            && ((voc.copulas.matches_at(tokens, at + 1)
                && tokens
                    .get(at + 2)
                    .is_some_and(|t| vocabulary::ARTICLES.contains(&t.norm.as_str())))
                || tokens.get(at + 1).is_some_and(|t| {
                    at + 1 < list[i].end && FRAMEWORK_DOINGS.contains(&t.norm.as_str())
                }))
    };
    // A possessive noun phrase ("its ISO 42001 certification") before a bare
    // conjunction is one subject of a coordinated predicate ("its X
    // certification and SOC 2 examination are both under way"), not a clause.
    let nominal = |i: usize| {
        list.get(i + 1).is_some()
            && pieces.strengths.get(i).copied() == Some(1)
            && !claims_in[i].is_empty()
            && claims_in[i].iter().all(|p| {
                subject_words::POSSESSIVES.contains(&tokens[p.start].norm.as_str())
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
                subject_words::POSSESSIVES.contains(&tokens[p.start].norm.as_str())
                    && p.end == list[i - 1].end
            })
    };
    // A coordinated predicate ("we hold X and are halfway through Y") opens
    // with its own finite verb: it is a clause of its own.
    let coordinated_predicate = |i: usize| {
        let at = list[i].start;
        i > 0
            && pieces.strengths.get(i - 1).copied() == Some(1)
            && (voc.copulas.matches_at(tokens, at)
                || subject_words::SUBJECT_VERBS.contains(&tokens[at].norm.as_str())
                // "... hasn't been through a SOC 2 audit yet and relies on
                // ISO 27001": a verb of leaning on something says nothing of
                // its status, and takes none from the clause before.
                || RELYING_VERBS.contains(&tokens[at].norm.as_str())
                // "We hold Cyber Essentials and would consider Plus if ...": a
                // verb with its own modal is a predicate of its own.
                || MODAL_VERBS.contains(&tokens[at].norm.as_str()))
    };
    // A participle of choice after a comma ("..., choosing to concentrate
    // on ISO 27001 instead") tells what was done instead: its framework takes
    // nothing from the clause before.
    let chosen_instead = |i: usize| {
        i > 0
            && CHOOSING_PARTICIPLES.contains(&tokens[list[i].start].norm.as_str())
            && has_mention(&list[i])
            && claims_in[i].is_empty()
    };
    let anchors: Vec<usize> = (0..list.len())
        .filter(|&i| {
            (!claims_in[i].is_empty() && !nominal(i) && !describes_noun_before(i))
                || new_subject(i)
                || describes_framework(i)
                || coordinated_predicate(i)
                || chosen_instead(i)
        })
        .collect();
    // A status in brackets right after a framework's name ("ISO 42001
    // (planned)") is that item's alone: the names listed before it take
    // nothing from it.
    let bracketed = |i: usize| {
        !claims_in[i].is_empty()
            && claims_in[i].iter().all(|p| {
                p.start >= list[i].start + 2
                    && tokens[p.start - 1].norm == "("
                    && matches!(tokens[p.start - 2].kind, TokenKind::Mention(_))
            })
    };
    // The names of a list before piece `a`: pieces that are framework names
    // and nothing else ("Cyber Essentials", "and ISO 27001").
    let names_listed = |from: usize, a: usize| {
        let named: Vec<usize> = (from..a).filter(|&j| has_mention(&list[j])).collect();
        !named.is_empty()
            && named.iter().all(|&j| {
                list[j].clone().all(|t| {
                    matches!(tokens[t].kind, TokenKind::Mention(_) | TokenKind::Punct)
                        || tokens[t].norm == "and"
                })
            })
    };
    let named_before = |a: usize| names_listed(0, a);
    // "A: Cyber Essentials, and we're working towards ISO 27001": a new
    // subject that names its own framework lends its status to nothing named
    // before it (one that names none resumes it: "SOC 2, we achieved that").
    if let Some(&a) = anchors.first()
        && a > 0
        && new_subject(a)
        && (a..list.len()).any(|j| has_mention(&list[j]))
    {
        let rest = sentences::Pieces {
            pieces: list[a..].to_vec(),
            strengths: pieces.strengths[a..].to_vec(),
        };
        let lead = list[0].start..list[a - 1].end;
        return std::iter::once(lead)
            .chain(merge_run(tokens, &rest, phrases, voc))
            .collect();
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
    let lone_bracket = anchors.len() == 1 && bracketed(anchors[0]) && named_before(anchors[0]);
    // "Cyber Essentials isn't something we hold \u{2013} for us it's all
    // been ISO 27001": a status told after its name reaches no name past a
    // dash or semicolon after it.
    let unclaimed_tail = |a: usize| {
        (governs_left(a) && !governs_right(a))
            .then(|| {
                (a + 1..list.len()).find(|&j| pieces.strengths[j - 1] >= 3 && has_mention(&list[j]))
            })
            .flatten()
    };
    if anchors.len() <= 1 && !lone_bracket {
        let whole = list[0].start..list[list.len() - 1].end;
        return match anchors.first().and_then(|&a| unclaimed_tail(a)) {
            Some(cut) => vec![list[0].start..list[cut - 1].end, list[cut].start..whole.end],
            None => vec![whole],
        };
    }
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
                let cut = unclaimed_tail(a);
                for (j, o) in owner.iter_mut().enumerate().skip(a + 1) {
                    *o = if cut.is_some_and(|c| j >= c) {
                        UNCLAIMED_TAIL
                    } else {
                        a
                    };
                }
            }
            Some(b) if b > a + 1 => {
                let left = pieces.strengths.get(a).copied().unwrap_or(2);
                let right = pieces.strengths.get(b - 1).copied().unwrap_or(2);
                let to_left = if bracketed(b) && names_listed(a + 1, b) {
                    true
                } else if left != right {
                    left < right
                } else if governs_right(a) {
                    true
                } else {
                    !governs_left(b)
                };
                for o in owner.iter_mut().take(b).skip(a + 1) {
                    *o = if to_left { a } else { b };
                }
                // "Cyber Essentials, which we hold, and ISO 27001, which we're
                // working towards": a name right before a relative clause is
                // what the relative clause speaks of.
                let at = list[b].start;
                let relative_next = RELATIVE_PRONOUNS.contains(&tokens[at].norm.as_str())
                    && at >= 2
                    && tokens[at - 1].norm == ","
                    && is_mention(at - 2);
                let reached = claims_in[a].iter().any(|p| p.end > list[b - 1].start);
                if to_left && relative_next && has_mention(&list[b - 1]) && !reached {
                    owner[b - 1] = b;
                }
            }
            Some(_) => {}
        }
    }
    // The pieces before a first anchor that is a bracketed status form a
    // group of their own, with no status.
    if let Some(&first) = anchors.first()
        && bracketed(first)
        && named_before(first)
    {
        for o in owner.iter_mut().take(first) {
            *o = usize::MAX;
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
