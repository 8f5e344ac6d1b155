//! Go to definition, find references and rename.
//!
//! Names are one workspace-wide namespace, so a reference is resolved through the
//! symbol table to the file that declares it; requirement paths are resolved through
//! the catalogue to the item in the framework's file, which may be a built-in one.
//! Built-in catalogues are read-only: renaming anything declared there is refused.

use crate::db::{Db, Origin, SourceFile, Workspace};
use crate::ide::{Node, SymbolRef, node_at, node_symbol, spec_files, walk};
use crate::queries;
use crate::semantic::catalogue::Lookup;
use crate::text::TextRange;

/// A range in a workspace file (or a built-in catalogue, `<builtin>/…`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FileRange {
    pub file: String,
    pub range: TextRange,
}

/// Where a symbol is declared: the name to select and the whole declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NavTarget {
    pub file: String,
    /// The name or id.
    pub focus: TextRange,
    /// The whole declaration.
    pub full: TextRange,
}

/// The symbol under the cursor in `file`, with the range of the word.
pub fn symbol_at(db: &dyn Db, file: SourceFile, offset: usize) -> Option<(SymbolRef, TextRange)> {
    let tree = &queries::parse(db, file).tree;
    let (node, cx) = node_at(tree, offset)?;
    let (symbol, _) = node_symbol(node, cx)?;
    // On the framework part of a requirement path, the framework is meant.
    let is_reference = matches!(node, Node::Value(..)) || cx.is_top;
    if let (SymbolRef::Requirement(path), true) = (&symbol, is_reference) {
        let range = node.range();
        if let Some((framework, _)) = path.split_once('.') {
            let split = range.start as usize + framework.len();
            if offset <= split && is_declared(db, framework) {
                return Some((
                    SymbolRef::Name(framework.to_owned()),
                    TextRange::new(range.start as usize, split),
                ));
            }
        }
    }
    Some((symbol, node.range()))
}

fn is_declared(db: &dyn Db, name: &str) -> bool {
    queries::symbol_table(db, Workspace::get(db))
        .by_name
        .contains_key(name)
}

/// Where the symbol under the cursor is declared.
pub fn definition(db: &dyn Db, file: SourceFile, offset: usize) -> Vec<NavTarget> {
    let Some((symbol, _)) = symbol_at(db, file, offset) else {
        return Vec::new();
    };
    declaration_of(db, &symbol).into_iter().collect()
}

/// The declaration of a symbol, anywhere in the workspace or the built-ins.
pub fn declaration_of(db: &dyn Db, symbol: &SymbolRef) -> Option<NavTarget> {
    let workspace = Workspace::get(db);
    match symbol {
        SymbolRef::Name(name) => {
            let entry = queries::symbol_table(db, workspace)
                .by_name
                .get(name.as_str())?
                .first()?;
            let file = crate::ide::file_by_path(db, &entry.file)?;
            let item = crate::ide::top_item(&queries::parse(db, file).tree, name)?;
            Some(NavTarget {
                file: entry.file.to_string(),
                focus: item.name_range(),
                full: item.range,
            })
        }
        SymbolRef::Requirement(path) => {
            let catalogue = queries::catalogue(db, workspace);
            let (framework, item) = match catalogue.lookup(path) {
                Lookup::Requirement(f, i) | Lookup::Group(f, i) => (f, i),
                _ => return None,
            };
            let file = crate::ide::file_by_path(db, &framework.file)?;
            let tree = &queries::parse(db, file).tree;
            let framework_item = tree.items.iter().find(|i| {
                i.kind.text == "framework"
                    && i.name.as_ref().is_some_and(|n| n.text == framework.name)
            })?;
            let found = crate::ide::catalogue_item(framework_item, &item.id)?;
            Some(NavTarget {
                file: framework.file.clone(),
                focus: found.name_range(),
                full: found.range,
            })
        }
    }
}

