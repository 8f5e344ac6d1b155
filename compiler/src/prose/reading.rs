//! Status inference: a function from a clause, as `clause` reads it, to what
//! the clause claims about the organisation. Every rule that turns words into a
//! status lives here, in the order it applies:
//!
//! 1. a negated "hold" is "not held" ("not yet certified");
//! 2. a held phrase that a lapse word or a past "until" ends is lapsed;
//! 3. the final audit step completed ("passed our Stage 2", "Stage 2 audit
//!    passed") shows the certificate held, whatever else the clause says of
//!    the work before it;
//! 4. a hypothetical claims nothing; a phrase about someone else (a supplier, a
//!    person, another party, the standard itself) claims nothing about us;
//! 5. the future turns work into a plan, and a held status into work under way
//!    when a target date is given ("will be certified by June 2027") or into a
//!    plan when none is; an upkeep step in the future ("will be renewed") is
//!    still held;
//! 6. upkeep words ("surveillance audit", "recertification") show the
//!    certificate is held;
//! 7. work or an intention told in the past ("we were working towards it")
//!    claims nothing about now;
//! 8. of several readings in one clause, the first in the precedence order wins.

use crate::prose::clause::{Clause, Time};
use crate::prose::vocabulary;
use crate::prose::{ClaimedStatus, Subject};

