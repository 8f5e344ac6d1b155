//! Editor features in plain data: hover, navigation, completion, symbols, tokens,
//! folding, hints, lenses and code actions.
//!
//! Everything here speaks byte offsets and workspace paths and returns owned structs,
//! so the same answers serve the language server, tests and any other tool. Nothing
//! here knows LSP: the `aims-lsp` crate converts offsets to positions and these
//! structs to protocol types.
//!
//! Every feature starts from the same walk over a file's tree (`walk`), which visits
//! declaration kinds, names, field names and leaf values together with the schema of
//! the field they belong to. Knowing the field's type is what tells a reference from
//! an enum word or a requirement path.

pub mod actions;
pub mod completion;
pub mod hints;
pub mod hover;
pub mod navigation;
pub mod symbols;
pub mod tokens;

pub use actions::{CodeAction, code_actions};
pub use completion::{CompletionItem, CompletionKind, completions};
pub use hints::{CodeLens, InlayHint, code_lenses, coverage_summary, inlay_hints};
pub use hover::{HoverResult, hover};
pub use navigation::{
    FileRange, NavTarget, RenameError, definition, prepare_rename, references, rename,
};
pub use symbols::{
    DocumentSymbol, Fold, FoldKind, WorkspaceSymbol, document_symbols, folding_ranges,
    workspace_symbols,
};
pub use tokens::{SemanticToken, TokenKind, TokenModifier, semantic_tokens};

use crate::db::{Db, SourceFile, Workspace};
use crate::semantic::schema::{self, FieldSpec, FieldType};
use crate::syntax::ast::{Field, Item, SourceTree, Value, ValueKind};
use crate::text::TextRange;

/// One thing in the tree that a feature may care about.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Node<'t> {
    /// The kind word that starts a declaration or catalogue item (`control`, `clause`).
    Kind(&'t Item),
    /// The name (or id) of a declaration or catalogue item.
    Name(&'t Item),
    /// A field's name, with its schema entry when the field is known.
    FieldName(&'t Field, Option<&'static FieldSpec>),
    /// A leaf value (a list's element, or the value itself), with the field's schema.
    Value(Option<&'static FieldSpec>, &'t Value),
}

impl Node<'_> {
    pub(crate) fn range(&self) -> TextRange {
        match self {
            Node::Kind(item) => item.kind.range,
            Node::Name(item) => item.name.as_ref().map_or(item.kind.range, |n| n.range),
            Node::FieldName(field, _) => field.name.range,
            Node::Value(_, value) => value.range,
        }
    }
}

/// Where a node sits: whether on a top-level declaration and, inside a catalogue,
/// the framework it belongs to.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NodeCx<'t> {
    /// The enclosing framework's name, for items nested in a `framework`.
    pub framework: Option<&'t str>,
    /// Whether the node's item is the top-level declaration itself.
    pub is_top: bool,
}

/// Visits every node of the tree in source order.
pub(crate) fn walk<'t>(tree: &'t SourceTree, f: &mut dyn FnMut(Node<'t>, NodeCx<'t>)) {
    for item in &tree.items {
        let framework = (item.kind.text == "framework")
            .then(|| item.name.as_ref().map(|n| n.text.as_str()))
            .flatten();
        let fields = schema::kind(&item.kind.text).map(|k| k.fields);
        let cx = NodeCx {
            framework,
            is_top: true,
        };
        walk_item(item, fields, cx, f);
    }
}

fn walk_item<'t>(
    item: &'t Item,
    fields: Option<&'static [FieldSpec]>,
    cx: NodeCx<'t>,
    f: &mut dyn FnMut(Node<'t>, NodeCx<'t>),
) {
    f(Node::Kind(item), cx);
    if item.name.is_some() {
        f(Node::Name(item), cx);
    }
    let Some(body) = &item.body else { return };
    for member in &body.members {
        match member {
            crate::syntax::ast::Member::Field(field) => {
                let spec =
                    fields.and_then(|specs| specs.iter().find(|s| s.name == field.name.text));
                walk_field(field, spec, cx, f);
            }
            crate::syntax::ast::Member::Item(child) => {
                let fields = schema::nested_kind(&child.kind.text).map(|k| k.fields);
                let child_cx = NodeCx {
                    is_top: false,
                    ..cx
                };
                walk_item(child, fields, child_cx, f);
            }
        }
    }
}

fn walk_field<'t>(
    field: &'t Field,
    spec: Option<&'static FieldSpec>,
    cx: NodeCx<'t>,
    f: &mut dyn FnMut(Node<'t>, NodeCx<'t>),
) {
    f(Node::FieldName(field, spec), cx);
    walk_value(spec, &field.value, cx, f);
}

