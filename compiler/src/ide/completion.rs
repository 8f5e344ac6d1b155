//! Completion: what may be written at the cursor.
//!
//! The text being typed is usually not yet valid, so the position is classified from
//! the raw text around the cursor (is this a field name or a value, and of which
//! field?), while the enclosing declaration comes from the tree, whose recovery keeps
//! blocks even when their contents are broken. The schema then says what fits.

use crate::db::{Db, SourceFile, Workspace};
use crate::ide::hover::{explain_word, field_hover};
use crate::queries;
use crate::semantic::schema::{self, FieldSpec, FieldType};
use crate::syntax::ast::{Block, Item, ValueKind};
use crate::text::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    /// A declaration kind (`control`) or nested item kind (`clause`).
    Keyword,
    Field,
    /// An enum word, `true` or `false`.
    EnumWord,
    /// The name of a declaration.
    Reference,
    Framework,
    Requirement,
    /// A literal such as a date or duration.
    Value,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletionItem {
    pub label: String,
    pub kind: CompletionKind,
    pub detail: Option<String>,
    pub documentation: Option<String>,
    /// The text typed so far, which the insertion replaces.
    pub replace: TextRange,
    pub insert: String,
}

pub fn completions(db: &dyn Db, file: SourceFile, offset: usize) -> Vec<CompletionItem> {
    let text = file.text(db);
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let word_start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .last()
        .map_or(offset, |(i, _)| i);
    let prefix = &text[word_start..offset];
    let replace = TextRange::new(word_start, offset);
    let parse = queries::parse(db, file);
    if in_comment_or_string(text, &parse.comments, offset) {
        return Vec::new();
    }
    let tree = &parse.tree;
    let block = block_at(&tree.items, offset, text.len());
    let line_start = text[..word_start].rfind('\n').map_or(0, |i| i + 1);
    let line_before = text[line_start..word_start].trim();

    let Some(block) = block else {
        // Top level: a declaration kind at the start of a line, or a requirement after `exclude`.
        if line_before == "exclude" {
            return requirements(db, prefix, replace);
        }
        if !line_before.is_empty() {
            return Vec::new();
        }
        return schema::KINDS
            .iter()
            .map(|k| CompletionItem {
                label: k.name.to_owned(),
                kind: CompletionKind::Keyword,
                detail: Some(k.doc.to_owned()),
                documentation: None,
                replace,
                insert: format!("{} ", k.name),
            })
            .collect();
    };

    match value_field(text, word_start, block.start) {
        Some(field_name) => {
            let Some(spec) = block.fields.iter().find(|f| f.name == field_name) else {
                return Vec::new();
            };
            values(db, spec, prefix, replace)
        }
        None => {
            // Required fields first, then the rest in schema order.
            let mut fields: Vec<&FieldSpec> = block.fields.iter().collect();
            fields.sort_by_key(|f| !f.required);
            let mut out: Vec<CompletionItem> = fields
                .into_iter()
                .filter(|f| !block.present.iter().any(|p| p == f.name && *p != prefix))
                .map(|f| CompletionItem {
                    label: f.name.to_owned(),
                    kind: CompletionKind::Field,
                    detail: Some(format!(
                        "{}{}",
                        schema::describe_type(f.ty),
                        if f.required { " (required)" } else { "" }
                    )),
                    documentation: Some(field_hover(f.name, f)),
                    replace,
                    insert: format!("{}: ", f.name),
                })
                .collect();
            out.extend(block.children.iter().map(|k| CompletionItem {
                label: (*k).to_owned(),
                kind: CompletionKind::Keyword,
                detail: schema::nested_kind(k).map(|s| s.doc.to_owned()),
                documentation: None,
                replace,
                insert: format!("{k} "),
            }));
            out
        }
    }
}

/// Whether the cursor is inside a comment or a string, where nothing is completed.
fn in_comment_or_string(
    text: &str,
    comments: &[crate::syntax::lexer::Comment],
    offset: usize,
) -> bool {
    if comments
        .iter()
        .any(|c| c.range.start as usize <= offset && offset <= c.range.end as usize)
    {
        return true;
    }
    crate::syntax::lexer::lex(text)
        .tokens
        .iter()
        .any(|(token, range)| {
            use crate::syntax::lexer::Token;
            match token {
                Token::Str(closed) | Token::BlockStr(closed) => {
                    (range.start as usize) < offset
                        && (offset < range.end as usize
                            || (!closed && offset == range.end as usize))
                }
                _ => false,
            }
        })
}

/// The block around the cursor: its fields, allowed nested kinds, and the fields
/// already written.
struct BlockCx {
    start: usize,
    fields: &'static [FieldSpec],
    children: &'static [&'static str],
    present: Vec<String>,
}

fn inside(block: &Block, offset: usize, text_len: usize) -> bool {
    let (start, end) = (block.range.start as usize, block.range.end as usize);
    start < offset && (offset < end || end >= text_len)
}

fn block_at(items: &[Item], offset: usize, text_len: usize) -> Option<BlockCx> {
    for item in items {
        let Some(body) = &item.body else { continue };
        if !inside(body, offset, text_len) {
            continue;
        }
        let spec = schema::kind(&item.kind.text);
        return Some(block_in(
            body,
            spec.map_or(&[], |s| s.fields),
            spec.map_or(&[], |s| s.children),
            offset,
            text_len,
        ));
    }
    None
}

