//! The clause model. A sentence divides into clauses; each clause names zero or
//! more frameworks and holds zero or more predicates (status phrases such as
//! "certified", "working towards", "Stage 2 booked"). For each predicate this
//! module records what the words say, and nothing more:
//!
//! - its kind: the status the phrase states on its own (hold, pursue, plan,
//!   comply, align, not hold, lapse);
//! - its holder: the organisation, a supplier, a person, another party or the
//!   standard itself (a general statement, or words in quotation marks);
//! - its time: present, or future with or without a target date, and whether a
//!   past "until" or a lapse word ends it;
//! - whether a negator reaches it, and whether a condition covers it;
//! - whether it is an upkeep word ("renewed"), or an audit step that a done-verb
//!   completes ("passed our Stage 2 audit").
//!
//! `reading` then turns a clause into a status, so the rules of inference live
//! in one function rather than next to the word lists that feed them.

use std::ops::Range;

use crate::prose::coverage;
use crate::prose::phrases::{PhraseMatch, find_phrases, merge_pieces};
use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::spans::{covers, ending_in, last_end_before, starts_at, touches};
use crate::prose::subject_words;
use crate::prose::subjects::{
    Ctx, NameSets, Others, addressees_dropped, agents_dropped, first_word, general_statements,
    modifiers_dropped, named_subjects, not_ourselves, org_references, outside_asides,
    quantified_plurals, reported_pronouns_dropped,
};
use crate::prose::timeline;
use crate::prose::vocabulary::{self, Effect};
use crate::prose::{ClaimedStatus, Subject};

/// When a predicate holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Time {
    /// Now, or as a standing fact: "we are certified", "certified since 2024".
    Present,
    /// Ahead: "we will be certified", "we will begin preparing". `by_date` is
    /// true when a target date follows ("by June 2027", "in Q2 2027").
    Future { by_date: bool },
    /// Over: work or an intention told as history ("last year we were working
    /// towards it", "we were planning to").
    Past,
}

/// One status phrase of a clause, with what the words around it say about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Predicate {
    /// The status the phrase states on its own: hold (achieved), pursue (in
    /// progress), plan, comply, align, not hold, lapse.
    pub kind: ClaimedStatus,
    /// Byte range of the phrase in the unit text.
    pub span: (usize, usize),
    /// Whose standing the phrase describes.
    pub holder: Subject,
    /// True when a negator reaches the phrase ("not yet certified", "we have
    /// never been audited against", "certified? no").
    pub negated: bool,
    /// True when a condition of the organisation's covers it ("if we achieve").
    pub hypothetical: bool,
    /// When it holds.
    pub time: Time,
    /// True for a held phrase in the past with "until" after it ("we were
    /// certified until 2025", "held Cyber Essentials in 2024").
    pub held_until: bool,
    /// True for the phrase of an upkeep step ("renewed", "recertified").
    pub upkeep: bool,
    /// True for the final audit step with a done-verb before or right after it
    /// ("we passed our Stage 2 audit", "the Stage 2 audit passed"): the step is
    /// over and the certificate held.
    pub completed_step: bool,
    /// True for the first stage of an initial certification audit ("Stage 1
    /// review booked"): a recertification has no Stage 1, so the certificate
    /// is being sought anew, whatever upkeep word stands beside it.
    pub first_stage: bool,
    /// True for a phrase that opens a coordinated clause with its verb and no
    /// subject of its own ("... and provides SOC 2 reports"): it shares the
    /// subject of the clause before it.
    pub opens_without_subject: bool,
}

impl Clause {
    /// A clause split off another: these frameworks and predicates, with no
    /// clause-wide word of its own.
    pub fn split_off(
        frameworks: Vec<usize>,
        predicates: Vec<Predicate>,
        refers_back: bool,
    ) -> Clause {
        Clause {
            frameworks,
            set_aside: Vec::new(),
            predicates,
            refers_back,
            lapse: None,
            upkeep_word: false,
            negated_intent: false,
        }
    }
}

impl Predicate {
    /// A predicate of this kind and holder, in the present, that no other
    /// word qualifies: one the reader infers from the shape of a clause
    /// rather than reads from a status phrase.
    pub fn inferred(kind: ClaimedStatus, span: (usize, usize), holder: Subject) -> Predicate {
        Predicate {
            kind,
            span,
            holder,
            negated: false,
            hypothetical: false,
            time: Time::Present,
            held_until: false,
            upkeep: false,
            completed_step: false,
            first_stage: false,
            opens_without_subject: false,
        }
    }
}

/// A clause: the frameworks it names, its predicates, and the clause-wide words
/// that bear on all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clause {
    /// The mentions (indexes into the unit's mentions) the clause names.
    pub frameworks: Vec<usize>,
    /// The frameworks named only as an alternative not chosen ("rather than
    /// SOC 2"): the clause's status is not theirs.
    pub set_aside: Vec<usize>,
    /// The status phrases that start in the clause, left to right.
    pub predicates: Vec<Predicate>,
    /// True when the clause refers back to a framework named before ("it",
    /// "this certification", "certification").
    pub refers_back: bool,
    /// Byte range of a lapse word that says a certificate ended ("expired",
    /// "withdrawn", "let it lapse"), not merely that one might.
    pub lapse: Option<(usize, usize)>,
    /// True when an upkeep word shows a certificate is held ("surveillance",
    /// "recertification", "renewal").
    pub upkeep_word: bool,
    /// True when a negated predicate that cannot read as "not held" was dropped
    /// ("no plans to", "not pursuing").
    pub negated_intent: bool,
}

/// Splits a sentence into clauses and reads each.
pub fn read_sentence(tokens: &[Token], ctx: Ctx) -> Vec<Clause> {
    let mut clauses = Vec::new();
    // The holder of the last claim read, which a clause that opens with its
    // verb shares, also past a semicolon ("AWS: ISO 27001 certified;
    // publishes SOC 2 reports").
    let mut before: Option<Subject> = None;
    for hard in sentences::hard_clauses(tokens) {
        let mut phrases = find_phrases(tokens, hard.clone(), ctx);
        // "AI management system aligned with ISO/IEC 42001 \u{2713}": a tick
        // after a status told in words confirms that status; it does not
        // turn it into a certificate.
        let told_in_words = |end: usize| {
            phrases.iter().any(|p| {
                p.end <= end
                    && matches!(p.effect, Effect::Claim(_))
                    && !(p.start..p.end).any(|i| vocabulary::is_status_mark(&tokens[i].norm))
            })
        };
        let confirming: Vec<usize> = phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                // A trailing tick, which ends its clause ("\u{2705} Cyber
                // Essentials" puts a leading one before its item).
                p.end == p.start + 1
                    && p.end == hard.end
                    && p.start > hard.start
                    && vocabulary::STATUS_MARKS.contains(&tokens[p.start].norm.as_str())
                    && told_in_words(p.start)
            })
            .map(|(i, _)| i)
            .collect();
        for i in confirming.into_iter().rev() {
            phrases.remove(i);
        }
        // "The external gap assessment concluded that Northwind meets the
        // requirements": a step of the work that reports a finding is its
        // source, and the finding says where the organisation stands.
        phrases.retain(|p| {
            let reports_finding = tokens.get(p.end).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "concluded"
                        | "found"
                        | "confirmed"
                        | "showed"
                        | "concludes"
                        | "finds"
                        | "confirms"
                        | "shows"
                        | "demonstrated"
                        | "demonstrates"
                )
            }) && tokens.get(p.end + 1).is_some_and(|t| t.norm == "that");
            !(reports_finding && matches!(p.effect, Effect::Claim(ClaimedStatus::InProgress)))
        });
        // "Our certificate was issued by LRQA in 2024 after a Stage 2 audit":
        // a step of the work after "after" tells what came before the
        // certificate the clause says was issued.
        let held_here = phrases
            .iter()
            .any(|p| matches!(p.effect, Effect::Claim(ClaimedStatus::Achieved)));
        phrases.retain(|p| {
            let after = |i: usize| i >= hard.start && tokens[i].norm == "after";
            let told_before = p.start > hard.start
                && (after(p.start - 1)
                    || (p.start >= hard.start + 2
                        && matches!(
                            tokens[p.start - 1].norm.as_str(),
                            "a" | "an" | "the" | "our" | "its"
                        )
                        && after(p.start - 2)));
            !(held_here
                && told_before
                && matches!(p.effect, Effect::Claim(ClaimedStatus::InProgress)))
        });
        let pieces = sentences::soft_pieces(tokens, hard.clone());
        let mut previous_end: Option<usize> = None;
        // True once a label of goals has opened the list ("2027 goals: ...").
        let mut goals_listed = false;
        for range in merge_pieces(tokens, &pieces, &phrases, ctx.voc) {
            let after_colon = previous_end.is_some_and(|end| {
                (end.saturating_sub(1)..(range.start + 1).min(range.end))
                    .any(|i| tokens[i].norm == ":")
            });
            previous_end = Some(range.end);
            let mut clause = read_clause(tokens, range.clone(), &phrases, ctx);
            // "Our certification does not yet cover ISO 42001": the held
            // certificate and the framework it does not reach are read apart.
            let beyond = coverage::denied_coverage(tokens, range.clone(), ctx.voc)
                .and_then(|c| split_denied_coverage(tokens, &mut clause, &c).map(|b| (b, c)));
            // "Clients receive our Cyber Essentials certificate and our ISO
            // 27001 project plan": a project named with its framework is that
            // framework's work alone.
            let mut project = split_undertakings(tokens, &mut clause);
            let pending = split_pending(tokens, &mut clause);
            credentials_line(tokens, range.clone(), &mut clause, ctx);
            // "ISO 27001 certified: not yet": an answer of "not" after a
            // status label denies the label.
            let denial = clause.frameworks.is_empty()
                && clause
                    .predicates
                    .first()
                    .is_some_and(|p| p.kind == ClaimedStatus::Not && !p.negated);
            if after_colon
                && denial
                && let Some(label) = clauses.last_mut()
            {
                deny_label(label);
            }
            // "Holds ISO 27001 certification: No, in progress, target June
            // 2027": a bare "no" set off by punctuation denies the label, and
            // what follows it says where the label's framework stands instead.
            let bare_no = clause.frameworks.is_empty()
                && tokens[range.start].norm == "no"
                && range.start > 0
                && tokens[range.start - 1].norm == ":"
                && tokens.get(range.start + 1).is_some_and(|t| {
                    matches!(t.norm.as_str(), "," | "(" | "-" | "\u{2013}" | "\u{2014}")
                });
            if bare_no
                && let Some(label) = clauses.last_mut()
                && !label.frameworks.is_empty()
            {
                deny_label(label);
                clause.refers_back = true;
            }
            // "2027 goals: get ISO 27001 certified": what a label of goals
            // lists is ahead.
            goals_listed |=
                after_colon && clauses.last().is_some_and(|l| goal_label(tokens, l, ctx));
            let upkeep_here = clause.upkeep_word
                || range
                    .clone()
                    .any(|i| ctx.voc.maintenance_phrases.matches_at(tokens, i));
            if goals_listed && !upkeep_here {
                for p in &mut clause.predicates {
                    if matches!(
                        p.kind,
                        ClaimedStatus::Achieved | ClaimedStatus::Compliant | ClaimedStatus::Aligned
                    ) && !p.upkeep
                        && p.time == Time::Present
                    {
                        p.time = Time::Future { by_date: false };
                    }
                }
            }
            // "Equinix is certified to ISO 27001 and provides SOC 2 reports": a
            // clause that opens with its verb shares the subject before it.
            for p in &mut clause.predicates {
                if p.opens_without_subject
                    && let Some(holder) = before
                {
                    p.holder = holder;
                }
            }
            // "Suppliers must hold ISO 27001 or a current SOC 2 report": an
            // alternative after "or" that names no one of its own is the object
            // of the same verb, under the same condition and subject.
            let alternative = range.start > 0 && tokens[range.start - 1].norm == "or"
                || tokens.get(range.start).is_some_and(|t| t.norm == "or");
            // So is a second object after "and" that opens with its article
            // or adjective: "AWS holds ISO 27001 and a current SOC 2 Type II
            // report".
            let second_object = {
                let after_and = if range.start > 0 && tokens[range.start - 1].norm == "and" {
                    Some(range.start)
                } else {
                    tokens
                        .get(range.start)
                        .filter(|t| t.norm == "and")
                        .map(|_| range.start + 1)
                };
                after_and.is_some_and(|at| {
                    tokens[at..range.end].first().is_some_and(|t| {
                        matches!(t.norm.as_str(), "a" | "an" | "current" | "valid")
                    })
                })
            };
            if (alternative || second_object)
                && clause
                    .predicates
                    .iter()
                    .all(|p| p.holder == Subject::Organisation)
                // "... or can give us a current SOC 2 report": "us" as the
                // object names no new subject.
                && !tokens[range.clone()]
                    .iter()
                    .any(|t| t.norm != "us" && ctx.voc.org.matches_at(std::slice::from_ref(t), 0))
                && let Some(previous) = clauses.last().and_then(|c: &Clause| c.predicates.last())
            {
                let (holder, hypothetical) = (previous.holder, previous.hypothetical);
                for p in &mut clause.predicates {
                    p.holder = holder;
                    p.hypothetical |= hypothetical;
                }
            }
            if let Some(last) = clause.predicates.last() {
                before = Some(last.holder);
            }
            // "Our certificate was first awarded in 2023 and lapsed in April
            // 2026": a lapse verb that opens a clause after "and" ends the
            // certificate of the clause before.
            // So does one after an aside set off by commas ("Our certificate,
            // issued by BSI, expired in April"), with or without its auxiliary
            // ("has expired", "was withdrawn").
            let opening = first_word(tokens, range.clone());
            let lapse_opens = ctx.voc.lapses.matches_at(tokens, opening)
                || (LAPSE_AUXILIARIES.contains(&tokens[opening].norm.as_str())
                    && ctx.voc.lapses.matches_at(tokens, opening + 1));
            if clause.frameworks.is_empty()
                && range.start > 0
                && matches!(tokens[range.start - 1].norm.as_str(), "and" | ",")
                && clause.lapse.is_some()
                && lapse_opens
                && let Some(previous) = clauses.iter_mut().rev().find(|c| !c.frameworks.is_empty())
                && previous.lapse.is_none()
            {
                previous.lapse = clause.lapse;
            }
            // "Suppliers must hold Cyber Essentials Plus, which Northwind
            // achieved in 2026": a relative clause whose own subject is the
            // organisation says where it stands with the name before it.
            if let Some(previous) = clauses.last_mut() {
                take_relative_antecedent(tokens, range.clone(), previous, &mut clause, ctx);
            }
            // "Keel was certified from 2023 to 2026 and is certified again
            // today": a later time told after "and" overtakes the ended span.
            if let Some(previous) = clauses.last_mut() {
                take_over_ended_span(tokens, range.clone(), previous, &mut clause);
            }
            // "Keel held ISO 27001 until 2026 and is now working towards
            // recertification": the upkeep after a lapse told before is the
            // way back to a certificate, not one held.
            if clauses
                .iter()
                .any(|c: &Clause| c.lapse.is_some() || c.predicates.iter().any(|p| p.held_until))
                || certified_again_ahead(tokens, hard.clone())
            {
                clause.upkeep_word = false;
            }
            // "The 'ISO 27001 recertification' card moved to Now: the Stage
            // 1 review is booked": a first audit stage told after the upkeep
            // word, of the same certificate, shows it is being sought anew.
            if clause.frameworks.is_empty() && clause.predicates.iter().any(|p| p.first_stage) {
                for earlier in &mut clauses {
                    earlier.upkeep_word = false;
                }
            }
            // "We're working towards recertification; until then we're not
            // certified": the certificate denied outright after the upkeep
            // word is being sought anew, not kept.
            if clause.frameworks.is_empty() && clause.predicates.iter().any(denies_holding_now) {
                for earlier in &mut clauses {
                    earlier.upkeep_word = false;
                }
            }
            // The project's clause keeps its place in the text.
            if project
                .as_ref()
                .is_some_and(|p| first_named(tokens, p) < first_named(tokens, &clause))
            {
                clauses.extend(project.take());
            }
            match beyond {
                Some((denied, c)) if c.denied.start < c.held.start => {
                    clauses.push(denied);
                    clauses.push(clause);
                }
                Some((denied, _)) => {
                    clauses.push(clause);
                    clauses.push(denied);
                }
                None => clauses.push(clause),
            }
            clauses.extend(project);
            clauses.extend(pending);
        }
    }
    clauses
}

