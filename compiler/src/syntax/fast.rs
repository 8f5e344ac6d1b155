//! The fast path of parsing: a hand-written recursive-descent parser for
//! well-formed files.
//!
//! Nearly every file a check reads is well formed, and for those the chumsky
//! parser's machinery (backtracking, the alternatives it records for messages, the
//! recovery pass) is most of the cost of parsing. This parser reads the same grammar
//! straight from the token slice and builds exactly the tree the chumsky parser
//! builds, with the decisions both make taken from `grammar.rs`. It never reports
//! anything: at the first token it does not expect (or a bracket nested deeper than
//! `MAX_NESTING`) it gives up, and `parse_text` parses the file again with the chumsky
//! parser, which recovers and says what is wrong. The differential tests
//! (`compiler/tests/it/fast_parser.rs`) hold the two trees equal, and hold that this
//! parser gives up on no valid file and accepts no invalid one.

use super::MAX_NESTING;
use super::ast::{Block, Field, Item, Member, StrLit, Value, ValueKind, Word};
use super::grammar::{
    at_line_start, follows_kind, is_nested_kind, item, number_value, scalar_value,
    starts_declaration, string_literal, word,
};
use super::lexer::Token;
use crate::text::TextRange;

/// The items of a well-formed file, or `None` at the first thing this parser does
/// not expect. `tokens` are the lexer's, comments left out.
pub(super) fn parse_items(text: &str, tokens: &[(Token<'_>, TextRange)]) -> Option<Vec<Item>> {
    let mut parser = Parser {
        text,
        tokens,
        pos: 0,
        depth: 0,
    };
    let mut items = Vec::new();
    while let Some((token, range)) = parser.peek() {
        let Token::Ident(kind) = token else {
            return None;
        };
        if !starts_declaration(kind) || !parser.follows_kind_at(parser.pos + 1, true) {
            return None;
        }
        parser.pos += 1;
        items.push(parser.item(word(kind, range))?);
    }
    Some(items)
}

struct Parser<'t, 's> {
    text: &'s str,
    tokens: &'t [(Token<'s>, TextRange)],
    pos: usize,
    /// How many `{` and `[` are open.
    depth: usize,
}

