//! Position-free summaries of a file's declarations, and the positions that turn
//! their locators back into byte ranges.
//!
//! Whole-workspace rules and coverage read declarations, not text. If they read the
//! parse tree, every keystroke would shift a byte range somewhere and re-run them
//! all. So they read a copy of each declaration in which every `TextRange` is a
//! *locator*: the ordinal of that node in its file (the k-th range met in a
//! pre-order walk), which does not change when text moves. A whitespace or comment
//! edit leaves the summary equal, and salsa reuses everything built on it.
//!
//! A locator is stored in the same `TextRange` type, as `2k..2k+1`, so the rules keep
//! their plain-data shape: they pass ranges through, take the `end` of a node, or
//! `cover` two siblings, and each of those still names a node boundary. After the
//! rules run, `Positions::resolve` maps `2k` to the start and `2k+1` to the end of
//! node k, using the file's current tree (`resolve_diagnostic` does it for every
//! location of a diagnostic).
//!
//! Two detail levels exist. `Detail::Rules` leaves out declaration titles and doc
//! comments, which no workspace rule or coverage reads, so editing a title re-runs
//! none of them; `Detail::Full` keeps them, for the editor and the trust page.
//!
//! The rules' summary (`summarise_for_rules`) also takes each control's `satisfies`
//! list out of the declaration and keeps it beside it (`RuleSummary::satisfies`):
//! coverage reads those lists through the index of `semantic::satisfies`, so a
//! `satisfies` edit leaves the declarations equal and re-runs only the coverage of
//! the frameworks it touches and the rules that read coverage.

use std::sync::Arc;

use crate::diagnostics::{Diagnostic, Location};
use crate::syntax::ast::{Block, Field, Item, Member, StrLit, Value, ValueKind, Word};
use crate::text::TextRange;

/// How much of each declaration a summary keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// What whole-workspace rules and coverage read: no titles, no doc comments.
    Rules,
    /// Everything the tree holds except positions: for the editor and the trust page.
    Full,
}

/// The top-level declarations of one file with every range replaced by its locator.
pub fn summarise(items: &[Item], detail: Detail) -> Vec<Arc<Item>> {
    let mut next = 0u32;
    let mut locate = |_: TextRange| {
        let locator = TextRange {
            start: 2 * next,
            end: 2 * next + 1,
        };
        next += 1;
        locator
    };
    items
        .iter()
        .map(|item| {
            let mut summary = map_item(item, &mut locate);
            if detail == Detail::Rules {
                summary.title = None;
                summary.doc = None;
            }
            Arc::new(summary)
        })
        .collect()
}

/// One file's declarations as the whole-workspace rules read them, and the
/// `satisfies` lists taken out of its controls.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuleSummary {
    /// `Detail::Rules` declarations, controls without their `satisfies` field.
    pub declarations: Vec<Arc<Item>>,
    /// The `satisfies` field of each control that has one, in source order.
    pub satisfies: Vec<SatisfiesField>,
}

/// A control's `satisfies` field (with locators), and which declaration it was in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SatisfiesField {
    /// The control's index in `RuleSummary::declarations`.
    pub declaration: usize,
    pub field: Field,
}

/// The summary the whole-workspace rules read: `Detail::Rules`, with each control's
/// `satisfies` fields taken out (the first one kept in `satisfies`, which is the one
/// `Item::field` would have found).
pub fn summarise_for_rules(items: &[Item]) -> RuleSummary {
    let mut satisfies = Vec::new();
    let declarations = summarise(items, Detail::Rules)
        .into_iter()
        .enumerate()
        .map(|(index, mut item)| {
            if item.kind.text == "control"
                && item.field("satisfies").is_some()
                && let Some(body) = &mut Arc::make_mut(&mut item).body
            {
                let mut first = None;
                body.members.retain(|member| match member {
                    Member::Field(field) if field.name.text == "satisfies" => {
                        first.get_or_insert_with(|| field.clone());
                        false
                    }
                    _ => true,
                });
                satisfies.extend(first.map(|field| SatisfiesField {
                    declaration: index,
                    field,
                }));
            }
            item
        })
        .collect();
    RuleSummary {
        declarations,
        satisfies,
    }
}

/// The byte range of every node of one file, in locator order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Positions {
    ranges: Vec<TextRange>,
}

impl Positions {
    /// Collects the ranges of `items` without copying the tree, in the order
    /// `map_item` visits them (the order that numbers the locators).
    pub fn of(items: &[Item]) -> Positions {
        let mut ranges = Vec::new();
        for item in items {
            push_item_ranges(item, &mut ranges);
        }
        Positions { ranges }
    }

