//! Reads a document's units of prose in order and gives every framework mention
//! its status: the discourse around single clauses.
//!
//! Each sentence is read into clauses (`clause`) and each clause into a status
//! (`reading`). This module carries what one sentence says to the next: it lets a clause with no framework name pass its status back
//! to one named earlier ("not yet certified to ISO 42001; certification is
//! planned"), lets a question answered "yes" count as a statement, and lets list
//! items and table rows under a heading such as "Certifications we hold" take the
//! heading's status.

use std::ops::Range;

use crate::prose::aliases::Found;
use crate::prose::answers;
use crate::prose::block_scope::BlockScope;
use crate::prose::clause::read_sentence;
use crate::prose::comparison;
use crate::prose::framework_names::FrameworkNames;
use crate::prose::headings;
use crate::prose::lexicon::{self, Compiled};
use crate::prose::party_records;
use crate::prose::reading::{Verdict, reading};
use crate::prose::retractions;
use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::subjects::{Ctx, NameSets, role_references, roles_name_the_org};
use crate::prose::tables;
use crate::prose::timeline;
use crate::prose::units::{Unit, UnitKind};
use crate::prose::vocabulary;
use crate::prose::{ClaimDetails, ClaimedStatus, Mention, Names, Subject};

/// The evaluation of one group of pieces (a clause in the final sense).
#[derive(Clone, Debug)]
struct Group {
    /// The mentions the clause names.
    mentions: Vec<usize>,
    /// Those named only as an alternative not chosen ("rather than SOC 2").
    set_aside: Vec<usize>,
    /// What the clause claims.
    verdict: Verdict,
    /// True when the clause refers back to a framework named before.
    refers_back: bool,
    /// True when an upkeep word shows a certificate kept up.
    upkeep: bool,
}

/// "An earlier version said we were ISO 27001 certified": the clauses whose
/// status phrase (or, with none, whose frameworks) lie in the report of a
/// withdrawn statement, tokens `report` of the sentence, claim nothing; the
/// words are quoted to be taken back.
fn withdraw(groups: &mut [Group], tokens: &[Token], report: Range<usize>) {
    let Some(from) = tokens.get(report.start).map(|t| t.range.start) else {
        return;
    };
    let to = tokens
        .get(report.end.saturating_sub(1))
        .map_or(from, |t| t.range.end);
    let inside = |at: usize| (from..to).contains(&at);
    for g in groups {
        let reported = match g.verdict {
            Verdict::Claim(_, (start, _)) => inside(start),
            _ => {
                !g.mentions.is_empty()
                    && g.mentions.iter().all(|&m| {
                        tokens
                            .iter()
                            .find(|t| t.kind == TokenKind::Mention(m))
                            .is_some_and(|t| inside(t.range.start))
                    })
            }
        };
        if reported {
            g.verdict = Verdict::Someone(Subject::Standard);
        }
    }
}

/// Splits a sentence into clauses and reads each.
fn evaluate_sentence(tokens: &[Token], ctx: Ctx) -> Vec<Group> {
    read_sentence(tokens, ctx)
        .into_iter()
        .map(|clause| Group {
            verdict: reading(&clause),
            mentions: clause.frameworks,
            set_aside: clause.set_aside,
            refers_back: clause.refers_back,
            upkeep: clause.upkeep_word,
        })
        .collect()
}

/// Analyses every unit and returns the mentions with their statuses.
pub fn analyse(units: &[Unit], frameworks: &FrameworkNames, names: &Names) -> Vec<Mention> {
    let voc = lexicon::compiled();
    let names = NameSets::new(names);
    let names = &names;
    let mut out: Vec<Mention> = Vec::new();
    // The status a heading states ("Certifications we hold"), with the heading's
    // phrase in the original file.
    let mut section: Option<(ClaimedStatus, (usize, usize))> = None;
    let mut held_section: Option<(usize, usize)> = None;
    // True when that heading names a process as a whole ("Our certification
    // journey"), whose items may be its dated steps.
    let mut story_section = false;
    // Mentions (indexes into `out`) of a heading that names frameworks and
    // claims nothing, waiting for the block below it.
    let mut subject_heading: Vec<usize> = Vec::new();
    // True when the title over the block is frameworks' names and nothing
    // else, as a form's field label is.
    let mut name_title = false;
    // Mentions of a heading that names a process of certification as a whole
    // ("## Our ISO 27001 journey"), for a step below that shows the
    // certificate held.
    let mut process_heading: Vec<usize> = Vec::new();
    // True when the previous unit named the organisation (a heading, a
    // signature line) for a credentials line below it.
    let mut org_above = false;
    // True under a table header that lists certificates with their facts
    // ("Certification | Body | Expires"): each row names one that is held.
    let mut register_table = false;
    // True right after a heading.
    let mut after_heading = false;
    // The status a title line that is no heading gives the list or table
    // right under it ("**Certifications held**", "Q3.2 Certifications
    // held:"): as a heading's does, but only until the list ends.
    let mut title_line: Option<(ClaimedStatus, (usize, usize))> = None;
    // True under a header row whose columns name frameworks ("| Vendor | ISO
    // 42001 | SOC 2 |"), and true inside a table (its first row is the header).
    let mut framework_table = false;
    // True under a header row whose first column names parties ("| Vendor |
    // ISO 27001 |", "| Sub-processor | Service | Assurance |").
    let mut party_table = false;
    let mut in_table = false;
    // True in a list whose earlier item states a certificate held ("- ISO
    // 27001 certified"): a later item that is a bare name is held too.
    let mut list_held = false;
    // True under a heading over requirements set for others ("Requirements
    // for suppliers"): its items say what they must hold.
    let mut asks_of_others = false;
    // True inside another party's record ("Supplier: Hetzner" over "ISO
    // 27001 certificate: current"): see `party_records`.
    let mut other_record = false;
    // A question that ended the block before, for this block to answer.
    let mut pending = answers::Pending::default();
    // The frameworks named so far in the block, for a later paragraph that
    // refers back to one of them.
    let mut block = BlockScope::default();
    for unit in units {
        let UnitResult {
            mut mentions,
            also,
            names_org,
            claim: unit_claim,
            lead,
            lead_tokens,
            upkeep,
            open_question,
            asks_expiry,
            asks_body,
            asks_number,
            asks_type_of,
            label_asks_type,
            reply,
            back,
            named_tokens,
        } = analyse_unit(
            unit,
            frameworks,
            voc,
            names,
            org_above,
            !pending.question.is_empty(),
            &block.frameworks(&out, unit.kind),
        );
        // "We started our ISO 27001 project in 2024.\n\nIt was completed
        // this year.": a paragraph that refers back, in the block of one
        // framework, tells what became of it.
        // "## Our ISO 27001 journey" over "- 2025: recertified by BSI": a
        // process whose step below keeps up a certificate, or states it
        // obtained, has ended in it.
        if unit.kind != UnitKind::Heading && mentions.is_empty() {
            let obtained = unit_claim.filter(|&(s, _)| {
                s == ClaimedStatus::Achieved
                    && timeline::states_certification_text(&unit.text)
                    && !names_a_work_step(&unit.text)
            });
            if upkeep || obtained.is_some() {
                let (a, b) = obtained.map_or((0, 0), |(_, p)| p);
                for i in process_heading.drain(..) {
                    out[i].status = Some(ClaimedStatus::Achieved);
                    if obtained.is_some() {
                        out[i].phrase = Some(a..b);
                    }
                }
            }
        }
        if unit.kind == UnitKind::Heading {
            process_heading = (out.len()..out.len() + mentions.len())
                .filter(|_| timeline::names_a_process_text(&unit.text))
                .filter(|&i| {
                    matches!(
                        mentions[i - out.len()].1,
                        Verdict::Claim(ClaimedStatus::InProgress, _)
                    )
                })
                .collect();
        }
        if unit.kind == UnitKind::Heading {
            block.clear();
        } else if let Some((status, phrase, tokens, refers)) = back.filter(|_| mentions.is_empty())
        {
            block.refer_back(&mut out, status, phrase, &tokens, refers);
        }
        // "**Do you hold ISO 27001?**" as one paragraph and "Yes, since 2024."
        // as the next: the block below answers the question above.
        if matches!(unit.kind, UnitKind::Paragraph | UnitKind::ListItem) {
            let lead_status = lead
                .clone()
                .map(|(s, p, d)| (answers::Reply::Status(s, d), p));
            // Asked for a fact, a status the answer states in words carries
            // it: "BSI \u{2013} certified since May 2025" answers "Please
            // confirm your certification body." as no bare date would.
            let answer = match reply.clone() {
                Some((
                    answers::Reply::Date(_) | answers::Reply::Body(_) | answers::Reply::Number(_),
                    _,
                )) if (pending.body || pending.expiry || pending.number)
                    && lead_status.is_some() =>
                {
                    lead_status
                }
                reply => reply.or(lead_status),
            };
            if let Some((answer, phrase)) = answer {
                // "**Do you follow ISO 42001?**" over "Yes, we are fully ISO
                // 42001 compliant.": an answer that names the asked framework
                // again speaks for itself.
                let restated: Vec<usize> = pending
                    .question
                    .iter()
                    .map(|&(i, _)| i)
                    .filter(|&i| {
                        matches!(answer, answers::Reply::Yes)
                            && mentions.iter().any(|m| m.0.framework == out[i].framework)
                    })
                    .collect();
                for &(i, yes) in pending
                    .question
                    .iter()
                    .filter(|(i, _)| !restated.contains(i))
                {
                    answers::apply_reply(&mut out[i], &answer, phrase, yes, &pending);
                }
            }
        }
        pending = answers::Pending {
            question: open_question
                .iter()
                .map(|&(m, yes)| (out.len() + m, yes))
                .collect(),
            expiry: asks_expiry,
            body: asks_body,
            number: asks_number,
            asks_type: asks_type_of,
            label: label_asks_type,
        };
        match unit.kind {
            UnitKind::Heading => {
                story_section = timeline::names_a_process_text(&unit.text);
                section = if mentions.is_empty() {
                    unit_claim.or_else(|| {
                        headings::title_status(&unit.text).map(|(s, (a, b))| {
                            let r = unit.original(a..b);
                            (s, (r.start, r.end))
                        })
                    })
                } else {
                    None
                };
                // "### Accreditations" over "- ISO 27001": a heading that is a
                // label of what is held lists the bare names under it.
                held_section = (section.is_none() && mentions.is_empty())
                    .then(|| headings::held_label(&unit.text))
                    .flatten()
                    .map(|(a, b)| {
                        let r = unit.original(a..b);
                        (r.start, r.end)
                    });
            }
            UnitKind::ListItem | UnitKind::TableRow => {
                if let Some(span) = held_section
                    && bare_names(unit, &mentions)
                {
                    for (_, v, _, _) in &mut mentions {
                        *v = Verdict::Claim(ClaimedStatus::Achieved, span);
                    }
                }
                // "## Upcoming audits" over "ISO 27001 surveillance | May
                // 2027": upkeep of a certificate is not work towards it, so a
                // section of work under way or planned says nothing of it.
                let stage = |s: ClaimedStatus| {
                    matches!(s, ClaimedStatus::InProgress | ClaimedStatus::Planned)
                };
                // "## Our certification journey" over "- 2024: ISO 27001
                // with LRQA": a dated step of the story is not where the
                // journey stands now.
                let dated_step = story_section && timeline::opens_with_date_label(&unit.text);
                // "## Compliance roadmap" over "| Q1 2026 | Cyber Essentials
                // | Done |": a row's own status cell says more than the
                // section it stands in.
                if unit.kind == UnitKind::TableRow {
                    status_cells(unit, &mut mentions);
                }
                if let Some((s, phrase)) = section
                    .or(title_line)
                    .filter(|&(s, _)| !(dated_step || (upkeep && stage(s))))
                {
                    for (_, v, _, _) in &mut mentions {
                        if *v == Verdict::NoPhrase {
                            *v = Verdict::Claim(s, phrase);
                        }
                    }
                }
                // "| Meridian | Type 2 report |" under "| Vendor | SOC 2 |":
                // a value in a framework's column shows the row's
                // organisation holds it.
                let org_row = framework_table && names_org;
                if unit.kind == UnitKind::TableRow {
                    status_cells(unit, &mut mentions);
                    denied_row(unit, &mut mentions);
                } else {
                    labelled_state(unit, &mut mentions);
                    if list_held {
                        bare_item_held(unit, &mut mentions);
                    }
                }
                if unit.kind == UnitKind::TableRow && register_table {
                    shown_held(unit, &mut mentions, false);
                } else if unit.kind == UnitKind::TableRow && org_row {
                    shown_held(unit, &mut mentions, true);
                }
            }
            // A badge that names a framework shows it is held, unless its text
            // says otherwise ("ISO 42001 in progress").
            UnitKind::Badge => shown_held(unit, &mut mentions, false),
            // "### Certificates held" over "ISO/IEC 42001 \u{2013} LRQA": a
            // label line right under a heading that states a status is an
            // item under it.
            UnitKind::Paragraph if after_heading && label_line(&unit.text) => {
                if let Some((s, phrase)) = section {
                    let plain =
                        without_names(&unit.text, mentions.iter().map(|m| m.0.range.clone()));
                    for (_, v, sentence, details) in &mut mentions {
                        if *v == Verdict::NoPhrase {
                            *v = Verdict::Claim(s, phrase);
                            *details = crate::prose::read_details(
                                plain.get(sentence.clone()).unwrap_or(""),
                            );
                        }
                    }
                }
            }
            UnitKind::Paragraph => {}
        }
        if unit.kind != UnitKind::Heading {
            detail_label(unit, &mut mentions);
        }
        if unit.kind != UnitKind::Heading && !upkeep {
            unticked(unit, &mut mentions);
        }
        suppliers_items(unit, &mut mentions);
        qualification_titles(unit, &mut mentions);
        marks_before_names(unit, &mut mentions);
        credentials_after_name(unit, &mut mentions, names);
        deliverables(unit, &mut mentions);
        if unit.kind == UnitKind::Heading {
            asks_of_others = headings::asks_of_others(&unit.text);
        } else if asks_of_others
            && matches!(unit.kind, UnitKind::ListItem | UnitKind::TableRow)
            && !names_org
            && !first_person(&unit.text)
        {
            // A bare name there is theirs too, so that no fact or aside
            // after it ("- SOC 2 Type 2 report") reads as the organisation's.
            for (_, v, _, _) in &mut mentions {
                if matches!(v, Verdict::Claim(..) | Verdict::NoPhrase) {
                    *v = Verdict::Someone(Subject::ThirdParty);
                }
            }
        }
        if unit.kind == UnitKind::Heading || names_org || first_person(&unit.text) {
            other_record = false;
        }
        if unit.kind != UnitKind::TableRow {
            let label_end = party_records::other_party_label(&unit.text, &names.org);
            other_record |= label_end.is_some();
            if other_record {
                let from = label_end.unwrap_or(0);
                // "Certified sub-processor: Hetzner (ISO 27001). Keel passed
                // its audit": the organisation named later takes back the
                // sentences from there.
                let to = match label_end {
                    Some(at) if names_org => {
                        unit.text[at..].find(". ").map_or(usize::MAX, |e| at + e)
                    }
                    _ => usize::MAX,
                };
                if label_end.is_some() && names_org {
                    other_record = false;
                }
                for (found, v, _, _) in &mut mentions {
                    if (from..to).contains(&found.range.start)
                        && matches!(v, Verdict::Claim(..) | Verdict::NoPhrase)
                    {
                        *v = Verdict::Someone(Subject::Supplier);
                    }
                }
            }
        }
        // "| Vendor A | Certified | Type II |" under "| Vendor | ISO 27001 |
        // SOC 2 |": a row of a party table speaks for the party in its first
        // cell, and only the organisation's row for the organisation.
        if party_table && unit.kind == UnitKind::TableRow && in_table && !names.org.is_empty() {
            let first = tables::first_cell(unit);
            let first_tokens = sentences::tokenize(first, 0..first.len(), &[]);
            let ours = !NameSets::find(&names.org, &first_tokens, 0..first_tokens.len()).is_empty()
                || first_person(first);
            let holder = if !NameSets::find(&names.suppliers, &first_tokens, 0..first_tokens.len())
                .is_empty()
                || !voc
                    .suppliers
                    .find_all(&first_tokens, 0..first_tokens.len())
                    .is_empty()
            {
                Subject::Supplier
            } else {
                Subject::ThirdParty
            };
            if !ours && !first.trim().is_empty() {
                for (_, v, _, _) in &mut mentions {
                    if matches!(v, Verdict::Claim(..) | Verdict::NoPhrase) {
                        *v = Verdict::Someone(holder);
                    }
                }
            }
        }
        list_held = unit.kind == UnitKind::ListItem
            && if mentions.is_empty() {
                list_held
            } else {
                mentions
                    .iter()
                    .all(|m| matches!(m.1, Verdict::Claim(ClaimedStatus::Achieved, _)))
            };
        after_heading = unit.kind == UnitKind::Heading;
        match unit.kind {
            UnitKind::ListItem | UnitKind::TableRow => {}
            UnitKind::Paragraph if mentions.is_empty() && is_title_line(&unit.text) => {
                // "ACCREDITATIONS" over "ISO 27001 | Cyber Essentials": a
                // title that is a label of what is held lists it, as such a
                // table cell does.
                title_line = headings::title_status(&unit.text)
                    .or_else(|| {
                        headings::held_label(&unit.text).map(|span| (ClaimedStatus::Achieved, span))
                    })
                    .map(|(s, (a, b))| {
                        let r = unit.original(a..b);
                        (s, (r.start, r.end))
                    });
            }
            _ => title_line = None,
        }
        if unit.kind != UnitKind::TableRow {
            register_table = false;
            framework_table = false;
            party_table = false;
        } else if !in_table {
            party_table = tables::party_header(unit);
            register_table = mentions.is_empty() && is_register_header(&unit.text);
            framework_table = tables::has_framework_columns(unit, frameworks.prepared());
        }
        in_table = unit.kind == UnitKind::TableRow;
        // A list keeps the organisation named above it for all its items.
        org_above = names_org || (org_above && unit.kind == UnitKind::ListItem);
        // "### ISO/IEC 27001" over "Certified since 2019 by BSI.": a heading that
        // only names frameworks takes the status of the first sentence below it,
        // when that block names no framework of its own.
        if unit.kind != UnitKind::Heading {
            let body = matches!(unit.kind, UnitKind::Paragraph | UnitKind::ListItem);
            // "<dt>Cyber Essentials</dt><dd>Yes</dd>": a bare yes or no
            // under a framework's name alone is a form's answer for it.
            let form_answer = || {
                let text = unit.text.trim().trim_end_matches('.');
                let lower = text.to_lowercase();
                if !name_title
                    || !(vocabulary::YES_CELLS.contains(&lower.as_str())
                        || vocabulary::NO_CELLS.contains(&lower.as_str()))
                {
                    return None;
                }
                let span = |r: Range<usize>| {
                    let o = unit.original(r);
                    (o.start, o.end)
                };
                let start = unit.text.len() - unit.text.trim_start().len();
                if tables::yes_answer(text) {
                    Some((
                        ClaimedStatus::Achieved,
                        span(start..start + text.trim_start().len()),
                        ClaimDetails::default(),
                    ))
                } else {
                    tables::no_answer(text)
                        .filter(|&(_, rest)| rest >= text.len())
                        .map(|((a, b), _)| {
                            (
                                ClaimedStatus::Not,
                                span(start + a..start + b),
                                ClaimDetails::default(),
                            )
                        })
                }
            };
            let lead = lead.or_else(|| form_answer().filter(|_| !subject_heading.is_empty()));
            if let Some((status, (a, b), details)) = lead.filter(|_| body && mentions.is_empty()) {
                for &i in &subject_heading {
                    out[i].status = Some(status);
                    out[i].subject = Some(Subject::Organisation);
                    out[i].phrase = Some(a..b);
                    out[i].details = details.clone();
                }
                // The heading's framework now stands where this sentence
                // tells it, so a later step of the story is told after it:
                // "### ISO 42001" over "Work began in 2024." and "Certified
                // in 2026.".
                if !subject_heading.is_empty() {
                    block.told_at(lead_tokens.clone());
                }
            }
        }
        // A paragraph that is one framework's name alone ("**ISO/IEC
        // 27001**") is the title of the lines below it, as a heading is. A
        // list item is not: the last item of a list is no title of what
        // follows the list.
        // So is one numbered as a section ("4.2 ISO/IEC 27001").
        let title = unit.kind == UnitKind::Heading
            || (unit.kind == UnitKind::Paragraph
                && mentions.len() == 1
                && names_only(
                    without_section_number(&unit.text),
                    mentions.iter().map(|m| {
                        let cut = unit.text.len() - without_section_number(&unit.text).len();
                        m.0.range.start.saturating_sub(cut)..m.0.range.end.saturating_sub(cut)
                    }),
                ));
        if title
            && !mentions.is_empty()
            && mentions.iter().all(|(_, v, _, _)| *v == Verdict::NoPhrase)
        {
            subject_heading = (out.len()..out.len() + mentions.len()).collect();
            name_title = names_only(&unit.text, mentions.iter().map(|m| m.0.range.clone()));
        } else {
            subject_heading.clear();
            name_title = false;
        }
        let named = out.len()..out.len() + mentions.len();
        if !mentions.is_empty() {
            block.named(named.clone(), named_tokens.clone());
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
        if !named.is_empty() {
            block.later_step(&mut out, named, &named_tokens);
        }
    }
    out
}

/// A status that a clause naming no framework states, with its phrase, the
/// tokens of its sentence, and whether the clause refers back.
type Back = (ClaimedStatus, (usize, usize), Vec<Token>, bool);

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
    /// The tokens of the unit's first sentence, which `lead` is read from.
    lead_tokens: Vec<Token>,
    /// True when the unit speaks of keeping a certificate ("surveillance
    /// audit", "renewal"), which is no stage of work towards one.
    upkeep: bool,
    /// The mentions of a question that ends the unit unanswered, each with the
    /// status a "yes" would give it, for an answer in the next block.
    open_question: Vec<(usize, answers::StatusAt)>,
    /// True when that question asks when a certificate ends.
    asks_expiry: bool,
    /// True when that question asks who certified or audited it.
    asks_body: bool,
    /// True when that question asks for the certificate's number.
    asks_number: bool,
    /// True when that question asks which type of report it names.
    asks_type_of: bool,
    /// True when it is no question but a label that asks for a type.
    label_asks_type: bool,
    /// What the unit's first sentence says as an answer ("Yes.", "We do.", a
    /// date), with the span it was read from.
    reply: Option<(answers::Reply, (usize, usize))>,
    /// In a unit that names no framework, the last status a clause states
    /// that refers back ("It was completed in March", "this certification")
    /// or that says a certificate is held ("Today we are certified").
    back: Option<Back>,
    /// The tokens of the unit's last sentence that names a framework.
    named_tokens: Vec<Token>,
}