/// True for the organisation's plain denial that it holds a certificate now
/// ("we're not certified", "we are not currently certified").
fn denies_holding_now(p: &Predicate) -> bool {
    p.kind == ClaimedStatus::Achieved
        && p.negated
        && p.holder == Subject::Organisation
        && p.time == Time::Present
        && !p.hypothetical
}

/// True when the sentence tells of being certified again, still ahead ("we
/// are working towards recertification and expect to be certified again in
/// 2027"): its recertification is the way back after a lapse, not the upkeep
/// of a certificate held.
fn certified_again_ahead(tokens: &[Token], sentence: Range<usize>) -> bool {
    (sentence.start + 2..sentence.end).any(|i| {
        tokens[i].norm == "again"
            && matches!(tokens[i - 1].norm.as_str(), "certified" | "accredited")
            && matches!(tokens[i - 2].norm.as_str(), "be" | "become" | "get")
    })
}

/// "Keel remains ISO 42001 compliant pending the certificate": conformity
/// claimed now and a certificate still pending are two readings of one name.
/// The clause keeps the conformity, and the clause returned holds the
/// pending step and refers back to the name, so it reads beside it.
fn split_pending(tokens: &[Token], clause: &mut Clause) -> Option<Clause> {
    let conformity = clause
        .predicates
        .iter()
        .position(|p| matches!(p.kind, ClaimedStatus::Compliant | ClaimedStatus::Aligned))?;
    let pending = clause.predicates.iter().position(|p| {
        p.kind == ClaimedStatus::InProgress
            && tokens
                .iter()
                .find(|t| t.range.start == p.span.0)
                .is_some_and(|t| t.norm == "pending")
    })?;
    if pending < conformity || clause.frameworks.is_empty() {
        return None;
    }
    let predicates = clause.predicates.split_off(pending);
    Some(Clause::split_off(Vec::new(), predicates, true))
}

/// "Sprout: SOC 2 Type II.", "Keel \u{2014} Cyber Essentials Plus, ISO
/// 27001, ISO 42001.": a sentence that is the organisation's name, a colon
/// or dash, and nothing but framework names lists what it holds. A title
/// without a full stop ("## Northwind: ISO 27001") is a heading, read with
/// the text under it, and any status word in the clause reads as itself.
fn credentials_line(tokens: &[Token], range: Range<usize>, clause: &mut Clause, ctx: Ctx) {
    if !clause.predicates.is_empty() || clause.frameworks.is_empty() {
        return;
    }
    let opening = first_word(tokens, range.clone());
    let named = NameSets::find(&ctx.names.org, tokens, range.clone());
    let Some(&(_, name_end)) = named.iter().find(|&&(s, _)| s == opening) else {
        return;
    };
    let separator = tokens.get(name_end).filter(|t| {
        name_end < range.end && matches!(t.norm.as_str(), ":" | "\u{2014}" | "\u{2013}" | "-")
    });
    let full_stop = range.end == tokens.len() && tokens.last().is_some_and(|t| t.norm == ".");
    let names_only = (name_end + 1..range.end).all(|i| {
        matches!(tokens[i].kind, TokenKind::Mention(_))
            || matches!(
                tokens[i].norm.as_str(),
                "," | "." | "and" | "&" | "/" | "\u{b7}" | "|"
            )
    });
    if let Some(sep) = separator
        && full_stop
        && names_only
    {
        clause.predicates.push(Predicate::inferred(
            ClaimedStatus::Achieved,
            (sep.range.start, sep.range.end),
            Subject::Organisation,
        ));
    }
}

/// The token index of the first framework a clause names.
fn first_named(tokens: &[Token], clause: &Clause) -> Option<usize> {
    clause
        .frameworks
        .iter()
        .filter_map(|&m| tokens.iter().position(|t| t.kind == TokenKind::Mention(m)))
        .min()
}

/// Divides a clause in which a status phrase is a project noun phrase that
/// names its own framework ("our ISO 27001 project", "the SOC 2 programme")
/// beside other phrases about other frameworks ("our Cyber Essentials
/// certificate and our ISO 27001 project plan"): the clause returned holds
/// the project's frameworks and phrases, and `clause` keeps the rest.
fn split_undertakings(tokens: &[Token], clause: &mut Clause) -> Option<Clause> {
    let project_mention = |p: &Predicate| {
        tokens.windows(2).find_map(|w| match w[0].kind {
            TokenKind::Mention(m)
                if w[0].range.start >= p.span.0
                    && w[1].range.end <= p.span.1
                    && vocabulary::UNDERTAKINGS.contains(&w[1].norm.as_str()) =>
            {
                Some(m)
            }
            _ => None,
        })
    };
    let projects: Vec<usize> = clause
        .predicates
        .iter()
        .filter_map(project_mention)
        .collect();
    let others_held = clause
        .predicates
        .iter()
        .any(|p| project_mention(p).is_none());
    let rest = clause.frameworks.iter().any(|m| !projects.contains(m));
    if projects.is_empty() || !others_held || !rest {
        return None;
    }
    // A plan noun right after the project's phrase is the project's ("our
    // ISO 27001 project plan").
    let project_ends: Vec<usize> = clause
        .predicates
        .iter()
        .filter(|p| project_mention(p).is_some())
        .map(|p| p.span.1)
        .collect();
    let (own, kept): (Vec<Predicate>, Vec<Predicate>) =
        clause.predicates.drain(..).partition(|p| {
            project_mention(p).is_some()
                || project_ends
                    .iter()
                    .any(|&e| p.span.0 >= e && p.span.0 <= e + 1)
        });
    clause.predicates = kept;
    clause.frameworks.retain(|m| !projects.contains(m));
    Some(Clause::split_off(projects, own, false))
}

/// Divides a clause that denies a held certificate's coverage of a framework
/// ([`coverage::denied_coverage`]): `clause` keeps the certificate's side and
/// its held phrase, and the clause returned names the frameworks beyond the
/// coverage, read as not held (or as claiming nothing, when the denial only
/// bounds one certificate's scope). Nothing changes unless the certificate's
/// side holds a held phrase and the other side names a framework.
fn split_denied_coverage(
    tokens: &[Token],
    clause: &mut Clause,
    coverage: &coverage::DeniedCoverage,
) -> Option<Clause> {
    let bytes = |r: &Range<usize>| {
        let start = tokens[r.start].range.start;
        let end = tokens[r.end.max(r.start + 1) - 1].range.end;
        start..end
    };
    let held_bytes = bytes(&coverage.held);
    let holder = clause
        .predicates
        .iter()
        .find(|p| p.kind == ClaimedStatus::Achieved && held_bytes.contains(&p.span.0))
        .map(|p| (p.holder, p.hypothetical))?;
    let mention_in = |m: usize, r: &Range<usize>| {
        r.clone().any(|i| {
            tokens
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Mention(m))
        })
    };
    let denied: Vec<usize> = clause
        .frameworks
        .iter()
        .copied()
        .filter(|&m| mention_in(m, &coverage.denied))
        .collect();
    if denied.is_empty() {
        return None;
    }
    clause.frameworks.retain(|m| !denied.contains(m));
    clause.set_aside.retain(|m| !denied.contains(m));
    clause.predicates.retain(|p| held_bytes.contains(&p.span.0));
    for p in &mut clause.predicates {
        p.negated = false;
    }
    let (holder, hypothetical) = holder;
    let denial = bytes(&coverage.denial);
    let predicates = if coverage.not_held {
        vec![Predicate {
            hypothetical,
            ..Predicate::inferred(ClaimedStatus::Not, (denial.start, denial.end), holder)
        }]
    } else {
        Vec::new()
    };
    Some(Clause::split_off(denied, predicates, false))
}

/// Moves the framework that ends `previous` into `clause` when `clause` is a
/// relative clause on it ("..., which Northwind achieved in 2026", "...,
/// which we have implemented") with the organisation as its own subject, and
/// `previous` claims nothing of it for the organisation (a requirement on
/// suppliers, a statement about the standard).
fn take_relative_antecedent(
    tokens: &[Token],
    range: Range<usize>,
    previous: &mut Clause,
    clause: &mut Clause,
    ctx: Ctx,
) {
    let opening = first_word(tokens, range.clone());
    let Some(comma) = opening.checked_sub(1) else {
        return;
    };
    let antecedent = comma.checked_sub(1).and_then(|i| match tokens[i].kind {
        TokenKind::Mention(m) => Some(m),
        _ => None,
    });
    let subject_is_org = opening + 1 < range.end
        && (org_references(tokens, opening + 1..opening + 2, ctx).len() == 1
            || NameSets::find(&ctx.names.org, tokens, opening + 1..range.end)
                .first()
                .is_some_and(|&(s, _)| s == opening + 1));
    let relative = tokens[comma].norm == ","
        && matches!(tokens[opening].norm.as_str(), "which" | "that")
        && subject_is_org;
    let ours = !clause.predicates.is_empty()
        && clause
            .predicates
            .iter()
            .all(|p| p.holder == Subject::Organisation && !p.hypothetical);
    let not_ours_before = previous
        .predicates
        .iter()
        .all(|p| p.holder != Subject::Organisation || p.hypothetical);
    if let Some(m) = antecedent
        && relative
        && ours
        && not_ours_before
        && clause.frameworks.is_empty()
    {
        previous.frameworks.retain(|&f| f != m);
        clause.frameworks.push(m);
    }
}

/// True when `label` is a label of goals ("2027 goals", "Objectives",
/// "Next steps"): it names no framework and its only phrases are the
/// organisation's goal nouns.
fn goal_label(tokens: &[Token], label: &Clause, ctx: Ctx) -> bool {
    let text = ctx.text;
    label.frameworks.is_empty()
        && !label.predicates.is_empty()
        && label.predicates.iter().all(|p| {
            let words = text.get(p.span.0..p.span.1).unwrap_or("").to_lowercase();
            p.kind == ClaimedStatus::Planned
                && p.holder == Subject::Organisation
                && !p.negated
                && words
                    .split_whitespace()
                    .any(|w| vocabulary::GOAL_NOUNS.contains(&w))
        })
        && tokens.iter().any(|t| t.norm == ":")
        && !goal_reached(tokens)
}

/// Words that report a goal reached: "Objective: be SOC 2 compliant \u{2014}
/// done", "... \u{2014} 100%".
const GOAL_REACHED: &[&str] = &[
    "done",
    "complete",
    "completed",
    "achieved",
    "met",
    "\u{2705}",
];

/// True when the line of a goal reports it reached: a completion of 100% or
/// a word of completion at its end.
fn goal_reached(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| !matches!(t.norm.as_str(), "." | "!" | "\u{1f7e2}"))
        .map(|t| t.norm.as_str())
        .collect();
    let full = words.windows(2).any(|w| w == ["100", "fully"]);
    full || words.last().is_some_and(|w| GOAL_REACHED.contains(w))
}

/// Moves the frameworks of `previous` into `clause` when `previous` tells a
/// held span that ended ("Keel was certified from 2023 to 2026") and
/// `clause`, coordinated after "and" with no subject or framework of its
/// own, says where the organisation stands now ("and is certified again
/// today", "and now holds it once more").
fn take_over_ended_span(
    tokens: &[Token],
    range: Range<usize>,
    previous: &mut Clause,
    clause: &mut Clause,
) {
    let after_and = range.start > 0 && tokens[range.start - 1].norm == "and";
    let now = tokens[range.clone()]
        .iter()
        .any(|t| vocabulary::NOW_WORDS.contains(&t.norm.as_str()));
    let ended = !previous.predicates.is_empty()
        && previous
            .predicates
            .iter()
            .all(|p| p.held_until && p.holder == Subject::Organisation);
    let ours_now = !clause.predicates.is_empty()
        && clause.predicates.iter().all(|p| {
            p.holder == Subject::Organisation && !p.negated && !p.hypothetical && !p.held_until
        });
    if after_and
        && now
        && ended
        && ours_now
        && clause.frameworks.is_empty()
        && clause.lapse.is_none()
    {
        clause.frameworks.append(&mut previous.frameworks);
    }
}

/// Marks the held phrases of a status label as negated, when the answer
/// after it says "not".
fn deny_label(label: &mut Clause) {
    if label.frameworks.is_empty() {
        return;
    }
    for p in &mut label.predicates {
        if p.kind == ClaimedStatus::Achieved {
            p.negated = true;
        }
    }
}