    /// The byte range a locator stands for. A locator this file does not have (the
    /// file changed shape since the rules ran, which salsa prevents) becomes the
    /// empty range at the start of the file rather than a panic.
    pub fn resolve(&self, locator: TextRange) -> TextRange {
        let offset = |at: u32| {
            let node = self.ranges.get((at / 2) as usize).copied();
            node.map_or(0, |r| if at.is_multiple_of(2) { r.start } else { r.end })
        };
        let start = offset(locator.start);
        let end = offset(locator.end).max(start);
        TextRange { start, end }
    }
}

/// Replaces every locator of `diagnostic` whose file `positions_of` knows by the
/// byte range it stands for; locations in other files (publications) are left as
/// they are.
pub fn resolve_diagnostic<'a>(
    diagnostic: &mut Diagnostic,
    positions_of: &mut impl FnMut(&str) -> Option<&'a Positions>,
) {
    let mut resolve = |location: &mut Location| {
        if let Some(positions) = positions_of(&location.file) {
            location.range = positions.resolve(location.range);
        }
    };
    resolve(&mut diagnostic.location);
    for label in &mut diagnostic.labels {
        resolve(&mut label.location);
    }
    for edit in diagnostic.fix.iter_mut().flat_map(|f| f.edits.iter_mut()) {
        resolve(&mut edit.location);
    }
    if let Some(cause) = &mut diagnostic.caused_by {
        resolve(cause);
    }
}

/// Pushes the range of every node of `item` in `map_item`'s order: a node's own
/// range first, then those inside it in source order. It must stay in step with
/// `map_item`, which numbers the locators; the tests compare the two on every
/// example and fixture file.
fn push_item_ranges(item: &Item, out: &mut Vec<TextRange>) {
    out.push(item.range);
    out.push(item.kind.range);
    if let Some(name) = &item.name {
        out.push(name.range);
    }
    if let Some(title) = &item.title {
        out.push(title.range);
    }
    if let Some(body) = &item.body {
        push_block_ranges(body, out);
    }
}

fn push_block_ranges(block: &Block, out: &mut Vec<TextRange>) {
    out.push(block.range);
    for member in &block.members {
        match member {
            Member::Field(field) => {
                out.push(field.range);
                out.push(field.name.range);
                push_value_ranges(&field.value, out);
            }
            Member::Item(item) => push_item_ranges(item, out),
        }
    }
}

fn push_value_ranges(value: &Value, out: &mut Vec<TextRange>) {
    out.push(value.range);
    match &value.kind {
        ValueKind::Duration { unit, .. } => out.push(unit.range),
        ValueKind::List(values) => {
            for value in values {
                push_value_ranges(value, out);
            }
        }
        ValueKind::Record(block) => push_block_ranges(block, out),
        _ => {}
    }
}

/// A copy of `item` with each range replaced by `f(range)`, visiting ranges in
/// pre-order (a node's own range before those inside it, in source order).
fn map_item(item: &Item, f: &mut impl FnMut(TextRange) -> TextRange) -> Item {
    let range = f(item.range);
    Item {
        range,
        kind: map_word(&item.kind, f),
        name: item.name.as_ref().map(|w| map_word(w, f)),
        title: item.title.as_ref().map(|t| StrLit {
            value: t.value.clone(),
            range: f(t.range),
        }),
        body: item.body.as_ref().map(|b| map_block(b, f)),
        doc: item.doc.clone(),
    }
}

fn map_word(word: &Word, f: &mut impl FnMut(TextRange) -> TextRange) -> Word {
    Word {
        text: word.text.clone(),
        range: f(word.range),
    }
}

fn map_block(block: &Block, f: &mut impl FnMut(TextRange) -> TextRange) -> Block {
    let range = f(block.range);
    Block {
        range,
        members: block
            .members
            .iter()
            .map(|member| match member {
                Member::Field(field) => Member::Field(map_field(field, f)),
                Member::Item(item) => Member::Item(map_item(item, f)),
            })
            .collect(),
    }
}

fn map_field(field: &Field, f: &mut impl FnMut(TextRange) -> TextRange) -> Field {
    let range = f(field.range);
    Field {
        range,
        name: map_word(&field.name, f),
        value: map_value(&field.value, f),
    }
}

