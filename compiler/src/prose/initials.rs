//! A framework's initials on their own: "we're CE certified", "CE and CE+
//! renewed", "#CyberEssentials ... CE cert" (Cyber Essentials).
//!
//! Initials are ambiguous where a full name is not: "CE" is also the CE
//! marking of a product. So initials are derived only where the spec itself
//! writes them, as the start of another alias ("CE+" for Cyber Essentials
//! Plus, which extends "Cyber Essentials"), and they count only where the
//! context makes the framework the plain reading: a full name of it in the
//! unit or its block, the extended name's initials or added word next to them
//! ("CE + CE+", "CE Plus"), the scheme's certification body ("IASME"), or a
//! certification word right after them ("CE certified"). Any sign of a
//! product's marking in the unit ("CE marked", "conformity", "device", the EU
//! AI Act) keeps them quiet.

use crate::prose::aliases::{Found, PreparedAlias, merged, runs};

/// Initials that stand for a framework.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Initials {
    /// The initials, in capitals ("CE").
    letters: String,
    /// The framework they stand for.
    framework: String,
    /// The framework that extends it, and the word it adds ("plus").
    extended: Option<(String, String)>,
}

/// Words whose presence in a unit makes initials a product's marking or
/// another scheme: CE marking, declarations of conformity, regulated products.
const MARKING_WORDS: &[&str] = &[
    "mark",
    "marked",
    "marking",
    "markings",
    "conformity",
    "product",
    "products",
    "device",
    "devices",
    "mdr",
    "medical",
    "ukca",
    "declaration",
    "regulation",
    "directive",
    "machinery",
    "equipment",
    "toy",
    "toys",
    "electrical",
    "fda",
];

/// Words right after the initials that make them a certification's name.
const CERTIFICATION_WORDS: &[&str] = &[
    "certified",
    "certification",
    "certificate",
    "cert",
    "accredited",
    "accreditation",
    "assessment",
    "audit",
    "badge",
    // A step of the scheme's assessment: "CE booked for May".
    "booked",
    "scheduled",
    "renewed",
    "renewal",
];

/// Marks that end one item of a list and open the next: "ISO 42001 in
/// progress \u{b7} CE \u{2713}", "Keel \u{2014} CE booked".
const ITEM_OPENERS: &[char] = &[
    '\u{b7}', '\u{2022}', '|', ',', ';', ':', '\u{2013}', '\u{2014}', '\n',
];

/// True when the initials at `start` open an item of a list: only spaces
/// stand between them and a list mark, a spaced slash, or the start of the
/// text.
fn opens_list_item(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    before.is_empty()
        || before.ends_with(ITEM_OPENERS)
        || (before.ends_with(" /") && before.len() < start)
}

/// Certification bodies of the schemes whose initials are read here.
const SCHEME_BODIES: &[&str] = &["iasme"];

/// The initials the aliases allow: those of a name of two or more words that
/// another alias, of the framework or of one that extends it, starts with
/// ("CE" from "Cyber Essentials", as "CE+" starts with it).
fn initials(aliases: &[PreparedAlias]) -> Vec<Initials> {
    let folded: Vec<String> = aliases.iter().map(PreparedAlias::folded).collect();
    let mut out: Vec<Initials> = Vec::new();
    for (alias, folded_alias) in aliases.iter().zip(&folded) {
        let words: Vec<&str> = folded_alias.split(' ').collect();
        if words.len() < 2 || !words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
            continue;
        }
        let letters: String = words.iter().filter_map(|w| w.chars().next()).collect();
        let extension = aliases.iter().zip(&folded).find_map(|(b, other)| {
            let added = other
                .strip_prefix(folded_alias.as_str())?
                .strip_prefix(' ')?;
            (b.framework() != alias.framework())
                .then(|| (b.framework().to_string(), added.to_string()))
        });
        let written = aliases.iter().zip(&folded).any(|(b, other)| {
            *other != letters
                && other
                    .strip_prefix(&letters)
                    .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
                && (b.framework() == alias.framework()
                    || extension.as_ref().is_some_and(|(f, _)| f == b.framework()))
        });
        let taken = folded.contains(&letters);
        if !written || taken {
            continue;
        }
        let form = Initials {
            letters: letters.to_uppercase(),
            framework: alias.framework().to_string(),
            extended: extension,
        };
        if !out.iter().any(|o| o.letters == form.letters) {
            out.push(form);
        } else {
            // Initials two frameworks share name neither.
            out.retain(|o| o.letters != form.letters || o.framework == form.framework);
        }
    }
    out
}

/// The initials a set of aliases allows. Deriving them compares every alias
/// with every other, so it is done once per set, not once per paragraph.
#[derive(Clone, Debug, Default)]
pub struct InitialForms(Vec<Initials>);

impl InitialForms {
    pub fn new(aliases: &[PreparedAlias]) -> Self {
        Self(initials(aliases))
    }
}

