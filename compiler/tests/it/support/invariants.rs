//! Span invariants of a parse, shared by the tests that parse every prefix of real files.

use aims::syntax::Parse;
use aims::syntax::ast::{Block, Item, Member, Value, ValueKind};
use aims::text::TextRange;

/// Every span lies inside the text and on char boundaries; children nest inside their
/// parents; siblings are in order and do not overlap; errors are sorted.
pub fn check_invariants(text: &str, parse: &Parse) {
    let mut previous_end = 0;
    for item in &parse.tree.items {
        check_item(text, item, TextRange::new(0, text.len()));
        assert!(
            item.range.start >= previous_end,
            "items overlap or are out of order"
        );
        previous_end = item.range.end;
    }
    for error in &parse.errors {
        check_range(text, error.range, TextRange::new(0, text.len()));
    }
    assert!(
        parse
            .errors
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start),
        "errors are sorted"
    );
    for comment in &parse.comments {
        check_range(text, comment.range, TextRange::new(0, text.len()));
        assert!(text[comment.range.range()].starts_with("//"));
    }
}

fn check_range(text: &str, range: TextRange, parent: TextRange) {
    assert!(range.start <= range.end, "backwards range {range:?}");
    assert!(
        (range.end as usize) <= text.len(),
        "{range:?} is past the end"
    );
    assert!(
        text.is_char_boundary(range.start as usize) && text.is_char_boundary(range.end as usize),
        "{range:?} splits a character"
    );
    assert!(
        parent.start <= range.start && range.end <= parent.end,
        "{range:?} is outside its parent {parent:?}"
    );
}

fn check_item(text: &str, item: &Item, parent: TextRange) {
    check_range(text, item.range, parent);
    check_range(text, item.kind.range, item.range);
    if let Some(name) = &item.name {
        check_range(text, name.range, item.range);
    }
    if let Some(title) = &item.title {
        check_range(text, title.range, item.range);
    }
    if let Some(body) = &item.body {
        check_block(text, body, item.range);
    }
}

fn check_block(text: &str, block: &Block, parent: TextRange) {
    check_range(text, block.range, parent);
    let mut previous_end = block.range.start;
    for member in &block.members {
        let range = match member {
            Member::Field(field) => {
                check_range(text, field.range, block.range);
                check_range(text, field.name.range, field.range);
                check_value(text, &field.value, field.range);
                field.range
            }
            Member::Item(item) => {
                check_item(text, item, block.range);
                item.range
            }
        };
        assert!(
            range.start >= previous_end,
            "members out of order at {range:?}"
        );
        previous_end = range.end;
    }
}

fn check_value(text: &str, value: &Value, parent: TextRange) {
    check_range(text, value.range, parent);
    match &value.kind {
        ValueKind::List(values) => {
            for v in values {
                check_value(text, v, value.range);
            }
        }
        ValueKind::Record(block) => check_block(text, block, value.range),
        ValueKind::Duration { unit, .. } => check_range(text, unit.range, value.range),
        _ => {}
    }
}