fn map_value(value: &Value, f: &mut impl FnMut(TextRange) -> TextRange) -> Value {
    let range = f(value.range);
    let kind = match &value.kind {
        ValueKind::Duration { amount, unit } => ValueKind::Duration {
            amount: amount.clone(),
            unit: map_word(unit, f),
        },
        ValueKind::List(values) => {
            ValueKind::List(values.iter().map(|v| map_value(v, f)).collect())
        }
        ValueKind::Record(block) => ValueKind::Record(map_block(block, f)),
        other => other.clone(),
    };
    Value { range, kind }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse_text;

    const SPEC: &str = "control c1 \"Title\" {\n  owner: ciso\n  satisfies: [a.b, c.d]\n  valid_for: 6 months\n}\nrole ciso { holder: \"Tom\" }\n";

    /// Every range of the tree, in pre-order, by the same walk the summary uses.
    fn all_ranges(items: &[Item]) -> Vec<TextRange> {
        let mut out = Vec::new();
        for item in items {
            map_item(item, &mut |r| {
                out.push(r);
                r
            });
        }
        out
    }

    #[test]
    fn every_locator_resolves_to_the_range_it_replaced() {
        let tree = parse_text(SPEC).tree;
        let summary: Vec<Item> = summarise(&tree.items, Detail::Full)
            .iter()
            .map(|i| (**i).clone())
            .collect();
        let positions = Positions::of(&tree.items);
        let (real, locators) = (all_ranges(&tree.items), all_ranges(&summary));
        assert!(real.len() > 10, "{real:?}");
        assert_eq!(real.len(), locators.len());
        for (real, locator) in real.iter().zip(&locators) {
            assert_eq!(positions.resolve(*locator), *real);
        }
        // The end of a node and the cover of two siblings name node boundaries too.
        let c1 = &summary[0];
        let (owner, satisfies) = (c1.field("owner").unwrap(), c1.field("satisfies").unwrap());
        let covered = positions.resolve(owner.range.cover(satisfies.range));
        assert_eq!(
            &SPEC[covered.range()],
            "owner: ciso\n  satisfies: [a.b, c.d]"
        );
        let end = positions.resolve(TextRange::empty(c1.range.end as usize));
        assert_eq!(end.start as usize, SPEC.find("\nrole").unwrap());
    }

    #[test]
    fn moving_text_leaves_the_summary_equal_and_titles_only_in_full() {
        let before = parse_text(SPEC).tree;
        let moved = parse_text(&format!(
            "// a comment\n\n{}",
            SPEC.replace("owner: ciso", "owner:    ciso")
        ))
        .tree;
        assert_ne!(before, moved);
        assert_eq!(
            summarise(&before.items, Detail::Full),
            summarise(&moved.items, Detail::Full)
        );
        let retitled = parse_text(&SPEC.replace("\"Title\"", "\"Another title\"")).tree;
        assert_eq!(
            summarise(&before.items, Detail::Rules),
            summarise(&retitled.items, Detail::Rules)
        );
        assert_ne!(
            summarise(&before.items, Detail::Full),
            summarise(&retitled.items, Detail::Full)
        );
        assert!(summarise(&before.items, Detail::Rules)[0].title.is_none());
    }

    /// Every `.aims` file of the repository (examples, catalogues, fixtures), broken
    /// ones included, except those under `target/` and `node_modules/`.
    fn every_aims_file() -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let name = entry.file_name();
                if path.is_dir() {
                    if !matches!(name.to_str(), Some("target" | "node_modules" | ".git")) {
                        walk(&path, out);
                    }
                } else if path.extension().is_some_and(|e| e == "aims") {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
            &mut files,
        );
        files.sort();
        files
    }

    #[test]
    fn positions_hold_the_ranges_map_item_numbers_in_every_file() {
        let files = every_aims_file();
        assert!(files.len() > 100, "{files:?}");
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let tree = parse_text(&text).tree;
            let positions = Positions::of(&tree.items);
            assert_eq!(positions.ranges, all_ranges(&tree.items), "{path:?}");
            let summary: Vec<Item> = summarise(&tree.items, Detail::Full)
                .iter()
                .map(|i| (**i).clone())
                .collect();
            for (real, locator) in all_ranges(&tree.items).iter().zip(all_ranges(&summary)) {
                assert_eq!(positions.resolve(locator), *real, "{path:?}");
            }
        }
    }

    #[test]
    fn an_unknown_locator_resolves_to_the_start_of_the_file() {
        let positions = Positions::of(&parse_text(SPEC).tree.items);
        let far = TextRange {
            start: 10_000,
            end: 10_001,
        };
        assert_eq!(positions.resolve(far), TextRange::empty(0));
    }
}
