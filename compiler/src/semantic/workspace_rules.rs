//! Rules that need the whole workspace at once. Each rule is a function from the
//! workspace's data to diagnostics; `check_workspace` runs them all.

use crate::config::Settings;
use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::Catalogue;
use crate::semantic::model::Model;

/// What the workspace rules read.
pub struct WorkspaceContext<'a> {
    pub model: &'a Model,
    pub catalogue: &'a Catalogue,
    pub settings: &'a Settings,
    /// Declarations of the built-in catalogues, for names users may not reuse.
    pub builtin_names: &'a [(String, String)],
}

pub fn check_workspace(cx: &WorkspaceContext<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicate_names(cx, &mut out);
    crate::semantic::rules::certifications::check(cx, &mut out);
    crate::semantic::rules::evidence::check(cx, &mut out);
    out
}

/// `duplicate-name`: two declarations with one name, or a name that shadows a
/// built-in framework.
fn duplicate_names(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut first_seen: std::collections::HashMap<&str, &crate::semantic::model::Decl> =
        Default::default();
    for decl in &cx.model.decls {
        let Some(name) = &decl.item.name else {
            continue;
        };
        if !crate::semantic::schema::kind(decl.kind()).is_some_and(|k| k.named) {
            continue;
        }
        if let Some((_, builtin_file)) = cx.builtin_names.iter().find(|(n, _)| *n == name.text) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateName,
                    &decl.file,
                    name.range,
                    format!(
                        "`{}` is already the name of a built-in framework",
                        name.text
                    ),
                )
                .with_help(format!(
                    "choose another name; `{}` is declared in {builtin_file}",
                    name.text
                )),
            );
            continue;
        }
        match first_seen.get(name.text.as_str()) {
            Some(first) => {
                let first_name = first.item.name.as_ref().expect("named");
                out.push(
                    Diagnostic::new(
                        Code::DuplicateName,
                        &decl.file,
                        name.range,
                        format!("`{}` is declared more than once", name.text),
                    )
                    .with_label(
                        &first.file,
                        first_name.range,
                        format!(
                            "the {} `{}` is declared here first",
                            first.kind(),
                            name.text
                        ),
                    )
                    .with_help("names are shared by the whole workspace: rename one of them"),
                );
            }
            None => {
                first_seen.insert(&name.text, decl);
            }
        }
    }
}
