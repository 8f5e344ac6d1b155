//! A page's own key to its symbols. A status board often draws its statuses as
//! icons and says once what they mean: "**Legend:** ✅ certified · ⬜ not yet"
//! above "- ⬜ Cyber Essentials". A reader takes the key with them down the
//! page, so every later use of a symbol the key explains is read with its
//! meaning written after it ("⬜ (not yet) Cyber Essentials"), the meaning
//! mapped to the symbol so that what is read from it points at the symbol.
//!
//! A key is a unit that starts with "Legend", "Key", "Status key" or "Icon
//! key" and pairs symbols with short phrases, or such a heading followed by
//! list items that each pair one symbol with its phrase.

use crate::prose::units::{Unit, UnitKind};

/// The words that introduce a key, lowercase.
const KEY_LABELS: &[&str] = &["legend", "key", "status key", "icon key", "symbol key"];

/// The longest phrase a key gives a symbol, in words.
const MAX_PHRASE_WORDS: usize = 6;

/// One entry of a key: the symbol (without variation selectors) and what it means.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    symbol: String,
    meaning: String,
}

/// The units with every symbol that a key earlier on the page explains read
/// with its meaning after it. Units before a key, and the key itself, stay
/// as they are.
pub fn apply_keys(units: Vec<Unit>) -> Vec<Unit> {
    let mut entries: Vec<Entry> = Vec::new();
    // True right after a heading that is only a key label: the list items
    // under it are its entries.
    let mut key_heading = false;
    let mut out = Vec::with_capacity(units.len());
    for unit in units {
        if let Some(found) = inline_key(&unit.text) {
            merge(&mut entries, found);
            key_heading = false;
            out.push(unit);
            continue;
        }
        if unit.kind == UnitKind::Heading {
            key_heading = is_key_label(unit.text.trim().trim_end_matches(':'));
            out.push(unit);
            continue;
        }
        if key_heading
            && unit.kind == UnitKind::ListItem
            && let Some(found) = entries_of(&unit.text)
            && found.len() == 1
        {
            merge(&mut entries, found);
            out.push(unit);
            continue;
        }
        key_heading = false;
        out.push(if entries.is_empty() {
            unit
        } else {
            with_meanings(&unit, &entries)
        });
    }
    out
}

/// A later key replaces what an earlier one said about the same symbol.
fn merge(entries: &mut Vec<Entry>, found: Vec<Entry>) {
    for entry in found {
        entries.retain(|e| e.symbol != entry.symbol);
        entries.push(entry);
    }
}

fn is_key_label(text: &str) -> bool {
    let plain: String = text
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    KEY_LABELS.contains(&plain.trim())
}

/// The entries of a unit such as "Legend: ✅ certified · ⬜ not yet".
fn inline_key(text: &str) -> Option<Vec<Entry>> {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let (label, rest) = text.split_once([':', '\u{2014}', '\u{2013}'])?;
    if !is_key_label(label) {
        return None;
    }
    let entries = entries_of(rest)?;
    (!entries.is_empty()).then_some(entries)
}

/// Symbol-and-phrase pairs separated by "·", "•", ",", ";" or "|": "✅
/// certified", "⬜ = not yet", "🟡: in progress". `None` when a part is not
/// such a pair: then the text is no key.
fn entries_of(text: &str) -> Option<Vec<Entry>> {
    let mut entries = Vec::new();
    for part in text.split(['\u{b7}', '\u{2022}', ',', ';', '|']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let symbol_end = part
            .char_indices()
            .find(|&(_, c)| !is_symbol(c) && !is_selector(c))
            .map_or(part.len(), |(i, _)| i);
        let symbol: String = part[..symbol_end]
            .chars()
            .filter(|&c| !is_selector(c))
            .collect();
        if symbol.is_empty() {
            return None;
        }
        let meaning = part[symbol_end..]
            .trim_start()
            .trim_start_matches(['=', ':', '-', '\u{2013}', '\u{2014}'])
            .trim();
        let words = meaning.split_whitespace().count();
        if words == 0
            || words > MAX_PHRASE_WORDS
            || !meaning
                .chars()
                .all(|c| c.is_alphanumeric() || " '-/".contains(c))
        {
            return None;
        }
        entries.push(Entry {
            symbol,
            meaning: meaning.to_string(),
        });
    }
    Some(entries)
}

