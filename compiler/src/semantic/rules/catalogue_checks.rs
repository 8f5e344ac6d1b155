//! Checks of `framework` and `crosswalk` declarations, the same for the built-in
//! catalogues and the user's: a requirement or group id given twice inside one
//! framework is a `duplicate-name`; a crosswalk row that names an id its framework
//! does not have (or a group) is an `unknown-requirement`.

use std::collections::HashMap;

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::{Catalogue, local_id};
use crate::semantic::workspace_rules::WorkspaceContext;
use crate::suggest;
use crate::syntax::ast::{Item, Word};
use crate::text::TextRange;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for decl in &cx.model.decls {
        out.extend(check_declaration(&decl.file, &decl.item, cx.catalogue));
    }
}

/// The diagnostics of one top-level declaration if it is a framework or crosswalk.
pub fn check_declaration(file: &str, item: &Item, catalogue: &Catalogue) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    match item.kind.text.as_str() {
        "framework" => {
            let mut seen: HashMap<&str, &Word> = HashMap::new();
            duplicate_ids(file, item, &mut seen, &mut out);
        }
        "crosswalk" => crosswalk(file, item, catalogue, &mut out),
        _ => {}
    }
    out
}

fn duplicate_ids<'a>(
    file: &str,
    parent: &'a Item,
    seen: &mut HashMap<&'a str, &'a Word>,
    out: &mut Vec<Diagnostic>,
) {
    for child in parent.children() {
        let Some(id) = &child.name else { continue };
        match seen.get(id.text.as_str()) {
            Some(first) => out.push(
                Diagnostic::new(
                    Code::DuplicateName,
                    file,
                    id.range,
                    format!("the id `{}` is used twice in this framework", id.text),
                )
                .with_label(file, first.range, "first used here")
                .with_help("every group and requirement of a framework needs its own id"),
            ),
            None => {
                seen.insert(&id.text, id);
            }
        }
        duplicate_ids(file, child, seen, out);
    }
}

fn crosswalk(file: &str, item: &Item, catalogue: &Catalogue, out: &mut Vec<Diagnostic>) {
    let framework_of = |field: &str| {
        item.field(field)
            .and_then(|f| f.value.as_ident())
            .and_then(|n| catalogue.framework(n))
    };
    let (from, to) = (framework_of("from"), framework_of("to"));
    for map in item.children().filter(|c| c.kind.text == "map") {
        if let (Some(from), Some(id)) = (from, &map.name) {
            check_id(file, catalogue, &from.name, &id.text, id.range, out);
        }
        if let (Some(to), Some(field)) = (to, map.field("to")) {
            for element in field.value.elements() {
                if let Some(id) = local_id(element) {
                    check_id(file, catalogue, &to.name, &id, element.range, out);
                }
            }
        }
    }
}

fn check_id(
    file: &str,
    catalogue: &Catalogue,
    framework: &str,
    id: &str,
    range: TextRange,
    out: &mut Vec<Diagnostic>,
) {
    let Some(fw) = catalogue.framework(framework) else {
        return;
    };
    match fw.item(id) {
        Some(item) if !item.is_group() => {}
        Some(_) => out.push(Diagnostic::new(
            Code::UnknownRequirement,
            file,
            range,
            format!("`{framework}.{id}` is a group of requirements; a crosswalk maps requirements"),
        )),
        None => {
            let near = suggest::nearest(id, fw.requirements().map(|r| r.id.as_str()), 3);
            let mut d = Diagnostic::new(
                Code::UnknownRequirement,
                file,
                range,
                format!("`{framework}` has no requirement `{id}`"),
            );
            if !near.is_empty() {
                d = d.with_help(format!(
                    "the closest are {}",
                    near.iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            out.push(d);
        }
    }
}
