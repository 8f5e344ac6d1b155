//! Workspace rules, one file per diagnostic code or family. Each exposes
//! `check(cx, out)`, called from `workspace_rules::check_workspace`; they read the
//! workspace model, the catalogue and the coverage computed once per workspace.
//! Rules that must read the file system (`disk`) are kept out of salsa and run by
//! `Project::diagnostics`.

pub mod assessment_overdue;
pub mod catalogue_checks;
pub mod certifications;
pub mod claims;
pub mod clause_excluded;
pub mod disk;
pub mod evidence;
pub mod excluded_and_satisfied;
pub mod exclusion_unjustified;
pub mod management_records;
pub mod prohibited_system;
pub mod publications;
pub mod requirement_gap;
pub mod risk_above_appetite;
pub mod risk_residual;
pub mod risk_untreated;
pub mod self_assessment;
pub mod supplier_assurance;
pub mod supplier_claims;
pub mod system_without_impact_assessment;
pub mod system_without_risk;
#[cfg(test)]
pub(crate) mod testing;

use crate::semantic::coverage::word;
use crate::semantic::model::{Decl, Model};
use crate::text::TextRange;

/// The range of a field's value, or of the declaration's name without it.
fn value_range(decl: &Decl, field: &str) -> TextRange {
    decl.item
        .field(field)
        .map_or(decl.item.name_range(), |f| f.value.range)
}

/// AI systems that are not retired: the ones rules about the inventory apply to.
fn live_systems(model: &Model) -> impl Iterator<Item = &Decl> {
    model
        .of_kind("system")
        .filter(|d| word(&d.item, "lifecycle") != Some("retired"))
}

/// A field of a control whose name is not a field but is closest to `satisfies`
/// (`satisifes:`): the requirements it lists are not counted, so the gaps they leave
/// follow from that typo.
pub(crate) struct MisspeltSatisfies<'a> {
    pub decl: &'a Decl,
    pub field: &'a crate::syntax::ast::Field,
}

impl MisspeltSatisfies<'_> {
    /// Whether the misspelt field names `framework.id`.
    pub fn names(&self, framework: &str, id: &str) -> bool {
        let wanted = format!("{framework}.{id}");
        self.field.value.elements().iter().any(|e| match &e.kind {
            crate::syntax::ast::ValueKind::Path(p) => *p == wanted,
            _ => false,
        })
    }

    /// What to say about it, after the gaps it leaves.
    pub fn note(&self) -> String {
        format!(
            "`{}` in `{}` is not read (did you mean `satisfies`?), so the requirements it lists are not counted: fix it first",
            self.field.name.text, self.decl.file
        )
    }
}

/// The misspelt `satisfies` fields of the workspace's controls.
pub(crate) fn misspelt_satisfies(model: &Model) -> Vec<MisspeltSatisfies<'_>> {
    let Some(spec) = crate::semantic::schema::kind("control") else {
        return Vec::new();
    };
    let fields = spec.fields.iter().map(|f| f.name);
    let mut out = Vec::new();
    for decl in model.of_kind("control") {
        for field in decl.item.fields() {
            let name = field.name.text.as_str();
            if spec.field(name).is_none()
                && crate::suggest::closest(name, fields.clone()) == Some("satisfies")
            {
                out.push(MisspeltSatisfies { decl, field });
            }
        }
    }
    out
}