/// Analyses one unit: its mentions with verdicts and sentence ranges, and the
/// statuses its clauses without mentions assert.
fn analyse_unit(
    unit: &Unit,
    frameworks: &FrameworkNames,
    voc: &Compiled,
    names: &NameSets,
    org_above: bool,
    question_above: bool,
    earlier: &[String],
) -> UnitResult {
    let text = unit.text.as_str();
    let found = frameworks.find(text, earlier);
    // Details are read with the framework names blanked out: "ISO-27001" is the
    // standard's name, never a certificate number.
    let plain = without_names(text, found.iter().map(|f| f.range.clone()));
    let ranges: Vec<Range<usize>> = found.iter().map(|f| f.range.clone()).collect();
    let sentences = sentences::split_sentences(text, &ranges);
    let mut tokenized: Vec<Vec<Token>> = sentences
        .iter()
        .map(|s| {
            let mut tokens = sentences::tokenize(text, s.clone(), &ranges);
            possessive_names_as_our(text, &mut tokens, names);
            answers::speaker_label(text, &mut tokens, voc, names);
            answers::choices_label(&mut tokens);
            tokens
        })
        .collect();
    // "..., but we do": the sentences whose last clause gives the
    // organisation the predicate of the one before, affirmed or denied.
    let elided: Vec<Option<bool>> = tokenized
        .iter_mut()
        .map(|t| answers::elided_contrast(t, voc, names))
        .collect();
    let indirect: Vec<bool> = tokenized
        .iter_mut()
        .map(|t| answers::indirect_question(t))
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
    // Mentions whose reading a later clause may overtake, being told for a
    // later time: work under way or told as history, in this sentence or the
    // one before.
    let mut story: Vec<usize> = Vec::new();
    // Mentions that are hashtags closing a post ("... #ISO27001 #Keel").
    let mut tags: Vec<usize> = Vec::new();
    // The first status the post states in clauses that name no framework but
    // by its closing hashtags.
    let mut post_claim: Option<(ClaimedStatus, (usize, usize))> = None;

    // The sentence whose details (dates, numbers, body) a mention's claim
    // states, when it is not the mention's own: the answer to a question.
    let mut detail_sentence: Vec<Option<usize>> = vec![None; found.len()];
    // The details an answer gives a question's mention, read from words the
    // question supplies ("When does it expire?" makes "In September 2027" an
    // expiry).
    let mut answer_details: Vec<Option<ClaimDetails>> = vec![None; found.len()];
    // True when the question before asked when a certificate ends.
    let mut asked_expiry = false;
    // True when the question before asked who certified or audited it.
    let mut asked_body = false;
    // True when the question before asked for the certificate's number.
    let mut asked_number = false;
    // True when the question before asked when the certificate's next upkeep
    // is ("When is your next surveillance audit?").
    let mut asked_upkeep = false;
    let mut open_question: Vec<(usize, answers::StatusAt)> = Vec::new();
    let mut asks_expiry = false;
    let mut asks_body = false;
    let mut asks_number = false;
    let mut asks_type_of = false;
    let mut label_asks_type = false;
    // A type that an answer or a label's value gives a mention ("SOC 2 report
    // type? | Type 2").
    let mut typed: Vec<Option<String>> = vec![None; found.len()];
    let mut reply: Option<(answers::Reply, (usize, usize))> = None;
    let mut back: Option<Back> = None;
    let mut named_tokens: Vec<Token> = Vec::new();
    // Mentions of a question that the next sentence may answer.
    let mut asked: Vec<usize> = Vec::new();
    // True after a request for a list of certifications ("What certifications
    // do you hold?"): a bare list of names answers it.
    let mut list_requested = false;
    // True after a question about the organisation that the next sentence
    // answers "yes" while naming the framework again ("Do you have a SOC 2
    // report? Yes, a SOC 2 Type 2 report."): that answer shows it held.
    let mut affirmed = false;
    // The index of the sentence that opens what the unit says: the first, or
    // the second after an aside ("Disclosure: I work for Meridian.") that
    // leaves a question open for it.
    let mut opening = 0;
    // True right after such an aside: a second one closes the question.
    let mut after_aside = false;

    let ctx = Ctx {
        voc,
        names,
        text,
        reader_is_org: false,
        roles_are_org: roles_name_the_org(&tokenized, voc, names),
        others_are_org: false,
    };
    for tokens in &mut tokenized {
        leading_mark_yields(tokens, ctx);
        wh_title_label(tokens, ctx);
        comparison::own_side_label(tokens, names);
        attribution_label(tokens, ctx);
    }
    for (si, tokens) in tokenized.iter().enumerate() {
        let question = is_question(text, &sentences[si], tokens) || indirect[si];
        let next = tokenized.get(si + 1);
        let answer_word = next.and_then(|n| answers::opening_word(n));
        let answer_names_framework =
            next.is_some_and(|n| n.iter().any(|t| matches!(t.kind, TokenKind::Mention(_))));
        // "| Have you obtained X? | Yes | Obtained together with Y |": the
        // answer's own cell names no framework; the comment cell after it
        // speaks of another.
        // "Yes, and we hold Cyber Essentials too": a yes closed by a mark or
        // a conjunction answers before the rest adds a claim of its own about
        // another framework (one that names the asked framework again speaks
        // for itself).
        let frameworks_of = |ts: &[Token]| -> Vec<&str> {
            ts.iter()
                .filter_map(|t| match t.kind {
                    TokenKind::Mention(m) => found.get(m).map(|f| f.framework.as_str()),
                    _ => None,
                })
                .collect()
        };
        let asked_frameworks = frameworks_of(tokens);
        let answer_cell_names_framework = next.is_some_and(|n| {
            let cell: Vec<Token> = n.iter().take_while(|t| t.norm != "|").cloned().collect();
            let named = frameworks_of(&cell);
            let adds_another = matches!(
                answers::opening_yes_or_no(n),
                Some((answers::Reply::Yes, _))
            ) && named.iter().all(|f| !asked_frameworks.contains(f));
            !named.is_empty() && !adds_another
        });
        let says = |list: &[&str]| answer_word.is_some_and(|t| list.contains(&t.norm.as_str()));
        // An answer that names the framework itself speaks for itself.
        // Only a question about the organisation ("Are you ...?", "Cyber
        // Essentials?") is answered by "yes" or "no"; "Is X required by Y? No."
        // is a general question.
        let words = answers::after_label(tokens)
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .count();
        // The organisation named in the question is as personal as "you":
        // "Is Northwind ISO 27001 certified? Yes."
        // "Currently certified to Cyber Essentials? No.": a form's question
        // with no subject, opened by an adverb of now, asks the reader too.
        let opens_with_now = answers::after_label(tokens)
            .iter()
            .find(|t| t.kind != TokenKind::Punct)
            .is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "currently" | "presently" | "still" | "already"
                )
            });
        let personal = words <= 3
            || (opens_with_now && words <= 5)
            || tokens.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "you" | "your" | "yours" | "we" | "our" | "us"
                )
            })
            || !NameSets::find(&names.org, tokens, 0..tokens.len()).is_empty()
            || !role_references(tokens, 0..tokens.len(), ctx).is_empty()
            // "Is a SOC 2 Type II report available? Yes.": a questionnaire
            // asks whether the reader is given the document.
            || tokens
                .iter()
                .any(|t| HANDED_OVER.contains(&t.norm.as_str()));
        // "... whether we hold ISO 27001. Good news: we do."
        let short = next.and_then(|n| answers::short_answer(n, voc, names));
        let answered = question
            && personal
            && (says(vocabulary::YES_ANSWERS) || short == Some(true))
            && !answer_cell_names_framework;
        let not_until = next.is_some_and(|n| answers::not_until(n));
        let answered_no = question
            && personal
            && ((says(vocabulary::NO_ANSWERS) && !not_until) || short == Some(false));
        // "Which SOC 2 report do you have? A SOC 2 Type 2 report." names what
        // is held, as "Yes, a SOC 2 Type 2 report." does.
        let asks_which_held = question
            && personal
            && answer_names_framework
            && answers::asks_which(tokens)
            && evaluate_sentence(
                tokens,
                Ctx {
                    reader_is_org: true,
                    ..ctx
                },
            )
            .iter()
            .all(|g| {
                matches!(
                    g.verdict,
                    Verdict::NoPhrase | Verdict::Claim(ClaimedStatus::Achieved, _)
                )
            });
        let affirms_next = question
            && personal
            && answer_names_framework
            && (says(vocabulary::YES_ANSWERS) || asks_which_held);
        // "SOC 2 report type? Type 2.": an answer that only states a type
        // shows a report of that type is held, as does a label that asks for
        // one and ends with it.
        let type_given = next
            .and_then(|n| answers::type_reply(text, n))
            .filter(|_| answers::asks_type(tokens) && (personal || !question))
            .or_else(|| answers::labelled_type(text, tokens));
        let answer_lapsed = next.is_some_and(|n| {
            !voc.lapses.find_all(n, 0..n.len()).is_empty()
                || (answers::asks_past(tokens) && answers::ended_span(n))
        });
        let ctx = Ctx {
            reader_is_org: answered || answered_no,
            others_are_org: elided[si].is_some()
                || answers::echoes_org(tokens, voc, names)
                || answers::adds_org(tokens, voc, names)
                || next.is_some_and(|n| {
                    !n.iter().any(|t| matches!(t.kind, TokenKind::Mention(_)))
                        && answers::adds_org(n, voc, names)
                })
                || answers::fills_the_role(tokens, names)
                || next.is_some_and(|n| answers::identifies_org(n, voc, names)),
            ..ctx
        };
        let mut groups = evaluate_sentence(tokens, ctx);
        if let Some(report) = retractions::withdrawn_report(tokens, next.map(|n| n.as_slice())) {
            withdraw(&mut groups, tokens, report);
        }
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
                if tag_line_end {
                    tags.push(m);
                }
                if type_given.is_some() && found[m].qualifier.is_none() {
                    typed[m].clone_from(&type_given);
                }
                verdicts[m] = match g.verdict {
                    _ if tag_line_end || g.set_aside.contains(&m) => Verdict::NoPhrase,
                    Verdict::NoPhrase | Verdict::Question
                        if type_given.is_some()
                            && (typed[m].is_some() || found[m].qualifier.is_some()) =>
                    {
                        let r = &tokens.iter().find(|t| t.kind == TokenKind::Mention(m));
                        let span = r.map_or((0, 0), |t| (t.range.start, t.range.end));
                        Verdict::Claim(ClaimedStatus::Achieved, span)
                    }
                    _ if question
                        && type_given.is_some()
                        && (typed[m].is_some() || found[m].qualifier.is_some()) =>
                    {
                        let r = &tokens.iter().find(|t| t.kind == TokenKind::Mention(m));
                        let span = r.map_or((0, 0), |t| (t.range.start, t.range.end));
                        Verdict::Claim(ClaimedStatus::Achieved, span)
                    }
                    // "Now that we're ISO 42001 certified, could the hero
                    // say so?": the clause after "now that" is taken as
                    // given, whatever the question asks.
                    Verdict::Claim(..) if question && given_in_question(tokens, m) => g.verdict,
                    _ if question && !answered && !answered_no => Verdict::Question,
                    // "Most vendors hold ISO 27001, but we don't."
                    Verdict::Claim(ClaimedStatus::Achieved | ClaimedStatus::Compliant, p)
                        if elided[si] == Some(false) =>
                    {
                        Verdict::Claim(ClaimedStatus::Not, p)
                    }
                    // "Does your ISO 27001 scope include X? No." denies the
                    // scope, not the certificate.
                    Verdict::Claim(ClaimedStatus::Achieved, p)
                        if answered_no && answers::presupposes_held(tokens, p) =>
                    {
                        Verdict::Question
                    }
                    // "Are you certified? No." says it is not held.
                    Verdict::Claim(ClaimedStatus::Achieved, p) if answered_no => {
                        Verdict::Claim(ClaimedStatus::Not, p)
                    }
                    // "Cyber Essentials Plus? No." A longer question without
                    // a status phrase asks something else of the framework
                    // ("Does your ISO 27001 scope include X? No.").
                    Verdict::NoPhrase if answered_no && answers::bare_question(tokens) => {
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
            for &m in &g.mentions {
                // "We were not ISO 42001 certified until February 2026": a
                // lack told in the past that ended at a date.
                if let Verdict::Claim(ClaimedStatus::Not, p) = verdicts[m]
                    && timeline::lack_ended(tokens, p.1)
                {
                    verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, p);
                }
                let past_lack = lacked(verdicts[m]) && timeline::told_as_past(tokens);
                if (tells_a_stage(verdicts[m]) || lapsed(verdicts[m]) || past_lack) && !question {
                    story.push(m);
                }
            }
            // "Our ISO 27001 journey: gap analysis in 2025, ..., first
            // surveillance audit due in 2027": a process whose later step
            // keeps up a certificate has ended in it.
            if g.mentions.is_empty() && g.upkeep && !question {
                for &m in &story {
                    let process = tells_a_stage(verdicts[m])
                        && sentence_of[m] == si
                        && steps_listed(tokens, verdicts[m]);
                    if let (true, Verdict::Claim(_, p)) = (process, verdicts[m]) {
                        verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, p);
                    }
                }
            }
            let earlier_mentions = seen_mentions;
            seen_mentions |= !g.mentions.is_empty();
            // "Last year we were not yet ISO 42001 certified. That changed in
            // February.": the state told before is over, so it is now held.
            if g.mentions.is_empty()
                && !earlier_mentions
                && !question
                && let Some(at) = timeline::state_changed(tokens)
            {
                let phrase = (tokens[at].range.start, tokens[at].range.end);
                for &m in &waiting_before {
                    let past = tokenized[sentence_of[m]]
                        .iter()
                        .any(|t| vocabulary::PAST_TENSE.contains(&t.norm.as_str()));
                    if past && matches!(verdicts[m], Verdict::Claim(ClaimedStatus::Not, _)) {
                        verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, phrase);
                    }
                }
            }
            let Verdict::Claim(status, phrase) = g.verdict else {
                continue;
            };
            if question && !answered {
                continue;
            }
            if g.mentions.iter().all(|m| tags.contains(m)) {
                post_claim = post_claim.or(Some((status, phrase)));
            }
            // "- Gap assessment: done \u{2705}" under "## ISO 42001
            // programme": a step of the work done is no certificate.
            let step_done = status == ClaimedStatus::Achieved
                && names_a_work_step(&text[sentences[si].clone()]);
            if g.mentions.is_empty() {
                unit_claim = unit_claim.or(Some((status, phrase)));
                if si == opening && here.is_empty() && lead.is_none() && !step_done {
                    let details =
                        crate::prose::read_details(plain.get(sentences[si].clone()).unwrap_or(""));
                    lead = Some((status, phrase, details));
                }
            }
            if g.mentions.is_empty() && status == ClaimedStatus::Achieved && !question {
                overtake_story(&tokenized, si, phrase, &story, &sentence_of, &mut verdicts);
            }
            if found.is_empty() && !question && g.mentions.is_empty() && !step_done {
                if g.refers_back {
                    back = Some((status, phrase, tokens.clone(), true));
                } else if status == ClaimedStatus::Achieved {
                    back = Some((status, phrase, tokens.clone(), false));
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
                match verdicts[m].referred_to(status) {
                    Some(Ok(now)) => verdicts[m] = Verdict::Claim(now, phrase),
                    Some(Err(beside)) => also[m] = Some((beside, phrase)),
                    None => {}
                }
            }
        }
        // "Who certifies you? BSI, for ISO 27001.": a question that named no
        // framework leaves the answer to name the certificate it asks about.
        if !here.is_empty()
            && asked.is_empty()
            && asked_body
            && let Some((details, span)) = answers::body_named_first(text, tokens)
        {
            for &m in &here {
                if verdicts[m] == Verdict::NoPhrase {
                    verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, span);
                    answer_details[m] = Some(details.clone());
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
            if asked_upkeep && answers::dated_answer(text, tokens).is_some() {
                // "When is your next surveillance audit? It is booked for
                // June 2027." The date of the next upkeep, booked or not,
                // answers for a certificate held.
                let span = tokens
                    .first()
                    .zip(tokens.last())
                    .map_or((0, 0), |(a, b)| (a.range.start, b.range.end));
                for &m in &asked {
                    if verdicts[m] == Verdict::Question {
                        verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, span);
                    }
                }
            } else if let Some((status, phrase)) = answer {
                for &m in &asked {
                    if verdicts[m] == Verdict::Question {
                        verdicts[m] = Verdict::Claim(status, phrase);
                        detail_sentence[m] = Some(si);
                    }
                }
            } else if asked_expiry && let Some(date) = answers::dated_answer(text, tokens) {
                // "When does your certificate expire? In September 2027." The
                // date answers for a certificate that is held. An answer that
                // labels its own facts ("IASME-CE-013579, expires 9 March
                // 2028", to a question for number and expiry) is read as it
                // is written.
                let own = crate::prose::read_details(date);
                let details = if own.valid_to.is_some() {
                    own
                } else {
                    crate::prose::read_details(&format!("expires {date}"))
                };
                let span = tokens
                    .first()
                    .map_or((0, 0), |t| (t.range.start, t.range.start));
                let span = (span.0, tokens.last().map_or(span.1, |t| t.range.end));
                for &m in &asked {
                    if verdicts[m] == Verdict::Question && details.valid_to.is_some() {
                        verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, span);
                        answer_details[m] = Some(details.clone());
                    }
                }
            } else if asked_body && let Some((details, span)) = answers::body_answer(text, tokens) {
                // "Which body certified your ISO 42001? LRQA did." The body
                // answers for a certificate that is held.
                for &m in &asked {
                    if verdicts[m] == Verdict::Question {
                        verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, span);
                        answer_details[m] = Some(details.clone());
                    }
                }
            } else if asked_number
                && let Some((details, span)) = answers::number_answer(text, tokens)
            {
                // "What is your certificate number? IS 712345." The number
                // answers for a certificate that is held.
                for &m in &asked {
                    if verdicts[m] == Verdict::Question {
                        verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, span);
                        answer_details[m] = Some(details.clone());
                    }
                }
            }
        }
        // A question about the standard itself ("Is ISO 42001 certification
        // required by ...?") is answered by a general statement, not a claim.
        let about_standard = !personal && {
            let mut words = tokens.iter().filter(|t| t.kind != TokenKind::Punct);
            let opener = words.next();
            opener.is_some_and(|t| vocabulary::QUESTION_OPENERS.contains(&t.norm.as_str()))
                && words
                    .next()
                    .is_some_and(|t| matches!(t.kind, TokenKind::Mention(_)))
        };
        // "Any scribes with ISO 42001? Disclosure: I work for Meridian. We
        // hope to be one of the first.": one short aside that names no
        // framework, states no status and asks nothing leaves the question
        // before it open for the sentence after it.
        let left_open = if si == 0 {
            question_above
        } else {
            !asked.is_empty()
        };
        // Reading a reply is the costly part: it is tried last, and only when a
        // question is open.
        after_aside = left_open
            && !question
            && here.is_empty()
            && !after_aside
            && groups.iter().all(|g| g.verdict == Verdict::NoPhrase)
            && tokens.iter().filter(|t| t.kind == TokenKind::Word).count() <= ASIDE_WORDS
            && answers::reply(text, tokens, voc, names).is_none();
        if after_aside {
            if si == 0 {
                opening = 1;
            }
        } else {
            asked =
                if question && !about_standard && !answered && !answered_no && type_given.is_none()
                {
                    here.clone()
                } else {
                    Vec::new()
                };
            // A form question that is a noun phrase alone ("Certificate expiry
            // date?") asks the organisation as "your" does.
            let asks_us = personal || answers::noun_question(tokens);
            asked_expiry = question && asks_us && answers::asks_for_expiry(tokens);
            asked_body = question && asks_us && answers::asks_for_body(tokens);
            asked_number = question && asks_us && answers::asks_for_number(tokens);
            asked_upkeep = question
                && asks_us
                && tokens.iter().any(|t| t.norm == "when")
                && (!voc.maintenance.find_all(tokens, 0..tokens.len()).is_empty()
                    || !voc
                        .maintenance_phrases
                        .find_all(tokens, 0..tokens.len())
                        .is_empty());
        }
        if si + 1 == tokenized.len() && !asked.is_empty() {
            // A question that ends the block may be answered by the next one:
            // read it as the statement a "yes" would make.
            let yes = evaluate_sentence(
                tokens,
                Ctx {
                    reader_is_org: true,
                    ..ctx
                },
            );
            for g in &yes {
                for &m in &g.mentions {
                    let span = found
                        .get(m)
                        .map_or((0, 0), |f| (f.range.start, f.range.end));
                    let status = match g.verdict {
                        Verdict::Claim(s, p) => Some((s, p)),
                        Verdict::NoPhrase => Some((ClaimedStatus::Achieved, span)),
                        _ => None,
                    };
                    if let Some(status) = status.filter(|_| asked.contains(&m)) {
                        open_question.push((m, status));
                    }
                }
            }
            asks_expiry = asked_expiry;
            asks_body = asked_body;
            asks_number = asked_number;
            asks_type_of = answers::asks_type(tokens);
        }
        // A label that asks for a type and ends the block ("SOC 2 report type"
        // as a heading or a bold line) is answered by a type in the next one.
        if si + 1 == tokenized.len()
            && !question
            && open_question.is_empty()
            && type_given.is_none()
            && answers::asks_type(tokens)
        {
            for &m in here.iter().filter(|&&m| found[m].qualifier.is_none()) {
                let span = found
                    .get(m)
                    .map_or((0, 0), |f| (f.range.start, f.range.end));
                match verdicts[m] {
                    Verdict::NoPhrase => open_question.push((m, (ClaimedStatus::Achieved, span))),
                    Verdict::Claim(ClaimedStatus::Achieved, p) => {
                        open_question.push((m, (ClaimedStatus::Achieved, p)));
                    }
                    _ => {}
                }
            }
            asks_type_of = !open_question.is_empty();
            label_asks_type = asks_type_of;
        }
        // A reply matters only to a question the block above left open.
        if question_above && si == opening {
            reply = if here.is_empty() {
                answers::reply(text, tokens, voc, names)
            } else {
                // "Yes, and we're Cyber Essentials certified too": the yes
                // answers the question before the sentence adds its own.
                answers::opening_yes_or_no(tokens)
            };
        }
        list_requested = requests_list;
        affirmed = affirms_next;
        if !here.is_empty() {
            waiting_before = waiting_here;
            named_tokens.clone_from(tokens);
        }
        // A story runs from one sentence to the next, no further.
        story.retain(|&m| sentence_of[m] == si);
    }

    // "I thought you had 27001?" over "We did. It expired in April.": a
    // yes that the next sentence ends tells of a certificate that lapsed.
    let ended_after = |n: &Vec<Token>| {
        !n.iter().any(|t| matches!(t.kind, TokenKind::Mention(_)))
            && !voc.lapses.find_all(n, 0..n.len()).is_empty()
    };
    if let Some((answers::Reply::Yes, span)) = reply
        && tokenized.get(opening + 1).is_some_and(ended_after)
    {
        reply = Some((
            answers::Reply::Status(ClaimedStatus::Lapsed, ClaimDetails::default()),
            span,
        ));
    }
    // A post whose only framework names are its closing hashtags is about
    // them: "Recertification due in 2028, and we're preparing. #ISO27001"
    // says of ISO 27001 what its sentences say without naming it.
    if let Some(claim) = post_claim
        && !tags.is_empty()
        && (0..found.len()).all(|m| tags.contains(&m))
    {
        for &m in &tags {
            verdicts[m] = Verdict::Claim(claim.0, claim.1);
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
    // A list item that is a sentence of its own ("- For a start-up like
    // Sprout, the NIST AI RMF is a lighter place to begin; we may look at
    // ISO 42001 later.") sets out no credentials.
    let words = tokenized
        .iter()
        .flatten()
        .filter(|t| t.kind == TokenKind::Word && !t.norm.is_empty())
        .count();
    let told_as_sentence = words > LIST_ITEM_WORDS
        && tokenized.iter().flatten().any(|t| {
            matches!(
                t.norm.as_str(),
                "we" | "i" | "they" | "it" | "may" | "might" | "will" | "would" | "could"
            )
        });
    let list_like = (unit.kind == UnitKind::ListItem && !told_as_sentence)
        || unit.text.contains(['\u{b7}', '|', '\u{2022}'])
        || (unit.text.contains(';') && credentials_label(text));
    // Under a credentials label ("Compliance: SOC 2 \u{b7} ISO 27001 (in
    // progress)") the items without a status of their own are held, set
    // against the one whose status is given.
    // A strip of bare names between dots, as a footer or a landing page sets
    // them out ("Trusted by 2,000 teams \u{b7} SOC 2 Type II \u{b7} Cyber
    // Essentials"), is a credentials line too.
    let labelled = credentials_label(text) || trust_strip(text, &found, &verdicts);
    // A row of a profile table whose first cell is such a label ("|
    // Certifications | ISO 27001 (BSI), CE+ |") lists them as well.
    let labelled_row = unit.kind == UnitKind::TableRow && credentials_row(text, &found);
    // "Amazon Web Services (sub-processor): ISO/IEC 27001": a line labelled
    // with a supplier lists what the supplier holds.
    let party_label = tokenized.first().is_some_and(|t| {
        sentences::label_colon(t, TITLE_LABEL_WORDS + 4).is_some_and(|colon| {
            NameSets::find(&names.org, t, 0..colon).is_empty()
                && (!NameSets::find(&names.suppliers, t, 0..colon).is_empty()
                    || !voc.suppliers.find_all(t, 0..colon).is_empty())
        })
    });
    let listed = list_like
        && (names_org || org_above || labelled)
        && !party_label
        && unit.kind != UnitKind::TableRow
        && !label_over_statement(text, &found);
    if (listed || labelled_row)
        && !found.is_empty()
        && (labelled || labelled_row || verdicts.iter().all(|v| *v == Verdict::NoPhrase))
    {
        for (v, f) in verdicts.iter_mut().zip(&found) {
            if *v == Verdict::NoPhrase {
                *v = Verdict::Claim(ClaimedStatus::Achieved, (f.range.start, f.range.end));
            }
        }
    }
    // "Shipped: ISO 27001 recertification", "Later: SOC 2 Type 2": a roadmap
    // line's label gives the names after it a status they do not state.
    for sentence in sentences.iter().filter(|_| unit.kind != UnitKind::Heading) {
        let Some((status, (a, b))) = text.get(sentence.clone()).and_then(line_label) else {
            continue;
        };
        let span = (sentence.start + a, sentence.start + b);
        for (v, f) in verdicts.iter_mut().zip(&found) {
            if *v == Verdict::NoPhrase && f.range.start >= span.1 && f.range.end <= sentence.end {
                *v = Verdict::Claim(status, span);
            }
        }
    }
    // "Sprout: SOC 2 Type II.", "Certifications held: Cyber Essentials,
    // ISO/IEC 27001": a label for the organisation or its credentials over
    // nothing but names lists them as held.
    for sentence in sentences.iter().filter(|_| unit.kind != UnitKind::Heading) {
        let Some(label_end) = label_over_names(text, sentence.clone(), &found, names) else {
            continue;
        };
        for (v, f) in verdicts.iter_mut().zip(&found) {
            if *v == Verdict::NoPhrase && f.range.start >= label_end && f.range.end <= sentence.end
            {
                *v = Verdict::Claim(ClaimedStatus::Achieved, (sentence.start, label_end));
            }
        }
    }
    label_leaves_statement_to_its_names(text, &found, &sentence_of, &mut verdicts);
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
                _ if answer_details[i].is_some() => answer_details[i].clone().unwrap_or_default(),
                (_, Verdict::Claim(s, _))
                    if s != ClaimedStatus::Achieved
                        && !(s == ClaimedStatus::Compliant && f.framework != "soc2") =>
                {
                    ClaimDetails::default()
                }
                (_, v) if !matches!(v, Verdict::Claim(..)) => ClaimDetails::default(),
                (Some(d), _) => crate::prose::read_details(
                    sentences
                        .get(d)
                        .and_then(|r| plain.get(r.start..))
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
                    // "... ISO 27001 and ISO 42001, both certificates issued
                    // by LRQA": facts told of them all after the last name
                    // belong to each.
                    let last_end = ends
                        .iter()
                        .copied()
                        .filter(|&e| e >= sentence.start && e <= sentence.end)
                        .max()
                        .unwrap_or(sentence.end);
                    let first_after_last = plain.get(last_end..sentence.end).and_then(|tail| {
                        tail.split_whitespace()
                            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                            .find(|w| !w.is_empty())
                            .map(str::to_lowercase)
                    });
                    // "holds ISO 27001 and ISO 42001 certification from LRQA":
                    // names joined by "and" before one certificate noun share
                    // what is told of it.
                    let in_sentence: Vec<usize> = (0..starts.len())
                        .filter(|&k| starts[k] >= sentence.start && ends[k] <= sentence.end)
                        .collect();
                    let coordinated = in_sentence.len() > 1
                        && in_sentence.windows(2).all(|w| {
                            plain.get(ends[w[0]]..starts[w[1]]).is_some_and(|gap| {
                                gap.split(|c: char| !c.is_alphanumeric() && c != '&')
                                    .all(|t| {
                                        t.is_empty() || t.eq_ignore_ascii_case("and") || t == "&"
                                    })
                            })
                        });
                    let shared = first_after_last.as_deref().is_some_and(|w| {
                        vocabulary::SHARING_WORDS.contains(&w)
                            || (coordinated
                                && matches!(
                                    w,
                                    "certification"
                                        | "certifications"
                                        | "certificates"
                                        | "certified"
                                ))
                    });
                    let mut d =
                        crate::prose::read_details(plain.get(from..to.max(from)).unwrap_or(""));
                    if shared && to < last_end {
                        let tail = crate::prose::read_details(
                            plain.get(last_end..sentence.end).unwrap_or(""),
                        );
                        crate::prose::fill_details(&mut d, tail);
                    }
                    d
                }
            };
            let (verdict, details) = certificate_facts_hold(verdict, details);
            let mut f = f.clone();
            if f.qualifier.is_none() {
                f.qualifier.clone_from(&typed[i]);
            }
            (f, verdict, sentence, details)
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
        lead_tokens: tokenized.get(opening).cloned().unwrap_or_default(),
        upkeep: tokenized.iter().any(|t| {
            !voc.maintenance.find_all(t, 0..t.len()).is_empty()
                || !voc.maintenance_phrases.find_all(t, 0..t.len()).is_empty()
        }),
        open_question: open_question
            .into_iter()
            .map(|(m, (s, p))| (m, (s, in_file(p))))
            .collect(),
        asks_expiry,
        asks_body,
        asks_number,
        asks_type_of,
        label_asks_type,
        reply: reply.map(|(r, p)| (r, in_file(p))),
        back: back.map(|(s, p, t, r)| (s, in_file(p), t, r)),
        named_tokens,
    }
}

