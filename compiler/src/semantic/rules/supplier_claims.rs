//! Published prose about a supplier's certificates, against that supplier's
//! `assurance` records rather than the organisation's own certifications:
//! "Our hosting provider is ISO 27001 certified" is true only if the spec records
//! a current ISO 27001 assurance for the hosting provider.
//!
//! The prose reader says a mention is about *a* supplier (`Subject::Supplier`)
//! but not which one, so this module finds the supplier in the sentence: by its
//! name or identifier first, else by a distinctive word of its title or
//! `provides` ("hosting" for a supplier that provides "Hosting in UK regions").
//! When neither points to one supplier, the sentence is a general statement
//! ("we require suppliers to hold Cyber Essentials") and is not judged. It must say
//! the framework is held ("certified", "holds", "certificate", "report"); hedged,
//! negated or future wording claims nothing here.
//!
//! Only suppliers whose assurance the spec tracks (at least one `assurance`
//! record, for any framework) are judged: a supplier declared for its contract
//! or `relies_on` alone has no record to compare a claim with, and a page may
//! repeat what that supplier publishes about itself.
//!
//! - `claim-unbacked`: the supplier (or none of those named) has any assurance for
//!   the framework;
//! - `claim-overstated`: the candidates' assurances for it have all expired (or
//!   are not yet issued) on the `as_of` date;
//! - nothing when one candidate holds a current assurance.

use jiff::civil::Date;

use crate::diagnostics::{Code, Diagnostic};
use crate::prose::{Mention, Subject};
use crate::semantic::assurance::{Assurance, AssuranceIndex};
use crate::semantic::catalogue::Catalogue;
use crate::semantic::model::{Decl, Model};
use crate::semantic::rules::claims::display_name;
use crate::text::TextRange;

/// The supplier claims of one prose file compared with the suppliers' assurance.
pub fn check(
    model: &Model,
    catalogue: &Catalogue,
    as_of: Option<Date>,
    ignored: &[String],
    prose_path: &str,
    prose_text: &str,
    mentions: &[Mention],
) -> Vec<Diagnostic> {
    let suppliers: Vec<&Decl> = model.of_kind("supplier").collect();
    if suppliers.is_empty() {
        return Vec::new();
    }
    let index = AssuranceIndex::index(model, catalogue);
    let mut out = Vec::new();
    for mention in mentions {
        if mention.subject != Some(Subject::Supplier) || ignored.contains(&mention.framework) {
            continue;
        }
        let Some(framework) = catalogue.framework(&mention.framework) else {
            continue;
        };
        if !framework.certifiable && !framework.attestation && !framework.self_assessment {
            continue; // nobody can hold it, so the organisation's own check applies
        }
        let Some(sentence) = prose_text.get(mention.sentence.clone()) else {
            continue;
        };
        let at = mention.span.start.saturating_sub(mention.sentence.start);
        let clause = clause_around(sentence, at);
        if !claims_held(clause) {
            continue;
        }
        // The supplier named in the mention's own clause, else anywhere in the
        // sentence ("Our hosting provider, Nimbus, is ISO 27001 certified").
        let mut candidates = candidates(clause, &suppliers);
        if candidates.is_empty() {
            candidates = self::candidates(sentence, &suppliers);
        }
        candidates.retain(|s| index.tracks(s.name()));
        if candidates.is_empty() {
            continue; // a general statement, an unknown supplier, or one not tracked
        }
        let held: Vec<&Assurance<'_>> = candidates
            .iter()
            .flat_map(|s| index.of(s.name(), &framework.name))
            .collect();
        if held
            .iter()
            .any(|a| as_of.is_none_or(|as_of| a.current(as_of)))
        {
            continue;
        }
        let fw = display_name(framework);
        let range = TextRange::new(mention.span.start, mention.span.end);
        // The assurance that lasted longest, to say when it ran out.
        let latest = held.iter().max_by_key(|a| a.expires).copied();
        let diagnostic = match latest {
            Some(latest) => {
                let ended = latest.expires.map_or_else(
                    || "is not in force".to_owned(),
                    |d| format!("expired on {d}"),
                );
                let subject = match candidates.as_slice() {
                    [one] => format!("supplier `{}`", one.name()),
                    _ => format!("supplier `{}`", latest.supplier),
                };
                Diagnostic::new(
                    Code::ClaimOverstated,
                    prose_path,
                    range,
                    format!(
                        "this says {subject} holds {fw}, but its {fw} assurance `{}` {ended}",
                        latest.decl.name()
                    ),
                )
                .with_label(
                    &latest.decl.file,
                    latest.decl.item.name_range(),
                    format!("the spec's latest {fw} assurance of {subject}"),
                )
                .with_help(format!(
                    "record the supplier's renewed certificate as a new `assurance`, or say what is true: that its {fw} assurance has expired"
                ))
            }
            None => {
                let message = match candidates.as_slice() {
                    [one] => format!(
                        "this says supplier `{}` holds {fw}, but the spec records no {fw} assurance for it",
                        one.name()
                    ),
                    _ => format!(
                        "this says a supplier holds {fw}, but none of the suppliers it names has a {fw} assurance in the spec"
                    ),
                };
                let diagnostic =
                    Diagnostic::new(Code::ClaimUnbacked, prose_path, range, message).with_help(
                        format!(
                            "record the supplier's certificate or report as an `assurance` {{ supplier: …, framework: {} }}, or remove the claim",
                            framework.name
                        ),
                    );
                match candidates.as_slice() {
                    [one] => diagnostic.with_label(
                        &one.file,
                        one.item.name_range(),
                        "the supplier the sentence names",
                    ),
                    _ => diagnostic,
                }
            }
        };
        out.push(diagnostic);
    }
    out
}

