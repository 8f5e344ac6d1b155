//! Reports of an earlier statement that the text withdraws: "An earlier
//! version of this post said Northwind was ISO 27001 certified. That was
//! wrong.", "Correction: we wrote that Meridian is 'SOC 2 certified'.", "I
//! said our certificate was issued in January. It was actually issued in
//! March."
//!
//! A correction quotes the wrong wording in order to take it back, so what
//! the report says is no claim: the corrected statement after it is. A
//! report counts as withdrawn only when the words say so: a past verb of
//! saying or writing whose content the sentence marks as an earlier
//! version ("previously", "originally", "an earlier version") or as an
//! error ("wrongly", "in error"), a correction label before it
//! ("Correction:", "Errata:"), or a next sentence that retracts it ("That was
//! wrong.", "It was actually ...", "The correct number is ..."). A report the
//! text stands by ("as we said, ...") and one with no such mark ("the CEO
//! said Meridian is certified") are left to be read as claims.

use std::ops::Range;

use crate::prose::sentences::{Token, TokenKind};
use crate::prose::vocabulary;

/// The tokens of `tokens` that report an earlier statement the text
/// withdraws: from the word after the verb of saying to the end of its
/// clause. `next` is the sentence after it, which may retract it.
pub fn withdrawn_report(tokens: &[Token], next: Option<&[Token]>) -> Option<Range<usize>> {
    let verb = tokens.iter().enumerate().position(|(i, t)| {
        t.kind == TokenKind::Word
            && vocabulary::REPORTING_PAST.contains(&t.norm.as_str())
            && !endorsed(tokens, i)
    })?;
    let end = (verb + 1..tokens.len())
        .find(|&i| {
            tokens[i].norm == ";" || vocabulary::REPORT_CLOSERS.contains(&tokens[i].norm.as_str())
        })
        .unwrap_or(tokens.len());
    let marked = (0..end).any(|i| {
        let word = tokens[i].norm.as_str();
        vocabulary::EARLIER_WORDING.contains(&word)
            || vocabulary::CORRECTION_WORDS.contains(&word)
            || (vocabulary::SUPERSEDED.contains(&word)
                && tokens
                    .get(i + 1)
                    .is_some_and(|t| vocabulary::EDITIONS.contains(&t.norm.as_str())))
    });
    let retracted = next.is_some_and(retracts);
    (marked || retracted).then_some(verb + 1..end)
}

/// "As we said, ...", "as previously stated": a report introduced by "as"
/// is one the text stands by.
fn endorsed(tokens: &[Token], verb: usize) -> bool {
    tokens[verb.saturating_sub(3)..verb]
        .iter()
        .any(|t| t.norm == "as")
}

/// True when a sentence takes back what the one before it said: "That was
/// wrong.", "This was an error:", "It was actually issued in March.", "The
/// correct date is ...".
fn retracts(tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .collect();
    let opens_with_that = words
        .first()
        .is_some_and(|w| matches!(*w, "that" | "this" | "which"));
    let judged_wrong = opens_with_that
        && words
            .iter()
            .take(5)
            .any(|w| vocabulary::RETRACTION_WORDS.contains(w));
    let corrected = words
        .iter()
        .any(|w| vocabulary::CORRECTION_WORDS.contains(w))
        || words.iter().any(|w| matches!(*w, "actually"));
    judged_wrong || corrected
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::sentences::tokenize;

    fn tokens(text: &str) -> Vec<Token> {
        tokenize(text, 0..text.len(), &[])
    }

    fn report(text: &str, next: &str) -> Option<String> {
        let t = tokens(text);
        let n = tokens(next);
        let next = (!next.is_empty()).then_some(n.as_slice());
        withdrawn_report(&t, next).map(|r| {
            let (a, b) = (t[r.start].range.start, t[r.end - 1].range.end);
            text[a..b].to_string()
        })
    }

    #[test]
    fn a_report_marked_as_an_earlier_version_is_withdrawn() {
        assert_eq!(
            report("Our old brochure previously said we held the badge.", ""),
            Some("we held the badge.".into())
        );
        assert_eq!(
            report(
                "The first edition of the guide gave our audit date as May.",
                ""
            ),
            None
        );
        assert_eq!(
            report(
                "An earlier draft of the guide gave our audit date as May.",
                ""
            ),
            Some("our audit date as May.".into())
        );
        assert_eq!(
            report("Erratum: the leaflet stated that we were audited", ""),
            Some("that we were audited".into())
        );
    }

    #[test]
    fn a_report_the_next_sentence_takes_back_is_withdrawn() {
        assert_eq!(
            report(
                "Our site said we were audited in May.",
                "That was a mistake."
            ),
            Some("we were audited in May.".into())
        );
        assert_eq!(
            report(
                "Our site said we were audited in May.",
                "It was actually June."
            ),
            Some("we were audited in May.".into())
        );
    }

    #[test]
    fn a_report_ends_where_the_corrected_statement_begins() {
        assert_eq!(
            report("We wrongly said the audit was in May; it is in June.", ""),
            Some("the audit was in May".into())
        );
    }

    #[test]
    fn a_report_the_text_stands_by_is_no_retraction() {
        assert_eq!(report("As we said last year, the audit passed.", ""), None);
        assert_eq!(report("Our CEO said the audit passed.", ""), None);
        assert_eq!(
            report("Our CEO said the audit passed.", "That was the plan."),
            None
        );
    }
}