/// True for a reading that a later step of a story may overtake: work under
/// way or planned, or nothing (work told as history reads as nothing).
fn tells_a_stage(verdict: Verdict) -> bool {
    matches!(
        verdict,
        Verdict::NoPhrase | Verdict::Claim(ClaimedStatus::InProgress | ClaimedStatus::Planned, _)
    )
}

/// True for a mention read as not held.
fn lacked(verdict: Verdict) -> bool {
    matches!(verdict, Verdict::Claim(ClaimedStatus::Not, _))
}

/// True for a mention read as lapsed.
fn lapsed(verdict: Verdict) -> bool {
    matches!(verdict, Verdict::Claim(ClaimedStatus::Lapsed, _))
}

/// "Last year we were working towards ISO 27001; today we are certified": a
/// clause of sentence `si` that states a certificate held, naming no
/// framework, gives it to the mentions of the story before it when it is told
/// for a later time.
fn overtake_story(
    tokenized: &[Vec<Token>],
    si: usize,
    phrase: (usize, usize),
    story: &[usize],
    sentence_of: &[usize],
    verdicts: &mut [Verdict],
) {
    let tokens = &tokenized[si];
    let Some(at) = tokens.iter().position(|t| t.range.start == phrase.0) else {
        return;
    };
    for &m in story {
        // "It lapsed in 2024 and was reinstated in 2025": a lapse is
        // overtaken only by a later step that says the certificate is back.
        let recovered = lapsed(verdicts[m]) && timeline::recovers(&tokens[at..]);
        // "Two years ago we had no ISO 42001 certificate; today we hold
        // one": a lack told in the past is overtaken like a stage.
        let lack = lacked(verdicts[m]);
        if !tells_a_stage(verdicts[m]) && !recovered && !lack {
            continue;
        }
        let (earlier, later): (&[Token], &[Token]) = if sentence_of[m] == si {
            let Some(mt) = tokens.iter().position(|t| t.kind == TokenKind::Mention(m)) else {
                continue;
            };
            if mt >= at {
                continue;
            }
            let start = timeline::clause_start(tokens, mt + 1, at);
            (&tokens[..start], &tokens[start..])
        } else {
            (&tokenized[sentence_of[m]], tokens)
        };
        let subordinate_before = sentence_of[m] == si && timeline::opens_before(earlier);
        // "Our ISO 42001 journey: readiness review in 2025, certificate
        // issued in February 2026": a process named as a whole ends in the
        // certificate its later step states.
        let process_ended = phrase_tokens(&tokenized[sentence_of[m]], verdicts[m])
            .is_some_and(timeline::names_a_process)
            && timeline::states_certification(
                phrase_tokens(tokens, Verdict::Claim(ClaimedStatus::Achieved, phrase))
                    .unwrap_or(&[]),
            );
        if subordinate_before || process_ended || timeline::told_later(earlier, later) {
            verdicts[m] = Verdict::Claim(ClaimedStatus::Achieved, phrase);
        }
    }
}

