//! What the two parsers agree on: the kinds of declaration, where a declaration
//! starts, what follows a kind word, how literals are read and how items are built.
//!
//! AIMS has two parsers of the same grammar: the hand-written fast path for
//! well-formed files (`fast.rs`) and the chumsky parser with recovery and messages
//! (`parser.rs`). Every decision that shapes the tree and that both make lives here,
//! once, so the two cannot drift apart on it; the differential tests
//! (`compiler/tests/it/fast_parser.rs`) check the rest.

use super::ast::{Block, Item, StrLit, ValueKind, Word};
use super::lexer::Token;
use crate::text::TextRange;

/// Declaration kinds that only appear at the top level. Meeting one of them, followed
/// by a name, inside a block means that block was not closed.
pub const TOP_LEVEL_ONLY_KINDS: &[&str] = &[
    "organisation",
    "role",
    "system",
    "dataset",
    "supplier",
    "assessment",
    "risk",
    "evidence",
    "exclude",
    "certification",
    "attestation",
    "assurance",
    "internal_audit",
    "management_review",
    "nonconformity",
    "publication",
    "framework",
    "crosswalk",
];

/// Kinds of items nested inside `framework` and `group` bodies: a catalogue's
/// groups and requirements. The schema's catalogue children are this list.
pub const CATALOGUE_ITEM_KINDS: &[&str] = &[
    "group",
    "clause",
    "control",
    "subcategory",
    "criterion",
    "obligation",
    "theme",
    "article",
    "standard",
];

/// Kinds of items nested inside `framework`, `group` and `crosswalk` bodies: the
/// catalogue items and a crosswalk's `map`.
pub fn is_nested_kind(kind: &str) -> bool {
    CATALOGUE_ITEM_KINDS.contains(&kind) || kind == "map"
}

/// Whether `word` starts a declaration of a spec: a top-level kind or `control`.
pub(super) fn starts_declaration(word: &str) -> bool {
    TOP_LEVEL_ONLY_KINDS.contains(&word) || word == "control"
}

/// Whether `token` can follow a declaration's kind word: a name, a title or the
/// opening brace. A block string counts as a title only where `block_title` says so.
pub(super) fn follows_kind(token: &Token<'_>, block_title: bool) -> bool {
    match token {
        Token::Ident(_) | Token::Path(_) | Token::Int(_) | Token::Str(_) | Token::LBrace => true,
        Token::BlockStr(_) => block_title,
        _ => false,
    }
}

/// Whether only blanks stand between the start of the line and `offset`.
pub(super) fn at_line_start(text: &str, offset: usize) -> bool {
    text[..offset].rsplit('\n').next().is_some_and(|before| {
        before
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '\r' | '\u{FEFF}'))
    })
}

/// What an item's tail parses to: its name, its title and its body.
pub(super) type ItemTail = ((Option<Word>, Option<StrLit>), Option<Block>);

/// An item from its kind word and tail; `///` comments are attached later.
pub(super) fn item(kind: Word, ((name, title), body): ItemTail, range: TextRange) -> Item {
    Item {
        kind,
        name,
        title,
        body,
        doc: None,
        range,
    }
}

/// A word of the source: a kind, a name, a field name or a duration's unit.
pub(super) fn word(text: &str, range: TextRange) -> Word {
    Word {
        text: text.into(),
        range,
    }
}

/// The value of a scalar token that needs no more than itself: a date, month,
/// quarter, percentage or requirement path.
pub(super) fn scalar_value(token: Token<'_>) -> Option<ValueKind> {
    Some(match token {
        Token::Date(s) => ValueKind::Date(s.into()),
        Token::Month(s) => ValueKind::Month(s.into()),
        Token::Quarter(s) => ValueKind::Quarter(s.into()),
        Token::Percent(s) => ValueKind::Percent(s.trim_end_matches('%').into()),
        Token::Path(s) => ValueKind::Path(s.into()),
        _ => return None,
    })
}

/// A number, or a duration when a unit word follows it.
pub(super) fn number_value(amount: &str, unit: Option<Word>) -> ValueKind {
    match unit {
        Some(unit) => ValueKind::Duration {
            amount: amount.into(),
            unit,
        },
        None => ValueKind::Int(amount.into()),
    }
}

/// The literal of a `"…"` (or, with `block`, a `"""…"""`) token spanning `range`.
pub(super) fn string_literal(text: &str, range: TextRange, closed: bool, block: bool) -> StrLit {
    let raw = &text[range.range()];
    StrLit {
        value: if block {
            block_string_value(raw, closed)
        } else {
            string_value(raw, closed)
        },
        range,
    }
}

/// The value of a `"…"` literal: quotes removed, escapes resolved. Unknown escapes
/// are kept as written, which is what a reader would expect of `"C:\temp"`.
fn string_value(raw: &str, closed: bool) -> String {
    let inner = raw.strip_prefix('"').unwrap_or(raw);
    let inner = if closed {
        inner.strip_suffix('"').unwrap_or(inner)
    } else {
        inner
    };
    if !inner.contains('\\') {
        return inner.to_owned();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The value of a `"""…"""` block: the first line break and trailing blank line are
/// dropped and the common indentation is removed.
fn block_string_value(raw: &str, closed: bool) -> String {
    let inner = raw.strip_prefix("\"\"\"").unwrap_or(raw);
    let inner = if closed {
        inner.strip_suffix("\"\"\"").unwrap_or(inner)
    } else {
        inner
    };
    let inner = inner.replace("\r\n", "\n");
    let inner = inner.strip_prefix('\n').unwrap_or(&inner);
    let mut lines: Vec<&str> = inner.split('\n').collect();
    if lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_escapes() {
        assert_eq!(string_value(r#""a\"b\\c\n""#, true), "a\"b\\c\n");
        assert_eq!(string_value(r#""C:\qux""#, true), "C:\\qux");
        assert_eq!(string_value(r#""open"#, false), "open");
        assert_eq!(string_value(r#""plain""#, true), "plain");
    }

    #[test]
    fn block_strings_lose_common_indent() {
        let raw = "\"\"\"\n    First line.\n      Indented.\n    \"\"\"";
        assert_eq!(block_string_value(raw, true), "First line.\n  Indented.");
    }

    #[test]
    fn percentages_drop_the_sign() {
        assert_eq!(
            scalar_value(Token::Percent("80%")),
            Some(ValueKind::Percent("80".into()))
        );
        assert_eq!(scalar_value(Token::Int("80")), None);
    }
}