/// Every place the symbol under the cursor is named, sorted by file and position.
pub fn references(
    db: &dyn Db,
    file: SourceFile,
    offset: usize,
    include_declaration: bool,
) -> Vec<FileRange> {
    let Some((symbol, _)) = symbol_at(db, file, offset) else {
        return Vec::new();
    };
    occurrences(db, &symbol)
        .into_iter()
        .filter(|(_, is_def)| include_declaration || !is_def)
        .map(|(r, _)| r)
        .collect()
}

/// Every occurrence of a symbol in the spec files, with whether it is the declaration.
pub fn occurrences(db: &dyn Db, symbol: &SymbolRef) -> Vec<(FileRange, bool)> {
    let mut out = Vec::new();
    for file in spec_files(db) {
        let path = file.path(db);
        walk(&queries::parse(db, file).tree, &mut |node, cx| {
            let Some((found, is_def)) = node_symbol(node, cx) else {
                return;
            };
            let range = node.range();
            if &found == symbol {
                out.push((
                    FileRange {
                        file: path.clone(),
                        range,
                    },
                    is_def,
                ));
                return;
            }
            // A framework is also named by the first segment of requirement paths.
            if let (SymbolRef::Name(name), SymbolRef::Requirement(p)) = (symbol, &found)
                && !is_def
                && p.split_once('.').is_some_and(|(f, _)| f == name)
            {
                {
                    let start = range.start as usize;
                    out.push((
                        FileRange {
                            file: path.clone(),
                            range: TextRange::new(start, start + name.len()),
                        },
                        false,
                    ));
                }
            }
        });
    }
    out.sort();
    out.dedup();
    out
}

/// Why a rename cannot be done, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenameError(pub String);

/// The range to rename at the cursor, or why it cannot be renamed.
pub fn prepare_rename(
    db: &dyn Db,
    file: SourceFile,
    offset: usize,
) -> Result<TextRange, RenameError> {
    let Some((symbol, range)) = symbol_at(db, file, offset) else {
        return Err(RenameError(
            "there is no declared name here to rename".into(),
        ));
    };
    match &symbol {
        SymbolRef::Requirement(path) => Err(RenameError(format!(
            "`{path}` is a requirement id from a framework catalogue; ids are fixed by the standard and cannot be renamed"
        ))),
        SymbolRef::Name(name) => {
            let Some(target) = declaration_of(db, &symbol) else {
                return Err(RenameError(format!(
                    "`{name}` is not declared anywhere, so there is nothing to rename"
                )));
            };
            let declared_in = crate::ide::file_by_path(db, &target.file);
            if declared_in.is_none_or(|f| f.origin(db) == Origin::Builtin) {
                return Err(RenameError(format!(
                    "`{name}` is declared in a built-in catalogue, which cannot be changed"
                )));
            }
            Ok(range)
        }
    }
}

/// The edits that rename the symbol under the cursor to `new_name` everywhere.
pub fn rename(
    db: &dyn Db,
    file: SourceFile,
    offset: usize,
    new_name: &str,
) -> Result<Vec<(FileRange, String)>, RenameError> {
    prepare_rename(db, file, offset)?;
    let valid = {
        let mut chars = new_name.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    };
    if !valid {
        return Err(RenameError(format!(
            "`{new_name}` is not a valid name: use letters, digits, `_` and `-`, starting with a letter"
        )));
    }
    if is_declared(db, new_name) {
        return Err(RenameError(format!(
            "`{new_name}` is already declared; choose a name not in use"
        )));
    }
    let Some((symbol, _)) = symbol_at(db, file, offset) else {
        return Ok(Vec::new());
    };
    let edits = occurrences(db, &symbol)
        .into_iter()
        .filter(|(r, _)| !crate::catalog::is_builtin(&r.file))
        .map(|(r, _)| (r, new_name.to_owned()))
        .collect();
    Ok(edits)
}