/// Reads one clause from the status phrases that start in it.
fn read_clause(tokens: &[Token], group: Range<usize>, phrases: &[PhraseMatch], ctx: Ctx) -> Clause {
    let voc = ctx.voc;
    let frameworks: Vec<usize> = tokens[group.clone()]
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Mention(i) => Some(i),
            _ => None,
        })
        .collect();
    let refers_back = group.clone().any(|i| voc.anaphors.matches_at(tokens, i));
    let mut set_aside: Vec<usize> = group
        .clone()
        .filter_map(|i| match tokens[i].kind {
            TokenKind::Mention(m)
                if after_contrast(tokens, group.start, i)
                    || denied_alternative(tokens, i, group.end) =>
            {
                Some(m)
            }
            _ => None,
        })
        .collect();
    set_aside.extend(outside_undertakings(tokens, phrases, group.clone()));
    set_aside.extend(held_beside(tokens, phrases, group.clone()));
    set_aside.extend(naming_other_things(tokens, phrases, group.clone()));
    set_aside.extend(goal_after(tokens, phrases, group.clone()));
    set_aside.extend(beside_parenthesis(tokens, phrases, group.clone()));
    set_aside.sort_unstable();
    set_aside.dedup();
    let mut negators = voc.negators.find_all(tokens, group.clone());
    let negated_at = |negators: &[(usize, usize)], start: usize| {
        let window = start.saturating_sub(vocabulary::NEGATION_WINDOW);
        ending_in(negators, window, start).iter().any(|&(_, e)| {
            !(e..start)
                .any(|i| is_scope_barrier(&tokens[i]) || voc.org_subjects.matches_at(tokens, i))
        })
    };
    // "Not only certified but also ...": not a negation.
    negators.retain(|&(_, e)| {
        !tokens
            .get(e)
            .is_some_and(|t| matches!(t.norm.as_str(), "only" | "just" | "merely"))
    });
    // "Notify the customer of any lapse": a lapse named as a possibility, after
    // an indefinite or negative determiner, is not one that happened; nor is
    // one a negator reaches ("we have never lost it").
    let lapse_at = voc
        .lapses
        .find_all(tokens, group.clone())
        .into_iter()
        .find(|&(s, _)| {
            (s == 0 || !vocabulary::POSSIBILITY_DETERMINERS.contains(&tokens[s - 1].norm.as_str()))
                && !negated_at(&negators, s)
                && !let_lapse_denied(tokens, &negators, s)
                && !former_of_something_else(tokens, s, group.end)
        });
    let upkeep = !voc.maintenance.find_all(tokens, group.clone()).is_empty();
    let mut future = voc.future.find_all(tokens, group.clone());
    let mut conditionals = voc.conditionals.find_all(tokens, group.clone());
    // "In May 2025 we were certified": the month, not the modal verb.
    conditionals.retain(|&(s, e)| !(e == s + 1 && sentences::is_month_may(tokens, s)));
    // "Suppliers must hold Cyber Essentials Plus, as Harbour does": a
    // requirement that the organisation says it meets itself is a fact about
    // it, not a condition.
    if ctx.others_are_org {
        conditionals.retain(|&(s, _)| !matches!(tokens[s].norm.as_str(), "must" | "should"));
    }
    // "We would like to", "we'd love to": a wish, not a hypothetical; nor is
    // the salutation "To whom it may concern".
    conditionals.retain(|&(s, e)| {
        !tokens.get(e).is_some_and(|t| {
            matches!(t.norm.as_str(), "like" | "love" | "prefer")
                || (tokens[s].norm == "may" && t.norm == "concern")
                // "Before we were certified, we ran a gap analysis": a
                // clause of time told in the past sets no condition.
                || (tokens[s].norm == "before"
                    && (e..tokens.len().min(e + 2)).any(|i| {
                        let w = tokens[i].norm.as_str();
                        vocabulary::PAST_TENSE.contains(&w)
                            || vocabulary::OBTAINED.contains(&w)
                            || w == "became"
                    }))
                // "Before we start, you'll want to know we're certified": the
                // start of the talk, not a condition on the certificate.
                || (tokens[s].norm == "before"
                    && (e..tokens.len().min(e + 2)).any(|i| {
                        matches!(
                            tokens[i].norm.as_str(),
                            "start" | "begin" | "dive" | "proceed" | "continue"
                        )
                    }))
                // "Until then we hold basic Cyber Essentials": a span of time
                // up to now, not a condition.
                || (tokens[s].norm == "until"
                    && matches!(t.norm.as_str(), "then" | "now" | "today" | "recently"))
        })
    });
    // "Shah said Meridian would start the journey next year": "would" after a
    // verb of saying is the future reported, not a condition.
    let reported_future: Vec<(usize, usize)> = conditionals
        .iter()
        .copied()
        .filter(|&(s, _)| {
            tokens[s].norm == "would"
                && (group.start..s).any(|i| vocabulary::SAYING.contains(&tokens[i].norm.as_str()))
        })
        .collect();
    conditionals.retain(|c| !reported_future.contains(c));
    future.extend(reported_future);
    future.sort_unstable();
    // "When we achieved ISO 27001 in 2023, ...": a clause of time in the past
    // tells what happened; it is not ahead.
    // "..., when our current certificate expires": a clause of time that
    // waits for the certificate to end says it is held until then.
    future.retain(|&(s, e)| {
        !vocabulary::TIME_CONDITIONALS.contains(&tokens[s].norm.as_str())
            || !(e..group.end).any(|i| {
                matches!(
                    tokens[i].norm.as_str(),
                    "expires" | "expire" | "lapses" | "lapse"
                )
            })
    });
    future.retain(|&(s, e)| {
        !vocabulary::TIME_CONDITIONALS.contains(&tokens[s].norm.as_str())
            || !(e..group.end.min(e + 3)).any(|i| {
                let w = tokens[i].norm.as_str();
                vocabulary::PAST_TENSE.contains(&w)
                    || vocabulary::OBTAINED.contains(&w)
                    || w == "became"
            })
    });
    // "We will tell you if our certificate is suspended or withdrawn": a lapse
    // in the condition of an "if" is one that might happen, not one that did.
    let lapse = lapse_at
        .filter(|&(at, _)| {
            !lapse_in_condition(tokens, &conditionals, at) && !consequence_of_obligation(tokens, at)
        })
        .map(|(s, e)| (tokens[s].range.start, tokens[e - 1].range.end));
    set_aside.extend(after_inserted_condition(
        tokens,
        phrases,
        group.clone(),
        &conditionals,
    ));
    set_aside.extend(beyond_negated_aside(
        tokens,
        phrases,
        group.clone(),
        &negators,
    ));
    set_aside.sort_unstable();
    set_aside.dedup();
    let orgs = org_references(tokens, group.clone(), ctx);
    let mut suppliers = NameSets::find(&ctx.names.suppliers, tokens, group.clone());
    suppliers.extend(modifiers_dropped(
        ctx.text,
        tokens,
        voc.suppliers.find_all(tokens, group.clone()),
    ));
    suppliers.sort_unstable();
    // The organisation and the other parties named in the sentence up to the
    // end of this clause, for a pronoun that refers back to one of them.
    let so_far = 0..group.end;
    let named_earlier = org_references(tokens, so_far.clone(), ctx);
    let mut others_earlier = voc.third_parties.find_all(tokens, so_far.clone());
    others_earlier.extend(voc.suppliers.find_all(tokens, so_far.clone()));
    others_earlier.sort_unstable();
    let mut others_earlier = modifiers_dropped(ctx.text, tokens, others_earlier);
    others_earlier.extend(named_subjects(tokens, so_far.clone(), &named_earlier, ctx));
    others_earlier.extend(NameSets::find(&ctx.names.suppliers, tokens, so_far.clone()));
    // Any other capitalised name may be the party a pronoun stands for:
    // "Northwind uses Hetzner because they are certified".
    others_earlier.extend(
        so_far
            .filter(|&i| {
                i > 0
                    && tokens[i].kind == TokenKind::Word
                    && !covers(&named_earlier, i)
                    && ctx
                        .text
                        .get(tokens[i].range.clone())
                        .and_then(|w| w.chars().next())
                        .is_some_and(char::is_uppercase)
            })
            .map(|i| (i, i + 1)),
    );
    let others = Others {
        suppliers: not_ourselves(tokens, group.clone(), suppliers, &orgs, ctx),
        people: reporting_asides_dropped(
            tokens,
            people_as_subjects(ctx.text, tokens, voc.people.find_all(tokens, group.clone())),
        ),
        third: not_ourselves(
            tokens,
            group.clone(),
            {
                let mut third = modifiers_dropped(
                    ctx.text,
                    tokens,
                    voc.third_parties.find_all(tokens, group.clone()),
                );
                third.extend(named_subjects(tokens, group.clone(), &orgs, ctx));
                third.extend(quantified_plurals(tokens, group.clone()));
                third.sort_unstable();
                agents_dropped(
                    tokens,
                    addressees_dropped(
                        tokens,
                        reported_pronouns_dropped(
                            tokens,
                            third,
                            &orgs,
                            &named_earlier,
                            &others_earlier,
                        ),
                    ),
                    group.clone(),
                )
            },
            &orgs,
            ctx,
        ),
        generic: not_ourselves(
            tokens,
            group.clone(),
            general_statements(tokens, group.clone(), &orgs, ctx),
            &orgs,
            ctx,
        ),
    };
    let others = others.without(&orgs);
    let all_others = others.all();
    // "Each data centre we use is ISO 27001 certified": a "we" right after
    // the party's noun opens a relative clause on it, and is not the
    // subject of the main verb.
    // "Equinix tells us its site is certified": "us" after a verb of telling
    // is the audience, never the subject of what is told.
    let orgs: Vec<(usize, usize)> = orgs
        .into_iter()
        .filter(|&(s, _)| !opens_reduced_relative(tokens, s, &all_others, group.end))
        .filter(|&(s, _)| !told_audience(tokens, s))
        .collect();

    // A conditional next to a reader or third party ("if you need", "customers
    // may request") is their condition, not ours.
    // "The judges should note that Northwind is certified": a modal on a
    // verb of noting leaves the fact after "that" standing.
    // "You'll want to know we're certified": the noting verb may follow
    // "want to" or "need to", and "that" may be left out.
    let notes_a_fact = |e: usize| {
        let is_noting = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| vocabulary::NOTING_VERBS.contains(&t.norm.as_str()))
        };
        let noting = if is_noting(e) {
            e
        } else if tokens.get(e + 1).is_some_and(|t| t.norm == "to") && is_noting(e + 2) {
            e + 2
        } else {
            return false;
        };
        orgs.iter().any(|&(os, _)| os == noting + 1)
            || (noting + 1..group.end.min(noting + 4))
                .any(|j| tokens[j].norm == "that" && orgs.iter().any(|&(os, _)| os == j + 1))
    };
    let condition_ends = conditionals
        .iter()
        .filter(|&&(s, e)| {
            let reader_after = touches(&all_others, s, e);
            let reader_before = s > group.start && touches(&all_others, s - 1, s);
            !(reader_after || reader_before || notes_a_fact(e))
        })
        // A condition covers what follows its first word, the words it matched
        // included: in "after our ISO 27001 certification is complete" the
        // noun phrase "our ... certification" is inside the condition.
        .map(|&(s, _)| s + 1)
        .min();

    // "... and provides SOC 2 reports": the clause opens with its verb after a
    // conjunction, so its subject is the one before it.
    // So does one whose subject is an indefinite pronoun ("... and one is
    // certified").
    let opening = first_word(tokens, group.clone());
    let after_conjunction = group.start > 0
        && vocabulary::CONJUNCTIONS.contains(&tokens[group.start - 1].norm.as_str());
    // "... and makes SOC 2 reports available", "AWS: ISO 27001 certified;
    // publishes SOC 2 reports": a clause after "and" or a semicolon that
    // opens with a finite verb has no subject of its own either.
    let after_semicolon = group.start > 0 && tokens[group.start - 1].norm == ";";
    let opens_with_verb = (after_conjunction
        && phrases.iter().any(|p| p.start == opening && !p.own_org))
        || ((after_conjunction || after_semicolon)
            && opening == group.start
            && is_finite_verb(&tokens[opening]));
    let pronoun_subject = subject_words::INDEFINITE_PRONOUNS
        .contains(&tokens[opening].norm.as_str())
        && tokens
            .get(opening + 1)
            .is_some_and(|t| subject_words::SUBJECT_VERBS.contains(&t.norm.as_str()));
    let shares_subject = opens_with_verb || pronoun_subject;
    // "None of our products are certified yet": a negative subject negates the
    // predicate of its clause, but not a possessive noun phrase that is the
    // object of another verb ("no customer has asked for our SOC 2 report"),
    // nor a phrase past a comma, a new subject or a dash.
    let negative_subject = vocabulary::NEGATIVE_SUBJECTS.contains(&tokens[opening].norm.as_str())
        && tokens.get(opening + 1).is_some_and(|t| {
            t.kind != TokenKind::Punct && !matches!(t.norm.as_str(), "matter" | "doubt" | "wonder")
        });
    let negative_subject_reaches = |start: usize| {
        negative_subject
            && start > opening
            && !is_possessive(&tokens[start])
            && !(opening + 1..start).any(|i| {
                is_scope_barrier(&tokens[i])
                    || tokens[i].norm == ","
                    || voc.org_subjects.matches_at(tokens, i)
            })
    };
    let mut predicates = Vec::new();
    let mut negated_intent = false;
    let mut work_not_begun = false;
    // Phrases are sorted by start: take those that start in this group.
    let first = phrases.partition_point(|m| m.start < group.start);
    let last = phrases.partition_point(|m| m.start < group.end);
    for m in &phrases[first..last] {
        let Effect::Claim(mut kind) = m.effect else {
            continue;
        };
        // "Achieve our first ISO 42001 certification", "begin our ISO 42001
        // journey", "start a SOC 2 readiness project": a possessive or
        // indefinite noun phrase after the bare form of a verb of obtaining or
        // beginning is a goal.
        let opens_noun_phrase = |t: &Token| {
            is_possessive(t) || vocabulary::INDEFINITE_ARTICLES.contains(&t.norm.as_str())
        };
        let noun_phrase_start = if m.start > group.start && opens_noun_phrase(&tokens[m.start - 1])
        {
            m.start - 1
        } else {
            m.start
        };
        // A subject right before the verb makes it finite, not a goal:
        // "clients receive our certificate".
        // So does another party with a modal of ability: "partners can get
        // our SOC 2 report under NDA" (the report exists to be had).
        let verb_has_subject = noun_phrase_start >= group.start + 2 && {
            let before_verb = noun_phrase_start - 2;
            covers(&all_others, before_verb)
                || covers(&orgs, before_verb)
                || (before_verb > group.start
                    && matches!(tokens[before_verb].norm.as_str(), "can" | "may")
                    && covers(&all_others, before_verb - 1))
        };
        if matches!(kind, ClaimedStatus::Achieved | ClaimedStatus::InProgress)
            && opens_noun_phrase(&tokens[noun_phrase_start])
            && noun_phrase_start > group.start
            && vocabulary::GOAL_VERBS.contains(&tokens[noun_phrase_start - 1].norm.as_str())
            && !verb_has_subject
        {
            kind = ClaimedStatus::Planned;
        }
        // "Every plan is covered by our ISO 27001 certificate": a plan after a
        // quantifier is something sold.
        if kind == ClaimedStatus::Planned
            && matches!(tokens[m.start].norm.as_str(), "plan" | "plans")
            && m.start > group.start
            && vocabulary::PRODUCT_PLAN_DETERMINERS.contains(&tokens[m.start - 1].norm.as_str())
        {
            continue;
        }
        // "Harbour expects to pursue ISO 42001 certification from 2027": an
        // expectation of starting the work is a plan.
        if kind == ClaimedStatus::InProgress
            && tokens[m.start].norm.starts_with("expect")
            && tokens.get(m.start + 1).is_some_and(|t| t.norm == "to")
            && tokens.get(m.start + 2).is_some_and(|t| {
                m.start + 2 < m.end && vocabulary::WORK_STARTS.contains(&t.norm.as_str())
            })
        {
            kind = ClaimedStatus::Planned;
        }
        // "Sprout intends to go for Cyber Essentials": work introduced by a
        // verb of intent is a plan.
        if kind == ClaimedStatus::InProgress
            && m.start >= group.start + 2
            && tokens[m.start - 1].norm == "to"
            && vocabulary::INTENT_VERBS.contains(&tokens[m.start - 2].norm.as_str())
        {
            kind = ClaimedStatus::Planned;
        }
        // "Our ISO 42001 certification project": a held phrase that modifies a
        // noun of undertaking names the goal of work under way.
        if kind == ClaimedStatus::Achieved
            && tokens
                .get(m.end)
                .is_some_and(|t| vocabulary::UNDERTAKINGS.contains(&t.norm.as_str()))
        {
            kind = ClaimedStatus::InProgress;
        }
        // "We stopped being certified": the state after a verb of ceasing
        // ended, unless a negator denies the ceasing ("never stopped being
        // certified").
        if m.start > group.start
            && vocabulary::CESSATIONS.contains(&tokens[m.start - 1].norm.as_str())
            && (kind == ClaimedStatus::Achieved || tokens[m.start].norm == "being")
        {
            let ceasing_denied = negated_at(&negators, m.start - 1)
                || negated_through_verb_chain(tokens, &negators, m.start - 1);
            kind = if ceasing_denied {
                ClaimedStatus::Achieved
            } else {
                ClaimedStatus::Lapsed
            };
        }
        // "Our certification audit takes place in March": a certificate word
        // that modifies a noun of a step names the step, not a certificate.
        if kind == ClaimedStatus::Achieved
            && tokens
                .get(m.end)
                .is_some_and(|t| vocabulary::CERTIFICATE_MODIFIED.contains(&t.norm.as_str()))
            && tokens[m.end - 1].norm.starts_with("certif")
        {
            continue;
        }
        // "Our ISO 27001 certification checklist", "our SOC 2 report
        // template": a certificate noun that modifies a noun of a product
        // names what is sold or published.
        if kind == ClaimedStatus::Achieved
            && subject_words::CERTIFICATE_NOUNS.contains(&tokens[m.end - 1].norm.as_str())
            && tokens
                .get(m.end)
                .is_some_and(|t| vocabulary::PRODUCT_NOUNS.contains(&t.norm.as_str()))
        {
            continue;
        }
        // "We can help with ISO 27001 certification": "with" governed by the
        // word before it names no possession.
        if tokens[m.start].norm == "with" && with_governed(tokens, m.start) {
            continue;
        }
        // "A: Yes" labels an answer; "Cyber Essentials: Yes" states a status.
        if tokens[m.start].norm == ":"
            && m.start > 0
            && vocabulary::ANSWER_LABELS.contains(&tokens[m.start - 1].norm.as_str())
        {
            continue;
        }
        // "ISO 27001: no exceptions were raised": a "no" after a colon that
        // opens a noun phrase answers nothing.
        if tokens[m.start].norm == ":"
            && kind == ClaimedStatus::Not
            && m.end < group.end
            && tokens[m.end].kind == TokenKind::Word
        {
            continue;
        }
        // "Our ISO 27001 scope does not yet cover the new office": "not yet"
        // before a verb of handling denies the handling of what is held, unless
        // the framework is its object ("does not yet cover ISO 42001").
        if kind == ClaimedStatus::Not
            && handling_verb_after(tokens, m.start + 1, group.end).is_some_and(|v| {
                !(v..group.end).any(|i| matches!(tokens[i].kind, TokenKind::Mention(_)))
            })
        {
            continue;
        }
        let negated_before = (negated_at(&negators, m.start)
            || negated_through_verb_chain(tokens, &negators, m.start))
            && negation_reaches(tokens, &negators, m, group.end);
        let negated_inside = m.wild.iter().any(|&w| starts_at(&negators, w));
        // "Our certificate has not lapsed": the negator after the phrase
        // belongs to a verb of ceasing, which it denies.
        let negated_after = voc
            .negators_after
            .longest_at(tokens, m.end)
            .is_some_and(|e| {
                e <= group.end
                    && !tokens[e..group.end.min(e + 2)]
                        .iter()
                        .any(|t| vocabulary::CESSATIONS.contains(&t.norm.as_str()))
                    // "Our SOC 2 report isn't something we hide", "isn't just
                    // a badge": a negated copula with a complement denies the
                    // complement, not the thing.
                    && !tokens.get(e).is_some_and(|t| {
                        e < group.end && vocabulary::COMPLEMENT_OPENERS.contains(&t.norm.as_str())
                    })
                    && !due_later(tokens, e)
            });
        let negated =
            negated_before || negated_inside || negated_after || negative_subject_reaches(m.start);
        // "Not yet certified" reads as not held, and so does work not begun
        // ("we have not started ISO 42001"); any other negated phrase ("no
        // plans to") claims nothing.
        let not_begun = vocabulary::BEGINNINGS.contains(&tokens[m.start].norm.as_str());
        work_not_begun |= negated && not_begun;
        if negated && !not_begun && !matches!(kind, ClaimedStatus::Achieved | ClaimedStatus::Not) {
            negated_intent = true;
            continue;
        }
        // "Verified review: \"Harbour's SOC 2 report was thorough.\"": a
        // quote whose phrase opens with the organisation's name reports a
        // claim about it, not words talked about.
        let named_first = tokens[m.start].norm == "our"
            && ctx
                .text
                .get(tokens[m.start].range.clone())
                .is_some_and(|w| !w.eq_ignore_ascii_case("our"));
        let holder = if !named_first
            && (quoted(tokens, m, group.clone())
                && !quote_names_org(tokens, m, group.clone(), &orgs)
                || content_of_text(tokens, m, group.clone()))
        {
            // "“ISO 42001 compliant” is not the same as certified": the words
            // are talked about, not used.
            Subject::Standard
        } else if let Some(holder) = recipient(tokens, m, &orgs, &others, group.end) {
            holder
        } else if introduced_as_ourselves(tokens, m, group.clone(), ctx) {
            Subject::Organisation
        } else if kind == ClaimedStatus::InProgress
            && (activity_for_others(tokens, m.end, group.end, &others.third)
                || beneficiaries_doing(tokens, m, ctx.text))
        {
            // "An ISO 42001 gap analysis of the Client's AI use cases", "a
            // SOC 2 readiness assessment for each client": work done for
            // another party is towards their goal.
            Subject::ThirdParty
        } else {
            let subjects = outside_asides(tokens, group.clone(), &orgs, &all_others, m.start);
            let holder = its_subject(tokens, m, &subjects, &others, ctx.text)
                .or_else(|| {
                    coordinated_with_other_subject(tokens, m, &subjects, &others, group.clone())
                })
                .unwrap_or_else(|| {
                    about_someone_else(tokens, m, &subjects, &others, group.clone())
                        .unwrap_or(Subject::Organisation)
                });
            // "Harbour's CISO on preparing for our first certification
            // audit": a person's work towards the organisation's own step is
            // the organisation's work.
            if holder == Subject::Person
                && kind == ClaimedStatus::InProgress
                && tokens
                    .get(m.end)
                    .is_some_and(|t| m.end < group.end && t.norm == "our")
            {
                Subject::Organisation
            } else {
                holder
            }
        };
        // "... holds ISO 27001, ISO 27017 and ISO 27018 certifications and
        // publishes SOC 2 reports": a verb phrase right after "and" inside a
        // clause that names no one before it is coordinated with the verb of
        // the clause before.
        // So is one whose finite verb comes just before the framework
        // ("... and supplies SOC 2 reports on request").
        let verb_after_conjunction = (m.start > group.start
            && vocabulary::CONJUNCTIONS.contains(&tokens[m.start - 1].norm.as_str())
            && tokens[m.start].norm.ends_with('s')
            || (group.start..m.start)
                .rev()
                .find(|&i| {
                    !matches!(tokens[i].kind, TokenKind::Mention(_))
                        && !matches!(tokens[i].norm.as_str(), "a" | "an" | "its" | "their")
                })
                .is_some_and(|v| {
                    v > group.start
                        && vocabulary::CONJUNCTIONS.contains(&tokens[v - 1].norm.as_str())
                        && is_finite_verb(&tokens[v])
                }))
            && all_others.iter().all(|&(s, _)| s >= m.start);
        let opens_without_subject = (shares_subject || verb_after_conjunction)
            && holder == Subject::Organisation
            && !m.own_org
            && last_end_before(&orgs, m.start).is_none();
        // "Our ISO 27001 certificate will follow", "... should follow": a
        // possessive noun phrase is the subject of the modal right after it.
        let possessive = [Some(m.start), m.start.checked_sub(1)]
            .into_iter()
            .flatten()
            .any(|i| subject_words::POSSESSIVES.contains(&tokens[i].norm.as_str()));
        let modal_after = |markers: &[(usize, usize)]| possessive && starts_at(markers, m.end);
        // "Investigate what an ISO 42001 certificate would involve": a
        // certificate of any kind before a modal of condition is supposed.
        let indefinite = [Some(m.start), m.start.checked_sub(1)]
            .into_iter()
            .flatten()
            .any(|i| vocabulary::INDEFINITE_ARTICLES.contains(&tokens[i].norm.as_str()));
        let window = m.start.saturating_sub(vocabulary::FUTURE_WINDOW);
        // "You will maintain our ISO 42001 compliant framework": a status word
        // that qualifies a noun inside a possessive noun phrase describes what
        // exists; the future belongs to the verb before it.
        let in_future = ending_in(&future, window, m.start).iter().any(|&(s, e)| {
            let possessive_between = (e..m.start + 1).any(|i| is_possessive(&tokens[i]));
            !(possessive_between && attributive(tokens, m)
                || hands_over_what_is_held(tokens, e, m, group.end)
                || past_clause_of_time(tokens, s, e, m.start))
        });
        let in_future = in_future || subject_of_clause_of_time_ahead(tokens, &future, m, group.end);
        let time = if !in_future && !modal_after(&future) {
            if told_as_history(tokens, m, kind, group.start) {
                Time::Past
            } else {
                Time::Present
            }
        } else {
            Time::Future {
                by_date: has_target_date(tokens, m.end, group.end),
            }
        };
        // "Our ISO 27001 auditor will visit in March": the auditor's visit
        // ahead says nothing of where the certificate stands.
        if kind == ClaimedStatus::Achieved
            && time != Time::Present
            && vocabulary::AUDITOR_NOUNS.contains(&tokens[m.end - 1].norm.as_str())
        {
            continue;
        }
        // "ISO 27001 certified by Q3 2027": a held phrase in the present with
        // a deadline after it is a goal with a date, so work under way (in
        // the future, `reading` makes the same inference from the date).
        if kind == ClaimedStatus::Achieved
            && time == Time::Present
            && !voc.maintenance_phrases.matches_at(tokens, m.start)
            && (has_deadline(tokens, m.end, group.end)
                || deadline_label(tokens, group.start, m.start))
        {
            kind = ClaimedStatus::InProgress;
        }
        let completed_step = tokens[m.start].norm == "stage"
            && tokens
                .get(m.start + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "2" | "two"))
            && (group.start..m.start)
                .chain(m.end..group.end.min(m.end + 2))
                .chain(
                    // "The Stage 2 audit for ISO 42001 was passed in
                    // January": the passive further on, within its clause.
                    (m.end..group.end.min(m.end + 7))
                        .take_while(|&i| tokens[i].kind != TokenKind::Punct)
                        .filter(|&i| {
                            i > 0 && matches!(tokens[i - 1].norm.as_str(), "was" | "were" | "been")
                        }),
                )
                .chain(
                    // "Stage 2 audit for ISO 27001: passed", "... = passed":
                    // the value of a label that names the stage.
                    (m.end..group.end)
                        .find(|&i| matches!(tokens[i].norm.as_str(), ":" | "="))
                        .map(|i| i + 1),
                )
                .any(|i| vocabulary::STEP_DONE.contains(&tokens[i].norm.as_str()));
        // "Our journey to ISO 42001 certification ended in February", "we
        // have completed our ISO 27001 project": a process named as a whole
        // and said to be done has reached its end, the certificate.
        // The noun may follow the phrase: "our ISO 42001 certification
        // project".
        let process_end = if m.end < group.end { m.end + 1 } else { m.end };
        let completed_step = completed_step
            || (timeline::names_a_process(&tokens[m.start..process_end])
                && (group.start..group.end)
                    .any(|i| vocabulary::STEP_DONE.contains(&tokens[i].norm.as_str()))
                && !(group.start..group.end).any(|i| {
                    vocabulary::NEGATORS.contains(&tokens[i].norm.as_str())
                        || tokens[i].norm == "yet"
                }));
        // "Getting ISO 42001 certified was hard work": becoming certified,
        // the subject of a past verb, is told as done. "... was our goal for
        // 2026" still names it as an aim.
        let completed_step = completed_step
            || (tokens[m.start].norm == "getting"
                && first_word(tokens, group.clone()) == m.start
                && tokens.get(m.end).is_some_and(|t| {
                    m.end < group.end && vocabulary::PAST_OF_A_WHOLE.contains(&t.norm.as_str())
                })
                && !(m.end..group.end).any(|i| {
                    vocabulary::GOAL_NOUNS.contains(&tokens[i].norm.as_str())
                        || vocabulary::NEGATORS.contains(&tokens[i].norm.as_str())
                }));
        // A phrase that opens with the comma before it (", holding ISO
        // 27001") is shown from its first word.
        let first_shown = (m.start..m.end)
            .find(|&i| tokens[i].norm != ",")
            .unwrap_or(m.start);
        predicates.push(Predicate {
            kind,
            span: (tokens[first_shown].range.start, tokens[m.end - 1].range.end),
            holder,
            negated,
            // "Why Meridian should win: our certification is in progress": a
            // condition ends at a colon.
            hypothetical: condition_ends
                .is_some_and(|e| e <= m.start && !(e..m.start).any(|i| tokens[i].norm == ":"))
                || modal_after(&conditionals)
                || (indefinite && starts_at(&conditionals, m.end))
                || (kind == ClaimedStatus::Lapsed && consequence_of_obligation(tokens, m.start)),
            time,
            held_until: held_until(tokens, m, group.clone()),
            // "keep our ISO 27001 certificate current": a verb of upkeep
            // right before a possessive phrase makes it the upkeep's object.
            upkeep: voc.maintenance_phrases.matches_at(tokens, m.start)
                || (m.start > group.start
                    && is_possessive(&tokens[m.start])
                    && voc.maintenance_phrases.matches_at(tokens, m.start - 1)),
            completed_step,
            first_stage: tokens[m.start].norm == "stage"
                && tokens
                    .get(m.start + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "1" | "one")),
            opens_without_subject,
        });
    }
    // "We will maintain our ISO 27001 certification": a phrase inside the
    // phrase of an upkeep verb is the upkeep's object, kept in any tense.
    let upkeep_spans: Vec<(usize, usize)> = predicates
        .iter()
        .filter(|p| p.upkeep)
        .map(|p| p.span)
        .collect();
    for p in &mut predicates {
        p.upkeep |= upkeep_spans
            .iter()
            .any(|&(s, e)| s <= p.span.0 && p.span.0 < e);
    }
    if !upkeep
        && !group
            .clone()
            .any(|i| voc.maintenance_phrases.matches_at(tokens, i))
    {
        still_ahead(tokens, &mut predicates);
    }
    // "Cyber Essentials certificate: No": an answer of "no" after a colon
    // denies the held phrase of the label before it.
    let denial_at = predicates
        .iter()
        .find(|p| {
            p.kind == ClaimedStatus::Not
                && !p.negated
                && ctx
                    .text
                    .get(p.span.0..p.span.1)
                    .is_some_and(|w| w.starts_with(':'))
        })
        .map(|p| p.span.0);
    if let Some(at) = denial_at {
        for p in &mut predicates {
            if p.kind == ClaimedStatus::Achieved && p.span.1 <= at {
                p.negated = true;
            }
        }
    }
    // "Work towards SOC 2 has not begun": the work named is what has not
    // started, so it is no work under way.
    if work_not_begun {
        predicates.retain(|p| p.negated || p.kind != ClaimedStatus::InProgress);
    }
    confirmed_conformity(ctx.text, tokens, &mut predicates);
    for_others_goal(tokens, &mut predicates, &others.third, group.start);
    shared_with_us(tokens, &mut predicates, &orgs, group.clone());
    drop_superseded(tokens, &mut predicates);
    // "We let it lapse in 2024 and were certified again in 2026": a held
    // phrase after the lapse that says the certificate is back ends the lapse.
    let lapse = lapse.filter(|&(_, end)| {
        !predicates.iter().any(|p| {
            p.kind == ClaimedStatus::Achieved
                && !p.negated
                && p.span.0 >= end
                && timeline::recovers(
                    &tokens[group.clone()]
                        .iter()
                        .filter(|t| t.range.start >= end)
                        .cloned()
                        .collect::<Vec<_>>(),
                )
        })
    });
    Clause {
        frameworks,
        set_aside,
        predicates,
        refers_back,
        lapse,
        upkeep_word: upkeep,
        negated_intent,
    }
}

