//! The outline of a file (document symbols), the searchable list of declarations
//! across the workspace (workspace symbols) and folding ranges.

use crate::db::{Db, SourceFile};
use crate::ide::spec_files;
use crate::queries;
use crate::syntax::ast::{Item, Member, Value, ValueKind};
use crate::text::TextRange;

/// One entry of the outline, with the items nested inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentSymbol {
    pub name: String,
    /// The title, if written.
    pub detail: Option<String>,
    /// The declaration kind: `control`, `clause`, …
    pub kind: String,
    pub range: TextRange,
    pub selection: TextRange,
    pub children: Vec<DocumentSymbol>,
}

pub fn document_symbols(db: &dyn Db, file: SourceFile) -> Vec<DocumentSymbol> {
    queries::parse(db, file)
        .tree
        .items
        .iter()
        .map(symbol_of)
        .collect()
}

fn symbol_of(item: &Item) -> DocumentSymbol {
    DocumentSymbol {
        name: item
            .name
            .as_ref()
            .map_or_else(|| item.kind.text.to_string(), |n| n.text.to_string()),
        detail: item.title.as_ref().map(|t| t.value.clone()),
        kind: item.kind.text.to_string(),
        range: item.range,
        selection: item.name_range(),
        children: item.children().map(symbol_of).collect(),
    }
}

/// A declaration found by a workspace-wide search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceSymbol {
    pub name: String,
    pub kind: String,
    pub file: String,
    pub range: TextRange,
    /// The framework, for catalogue requirements.
    pub container: Option<String>,
}

/// Declarations (and catalogue requirements, by full path) whose name contains every
/// character of `query` in order, ignoring case. At most `limit` results.
pub fn workspace_symbols(db: &dyn Db, query: &str, limit: usize) -> Vec<WorkspaceSymbol> {
    let query = query.to_lowercase();
    let matches = |name: &str| {
        let mut wanted = query.chars().peekable();
        for c in name.to_lowercase().chars() {
            if wanted.peek() == Some(&c) {
                wanted.next();
            }
        }
        wanted.peek().is_none()
    };
    let mut out = Vec::new();
    for file in spec_files(db) {
        let path = file.path(db);
        for item in &queries::parse(db, file).tree.items {
            let Some(name) = &item.name else { continue };
            if matches(&name.text) {
                out.push(WorkspaceSymbol {
                    name: name.text.to_string(),
                    kind: item.kind.text.to_string(),
                    file: path.clone(),
                    range: name.range,
                    container: None,
                });
            }
            if item.kind.text == "framework" {
                collect_requirements(item, &name.text, path, &matches, &mut out);
            }
        }
    }
    out.sort_by(|a, b| {
        (a.container.is_some(), a.name.len(), &a.name).cmp(&(
            b.container.is_some(),
            b.name.len(),
            &b.name,
        ))
    });
    out.truncate(limit);
    out
}

fn collect_requirements(
    parent: &Item,
    framework: &str,
    file: &str,
    matches: &dyn Fn(&str) -> bool,
    out: &mut Vec<WorkspaceSymbol>,
) {
    for child in parent.children() {
        let Some(id) = &child.name else { continue };
        let path = format!("{framework}.{}", id.text);
        if child.kind.text != "map" && matches(&path) {
            out.push(WorkspaceSymbol {
                name: path,
                kind: child.kind.text.to_string(),
                file: file.to_owned(),
                range: id.range,
                container: Some(framework.to_owned()),
            });
        }
        collect_requirements(child, framework, file, matches, out);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoldKind {
    Region,
    Comment,
}

/// A foldable range; the client folds whole lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    pub range: TextRange,
    pub kind: FoldKind,
}

/// Declaration bodies, records, lists, block strings and runs of comments that span
/// more than one line.
pub fn folding_ranges(db: &dyn Db, file: SourceFile) -> Vec<Fold> {
    let text = file.text(db);
    let parse = queries::parse(db, file);
    let multi_line = |r: TextRange| {
        text.get(r.range())
            .is_some_and(|s| s.trim_end().contains('\n'))
    };
    let mut out = Vec::new();
    for item in &parse.tree.items {
        item_folds(item, &multi_line, &mut out);
    }
    let mut run: Option<TextRange> = None;
    for comment in &parse.comments {
        match run {
            Some(r)
                if text
                    .get(r.end as usize..comment.range.start as usize)
                    .is_some_and(|gap| gap.trim().is_empty() && gap.matches('\n').count() == 1) =>
            {
                run = Some(r.cover(comment.range));
            }
            _ => {
                if let Some(r) = run.take().filter(|r| multi_line(*r)) {
                    out.push(Fold {
                        range: r,
                        kind: FoldKind::Comment,
                    });
                }
                run = Some(comment.range);
            }
        }
    }
    if let Some(r) = run.filter(|r| multi_line(*r)) {
        out.push(Fold {
            range: r,
            kind: FoldKind::Comment,
        });
    }
    out.sort_by_key(|f| (f.range.start, f.range.end));
    out
}

fn item_folds(item: &Item, multi_line: &dyn Fn(TextRange) -> bool, out: &mut Vec<Fold>) {
    if let Some(body) = &item.body {
        if multi_line(body.range) {
            out.push(Fold {
                range: TextRange::new(item.range.start as usize, body.range.end as usize),
                kind: FoldKind::Region,
            });
        }
        for member in &body.members {
            match member {
                Member::Item(child) => item_folds(child, multi_line, out),
                Member::Field(field) => value_folds(&field.value, multi_line, out),
            }
        }
    }
}

fn value_folds(value: &Value, multi_line: &dyn Fn(TextRange) -> bool, out: &mut Vec<Fold>) {
    match &value.kind {
        ValueKind::List(values) => {
            if multi_line(value.range) {
                out.push(Fold {
                    range: value.range,
                    kind: FoldKind::Region,
                });
            }
            for v in values {
                value_folds(v, multi_line, out);
            }
        }
        ValueKind::Record(block) => {
            if multi_line(block.range) {
                out.push(Fold {
                    range: block.range,
                    kind: FoldKind::Region,
                });
            }
            for field in block.fields() {
                value_folds(&field.value, multi_line, out);
            }
        }
        ValueKind::Str(_) if multi_line(value.range) => out.push(Fold {
            range: value.range,
            kind: FoldKind::Region,
        }),
        _ => {}
    }
}
