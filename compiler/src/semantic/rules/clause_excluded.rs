//! `clause-excluded`: an exclusion of a requirement that may not be excluded — a
//! mandatory clause (ISO/IEC 27001 clause 1 says clauses 4–10 are all required, and
//! ISO/IEC 42001 is treated the same), a Cyber Essentials theme or an EU AI Act
//! obligation.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::Lookup;
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for decl in cx.model.of_kind("exclude") {
        let Some(name) = &decl.item.name else {
            continue;
        };
        let Lookup::Requirement(framework, item) = cx.catalogue.lookup(&name.text) else {
            continue;
        };
        if item.excludable() {
            continue;
        }
        let (what, help) = match item.kind.as_str() {
            "clause" => (
                "a mandatory clause",
                "the clauses of a management system standard (4 to 10) are required of every organisation; only Annex A controls may be excluded, with a justification in the Statement of Applicability. Satisfy this clause with a control and remove this exclusion",
            ),
            "obligation" => (
                "a legal obligation",
                "an obligation applies wherever its conditions hold; if it does not apply to your systems, record their EU AI Act role and tier instead, and remove this exclusion",
            ),
            "theme" => (
                "a technical theme",
                "every Cyber Essentials theme applies to the whole scope of the certification; satisfy it with a control and remove this exclusion (to leave systems out, narrow the scope instead)",
            ),
            _ => (
                "a mandatory requirement",
                "satisfy it with a control and remove this exclusion",
            ),
        };
        out.push(
            Diagnostic::new(
                Code::ClauseExcluded,
                &decl.file,
                name.range,
                format!(
                    "`{}` is {what} of `{}` (\"{}\") and cannot be excluded",
                    name.text, framework.name, item.title
                ),
            )
            .with_help(help),
        );
    }
}
