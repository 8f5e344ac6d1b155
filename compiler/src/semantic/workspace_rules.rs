//! Rules that need the whole workspace at once. Each rule is a function from the
//! workspace's data to diagnostics. They come in two groups, run by two queries:
//! `check_declarations` runs the rules that read declarations only, and
//! `check_coverage` the rules that read coverage (and so the `satisfies` lists), so
//! that a `satisfies` edit re-runs only the second group.

use std::ops::Deref;

use crate::config::Settings;
use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::Catalogue;
use crate::semantic::coverage::Coverage;
use crate::semantic::model::Model;

/// What the workspace rules read.
pub struct WorkspaceContext<'a> {
    /// The declarations, without the controls' `satisfies` lists (coverage has them).
    pub model: &'a Model,
    pub catalogue: &'a Catalogue,
    pub settings: &'a Settings,
    /// Declarations of the built-in catalogues, for names users may not reuse.
    pub builtin_names: &'a [(String, String)],
}

/// What the rules that read coverage read: the declarations and the coverage of
/// every framework on the as-of date.
pub struct CoverageContext<'a> {
    pub workspace: WorkspaceContext<'a>,
    pub coverage: &'a Coverage,
}

impl<'a> Deref for CoverageContext<'a> {
    type Target = WorkspaceContext<'a>;

    fn deref(&self) -> &WorkspaceContext<'a> {
        &self.workspace
    }
}

/// The rules that read declarations but not coverage.
pub fn check_declarations(cx: &WorkspaceContext<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicate_names(cx, &mut out);
    use crate::semantic::rules;
    rules::catalogue_checks::check(cx, &mut out);
    rules::clause_excluded::check(cx, &mut out);
    rules::exclusion_unjustified::check(cx, &mut out);
    rules::prohibited_system::check(cx, &mut out);
    rules::risk_untreated::check(cx, &mut out);
    rules::risk_residual::check(cx, &mut out);
    rules::risk_above_appetite::check(cx, &mut out);
    rules::assessment_overdue::check(cx, &mut out);
    rules::system_without_risk::check(cx, &mut out);
    rules::evidence::check(cx, &mut out);
    rules::self_assessment::check(cx, &mut out);
    out
}

/// The rules that read coverage or the controls' `satisfies` lists.
pub fn check_coverage(cx: &CoverageContext<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    use crate::semantic::rules;
    rules::requirement_gap::check(cx, &mut out);
    rules::excluded_and_satisfied::check(cx, &mut out);
    rules::system_without_impact_assessment::check(cx, &mut out);
    rules::certifications::check(cx, &mut out);
    rules::management_records::check(cx, &mut out);
    rules::supplier_assurance::check(cx, &mut out);
    out
}

/// `duplicate-name`: two declarations with one name, or a name that shadows a
/// built-in framework.
fn duplicate_names(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut first_seen: crate::fast_hash::FastMap<&str, &crate::semantic::model::Decl> =
        crate::fast_hash::FastMap::with_capacity_and_hasher(
            cx.model.decls.len(),
            Default::default(),
        );
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
                #[allow(clippy::expect_used)] // `first_seen` holds only named declarations.
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
