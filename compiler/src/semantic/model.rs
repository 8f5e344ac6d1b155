//! The workspace model: every user declaration with the file it is in, for the rules
//! that look across files (duplicates, coverage, certifications, risks, prose).

use std::collections::BTreeMap;

use crate::syntax::ast::Item;

/// A top-level declaration and the file it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decl {
    pub file: String,
    pub item: Item,
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
    pub fn push(&mut self, file: &str, item: &Item) {
        if let Some(name) = &item.name {
            self.by_name
                .entry(name.text.clone())
                .or_insert(self.decls.len());
        }
        self.decls.push(Decl {
            file: file.to_owned(),
            item: item.clone(),
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
