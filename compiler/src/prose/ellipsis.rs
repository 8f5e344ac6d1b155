//! Short names that stand for a framework the block has already named in full:
//! "We hold Cyber Essentials but haven't done Plus yet" ("Plus" is Cyber
//! Essentials Plus), "... high-risk under the EU AI Act. We comply with the Act."
//! ("the Act" is the EU AI Act).
//!
//! The short forms come from the aliases themselves, never from a list of
//! phrases: the word one alias adds to another's name ("Plus" in "Cyber
//! Essentials Plus" over "Cyber Essentials"), and the head noun that ends a
//! name ("Act" in "EU AI Act", after "the"). Each is written with a capital, as
//! a name is (or, in text written without capitals, in lowercase where it ends
//! its clause), and counts only after a full name earlier in the same unit, so a
//! "Plus" or "the Act" in a text about something else is never a mention.

use crate::prose::aliases::{Found, PreparedAlias, merged, runs};

/// One short form of a framework's name.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ShortForm {
    /// The word, folded to lowercase ("plus", "act").
    word: String,
    /// The framework it stands for.
    framework: String,
    /// The frameworks whose earlier mention lets the word stand for it: the
    /// framework itself and, for an added word, the one it extends.
    named_before: Vec<String>,
    /// True for a head noun, which needs "the" before it ("the Act").
    after_the: bool,
}

/// Words that may stand before an added word without making it part of
/// another name: "the Plus audit", "our Plus assessment".
const DETERMINERS: &[&str] = &["the", "our", "its", "their", "a", "an", "your"];

/// The short forms a spec's aliases allow, derived once for a whole
/// publication: deriving them compares every alias with every other, which per
/// paragraph made a long page cost minutes.
#[derive(Clone, Debug, Default)]
pub struct ShortForms(Vec<ShortForm>);

impl ShortForms {
    pub fn new(aliases: &[PreparedAlias]) -> Self {
        ShortForms(short_forms(aliases))
    }
}

/// The short forms the aliases allow.
fn short_forms(aliases: &[PreparedAlias]) -> Vec<ShortForm> {
    let folded: Vec<String> = aliases.iter().map(PreparedAlias::folded).collect();
    let mut out: Vec<ShortForm> = Vec::new();
    for (alias, folded_alias) in aliases.iter().zip(&folded) {
        let Some((base, last)) = folded_alias.rsplit_once(' ') else {
            continue;
        };
        if last.len() < 3 || !last.chars().all(char::is_alphabetic) {
            continue;
        }
        let extended = aliases
            .iter()
            .zip(&folded)
            .find(|(b, b_folded)| b.framework() != alias.framework() && *b_folded == base)
            .map(|(b, _)| b);
        let form = match extended {
            Some(b) => ShortForm {
                word: last.to_string(),
                framework: alias.framework().to_string(),
                named_before: vec![alias.framework().to_string(), b.framework().to_string()],
                after_the: false,
            },
            None => ShortForm {
                word: last.to_string(),
                framework: alias.framework().to_string(),
                named_before: vec![alias.framework().to_string()],
                after_the: true,
            },
        };
        if !out.contains(&form) {
            out.push(form);
        }
    }
    out
}

/// True when the text before byte `at` ends a sentence or starts the unit: a
/// capital there is no sign of a name.
fn sentence_starts_at(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '\'', '(', '*', '_']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '|', '\u{b7}', '-'])
}

/// Words after an added word that opens a sentence which make it the
/// sentence's subject, a name, not the conjunction: "Plus is planned", "Plus
/// certification follows".
const SUBJECT_FOLLOWERS: &[&str] = &[
    "is",
    "was",
    "has",
    "will",
    "remains",
    "follows",
    "comes",
    "certification",
    "audit",
    "assessment",
];

/// True when the word ending at `end` (word `k`) is followed, with no comma
/// between, by a word that makes it a subject.
fn names_a_subject(text: &str, end: usize, words: &[(usize, usize)], k: usize) -> bool {
    words.get(k + 1).is_some_and(|&(ns, ne)| {
        text[end..ns].trim().is_empty()
            && SUBJECT_FOLLOWERS.contains(&text[ns..ne].to_lowercase().as_str())
    })
}

