//! Code actions: the fixes diagnostics carry (did-you-mean renames, `lapsed` for an
//! expired certificate, exclusion stubs for gaps, …), offered generically, plus
//! "add the missing required fields", built here from the schema.

use crate::db::{Db, SourceFile, Workspace};
use crate::diagnostics::{Diagnostic, TextEdit};
use crate::queries;
use crate::semantic::schema::{self, FieldSpec, FieldType};
use crate::syntax::ast::Item;
use crate::text::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeAction {
    pub title: String,
    pub edits: Vec<TextEdit>,
    /// The diagnostic the action fixes, if any.
    pub diagnostic: Option<Diagnostic>,
    /// Whether this is the obvious fix (editors may apply it with one key).
    pub preferred: bool,
}

fn overlaps(a: TextRange, b: TextRange) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// Actions for `range` in `file`, given the workspace's current diagnostics.
pub fn code_actions(
    db: &dyn Db,
    file: SourceFile,
    range: TextRange,
    diagnostics: &[Diagnostic],
) -> Vec<CodeAction> {
    let path = file.path(db);
    let mut out: Vec<CodeAction> = diagnostics
        .iter()
        .filter(|d| &d.location.file == path && overlaps(d.location.range, range))
        .filter_map(|d| {
            let fix = d.fix.as_ref()?;
            Some(CodeAction {
                title: fix.title.clone(),
                edits: fix.edits.clone(),
                diagnostic: Some(d.clone()),
                preferred: true,
            })
        })
        .collect();
    let text = file.text(db);
    for item in &queries::parse(db, file).tree.items {
        if !overlaps(item.range, range) {
            continue;
        }
        if let Some(action) = add_missing_fields(db, path, text, item) {
            let diagnostic = diagnostics
                .iter()
                .find(|d| {
                    &d.location.file == path
                        && d.code == crate::diagnostics::Code::MissingField
                        && overlaps(d.location.range, item.range)
                })
                .cloned();
            out.push(CodeAction {
                diagnostic,
                ..action
            });
        }
    }
    out
}

fn add_missing_fields(db: &dyn Db, path: &str, text: &str, item: &Item) -> Option<CodeAction> {
    let spec = schema::kind(&item.kind.text)?;
    let missing: Vec<&FieldSpec> = spec
        .fields
        .iter()
        .filter(|f| f.required && item.field(f.name).is_none())
        .collect();
    if missing.is_empty() {
        return None;
    }
    let line_start = text[..item.range.start as usize]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let indent: String = text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let inner = format!("{indent}  ");
    let fields: Vec<String> = missing
        .iter()
        .map(|f| format!("{}: {}", f.name, placeholder(db, f)))
        .collect();
    let (at, new_text) = match &item.body {
        None => (
            item.range.end as usize,
            format!(
                " {{\n{}\n{indent}}}",
                fields
                    .iter()
                    .map(|f| format!("{inner}{f}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        ),
        Some(body) => {
            let close = (body.range.end as usize).saturating_sub(1);
            let closed = text.as_bytes().get(close) == Some(&b'}');
            let last_end = body
                .members
                .last()
                .map_or(body.range.start as usize + 1, |m| match m {
                    crate::syntax::ast::Member::Field(f) => f.range.end as usize,
                    crate::syntax::ast::Member::Item(i) => i.range.end as usize,
                });
            if !closed {
                (
                    body.range.end as usize,
                    format!(
                        "\n{}\n",
                        fields
                            .iter()
                            .map(|f| format!("{inner}{f}"))
                            .collect::<Vec<_>>()
                            .join("\n")
                    ),
                )
            } else if text[last_end..close].contains('\n')
                || text[body.range.start as usize..last_end].contains('\n')
            {
                let close_line = text[..close].rfind('\n').map_or(0, |i| i + 1);
                if text[close_line..close].trim().is_empty() {
                    (
                        close_line,
                        fields.iter().map(|f| format!("{inner}{f}\n")).collect(),
                    )
                } else {
                    (
                        close,
                        format!(
                            "\n{}\n{indent}",
                            fields
                                .iter()
                                .map(|f| format!("{inner}{f}"))
                                .collect::<Vec<_>>()
                                .join("\n")
                        ),
                    )
                }
            } else if body.members.is_empty() {
                (close, format!(" {} ", fields.join(", ")))
            } else {
                (last_end, format!(", {}", fields.join(", ")))
            }
        }
    };
    let names: Vec<&str> = missing.iter().map(|f| f.name).collect();
    Some(CodeAction {
        title: format!(
            "Add the missing field{} {}",
            if names.len() == 1 { "" } else { "s" },
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        edits: vec![TextEdit::replace(path, TextRange::empty(at), new_text)],
        diagnostic: None,
        preferred: false,
    })
}

/// A value of the right type to start from: the first allowed word, the as-of date,
/// the first declared name of the right kind, or an empty string or list.
fn placeholder(db: &dyn Db, field: &FieldSpec) -> String {
    let workspace = Workspace::get(db);
    match field.ty {
        FieldType::Str | FieldType::Text => "\"\"".into(),
        FieldType::Enum(words) => words.first().copied().unwrap_or("").into(),
        FieldType::EnumList(words) => format!("[{}]", words.first().copied().unwrap_or("")),
        FieldType::Bool => "false".into(),
        FieldType::Date | FieldType::DateLike => workspace.settings(db).as_of.to_string(),
        FieldType::Duration => "12 months".into(),
        FieldType::Int => "0".into(),
        FieldType::Percent => "0%".into(),
        FieldType::Ref(kinds) => queries::symbol_table(db, workspace)
            .names_of_kind(kinds)
            .next()
            .map_or_else(
                || format!("my_{}", kinds.first().copied().unwrap_or("name")),
                str::to_owned,
            ),
        FieldType::Framework => queries::catalogue(db, workspace)
            .frameworks
            .keys()
            .next()
            .cloned()
            .unwrap_or_default(),
        FieldType::Record(_) => "{}".into(),
        FieldType::RefList(_)
        | FieldType::FrameworkList
        | FieldType::Requirements
        | FieldType::LocalIds
        | FieldType::StrList => "[]".into(),
    }
}