/// "SOC 2 compliance \u{2705}", "ISO 27001 aligned \u{2713}": a check mark
/// right after a phrase of conformity or alignment confirms that phrase; it
/// does not add a certificate held.
fn confirmed_conformity(text: &str, tokens: &[Token], predicates: &mut Vec<Predicate>) {
    let index_at = |byte: usize| tokens.iter().position(|t| t.range.start >= byte);
    let conformity: Vec<usize> = predicates
        .iter()
        .filter(|p| matches!(p.kind, ClaimedStatus::Compliant | ClaimedStatus::Aligned))
        .filter_map(|p| index_at(p.span.1))
        .collect();
    predicates.retain(|p| {
        let mark = text
            .get(p.span.0..p.span.1)
            .is_some_and(|w| vocabulary::STATUS_MARKS.contains(&w));
        !(p.kind == ClaimedStatus::Achieved
            && mark
            && index_at(p.span.0).is_some_and(|at| conformity.contains(&at)))
    });
}

/// "Our ISO 27001 certificate, SOC 2 report and, once our audit completes in
/// 2027, Cyber Essentials Plus": a condition inserted between commas after
/// every status phrase of the clause governs the names after it, which take
/// no status from the phrases before it.
fn after_inserted_condition(
    tokens: &[Token],
    phrases: &[PhraseMatch],
    group: Range<usize>,
    conditionals: &[(usize, usize)],
) -> Vec<usize> {
    let claims = claims_in(phrases, group.clone());
    let Some(&(at, _)) = conditionals.iter().find(|&&(s, _)| {
        s > group.start && tokens[s - 1].norm == "," && claims.iter().all(|p| p.start < s)
    }) else {
        return Vec::new();
    };
    let Some(closed) = (at..group.end).find(|&i| tokens[i].norm == ",") else {
        return Vec::new();
    };
    (closed..group.end)
        .filter_map(|i| match tokens[i].kind {
            TokenKind::Mention(m) => Some(m),
            _ => None,
        })
        .collect()
}

/// How many words may stand between "and" after our name and another party
/// for the two to be one coordinated subject: "Northwind and its hosting
/// provider".
const COORDINATION_REACH: usize = 5;

/// How many tokens after a held phrase the participle of a conferring
/// passive may stand: "certificate | was | issued to".
const RECIPIENT_REACH: usize = 3;