/// The clause of `sentence` around byte offset `at`: the text between the nearest
/// commas, semicolons, colons, brackets or dashes on either side, so that "held" in
/// one clause is not read as said of a framework named in another.
fn clause_around(sentence: &str, at: usize) -> &str {
    let at = at.min(sentence.len());
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '–' | '—');
    let start = sentence[..at]
        .char_indices()
        .rev()
        .find_map(|(i, c)| {
            if sentence[i..].starts_with(" - ") {
                Some(i + 3)
            } else {
                is_break(c).then(|| i + c.len_utf8())
            }
        })
        .unwrap_or(0)
        .min(at);
    let end = sentence[at..]
        .char_indices()
        .find(|&(i, c)| is_break(c) || sentence[at + i..].starts_with(" - "))
        .map_or(sentence.len(), |(i, _)| at + i);
    &sentence[start..end]
}

/// Whether the sentence says the framework is held (by whoever its subject is),
/// with no negation, hedge or future that would make it something else.
fn claims_held(sentence: &str) -> bool {
    let words = words(sentence);
    let has = |w: &str| words.iter().any(|x| x == w);
    let held = HELD_WORDS.iter().any(|w| has(w));
    let hedged = HEDGE_WORDS.iter().any(|w| has(w))
        || words
            .windows(2)
            .any(|p| p[0] == "working" && p[1] == "towards")
        || sentence.contains('?');
    held && !hedged
}

/// Words that say a certificate, report or self-assessment is held.
const HELD_WORDS: &[&str] = &[
    "certified",
    "certification",
    "certifications",
    "certificate",
    "certificates",
    "holds",
    "hold",
    "accredited",
    "report",
    "attested",
    "published",
];

/// Words that make a sentence claim something other than a held certificate.
const HEDGE_WORDS: &[&str] = &[
    "not",
    "no",
    "never",
    "nor",
    "isn't",
    "doesn't",
    "expired",
    "lapsed",
    "previously",
    "formerly",
    "until",
    "will",
    "plans",
    "planned",
    "pursuing",
    "if",
    "whether",
    "may",
    "might",
    "aims",
    "intends",
];

/// Lowercase words of a text, apostrophes kept ("isn't").
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'").to_lowercase())
        .collect()
}

/// The suppliers the sentence is about: those it names, else the one supplier a
/// distinctive word of its title or `provides` points to, else none.
fn candidates<'a>(sentence: &str, suppliers: &[&'a Decl]) -> Vec<&'a Decl> {
    let sentence_words = words(sentence);
    let contains_phrase = |phrase: &str| {
        let phrase = words(phrase);
        !phrase.is_empty()
            && sentence_words
                .windows(phrase.len())
                .any(|w| w == phrase.as_slice())
    };
    let named: Vec<&Decl> = suppliers
        .iter()
        .copied()
        .filter(|s| {
            contains_phrase(&s.name().replace('_', " "))
                || s.item
                    .title
                    .as_ref()
                    .is_some_and(|t| contains_phrase(&t.value))
        })
        .collect();
    if !named.is_empty() {
        return named;
    }
    let by_role: Vec<&Decl> = suppliers
        .iter()
        .copied()
        .filter(|s| {
            let title = s.item.title.as_ref().map(|t| t.value.as_str());
            let provides = s.item.field("provides").and_then(|f| f.value.as_str());
            [title, provides]
                .into_iter()
                .flatten()
                .flat_map(words)
                .filter(|w| w.chars().count() >= 4 && !GENERIC_WORDS.contains(&w.as_str()))
                .any(|w| sentence_words.contains(&w))
        })
        .collect();
    // Several suppliers match a role word: the sentence does not say which.
    if by_role.len() == 1 {
        by_role
    } else {
        Vec::new()
    }
}

/// Words of a supplier's title or `provides` too common to point to one supplier.
const GENERIC_WORDS: &[&str] = &[
    "provider",
    "providers",
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "service",
    "services",
    "company",
    "partner",
    "limited",
    "with",
    "from",
    "their",
    "our",
    "iso/iec",
    "certified",
    "certificate",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_claim_is_read_and_a_hedged_one_is_not() {
        assert!(claims_held("Our hosting provider is ISO 27001 certified."));
        assert!(claims_held(
            "Azure, which hosts our platform, holds ISO 27001."
        ));
        assert!(!claims_held(
            "Our hosting provider is not ISO 27001 certified."
        ));
        assert!(!claims_held(
            "Our hosting provider will be ISO 27001 certified."
        ));
        assert!(!claims_held(
            "Is your hosting provider ISO 27001 certified?"
        ));
        assert!(!claims_held("Our hosting provider uses ISO 27001."));
    }

    #[test]
    fn the_clause_stops_at_punctuation_and_dashes() {
        let sentence =
            "Thanks to Equinix, who run a certified site - and well done on Cyber Essentials.";
        let at = sentence.find("Cyber").unwrap();
        assert_eq!(
            clause_around(sentence, at),
            "and well done on Cyber Essentials."
        );
        assert_eq!(
            clause_around("Nimbus holds ISO 27001.", 13),
            "Nimbus holds ISO 27001."
        );
    }

    #[test]
    fn words_keep_apostrophes_and_lowercase() {
        assert_eq!(words("AWS isn’t Certified"), ["aws", "isn't", "certified"]);
    }
}
