//! The workspace model: every user declaration with the file it is in, for the rules
//! that look across files (duplicates, coverage, certifications, risks, prose).
//!
//! The queries build it from position-free file summaries (`semantic::summary`), so
//! its ranges are locators, not byte offsets: diagnostics made from it are resolved
//! against the file's tree after the rules run. The declarations are shared with
//! those summaries (`Arc`), so assembling the model copies no tree.

use std::sync::Arc;

use smol_str::SmolStr;

use crate::fast_hash::FastMap;
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
    by_name: FastMap<SmolStr, usize>,
    /// The declarations of each kind, in order: the rules and coverage ask for one
    /// kind many times (once per framework), so `of_kind` must not scan them all.
    by_kind: FastMap<SmolStr, Vec<usize>>,
}

impl Model {
    /// An empty model with room for `declarations` declarations.
    pub fn with_capacity(declarations: usize) -> Model {
        Model {
            decls: Vec::with_capacity(declarations),
            by_name: FastMap::with_capacity_and_hasher(declarations, Default::default()),
            by_kind: FastMap::default(),
        }
    }

    /// Adds a copy of `item`, declared in `file`.
    pub fn push(&mut self, file: &str, item: &Item) {
        self.push_shared(file, Arc::new(item.clone()));
    }

    /// Adds `item`, declared in `file`, without copying it.
    pub fn push_shared(&mut self, file: &str, item: Arc<Item>) {
        let index = self.decls.len();
        if let Some(name) = &item.name
            && !self.by_name.contains_key(name.text.as_str())
        {
            self.by_name.insert(name.text.clone(), index);
        }
        match self.by_kind.get_mut(item.kind.text.as_str()) {
            Some(indices) => indices.push(index),
            None => {
                self.by_kind.insert(item.kind.text.clone(), vec![index]);
            }
        }
        self.decls.push(Decl {
            file: file.to_owned(),
            item,
        });
    }

    pub fn of_kind<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Decl> + 'a {
        self.by_kind
            .get(kind)
            .into_iter()
            .flatten()
            .map(|&index| &self.decls[index])
    }

    /// The declarations of any of `kinds`, in model order.
    pub fn of_kinds(&self, kinds: &[&str]) -> impl Iterator<Item = &Decl> + '_ {
        let mut indices: Vec<usize> = kinds
            .iter()
            .filter_map(|kind| self.by_kind.get(*kind))
            .flatten()
            .copied()
            .collect();
        indices.sort_unstable();
        indices.into_iter().map(|index| &self.decls[index])
    }

    /// The position in `decls` of a declaration this model holds (`None` for one
    /// it does not), found from its address, so that facts kept beside the model
    /// can be indexed by it.
    pub fn position(&self, decl: &Decl) -> Option<usize> {
        let offset =
            (std::ptr::from_ref(decl) as usize).checked_sub(self.decls.as_ptr() as usize)?;
        let position = offset / size_of::<Decl>();
        self.decls
            .get(position)
            .filter(|held| std::ptr::eq(*held, decl))
            .map(|_| position)
    }

    pub fn get(&self, name: &str) -> Option<&Decl> {
        self.by_name.get(name).map(|&i| &self.decls[i])
    }

    /// The organisation declaration, if there is one.
    pub fn organisation(&self) -> Option<&Decl> {
        self.of_kind("organisation").next()
    }
}