/// "The certification was given to Meridian", "ISO 27001 was granted to
/// Equinix": a certificate conferred on a recipient named right after "to"
/// is the recipient's, whoever is named before it (the certificate itself,
/// or the body that issued it). `None` when no party follows "to".
fn recipient(
    tokens: &[Token],
    m: &PhraseMatch,
    orgs: &[(usize, usize)],
    others: &Others,
    end: usize,
) -> Option<Subject> {
    let conferred = |i: usize| {
        subject_words::CONFERRING_PARTICIPLES.contains(&tokens[i].norm.as_str())
            && tokens.get(i + 1).is_some_and(|t| t.norm == "to")
    };
    // The participle ends the phrase ("was given to") or follows it with at
    // most a copula between ("the ISO 27001 certificate was issued to").
    let participle = (m.start..end.min(m.end + RECIPIENT_REACH)).find(|&i| conferred(i))?;
    let mut at = participle + 2;
    if tokens
        .get(at)
        .is_some_and(|t| at < end && matches!(t.norm.as_str(), "the" | "a" | "an"))
    {
        at += 1;
    }
    if at >= end {
        return None;
    }
    if covers(orgs, at) || starts_at(orgs, at) {
        Some(Subject::Organisation)
    } else {
        let all = others.all();
        (covers(&all, at) || starts_at(&all, at)).then(|| others.kind_at(at))
    }
}

/// "You are now working with an ISO 27001 certified supplier", "join an ISO
/// 27001-certified robotics company": a phrase inside the noun phrase that an
/// introduction to the reader opens, ending in a role noun, describes the
/// organisation itself, unless the clause names a supplier who could be that
/// role.
fn introduced_as_ourselves(
    tokens: &[Token],
    m: &PhraseMatch,
    group: Range<usize>,
    ctx: Ctx,
) -> bool {
    let Some(&(_, opened)) = ctx
        .voc
        .introductions
        .find_all(tokens, group.clone())
        .iter()
        .rfind(|&&(_, e)| e <= m.start)
    else {
        return false;
    };
    let modifiers_only = m.start - opened <= subject_words::INTRODUCED_NOUN_PHRASE
        && (opened..m.start).all(|i| tokens[i].kind != TokenKind::Punct || tokens[i].norm == "-");
    let role_after = (m.end..group.end.min(m.end + 3)).any(|i| {
        let w = tokens[i].norm.as_str();
        subject_words::DEFINED_TERMS.contains(&w) || subject_words::INTRODUCED_ROLES.contains(&w)
    });
    modifiers_only && role_after && NameSets::find(&ctx.names.suppliers, tokens, group).is_empty()
}

/// "We have yet to finish our ISO 42001 certification", "our ISO 42001
/// certificate is still to come", "certification remains outstanding": a
/// phrase that says a step is still ahead denies the held phrase that is its
/// subject (right before it) or the object of its verb (right after it).
/// The caller skips a clause with an upkeep word: "our certificate has yet
/// to be renewed" is of one held.
fn still_ahead(tokens: &[Token], predicates: &mut [Predicate]) {
    let index_at = |byte: usize| tokens.iter().position(|t| t.range.start >= byte);
    let index_ending = |byte: usize| tokens.iter().rposition(|t| t.range.end <= byte);
    let ahead: Vec<(usize, usize)> = predicates
        .iter()
        .filter(|p| p.kind == ClaimedStatus::Not && !p.negated && !p.hypothetical)
        .filter_map(|p| Some((index_at(p.span.0)?, index_ending(p.span.1)? + 1)))
        .filter(|&(s, e)| {
            tokens[s..e]
                .iter()
                .any(|t| vocabulary::STILL_AHEAD.contains(&t.norm.as_str()))
        })
        .collect();
    if ahead.is_empty() {
        return;
    }
    for p in predicates.iter_mut() {
        if p.kind != ClaimedStatus::Achieved || p.negated {
            continue;
        }
        let (Some(start), Some(last)) = (index_at(p.span.0), index_ending(p.span.1)) else {
            continue;
        };
        // The subject right before the phrase, or the object within the
        // verb's reach after it ("yet to finish our ... certification").
        if ahead
            .iter()
            .any(|&(s, e)| last + 1 == s || (start >= e && start <= e + 2))
        {
            p.negated = true;
        }
    }
}

/// "ISO 42001 moved from in progress to certified", "in progress \u{279c}
/// certified": a status left for a held one later in the clause is the
/// earlier step of a story, and the held one is where it stands.
fn drop_superseded(tokens: &[Token], predicates: &mut Vec<Predicate>) {
    let index_at = |byte: usize| tokens.iter().position(|t| t.range.start >= byte);
    let held: Vec<(usize, usize)> = predicates
        .iter()
        .filter(|p| p.kind == ClaimedStatus::Achieved && !p.negated)
        .map(|p| p.span)
        .collect();
    predicates.retain(|p| {
        if p.kind == ClaimedStatus::Achieved || p.negated {
            return true;
        }
        let (Some(start), Some(end)) = (index_at(p.span.0), index_at(p.span.1)) else {
            return true;
        };
        !held.iter().any(|&(later, _)| {
            later >= p.span.1
                && index_at(later).is_some_and(|at| {
                    timeline::moves_on(&tokens[start.saturating_sub(3)..start], &tokens[end..at])
                })
        })
    });
}

/// "Keel provides the Customer with a copy of its current SOC 2 report": an
/// "its" right before or at the start of the phrase stands for the subject of
/// the clause, whoever is named first ("Equinix sends Keel its report" is
/// Equinix's), but not a possessor ("Keel's supplier shares its report").
fn its_subject(
    tokens: &[Token],
    m: &PhraseMatch,
    orgs: &[(usize, usize)],
    others: &Others,
    text: &str,
) -> Option<Subject> {
    let its = [m.start.checked_sub(1), Some(m.start)]
        .into_iter()
        .flatten()
        .any(|i| tokens[i].norm == "its");
    if !its {
        return None;
    }
    let all = others.all();
    let first = orgs
        .iter()
        .chain(all.iter())
        .filter(|&&(s, _)| s < m.start)
        .min_by_key(|&&(s, _)| s)?;
    let possessor = text
        .get(tokens[first.1 - 1].range.clone())
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"));
    if possessor {
        None
    } else if orgs.contains(first) {
        Some(Subject::Organisation)
    } else {
        Some(others.kind_at(first.0))
    }
}

/// "An export that maps dashboards to ISO 42001 for customers pursuing the
/// standard": a feature described for a beneficiary whose own goal is the
/// framework. When a third party after a word of benefit ("for", "helping",
/// "enabling") has a status phrase of its own, the alignment or conformity
/// described before it is what the organisation offers them, not its own.
fn for_others_goal(
    tokens: &[Token],
    predicates: &mut [Predicate],
    third: &[(usize, usize)],
    from: usize,
) {
    let byte = |i: usize| tokens[i].range.start;
    let beneficiary = third.iter().find_map(|&(s, e)| {
        let linked = (s.saturating_sub(2).max(from)..s)
            .any(|i| vocabulary::BENEFIT_LINKS.contains(&tokens[i].norm.as_str()));
        let their_goal = predicates.iter().any(|p| {
            p.holder == Subject::ThirdParty
                && p.span.0 >= tokens[e.saturating_sub(1)].range.end
                && matches!(
                    p.kind,
                    ClaimedStatus::InProgress | ClaimedStatus::Planned | ClaimedStatus::Compliant
                )
        });
        (linked && their_goal).then(|| byte(s))
    });
    let Some(at) = beneficiary else {
        return;
    };
    for p in predicates.iter_mut() {
        if p.holder == Subject::Organisation
            && p.span.1 <= at
            && matches!(p.kind, ClaimedStatus::Aligned | ClaimedStatus::Compliant)
        {
            p.holder = Subject::ThirdParty;
        }
    }
}

/// "Infrastructure that meets ISO 27001 requirements, and so do our own
/// processes": "so" or "as" with an auxiliary and the organisation after it
/// gives the organisation the status said of someone else before it.
fn shared_with_us(
    tokens: &[Token],
    predicates: &mut [Predicate],
    orgs: &[(usize, usize)],
    group: Range<usize>,
) {
    let shared = group.clone().find(|&i| {
        matches!(tokens[i].norm.as_str(), "so" | "as")
            && tokens.get(i + 1).is_some_and(|t| {
                i + 1 < group.end
                    && matches!(
                        t.norm.as_str(),
                        "do" | "does" | "did" | "is" | "are" | "was" | "were" | "has" | "have"
                    )
            })
            && orgs.iter().any(|&(s, _)| s == i + 2 || s == i + 3)
    });
    let Some(at) = shared.map(|i| tokens[i].range.start) else {
        return;
    };
    for p in predicates.iter_mut() {
        if p.span.1 <= at && matches!(p.holder, Subject::Supplier | Subject::ThirdParty) {
            p.holder = Subject::Organisation;
        }
    }
}

/// "Working towards ISO 42001 alongside our existing ISO 27001 certification":
/// a certificate of ours named beside the work of the clause (after
/// "alongside", "on top of", "building on", or any preposition when it is
/// "existing" or "current") is held, not the goal of that work; its
/// framework takes no status from the clause's work or plan.
fn held_beside(tokens: &[Token], phrases: &[PhraseMatch], group: Range<usize>) -> Vec<usize> {
    let in_group: Vec<&PhraseMatch> = phrases
        .iter()
        .filter(|p| group.contains(&p.start))
        .collect();
    let work = in_group.iter().any(|p| {
        matches!(
            p.effect,
            Effect::Claim(ClaimedStatus::InProgress | ClaimedStatus::Planned)
        )
    });
    if !work {
        return Vec::new();
    }
    let mut out = Vec::new();
    for p in &in_group {
        let held_noun = p.effect == Effect::Claim(ClaimedStatus::Achieved)
            && is_possessive(&tokens[p.start])
            && p.start > group.start;
        if !held_noun {
            continue;
        }
        let before = tokens[p.start - 1].norm.as_str();
        let two_before = (p.start >= group.start + 2).then(|| tokens[p.start - 2].norm.as_str());
        // "building on our certificate", "on top of our certificate".
        let built_on = matches!(
            (two_before, before),
            (Some("building" | "build" | "builds" | "built"), "on") | (Some("top"), "of")
        );
        let existing = tokens
            .get(p.start + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "existing" | "current"));
        let beside = built_on
            || vocabulary::BESIDE_WORDS.contains(&before)
            || (existing && subject_words::PREPOSITIONS.contains(&before));
        if beside {
            out.extend((p.start..p.end).filter_map(|i| match tokens[i].kind {
                TokenKind::Mention(m) => Some(m),
                _ => None,
            }));
        }
    }
    out
}

/// "Certified (the self-assessed level, not Plus)", "ISO 27001, not SOC 2": a
/// framework after "not" that closes its clause or aside is the alternative
/// denied, not a status of its own.
fn denied_alternative(tokens: &[Token], at: usize, end: usize) -> bool {
    let word = |i: usize| tokens.get(i).map(|t| t.norm.as_str());
    at >= 2
        && word(at - 1) == Some("not")
        && matches!(word(at - 2), Some("," | "(" | "\u{2014}" | "\u{2013}"))
        && (at + 1 >= end || tokens[at + 1].kind == TokenKind::Punct)
}

/// "Our next goal after ISO 27001 is ISO 42001": a framework right after
/// "after" or "beyond" in a clause of work or intention names the step
/// before the goal, not the goal; it takes no status from the clause.
fn goal_after(tokens: &[Token], phrases: &[PhraseMatch], group: Range<usize>) -> Vec<usize> {
    let claims = claims_in(phrases, group.clone());
    let work = claims.iter().any(|p| {
        matches!(
            p.effect,
            Effect::Claim(ClaimedStatus::InProgress | ClaimedStatus::Planned)
        )
    });
    if !work {
        return Vec::new();
    }
    group
        .clone()
        .filter(|&i| {
            i > group.start
                && matches!(tokens[i - 1].norm.as_str(), "after" | "beyond")
                && !claims.iter().any(|p| (p.start..p.end).contains(&i))
        })
        .filter_map(|i| match tokens[i].kind {
            TokenKind::Mention(m) => Some(m),
            _ => None,
        })
        .collect()
}

/// The framework mentions among `tokens[range]`.
fn mentions_in(tokens: &[Token], range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    tokens[range].iter().filter_map(|t| match t.kind {
        TokenKind::Mention(m) => Some(m),
        _ => None,
    })
}

/// "Northwind, which does not yet hold ISO 42001, presents what it learned
/// from its Cyber Essentials audit": a negation inside a relative aside (a
/// comma and "which" or "who", up to the next comma that does not continue a
/// list of names) stays in it. When every status phrase of the clause lies
/// inside such a negated aside, a framework named after the aside closes takes
/// no status from it.
fn beyond_negated_aside(
    tokens: &[Token],
    phrases: &[PhraseMatch],
    group: Range<usize>,
    negators: &[(usize, usize)],
) -> Vec<usize> {
    let claims = claims_in(phrases, group.clone());
    if claims.is_empty() {
        return Vec::new();
    }
    for open in group.clone() {
        let opens = tokens[open].norm == ","
            && tokens
                .get(open + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "which" | "who"));
        if !opens {
            continue;
        }
        // A comma before another name continues a list inside the aside
        // ("which holds ISO 27001, Cyber Essentials and ...").
        let Some(close) = (open + 2..group.end).find(|&i| {
            tokens[i].norm == ","
                && !(i + 1..group.end.min(i + 3))
                    .take_while(|&j| j == i + 1 || tokens[j - 1].norm == "and")
                    .any(|j| matches!(tokens[j].kind, TokenKind::Mention(_)))
        }) else {
            continue;
        };
        let negated = negators.iter().any(|&(s, _)| s > open && s < close);
        if negated && claims.iter().all(|p| p.start > open && p.end <= close) {
            return mentions_in(tokens, close..group.end).collect();
        }
    }
    Vec::new()
}

/// "We chose Cyber Essentials and ISO 27001 (the latter still in progress)":
/// a parenthesis right after a framework's name that holds every status
/// phrase of the clause and names no framework itself speaks of that name
/// alone, unless it says it speaks of more ("both", "all", "each").
fn beside_parenthesis(
    tokens: &[Token],
    phrases: &[PhraseMatch],
    group: Range<usize>,
) -> Vec<usize> {
    let claims = claims_in(phrases, group.clone());
    if claims.is_empty() {
        return Vec::new();
    }
    for open in group.clone() {
        if tokens[open].norm != "(" {
            continue;
        }
        // An adverb of order may stand between: "ISO 27001 next (...)". A
        // noun there heads the whole list ("ISO 27001 and SOC 2 audits (...)").
        let Some(name) = (open.saturating_sub(2).max(group.start)..open)
            .rev()
            .take_while(|&i| {
                matches!(tokens[i].kind, TokenKind::Mention(_))
                    || vocabulary::ORDER_ADVERBS.contains(&tokens[i].norm.as_str())
            })
            .find(|&i| matches!(tokens[i].kind, TokenKind::Mention(_)))
        else {
            continue;
        };
        let Some(close) = (open + 1..group.end).find(|&i| tokens[i].norm == ")") else {
            continue;
        };
        let inside = open + 1..close;
        let about_more = tokens[inside.clone()]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "both" | "all" | "each" | "former"));
        if about_more
            || mentions_in(tokens, inside).next().is_some()
            || !claims.iter().all(|p| p.start > open && p.end <= close)
        {
            continue;
        }
        return mentions_in(tokens, group.start..name)
            .chain(mentions_in(tokens, close..group.end))
            .collect();
    }
    Vec::new()
}

/// The status phrases (not the neutral ones) that start in `group`.
fn claims_in(phrases: &[PhraseMatch], group: Range<usize>) -> Vec<&PhraseMatch> {
    phrases
        .iter()
        .filter(|p| group.contains(&p.start) && matches!(p.effect, Effect::Claim(_)))
        .collect()
}

