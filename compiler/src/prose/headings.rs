//! Reads the status that a section heading gives the lines under it when the
//! heading is a noun phrase rather than a clause: "Certificates held",
//! "Accreditations under way", "What we don't have (yet)".
//!
//! The clause model reads headings that are clauses ("Certifications we
//! hold", "In progress"); a heading written as a list's title names a kind of
//! credential and a state, with no subject and often no verb. This module is
//! the fallback for those: it needs a word for credentials (or a heading that
//! is the state alone) and a state word, so "Data held on our behalf" or
//! "Current threats" give nothing.

use crate::prose::ClaimedStatus;

/// Nouns for what a list of credentials holds.
const CREDENTIAL_NOUNS: &[&str] = &[
    "certificate",
    "certificates",
    "certification",
    "certifications",
    "accreditation",
    "accreditations",
    "attestation",
    "attestations",
    "credential",
    "credentials",
    "report",
    "reports",
    "standards",
    "frameworks",
    "audits",
    "compliance",
];

/// State words of a title, each with the status it gives: one word, or two
/// written as one with a space.
const STATE_WORDS: &[(&str, ClaimedStatus)] = &[
    ("held", ClaimedStatus::Achieved),
    ("certified", ClaimedStatus::Achieved),
    ("accredited", ClaimedStatus::Achieved),
    ("awarded", ClaimedStatus::Achieved),
    ("achieved", ClaimedStatus::Achieved),
    ("obtained", ClaimedStatus::Achieved),
    ("in place", ClaimedStatus::Achieved),
    // A step finished: "| SOC 2 Type 2 | Completed |", "## Done".
    ("completed", ClaimedStatus::Achieved),
    ("complete", ClaimedStatus::Achieved),
    ("done", ClaimedStatus::Achieved),
    // What a form's answer attaches is held: "SOC 2 Type 2 report: attached".
    ("attached", ClaimedStatus::Achieved),
    ("enclosed", ClaimedStatus::Achieved),
    ("uploaded", ClaimedStatus::Achieved),
    ("underway", ClaimedStatus::InProgress),
    ("under way", ClaimedStatus::InProgress),
    ("ongoing", ClaimedStatus::InProgress),
    ("in progress", ClaimedStatus::InProgress),
    ("pending", ClaimedStatus::InProgress),
    ("in flight", ClaimedStatus::InProgress),
    // A task board's column of work under way. ("To do" and "Backlog" hold
    // tasks as often as goals, "book the renewal" among them: no status.)
    ("doing", ClaimedStatus::InProgress),
    ("upcoming", ClaimedStatus::Planned),
    ("planned", ClaimedStatus::Planned),
    ("future", ClaimedStatus::Planned),
    ("next", ClaimedStatus::Planned),
    ("lapsed", ClaimedStatus::Lapsed),
    ("former", ClaimedStatus::Lapsed),
    ("previous", ClaimedStatus::Lapsed),
];

/// Parties a section may set requirements for: "Requirements for suppliers".
const OTHER_PARTIES: &[&str] = &[
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "subcontractor",
    "subcontractors",
    "sub-processor",
    "sub-processors",
    "subprocessor",
    "subprocessors",
    "contractor",
    "contractors",
    "partner",
    "partners",
    "reseller",
    "resellers",
    "applicant",
    "applicants",
    "bidder",
    "bidders",
    "tenderer",
    "tenderers",
    "contributor",
    "contributors",
];

/// Words of a title that set requirements: "Supplier requirements", "What we
/// expect of vendors", "Onboarding criteria for partners".
const REQUIRING_WORDS: &[&str] = &[
    "requirement",
    "requirements",
    "required",
    "require",
    "criteria",
    "expectations",
    "expect",
    "ask",
    "must",
    "minimum",
    "obligations",
    "onboarding",
    "prerequisites",
    "conditions",
];

/// True for a heading over requirements set for other parties ("Requirements
/// for suppliers", "What we ask of subcontractors"): the items under it are
/// what those parties must hold, not what the organisation holds.
pub fn asks_of_others(title: &str) -> bool {
    let lower: Vec<String> = words(title).iter().map(|(w, _)| w.to_lowercase()).collect();
    let has = |list: &[&str]| lower.iter().any(|w| list.contains(&w.as_str()));
    lower.len() <= MAX_TITLE_WORDS + 2 && has(OTHER_PARTIES) && has(REQUIRING_WORDS)
}

