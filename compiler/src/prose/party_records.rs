//! A block that is another party's record: "Supplier: Hetzner (training
//! servers)" over "ISO 27001 certificate: current, noted", or "Supplier
//! review complete: Equinix. ISO/IEC 27001 certificate and SOC 2 report
//! checked". Minutes, registers and review notes write a supplier's facts
//! as field lines with no subject of their own; read alone, each would be
//! the organisation's claim. Under a label that names another party, they
//! are that party's, until a heading, a line that names the organisation or
//! speaks for it ("we", "our").

use crate::prose::sentences;
use crate::prose::subjects::NameSets;

/// Words of a label that name a party the organisation deals with.
const PARTY_WORDS: &[&str] = &[
    "supplier",
    "sub-processor",
    "subprocessor",
    "vendor",
    "provider",
    "processor",
    "subcontractor",
];

/// Other words such a label may hold: "Supplier review complete", "Main
/// hosting provider", "Certified sub-processor". A label with any other word
/// ("Supplier type", "Vendor description", "Supplier response 4.2") gives a
/// field of the organisation's own record.
const LABEL_EXTRAS: &[&str] = &[
    "review",
    "reviewed",
    "complete",
    "completed",
    "name",
    "certified",
    "main",
    "primary",
    "key",
    "hosting",
    "cloud",
    "new",
    "the",
];

/// Values that name the organisation by its role in a contract: "the
/// Supplier is SOC 2 compliant".
const DEFINED_TERMS: &[&str] = &[
    "the supplier",
    "the vendor",
    "the provider",
    "the processor",
];

/// The byte offset just after the colon of a first-line label that names a
/// party other than the organisation ("Supplier: Hetzner", "Sub-processor:
/// AWS"), or `None` when the line is no such label, or its value is the
/// organisation ("Supplier: Keel") or speaks for it.
pub fn other_party_label(text: &str, org: &[Vec<String>]) -> Option<usize> {
    let line = text.lines().next()?;
    let colon = line.find(':')?;
    let label = line[..colon].to_lowercase();
    let label_words: Vec<&str> = label
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let party = |w: &&str| PARTY_WORDS.contains(&w.trim_end_matches('s'));
    if !label_words.iter().any(party)
        || !label_words
            .iter()
            .all(|w| party(w) || LABEL_EXTRAS.contains(w))
    {
        return None;
    }
    let value_end = line[colon + 1..]
        .find(['.', '(', ';'])
        .map_or(line.len(), |at| colon + 1 + at);
    let value = &line[colon + 1..value_end];
    let lower = value.to_lowercase();
    if !value.contains(char::is_alphabetic)
        || speaks_for_us(value)
        || DEFINED_TERMS.iter().any(|t| lower.contains(t))
    {
        return None;
    }
    let tokens = sentences::tokenize(value, 0..value.len(), &[]);
    NameSets::find(org, &tokens, 0..tokens.len())
        .is_empty()
        .then_some(colon + 1)
}

/// True for text in the organisation's own voice.
fn speaks_for_us(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| matches!(w.to_lowercase().as_str(), "we" | "our" | "us" | "ours"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org() -> Vec<Vec<String>> {
        vec![vec!["keel".to_string()]]
    }

    #[test]
    fn a_label_naming_another_party_opens_its_record() {
        let text = "Supplier: Hetzner (Falkenstein training servers)";
        assert_eq!(other_party_label(text, &org()), Some(9));
        assert!(other_party_label("Supplier review complete: Equinix (LD8).", &org()).is_some());
        // Near misses: the organisation as the supplier, a label of no
        // party, a sentence that only has a colon.
        assert_eq!(other_party_label("Supplier: Keel Robotics", &org()), None);
        assert_eq!(other_party_label("Supplier: our own team", &org()), None);
        assert_eq!(other_party_label("Status: certified", &org()), None);
        assert_eq!(other_party_label("Supplier type: SaaS", &org()), None);
        assert_eq!(
            other_party_label("Supplier representation: the Supplier is compliant", &org()),
            None
        );
        assert_eq!(
            other_party_label(
                "We ask every supplier for one thing: a current certificate",
                &org()
            ),
            None
        );
    }
}