impl<'s> Parser<'_, 's> {
    fn peek(&self) -> Option<(Token<'s>, TextRange)> {
        self.tokens.get(self.pos).copied()
    }

    fn token_at(&self, pos: usize) -> Option<Token<'s>> {
        self.tokens.get(pos).map(|(token, _)| *token)
    }

    /// Consumes the next token if it is `expected`.
    fn eat(&mut self, expected: Token<'_>) -> bool {
        let found = self.token_at(self.pos) == Some(expected);
        self.pos += usize::from(found);
        found
    }

    /// The end of the last token consumed.
    fn last_end(&self) -> u32 {
        self.tokens[self.pos - 1].1.end
    }

    fn since(&self, start: TextRange) -> TextRange {
        TextRange::new(start.start as usize, self.last_end() as usize)
    }

    fn follows_kind_at(&self, pos: usize, block_title: bool) -> bool {
        self.token_at(pos)
            .is_some_and(|token| follows_kind(&token, block_title))
    }

    /// Whether the token at `pos` is a declaration keyword at the start of a line
    /// followed by a name: the next declaration, never a name or value of this one.
    fn starts_line_declaration(&self, pos: usize) -> bool {
        match self.tokens.get(pos) {
            Some((Token::Ident(word), range)) => {
                starts_declaration(word)
                    && at_line_start(self.text, range.start as usize)
                    && self.follows_kind_at(pos + 1, false)
            }
            _ => false,
        }
    }

    fn followed_by_colon(&self, pos: usize) -> bool {
        self.token_at(pos + 1) == Some(Token::Colon)
    }

    /// Opens a `{` or `[` already consumed; `None` past the nesting limit, where the
    /// full parser reports the region.
    fn open(&mut self) -> Option<()> {
        if self.depth == MAX_NESTING {
            return None;
        }
        self.depth += 1;
        Some(())
    }

    /// The rest of an item after its kind word: `[name] ["Title"] [{ … }]`.
    fn item(&mut self, kind: Word) -> Option<Item> {
        let name = match self.peek() {
            Some((Token::Ident(s) | Token::Path(s) | Token::Int(s), range))
                if !self.starts_line_declaration(self.pos) =>
            {
                self.pos += 1;
                Some(word(s, range))
            }
            _ => None,
        };
        let title = match self.peek() {
            Some((Token::Str(_) | Token::BlockStr(_), _)) => Some(self.string()?),
            _ => None,
        };
        let body = match self.peek() {
            Some((Token::LBrace, _)) => Some(self.block()?),
            _ => None,
        };
        let range = self.since(kind.range);
        Some(item(kind, ((name, title), body), range))
    }

    /// A string token, `None` when it is never closed.
    fn string(&mut self) -> Option<StrLit> {
        let (token, range) = self.peek()?;
        let (closed, block) = match token {
            Token::Str(closed) => (closed, false),
            Token::BlockStr(closed) => (closed, true),
            _ => return None,
        };
        if !closed {
            return None;
        }
        self.pos += 1;
        Some(string_literal(self.text, range, closed, block))
    }

    /// `{ members }`, at a `{`.
    fn block(&mut self) -> Option<Block> {
        let (_, open) = self.peek()?;
        self.pos += 1;
        self.open()?;
        let mut members = Vec::new();
        loop {
            let (token, range) = self.peek()?;
            match token {
                Token::RBrace => break,
                Token::Ident(name) if self.followed_by_colon(self.pos) => {
                    self.pos += 2;
                    let value = self.value()?;
                    members.push(Member::Field(Field {
                        name: word(name, range),
                        range: range.cover(value.range),
                        value,
                    }));
                }
                Token::Ident(kind) if is_nested_kind(kind) => {
                    self.pos += 1;
                    members.push(Member::Item(self.item(word(kind, range))?));
                }
                _ => return None,
            }
            self.eat(Token::Comma);
        }
        self.pos += 1;
        self.depth -= 1;
        Some(Block {
            members,
            range: self.since(open),
        })
    }

    /// A field's value or a list element.
    fn value(&mut self) -> Option<Value> {
        let (token, start) = self.peek()?;
        let kind = match token {
            Token::Str(_) | Token::BlockStr(_) => ValueKind::Str(self.string()?.value.into()),
            Token::Int(amount) => {
                self.pos += 1;
                let unit = match self.peek() {
                    Some((Token::Ident(unit), range))
                        if !self.starts_line_declaration(self.pos)
                            && !self.followed_by_colon(self.pos) =>
                    {
                        self.pos += 1;
                        Some(word(unit, range))
                    }
                    _ => None,
                };
                number_value(amount, unit)
            }
            Token::Ident(name) => {
                if self.starts_line_declaration(self.pos) || self.followed_by_colon(self.pos) {
                    return None;
                }
                self.pos += 1;
                ValueKind::Ident(name.into())
            }
            Token::LBracket => self.list()?,
            Token::LBrace => ValueKind::Record(self.block()?),
            token => {
                let scalar = scalar_value(token)?;
                self.pos += 1;
                scalar
            }
        };
        Some(Value {
            kind,
            range: self.since(start),
        })
    }

    /// `[ value, … ]`, at a `[`; the commas are optional, as in the full parser.
    fn list(&mut self) -> Option<ValueKind> {
        self.pos += 1;
        self.open()?;
        let mut values = Vec::new();
        while !self.eat(Token::RBracket) {
            values.push(self.value()?);
            self.eat(Token::Comma);
        }
        self.depth -= 1;
        Some(ValueKind::List(values))
    }
}
