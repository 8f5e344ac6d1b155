//! The frameworks a block has named, for a later paragraph of the block that
//! refers back to one of them without naming it: "We started our ISO 27001
//! project in 2024." then, in the next paragraph, "It was completed this
//! spring, and the certificate is on the wall."
//!
//! `claims` carries a reference back from one sentence to the previous one
//! inside a unit. Pages also tell a story over several paragraphs or list
//! items, so this module keeps, for the current block (a heading ends it),
//! the mentions of the last unit that named a framework. A later unit that
//! names none and refers back ("it", "the certificate", "this
//! certification") gives them its status, but only when the block has named
//! exactly one framework: with two, "it" could be either. The latest step of
//! a story wins: a certificate held, told for a later time than the work
//! under way (`timeline`), overtakes it.

use std::ops::Range;

use crate::prose::reading::Verdict;
use crate::prose::sentences::Token;
use crate::prose::timeline;
use crate::prose::units::UnitKind;
use crate::prose::{ClaimedStatus, Mention, Subject};

/// The mentions of the current block that a later paragraph may refer back to.
#[derive(Debug, Default)]
pub struct BlockScope {
    /// Indexes of the mentions of the last unit that named a framework.
    last: Range<usize>,
    /// The tokens of that unit's last sentence naming one, for the order in
    /// time of a story.
    last_tokens: Vec<Token>,
    /// The index of the block's first mention, once it has one.
    first: Option<usize>,
    /// Every mention of the block with the tokens of its sentence, for a
    /// later line that tells a later step of the same framework.
    steps: Vec<(usize, Vec<Token>)>,
}

impl BlockScope {
    /// Ends the block: a heading changes the topic.
    pub fn clear(&mut self) {
        *self = BlockScope::default();
    }

    /// The frameworks the block has named before a unit of kind `kind`; none
    /// before a heading, which starts a new block.
    pub fn frameworks(&self, out: &[Mention], kind: UnitKind) -> Vec<String> {
        let Some(named) = self.first.and_then(|f| out.get(f..self.last.end)) else {
            return Vec::new();
        };
        if kind == UnitKind::Heading {
            return Vec::new();
        }
        let mut frameworks: Vec<String> = Vec::new();
        for m in named {
            if !frameworks.contains(&m.framework) {
                frameworks.push(m.framework.clone());
            }
        }
        frameworks
    }

    /// Records the mentions `range` (indexes of the mentions read so far)
    /// that a unit named, with the tokens of its last sentence naming one.
    pub fn named(&mut self, range: Range<usize>, tokens: Vec<Token>) {
        self.first = self.first.or(Some(range.start));
        self.last = range;
        self.last_tokens = tokens;
    }

    /// "- 2024: ISO 27001 project started" over "- 2025: ISO 27001 certified":
    /// a mention of `range` (told in `tokens`) that states a later step of a
    /// framework the block named before, for a later time, makes the
    /// earlier step history, which claims nothing about now.
    pub fn later_step(&mut self, out: &mut [Mention], range: Range<usize>, tokens: &[Token]) {
        for i in range.clone() {
            let Some(now) = out[i].status else { continue };
            for (j, earlier) in &self.steps {
                let m = &out[*j];
                let superseded = m.framework == out[i].framework
                    && m.status.is_some_and(|before| overtakes(before, now))
                    && timeline::told_later(earlier, tokens);
                if superseded {
                    let m = &mut out[*j];
                    m.status = None;
                    m.phrase = None;
                    m.details = Default::default();
                    m.note = Some("an earlier step of a history the block goes on with");
                }
            }
        }
        self.steps.extend(range.map(|i| (i, tokens.to_vec())));
    }

    /// Tells the block that its mentions now stand where `tokens` tell them:
    /// a heading's framework that took the status of the sentence under it.
    pub fn told_at(&mut self, tokens: Vec<Token>) {
        self.last_tokens = tokens;
    }

    /// A later unit of the block that names no framework states `status`,
    /// read from `phrase`, in a clause that refers back (`refers`) or that
    /// says a certificate is held: gives it to the mentions before when they
    /// are of one framework. A clause that does not refer back only ends a
    /// story ("We began in 2023." ... "Today we are certified.").
    pub fn refer_back(
        &mut self,
        out: &mut [Mention],
        status: ClaimedStatus,
        phrase: (usize, usize),
        tokens: &[Token],
        refers: bool,
    ) {
        let Some(block) = self.first.and_then(|f| out.get(f..self.last.end)) else {
            return;
        };
        let Some(first) = block.first() else {
            return;
        };
        if block.iter().any(|m| m.framework != first.framework) {
            return;
        }
        let Some(mentions) = out.get_mut(self.last.clone()) else {
            return;
        };
        for m in mentions {
            let verdict = match m.status {
                Some(s) => Verdict::Claim(s, (0, 0)),
                None if m.subject.is_none() && m.note.is_none() => Verdict::NoPhrase,
                None => continue,
            };
            let stage = matches!(
                m.status,
                Some(ClaimedStatus::InProgress | ClaimedStatus::Planned)
            );
            let now = if stage {
                // The latest step of a story: "... and today we are certified".
                (status == ClaimedStatus::Achieved
                    && timeline::told_later(&self.last_tokens, tokens))
                .then_some(Ok(status))
            } else if refers && verdict.takes_reference() {
                verdict.referred_to(status)
            } else {
                None
            };
            match now {
                Some(Ok(s)) => {
                    m.status = Some(s);
                    m.subject = Some(Subject::Organisation);
                    m.phrase = Some(phrase.0..phrase.1);
                    m.note = None;
                }
                Some(Err(beside)) => m.also = Some((beside, phrase.0..phrase.1)),
                None => {}
            }
        }
        // The next paragraph refers to the same mentions, so a story told
        // over three paragraphs ends where its last step does; its time is
        // now that of this step.
        self.last_tokens = tokens.to_vec();
    }
}

/// True when a step read `now` follows one read `before` in the story of a
/// certificate: the work ends in the certificate or moves on from a plan, and
/// a certificate ends by lapsing.
fn overtakes(before: ClaimedStatus, now: ClaimedStatus) -> bool {
    use ClaimedStatus::{Achieved, InProgress, Lapsed, Not, Planned};
    matches!(
        (before, now),
        (InProgress, Achieved) | (Planned, Achieved | InProgress) | (Achieved, Lapsed | Not)
    )
}