/// True when the phrase of `verdict` names a process as a whole and a colon
/// right after it opens the list of its steps: "Our ISO 27001 journey: gap
/// analysis in 2025, ...".
fn steps_listed(tokens: &[Token], verdict: Verdict) -> bool {
    let Some(phrase) = phrase_tokens(tokens, verdict) else {
        return false;
    };
    let Some(last) = phrase.last() else {
        return false;
    };
    let after = tokens
        .iter()
        .position(|t| t.range.start >= last.range.end)
        .and_then(|i| tokens.get(i..i + 2));
    timeline::names_a_process(phrase)
        && after.is_some_and(|next| next.iter().any(|t| t.norm == ":"))
}

/// Words by which a question asks whether a document is handed to the
/// asker: "Is a SOC 2 report available?", "Is the certificate attached?".
const HANDED_OVER: &[&str] = &["available", "attached", "provided", "supplied", "enclosed"];

/// The tokens of the phrase a claim was read from.
fn phrase_tokens(tokens: &[Token], verdict: Verdict) -> Option<&[Token]> {
    let Verdict::Claim(_, (start, end)) = verdict else {
        return None;
    };
    let first = tokens.iter().position(|t| t.range.start >= start)?;
    let last = tokens.iter().rposition(|t| t.range.end <= end)?;
    tokens.get(first..=last)
}