/// Verbs of holding after "what we" in a title: "What we hold", "What we
/// don't have (yet)".
const HOLDING_VERBS: &[&str] = &["have", "hold"];

/// Negators between "we" and the verb of holding.
const NEGATORS: &[&str] = &["don't", "do not", "dont", "don\u{2019}t", "do n't"];

/// Most words a title has; a longer heading is a sentence for the clause model.
const MAX_TITLE_WORDS: usize = 7;

/// The status a heading's title states, with the byte range of the words it
/// was read from, or `None`.
pub fn title_status(text: &str) -> Option<(ClaimedStatus, (usize, usize))> {
    // A count in brackets is no word of the title: "Certified (3)".
    let words: Vec<_> = words(text)
        .into_iter()
        .filter(|(w, _)| !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    if words.is_empty() || words.len() > MAX_TITLE_WORDS {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|(w, _)| w.to_lowercase()).collect();
    let span = |from: usize, to: usize| (words[from].1.start, words[to].1.end);
    // "What we hold", "What we don't have (yet)".
    if let Some(we) = lower
        .windows(2)
        .position(|w| w[0] == "what" && w[1] == "we")
    {
        let rest = lower[we + 2..].join(" ");
        let negated = NEGATORS.iter().find(|n| rest.starts_with(*n));
        let after = negated.map_or(rest.as_str(), |n| rest[n.len()..].trim_start());
        let verb = after.split(' ').next().unwrap_or("");
        if HOLDING_VERBS.contains(&verb) {
            let status = if negated.is_some() {
                ClaimedStatus::Not
            } else {
                ClaimedStatus::Achieved
            };
            return Some((status, span(we, words.len() - 1)));
        }
        return None;
    }
    let has_noun = lower.iter().any(|w| CREDENTIAL_NOUNS.contains(&w.as_str()));
    for (i, _) in lower.iter().enumerate() {
        for &(state, status) in STATE_WORDS {
            let parts: Vec<&str> = state.split(' ').collect();
            let hit = parts
                .iter()
                .enumerate()
                .all(|(k, p)| lower.get(i + k).is_some_and(|w| w == p));
            // The state alone is a title too: "Held", "Under way".
            if hit && (has_noun || parts.len() == lower.len()) {
                return Some((status, span(i, i + parts.len() - 1)));
            }
        }
    }
    None
}

/// The status a table cell states by a title's state word alone, or its
/// negation: "Held", "Lapsed", "Not held", "Not yet held". A cell of other
/// words ("Held in escrow by the bank") states none.
pub fn cell_status(text: &str) -> Option<(ClaimedStatus, (usize, usize))> {
    let words = words(text);
    let lower: Vec<String> = words.iter().map(|(w, _)| w.to_lowercase()).collect();
    let negators = match lower.as_slice() {
        [n, y, ..] if n == "not" && y == "yet" => 2,
        [n, ..] if n == "not" => 1,
        _ => 0,
    };
    let rest = &lower[negators..];
    let (_, status) = STATE_WORDS
        .iter()
        .find(|(state, _)| state.split(' ').eq(rest.iter().map(String::as_str)))?;
    let status = match (negators, *status) {
        (0, s) => s,
        (_, ClaimedStatus::Achieved) => ClaimedStatus::Not,
        _ => return None,
    };
    let span = (words.first()?.1.start, words.last()?.1.end);
    Some((status, span))
}

/// Labels of a cell whose other cell lists what is held: "| Certifications |
/// ISO 27001 (BSI), ISO 42001 |".
const HELD_LABELS: &[&str] = &[
    "certifications",
    "certificates",
    "accreditations",
    "credentials",
    "attestations",
    "certifications held",
    "certificates held",
    "current certifications",
    // schema.org's property for an organisation's credentials, as data
    // written as words ("hasCredential").
    "has credential",
];

/// The span of a cell that is a label of held certificates alone.
pub fn held_label(text: &str) -> Option<(usize, usize)> {
    let words = words(text);
    let lower: Vec<String> = words.iter().map(|(w, _)| w.to_lowercase()).collect();
    HELD_LABELS
        .iter()
        .any(|label| label.split(' ').eq(lower.iter().map(String::as_str)))
        .then(|| {
            (
                words.first().map_or(0, |w| w.1.start),
                words.last().map_or(0, |w| w.1.end),
            )
        })
}

/// The words of a title with their byte ranges; brackets and marks are not
/// words, inner apostrophes are.
fn words(text: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let inner = c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-');
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = text[s..i].trim_matches(['\'', '\u{2019}', '-']);
                if !w.is_empty() {
                    let from = s + text[s..i].find(w).unwrap_or(0);
                    out.push((w, from..from + w.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ClaimedStatus::*;

    fn status(text: &str) -> Option<ClaimedStatus> {
        title_status(text).map(|(s, _)| s)
    }

    #[test]
    fn a_title_of_requirements_for_other_parties_asks_of_them() {
        assert!(asks_of_others(
            "Requirements for suppliers handling customer data"
        ));
        assert!(asks_of_others("What we expect of our subcontractors"));
        assert!(asks_of_others("Vendor onboarding criteria"));
        assert!(!asks_of_others("Our suppliers"));
        assert!(!asks_of_others("Certification requirements"));
        assert!(!asks_of_others("Eligibility checklist"));
    }

    #[test]
    fn a_credential_noun_and_a_state_word_make_a_status() {
        assert_eq!(status("Certificates held"), Some(Achieved));
        assert_eq!(status("Accreditations awarded"), Some(Achieved));
        assert_eq!(status("Attestations under way"), Some(InProgress));
        assert_eq!(status("Pending certifications"), Some(InProgress));
        assert_eq!(status("Upcoming audits"), Some(Planned));
        assert_eq!(status("Former certifications"), Some(Lapsed));
        assert_eq!(status("Held"), Some(Achieved));
    }

    #[test]
    fn what_we_hold_and_what_we_do_not() {
        assert_eq!(status("What we hold"), Some(Achieved));
        assert_eq!(status("What we don't have (yet)"), Some(Not));
        assert_eq!(status("What we do not hold"), Some(Not));
        assert_eq!(status("What we don\u{2019}t have yet"), Some(Not));
        assert_eq!(status("What we do"), None);
    }

    #[test]
    fn a_state_word_without_a_credential_is_no_title() {
        assert_eq!(status("Data held on our behalf"), None);
        assert_eq!(status("Next steps"), None);
        assert_eq!(status("Previous releases"), None);
        assert_eq!(status("Security"), None);
        assert_eq!(
            status("How the certificates we have held for years were reviewed by auditors"),
            None
        );
    }

    #[test]
    fn a_cell_states_a_state_word_alone_or_its_negation() {
        let cell = |t: &str| cell_status(t).map(|(s, _)| s);
        assert_eq!(cell("Held"), Some(Achieved));
        assert_eq!(cell("Not held"), Some(Not));
        assert_eq!(cell("Not yet held"), Some(Not));
        assert_eq!(cell("Lapsed"), Some(Lapsed));
        assert_eq!(cell("Not lapsed"), None);
        assert_eq!(cell("Held in escrow"), None);
        assert_eq!(cell("Next"), Some(Planned));
        assert_eq!(cell("Completed"), Some(Achieved));
        assert_eq!(cell("Not completed"), Some(Not));
        assert_eq!(cell("Completed soon"), None);
    }

    #[test]
    fn a_cell_that_labels_held_certificates() {
        assert_eq!(held_label(" Certifications "), Some((1, 15)));
        assert_eq!(held_label("Certificates held"), Some((0, 17)));
        // Near misses: a label of something else, and a sentence.
        assert_eq!(held_label("has Credential"), Some((0, 14)));
        assert_eq!(held_label("Certifications planned"), None);
        assert_eq!(held_label("We hold certifications"), None);
    }

    #[test]
    fn the_span_covers_the_state_words() {
        let text = "Certifications under way";
        let (_, (a, b)) = title_status(text).unwrap_or((Not, (0, 0)));
        assert_eq!(&text[a..b], "under way");
    }
}
