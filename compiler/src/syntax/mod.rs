//! The syntax layer: text in, `Parse` out.
//!
//! This layer knows nothing of salsa, the language server or how diagnostics are
//! rendered: it is a pure function from a `&str` to an owned tree, its comments and
//! its syntax errors. Parsing never fails; broken input gives a partial tree.
//!
//! Two parsers read the grammar. The fast one (`fast.rs`) reads well-formed files and
//! gives up at the first thing it does not expect; the chumsky one (`parser.rs`, after
//! `recovery.rs`) reads any file, recovers and reports. `parse_text` tries the fast
//! one first, so a valid file costs one pass of the lexer and one of a plain
//! recursive descent, and a broken one gets the full parser's tree and messages.

pub mod ast;
mod dump;
mod fast;
mod grammar;
pub mod lexer;
mod parser;
mod recovery;

use chumsky::span::SimpleSpan;

pub use dump::dump_tree;
pub use grammar::{CATALOGUE_ITEM_KINDS, TOP_LEVEL_ONLY_KINDS, is_nested_kind};

use crate::text::TextRange;
use ast::{Item, Member, SourceTree};
use lexer::{Comment, Lexed, Token};

/// How deep `{` and `[` may nest. Real specs need four or five levels; the limit keeps
/// hostile input (`[[[[…`) from exhausting the stack.
pub const MAX_NESTING: usize = 32;

/// How many syntax errors one file reports; past it, one last error says how many
/// more there are. It bounds the work and the output for a file that is not AIMS at
/// all (a binary, a UTF-16 file).
pub const MAX_ERRORS: usize = 200;

/// The error for a run of characters the lexer rejects.
fn unexpected(text: &str, range: TextRange) -> SyntaxError {
    let found = &text[range.range()];
    let message = if found.chars().nth(1).is_none() {
        format!("unexpected character `{}`", found.escape_debug())
    } else {
        let shown: String = found.chars().take(16).collect();
        let ellipsis = if shown.len() < found.len() { "…" } else { "" };
        format!("unexpected characters `{}{ellipsis}`", shown.escape_debug())
    };
    SyntaxError { message, range }
}

/// The result of parsing one file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Parse {
    pub tree: SourceTree,
    pub comments: Vec<Comment>,
    pub errors: Vec<SyntaxError>,
}

/// A problem the parser found, with the range to underline.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    pub message: String,
    pub range: TextRange,
}

/// Parses AIMS source text: with the fast parser when the file is well formed, else
/// with the full parser.
pub fn parse_text(text: &str) -> Parse {
    let lexed = lexer::lex(text);
    match fast::parse_items(text, &lexed.tokens) {
        Some(items) => finish(text, items, lexed.comments, Vec::new()),
        None => parse_lexed_with_recovery(text, lexed),
    }
}

/// The fast parser alone: the parse of a well-formed file, `None` where the fast
/// parser gives up. Public so tests can hold it equal to [`parse_with_recovery`].
pub fn parse_well_formed(text: &str) -> Option<Parse> {
    let lexed = lexer::lex(text);
    let items = fast::parse_items(text, &lexed.tokens)?;
    Some(finish(text, items, lexed.comments, Vec::new()))
}

/// The full parser alone, with its recovery and messages, whatever the file. Public
/// so tests can hold [`parse_well_formed`] equal to it.
pub fn parse_with_recovery(text: &str) -> Parse {
    parse_lexed_with_recovery(text, lexer::lex(text))
}

