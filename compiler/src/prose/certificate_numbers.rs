//! Reads the organisation's own certificate numbers as names of their
//! certificates.
//!
//! "Certificate IS 712345 issued by BSI; valid to 19 May 2027" names no
//! standard, but anyone who knows the spec knows which certificate it is, and
//! its expiry can be checked. The spec's numbers (`Names::certificates`) are
//! matched as extra aliases of their frameworks, in a second reading that is
//! only made when a number occurs in the text. A number found in a sentence
//! that already names its framework adds nothing (the number is a fact of
//! that mention), so only sentences that name the certificate by its number
//! alone gain a mention. Such a sentence that states the certificate's facts
//! (its body, issue or expiry) and no status of its own speaks of the
//! certificate as held.

use crate::prose::{Alias, ClaimedStatus, FrameworkNames, Mention, Names, ProseFormat, Subject};

/// True when `number` is long enough to name a certificate (four characters
/// or more: a spec's placeholder "C" names nothing) and `text` gives it.
pub fn names_a_certificate(number: &str, text: &str) -> bool {
    let number = number.trim();
    number.chars().count() >= 4 && text.contains(number)
}

/// The mentions that the organisation's certificate numbers add to `found`,
/// the mentions read with the catalogue's names alone.
pub fn mentions(
    text: &str,
    format: ProseFormat,
    frameworks: &FrameworkNames,
    names: &Names,
    found: &[Mention],
) -> Vec<Mention> {
    let present: Vec<&Alias> = names
        .certificates
        .iter()
        .filter(|c| names_a_certificate(&c.text, text))
        .collect();
    if present.is_empty() {
        return Vec::new();
    }
    let with_numbers = frameworks.with(present.iter().map(|&c| c.clone()));
    let without_numbers = Names {
        certificates: Vec::new(),
        ..names.clone()
    };
    super::read_page(text, format, &with_numbers, &without_numbers)
        .into_iter()
        .filter(|m| {
            present.iter().any(|c| {
                c.framework == m.framework && text.get(m.span.clone()) == Some(c.text.trim())
            })
        })
        .filter(|m| {
            !found.iter().any(|n| {
                n.framework == m.framework
                    && (n.sentence.start < m.sentence.end && m.sentence.start < n.sentence.end
                        || answers_question(text, n, m))
            })
        })
        .map(|mut m| {
            let d = &m.details;
            let facts = d.valid_to.is_some() || d.issued.is_some() || d.body.is_some();
            if m.status.is_none() && m.note.is_none() && m.subject.is_none() && facts {
                m.status = Some(ClaimedStatus::Achieved);
                m.subject = Some(Subject::Organisation);
                m.phrase = Some(m.span.clone());
            }
            m
        })
        .collect()
}

/// True when `number`'s sentence is the answer right after the question
/// that names its framework ("Q: Have you been certified to ISO 27001? A:
/// Yes, from 2023 to 2026 (certificate GB-27001-0999)") and that answer
/// says the certificate is no longer held: the number is a fact of that
/// answer, whose reading already stands.
fn answers_question(text: &str, asked: &Mention, number: &Mention) -> bool {
    matches!(
        asked.status,
        Some(ClaimedStatus::Lapsed | ClaimedStatus::Not)
    ) && asked.sentence.end <= number.sentence.start
        && text
            .get(asked.sentence.start..asked.sentence.end)
            .is_some_and(|q| q.trim_end().ends_with('?'))
        && text
            .get(asked.sentence.end..number.sentence.start)
            .is_some_and(|gap| gap.trim().len() <= 3)
}