/// Reads every mention of `unit` that states no status as held, with the facts
/// its sentence states: a badge, a row of a register table.
/// With `own_cell`, the facts are read from the mention's table cell only (a
/// row of framework columns, where the next cell belongs to another one).
fn shown_held(
    unit: &Unit,
    mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)],
    own_cell: bool,
) {
    let plain = without_names(&unit.text, mentions.iter().map(|m| m.0.range.clone()));
    for (found, v, sentence, details) in mentions {
        if *v == Verdict::NoPhrase {
            let stretch = if own_cell {
                tables::cells(&unit.text)
                    .into_iter()
                    .find(|c| c.start <= found.range.start && found.range.end <= c.end)
                    .unwrap_or(sentence.clone())
            } else {
                sentence.clone()
            };
            *details = crate::prose::read_details(plain.get(stretch).unwrap_or(""));
            let span = unit.original(found.range.clone());
            *v = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
        }
    }
}

/// A two-cell table row whose second cell states a status without a clause:
/// "| Cyber Essentials | Not held |", "| SOC 2 | Type II report, March 2026 |". A
/// cell that is a title's state ("Held", "Not held", "Lapsed") gives it to the
/// row's mentions that have none; a report's type in another cell than the
/// name shows a report of that type held.
fn status_cells(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let cells = tables::cells(&unit.text);
    // A name and its status; in a longer row ("ISO 27001 | BSI | Exp
    // 19/05/2028 | Certified"), the only name of the row, alone in its cell,
    // with one state among the other cells.
    if cells.len() < 2 {
        return;
    }
    let own = |found: &Found| {
        cells
            .iter()
            .position(|c| c.start <= found.range.start && found.range.end <= c.end)
    };
    if cells.len() > 2 && !lone_name_row(unit, &cells, mentions) {
        return;
    }
    for (found, v, _, details) in mentions.iter_mut() {
        if *v != Verdict::NoPhrase {
            continue;
        }
        let Some(mine) = own(found) else { continue };
        // "| Certifications | ISO 27001 (BSI), ISO 42001 |": a label of held
        // certificates says each name in the other cell is held.
        let state = cells.iter().enumerate().find_map(|(k, c)| {
            let cell = unit.text.get(c.clone())?;
            (k != mine)
                .then(|| {
                    headings::cell_status(cell).or_else(|| {
                        headings::held_label(cell).map(|span| (ClaimedStatus::Achieved, span))
                    })
                })
                .flatten()
                .map(|(s, (a, b))| (s, (c.start + a, c.start + b)))
        });
        if let Some((status, (a, b))) = state {
            let span = unit.original(a..b);
            *v = Verdict::Claim(status, (span.start, span.end));
            // The facts of an item of the cell: "ISO 27001 (NQA)" in
            // "| Certifications | ISO 27001 (NQA), Cyber Essentials |".
            if status == ClaimedStatus::Achieved && details.is_empty() {
                let cell_end = cells[mine].end;
                let item = unit.text.get(found.range.end..cell_end).unwrap_or("");
                let item = item.split([',', ';']).next().unwrap_or("");
                *details = crate::prose::read_details(item);
            }
            continue;
        }
        let typed_elsewhere = found.qualifier.is_some()
            && cells.iter().enumerate().any(|(k, c)| {
                k != mine
                    && unit
                        .text
                        .get(c.clone())
                        .is_some_and(|t| t.to_lowercase().contains("type"))
            });
        if typed_elsewhere {
            let span = unit.original(found.range.clone());
            *v = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
        }
    }
}

/// True for a row of more than two cells whose first cell (after any dates)
/// is one name alone (a report's type and facts in brackets aside), with
/// exactly one cell that states a status: a tracker's line, "SOC 2 Type II |
/// Complete | Green | CTO". Any other row may hold two statuses, speak of a step ("ISO 27001
/// recertification audit | Not started") or be about whoever its first cell
/// names ("Equinix | ISO 27001 | Held").
fn lone_name_row(
    unit: &Unit,
    cells: &[Range<usize>],
    mentions: &[(Found, Verdict, Range<usize>, ClaimDetails)],
) -> bool {
    let [(found, ..)] = mentions else {
        return false;
    };
    // The name opens the row, or follows a column of dates only: "| Q1 2026
    // | Cyber Essentials | Done |" in a roadmap.
    let Some(mine) = cells
        .iter()
        .position(|c| c.start <= found.range.start && found.range.end <= c.end)
    else {
        return false;
    };
    let dated = |c: &Range<usize>| {
        let cell = unit.text.get(c.clone()).unwrap_or("").trim();
        timeline::opens_with_date_label(&format!("{cell}:"))
    };
    if !cells[..mine].iter().all(dated) {
        return false;
    }
    let rest = unit
        .text
        .get(found.range.end..cells[mine].end)
        .unwrap_or("");
    let rest = rest.split('(').next().unwrap_or("").to_lowercase();
    let alone = unit.text[cells[mine].start..found.range.start]
        .trim()
        .is_empty()
        && rest
            .split_whitespace()
            .all(|w| matches!(w, "type" | "i" | "ii" | "1" | "2"));
    let states = cells
        .iter()
        .enumerate()
        .filter(|&(k, c)| k != mine && headings::cell_status(&unit.text[c.clone()]).is_some())
        .count();
    alone && states == 1
}

/// "| We hold ISO 27001 certification | No |": a statement of a declaration
/// that a later cell of its row answers "no" (or with a cross) is denied, and
/// what that cell says after its "no" stands instead ("No \u{2013} in
/// progress, target June 2027"). A "yes" leaves the statement as it reads.
fn denied_row(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let cells = tables::cells(&unit.text);
    let named: Vec<Range<usize>> = mentions.iter().map(|(f, ..)| f.range.clone()).collect();
    let names_one = |c: &Range<usize>| named.iter().any(|r| c.start <= r.start && r.end <= c.end);
    for (found, v, _, _) in mentions.iter_mut() {
        let Verdict::Claim(ClaimedStatus::Achieved | ClaimedStatus::Compliant, _) = *v else {
            continue;
        };
        let Some(mine) = cells
            .iter()
            .position(|c| c.start <= found.range.start && found.range.end <= c.end)
        else {
            continue;
        };
        // The first answer after the statement is its own; a later one
        // answers for another column ("| SOC 2 | \u{2713} | \u{2717} |" under
        // "| | Keel | Others |"), and a cell that names another framework is
        // a statement of its own ("| Cyber Essentials \u{2705} | not ISO
        // 27001 \u{274c} |").
        let answer = cells[mine + 1..]
            .iter()
            .take_while(|c| !names_one(c))
            .find(|c| {
                unit.text.get((*c).clone()).is_some_and(|cell| {
                    tables::yes_answer(cell) || tables::no_answer(cell).is_some()
                })
            });
        let denial = answer.and_then(|c| {
            let cell = unit.text.get(c.clone())?;
            let (word, rest) = tables::no_answer(cell)?;
            let instead = cell[rest..].split([',', ';', '.']).next().unwrap_or("");
            let (status, (a, b)) = headings::cell_status(instead)
                .map(|(s, (a, b))| (s, (rest + a, rest + b)))
                .unwrap_or((ClaimedStatus::Not, word));
            Some((status, (c.start + a, c.start + b)))
        });
        if let Some((status, (a, b))) = denial {
            let span = unit.original(a..b);
            *v = Verdict::Claim(status, (span.start, span.end));
        }
    }
}

/// "| ISO 27001 | Compliant | Certificate IS 712345 (BSI), valid until May
/// 2028 |", "Compliance: ISO 27001 (LRQA)": compliance told with a
/// certificate's number, its certification body or its expiry is a
/// certificate held, and its facts are compared as an achieved claim's; a
/// compliance told without them states no facts.
fn certificate_facts_hold(verdict: Verdict, details: ClaimDetails) -> (Verdict, ClaimDetails) {
    match verdict {
        Verdict::Claim(ClaimedStatus::Compliant, phrase) => {
            if details.certificate.is_some() || details.body.is_some() || details.valid_to.is_some()
            {
                (Verdict::Claim(ClaimedStatus::Achieved, phrase), details)
            } else {
                (verdict, ClaimDetails::default())
            }
        }
        _ => (verdict, details),
    }
}

/// "- [ ] ISO 27001 certificate" on a checklist: an item whose box is left
/// empty does not claim what it names, so a reading of it as held or
/// compliant claims nothing, as a bare name in an empty box does. Work under
/// way or planned keeps its reading ("\u{2610} SOC 2, audit booked for
/// March"), but an item that only names a step of the work ("\u{2610} ISO
/// 42001 gap analysis (2027)") is a task not yet done and says nothing of
/// the certification. The box may open the line or stand inside it, as on a
/// checklist written on one line ("[x] UK SME [ ] ISO 27001 certified").
fn unticked(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let text = unit.text.as_str();
    // Boxes stand before their items only where the first box comes before
    // the first name; "SOC 2 \u{2610} ISO 27001 \u{2611}" puts them after.
    let first_name = mentions.iter().map(|(f, ..)| f.range.start).min();
    let first_box = first_name.and_then(|at| box_before(text, at));
    if first_box.is_none() {
        return;
    }
    for (found, v, _, _) in mentions.iter_mut() {
        let Some((false, item_start)) = box_before(text, found.range.start) else {
            continue;
        };
        let item = text
            .get(item_start..box_after(text, found.range.end))
            .unwrap_or("");
        match *v {
            Verdict::Claim(ClaimedStatus::Achieved | ClaimedStatus::Compliant, _) => {
                *v = Verdict::NoPhrase;
            }
            Verdict::Claim(ClaimedStatus::InProgress, _) if names_a_step(item) => {
                *v = Verdict::NoPhrase;
            }
            _ => {}
        }
    }
}