fn block_in(
    body: &Block,
    fields: &'static [FieldSpec],
    children: &'static [&'static str],
    offset: usize,
    text_len: usize,
) -> BlockCx {
    for field in body.fields() {
        if let ValueKind::Record(record) = &field.value.kind
            && inside(record, offset, text_len)
            && let Some(FieldType::Record(specs)) = fields
                .iter()
                .find(|f| f.name == field.name.text)
                .map(|f| f.ty)
        {
            return block_in(record, specs, &[], offset, text_len);
        }
    }
    for child in body.items() {
        if let Some(child_body) = &child.body
            && inside(child_body, offset, text_len)
        {
            {
                let spec = schema::nested_kind(&child.kind.text);
                return block_in(
                    child_body,
                    spec.map_or(&[], |s| s.fields),
                    spec.map_or(&[], |s| s.children),
                    offset,
                    text_len,
                );
            }
        }
    }
    BlockCx {
        start: body.range.start as usize,
        fields,
        children,
        present: body.fields().map(|f| f.name.text.to_string()).collect(),
    }
}

/// When the cursor is in a field's value, that field's name: the word before the
/// `:` just before the cursor, or before the `[` of an unclosed list the cursor is in.
fn value_field(text: &str, word_start: usize, block_start: usize) -> Option<&str> {
    let before = &text[block_start.min(word_start)..word_start];
    let mut depth = 0i32;
    let mut colon_at = None;
    for (i, c) in before.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth == 0 => {
                colon_at = Some(i);
                break;
            }
            '[' => depth -= 1,
            '{' | '}' if depth == 0 => break,
            _ => {}
        }
    }
    let head = before[..colon_at.unwrap_or(before.len())].trim_end_matches([' ', '\t']);
    let head = head.strip_suffix(':')?.trim_end_matches([' ', '\t']);
    let name_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
        .last()
        .map_or(head.len(), |(j, _)| j);
    Some(&head[name_start..])
}

fn values(db: &dyn Db, spec: &FieldSpec, prefix: &str, replace: TextRange) -> Vec<CompletionItem> {
    let item = |label: String, kind, detail: Option<String>, documentation: Option<String>| {
        CompletionItem {
            insert: label.clone(),
            label,
            kind,
            detail,
            documentation,
            replace,
        }
    };
    let workspace = Workspace::get(db);
    match spec.ty {
        FieldType::Enum(words) | FieldType::EnumList(words) => words
            .iter()
            .map(|w| {
                item(
                    (*w).to_owned(),
                    CompletionKind::EnumWord,
                    explain_word(w, words).map(str::to_owned),
                    None,
                )
            })
            .collect(),
        FieldType::Bool => ["true", "false"]
            .iter()
            .map(|w| item((*w).to_owned(), CompletionKind::EnumWord, None, None))
            .collect(),
        FieldType::Ref(kinds) | FieldType::RefList(kinds) => {
            let model = queries::model(db, workspace);
            queries::symbol_table(db, workspace)
                .names_of_kind(kinds)
                .map(|name| {
                    let decl = model.get(name);
                    let kind = decl
                        .map(|d| d.kind().to_owned())
                        .unwrap_or_else(|| kinds.join("/"));
                    let title = decl
                        .and_then(|d| d.item.title.as_ref())
                        .map(|t| format!(" \"{}\"", t.value))
                        .unwrap_or_default();
                    item(
                        name.to_owned(),
                        CompletionKind::Reference,
                        Some(format!("{kind}{title}")),
                        decl.and_then(|d| d.item.doc.clone()),
                    )
                })
                .collect()
        }
        FieldType::Framework | FieldType::FrameworkList => queries::catalogue(db, workspace)
            .frameworks
            .values()
            .map(|f| {
                item(
                    f.name.clone(),
                    CompletionKind::Framework,
                    Some(f.title.clone()),
                    None,
                )
            })
            .collect(),
        FieldType::Requirements => requirements(db, prefix, replace),
        FieldType::Date | FieldType::DateLike => {
            let as_of = workspace.settings(db).as_of;
            vec![item(
                as_of.to_string(),
                CompletionKind::Value,
                Some("the as-of date".into()),
                None,
            )]
        }
        FieldType::Duration => ["90 days", "6 months", "12 months", "1 year", "3 years"]
            .iter()
            .map(|d| item((*d).to_owned(), CompletionKind::Value, None, None))
            .collect(),
        _ => Vec::new(),
    }
}

/// Requirement paths: framework names first (`iso42001.`), then, once a framework and
/// a dot are typed, that framework's requirements whose ids start with what follows.
fn requirements(db: &dyn Db, prefix: &str, replace: TextRange) -> Vec<CompletionItem> {
    let catalogue = queries::catalogue(db, Workspace::get(db));
    let Some((name, _)) = prefix.split_once('.') else {
        return catalogue
            .frameworks
            .values()
            .map(|f| CompletionItem {
                label: format!("{}.", f.name),
                kind: CompletionKind::Framework,
                detail: Some(f.title.clone()),
                documentation: None,
                replace,
                insert: format!("{}.", f.name),
            })
            .collect();
    };
    let Some(framework) = catalogue.framework(name) else {
        return Vec::new();
    };
    framework
        .requirements()
        .map(|r| (format!("{}.{}", framework.name, r.id), r))
        .filter(|(path, _)| path.to_lowercase().starts_with(&prefix.to_lowercase()))
        .map(|(path, r)| CompletionItem {
            label: path.clone(),
            kind: CompletionKind::Requirement,
            detail: Some(r.title.clone()),
            documentation: Some(format!("{} {} of {}", r.kind, r.id, framework.title)),
            replace,
            insert: path,
        })
        .collect()
}
