//! Who a clause speaks about. The organisation is "we", "our", its name and its
//! trading names (and "you" in a question it answers); everyone else is marked
//! by kind: a supplier (by the names in `supplier` declarations, or a word such
//! as "our hosting provider"), a person ("our CISO"), another party, or the
//! standard itself in a general statement ("organisations certified to X").
//!
//! The markers found here are facts about the words; `clause` decides which of
//! them is the subject of each status phrase.

use std::ops::Range;

use crate::prose::Names;
use crate::prose::Subject;
use crate::prose::lexicon::Compiled;
use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::spans::{covers, ending_in, starts_at};
use crate::prose::subject_words;

/// The organisation's and the suppliers' names, as lowercase word sequences.
pub struct NameSets {
    pub org: Vec<Vec<String>>,
    pub suppliers: Vec<Vec<String>>,
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
    pub fn find(
        names: &[Vec<String>],
        tokens: &[Token],
        range: Range<usize>,
    ) -> Vec<(usize, usize)> {
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

/// What the reader knows while reading a sentence: the word lists, who is
/// who, and the unit's text.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub voc: &'a Compiled,
    pub names: &'a NameSets,
    /// The unit's text, for the case of words.
    pub text: &'a str,
    /// True in a question answered "yes": "you" is then the organisation.
    pub reader_is_org: bool,
    /// True when the unit refers to the organisation neither in the first
    /// person nor alongside a supplier it names: a role noun in subject
    /// position ("the processor has implemented", "Does the bidder hold") is
    /// then the organisation itself, as in a contract, a tender answer or a
    /// questionnaire (see [`roles_name_the_org`]).
    pub roles_are_org: bool,
    /// True when the sentence hands its statements about others to the
    /// organisation ("..., as Northwind itself does"; a description followed by
    /// "That's Northwind."): the others it names then stand for it.
    pub others_are_org: bool,
}

/// The markers of the subjects a phrase may be about other than the
/// organisation, by kind.
pub struct Others {
    pub suppliers: Vec<(usize, usize)>,
    pub people: Vec<(usize, usize)>,
    pub third: Vec<(usize, usize)>,
    pub generic: Vec<(usize, usize)>,
}

impl Others {
    /// The markers, less those that are the organisation itself ("the
    /// Supplier" in a tender answer).
    pub fn without(self, orgs: &[(usize, usize)]) -> Others {
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
    pub fn all(&self) -> Vec<(usize, usize)> {
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
    pub fn kind_ending_at(&self, end: usize) -> Subject {
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
    pub fn kind_at(&self, at: usize) -> Subject {
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

/// The org references of a group as (start, end) token ranges; in a question
/// answered "yes", "you" and "your" count too.
pub fn org_references(tokens: &[Token], group: Range<usize>, ctx: Ctx) -> Vec<(usize, usize)> {
    let mut orgs = ctx.voc.org.find_all(tokens, group.clone());
    orgs.extend(role_references(tokens, group.clone(), ctx));
    orgs.sort_unstable();
    let named = NameSets::find(&ctx.names.org, tokens, group.clone());
    if !named.is_empty() {
        orgs.retain(|&(s, e)| !named.iter().any(|&(ns, ne)| s < ne && ns < e));
        orgs.extend(named);
        orgs.sort_unstable();
    }
    orgs.extend(reported_company(tokens, group.clone(), &orgs));
    orgs.sort_unstable();
    orgs.dedup();
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

/// "Harbour's CTO said the company is already aligned": "the company" that
/// someone of the organisation (a subject with "our" or its name, shortly
/// before a verb of saying) speaks of in reported speech is the organisation.
fn reported_company(
    tokens: &[Token],
    group: Range<usize>,
    orgs: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    group
        .clone()
        .filter(|&i| {
            i >= group.start + 2
                && tokens[i - 1].norm == "the"
                && subject_words::COMPANY_NOUNS.contains(&tokens[i].norm.as_str())
                && {
                    let verb = if tokens[i - 2].norm == "that" {
                        i.checked_sub(3).filter(|&v| v >= group.start)
                    } else {
                        Some(i - 2)
                    };
                    // "She said the company is aligned": a person quoted on the
                    // organisation's page speaks of the organisation.
                    verb.is_some_and(|v| {
                        subject_words::SAYING_VERBS.contains(&tokens[v].norm.as_str())
                            && (orgs
                                .iter()
                                .any(|&(s, _)| s < v && v - s <= subject_words::REPORTER_WINDOW)
                                || (v > group.start
                                    && matches!(tokens[v - 1].norm.as_str(), "she" | "he")))
                    })
                }
        })
        .map(|i| (i, i + 1))
        .collect()
}

/// The role nouns of a group that name the organisation: "The Supplier" or
/// "the Bidder", capitalised as a defined term, always; "the processor", "the
/// bidder" in lowercase when [`Ctx::roles_are_org`] holds and the noun is the
/// subject of a verb ("the processor has", "does the bidder hold") or a
/// possessor ("the supplier's certificate"), never the head of a relative
/// clause ("the provider that hosts our data").
pub fn role_references(tokens: &[Token], group: Range<usize>, ctx: Ctx) -> Vec<(usize, usize)> {
    group
        .clone()
        .filter(|&i| {
            let t = &tokens[i];
            let raw = ctx.text.get(t.range.clone()).unwrap_or("");
            let defined = raw.starts_with(char::is_uppercase);
            let possessor = raw.ends_with("'s") || raw.ends_with("\u{2019}s");
            // "| Supplier holds a current ISO 27001 certificate | Compliant |":
            // a requirement drops the article before a defined term that opens
            // its cell.
            // So does an item's label after its number ("8.1 Bidder holds
            // Cyber Essentials Plus (Yes/No)").
            let opens_item = tokens[..i]
                .iter()
                .all(|t| t.kind == TokenKind::Punct || t.norm.chars().all(|c| c.is_ascii_digit()));
            let bare_term = (i == 0 || tokens[i - 1].norm == "|" || opens_item)
                && defined
                && ctx.roles_are_org
                && tokens.get(i + 1).is_some_and(opens_predicate);
            t.kind == TokenKind::Word
                && subject_words::DEFINED_TERMS.contains(&t.norm.as_str())
                && (bare_term
                    || (i > 0
                        && tokens[i - 1].norm == "the"
                        && (defined
                            || (ctx.roles_are_org
                                && (possessor
                                    || tokens.get(i + 1).is_some_and(opens_predicate)
                                    // "Is the bidder certified to ...?"
                                    || (i >= 2
                                        && matches!(
                                            tokens[i - 2].norm.as_str(),
                                            "is" | "does" | "has" | "was"
                                        )))))))
        })
        .map(|i| (i, i + 1))
        .collect()
}

/// True for a word that can follow a clause's subject and open its predicate:
/// a verb of holding or being, an auxiliary, an adverb of time, or a verb in
/// the third person singular ("confirms", "complies").
fn opens_predicate(t: &Token) -> bool {
    let w = t.norm.as_str();
    // "Provider certifications:" is a noun phrase, not a verb after a subject.
    t.kind == TokenKind::Word
        && !subject_words::CERTIFICATE_PLURALS.contains(&w)
        && (subject_words::SUBJECT_VERBS.contains(&w)
            || subject_words::PREDICATE_OPENERS.contains(&w)
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s")))
}

/// True when a unit's role nouns ("the processor", "the bidder") may name the
/// organisation: its sentences never call it "we" or "our" and name no
/// supplier, so no one else is there for the role to name.
pub fn roles_name_the_org(sentences: &[Vec<Token>], voc: &Compiled, names: &NameSets) -> bool {
    sentences.iter().all(|tokens| {
        let all = 0..tokens.len();
        voc.org.find_all(tokens, all.clone()).is_empty()
            && NameSets::find(&names.suppliers, tokens, all).is_empty()
    })
}

/// The markers of a general statement about a standard in a group: the
/// generic nouns ("organisations certified to X") and the present passive of a
/// verb of conferring followed by how it happens ("X certification is awarded
/// after a two-stage audit", "is granted for three years"), which describes
/// the standard's process, not an event in the organisation's history. The
/// passive's copula is the marker; a group that names the organisation or a
/// year ("is issued by BSI in 2025") states no general rule.
pub fn general_statements(
    tokens: &[Token],
    group: Range<usize>,
    orgs: &[(usize, usize)],
    ctx: Ctx,
) -> Vec<(usize, usize)> {
    let mut out = ctx.voc.generic.find_all(tokens, group.clone());
    // "Security standards: SOC 2 compliant platform": a noun that ends a
    // field's label before its colon names the field, not a subject.
    let opening = first_word(tokens, group.clone());
    // So does one whose label ends in a state word: "Data security
    // standards met:", "Requirements achieved:".
    let label_end = |e: usize| {
        let state = tokens.get(e).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "met" | "held" | "achieved" | "obtained" | "covered" | "supported"
            )
        });
        if state { e + 1 } else { e }
    };
    out.retain(|&(s, e)| {
        !(tokens.get(label_end(e)).is_some_and(|t| t.norm == ":")
            && s >= opening
            && s - opening <= subject_words::FIELD_LABEL_WORDS)
    });
    let dated = tokens[group.clone()].iter().any(|t| {
        t.norm.len() == 4 && t.norm.starts_with("20") && t.norm.chars().all(|c| c.is_ascii_digit())
    });
    if orgs.is_empty() && !dated {
        let word = |i: usize| {
            tokens
                .get(i)
                .filter(|_| i < group.end)
                .map(|t| t.norm.as_str())
        };
        for i in group.clone() {
            if !matches!(word(i), Some("is" | "are")) {
                continue;
            }
            let mut p = i + 1;
            while word(p).is_some_and(|w| subject_words::HABITUAL_ADVERBS.contains(&w)) {
                p += 1;
            }
            let conferred =
                word(p).is_some_and(|w| subject_words::CONFERRING_PARTICIPLES.contains(&w));
            // "... is granted by an accredited body after a two-stage
            // audit": by any body of a kind, not by a named one.
            let how = word(p + 1).is_some_and(|w| subject_words::PROCESS_WORDS.contains(&w))
                || (word(p + 1) == Some("by")
                    && word(p + 2).is_some_and(|w| matches!(w, "a" | "an" | "any")));
            if conferred && how {
                out.push((i, i + 1));
            }
        }
        out.extend(generic_opening(tokens, group.clone()));
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// Quantifiers that open a subject of many parties: "most AI scribes hold no
/// certification", "few vendors have it".
const PLURAL_QUANTIFIERS: &[&str] = &[
    "most", "many", "few", "several", "all", "some", "handful", "dozen", "minority", "majority",
    "number",
];

/// Verbs of a plural subject beside [`subject_words::SUBJECT_VERBS`].
const PLURAL_VERBS: &[&str] = &[
    "hold", "do", "don't", "lack", "can", "cannot", "can't", "will", "still", "already", "now",
];

/// "Most AI scribes hold no AI-specific certification": a quantifier and a
/// plural noun within five tokens, right before a verb, name a group of
/// other parties as the subject.
pub fn quantified_plurals(tokens: &[Token], group: Range<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in group.clone() {
        if !PLURAL_QUANTIFIERS.contains(&tokens[i].norm.as_str())
            || (i > group.start && matches!(tokens[i - 1].norm.as_str(), "of" | "our" | "at"))
        {
            continue;
        }
        let noun = (i + 1..group.end.min(i + 6)).find(|&j| {
            let w = tokens[j].norm.as_str();
            tokens[j].kind == TokenKind::Word
                && w.len() >= 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && tokens.get(j + 1).is_some_and(|t| {
                    j + 1 < group.end
                        && (subject_words::SUBJECT_VERBS.contains(&t.norm.as_str())
                            || PLURAL_VERBS.contains(&t.norm.as_str()))
                })
        });
        if let Some(j) = noun
            && (i + 1..j).all(|k| tokens[k].kind == TokenKind::Word || tokens[k].norm == "-")
        {
            out.push((i, j + 1));
        }
    }
    // "AWS hosts production and Equinix our backups. Both hold ISO 27001":
    // "both" opening a clause before its verb refers back to the parties
    // named before.
    let opening = first_word(tokens, group.clone());
    if opening < group.end
        && tokens[opening].norm == "both"
        && (tokens[..opening].iter().all(|t| t.kind == TokenKind::Punct)
            // "... and the backup site is Equinix LD8; both hold ISO 27001".
            || opening > 0 && matches!(tokens[opening - 1].norm.as_str(), ";" | "\u{2014}"))
        && tokens.get(opening + 1).is_some_and(|t| {
            opening + 1 < group.end
                && (subject_words::SUBJECT_VERBS.contains(&t.norm.as_str())
                    || PLURAL_VERBS.contains(&t.norm.as_str()))
        })
    {
        out.push((opening, opening + 1));
    }
    out
}

/// The marker of a clause that opens with a subject standing for any member of
/// a kind, so it states a general rule: an indefinite pronoun ("anyone can
/// claim to be aligned"), or a certificate noun after an indefinite determiner
/// or in the plural followed by a general predicate ("an ISO 27001 certificate
/// runs for three years", "SOC 2 reports typically cover twelve months", "a
/// Cyber Essentials certificate is valid for a year"). The marker is the
/// determiner (or the plural noun), so every phrase after it is about the kind.
fn generic_opening(tokens: &[Token], group: Range<usize>) -> Option<(usize, usize)> {
    let opening = first_word(tokens, group.clone());
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| i < group.end && t.kind == TokenKind::Word)
            .map(|t| t.norm.as_str())
    };
    let first = word(opening)?;
    if subject_words::INDEFINITE_PERSONS.contains(&first) {
        return Some((opening, opening + 1));
    }
    let determiner = subject_words::GENERIC_DETERMINERS.contains(&first);
    let noun_list = if determiner {
        subject_words::CERTIFICATE_NOUNS
    } else {
        subject_words::CERTIFICATE_PLURALS
    };
    // The head noun: the first certificate noun within a short noun phrase of
    // names and modifiers ("a SOC 2 Type 2 report").
    let from = if determiner { opening + 1 } else { opening };
    let noun = (from..group.end.min(from + 6))
        .take_while(|&i| {
            matches!(tokens[i].kind, TokenKind::Mention(_))
                || (tokens[i].kind == TokenKind::Word
                    && !subject_words::SUBJECT_VERBS.contains(&tokens[i].norm.as_str()))
        })
        .find(|&i| word(i).is_some_and(|w| noun_list.contains(&w)))?;
    let general = (noun + 1..group.end).any(|i| {
        word(i).is_some_and(|w| {
            subject_words::GENERAL_PREDICATES.contains(&w)
                || (w == "valid" && word(i + 1) == Some("for"))
        })
    });
    general.then_some(if determiner {
        (opening, opening + 1)
    } else {
        (noun, noun + 1)
    })
}

/// Third-party or generic markers of a group, less those that describe the
/// organisation itself ("we are a certified supplier", "as a certified
/// organisation", "we were one of the first companies").
pub fn not_ourselves(
    tokens: &[Token],
    group: Range<usize>,
    markers: Vec<(usize, usize)>,
    orgs: &[(usize, usize)],
    ctx: Ctx,
) -> Vec<(usize, usize)> {
    if ctx.others_are_org {
        return Vec::new();
    }
    let voc = ctx.voc;
    let copulas = voc.copulas.find_all(tokens, group.clone());
    let opening = voc
        .self_descriptions
        .longest_at(tokens, first_word(tokens, group.clone()))
        .filter(|_| !group.is_empty());
    markers
        .into_iter()
        .filter(|&(s, _)| {
            if ctx.reader_is_org && starts_at(orgs, s) {
                return false;
            }
            let window = s.saturating_sub(subject_words::COPULA_WINDOW);
            // A copula describes the noun of its predicate ("we are a certified
            // supplier"), not the object of a preposition or of a verb after it
            // ("Sprout is happy to work with partners who are certified").
            let described_by_copula = ending_in(&copulas, window, s).iter().any(|&(cs, ce)| {
                !ending_in(orgs, cs, cs).is_empty()
                    && !(ce..s)
                        .any(|i| subject_words::PREPOSITIONS.contains(&tokens[i].norm.as_str()))
            });
            // "Meridian became one of the first UK health-tech companies
            // certified to ...": a group the organisation is one of may be
            // described at length.
            let one_of = ending_in(&copulas, s.saturating_sub(ONE_OF_WINDOW), s)
                .iter()
                .any(|&(cs, ce)| {
                    !ending_in(orgs, cs, cs).is_empty()
                        && tokens.get(ce).is_some_and(|t| t.norm == "one")
                        && tokens.get(ce + 1).is_some_and(|t| t.norm == "of")
                        && (ce + 2..s).all(|i| {
                            (tokens[i].kind == TokenKind::Word
                                && !subject_words::PREPOSITIONS.contains(&tokens[i].norm.as_str()))
                                || tokens[i].norm == "-"
                        })
                });
            // "Keel ranks among the first robotics companies certified",
            // "Northwind joins the first wave of UK analytics companies to
            // achieve ...": any verb may put the organisation among a group.
            let among = orgs.iter().any(|&(_, oe)| {
                oe < s
                    && s - oe <= ONE_OF_WINDOW
                    && (oe..s).any(|i| {
                        let w = tokens[i].norm.as_str();
                        (w == "among"
                            || (w == "of"
                                && i > oe
                                && matches!(tokens[i - 1].norm.as_str(), "one" | "wave" | "ranks")))
                            && (i + 1..s).all(|j| {
                                (tokens[j].kind == TokenKind::Word
                                    && !subject_words::PREPOSITIONS
                                        .contains(&tokens[j].norm.as_str()))
                                    || tokens[j].norm == "-"
                            })
                    })
                    && !tokens[oe..s]
                        .iter()
                        .any(|t| t.kind == TokenKind::Punct && t.norm != "-")
            });
            // "Northwind Analytics (processor):": a role in brackets right
            // after the organisation's name is its own.
            let own_role = s > group.start
                && tokens[s - 1].norm == "("
                && orgs.iter().any(|&(_, oe)| oe + 1 == s);
            let contracted = ending_in(orgs, window, s)
                .iter()
                .any(|&(os, _)| tokens[os].norm.ends_with("'re"));
            // "As a reseller we only list vendors that ...": the opening
            // describes the subject after it, not a party in its predicate.
            let described_by_opening = opening.is_some_and(|e| {
                e <= s
                    && s - e <= subject_words::COPULA_WINDOW
                    && !orgs.iter().any(|&(os, _)| os >= e && os < s)
            });
            // "Northwind Analytics, an ISO 27001 certified provider".
            let apposition = orgs.iter().any(|&(_, oe)| {
                oe < s
                    && s - oe <= subject_words::APPOSITION_WINDOW
                    && tokens.get(oe).is_some_and(|t| {
                        matches!(t.norm.as_str(), "," | ":" | "\u{2014}" | "\u{2013}" | "-")
                    })
                    && tokens
                        .get(oe + 1)
                        .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an" | "the" | "one"))
            });
            // "Sprout's infrastructure is Cyber Essentials Plus certified":
            // the organisation's own infrastructure, not a supplier.
            let possessed = s > group.start
                && tokens[s - 1].norm == "our"
                && subject_words::OWN_FACILITIES.contains(&tokens[s].norm.as_str())
                && tokens.get(s + 1).is_some_and(|t| {
                    matches!(t.norm.as_str(), "is" | "are" | "was" | "has" | "holds")
                });
            // "Harbour Data, which runs platforms for insurers, is certified":
            // a party named inside a relative clause set off by commas after
            // the organisation's name is not the subject of the main verb.
            let relative_aside = orgs.iter().any(|&(_, oe)| {
                oe + 1 < s
                    && tokens.get(oe).is_some_and(|t| t.norm == ",")
                    && tokens
                        .get(oe + 1)
                        .is_some_and(|t| matches!(t.norm.as_str(), "which" | "who" | "whose"))
                    && !(oe + 2..s).any(|i| tokens[i].norm == ",")
                    && (s..group.end).any(|i| tokens[i].norm == ",")
            });
            !(described_by_copula
                || relative_aside
                || one_of
                || among
                || own_role
                || contracted
                || described_by_opening
                || apposition
                || possessed)
        })
        .collect()
}

/// How far "one of the ..." after a copula may run to the noun of the group
/// it names: "one of the first UK health-tech companies".
const ONE_OF_WINDOW: usize = 12;

/// Drops "they" and "it" where they stand for the organisation that is
/// reported speaking ("Meridian told us they are still working on it",
/// "Northwind says it is certified", "Keel confirms the vision system in
/// their robots is compliant"): a pronoun after a verb of saying whose
/// subject is the organisation is that organisation, when no other party is
/// named between the verb and the pronoun.
pub fn reported_pronouns_dropped(
    tokens: &[Token],
    markers: Vec<(usize, usize)>,
    orgs: &[(usize, usize)],
    named_before: &[(usize, usize)],
    others_before: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let kept = markers.clone();
    markers
        .into_iter()
        .filter(|&(s, _)| {
            let pronoun = matches!(
                tokens[s].norm.as_str(),
                "they" | "they're" | "they've" | "their" | "it"
            );
            let said = (s.saturating_sub(subject_words::REPORTED_PRONOUN_WINDOW)..s)
                .rev()
                .find(|&i| subject_words::SAYING_VERBS.contains(&tokens[i].norm.as_str()));
            let by_us = said.is_some_and(|v| {
                !ending_in(orgs, v, v).is_empty()
                    && !kept.iter().any(|&(ms, _)| v < ms && ms < s)
                    && !tokens[v..s].iter().any(|t| {
                        t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | ";" | ":")
                    })
            });
            // "Northwind sailed through our review because they're ISO
            // 27001 certified": "they" after the organisation's own name,
            // with no other party named between, is the organisation.
            let after_our_name = named_before.iter().any(|&(os, oe)| {
                oe <= s
                    && !matches!(
                        tokens[os].norm.as_str(),
                        "we" | "our" | "us" | "we're" | "we've"
                    )
                    && tokens[os].kind == TokenKind::Word
                    && !kept
                        .iter()
                        .chain(others_before)
                        .any(|&(ms, _)| oe <= ms && ms < s)
                    && !tokens[oe..s].iter().any(|t| {
                        t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "." | ";" | ":")
                    })
            });
            !(pronoun && (by_us || after_our_name))
        })
        .collect()
}

/// Drops the audience of a verb of telling ("Northwind assured customers its
/// service is certified", "we told partners that ..."): the party right after
/// the verb is who hears the claim, and the told clause has its own subject.
pub fn addressees_dropped(tokens: &[Token], markers: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    markers
        .into_iter()
        .filter(|&(s, _)| {
            // Skip the determiner or possessive of the audience's noun
            // ("told the board", "assured our customers").
            // and the words that say which of them ("gives shortlisted
            // buyers a SOC 2 report").
            let mut verb = s;
            while verb > 0
                && s - verb < 3
                && (matches!(
                    tokens[verb - 1].norm.as_str(),
                    "the" | "our" | "its" | "their"
                ) || subject_words::AUDIENCE_QUALIFIERS
                    .contains(&tokens[verb - 1].norm.as_str()))
            {
                verb -= 1;
            }
            let before = verb.checked_sub(1).map(|v| tokens[v].norm.as_str());
            !before.is_some_and(|v| {
                subject_words::TELLING_VERBS.contains(&v)
                    || subject_words::GIVING_VERBS.contains(&v)
            })
        })
        .collect()
}

/// Drops third parties named after the framework as the agent or partner of
/// the work, with nothing said of them after: "SOC 2 Type I audit under way
/// with an external CPA firm", "ISO 27001 audit carried out by an accredited
/// body". A party that a clause goes on to describe ("with a partner who
/// holds ISO 27001") stays.
pub fn agents_dropped(
    tokens: &[Token],
    markers: Vec<(usize, usize)>,
    group: Range<usize>,
) -> Vec<(usize, usize)> {
    let is_mention = |t: &Token| matches!(t.kind, TokenKind::Mention(_));
    markers
        .into_iter()
        .filter(|&(s, e)| {
            // The marker may open with its preposition ("with a * firm").
            let preposition = (s.saturating_sub(4).max(group.start)..=s)
                .rev()
                .find(|&i| matches!(tokens[i].norm.as_str(), "with" | "by" | "via" | "through"));
            let Some(p) = preposition else {
                return true;
            };
            let plain_between = tokens[(p + 1).min(s)..s]
                .iter()
                .all(|t| t.kind == TokenKind::Word);
            let named_before = tokens[group.start..p].iter().any(is_mention);
            let described_after = tokens[e.min(group.end)..group.end].iter().any(|t| {
                is_mention(t) || matches!(t.norm.as_str(), "who" | "which" | "that" | "whose")
            });
            !(plain_between && named_before && !described_after)
        })
        .collect()
}

/// Nouns of credentials held, which a party's noun before them possesses
/// ("supplier certificates", "provider certifications").
const HELD_CREDENTIALS: &[&str] = &[
    "certificate",
    "certificates",
    "certification",
    "certifications",
    "credentials",
    "accreditations",
];

/// Drops nouns used as modifiers of a following noun ("our partner programme",
/// "supplier response 4.2", "customer deployments"): a singular one-word
/// marker followed by a lowercase word that cannot follow a subject (a verb,
/// an auxiliary, a relative pronoun, a preposition) names no one.
pub fn modifiers_dropped(
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
            // "Provider certifications: ISO 27001": a party's noun before the
            // noun of what is held names whose it is.
            let modifier = next.is_some_and(|n| {
                !HELD_CREDENTIALS.contains(&n.norm.as_str())
                    && !subject_words::SUBJECT_FOLLOWERS.contains(&n.norm.as_str())
                    && !subject_words::SUBJECT_VERBS.contains(&n.norm.as_str())
                    && !n.norm.ends_with("ed")
                    && text
                        .get(n.range.clone())
                        .and_then(|w| w.chars().next())
                        .is_some_and(char::is_lowercase)
            });
            // "Help the client prepare for ISO 27001": the object of a verb of
            // helping is followed by its own verb, not by a noun it modifies.
            let helped = (s.saturating_sub(2)..s)
                .any(|i| subject_words::HELPING_VERBS.contains(&tokens[i].norm.as_str()));
            !(singular_noun && modifier && !helped)
        })
        .collect()
}

/// Proper names of other companies that are the subject of the clause's
/// phrases, found only when the organisation's names are known (otherwise any
/// name might be its own):
///
/// - a name that opens the clause right before its verb ("Acme Payments holds
///   ISO 27001", "Globex Ltd is certified"): two or more capitalised words, or
///   one with a legal suffix;
/// - a name followed by an appositive that describes it ("FreshMart, itself
///   ISO 27001 certified, chose ...", "FreshMart, an ISO 27001 certified
///   grocer, chose ..."): the words between its commas are about it.
///
/// Suppliers and well-known companies are found by name elsewhere; this finds
/// the ones nobody listed.
pub fn named_subjects(
    tokens: &[Token],
    group: Range<usize>,
    orgs: &[(usize, usize)],
    ctx: Ctx,
) -> Vec<(usize, usize)> {
    if ctx.names.org.is_empty() {
        return Vec::new();
    }
    let capitalised = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Word
            && !subject_words::NOT_NAME_WORDS.contains(&t.norm.as_str())
            && ctx
                .text
                .get(t.range.clone())
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let ours = |(start, end): (usize, usize)| orgs.iter().any(|&(s, e)| s < end && start < e);
    let mut out = Vec::new();
    let start = first_word(tokens, group.clone());
    let mut end = start;
    while end < group.end && capitalised(end) {
        end += 1;
    }
    let words = end - start;
    let suffixed =
        words >= 1 && subject_words::LEGAL_SUFFIXES.contains(&tokens[end - 1].norm.as_str());
    let verb = tokens
        .get(end)
        .is_some_and(|t| subject_words::SUBJECT_VERBS.contains(&t.norm.as_str()));
    if end < group.end && (words >= 2 || suffixed) && verb && !ours((start, end)) {
        out.push((start, end));
    }
    for comma in group.clone().filter(|&i| tokens[i].norm == ",") {
        let Some(opener) = tokens.get(comma + 1).filter(|_| comma + 1 < group.end) else {
            continue;
        };
        let reflexive = subject_words::REFLEXIVES.contains(&opener.norm.as_str());
        // "FreshMart, a grocer certified to X, chose ...": an appositive noun
        // phrase closes at a comma followed by the name's own verb.
        let described = matches!(opener.norm.as_str(), "a" | "an")
            && (comma + 2..group.end)
                .find(|&i| tokens[i].norm == ",")
                .and_then(|close| tokens.get(close + 1))
                .is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !subject_words::NOT_NAME_WORDS.contains(&t.norm.as_str())
                        && ctx
                            .text
                            .get(t.range.clone())
                            .is_some_and(|w| w.starts_with(char::is_lowercase))
                });
        if !(reflexive || described) {
            continue;
        }
        let mut name_start = comma;
        while name_start > group.start && capitalised(name_start - 1) {
            name_start -= 1;
        }
        if name_start < comma && !ours((name_start, comma)) {
            out.push((name_start, comma));
        }
    }
    out
}

