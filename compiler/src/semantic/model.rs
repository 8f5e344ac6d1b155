//! The workspace model: every user declaration with the file it is in, for the rules
//! that look across files (duplicates, coverage, certifications, risks, prose).
//!
//! The queries build it from position-free file summaries (`semantic::summary`), so
//! its ranges are locators, not byte offsets: diagnostics made from it are resolved
//! against the file's tree after the rules run. The declarations are shared with
//! those summaries (`Arc`), so assembling the model copies no tree.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::syntax::ast::Item;

/// A top-level declaration and the file it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decl {
    pub file: String,
    pub item: Arc<Item>,
}

impl Decl {
    pub fn kind(&self) -> &str {
        &self.item.kind.text
    }

    pub fn name(&self) -> &str {
        self.item.name.as_ref().map_or("", |n| n.text.as_str())
    }
}

/// All user declarations (built-in catalogues excluded), in file then source order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    pub decls: Vec<Decl>,
    /// The first declaration of each name.
    pub by_name: BTreeMap<String, usize>,
}

impl Model {
    /// Adds a copy of `item`, declared in `file`.
    pub fn push(&mut self, file: &str, item: &Item) {
        self.push_shared(file, Arc::new(item.clone()));
    }

    /// Adds `item`, declared in `file`, without copying it.
    pub fn push_shared(&mut self, file: &str, item: Arc<Item>) {
        if let Some(name) = &item.name {
            self.by_name
                .entry(name.text.clone())
                .or_insert(self.decls.len());
        }
        self.decls.push(Decl {
            file: file.to_owned(),
            item,
        });
    }

    pub fn of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Decl> + 'a {
        self.decls.iter().filter(move |d| d.kind() == kind)
    }

    pub fn get(&self, name: &str) -> Option<&Decl> {
        self.by_name.get(name).map(|&i| &self.decls[i])
    }

    /// The organisation declaration, if there is one.
    pub fn organisation(&self) -> Option<&Decl> {
        self.of_kind("organisation").next()
    }
}