/// "We rely on Cyber Essentials and our ISO 27001 programme": when every
/// status phrase of a clause is a noun phrase that names its own framework as
/// the goal of an undertaking, the other frameworks of the clause take no
/// status from it.
fn outside_undertakings(
    tokens: &[Token],
    phrases: &[PhraseMatch],
    group: Range<usize>,
) -> Vec<usize> {
    let claims = claims_in(phrases, group.clone());
    let undertaking = |p: &&PhraseMatch| {
        !p.wildcard
            && (p.start..p.end).any(|i| {
                matches!(tokens[i].kind, TokenKind::Mention(_))
                    && tokens.get(i + 1).is_some_and(|t| {
                        i + 1 < p.end && vocabulary::UNDERTAKINGS.contains(&t.norm.as_str())
                    })
            })
    };
    if claims.is_empty() || !claims.iter().all(undertaking) {
        return Vec::new();
    }
    group
        .filter(|&i| !claims.iter().any(|p| (p.start..p.end).contains(&i)))
        .filter_map(|i| match tokens[i].kind {
            TokenKind::Mention(m) => Some(m),
            _ => None,
        })
        .collect()
}

/// "We hold ISO 27001 and run an ISO 42001 workshop": a framework inside the
/// clause that only names another thing (an event, a programme of work, a
/// skill or its people: [`vocabulary::NAMED_AFTER_FRAMEWORKS`]) and lies in
/// no status phrase takes no status from the phrases about the other
/// framework. A name that opens the clause is its subject and keeps them ("ISO
/// 27001 project: complete"), and a clause of work or intention makes the
/// thing its object ("... and have started an ISO 42001 project").
fn naming_other_things(
    tokens: &[Token],
    phrases: &[PhraseMatch],
    group: Range<usize>,
) -> Vec<usize> {
    let claims = claims_in(phrases, group.clone());
    let work = claims.iter().any(|p| {
        matches!(
            p.effect,
            Effect::Claim(ClaimedStatus::InProgress | ClaimedStatus::Planned)
        )
    });
    if work {
        return Vec::new();
    }
    let opening = first_word(tokens, group.clone());
    group
        .clone()
        // The item after a label ("Now: ISO 42001 implementation") is the
        // line's subject, as a name that opens the clause is.
        .filter(|&i| i > opening && tokens[i - 1].norm != ":")
        .filter_map(|i| match tokens[i].kind {
            TokenKind::Mention(m)
                if tokens.get(i + 1).is_some_and(|t| {
                    i + 1 < group.end
                        && vocabulary::NAMED_AFTER_FRAMEWORKS.contains(&t.norm.as_str())
                }) && !claims.iter().any(|p| (p.start..p.end).contains(&i)) =>
            {
                Some(m)
            }
            _ => None,
        })
        .collect()
}

/// True when the words right before token `at` (not before `start`) name an
/// alternative not chosen: "rather than", "instead of".
fn after_contrast(tokens: &[Token], start: usize, at: usize) -> bool {
    vocabulary::CONTRASTS.iter().any(|words| {
        at >= start + words.len()
            && tokens[at - words.len()..at]
                .iter()
                .zip(words.iter())
                .all(|(t, w)| t.norm == *w)
    })
}

/// True when a negator further back than [`vocabulary::NEGATION_WINDOW`] still
/// negates the phrase at `start` because only its verb chain stands between
/// them: "we never claim to be ISO 42001 certified", "we have not yet formally
/// been certified".
fn negated_through_verb_chain(tokens: &[Token], negators: &[(usize, usize)], start: usize) -> bool {
    let window = start.saturating_sub(vocabulary::VERB_CHAIN_REACH);
    ending_in(negators, window, start).iter().any(|&(_, e)| {
        // "Northwind is not, at present, certified": an aside set off by
        // commas right after the negator leaves its reach as it was.
        let e = aside_after(tokens, e, start).unwrap_or(e);
        (e..start).all(|i| {
            let t = &tokens[i];
            matches!(t.kind, TokenKind::Mention(_))
                || (t.kind == TokenKind::Word && vocabulary::VERB_CHAIN.contains(&t.norm.as_str()))
        })
    })
}

/// The token after an aside of a few words set off by commas that opens at
/// `at` and closes before `end` (", at present,").
fn aside_after(tokens: &[Token], at: usize, end: usize) -> Option<usize> {
    const ASIDE_WORDS: usize = 4;
    if tokens.get(at)?.norm != "," {
        return None;
    }
    let close = (at + 2..end.min(at + 2 + ASIDE_WORDS)).find(|&i| tokens[i].norm == ",")?;
    tokens[at + 1..close]
        .iter()
        .all(|t| t.kind == TokenKind::Word)
        .then_some(close + 1)
}

/// True when the words at `at` are "due until", "due till" or "due before":
/// after a negator they date what comes ("our next renewal isn't due until
/// 2028") and deny nothing.
fn due_later(tokens: &[Token], at: usize) -> bool {
    if !tokens
        .get(at)
        .is_some_and(|t| matches!(t.norm.as_str(), "due" | "up"))
    {
        return false;
    }
    // "isn't due for renewal until April 2027", "isn't up for
    // recertification before 2028": the upkeep named between them is the
    // certificate's own.
    let mut i = at + 1;
    while tokens
        .get(i)
        .is_some_and(|t| DUE_UPKEEP_WORDS.contains(&t.norm.as_str()))
    {
        i += 1;
    }
    (tokens[at].norm == "due" || i > at + 1)
        && tokens
            .get(i)
            .is_some_and(|t| matches!(t.norm.as_str(), "until" | "till" | "before"))
}

/// Words of upkeep that may stand between "due" and "until": "due for
/// renewal until".
const DUE_UPKEEP_WORDS: &[&str] = &[
    "for",
    "renewal",
    "recertification",
    "reassessment",
    "reaudit",
    "expiry",
    "to",
    "be",
    "renewed",
    "expire",
];

/// True when a negator that ends before the phrase `m` reaches it through the
/// words between them. A negator belongs to the verb it modifies: the negation
/// of a verb of ceasing affirms what follows ("we never stopped being
/// certified"), and a possessive noun phrase ("our ISO 27001 certificate") is
/// negated only through a verb of having or obtaining ("we have not yet
/// received our certificate"), not through any other verb whose object it is
/// ("we are not resting on our certificates").
fn negation_reaches(
    tokens: &[Token],
    negators: &[(usize, usize)],
    m: &PhraseMatch,
    end: usize,
) -> bool {
    let window = m.start.saturating_sub(vocabulary::VERB_CHAIN_REACH);
    ending_in(negators, window, m.start).iter().any(|&(s, e)| {
        // "Without our ISO 27001 certification, we could not ...": what we
        // could not do without it, we have.
        if tokens[s].norm == "without" && is_possessive(&tokens[m.start]) {
            return false;
        }
        // "Certified to ISO 27001: No, in progress": an answer of "no" set
        // off by punctuation denies what came before it, not what follows.
        if tokens[s].norm == "no"
            && e == s + 1
            && tokens.get(e).is_some_and(|t| {
                matches!(t.norm.as_str(), "," | "(" | "-" | "\u{2013}" | "\u{2014}")
            })
        {
            return false;
        }
        // "We never publish the ISO 27001 certificate", "we can't share the
        // SOC 2 report without an NDA": the negation is of the handling.
        if handles_what_is_held(tokens, e, m, end) {
            return false;
        }
        let between = &tokens[e..m.start];
        let ceasing = between
            .iter()
            .any(|t| vocabulary::CESSATIONS.contains(&t.norm.as_str()));
        let through_having = || {
            between.iter().all(|t| {
                let w = t.norm.as_str();
                matches!(t.kind, TokenKind::Mention(_))
                    || vocabulary::VERB_CHAIN.contains(&w)
                    || vocabulary::GOAL_VERBS.contains(&w)
                    || vocabulary::OBTAINED.contains(&w)
            })
        };
        !ceasing && (!is_possessive(&tokens[m.start]) || through_having())
    })
}

/// The first word from `from` (up to `end`) past the verb chain, when it is a
/// verb of handling ([`vocabulary::HANDLING_VERBS`]).
fn handling_verb_after(tokens: &[Token], from: usize, end: usize) -> Option<usize> {
    (from..end)
        .find(|&i| !vocabulary::VERB_CHAIN.contains(&tokens[i].norm.as_str()))
        .filter(|&i| vocabulary::HANDLING_VERBS.contains(&tokens[i].norm.as_str()))
}

/// True when a negator ending at `from` governs a verb of handling whose
/// object is the phrase `m`, and that object is presupposed to exist: a
/// definite noun phrase ("the ISO 27001 certificate", "our SOC 2 report") or
/// a handling restricted rather than denied ("without an NDA", "publicly").
fn handles_what_is_held(tokens: &[Token], from: usize, m: &PhraseMatch, end: usize) -> bool {
    let Some(verb) = handling_verb_after(tokens, from, m.end) else {
        return false;
    };
    let definite = (verb + 1..m.end)
        .any(|i| vocabulary::DEFINITE_DETERMINERS.contains(&tokens[i].norm.as_str()));
    let restricted =
        (m.end..end).any(|i| vocabulary::RESTRICTIONS.contains(&tokens[i].norm.as_str()));
    definite || restricted
}

/// "When we started on ISO 42001 last spring": a clause of time whose verb
/// is in the past tells what happened, not what is still to come, so its
/// "when" is no future. `marker` is the span of the future marker, `phrase`
/// the start of the status phrase.
fn past_clause_of_time(tokens: &[Token], start: usize, marker_end: usize, phrase: usize) -> bool {
    let of_time = matches!(tokens[start].norm.as_str(), "when" | "whenever");
    let between = &tokens[marker_end.min(phrase)..phrase];
    let past_auxiliary = between.iter().chain(tokens.get(phrase)).any(|t| {
        vocabulary::PAST_TENSE.contains(&t.norm.as_str())
            || vocabulary::IRREGULAR_PAST.contains(&t.norm.as_str())
            || t.norm == "did"
    });
    let present_auxiliary = between.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "is" | "are" | "am" | "be" | "been" | "get" | "gets" | "become" | "becomes"
        )
    });
    let past_verb = tokens
        .get(phrase)
        .is_some_and(|t| t.kind == TokenKind::Word && t.norm.len() > 3 && t.norm.ends_with("ed"));
    of_time && (past_auxiliary || (past_verb && !present_auxiliary))
}

/// "Founded by two former NHS clinicians", "formerly known as Acme": "former"
/// and "formerly" say a certificate ended only when one follows them ("our
/// former ISO 27001 certificate", "formerly certified").
fn former_of_something_else(tokens: &[Token], at: usize, end: usize) -> bool {
    match tokens[at].norm.as_str() {
        "former" => !(at + 1..end.min(at + 4)).any(|i| {
            matches!(tokens[i].kind, TokenKind::Mention(_))
                || matches!(
                    tokens[i].norm.as_str(),
                    "certificate"
                        | "certificates"
                        | "certification"
                        | "certifications"
                        | "accreditation"
                        | "holder"
                        | "holders"
                        | "status"
                        | "badge"
                )
        }),
        "formerly" => tokens.get(at + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "known" | "called" | "named" | "trading" | "branded"
            )
        }),
        _ => false,
    }
}

/// "When our ISO 27001 certification is complete, ...": a clause of time
/// ahead whose subject is the possessive noun phrase `m` itself (the marker
/// "when our" and the phrase share their possessive). Told in the past ("when
/// our certificate was issued in 2024") it is history, not a condition.
fn subject_of_clause_of_time_ahead(
    tokens: &[Token],
    future: &[(usize, usize)],
    m: &PhraseMatch,
    end: usize,
) -> bool {
    let shares_possessive = future.iter().any(|&(s, e)| {
        e == m.start + 1
            && s < m.start
            && is_possessive(&tokens[m.start])
            && vocabulary::TIME_CONDITIONALS.contains(&tokens[s].norm.as_str())
    });
    let told_in_past = (m.end..end.min(m.end + 3)).any(|i| {
        let w = tokens[i].norm.as_str();
        vocabulary::PAST_TENSE.contains(&w) || vocabulary::IRREGULAR_PAST.contains(&w) || w == "did"
    });
    shares_possessive && !told_in_past
}

/// True when a future marker ending at `from` governs a verb of handing over
/// or showing whose object is the possessive noun phrase `m`: what will be
/// shared exists now ("Keel will make its SOC 2 report available", "we will
/// share our ISO 27001 certificate on request"), unless it is the first of
/// its kind ("we will publish our first SOC 2 report in June") or is handed
/// over once it is issued ("... when it is issued").
fn hands_over_what_is_held(tokens: &[Token], from: usize, m: &PhraseMatch, end: usize) -> bool {
    // "... once it is issued": a subject after "when" or "once" that refers
    // back to the report ("once issued, any later report" is of another).
    let once_issued = (m.end..end).any(|i| {
        matches!(tokens[i].norm.as_str(), "when" | "once")
            && tokens
                .get(i + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "it" | "this" | "they"))
            && (i + 2..end.min(i + 5))
                .any(|j| vocabulary::ISSUED_WORDS.contains(&tokens[j].norm.as_str()))
    });
    if once_issued {
        return false;
    }
    // The phrase may open with the verb itself ("shall provide its SOC 2
    // report").
    let Some(verb) =
        (from..m.start + 1).find(|&i| !vocabulary::VERB_CHAIN.contains(&tokens[i].norm.as_str()))
    else {
        return false;
    };
    let w = tokens[verb].norm.as_str();
    (vocabulary::HANDLING_VERBS.contains(&w) || vocabulary::PROVIDING_VERBS.contains(&w))
        && tokens.get(verb + 1).is_some_and(is_possessive)
        && m.start <= verb + 4
        && tokens[verb + 1..tokens.len().min(verb + 8).max(m.end)]
            .iter()
            .take_while(|t| t.kind != TokenKind::Punct)
            .any(|t| {
                subject_words::CERTIFICATE_NOUNS.contains(&t.norm.as_str())
                    || subject_words::CERTIFICATE_PLURALS.contains(&t.norm.as_str())
            })
        && !(m.start..m.end)
            .any(|i| matches!(tokens[i].norm.as_str(), "first" | "initial" | "inaugural"))
        // "We will share our SOC 2 report once it is issued": a report shared
        // when it exists does not exist yet.
        && !tokens[m.end..tokens.len().min(m.end + 3)]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "once" | "when" | "after" | "as"))
}

/// "Scripts for teams preparing for ISO 42001": a gerund right after a plural
/// noun after "for" is a reduced relative clause on that noun, whose work it
/// describes (not a span of time: "for months").
fn beneficiaries_doing(tokens: &[Token], m: &PhraseMatch, text: &str) -> bool {
    let Some(noun) = m.start.checked_sub(1) else {
        return false;
    };
    let t = &tokens[noun];
    let lowercase = text
        .get(t.range.clone())
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_lowercase);
    noun > 0
        && tokens[noun - 1].norm == "for"
        && t.kind == TokenKind::Word
        && lowercase
        && t.norm.ends_with('s')
        && !vocabulary::TIME_UNITS.contains(&t.norm.as_str())
        && tokens[m.start].norm.ends_with("ing")
}

/// True when the words from `at` say whom a piece of work is for or of: "of"
/// or "for", at most two determiners ("the", "each"), then a third party.
fn activity_for_others(tokens: &[Token], at: usize, end: usize, third: &[(usize, usize)]) -> bool {
    if !tokens
        .get(at)
        .is_some_and(|t| at < end && matches!(t.norm.as_str(), "of" | "for"))
    {
        return false;
    }
    (at + 1..end.min(at + 4)).any(|i| {
        starts_at(third, i)
            && (at + 1..i).all(|j| vocabulary::PARTY_DETERMINERS.contains(&tokens[j].norm.as_str()))
    })
}

/// Auxiliaries before a lapse verb that opens a clause: "has expired", "was
/// withdrawn".
const LAPSE_AUXILIARIES: &[&str] = &["has", "have", "had", "was", "were", "is", "got"];

/// True when the phrase at `at` tells what follows if an obligation before it
/// is not met: "Our renewal must land before 20 January or the cert lapses",
/// "... by January, otherwise the certificate lapses". Such a lapse might
/// happen; it has not.
fn consequence_of_obligation(tokens: &[Token], at: usize) -> bool {
    let Some(or) = tokens[..at]
        .iter()
        .rposition(|t| matches!(t.norm.as_str(), "or" | "otherwise" | "else"))
    else {
        return false;
    };
    let stop = |t: &Token| matches!(t.norm.as_str(), "." | "!" | "?" | ";");
    !tokens[or..at].iter().any(stop)
        && tokens[..or]
            .iter()
            .rev()
            .take_while(|t| !stop(t))
            .any(|t| OBLIGATIONS.contains(&t.norm.as_str()))
}