/// "AWS \u{2014} ISO 27001 \u{2713} \u{b7} SOC 2 \u{2713}": an item of a
/// list that is nothing but a framework's name and a mark shares the holder
/// of the item before it, so after an item about a supplier it claims
/// nothing for the organisation.
fn suppliers_items(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let text = unit.text.as_str();
    for i in 1..mentions.len() {
        if mentions[i - 1].1 != Verdict::Someone(Subject::Supplier)
            || !matches!(
                mentions[i].1,
                Verdict::Claim(ClaimedStatus::Achieved | ClaimedStatus::Compliant, _)
            )
        {
            continue;
        }
        let between = text
            .get(mentions[i - 1].0.range.end..mentions[i].0.range.start)
            .unwrap_or("x");
        let item_end = box_after_item(text, mentions[i].0.range.end);
        let after = text.get(mentions[i].0.range.end..item_end).unwrap_or("x");
        let bare = |part: &str| {
            part.chars().all(|c| {
                c.is_whitespace()
                    || vocabulary::LINE_MARKS.contains(&c)
                    || LIST_SEPARATORS.contains(&c)
            })
        };
        if bare(between) && bare(after) {
            mentions[i].1 = Verdict::Someone(Subject::Supplier);
        }
    }
}

/// Titles of a person's qualification that a standard's name opens: "ISO
/// 27001 Lead Auditor", "ISO 42001 Lead Implementer". A bare "auditor" is
/// left out: "our ISO 27001 auditor" is the certification body.
const QUALIFICATION_TITLES: &[&str] = &[
    "lead auditor",
    "lead implementer",
    "internal auditor",
    "lead assessor",
    "practitioner",
    "foundation",
];

/// "Professional certifications: ISO/IEC 27001:2022 Lead Auditor": a
/// standard's name that opens the title of a person's qualification names
/// the qualification, which is no certificate of the organisation's.
fn qualification_titles(
    unit: &Unit,
    mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)],
) {
    let text = unit.text.as_str();
    for (found, v, _, _) in mentions.iter_mut() {
        if !matches!(
            *v,
            Verdict::Claim(ClaimedStatus::Achieved | ClaimedStatus::Compliant, _)
        ) {
            continue;
        }
        let after = text.get(found.range.end..).unwrap_or("");
        // An edition after the name ("ISO/IEC 27001:2022") is part of it.
        let after = after
            .strip_prefix(':')
            .map_or(after, |rest| {
                rest.trim_start_matches(|c: char| c.is_ascii_digit())
            })
            .trim_start()
            .to_lowercase();
        let titled = QUALIFICATION_TITLES.iter().any(|t| {
            after.starts_with(t)
                && after[t.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
        if titled {
            *v = Verdict::Someone(Subject::Person);
        }
    }
}

/// "Harbour Data (ISO 27001 cert. HD-27K-2024-118) hosts the data": framework
/// names in brackets right after the organisation's name, with no status of
/// their own, are its credentials, as a badge's are; the facts in the brackets
/// are theirs.
fn credentials_after_name(
    unit: &Unit,
    mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)],
    names: &NameSets,
) {
    let text = unit.text.as_str();
    for (found, v, _, details) in mentions.iter_mut() {
        if *v != Verdict::NoPhrase {
            continue;
        }
        let before = text.get(..found.range.start).unwrap_or("");
        let Some(open) = before.rfind('(') else {
            continue;
        };
        // The name opens the brackets, or follows another name in them.
        let inside_before = before.get(open + 1..).unwrap_or("");
        if inside_before.contains(')') || inside_before.chars().any(char::is_alphabetic) {
            continue;
        }
        let head = text.get(..open).unwrap_or("");
        let tokens = sentences::tokenize(head, 0..head.len(), &[]);
        if !names_end(&names.org, &tokens) {
            continue;
        }
        let close = text
            .get(found.range.end..)
            .and_then(|rest| rest.find(')'))
            .map_or(text.len(), |p| found.range.end + p);
        *details = crate::prose::read_details(text.get(found.range.end..close).unwrap_or(""));
        let span = unit.original(found.range.clone());
        *v = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
    }
}

/// True when the last words of `tokens` are one of the names in `names`.
fn names_end(names: &[Vec<String>], tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    names.iter().any(|name| {
        !name.is_empty()
            && words.len() >= name.len()
            && words[words.len() - name.len()..]
                .iter()
                .zip(name)
                .all(|(w, n)| *w == n.as_str())
    })
}

/// Marks that tick an item: "\u{2714} Cyber Essentials".
const TICKS: &[char] = &['\u{2713}', '\u{2714}', '\u{2705}', '\u{2611}'];

/// "Sprout Labs \u{2714} Cyber Essentials \u{2714} SOC 2": where a tick
/// stands before the first name, each tick belongs to the name right after
/// it, so a name with a tick before it and no reading of its own is held.
/// Nothing changes after a name read as someone else's.
fn marks_before_names(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let text = unit.text.as_str();
    let Some(first_name) = mentions.iter().map(|(f, ..)| f.range.start).min() else {
        return;
    };
    let ticked_first = text
        .get(..first_name)
        .is_some_and(|before| before.contains(TICKS));
    if !ticked_first {
        return;
    }
    let mut someone_before = false;
    for (found, v, _, _) in mentions.iter_mut() {
        someone_before |= matches!(*v, Verdict::Someone(_));
        if *v != Verdict::NoPhrase || someone_before {
            continue;
        }
        let before = text.get(..found.range.start).unwrap_or("").trim_end();
        if let Some(mark) = before.chars().next_back().filter(|c| TICKS.contains(c)) {
            let at = before.len() - mark.len_utf8();
            let span = unit.original(at..before.len());
            *v = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
        }
    }
}

/// Labels of the planned work of a project or bid: "Deliverable D2.4:",
/// "Milestone M3:", "Work package 2:".
const WORK_PLAN_LABELS: &[&str] = &["deliverable", "milestone", "work package", "wp"];

/// "Deliverable D2.4: ISO/IEC 27001 gap analysis (month 12)": a step of the
/// work named under a label of a work plan is work the project will do, so
/// it is planned, not under way.
fn deliverables(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let text = unit.text.as_str();
    for (found, v, _, _) in mentions.iter_mut() {
        let Verdict::Claim(ClaimedStatus::InProgress, phrase) = *v else {
            continue;
        };
        let before = text.get(..found.range.start).unwrap_or("");
        let sentence_start = before.rfind(". ").map_or(0, |p| p + 2);
        let label = before
            .get(sentence_start..)
            .unwrap_or("")
            .trim()
            .to_lowercase();
        let Some(head) = label.strip_suffix(':') else {
            continue;
        };
        let planned_work = WORK_PLAN_LABELS.iter().any(|l| {
            head.strip_prefix(l).is_some_and(|id| {
                // The label's own name and number, nothing more: "D2.4", "3".
                id.split_whitespace().count() <= 1 && !id.starts_with(|c: char| c.is_alphabetic())
            })
        });
        let rest = text.get(found.range.start..).unwrap_or("");
        let item = rest.split(". ").next().unwrap_or("");
        if planned_work && names_a_step(item) {
            *v = Verdict::Claim(ClaimedStatus::Planned, phrase);
        }
    }
}

/// Marks that separate the items of a label list.
const LIST_SEPARATORS: &[char] = &['\u{b7}', ',', '|', '/', ';', '\u{2022}'];

/// Where the item after byte `from` of `text` ends: at the next separator of a
/// label list, or at the end of the text.
fn box_after_item(text: &str, from: usize) -> usize {
    text.get(from..)
        .and_then(|rest| rest.find(|c: char| LIST_SEPARATORS.contains(&c) || c == '\n'))
        .map_or(text.len(), |p| from + p)
}

/// Boxes of a form or checklist as written in plain text or drawn, each with
/// whether it is ticked.
const BOXES: &[(&str, bool)] = &[
    ("\u{2610}", false),
    ("[ ]", false),
    ("\u{2611}", true),
    ("\u{2612}", true),
    ("[x]", true),
    ("[X]", true),
];

/// The nearest box before byte `at` of `text`, with whether it is ticked and
/// where the item after it starts.
fn box_before(text: &str, at: usize) -> Option<(bool, usize)> {
    let before = text.get(..at)?;
    BOXES
        .iter()
        .filter_map(|(b, ticked)| before.rfind(b).map(|p| (p, *ticked, p + b.len())))
        .max_by_key(|(p, _, _)| *p)
        .map(|(_, ticked, start)| (ticked, start))
}

/// Where the item that goes on at byte `from` of `text` ends: at the next box
/// or at the end of the text.
fn box_after(text: &str, from: usize) -> usize {
    let after = text.get(from..).unwrap_or("");
    BOXES
        .iter()
        .filter_map(|(b, _)| after.find(b))
        .min()
        .map_or(text.len(), |p| from + p)
}

/// Nouns that name a step of the work towards a certificate: "gap analysis",
/// "readiness assessment", "Stage 1 audit".
const STEP_NOUNS: &[&str] = &[
    "analysis",
    "assessment",
    "audit",
    "review",
    "pre-assessment",
];

/// True for an item that ends, before any bracketed aside, with the name of a
/// step of the work: "ISO 42001 gap analysis (2027)".
fn names_a_step(item: &str) -> bool {
    let head = item.split('(').next().unwrap_or("");
    head.split_whitespace()
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .is_some_and(|w| STEP_NOUNS.contains(&w.as_str()))
}

/// Words of a step on the way to a certificate, short of it: "Kick-off",
/// "Gap assessment", "Internal audit", "Staff training".
const WORK_STEPS: &[&str] = &[
    "kick-off",
    "kickoff",
    "gap",
    "scoping",
    "internal",
    "training",
    "readiness",
    "policies",
    "pre-assessment",
];

/// True for a line whose label (the words before a colon, or the line) names
/// a step on the way to a certificate and not the certificate or its audit:
/// "Kick-off: July 2026 \u{2705}", "Gap assessment: done".
fn names_a_work_step(line: &str) -> bool {
    let label = line.split(':').next().unwrap_or(line).to_lowercase();
    let words: Vec<&str> = label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| WORK_STEPS.contains(w))
        && !words.iter().any(|w| {
            matches!(
                *w,
                "certification" | "certificate" | "stage" | "surveillance"
            )
        })
}

/// "\u{23f3} ISO 42001, planned for Q4 2027": a mark that opens a list line
/// sums up its item, and where the item's own words state a status they say
/// more than the mark, so the mark gives way to them.
fn leading_mark_yields(tokens: &mut [Token], ctx: Ctx) {
    let Some(first) = tokens.first() else { return };
    // A cross denies what the words say ("\u{274c} ISO 27001 certified") and
    // never gives way.
    let mark = first.norm.as_str();
    if !vocabulary::is_status_mark(mark) || vocabulary::NO_CELLS.contains(&mark) {
        return;
    }
    let worded = crate::prose::phrases::find_phrases(tokens, 1..tokens.len(), ctx)
        .iter()
        .any(|p| {
            matches!(p.effect, vocabulary::Effect::Claim(_))
                && !tokens[p.start..p.end]
                    .iter()
                    .any(|t| vocabulary::is_status_mark(&t.norm))
        });
    if worded {
        tokens[0].kind = TokenKind::Punct;
        tokens[0].norm = "-".to_string();
    }
}

/// True for a table row whose first cell is a credentials label and names no
/// framework, with every framework named in the cells after it:
/// "Certifications | ISO/IEC 27001 (BSI), ISO/IEC 42001 (LRQA)".
fn credentials_row(row: &str, found: &[Found]) -> bool {
    let cells = tables::cells(row);
    let (Some(first), true) = (cells.first(), cells.len() >= 2) else {
        return false;
    };
    let label = row.get(first.clone()).unwrap_or("").trim().to_lowercase();
    CREDENTIAL_LABELS.contains(&label.as_str())
        && !found.is_empty()
        && found.iter().all(|f| f.range.start >= first.end)
}

/// Labels of a roadmap, release-notes or evidence line and the status each
/// gives what follows it.
const LINE_LABELS: &[(&str, ClaimedStatus)] = &[
    ("shipped", ClaimedStatus::Achieved),
    ("recently shipped", ClaimedStatus::Achieved),
    ("delivered", ClaimedStatus::Achieved),
    ("done", ClaimedStatus::Achieved),
    ("completed", ClaimedStatus::Achieved),
    ("live", ClaimedStatus::Achieved),
    ("now live", ClaimedStatus::Achieved),
    // The columns of a roadmap board: "Now / Next / Later", "To do / Doing /
    // Done"; what is in "Now" is under way.
    ("now", ClaimedStatus::InProgress),
    ("doing", ClaimedStatus::InProgress),
    ("current focus", ClaimedStatus::InProgress),
    ("to do", ClaimedStatus::Planned),
    ("next", ClaimedStatus::Planned),
    ("up next", ClaimedStatus::Planned),
    ("later", ClaimedStatus::Planned),
    ("coming soon", ClaimedStatus::Planned),
    ("coming next", ClaimedStatus::Planned),
    // What a questionnaire answer attaches is held: "Uploaded: our SOC 2
    // Type 2 report".
    ("uploaded", ClaimedStatus::Achieved),
    ("attached", ClaimedStatus::Achieved),
    ("enclosed", ClaimedStatus::Achieved),
];

