//! The declarations a report reads: the summary `aims check` has already assembled
//! (`queries::summary`), with the two things that summary leaves out looked up in
//! each file's tree: declaration titles, and each control's `satisfies` field.
//!
//! A second, titled copy of every declaration (`queries::model`) would copy every
//! tree once more only to add those two; the check has the trees and the summary
//! already, so the report borrows both.

use crate::db::{Db, Workspace};
use crate::queries;
use crate::semantic::model::{Decl, Model};
use crate::syntax::ast::{Field, Item};

/// The workspace's declarations, their titles and their controls' `satisfies`.
pub struct Declarations<'a> {
    /// Every user declaration, as the whole-workspace rules read it: without titles,
    /// doc comments or controls' `satisfies` fields.
    pub model: &'a Model,
    /// Each declaration's title, by its position in `model`.
    titles: Vec<Option<&'a str>>,
    /// Each control's `satisfies` field, by its position in `model`.
    satisfies: Vec<Option<&'a Field>>,
}

impl<'a> Declarations<'a> {
    /// The declarations of `workspace`, in the summary's order (file, then source).
    pub fn of(db: &'a dyn Db, workspace: Workspace) -> Declarations<'a> {
        let model = queries::summary(db, workspace);
        let mut titles = Vec::with_capacity(model.decls.len());
        let mut satisfies = Vec::with_capacity(model.decls.len());
        for file in queries::user_spec_files(db, workspace) {
            let items: &[Item] = &queries::parse(db, file).tree.items;
            let first = satisfies.len();
            titles.extend(
                items
                    .iter()
                    .map(|item| item.title.as_ref().map(|t| t.value.as_str())),
            );
            satisfies.resize(first + items.len(), None);
            for field in &queries::file_summary(db, file).satisfies {
                if let Some(slot) = satisfies.get_mut(first + field.declaration) {
                    *slot = Some(&field.field);
                }
            }
        }
        Declarations {
            model,
            titles,
            satisfies,
        }
    }

    /// The title of one of the model's declarations, or `None`.
    pub fn title(&self, decl: &Decl) -> Option<String> {
        let position = self.model.position(decl)?;
        self.titles
            .get(position)
            .copied()
            .flatten()
            .map(str::to_owned)
    }

    /// The `satisfies` field of one of the model's controls, or `None`.
    pub fn satisfies(&self, decl: &Decl) -> Option<&'a Field> {
        let position = self.model.position(decl)?;
        self.satisfies.get(position).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::workspace::Project;

    #[test]
    fn titles_and_satisfies_are_those_of_the_titled_model() {
        let files = [
            (
                "a.aims",
                "role ciso { holder: \"Tom\" }\ncontrol c1 \"First\" {\n  owner: ciso\n  satisfies: [iso42001.A.2.2]\n}\n",
            ),
            (
                "b.aims",
                "control c2 {\n  satisfies: [iso42001.A.2.3, iso42001.A.2.4]\n  satisfies: [iso42001.A.3.2]\n}\nevidence e \"E\" { date: 2026-01-01 }\n",
            ),
        ];
        let project = Project::from_sources(
            Settings::new(jiff::civil::date(2026, 11, 28)),
            None,
            files
                .iter()
                .map(|(path, text)| ((*path).into(), (*text).into(), Origin::Spec))
                .collect(),
        );
        let declarations = Declarations::of(&project.db, project.workspace);
        let titled = queries::model(&project.db, project.workspace);
        let names = |model: &Model| -> Vec<String> {
            model.decls.iter().map(|d| d.name().to_owned()).collect()
        };
        assert_eq!(names(declarations.model), names(titled));
        for (decl, with_title) in declarations.model.decls.iter().zip(&titled.decls) {
            let title = with_title.item.title.as_ref().map(|t| t.value.clone());
            assert_eq!(declarations.title(decl), title, "{}", decl.name());
            assert_eq!(
                declarations.satisfies(decl).map(|f| &f.value),
                with_title.item.field("satisfies").map(|f| &f.value),
                "{}",
                decl.name()
            );
        }
        // A declaration the model does not hold has no position, so no title.
        assert_eq!(declarations.title(&titled.decls[1]), None);
    }
}