/// The organisation's references less those inside an aside that does not hold
/// the phrase at `at`: in "Equinix, which runs our backup site, is certified"
/// the relative clause "which runs our backup site" describes Equinix, and its
/// "our" is not the subject of "is certified". An aside opens at a comma with a
/// relative pronoun or an article ("Hetzner, the provider that hosts our
/// telemetry, ...") and closes at the next comma. Right after another party's
/// marker, "our" opens one too when the party's verb follows it: "Equinix,
/// our colocation partner, is certified" names the party's role to us; and
/// brackets right after such a marker hold one when they describe it
/// ("Hetzner (our training host) is certified").
pub fn outside_asides(
    tokens: &[Token],
    group: Range<usize>,
    orgs: &[(usize, usize)],
    others: &[(usize, usize)],
    at: usize,
) -> Vec<(usize, usize)> {
    let mut asides: Vec<Range<usize>> = Vec::new();
    for open in group.clone() {
        let Some(opener) = tokens.get(open + 1).filter(|t| t.kind == TokenKind::Word) else {
            continue;
        };
        // "Hetzner (our training host) is certified": brackets right after
        // another party's name hold an aside about it.
        // A name in them identifies the party instead ("the vendor
        // (Meridian) is certified").
        let describes =
            opener.norm == "our" || subject_words::ASIDE_OPENERS.contains(&opener.norm.as_str());
        if tokens[open].norm == "(" && describes && !ending_in(others, open, open).is_empty() {
            if let Some(close) = (open + 1..group.end).find(|&i| tokens[i].norm == ")")
                && !(open..close).contains(&at)
            {
                asides.push(open..close);
            }
            continue;
        }
        if tokens[open].norm != "," {
            continue;
        }
        let close = (open + 1..group.end).find(|&i| tokens[i].norm == ",");
        let role_to_us = opener.norm == "our"
            && !ending_in(others, open, open).is_empty()
            && close
                .and_then(|c| tokens.get(c + 1))
                .is_some_and(|t| subject_words::SUBJECT_VERBS.contains(&t.norm.as_str()));
        if !(subject_words::ASIDE_OPENERS.contains(&opener.norm.as_str()) || role_to_us) {
            continue;
        }
        if let Some(close) = close
            && !(open..close).contains(&at)
        {
            asides.push(open..close);
        }
    }
    orgs.iter()
        .copied()
        .filter(|&(s, _)| !asides.iter().any(|a| a.contains(&s)))
        .collect()
}

/// The index of the first word token of a range (or its start).
pub fn first_word(tokens: &[Token], range: Range<usize>) -> usize {
    range
        .clone()
        .find(|&i| tokens[i].kind == TokenKind::Word)
        .unwrap_or(range.start)
}