/// Why a mention has the status it has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
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
    pub fn status(self) -> Option<ClaimedStatus> {
        match self {
            Verdict::Claim(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn subject(self) -> Option<Subject> {
        match self {
            Verdict::Claim(..) => Some(Subject::Organisation),
            Verdict::Someone(s) => Some(s),
            _ => None,
        }
    }

    pub fn note(self) -> Option<&'static str> {
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
    /// 42001; certification is planned"); one read as held may learn that it
    /// lapsed ("first certified in 2023. The certificate lapsed in 2026"); one
    /// read as aligned or compliant may learn where the certificate stands
    /// ("aligned with ISO 27001 and preparing for certification").
    pub fn takes_reference(self) -> bool {
        matches!(
            self,
            Verdict::NoPhrase
                | Verdict::Negated
                | Verdict::Claim(
                    ClaimedStatus::Not
                        | ClaimedStatus::Lapsed
                        | ClaimedStatus::Achieved
                        | ClaimedStatus::Aligned
                        | ClaimedStatus::Compliant,
                    _
                )
        )
    }

    /// The reading a mention has after a later clause that refers back to it
    /// reads `later`: the new reading, a second reading beside this one (as
    /// `Err`), or nothing when the later clause does not change it.
    pub fn referred_to(self, later: ClaimedStatus) -> Option<Result<ClaimedStatus, ClaimedStatus>> {
        use ClaimedStatus::{Achieved, Aligned, Compliant, InProgress, Lapsed, Not, Planned};
        match self {
            // A held certificate changes only by lapsing.
            Verdict::Claim(Achieved, _) => (later == Lapsed).then_some(Ok(Lapsed)),
            // "Not certified, but we follow its controls": a mention read as not
            // held (or lapsed) is refined only by what comes next for it (in
            // progress, planned), never by a present description of the work,
            // which does not undo the "not"; and a reference that reads as held
            // ("pending recertification") is to the certificate that ended.
            // "Our ISMS meets ISO 27001, and certification is planned": work
            // shaped by a framework, then what comes next for its certificate,
            // says where the certificate stands, beside the claim of
            // conformity, which still stands on its own.
            // "We hold ourselves to the NIST AI RMF and have been certified
            // against it": a certificate said of what was followed is held.
            Verdict::Claim(Aligned | Compliant, _) if later == Achieved => Some(Ok(Achieved)),
            Verdict::Claim(Aligned | Compliant, _) => {
                matches!(later, InProgress | Planned | Not).then_some(Err(later))
            }
            Verdict::Claim(Not | Lapsed, _) => match later {
                InProgress | Planned => Some(Ok(later)),
                Achieved => None,
                _ => Some(Err(later)),
            },
            _ => Some(Ok(later)),
        }
    }
}

/// What a clause claims about the organisation.
pub fn reading(clause: &Clause) -> Verdict {
    // The rank of the best reading so far; a completed final step outranks
    // every other reading ("our journey ... ended with the Stage 2 audit": the
    // road is history once the last step is done).
    let mut best: Option<(usize, ClaimedStatus, (usize, usize))> = None;
    let mut someone: Option<Subject> = None;
    let mut conditional = false;
    // "We aim to maintain our ISO 27001 certification": an intent whose
    // object is the upkeep of a certificate is of one held.
    let upkeep_held = clause.predicates.iter().any(|p| {
        p.upkeep
            && p.kind == ClaimedStatus::Achieved
            && !p.negated
            && p.holder == Subject::Organisation
    });
    for p in &clause.predicates {
        let mut status = p.kind;
        // "ISO 27001 recertification audit | Not started": upkeep not yet
        // begun is of a certificate still held.
        let upkeep_not_begun = p.negated
            && clause.upkeep_word
            && clause.lapse.is_none()
            && !p.held_until
            && matches!(p.kind, ClaimedStatus::InProgress | ClaimedStatus::Planned);
        if upkeep_not_begun {
            status = ClaimedStatus::Achieved;
        } else if p.negated {
            status = ClaimedStatus::Not;
        } else if status == ClaimedStatus::Achieved && (clause.lapse.is_some() || p.held_until) {
            status = ClaimedStatus::Lapsed;
        }
        let completed = status == ClaimedStatus::InProgress && p.completed_step;
        if completed {
            status = ClaimedStatus::Achieved;
        }
        if p.hypothetical {
            conditional = true;
            continue;
        }
        // "Last year we were working towards it": work told as history says
        // nothing of where the organisation stands now.
        if p.time == Time::Past {
            continue;
        }
        if p.holder != Subject::Organisation {
            someone = someone.or(Some(p.holder));
            continue;
        }
        status = in_time(status, p.time, p.upkeep);
        // "ISO 27001 held 2023-2026 (recertification planned)": upkeep after
        // a lapse told in the clause is the way back, not a certificate held.
        // A Stage 1 audit is the first certification's, never upkeep's:
        // "recertification: the Stage 1 review is booked" is work under way.
        if (clause.upkeep_word || upkeep_held)
            && !clause.predicates.iter().any(|p| p.first_stage)
            && clause.lapse.is_none()
            && !clause.predicates.iter().any(|p| p.held_until)
            && matches!(status, ClaimedStatus::InProgress | ClaimedStatus::Planned)
        {
            status = ClaimedStatus::Achieved;
        }
        let this_rank = if completed { 0 } else { rank(status) + 1 };
        best = Some(match best {
            Some(b) if b.0 <= this_rank => b,
            _ => (this_rank, status, p.span),
        });
    }
    let mut best = best.map(|(_, status, span)| (status, span));
    // "The company let the certificate lapse": a clause that refers back with
    // a lapse word and no status phrase says the certificate ended.
    if best.is_none() && someone.is_none() && clause.refers_back {
        best = clause.lapse.map(|span| (ClaimedStatus::Lapsed, span));
    }
    match best {
        Some((s, span)) => Verdict::Claim(s, span),
        None => match someone {
            Some(subject) => Verdict::Someone(subject),
            None if conditional => Verdict::Conditional,
            None if clause.negated_intent => Verdict::Negated,
            None => Verdict::NoPhrase,
        },
    }
}

/// A status moved to the time it is said for: "we will begin preparing for X"
/// is planned, "we will be certified by June 2027" is work under way, "we will
/// be certified" is an intention, "it will be renewed" is held.
fn in_time(status: ClaimedStatus, time: Time, upkeep: bool) -> ClaimedStatus {
    let Time::Future { by_date } = time else {
        return status;
    };
    match status {
        ClaimedStatus::InProgress => ClaimedStatus::Planned,
        _ if upkeep => status,
        ClaimedStatus::Achieved if by_date => ClaimedStatus::InProgress,
        ClaimedStatus::Achieved | ClaimedStatus::Compliant | ClaimedStatus::Aligned => {
            ClaimedStatus::Planned
        }
        _ => status,
    }
}

/// A status's place in the precedence order: lower wins.
fn rank(s: ClaimedStatus) -> usize {
    vocabulary::PRECEDENCE
        .iter()
        .position(|p| *p == s)
        .unwrap_or(usize::MAX)
}