/// A pictograph, a geometric shape or a dingbat: what status boards draw.
fn is_symbol(c: char) -> bool {
    matches!(c as u32, 0x2190..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// Variation selectors and joiners that style the symbol before them.
fn is_selector(c: char) -> bool {
    matches!(c as u32, 0xFE00..=0xFE0F | 0x200D | 0x1F3FB..=0x1F3FF)
}

/// `unit` with " (meaning)" after each symbol run that a key explains.
fn with_meanings(unit: &Unit, entries: &[Entry]) -> Unit {
    let text = &unit.text;
    let mut inserts = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_symbol(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some((i, selector)) = chars.next_if(|&(_, next)| is_selector(next)) {
            end = i + selector.len_utf8();
        }
        if let Some(entry) = entries.iter().find(|e| e.symbol.chars().eq([c])) {
            let source = unit.original(start..end);
            inserts.push((end, format!(" ({})", entry.meaning), source));
        }
    }
    if inserts.is_empty() {
        unit.clone()
    } else {
        unit.with_inserted(&inserts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::ProseFormat;
    use crate::prose::extract::extract;

    fn read(src: &str) -> Vec<String> {
        apply_keys(extract(src, ProseFormat::Markdown))
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn an_inline_key_explains_the_symbols_after_it() {
        let got = read(
            "**Legend:** \u{2705} certified \u{b7} \u{2b1c} not yet\n\n- \u{2b1c} Cyber Essentials\n- ISO 27001 \u{2705}\u{fe0f}",
        );
        assert_eq!(
            got,
            [
                "Legend: \u{2705} certified \u{b7} \u{2b1c} not yet",
                "\u{2b1c} (not yet) Cyber Essentials",
                "ISO 27001 \u{2705}\u{fe0f} (certified)",
            ]
        );
    }

    #[test]
    fn a_key_heading_takes_its_entries_from_the_list_under_it() {
        let got = read(
            "### Key\n\n- \u{1f7e1} = in progress\n- \u{26aa} = planned\n\n| Standard | |\n|---|---|\n| ISO 42001 | \u{1f7e1} |",
        );
        assert_eq!(
            got.last().map(String::as_str),
            Some("ISO 42001 | \u{1f7e1} (in progress)")
        );
        // The entries themselves are read as written.
        assert!(
            got.contains(&"\u{1f7e1} = in progress".to_string()),
            "{got:?}"
        );
    }

    #[test]
    fn no_key_no_change_and_symbols_before_a_key_stay() {
        let src = "- \u{2b1c} Cyber Essentials\n\nLegend: \u{2b1c} not yet";
        assert_eq!(read(src)[0], "\u{2b1c} Cyber Essentials");
        // A sentence that begins with "Key" is no key.
        assert_eq!(
            read("Key: our team holds \u{2705} badges for ISO 27001.\n\n- \u{2705} CE")[1],
            "\u{2705} CE"
        );
    }

    #[test]
    fn the_meaning_points_at_its_symbol() {
        let src = "Legend: \u{2b1c} not yet\n\n- \u{2b1c} Cyber Essentials";
        let units = apply_keys(extract(src, ProseFormat::Markdown));
        let unit = &units[1];
        let at = unit.text.find("(not yet)").expect("meaning inserted");
        let symbol = src.rfind('\u{2b1c}').expect("symbol in source");
        assert_eq!(
            unit.original(at..at + 9),
            symbol..symbol + '\u{2b1c}'.len_utf8()
        );
    }
}
