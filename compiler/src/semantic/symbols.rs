//! The workspace namespace: which names are declared, as what kind, in which file.
//!
//! These summaries carry no positions on purpose. Editing text inside a declaration
//! shifts offsets but leaves names and kinds alone, so salsa can see that the summary
//! did not change and skip re-checking every other file.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use smol_str::SmolStr;

use crate::fast_hash::{FastMap, FastSet};
use crate::semantic::schema;
use crate::syntax::ast::{Item, SourceTree, ValueKind};

/// A named top-level declaration.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol {
    pub name: SmolStr,
    /// The kind as the schema spells it, so that the symbol table shares it.
    pub kind: &'static str,
}

/// The declarations of one file, in source order.
pub fn file_symbols(tree: &SourceTree) -> Vec<Symbol> {
    tree.items
        .iter()
        .filter_map(|item| {
            let spec = schema::kind(&item.kind.text).filter(|k| k.named)?;
            Some(Symbol {
                name: item.name.as_ref()?.text.clone(),
                kind: spec.name,
            })
        })
        .collect()
}

/// Every name the file refers to through reference fields, for `unused-declaration`.
pub fn file_references(tree: &SourceTree) -> FastSet<SmolStr> {
    let mut names = FastSet::default();
    for item in &tree.items {
        collect_references(item, &mut names);
    }
    names
}

fn collect_references(item: &Item, names: &mut FastSet<SmolStr>) {
    let Some(spec) = schema::kind(&item.kind.text) else {
        return;
    };
    for field in item.fields() {
        let Some(field_spec) = spec.field(&field.name.text) else {
            continue;
        };
        match field_spec.ty {
            schema::FieldType::Ref(_)
            | schema::FieldType::RefList(_)
            | schema::FieldType::Framework
            | schema::FieldType::FrameworkList => {
                for value in field.value.elements() {
                    if let ValueKind::Ident(name) = &value.kind {
                        names.insert(name.clone());
                    }
                }
            }
            _ => {}
        }
    }
}

/// All declarations of the workspace by name. A name declared twice maps to both
/// (the duplicate is reported by the workspace checks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SymbolTable {
    pub by_name: FastMap<SmolStr, Vec<SymbolEntry>>,
    /// Names by kind, so "did you mean" looks only at names of the wanted kinds
    /// instead of the whole namespace for every undefined name (quadratic in a
    /// file with thousands of them). In declaration order, with any duplicates:
    /// `names_of_kind` sorts them when it is asked, which is rare.
    by_kind: BTreeMap<&'static str, Vec<SmolStr>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymbolEntry {
    pub kind: &'static str,
    /// The declaring file's path, shared by the file's symbols.
    pub file: Arc<str>,
}

impl SymbolTable {
    pub fn add(&mut self, file: &str, symbols: &[Symbol]) {
        let file: Arc<str> = file.into();
        self.by_name.reserve(symbols.len());
        for symbol in symbols {
            self.by_name
                .entry(symbol.name.clone())
                .or_default()
                .push(SymbolEntry {
                    kind: symbol.kind,
                    file: file.clone(),
                });
            self.by_kind
                .entry(symbol.kind)
                .or_default()
                .push(symbol.name.clone());
        }
    }

    /// The kind of the first declaration of `name`.
    pub fn kind_of(&self, name: &str) -> Option<&str> {
        self.by_name.get(name)?.first().map(|e| e.kind)
    }

    /// Names declared with one of `kinds`.
    pub fn names_of_kind<'a>(&'a self, kinds: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
        let names: BTreeSet<&'a str> = kinds
            .iter()
            .filter_map(|kind| self.by_kind.get(*kind))
            .flatten()
            .map(SmolStr::as_str)
            .collect();
        names.into_iter()
    }
}
