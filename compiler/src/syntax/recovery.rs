//! Where an unclosed `{` ends: one missing `}` is one error, not a cascade.
//!
//! People type declarations top to bottom and often above existing ones, so a block
//! that is not closed yet is the normal state of a file in an editor. When a file has
//! more `{` than `}`, this pass decides where each unclosed block ends, the way a
//! reader would, and puts a `}` there before the parser runs:
//!
//! - a declaration keyword at the start of a line (`system`, `risk`, … and `control`
//!   outside a catalogue) starts a new declaration, so it closes the blocks it is in;
//! - a name at the start of a line that is indented no deeper than the line that
//!   opened a block is not inside that block (a field after a record value whose `}`
//!   is missing belongs to the declaration, not to the record), and a `}` indented
//!   less than that line closes an outer block, not this one.
//!
//! Each block closed this way is reported once, at its `{`. A file whose braces
//! balance is never touched, so unusual but correct layouts keep their meaning, and
//! no more blocks are closed than there are missing `}`.

use super::SyntaxError;
use super::grammar::{TOP_LEVEL_ONLY_KINDS, follows_kind};
use super::lexer::Token;
use crate::text::TextRange;

/// The message of a block that was never closed.
pub(super) const UNCLOSED_BLOCK: &str =
    "this `{` is never closed: add `}` at the end of the declaration";

/// An open `{` on the stack.
struct Open {
    range: TextRange,
    /// The indentation of the line the `{` is on.
    indent: usize,
    /// Whether it opens a `framework` or `group` body, where `control` is an item of
    /// the catalogue rather than a new declaration.
    catalogue: bool,
}

/// Inserts a zero-width `}` token where each unclosed block ends, and reports each.
pub(super) fn close_unclosed_blocks<'s>(
    text: &str,
    tokens: Vec<(Token<'s>, TextRange)>,
    errors: &mut Vec<SyntaxError>,
) -> Vec<(Token<'s>, TextRange)> {
    let opens = tokens.iter().filter(|(t, _)| *t == Token::LBrace).count();
    let closes = tokens.iter().filter(|(t, _)| *t == Token::RBrace).count();
    if opens <= closes {
        return tokens;
    }
    let mut budget = opens - closes;
    let mut stack: Vec<Open> = Vec::new();
    let mut out = Vec::with_capacity(tokens.len() + budget);
    for (i, (token, range)) in tokens.iter().enumerate() {
        if budget > 0 {
            let indent = line_indent(text, range.start);
            let word = match token {
                Token::Ident(word) => Some(*word),
                _ => None,
            };
            if let Some(indent) = indent.filter(|_| word.is_some() || *token == Token::RBrace) {
                let starts_declaration = tokens
                    .get(i + 1)
                    .is_some_and(|(next, _)| follows_kind(next, false));
                let top_level =
                    starts_declaration && word.is_some_and(|w| TOP_LEVEL_ONLY_KINDS.contains(&w));
                let control = starts_declaration && word == Some("control");
                while let Some(open) = stack.last() {
                    // A `}` indented less than the line that opened the innermost block
                    // closes an outer one; a name indented no deeper is outside it.
                    let outdented = if word.is_some() {
                        open.indent >= indent
                    } else {
                        open.indent > indent
                    };
                    let closes_it = outdented || top_level || (control && !open.catalogue);
                    if budget == 0 || !closes_it {
                        break;
                    }
                    let at = out
                        .last()
                        .map_or(range.start, |(_, r): &(Token<'_>, TextRange)| r.end);
                    out.push((Token::RBrace, TextRange::new(at as usize, at as usize)));
                    errors.push(SyntaxError {
                        message: UNCLOSED_BLOCK.to_owned(),
                        range: open.range,
                    });
                    stack.pop();
                    budget -= 1;
                }
            }
        }
        match token {
            Token::LBrace => {
                let line_start = line_start(text, range.start as usize);
                let first_word = text[line_start..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                stack.push(Open {
                    range: *range,
                    indent: leading_blank(text, line_start),
                    catalogue: matches!(first_word, "framework" | "group"),
                });
            }
            Token::RBrace => {
                stack.pop();
            }
            _ => {}
        }
        out.push((*token, *range));
    }
    out
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The width of the blank characters at `start`.
fn leading_blank(text: &str, start: usize) -> usize {
    text[start..]
        .chars()
        .take_while(|c| matches!(c, ' ' | '\t' | '\u{FEFF}'))
        .count()
}

/// The indentation of the token at `offset` when it is the first on its line.
fn line_indent(text: &str, offset: u32) -> Option<usize> {
    let offset = offset as usize;
    let start = line_start(text, offset);
    text[start..offset]
        .chars()
        .all(|c| matches!(c, ' ' | '\t' | '\r' | '\u{FEFF}'))
        .then(|| text[start..offset].chars().count())
}