/// `found` with the short names of frameworks named earlier in the unit, or
/// earlier in its block (`earlier`: "Plus" in the paragraph after the one
/// naming Cyber Essentials), added, in text order.
pub fn with_short_names(
    text: &str,
    found: Vec<Found>,
    forms: &ShortForms,
    earlier: &[String],
) -> Vec<Found> {
    if found.is_empty() && earlier.is_empty() {
        return found;
    }
    let forms = &forms.0;
    let words = runs(text, char::is_alphabetic);
    let mut added: Vec<Found> = Vec::new();
    for (k, &(s, e)) in words.iter().enumerate() {
        let word = &text[s..e];
        // In text written without capitals (captions: "we hold basic cyber
        // essentials but we've never done plus") a short form in lowercase
        // counts after a full name also in lowercase, where it ends its
        // clause or names a subject, never as the conjunction ("plus we").
        let caseless = !word.starts_with(|c: char| c.is_uppercase());
        let ends_clause = words.get(k + 1).is_none_or(|&(ns, _)| {
            text[e..ns]
                .chars()
                .any(|c| !c.is_whitespace() && !c.is_alphanumeric())
        });
        if (caseless && !(ends_clause || names_a_subject(text, e, &words, k)))
            || found.iter().any(|f| f.range.start < e && s < f.range.end)
        {
            continue;
        }
        let lower = word.to_lowercase();
        if !forms.iter().any(|f| f.word == lower) {
            continue;
        }
        let previous = k
            .checked_sub(1)
            .map(|p| text[words[p].0..words[p].1].to_lowercase());
        let next_is_name = words
            .get(k + 1)
            .filter(|&&(ns, _)| text[e..ns].trim().is_empty())
            .is_some_and(|&(ns, _)| text[ns..].starts_with(|c: char| c.is_uppercase()));
        if next_is_name {
            continue;
        }
        let adjacent_previous = k
            .checked_sub(1)
            .filter(|&p| text[words[p].1..s].trim().is_empty())
            .map(|p| &text[words[p].0..words[p].1]);
        // The latest full name before the word that licenses a short form.
        let hit = forms
            .iter()
            .filter(|f| f.word == lower)
            .filter(|f| {
                if f.after_the {
                    previous.as_deref() == Some("the") && adjacent_previous.is_some()
                } else {
                    (!sentence_starts_at(text, s) || names_a_subject(text, e, &words, k))
                        && adjacent_previous.is_none_or(|p| {
                            !p.starts_with(|c: char| c.is_uppercase())
                                || DETERMINERS.contains(&p.to_lowercase().as_str())
                        })
                }
            })
            .filter_map(|f| {
                let written_alike = |m: &&Found| {
                    !caseless
                        || text
                            .get(m.range.clone())
                            .is_some_and(|n| !n.contains(char::is_uppercase))
                };
                found
                    .iter()
                    .filter(|m| m.range.end <= s && f.named_before.contains(&m.framework))
                    .filter(written_alike)
                    .map(|m| m.range.end)
                    .max()
                    .or_else(|| {
                        // A name earlier in the block licenses the short
                        // form as one before the unit's start would.
                        (!caseless && earlier.iter().any(|b| f.named_before.contains(b)))
                            .then_some(0)
                    })
                    .map(|at| (at, f))
            })
            .max_by_key(|(at, _)| *at);
        if let Some((_, form)) = hit {
            added.push(Found::derived(s..e, &form.framework));
        }
    }
    merged(found, added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::aliases::{find_aliases, prepare_aliases};
    use crate::prose::corpus::{names_after, test_aliases};

    fn named(text: &str) -> Vec<(String, String)> {
        names_after(text, |t, found, aliases| {
            with_short_names(t, found, &ShortForms::new(aliases), &[])
        })
    }

    fn short(text: &str) -> Vec<(String, String)> {
        let aliases = prepare_aliases(&test_aliases());
        let full = find_aliases(text, &aliases).len();
        let all = named(text);
        assert!(all.len() >= full, "{text}");
        all.into_iter()
            .filter(|(t, _)| matches!(t.to_lowercase().as_str(), "plus" | "act" | "framework"))
            .collect()
    }

    /// Checks that each text names exactly the one short form given.
    fn names_one(framework: &str, word: &str, texts: &[&str]) {
        for text in texts {
            assert_eq!(
                short(text),
                vec![(word.to_string(), framework.to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn an_added_word_stands_for_the_longer_name_after_the_shorter() {
        names_one(
            "cyber_essentials_plus",
            "Plus",
            &[
                "We renewed Cyber Essentials in May and will book Plus next.",
                "Cyber Essentials is held; the Plus assessment is booked.",
                // After the longer name itself, too.
                "Cyber Essentials Plus lapsed in 2025 and we have not renewed Plus since.",
            ],
        );
    }

    #[test]
    fn a_head_noun_after_the_stands_for_the_name_it_ends() {
        names_one(
            "eu_ai_act",
            "Act",
            &["Our scoring tool falls under the EU AI Act. We meet the Act in full."],
        );
        names_one(
            "nist_ai_rmf",
            "Framework",
            &[
                // Any name of the framework licenses the head noun of another.
                "We map risks to the NIST AI RMF. The Framework guides our reviews.",
                "We use the NIST AI Risk Management Framework; the Framework guides reviews.",
            ],
        );
    }

    #[test]
    fn short_forms_need_the_full_name_first_and_a_capital() {
        // No full name before.
        assert!(short("We haven't done Plus yet, but Cyber Essentials is held.").is_empty());
        assert!(short("The Act applies from 2026.").is_empty());
        // Lowercase "plus" is a conjunction.
        assert!(short("We hold Cyber Essentials plus a pen test report.").is_empty());
        // A sentence that opens with "Plus" adds a point.
        assert!(short("We hold Cyber Essentials. Plus, our staff are trained.").is_empty());
        // Part of another name.
        assert!(short("We hold Cyber Essentials and use Office Plus daily.").is_empty());
        assert!(short("Cyber Essentials is held; see the Plus Programme page.").is_empty());
        // A head noun needs "the" and the name it ends.
        assert!(short("We hold ISO 27001 and follow the Act on data.").is_empty());
        assert!(short("We comply with the EU AI Act; Act now to learn more.").is_empty());
    }

    #[test]
    fn text_without_capitals_allows_a_lowercase_short_form_that_ends_its_clause() {
        names_one(
            "cyber_essentials_plus",
            "plus",
            &["yeah we renewed cyber essentials in march but not plus"],
        );
        // Near misses: "plus" as a conjunction, and a lowercase "plus" after
        // a name written with capitals.
        assert!(short("we hold cyber essentials plus we run monthly scans").is_empty());
        assert!(short("We hold Cyber Essentials but not plus.").is_empty());
    }
}