/// Words of an obligation whose failure a consequence may follow.
const OBLIGATIONS: &[&str] = &["must", "need", "needs", "needed", "has", "have", "got"];

/// Words that open the condition of a sentence ("if it is withdrawn").
const CONDITION_OPENERS: &[&str] = &["if", "unless", "should", "whether", "case"];

/// True when the lapse word at `at` stands in a condition that one of
/// `conditionals` opens before it, with no comma or stop between them:
/// "if either certificate is suspended, withdrawn or not renewed".
fn lapse_in_condition(tokens: &[Token], conditionals: &[(usize, usize)], at: usize) -> bool {
    conditionals.iter().any(|&(_, e)| {
        e <= at
            && CONDITION_OPENERS.contains(&tokens[e - 1].norm.as_str())
            && !tokens[e..at]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "," | ";" | "." | ":"))
    })
}

/// "We never let our ISO 27001 certificate lapse": a negator before a verb of
/// letting or allowing, with only the certificate's noun phrase between it and
/// the lapse word at `at`, denies the lapse.
fn let_lapse_denied(tokens: &[Token], negators: &[(usize, usize)], at: usize) -> bool {
    let window = at.saturating_sub(vocabulary::VERB_CHAIN_REACH + 1);
    ending_in(negators, window, at).iter().any(|&(_, e)| {
        tokens
            .get(e)
            .is_some_and(|t| vocabulary::LETTING.contains(&t.norm.as_str()))
            && (e + 1..at).all(|i| {
                let t = &tokens[i];
                matches!(t.kind, TokenKind::Mention(_))
                    || is_possessive(t)
                    || matches!(t.norm.as_str(), "the" | "a" | "to" | "it" | "them")
                    || subject_words::CERTIFICATE_NOUNS.contains(&t.norm.as_str())
                    || subject_words::CERTIFICATE_PLURALS.contains(&t.norm.as_str())
            })
    })
}

/// True when a one-word status phrase ("compliant", "certified") qualifies
/// the noun right after it ("compliant AI governance framework").
fn attributive(tokens: &[Token], m: &PhraseMatch) -> bool {
    m.end == m.start + 1
        && matches!(
            m.effect,
            Effect::Claim(
                ClaimedStatus::Achieved | ClaimedStatus::Compliant | ClaimedStatus::Aligned
            )
        )
        && tokens.get(m.end).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !subject_words::PREPOSITIONS.contains(&t.norm.as_str())
                && !vocabulary::CONJUNCTIONS.contains(&t.norm.as_str())
                && !matches!(
                    t.norm.as_str(),
                    "in" | "on"
                        | "at"
                        | "since"
                        | "until"
                        | "before"
                        | "after"
                        | "within"
                        | "under"
                )
        })
}

/// Verbs of reporting speech: "Meridian, he told the room, is ...".
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "explained",
    "explains",
    "added",
    "adds",
    "noted",
    "notes",
    "confirmed",
    "confirms",
    "stressed",
    "insisted",
    "claimed",
    "claims",
    "argued",
    "argues",
    "believes",
    "reckons",
];

/// The markers less those of a reporting aside: in "Meridian, he told the
/// room, is hoping to get certified" the speaker stands between commas with
/// a verb of saying, and the clause's subject is the name before the aside.
fn reporting_asides_dropped(tokens: &[Token], markers: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    markers
        .into_iter()
        .filter(|&(start, end)| {
            let opens = start > 0
                && (word(start - 1) == ","
                    || start > 1
                        && matches!(word(start - 1), "the" | "our" | "a" | "an" | "its")
                        && word(start - 2) == ",");
            let verb = (end..end + 2).find(|&i| REPORTING_VERBS.contains(&word(i)));
            let closes = verb.is_some_and(|v| (v + 1..v + 6).any(|i| word(i) == ","));
            !(opens && closes)
        })
        .collect()
}

/// The people nouns that may be a subject: a noun of the workforce that
/// modifies the noun after it ("our staff handbook", "employee training")
/// names no person. A job title keeps its person even so ("our Lead
/// Implementer qualification" is someone's).
fn people_as_subjects(
    text: &str,
    tokens: &[Token],
    people: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let kept = modifiers_dropped(text, tokens, people.clone());
    people
        .into_iter()
        .filter(|m| {
            kept.contains(m)
                || !subject_words::WORKFORCE.contains(&tokens[m.0].norm.as_str())
                || tokens.get(m.1).is_some_and(|n| n.norm.ends_with('s'))
        })
        .filter(|m| !owner_cell(tokens, m.0))
        .filter(|m| !aside_without_mention(tokens, m.0))
        .filter(|m| !source_of_report(tokens, m.0))
        .collect()
}

/// True for a verb in the third person that can open a predicate without
/// its subject: "publishes", "makes", "supplies", "has" (not a noun in the
/// plural that names credentials: "certifications", "reports").
fn is_finite_verb(t: &Token) -> bool {
    let w = t.norm.as_str();
    t.kind == TokenKind::Word
        && (subject_words::SUBJECT_VERBS.contains(&w)
            || (w.len() > 4
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("'s")
                && !subject_words::CERTIFICATE_PLURALS.contains(&w)
                && !subject_words::FINITE_LOOKALIKES.contains(&w)))
}

/// True when the token at `at` names who a report comes from, inside
/// "according to ..., ": in "according to Harbour's CTO, the company already
/// aligns with ISO 42001" the CTO is the source and the company the subject.
fn source_of_report(tokens: &[Token], at: usize) -> bool {
    let Some(according) = (at.saturating_sub(6)..at).rev().find(|&i| {
        tokens[i].norm == "according" && tokens.get(i + 1).is_some_and(|t| t.norm == "to")
    }) else {
        return false;
    };
    let closed_before = tokens[according..at]
        .iter()
        .any(|t| t.kind == TokenKind::Punct && t.norm != "'");
    !closed_before
        && tokens[at..]
            .iter()
            .take(6)
            .any(|t| t.kind == TokenKind::Punct && t.norm == ",")
}

/// True when the token at `at` stands in brackets that name no framework,
/// after a framework named before them: "ISO 27001 - in progress (consultant
/// engaged, auditor booked)" says who helps with the work, not who holds the
/// certificate. (Brackets before the name may say who the subject is:
/// "Graham Ellis (CISO) is booked on an ISO 27001 course".)
fn aside_without_mention(tokens: &[Token], at: usize) -> bool {
    let is = |t: &Token, p: &str| t.kind == TokenKind::Punct && t.norm == p;
    let opens = tokens[..at]
        .iter()
        .rposition(|t| is(t, "(") || is(t, ")"))
        .filter(|&k| is(&tokens[k], "("));
    let closes = tokens[at..]
        .iter()
        .position(|t| is(t, "(") || is(t, ")"))
        .map(|k| at + k)
        .filter(|&k| is(&tokens[k], ")"));
    let (Some(opens), Some(closes)) = (opens, closes) else {
        return false;
    };
    let is_mention = |t: &Token| matches!(t.kind, TokenKind::Mention(_));
    tokens[..opens].iter().any(is_mention) && !tokens[opens..closes].iter().any(is_mention)
}

/// True when the person noun at `at` stands in a table cell after a cell that
/// names a framework, in a cell that names none: the owner column of a
/// tracker ("ISO 27001 | Certified | CISO") says who looks after the work,
/// not who holds the certificate.
fn owner_cell(tokens: &[Token], at: usize) -> bool {
    let is_bar = |t: &Token| t.kind == TokenKind::Punct && t.norm == "|";
    let is_mention = |t: &Token| matches!(t.kind, TokenKind::Mention(_));
    let Some(opens) = tokens[..at].iter().rposition(is_bar) else {
        return false;
    };
    let closes = tokens[at..]
        .iter()
        .position(is_bar)
        .map_or(tokens.len(), |k| at + k);
    !tokens[opens..closes].iter().any(is_mention) && tokens[..opens].iter().any(is_mention)
}

/// True when the "with" at `at` is governed by the word before it, a verb or
/// adjective ("help with", "working with", "familiar with", "aligned with"),
/// so what follows is no possession of the noun before it ("a tool with SOC 2
/// certification").
fn with_governed(tokens: &[Token], at: usize) -> bool {
    at.checked_sub(1).is_some_and(|i| {
        let w = tokens[i].norm.as_str();
        tokens[i].kind == TokenKind::Word
            && (vocabulary::WITH_GOVERNORS.contains(&w)
                || (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))))
    })
}

/// True when the "we" or "our" at `at` stands in a relative clause on a
/// party's noun, with no comma, whose verb is followed by the main verb: "the
/// data centre we use is certified", "the Equinix site that holds our
/// backups is certified", "Hetzner, where we train the models, is
/// certified" without its commas. The relative clause opens right after the
/// party's noun, or at "that", "which", "where" or "who" a few words after
/// it.
fn opens_reduced_relative(
    tokens: &[Token],
    at: usize,
    parties: &[(usize, usize)],
    end: usize,
) -> bool {
    let reduced = tokens[at].norm == "we" && parties.iter().any(|&(_, e)| e == at);
    let opened = (at.saturating_sub(4)..at).any(|r| {
        matches!(tokens[r].norm.as_str(), "that" | "which" | "where" | "who")
            && parties.iter().any(|&(_, e)| e <= r && r - e <= 3)
            && (r + 1..at).all(|j| tokens[j].kind == TokenKind::Word)
    });
    matches!(tokens[at].norm.as_str(), "we" | "our")
        && (reduced || opened)
        && (at + 2..end.min(at + 5)).any(|i| {
            (at + 1..i).all(|j| tokens[j].kind == TokenKind::Word)
                && subject_words::MAIN_VERBS_AFTER_RELATIVE.contains(&tokens[i].norm.as_str())
        })
}

/// True when the organisation's reference at `at` is "us" right after a verb
/// of telling ("tells us", "informed us"), the party told, or of giving
/// ("vendors have to show us a current certificate"), the party that
/// receives: not the subject.
fn told_audience(tokens: &[Token], at: usize) -> bool {
    let verb = at.checked_sub(1).map(|v| tokens[v].norm.as_str());
    tokens[at].norm == "us"
        && verb.is_some_and(|v| {
            subject_words::TELLING_VERBS.contains(&v) || subject_words::GIVING_VERBS.contains(&v)
        })
}

/// "Equinix runs the LD8 site for our backups and holds ISO 27001 there": a
/// finite verb right after "and" shares the subject that opens its clause,
/// not a possessive in the object or an adverbial before it (nor another
/// party named there: "Our platform runs on AWS and holds ISO 27001"). The
/// kind of that subject, or `None` when the phrase is no such verb or no
/// party opens its clause.
fn coordinated_with_other_subject(
    tokens: &[Token],
    m: &PhraseMatch,
    orgs: &[(usize, usize)],
    others: &Others,
    group: Range<usize>,
) -> Option<Subject> {
    let verb = &tokens[m.start];
    let coordinated = m.start > group.start
        && tokens[m.start - 1].norm == "and"
        && verb.kind == TokenKind::Word
        && subject_words::SUBJECT_VERBS.contains(&verb.norm.as_str());
    if !coordinated {
        return None;
    }
    // A label before a colon ("Agent:") is not the clause's subject.
    let start = (group.start..group.end.min(group.start + LABEL_REACH))
        .find(|&i| tokens[i].norm == ":")
        .map_or(group.start, |colon| colon + 1);
    let opening = first_word(tokens, start..group.end);
    let all = others.all();
    let &(first, _) = orgs
        .iter()
        .chain(all.iter())
        .filter(|&&(s, _)| s < m.start)
        .min_by_key(|&&(s, _)| s)?;
    if first != opening {
        None
    } else if orgs.iter().any(|&(s, _)| s == first) {
        Some(Subject::Organisation)
    } else {
        Some(others.kind_at(first))
    }
}

/// How many tokens a label that opens a clause ("Agent:", "Reply from
/// support:") may take before its colon.
const LABEL_REACH: usize = 5;

/// True for a possessive determiner ("our", "its").
fn is_possessive(t: &Token) -> bool {
    subject_words::POSSESSIVES.contains(&t.norm.as_str())
}

/// True when work or an intention is told in the past tense, so it is
/// history rather than a status: a past auxiliary ("was", "were") before a
/// progressive of work or intention, with only the verb chain between ("we
/// were working towards it", "we were planning to").
fn told_as_history(tokens: &[Token], m: &PhraseMatch, kind: ClaimedStatus, from: usize) -> bool {
    // "ISO 42001 was our goal for 2025": a goal noun after a past copula and
    // a determiner was the goal then.
    let goal_then = kind == ClaimedStatus::Planned
        && vocabulary::GOAL_NOUNS.contains(&tokens[m.start].norm.as_str())
        && m.start >= from + 2
        && matches!(tokens[m.start - 2].norm.as_str(), "was" | "were")
        && matches!(
            tokens[m.start - 1].norm.as_str(),
            "our" | "its" | "the" | "a" | "an"
        );
    if goal_then {
        return true;
    }
    let progressive = tokens[m.start].norm.ends_with("ing");
    if !progressive || !matches!(kind, ClaimedStatus::Planned | ClaimedStatus::InProgress) {
        return false;
    }
    let window = m.start.saturating_sub(vocabulary::FUTURE_WINDOW).max(from);
    (window..m.start).rev().any(|i| {
        vocabulary::PAST_TENSE.contains(&tokens[i].norm.as_str())
            && (i + 1..m.start).all(|j| vocabulary::VERB_CHAIN.contains(&tokens[j].norm.as_str()))
    })
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
    // "Keel says its AI \"meets every requirement\"", "Marchetti said Harbour
    // was \"already aligned\"": words quoted after a verb of saying or being
    // are a claim reported, not words talked about.
    let reported = |o: usize| {
        (o > group.start
            && tokens[o - 1].kind == TokenKind::Word
            && vocabulary::REPORTING_WORDS.contains(&tokens[o - 1].norm.as_str()))
            || (group.start..o).any(|i| vocabulary::SAYING.contains(&tokens[i].norm.as_str()))
    };
    // "add \"SOC 2 certified\" shield to the footer", "set the chip to \"Not
    // yet certified\"": words put on the page are what it now says.
    let displayed = |o: usize| {
        let before = |k: usize| {
            o.checked_sub(k)
                .filter(|&i| i >= group.start)
                .map(|i| tokens[i].norm.as_str())
        };
        before(1).is_some_and(|w| subject_words::DISPLAYING_VERBS.contains(&w))
            || (before(1) == Some("to")
                && before(2).is_some_and(|w| subject_words::PAGE_ELEMENTS.contains(&w)))
    };
    // "\"Northwind is still working towards ISO 42001,\" its IT lead said":
    // so are words quoted before the verb of saying that reports them.
    let reported_after = |c: usize| {
        (c + 1..tokens.len().min(c + 1 + REPORTER_WORDS))
            .take_while(|&i| tokens[i].kind == TokenKind::Word)
            .any(|i| vocabulary::SAYING.contains(&tokens[i].norm.as_str()))
    };
    match (open, close) {
        (Some(o), Some(c)) => {
            !(o + 1..c).any(|i| is_quote(&tokens[i]))
                && !reported(o)
                && !reported_after(c)
                && !displayed(o)
        }
        _ => false,
    }
}

/// How many words after a quotation may name its speaker before the verb of
/// saying: "\u{2026}\", its IT lead said".
const REPORTER_WORDS: usize = 6;