fn parse_lexed_with_recovery(text: &str, lexed: Lexed<'_>) -> Parse {
    let mut errors = Vec::new();
    let tokens = limit_nesting(lexed.tokens, &mut errors);
    // A run of characters the lexer rejects is one error, so a binary blob or a
    // pasted block of symbols is reported once, not once per character.
    let mut run: Option<TextRange> = None;
    for (token, range) in &tokens {
        if *token != Token::Error {
            continue;
        }
        match run {
            Some(r) if r.end == range.start => {
                run = Some(TextRange::new(r.start as usize, range.end as usize));
            }
            _ => {
                if let Some(r) = run.replace(*range) {
                    errors.push(unexpected(text, r));
                }
            }
        }
    }
    if let Some(r) = run {
        errors.push(unexpected(text, r));
    }
    let tokens: Vec<(Token<'_>, TextRange)> = tokens
        .into_iter()
        .filter(|(t, _)| *t != Token::Error)
        .collect();
    let tokens = recovery::close_unclosed_blocks(text, tokens, &mut errors);
    let tokens: Vec<(Token<'_>, SimpleSpan)> = tokens
        .into_iter()
        .map(|(t, r)| (t, SimpleSpan::from(r.range())))
        .collect();
    let (items, parse_errors) = parser::parse_tokens(text, &tokens);
    errors.extend(parse_errors.into_iter().map(|e| SyntaxError {
        message: rich_message(&e),
        range: TextRange::new(e.span().start, e.span().end),
    }));
    errors.sort_by_key(|e| (e.range.start, e.range.end));
    errors.dedup();
    if errors.len() > MAX_ERRORS {
        let more = errors.len() - MAX_ERRORS;
        let range = errors[MAX_ERRORS].range;
        errors.truncate(MAX_ERRORS);
        errors.push(SyntaxError {
            message: format!(
                "too many syntax errors: {more} more in this file are not shown; fix the ones above first"
            ),
            range,
        });
    }
    finish(text, items, lexed.comments, errors)
}

/// The parse of a file from its items: their `///` comments attached.
fn finish(
    text: &str,
    mut items: Vec<Item>,
    comments: Vec<Comment>,
    errors: Vec<SyntaxError>,
) -> Parse {
    attach_docs(text, &comments, &mut items);
    Parse {
        tree: SourceTree { items },
        comments,
        errors,
    }
}

fn rich_message(error: &chumsky::error::Rich<'_, String, SimpleSpan>) -> String {
    use chumsky::error::RichReason;
    match error.reason() {
        RichReason::Custom(message) => message.clone(),
        RichReason::ExpectedFound { found, .. } => {
            let expected: Vec<String> = error.expected().map(|e| e.to_string()).collect();
            let found = found
                .as_deref()
                .map_or("the end of the file".to_owned(), |f| f.clone());
            if expected.is_empty() {
                format!("unexpected {found}")
            } else {
                format!("expected {}, found {found}", expected.join(" or "))
            }
        }
    }
}

/// Drops `{`/`[` regions nested deeper than `MAX_NESTING`, reporting each once.
fn limit_nesting<'s>(
    tokens: Vec<(Token<'s>, TextRange)>,
    errors: &mut Vec<SyntaxError>,
) -> Vec<(Token<'s>, TextRange)> {
    let mut kept = Vec::with_capacity(tokens.len());
    let mut depth = 0usize;
    let mut skipping = 0usize;
    for (token, range) in tokens {
        let opens = matches!(token, Token::LBrace | Token::LBracket);
        let closes = matches!(token, Token::RBrace | Token::RBracket);
        if skipping > 0 {
            if opens {
                skipping += 1;
            } else if closes {
                skipping -= 1;
            }
            continue;
        }
        if opens {
            if depth == MAX_NESTING {
                errors.push(SyntaxError {
                    message: format!(
                        "brackets nested more than {MAX_NESTING} levels deep; the inner part is not read"
                    ),
                    range,
                });
                skipping = 1;
                continue;
            }
            depth += 1;
        } else if closes {
            depth = depth.saturating_sub(1);
        }
        kept.push((token, range));
    }
    kept
}

/// Gives each item the text of the `///` comments directly above it.
fn attach_docs(text: &str, comments: &[Comment], items: &mut [Item]) {
    for item in items.iter_mut() {
        item.doc = doc_above(text, comments, item.range.start as usize);
        if let Some(body) = &mut item.body {
            for member in &mut body.members {
                if let Member::Item(child) = member {
                    attach_docs(text, comments, std::slice::from_mut(child));
                }
            }
        }
    }
}

fn doc_above(text: &str, comments: &[Comment], start: usize) -> Option<String> {
    let mut end = start;
    let mut lines = Vec::new();
    let before = comments.partition_point(|c| (c.range.end as usize) <= start);
    for comment in comments[..before].iter().rev() {
        if !comment.doc || !text[comment.range.end as usize..end].trim().is_empty() {
            break;
        }
        let line = &text[comment.range.range()];
        let line = line.trim_start_matches("///");
        lines.push(line.strip_prefix(' ').unwrap_or(line).trim_end().to_owned());
        end = comment.range.start as usize;
    }
    if lines.is_empty() {
        return None;
    }
    lines.reverse();
    Some(lines.join("\n"))
}

#[cfg(test)]
mod tests;