fn walk_value<'t>(
    spec: Option<&'static FieldSpec>,
    value: &'t Value,
    cx: NodeCx<'t>,
    f: &mut dyn FnMut(Node<'t>, NodeCx<'t>),
) {
    match &value.kind {
        ValueKind::List(values) => {
            for v in values {
                walk_value(spec, v, cx, f);
            }
        }
        ValueKind::Record(block) => {
            let specs = match spec.map(|s| s.ty) {
                Some(FieldType::Record(specs)) => Some(specs),
                _ => None,
            };
            for nested in block.fields() {
                let nested_spec =
                    specs.and_then(|specs| specs.iter().find(|s| s.name == nested.name.text));
                walk_field(nested, nested_spec, cx, f);
            }
        }
        ValueKind::Missing => {}
        _ => f(Node::Value(spec, value), cx),
    }
}

/// The node under the cursor: the smallest one containing `offset`, or else one that
/// ends exactly at it (the cursor just after a word).
pub(crate) fn node_at<'t>(tree: &'t SourceTree, offset: usize) -> Option<(Node<'t>, NodeCx<'t>)> {
    let mut inside: Option<(Node<'t>, NodeCx<'t>)> = None;
    let mut touching: Option<(Node<'t>, NodeCx<'t>)> = None;
    walk(tree, &mut |node, cx| {
        let range = node.range();
        if range.contains(offset) {
            if inside.is_none_or(|(best, _)| range.len() <= best.range().len()) {
                inside = Some((node, cx));
            }
        } else if range.touches(offset) && touching.is_none() {
            touching = Some((node, cx));
        }
    });
    inside.or(touching)
}

/// What a name or path in the source stands for, across files.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SymbolRef {
    /// A top-level declaration by name (including frameworks).
    Name(String),
    /// A catalogue requirement or group by its full path, `iso42001.A.6.2.4`.
    Requirement(String),
}

/// The symbol a node defines or refers to, and whether this node is its definition.
pub(crate) fn node_symbol(node: Node<'_>, cx: NodeCx<'_>) -> Option<(SymbolRef, bool)> {
    match node {
        Node::Name(item) => {
            let name = &item.name.as_ref()?.text;
            if cx.is_top {
                if item.kind.text == "exclude" {
                    return Some((SymbolRef::Requirement(name.to_string()), false));
                }
                if schema::kind(&item.kind.text).is_some_and(|k| k.named) {
                    return Some((SymbolRef::Name(name.to_string()), true));
                }
                return None;
            }
            let framework = cx.framework?;
            if item.kind.text == "map" || schema::nested_kind(&item.kind.text).is_none() {
                return None;
            }
            Some((SymbolRef::Requirement(format!("{framework}.{name}")), true))
        }
        Node::Value(Some(spec), value) => match (spec.ty, &value.kind) {
            (
                FieldType::Ref(_)
                | FieldType::RefList(_)
                | FieldType::Framework
                | FieldType::FrameworkList,
                ValueKind::Ident(name),
            ) => Some((SymbolRef::Name(name.to_string()), false)),
            (FieldType::Requirements, ValueKind::Path(path)) => {
                Some((SymbolRef::Requirement(path.to_string()), false))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The files whose declarations count: built-in catalogues and the user's specs.
pub(crate) fn spec_files(db: &dyn Db) -> Vec<SourceFile> {
    let workspace = Workspace::get(db);
    crate::queries::spec_files(db, workspace).collect()
}

/// The file with this workspace path, spec or prose.
pub fn file_by_path(db: &dyn Db, path: &str) -> Option<SourceFile> {
    Workspace::get(db).file(db, path)
}

/// Finds the top-level item named `name` in a parsed file.
pub(crate) fn top_item<'t>(tree: &'t SourceTree, name: &str) -> Option<&'t Item> {
    tree.items
        .iter()
        .find(|i| i.name.as_ref().is_some_and(|n| n.text == name))
}

/// Finds the catalogue item with local id `id` anywhere inside `framework`.
pub(crate) fn catalogue_item<'t>(framework: &'t Item, id: &str) -> Option<&'t Item> {
    for child in framework.children() {
        if child.kind.text != "map" && child.name.as_ref().is_some_and(|n| n.text == id) {
            return Some(child);
        }
        if let Some(found) = catalogue_item(child, id) {
            return Some(found);
        }
    }
    None
}

pub(crate) use crate::english::count;

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests;