/// True when the quotation around the phrase names the organisation before
/// it: "Slide 7: \"Sprout: NIST AI RMF certified since 2025.\"" quotes a
/// claim about the organisation, not words talked about.
fn quote_names_org(
    tokens: &[Token],
    m: &PhraseMatch,
    group: Range<usize>,
    orgs: &[(usize, usize)],
) -> bool {
    let open = (group.start..m.start).rev().find(|&i| {
        tokens[i].kind == TokenKind::Punct && matches!(tokens[i].norm.as_str(), "\"" | "\u{201c}")
    });
    // "\"Northwind is certified\" is a sentence we never write": a quote
    // that a clause goes on to talk about is words, whoever it names.
    let close = (m.end..group.end).find(|&i| {
        tokens[i].kind == TokenKind::Punct && matches!(tokens[i].norm.as_str(), "\"" | "\u{201d}")
    });
    let ends_the_clause = close.is_some_and(|c| {
        tokens[c + 1..group.end]
            .iter()
            .all(|t| t.kind == TokenKind::Punct)
    });
    ends_the_clause && open.is_some_and(|o| orgs.iter().any(|&(s, _)| s > o && s < m.start))
}

/// Nouns of a certificate that its number may follow.
const CERTIFICATE_NOUNS: &[&str] = &[
    "certificate",
    "certification",
    "registration",
    "no",
    "number",
];

/// The first token at or after `from` that is not part of a certificate's
/// noun and number ("certificate GB-27001-0999", "certification (IS 712345)"):
/// `from` itself when no number follows.
fn past_certificate_number(tokens: &[Token], from: usize, end: usize) -> usize {
    let end = end.min(tokens.len());
    let numbered = |i: usize| tokens[i].norm.chars().any(|c| c.is_ascii_digit());
    let mut i = from;
    while i < end && CERTIFICATE_NOUNS.contains(&tokens[i].norm.as_str()) {
        i += 1;
    }
    let number_start = i;
    while i < end
        && (numbered(i)
            || matches!(tokens[i].norm.as_str(), "(" | ")" | "-" | "/" | "#")
            || (tokens[i].kind == TokenKind::Word && tokens[i].norm.len() <= 4))
    {
        i += 1;
    }
    // The number ends at its last digit or at the bracket that closes it.
    (number_start..i)
        .rev()
        .find(|&j| numbered(j) || tokens[j].norm == ")")
        .map_or(from, |j| j + 1)
}

/// "I removed the line saying Northwind is ISO 27001 certified": a phrase
/// after a noun of text and a participle of saying ("the badge claiming",
/// "the sentence stating") is what that text says, talked about rather than
/// claimed.
fn content_of_text(tokens: &[Token], m: &PhraseMatch, group: Range<usize>) -> bool {
    (group.start + 1..m.start).any(|i| {
        subject_words::SAYING_PARTICIPLES.contains(&tokens[i].norm.as_str())
            && subject_words::TEXT_NOUNS.contains(&tokens[i - 1].norm.as_str())
    })
}

/// How many tokens after a phrase a "held" may stand (past a certificate's
/// number) to tell it held until a date.
const HELD_AFTER_REACH: usize = 7;

/// "We were certified until 2025": a past tense before the phrase and "until"
/// after it.
fn held_until(tokens: &[Token], m: &PhraseMatch, group: Range<usize>) -> bool {
    // "Held" opening the phrase, closing it ("ISO 27001 held 2023-2026") or
    // after it, past a certificate's number ("ISO 27001 certificate GB-1 held
    // until April 2026").
    let held_after =
        (m.end..group.end.min(m.end + HELD_AFTER_REACH)).find(|&i| tokens[i].norm == "held");
    let past = (group.start..m.start)
        .any(|i| vocabulary::PAST_TENSE.contains(&tokens[i].norm.as_str()))
        // "Keel had ISO 27001 until April 2026": "had" is past on its own.
        || matches!(tokens[m.start].norm.as_str(), "held" | "had")
        // "held ISO 27001 certificate ...": a phrase of the name and its
        // certificate noun right after "held".
        || (m.start > group.start && tokens[m.start - 1].norm == "held")
        || tokens[m.end - 1].norm == "held"
        || held_after.is_some();
    let until_from = held_after.map_or(m.end, |h| h + 1);
    // "held ISO 27001 certificate GB-27001-0999 until April 2026": the
    // certificate's noun and number between the phrase and "until".
    let until_from = past_certificate_number(tokens, until_from, group.end);
    let until = (until_from..group.end.min(until_from + 3)).any(|i| tokens[i].norm == "until");
    // "Harbour was certified to ISO 27001 in the past".
    let in_the_past = (m.end..group.end.saturating_sub(2)).any(|i| {
        tokens[i].norm == "in" && tokens[i + 1].norm == "the" && tokens[i + 2].norm == "past"
    });
    // "We were certified from 2021 to 2024", "held it between 2021 and 2024":
    // a span of years with an end. A date is a year, or a month and a year
    // ("from May 2023 to April 2026").
    let date_end = |i: usize| sentences::date_end(&tokens[..group.end], i);
    // A start, a separator and an end: "2023 to 2026", "May 2023 - April 2026".
    let period_at = |i: usize| {
        let one_token = tokens.get(i).is_some_and(|t| {
            i < group.end
                && t.norm.split_once(['-', '\u{2013}']).is_some_and(|(a, b)| {
                    [a, b].iter().all(|y| {
                        y.len() == 4 && y.starts_with("20") && y.chars().all(|c| c.is_ascii_digit())
                    })
                })
        });
        one_token
            || date_end(i).is_some_and(|j| {
                tokens.get(j).is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "to" | "and" | "until" | "till" | "-" | "\u{2013}"
                    )
                }) && date_end(j + 1).is_some()
            })
    };
    // "from 2021 to 2024", or the period right after the phrase ("held
    // 2023\u{2013}2026").
    let span_of_years = period_at(m.end)
        || (m.end..group.end.min(m.end + 4))
            .any(|i| matches!(tokens[i].norm.as_str(), "from" | "between") && period_at(i + 1));
    // "Sprout held Cyber Essentials in 2024", "... had it in 2024".
    let held_in_year = matches!(tokens[m.start].norm.as_str(), "held" | "had")
        && (m.end..group.end.min(m.end + 3)).any(|i| {
            tokens[i].norm == "in"
                && tokens.get(i + 1).is_some_and(|t| {
                    t.norm.len() == 4
                        && t.norm.starts_with("20")
                        && t.norm.chars().all(|c| c.is_ascii_digit())
                })
        });
    // "ISO 27001 held 2023\u{2013}2026": a span of years right after "held".
    let held_span = tokens[m.end - 1].norm == "held"
        && date_end(m.end).is_some_and(|j| {
            tokens
                .get(j)
                .is_some_and(|t| matches!(t.norm.as_str(), "to" | "until" | "-" | "\u{2013}"))
                && date_end(j + 1).is_some()
        });
    (past && (until || span_of_years || in_the_past)) || held_in_year || held_span
}

/// True when "by", "in" or "for" and a date follow the phrase ("by June 2027",
/// "in Q2 2027").
fn has_target_date(tokens: &[Token], from: usize, to: usize) -> bool {
    (from..to).any(|i| {
        matches!(tokens[i].norm.as_str(), "by" | "in" | "for" | "before")
            && tokens[i + 1..to.min(i + 1 + vocabulary::DATE_REACH)]
                .iter()
                .any(|t| {
                    let w = t.norm.as_str();
                    (w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit()))
                        || matches!(w, "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
                        || vocabulary::MONTH_NAMES.contains(&w)
                        || vocabulary::SEASONS.contains(&w)
                })
    })
}

/// True when "by" or "before" and then a date follow the phrase at once, or
/// after "the end|start|middle of" ("by Q3 2027", "before the end of 2027"),
/// not after a name ("certified by LRQA in 2024").
fn has_deadline(tokens: &[Token], from: usize, to: usize) -> bool {
    let is_date = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            let w = t.norm.as_str();
            i < to
                && ((w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit()))
                    || matches!(w, "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
                    || vocabulary::MONTH_NAMES.contains(&w)
                    || vocabulary::SEASONS.contains(&w))
        })
    };
    let word = |i: usize, words: &[&str]| {
        tokens
            .get(i)
            .is_some_and(|t| i < to && words.contains(&t.norm.as_str()))
    };
    (from..to.min(from + 3)).any(|i| {
        word(i, &["by", "before"])
            && (is_date(i + 1)
                // "by mid-2027", "by early 2027".
                || (word(i + 1, &["mid", "early", "late"])
                    && (is_date(i + 2) || (word(i + 2, &["-"]) && is_date(i + 3))))
                || (word(i + 1, &["the"])
                    && word(i + 2, &["end", "start", "middle"])
                    && word(i + 3, &["of"])
                    && is_date(i + 4)))
    })
}

/// True when a label of a deadline opens the clause before `at`: "By year
/// end: ISO 42001 certified", "By Q2 2027: Cyber Essentials".
fn deadline_label(tokens: &[Token], start: usize, at: usize) -> bool {
    const LABEL_WORDS: usize = 4;
    let opening = first_word(tokens, start..at);
    opening < at
        && matches!(tokens[opening].norm.as_str(), "by" | "before")
        && (opening + 2..at.min(opening + 2 + LABEL_WORDS)).any(|colon| {
            tokens[colon].norm == ":"
                && tokens[opening + 1..colon].iter().any(|t| {
                    let w = t.norm.as_str();
                    matches!(w, "end" | "year" | "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
                        || vocabulary::MONTH_NAMES.contains(&w)
                        || (w.len() == 4
                            && w.starts_with("20")
                            && w.chars().all(|c| c.is_ascii_digit()))
                })
        })
}

/// Punctuation that ends the reach of a negator.
fn is_scope_barrier(t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && t.norm
            .chars()
            .all(|c| vocabulary::SCOPE_BARRIERS.contains(&c))
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
    // A party named only to compare ("we, like AWS, are certified") is not
    // a subject, and one coordinated with ours ("we and our hosting
    // provider are certified") shares the predicate with us.
    let last_org = last_end_before(orgs, m.start);
    let subjects: Vec<(usize, usize)> = all
        .iter()
        .copied()
        .filter(|&(s, _)| {
            !(s > group.start && vocabulary::COMPARISONS.contains(&tokens[s - 1].norm.as_str()))
        })
        .collect();
    let last_other = last_end_before(&subjects, m.start);
    let coordinated_with_ours = |other_end: usize| {
        let Some(&(other_start, _)) = subjects.iter().find(|&&(_, e)| e == other_end) else {
            return false;
        };
        orgs.iter().any(|&(os, oe)| {
            oe < other_start
                && tokens[oe].norm == "and"
                && !is_possessive(&tokens[os])
                && other_start - oe <= COORDINATION_REACH
                && (oe + 1..other_start).all(|i| tokens[i].kind == TokenKind::Word)
        })
    };
    if let Some(other) = last_other
        && last_org.is_none_or(|o| other > o)
        && !coordinated_with_ours(other)
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
    // "ISO 27001 certified data centres": the phrase describes the noun after
    // it, but not one a preposition makes its recipient ("our SOC 2 report
    // for customers", "available to clients").
    // Nor is a general noun phrase the object of our verb: "we follow Cyber
    // Essentials Plus requirements".
    if let Some(t) =
        (m.end..m.end + subject_words::MARKER_AFTER_WINDOW).find(|&t| starts_at(&all, t))
        && !(m.end..t).any(|i| subject_words::PREPOSITIONS.contains(&tokens[i].norm.as_str()))
        && !(last_org.is_some()
            && others.kind_at(t) == Subject::Standard
            && !organisations_described(tokens, t, orgs))
    {
        // "We built our platform for ISO 27001 certified enterprises": the
        // organisations the phrase describes are others, whoever acts.
        return Some(
            if last_org.is_some() && others.kind_at(t) == Subject::Standard {
                Subject::ThirdParty
            } else {
                others.kind_at(t)
            },
        );
    }
    // "Pursuing ISO 42001 early matters": a gerund with no one doing it is a
    // statement about the standard.
    // A gerund before a colon labels a list ("Working towards: ISO 42001").
    let label = tokens.get(m.end).is_some_and(|t| t.norm == ":");
    // "... and working towards ISO 42001": after a conjunction the gerund
    // continues the clause before it, whose subject it shares.
    let after_conjunction = (group.start..m.start)
        .chain(group.start.checked_sub(1))
        .any(|i| vocabulary::CONJUNCTIONS.contains(&tokens[i].norm.as_str()));
    // "Being ISO 27001 certified is not a guarantee": a gerund of being or
    // becoming that opens the clause makes the status it carries its subject.
    let opening = first_word(tokens, group.clone());
    let state_gerund = subject_words::STATE_GERUNDS.contains(&tokens[opening].norm.as_str())
        && opening < m.start
        && (opening + 1..m.start).all(|i| {
            matches!(tokens[i].kind, TokenKind::Mention(_))
                || vocabulary::VERB_CHAIN.contains(&tokens[i].norm.as_str())
                || tokens[i].norm.ends_with("ly")
        });
    // "Being ISO 27001 certified, Northwind was easy to approve": a gerund
    // phrase closed by a comma before the organisation is an adjunct that
    // describes it, not the subject of a general statement.
    let adjunct_of_org = (m.end..group.end)
        .find(|&i| tokens[i].norm == ",")
        .is_some_and(|comma| {
            orgs.iter().any(|&(s, _)| s == comma + 1)
                && !subject_words::GENERIC_DETERMINERS.contains(&tokens[comma + 1].norm.as_str())
        });
    let gerund_subject = (m.start == opening || state_gerund)
        && !adjunct_of_org
        && !after_conjunction
        && !label
        && (tokens[m.start].norm.ends_with("ing") || state_gerund)
        && tokens[m.start].norm != "coming"
        // The organisation named in the predicate ("... tells buyers that our
        // AI is governed") is not the gerund's subject.
        && last_end_before(orgs, m.start).is_none()
        && if state_gerund {
            (m.end..group.end).any(|i| {
                let w = tokens[i].norm.as_str();
                matches!(w, "is" | "isn't" | "was" | "wasn't")
                    || subject_words::GENERAL_PREDICATES.contains(&w)
            })
        } else {
            has_predicate_after_mention(tokens, m.end..group.end)
        };
    gerund_subject.then_some(Subject::Standard)
}

/// True when the generic marker at `at` is a plural kind of organisation
/// ("certified consultancies") that does not go on to list the organisation
/// among them ("certified organisations \u{2014} Sprout Labs Ltd").
fn organisations_described(tokens: &[Token], at: usize, orgs: &[(usize, usize)]) -> bool {
    subject_words::ORGANISATION_KINDS.contains(&tokens[at].norm.as_str())
        && !orgs.iter().any(|&(s, _)| s > at && s <= at + 3)
}

/// True when a mention in `range` is followed by more words of the same
/// clause, which a gerund subject needs for its predicate ("Pursuing ISO
/// 42001 early matters"); a gerund phrase that ends at its mention, its
/// document noun, or a colon or comma is a status line ("Working towards ISO
/// 42001.", "Working towards ISO 42001: Stage 1 booked", "Working towards
/// ISO 27001 certification, target Q3 2027").
fn has_predicate_after_mention(tokens: &[Token], range: Range<usize>) -> bool {
    let Some(mention) = range
        .clone()
        .find(|&i| matches!(tokens[i].kind, TokenKind::Mention(_)))
    else {
        return false;
    };
    let ends_phrase = |i: usize| {
        let t = &tokens[i];
        t.kind == TokenKind::Punct
            && match t.norm.as_str() {
                ":" | "\u{2014}" | "\u{2013}" | "(" | "\u{b7}" | "|" => true,
                // ", target Q3 2027": a comma before a date's label.
                "," => tokens
                    .get(i + 1)
                    .is_some_and(|n| i + 1 < range.end && DATE_LABELS.contains(&n.norm.as_str())),
                _ => false,
            }
    };
    (mention + 1..range.end)
        .take_while(|&i| !ends_phrase(i))
        .any(|i| {
            tokens[i].kind == TokenKind::Word
                && !(i == mention + 1 && NAME_NOUNS.contains(&tokens[i].norm.as_str()))
        })
}

/// Nouns that complete a framework's name right after it ("ISO 27001
/// certification"), which are no predicate of a gerund phrase.
const NAME_NOUNS: &[&str] = &[
    "certification",
    "certificate",
    "accreditation",
    "compliance",
];

/// Words that label the date of a status line after a comma: "Working
/// towards ISO 27001 certification, target Q3 2027".
const DATE_LABELS: &[&str] = &[
    "target", "targeted", "expected", "due", "est", "eta", "goal",
];