/// The status a label that opens a line gives, with the label's span:
/// "Shipped:", "Recently shipped:", "Shipped in 2026:", "Up next:",
/// "Attached:". A time after the label ("in 2026", "in Q3") is part of it.
fn line_label(text: &str) -> Option<(ClaimedStatus, (usize, usize))> {
    let (label, _) = text.split_once(':')?;
    let lead = label.len() - label.trim_start().len();
    let lower = label.trim().to_lowercase();
    let head = match lower.split_once(" in ") {
        Some((head, time))
            if time
                .split_whitespace()
                .all(|w| w.chars().any(|c| c.is_ascii_digit()) || w.starts_with('q')) =>
        {
            head
        }
        _ => lower.as_str(),
    };
    let (_, status) = LINE_LABELS.iter().find(|(l, _)| *l == head)?;
    Some((*status, (lead, label.len() + 1)))
}

/// Words that open a title asking what the lines after it answer: "Why
/// Meridian should win:", "How we protect your data:".
const TITLE_OPENERS: &[&str] = &["why", "how", "what", "where", "who"];

/// Most words such a title has before its colon.
const TITLE_LABEL_WORDS: usize = 8;

/// "Why Meridian should win: our ISO 27001 certification is in progress": a
/// title that opens like a question and ends with a colon is a label, not a
/// clause of the sentence, so its words ("should") do not bend the status
/// after it. A label that states a status itself ("What we hold:") stays.
fn wh_title_label(tokens: &mut [Token], ctx: Ctx) {
    let opens = tokens
        .first()
        .is_some_and(|t| TITLE_OPENERS.contains(&t.norm.as_str()));
    let Some(colon) = sentences::label_colon(tokens, TITLE_LABEL_WORDS + 1) else {
        return;
    };
    let plain = tokens[..colon]
        .iter()
        .all(|t| t.kind == TokenKind::Word || t.norm == "'s");
    let states = crate::prose::phrases::find_phrases(tokens, 0..colon, ctx)
        .iter()
        .any(|p| matches!(p.effect, vocabulary::Effect::Claim(_)))
        || tokens[..colon]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "hold" | "holds" | "have" | "has"));
    if opens && plain && !states && colon + 1 < tokens.len() {
        for t in &mut tokens[..colon] {
            t.norm = "answer".to_string();
        }
    }
}

/// Words that open a clause with the organisation as its subject.
const OWN_SUBJECTS: &[&str] = &["we", "we're", "we've", "our"];

/// Words of a label that says who speaks or what kind of line follows:
/// "Answer (Sprout team):", "Quick update:", "Official statement:".
const ATTRIBUTION_WORDS: &[&str] = &[
    "answer",
    "reply",
    "response",
    "comment",
    "update",
    "news",
    "note",
    "statement",
    "announcement",
    "summary",
    "tl",
    "dr",
    "tldr",
    "fyi",
    "ps",
    "edit",
    "disclosure",
    "team",
    "official",
    "quick",
    "short",
    "brief",
    "good",
    "great",
    "in",
    "the",
    "from",
    "our",
    "vendor",
    "company",
    "security",
    "support",
    "sales",
];

/// "Answer (Sprout team): We're ISO 27001 and SOC 2 certified.", "Update:
/// our ISO 42001 audit is booked": a label that says who speaks or what
/// kind of line it is, before a clause with the organisation as its
/// subject, is not part of that clause, so it is left out of the reading.
/// A label that names a framework or states a status itself ("Not yet:",
/// "Certified:") stays.
fn attribution_label(tokens: &mut Vec<Token>, ctx: Ctx) {
    let Some(colon) = sentences::label_colon(tokens, TITLE_LABEL_WORDS + 1) else {
        return;
    };
    let Some(next) = tokens.get(colon + 1) else {
        return;
    };
    let subject = OWN_SUBJECTS.contains(&next.norm.as_str())
        || NameSets::find(&ctx.names.org, tokens, colon + 1..tokens.len())
            .first()
            .is_some_and(|&(a, _)| a == colon + 1);
    let label = &tokens[..colon];
    let named = NameSets::find(&ctx.names.org, label, 0..label.len());
    let in_name = |i: usize| named.iter().any(|&(a, b)| a <= i && i < b);
    let plain = label.iter().enumerate().all(|(i, t)| match t.kind {
        TokenKind::Word => ATTRIBUTION_WORDS.contains(&t.norm.as_str()) || in_name(i),
        TokenKind::Punct => !matches!(t.norm.as_str(), "?" | "!" | ";"),
        TokenKind::Mention(_) => false,
    }) && label.iter().any(|t| t.kind == TokenKind::Word)
        && !label.iter().any(|t| {
            vocabulary::YES_ANSWERS.contains(&t.norm.as_str())
                || vocabulary::NO_ANSWERS.contains(&t.norm.as_str())
        });
    let states = !crate::prose::phrases::find_phrases(tokens, 0..colon, ctx).is_empty();
    if subject && plain && !states {
        tokens.drain(..=colon);
    }
}

/// True for a text that speaks as the organisation: "we", "our", "us".
fn first_person(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "we" | "our" | "us" | "we're" | "ours"
            )
        })
}

/// True for a paragraph that reads as a title: one line that ends with no
/// full stop, question mark or exclamation ("Certifications held:", "Q3.2
/// Certifications held").
fn is_title_line(text: &str) -> bool {
    let text = text.trim();
    !text.contains('\n') && !text.ends_with(['.', '?', '!'])
}

/// "- ISO 27001 certified" over "- SOC 2 Type II report": in a list whose
/// earlier item states a certificate held, an item that is nothing but
/// framework names (and a report's type) is held as well.
fn bare_item_held(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    if bare_names(unit, mentions) {
        for (found, verdict, _, _) in mentions {
            let span = unit.original(found.range.clone());
            *verdict = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
        }
    }
}

/// True when the unit names frameworks that no phrase reads and holds nothing
/// but their names (and a report's type).
fn bare_names(unit: &Unit, mentions: &[(Found, Verdict, Range<usize>, ClaimDetails)]) -> bool {
    if mentions.is_empty() || mentions.iter().any(|m| m.1 != Verdict::NoPhrase) {
        return false;
    }
    let rest = without_names(&unit.text, mentions.iter().map(|m| m.0.range.clone()));
    rest.split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || TYPE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// "- Cyber Essentials Plus: no", "- ISO 27001: Not held": a list item that
/// is a framework's name as the label of a bare state reads as a two-cell
/// row does, a "no" as not held.
fn labelled_state(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let Some((label, value)) = unit.text.split_once(':') else {
        return;
    };
    let [(found, verdict, _, _)] = mentions else {
        return;
    };
    if *verdict != Verdict::NoPhrase
        || found.range.end > label.len()
        || !names_only(label, std::iter::once(found.range.clone()))
    {
        return;
    }
    let at = label.len() + 1;
    let word = value.trim().trim_end_matches(['.', '!']).to_lowercase();
    let state = if matches!(word.as_str(), "no" | "none") {
        let lead = value.len() - value.trim_start().len();
        Some((ClaimedStatus::Not, (at + lead, at + lead + word.len())))
    } else {
        headings::cell_status(value).map(|(s, (a, b))| (s, (at + a, at + b)))
    };
    if let Some((status, (a, b))) = state {
        let span = unit.original(a..b);
        *verdict = Verdict::Claim(status, (span.start, span.end));
    }
}

/// `text` with every framework name replaced by spaces of the same length, so
/// byte offsets stay valid.
fn without_names(text: &str, names: impl Iterator<Item = Range<usize>>) -> String {
    let mut plain = text.to_string();
    for range in names {
        if let Some(name) = text.get(range.clone()) {
            plain.replace_range(range, &" ".repeat(name.len()));
        }
    }
    plain
}

/// Nouns of a certificate's facts that, right after a framework's name, make
/// a label of one: "ISO 27001 certification body: BSI", "Cyber Essentials
/// expiry date | 9 March 2027".
const DETAIL_LABELS: &[&str] = &[
    "certification body",
    "certifying body",
    "certificate number",
    "certificate no",
    "certificate ref",
    "cert number",
    "cert no",
    "registration number",
    "expiry date",
    "expiry",
    "expiration date",
    "valid to",
    "valid until",
    "renewal date",
    "renewal",
    "recertification",
    "issue date",
    "date of issue",
];

/// "ISO 27001 certification body: BSI": a framework's name that labels one
/// of its certificate's facts, with the fact given, shows the certificate
/// held, and the fact is compared with the spec's.
fn detail_label(unit: &Unit, mentions: &mut [(Found, Verdict, Range<usize>, ClaimDetails)]) {
    let plain = without_names(&unit.text, mentions.iter().map(|m| m.0.range.clone()));
    for (found, verdict, sentence, details) in mentions.iter_mut() {
        if *verdict != Verdict::NoPhrase {
            continue;
        }
        let after = unit.text.get(found.range.end..).unwrap_or("");
        let words: Vec<String> = after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .map(str::to_lowercase)
            .collect();
        let label = DETAIL_LABELS.iter().find(|l| {
            let parts: Vec<&str> = l.split(' ').collect();
            words.len() >= parts.len() && parts.iter().zip(&words).all(|(p, w)| p == w)
        });
        let Some(label) = label else {
            continue;
        };
        let read = crate::prose::read_details(plain.get(sentence.clone()).unwrap_or(""));
        if read.is_empty() {
            continue;
        }
        let lead = after.len()
            - after
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let start = found.range.end + lead;
        let span = unit.original(start..(start + label.len()).min(unit.text.len()));
        *verdict = Verdict::Claim(ClaimedStatus::Achieved, (span.start, span.end));
        *details = read;
    }
}

/// True when `text` says nothing but the names at `names`: marks of
/// emphasis and punctuation aside, no word is left.
/// `text` without the number of its section ("4.2 ISO/IEC 27001" gives
/// "ISO/IEC 27001"); a year is not a section number.
fn without_section_number(text: &str) -> &str {
    let number_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let number = &text[..number_end];
    let is_year = number.len() == 4 && !number.contains('.');
    if number.is_empty() || is_year || !text[number_end..].starts_with(' ') {
        text
    } else {
        &text[number_end..]
    }
}

fn names_only(text: &str, names: impl Iterator<Item = Range<usize>>) -> bool {
    !without_names(text, names).contains(char::is_alphanumeric)
}

/// True for a table header row whose first column names certificates or reports
/// and another column one of their facts ("Certification | Body | Expires",
/// "Report | Type | Date"): a register of what the organisation holds.
///
/// The first column may qualify its noun ("Assurance report", "Security
/// certifications"), unless the qualifier puts what it lists ahead ("Planned
/// certifications"); a fact column is written as certificates print it
/// ("Certificate no.", "Date of issue:").
pub fn is_register_header(row: &str) -> bool {
    let cells: Vec<String> = row
        .split('|')
        .map(|c| {
            c.trim()
                .trim_end_matches(['.', ':', '*'])
                .trim()
                .to_lowercase()
        })
        .collect();
    let Some((first, rest)) = cells.split_first() else {
        return false;
    };
    let words: Vec<&str> = first.split_whitespace().collect();
    let subject = words.last().is_some_and(|head| {
        vocabulary::REGISTER_SUBJECT_COLUMNS.contains(head)
            && !words
                .iter()
                .any(|w| vocabulary::REGISTER_AHEAD_WORDS.contains(w))
    });
    subject
        && rest
            .iter()
            .any(|c| vocabulary::REGISTER_FACT_COLUMNS.contains(&c.as_str()))
}

/// True for a line that is a label, not a sentence: a few words, with no
/// mark that ends a sentence.
fn label_line(text: &str) -> bool {
    text.split_whitespace().count() <= 12 && !text.trim_end().ends_with(['.', '!', '?', ':'])
}

/// Words of the organisation speaking of itself, which make a statement of
/// what follows a label.
const FIRST_PERSON: &[&str] = &["we", "our", "us", "i", "my", "we're", "we've"];

/// True for an item whose first name is a label over a statement of the
/// organisation's own ("SOC 2 Type 2: our observation window opened in
/// September"): the statement says what stands, so the name is no credential
/// listed bare. Facts after the label ("ISO 27001: certificate IS 712345")
/// are no statement.
fn label_over_statement(text: &str, found: &[Found]) -> bool {
    let Some(first) = found.first() else {
        return false;
    };
    let rest = text.get(first.range.end..).unwrap_or("");
    let Some(after) = rest.trim_start().strip_prefix(':') else {
        return false;
    };
    after
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| FIRST_PERSON.contains(&w.to_lowercase().as_str()))
}

/// "Cyber Essentials Plus: Harbour already holds Cyber Essentials, and the
/// CE+ audit is booked": a framework's name as the label of a statement
/// whose verb phrase takes another framework as its object does not share
/// that reading; the statement speaks of what it names.
fn label_leaves_statement_to_its_names(
    text: &str,
    found: &[Found],
    sentence_of: &[usize],
    verdicts: &mut [Verdict],
) {
    for i in 0..found.len() {
        let Verdict::Claim(_, phrase) = verdicts[i] else {
            continue;
        };
        let label = &found[i];
        let opens = sentence_of[..i].iter().all(|&s| s != sentence_of[i])
            && text
                .get(label.range.end..)
                .is_some_and(|rest| rest.trim_start_matches([' ', '*']).starts_with(':'));
        let borrowed = found.iter().enumerate().skip(i + 1).any(|(j, other)| {
            sentence_of[j] == sentence_of[i]
                && other.framework != label.framework
                && matches!(verdicts[j], Verdict::Claim(_, p) if p == phrase)
                && phrase.0 <= other.range.start
                && other.range.end <= phrase.1
        });
        if opens && borrowed {
            verdicts[i] = Verdict::NoPhrase;
        }
    }
}

/// Labels that open a line listing what the organisation holds.
const CREDENTIAL_LABELS: &[&str] = &[
    "compliance",
    "certifications",
    "certificates",
    "certified",
    "credentials",
    "accreditations",
    "attestations",
    "security credentials",
    "compliance credentials",
];

