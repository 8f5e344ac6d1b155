//! Semantic tokens: a colour class for every token, from the lexer's tokens and what
//! the tree and schema say each one is (a kind, a declared name, a field, an enum word,
//! a reference, a requirement path, a literal or a comment).

use std::collections::HashMap;

use crate::db::{Db, SourceFile};
use crate::ide::{Node, node_symbol, walk};
use crate::queries;
use crate::semantic::schema::FieldType;
use crate::syntax::ast::ValueKind;
use crate::syntax::lexer::{self, Token};
use crate::text::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Declaration kinds and duration units.
    Keyword,
    /// Names of declarations, where declared.
    Type,
    /// Field names.
    Property,
    /// Enum words and booleans.
    EnumMember,
    /// References to declarations.
    Variable,
    /// Framework names and requirement paths or ids.
    Namespace,
    String,
    Number,
    Comment,
}

impl TokenKind {
    /// Every kind, in the order of the legend the server advertises.
    pub const ALL: &'static [TokenKind] = &[
        TokenKind::Keyword,
        TokenKind::Type,
        TokenKind::Property,
        TokenKind::EnumMember,
        TokenKind::Variable,
        TokenKind::Namespace,
        TokenKind::String,
        TokenKind::Number,
        TokenKind::Comment,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenModifier {
    Declaration,
    Documentation,
}

impl TokenModifier {
    pub const ALL: &'static [TokenModifier] =
        &[TokenModifier::Declaration, TokenModifier::Documentation];

    /// The bit of this modifier in the LSP bit set.
    pub fn bit(self) -> u32 {
        1 << TokenModifier::ALL
            .iter()
            .position(|m| *m == self)
            .unwrap_or(0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SemanticToken {
    pub range: TextRange,
    pub kind: TokenKind,
    pub modifiers: Vec<TokenModifier>,
}

pub fn semantic_tokens(db: &dyn Db, file: SourceFile) -> Vec<SemanticToken> {
    let text = file.text(db);
    let parse = queries::parse(db, file);
    let mut classes: HashMap<u32, (TokenKind, Vec<TokenModifier>)> = HashMap::new();
    walk(&parse.tree, &mut |node, cx| {
        let start = node.range().start;
        let class = match node {
            Node::Kind(_) => (TokenKind::Keyword, vec![]),
            Node::Name(item) => {
                let kind =
                    if !cx.is_top || item.kind.text == "framework" || item.kind.text == "exclude" {
                        TokenKind::Namespace
                    } else {
                        TokenKind::Type
                    };
                let def = node_symbol(node, cx).is_some_and(|(_, d)| d);
                (
                    kind,
                    if def {
                        vec![TokenModifier::Declaration]
                    } else {
                        vec![]
                    },
                )
            }
            Node::FieldName(..) => (TokenKind::Property, vec![]),
            Node::Value(spec, value) => {
                if let ValueKind::Duration { unit, .. } = &value.kind {
                    classes.insert(unit.range.start, (TokenKind::Keyword, vec![]));
                }
                let kind = match (&value.kind, spec.map(|s| s.ty)) {
                    (
                        ValueKind::Ident(_),
                        Some(FieldType::Framework | FieldType::FrameworkList),
                    ) => TokenKind::Namespace,
                    (ValueKind::Ident(_), Some(FieldType::Ref(_) | FieldType::RefList(_))) => {
                        TokenKind::Variable
                    }
                    (ValueKind::Ident(_), _) => TokenKind::EnumMember,
                    (ValueKind::Path(_), _) => TokenKind::Namespace,
                    _ => return,
                };
                (kind, vec![])
            }
        };
        classes.insert(start, class);
    });
    let mut out = Vec::new();
    for (token, range) in lexer::lex(text).tokens {
        let class = classes.remove(&range.start).or(match token {
            Token::Str(_) | Token::BlockStr(_) => Some((TokenKind::String, vec![])),
            Token::Date(_)
            | Token::OtherDate(_)
            | Token::Month(_)
            | Token::Quarter(_)
            | Token::Int(_)
            | Token::Percent(_) => Some((TokenKind::Number, vec![])),
            _ => None,
        });
        if let Some((kind, modifiers)) = class {
            out.push(SemanticToken {
                range,
                kind,
                modifiers,
            });
        }
    }
    for comment in &parse.comments {
        let modifiers = if comment.doc {
            vec![TokenModifier::Documentation]
        } else {
            vec![]
        };
        out.push(SemanticToken {
            range: comment.range,
            kind: TokenKind::Comment,
            modifiers,
        });
    }
    out.sort_by_key(|t| t.range.start);
    out
}