/// `found` with the initials the context makes a framework's name added, in
/// text order. `earlier` holds the frameworks named earlier in the block.
pub fn with_initials(
    text: &str,
    found: Vec<Found>,
    forms: &InitialForms,
    earlier: &[String],
) -> Vec<Found> {
    let forms = &forms.0;
    if forms.is_empty() {
        return found;
    }
    let words = runs(text, char::is_alphanumeric);
    let lower: Vec<String> = words
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let marking = lower.iter().any(|w| MARKING_WORDS.contains(&w.as_str()))
        || found.iter().any(|f| f.framework.contains("ai_act"));
    if marking {
        return found;
    }
    let body = lower.iter().any(|w| SCHEME_BODIES.contains(&w.as_str()));
    let mut added: Vec<Found> = Vec::new();
    for (k, &(s, e)) in words.iter().enumerate() {
        let Some(form) = forms.iter().find(|f| text[s..e] == f.letters) else {
            continue;
        };
        if found.iter().any(|f| f.range.start < e && s < f.range.end)
            || text[e..].starts_with(['-', '+'])
            || text[..s].ends_with(['-', '#'])
        {
            continue;
        }
        let next = words
            .get(k + 1)
            .filter(|&&(ns, _)| text[e..ns].trim().is_empty())
            .map(|_| lower[k + 1].as_str());
        let named = |framework: &str| {
            found.iter().any(|f| f.framework == framework) || earlier.iter().any(|b| b == framework)
        };
        // "CE 20931": initials before a number are a certificate's code.
        if next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
            continue;
        }
        let extension = form.extended.as_ref();
        // "CE Plus": the initials with the added word name the longer one.
        if let Some((longer, word)) = extension
            && next == Some(word.as_str())
            && text[words[k + 1].0..].starts_with(|c: char| c.is_uppercase())
        {
            added.push(Found::derived(s..words[k + 1].1, longer));
            continue;
        }
        // "ISO 42001 in progress \u{b7} CE \u{2713}": an item of a list whose
        // other items name frameworks names one too.
        let listed =
            opens_list_item(text, s) && found.iter().any(|f| f.framework != form.framework);
        let licensed = named(&form.framework)
            || extension.is_some_and(|(longer, _)| named(longer))
            || body
            || listed
            || next.is_some_and(|w| CERTIFICATION_WORDS.contains(&w));
        if licensed {
            added.push(Found::derived(s..e, &form.framework));
        }
    }
    merged(found, added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::aliases::prepare_aliases;
    use crate::prose::corpus::{names_after, test_aliases};

    fn named(text: &str) -> Vec<(String, String)> {
        names_after(text, |t, found, aliases| {
            with_initials(t, found, &InitialForms::new(aliases), &[])
        })
    }

    fn pair(t: &str, f: &str) -> (String, String) {
        (t.to_string(), f.to_string())
    }

    #[test]
    fn initials_the_spec_writes_stand_for_the_framework_in_a_plain_context() {
        assert_eq!(
            named("Good news: we are now CE certified."),
            vec![pair("CE", "cyber_essentials")]
        );
        assert_eq!(
            named("CE and CE+ both renewed this spring."),
            vec![
                pair("CE", "cyber_essentials"),
                pair("CE+", "cyber_essentials_plus")
            ]
        );
        assert_eq!(
            named("Our CE Plus audit is booked for June."),
            vec![pair("CE Plus", "cyber_essentials_plus")]
        );
        assert_eq!(
            named("#CyberEssentials done, CE cert on the wall."),
            vec![
                pair("#CyberEssentials", "cyber_essentials"),
                pair("CE", "cyber_essentials")
            ]
        );
        assert_eq!(
            named("Assessed by IASME, we hold CE since 2024."),
            vec![pair("CE", "cyber_essentials")]
        );
    }

    #[test]
    fn initials_that_open_an_item_of_a_list_of_frameworks_name_one() {
        assert_eq!(
            named("Status: SOC 2 report issued \u{b7} CE \u{2705}"),
            vec![pair("SOC 2", "soc2"), pair("CE", "cyber_essentials")]
        );
        assert_eq!(
            named("ISO 42001 underway / CE done"),
            vec![
                pair("ISO 42001", "iso42001"),
                pair("CE", "cyber_essentials")
            ]
        );
        // A step of an assessment after the initials.
        assert_eq!(
            named("CE renewal scheduled for June."),
            vec![pair("CE", "cyber_essentials")]
        );
        // Inside an item, or beside a marking, they stay quiet.
        assert!(
            named("ISO 27001 held; the CE team owns it.")
                .iter()
                .all(|(t, _)| t != "CE")
        );
        assert!(
            named("Our scanner: CE \u{b7} ISO 27001 certified product line")
                .iter()
                .all(|(t, _)| t != "CE")
        );
    }

    #[test]
    fn initials_stay_quiet_for_a_product_marking_or_without_context() {
        for text in [
            "The sensor is CE marked.",
            "All our hardware carries CE marking.",
            "A CE-marked device, certified under the MDR.",
            "The product is CE certified and meets the EU AI Act.",
            "CE certified equipment only.",
            "We hold CE.",
            "Contact the CE team for help.",
            "Fixed CE versions in the changelog.",
            // A code that starts with the initials.
            "Cyber Essentials certificate number CE 88213.",
        ] {
            let initials: Vec<_> = named(text).into_iter().filter(|(t, _)| t == "CE").collect();
            assert!(initials.is_empty(), "{text}");
        }
        // Lowercase and in other words are no initials.
        assert!(named("we are ce certified").is_empty());
        assert!(named("Our CEO is certified.").is_empty());
    }

    #[test]
    fn initials_come_only_from_aliases_that_write_them() {
        let aliases = prepare_aliases(&test_aliases());
        let letters: Vec<String> = initials(&aliases).into_iter().map(|i| i.letters).collect();
        assert_eq!(letters, vec!["CE".to_string()]);
    }
}