/// True for a unit that opens with a credentials label and a colon:
/// "Certifications: ISO 27001 \u{b7} SOC 2", "Security & compliance: ...".
fn credentials_label(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, _)| {
        // An aside that closes the label is not its head: "Certifications of
        // the Processor (Northwind Ltd)".
        let label = label.trim_end();
        let label = label
            .strip_suffix(')')
            .and_then(|l| l.rsplit_once('(').map(|(head, _)| head))
            .unwrap_or(label);
        // The label starts after what ends a line or a title before it:
        // "(38 reviews) Security & compliance", "Annex II \u{2013}
        // Certifications".
        let label = label
            .rsplit(['.', ')', '!', '?', '\n', '\u{2013}', '\u{2014}'])
            .next()
            .unwrap_or(label)
            .trim()
            .to_lowercase();
        let words: Vec<&str> = label.split_whitespace().collect();
        let last = words.last().copied().unwrap_or("");
        // "Certifications of the processor", "Certificates held by us".
        let head_first = words.len() >= 2
            && CREDENTIAL_LABELS.contains(&words[0])
            && matches!(words[1], "of" | "held");
        // "Provider certifications:", "Sub-processor accreditations:": the
        // credentials of a supplier named before them are not the
        // organisation's ("Certifications of the Supplier" names its role).
        let label_tokens = sentences::tokenize(&label, 0..label.len(), &[]);
        let a_suppliers = !lexicon::compiled()
            .suppliers
            .find_all(&label_tokens, 0..label_tokens.len())
            .is_empty();
        CREDENTIAL_LABELS.contains(&label.as_str())
            || (words.len() <= 3 && CREDENTIAL_LABELS.contains(&last) && !a_suppliers)
            || head_first
    })
}

/// True when mention `m` sits in a clause a question takes as given: "now
/// that we're certified, could the page say so?", up to the next comma.
fn given_in_question(tokens: &[Token], m: usize) -> bool {
    let Some(at) = tokens.iter().position(|t| t.kind == TokenKind::Mention(m)) else {
        return false;
    };
    let Some(open) = (1..at)
        .rev()
        .find(|&i| tokens[i - 1].norm == "now" && tokens[i].norm == "that")
    else {
        return false;
    };
    !tokens[open..at]
        .iter()
        .any(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "," | ";" | "?"))
}

/// Labels of a line of badges: "Badges: \u{2705} Cyber Essentials".
const BADGE_LABELS: &[&str] = &["badges", "trust badges", "security badges"];

/// Most words a list item of credentials has besides the names before a
/// subject or a modal verb in it makes it a sentence of its own.
const LIST_ITEM_WORDS: usize = 12;

/// Dashes that set a name apart from a tagline: "Keel \u{2014} ISO 27001,
/// ISO 42001."
const LABEL_DASHES: &[&str] = &[" \u{2014} ", " \u{2013} ", " - "];

/// Where the label of a sentence of `text` ends, when the label is the
/// organisation's name ("Sprout:", "Keel \u{2014}") or a credentials or
/// badge label ("Certifications held:", "Badges:") and all the sentence says
/// after it is framework names: "Sprout: SOC 2 Type II.", "Certifications
/// held: Cyber Essentials, ISO/IEC 27001", "Badges: \u{2705} Cyber Essentials
/// \u{2705} ISO 27001". Facts in brackets may follow a name ("ISO 27001
/// (BSI)"); a status in words may not ("ISO 42001 (coming 2027)"). The
/// organisation's name counts as a label only over a sentence with a full
/// stop.
fn label_over_names(
    text: &str,
    sentence: Range<usize>,
    found: &[Found],
    names: &NameSets,
) -> Option<usize> {
    let line = text.get(sentence.clone())?;
    let colon = line.find(':').map(|at| (at, at + 1));
    let dash = LABEL_DASHES
        .iter()
        .filter_map(|d| line.find(d).map(|at| (at, at + d.len())))
        .min();
    let (at, end) = match (colon, dash) {
        (Some(c), Some(d)) => c.min(d),
        (c, d) => c.or(d)?,
    };
    let label = &line[..at];
    let label_tokens = sentences::tokenize(label, 0..label.len(), &[]);
    let words: Vec<&Token> = label_tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let org = !words.is_empty()
        && NameSets::find(&names.org, &label_tokens, 0..label_tokens.len())
            .iter()
            .map(|&(a, b)| {
                label_tokens[a..b]
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .count()
            })
            .sum::<usize>()
            == words.len();
    let lower = label.trim().to_lowercase();
    let credentials = colon.is_some_and(|(c, _)| c == at)
        && (credentials_label(line) || BADGE_LABELS.contains(&lower.as_str()));
    // A name over names with no full stop is more often a title ("Northwind:
    // ISO 27001") than a sentence saying what the organisation holds.
    let full_stop = line.trim_end().ends_with(['.', '!']);
    if !credentials && (!org || !full_stop) {
        return None;
    }
    let rest = sentence.start + end..sentence.end;
    let inside: Vec<Range<usize>> = found
        .iter()
        .filter(|f| f.range.start >= sentence.start && f.range.end <= sentence.end)
        .map(|f| f.range.clone())
        .collect();
    if inside.is_empty() || inside.iter().any(|r| r.start < rest.start) {
        return None;
    }
    // "Certifications held: Cyber Essentials, ISO 27001 (in progress)": an
    // aside in brackets that names no framework is about the name before it,
    // which keeps any status the aside gives it, and the label lists the rest.
    let names_in_brackets = text
        .get(rest.clone())
        .is_some_and(|r| r.contains('(') && inside_brackets_named(r, rest.start, &inside));
    let plain = without_names(text, inside.into_iter());
    let rest_text = plain.get(rest.clone())?;
    let mut depth = 0usize;
    let bare = rest_text
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .all(|piece| {
            let word: String = piece.chars().filter(|c| c.is_alphanumeric()).collect();
            let ok = word.is_empty()
                || (depth > 0 && (!names_in_brackets || !word.chars().any(char::is_lowercase)))
                || LIST_WORDS.contains(&word.to_lowercase().as_str());
            depth = match piece.chars().last() {
                Some('(') => depth + 1,
                Some(')') => depth.saturating_sub(1),
                _ => depth,
            };
            ok
        });
    bare.then_some(rest.start)
}

/// True when a framework named in `names` (ranges in the text that `rest`
/// starts at byte `offset` of) stands inside brackets of `rest`.
fn inside_brackets_named(rest: &str, offset: usize, names: &[Range<usize>]) -> bool {
    let mut open: Option<usize> = None;
    rest.char_indices().any(|(at, c)| match c {
        '(' => {
            open = Some(offset + at);
            false
        }
        ')' => open.take().is_some_and(|start| {
            names
                .iter()
                .any(|n| n.start > start && n.end <= offset + at)
        }),
        _ => false,
    })
}

/// Words that may stand between the names of a list of credentials: "and",
/// a report's type.
const LIST_WORDS: &[&str] = &["and", "type", "i", "ii", "1", "2", "report"];

/// Marks that set out a strip of names: a middle dot, a bullet.
const STRIP_DOTS: &[char] = &['\u{b7}', '\u{2022}'];

/// Words of a report's type that may stand beside a bare name.
const TYPE_WORDS: &[&str] = &["type", "i", "ii", "1", "2", "report"];

/// True for a strip of names between dots in which at least two items are a
/// framework's name alone, and every other item states a certificate held
/// ("ISO 27001 certified") or, first in the strip, names no framework (a
/// tagline: "Trusted by 2,000 teams"). A strip with an item in progress or
/// planned says nothing of the bare ones.
fn trust_strip(text: &str, found: &[Found], verdicts: &[Verdict]) -> bool {
    if !text.contains(STRIP_DOTS) {
        return false;
    }
    let mut bare = 0;
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (at, dot) in text.match_indices(STRIP_DOTS) {
        items.push((start, at));
        start = at + dot.len();
    }
    items.push((start, text.len()));
    for (k, &(a, b)) in items.iter().enumerate() {
        let inside: Vec<usize> = (0..found.len())
            .filter(|&m| a <= found[m].range.start && found[m].range.end <= b)
            .collect();
        if inside.is_empty() {
            if k == 0 {
                continue;
            }
            return false;
        }
        let rest = without_names(
            text.get(a..b).unwrap_or(""),
            inside
                .iter()
                .map(|&m| found[m].range.start - a..found[m].range.end - a),
        );
        let alone = rest
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| w.is_empty() || TYPE_WORDS.contains(&w.to_lowercase().as_str()));
        if alone && inside.iter().all(|&m| verdicts[m] == Verdict::NoPhrase) {
            bare += 1;
        } else if !inside
            .iter()
            .all(|&m| matches!(verdicts[m], Verdict::Claim(ClaimedStatus::Achieved, _)))
        {
            return false;
        }
    }
    bare >= 2
}

/// "Harbour's SOC 2 report" says what "our SOC 2 report" says: the
/// organisation's name with a possessive `'s` reads as "our", as one token
/// however many words the name has ("Keel Robotics Ltd's first report").
fn possessive_names_as_our(text: &str, tokens: &mut Vec<Token>, names: &NameSets) {
    let found = NameSets::find(&names.org, tokens, 0..tokens.len());
    for (s, e) in found.into_iter().rev() {
        let t = &tokens[e - 1];
        let raw = text.get(t.range.clone()).unwrap_or("");
        // "Sprout Labs' report": a name that ends in "s" takes the
        // apostrophe alone.
        let after = text.get(t.range.end..).unwrap_or("");
        let bare_apostrophe = raw.ends_with('s')
            && (after.starts_with("' ") || after.starts_with("\u{2019} "))
            || raw.ends_with("s'")
            || raw.ends_with("s\u{2019}");
        if raw.ends_with("'s") || raw.ends_with("\u{2019}s") || bare_apostrophe {
            let start = tokens[s].range.start;
            tokens[e - 1].norm = "our".to_string();
            tokens[e - 1].range.start = start;
            tokens.drain(s..e - 1);
        }
    }
}

/// Verbs that open a request to the reader, which a form asks as a question
/// is asked: "Please confirm your ISO 27001 certification body."
const REQUEST_VERBS: &[&str] = &[
    "provide", "upload", "confirm", "attach", "share", "state", "specify", "indicate", "list",
];

/// True for a request addressed to the reader about what it holds: it opens
/// with a request verb (after "please" or a label such as "Q4") and says
/// "your" before the framework's name.
fn is_request(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| {
        t.kind == TokenKind::Word
            && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
            && !(t.norm.starts_with('q')
                && t.norm[1..].chars().all(|c| c.is_ascii_digit() || c == '.'))
    });
    let first = words.next().map(|t| t.norm.as_str());
    let verb = if first == Some("please") {
        words.next().map(|t| t.norm.as_str())
    } else {
        first
    };
    // "your" is the nearest possessive before the framework's name.
    let mention = tokens
        .iter()
        .position(|t| matches!(t.kind, TokenKind::Mention(_)))
        .unwrap_or(tokens.len());
    let yours = tokens[..mention]
        .iter()
        .rev()
        .find(|t| matches!(t.norm.as_str(), "your" | "our" | "its" | "their"))
        .is_some_and(|t| t.norm == "your");
    // "List every certification you hold.": a request for what the reader
    // holds asks as a question does, and its answer names what is held.
    let asks_what_you_hold = tokens
        .windows(2)
        .any(|w| w[0].norm == "you" && matches!(w[1].norm.as_str(), "hold" | "have" | "currently"));
    verb.is_some_and(|v| REQUEST_VERBS.contains(&v)) && (yours || asks_what_you_hold)
}

/// Most words an aside between a question and its answer has: "Disclosure:
/// I work for Meridian.", "Good question, and thanks for asking."
const ASIDE_WORDS: usize = 8;

/// True for a question: it ends with `?`, opens like one ("Is your
/// organisation certified to ..."), or is a request to the reader.
fn is_question(text: &str, sentence: &Range<usize>, tokens: &[Token]) -> bool {
    if is_request(tokens) {
        return true;
    }
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

/// Text that separates the parts of a list: a comma, semicolon, "and" or "&", a dot.
const SEPARATORS: &[&str] = &[",", ";", " and ", " & ", " plus ", "\u{b7}", "|", " / "];

/// The end of the last separator in `text[from..to]`.
fn separator_end_before(text: &str, from: usize, to: usize) -> Option<usize> {
    let hay = text.get(from..to)?;
    // "Cyber Essentials (IASME-CE-031415) alongside ISO 27001": an aside in
    // brackets right after the previous name is that name's.
    let aside_end = hay
        .trim_start()
        .starts_with(['(', '['])
        .then(|| hay.find([')', ']']).map(|p| from + p + 1))
        .flatten();
    SEPARATORS
        .iter()
        .filter_map(|sep| hay.rfind(sep).map(|p| from + p + sep.len()))
        .chain(aside_end)
        .max()
}

/// The start of the first separator in `text[from..to]` outside brackets: the
/// aside in "ISO 27001 (LRQA, to Aug 2029), SOC 2" belongs to ISO 27001.
fn separator_before(text: &str, from: usize, to: usize) -> Option<usize> {
    let hay = text.get(from..to)?;
    let mut depth = 0usize;
    for (i, c) in hay.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            // "AIMS 800421, issued by LRQA, and ...": a comma that opens a
            // fact of the certificate before it does not end its item.
            ',' if depth == 0 && crate::prose::opens_certificate_fact(&hay[i + 1..]) => {}
            _ if depth == 0 && SEPARATORS.iter().any(|sep| hay[i..].starts_with(sep)) => {
                return Some(from + i);
            }
            _ => {}
        }
    }
    None
}
