//! `exclusion-unjustified`: an exclusion whose reason is empty or only spaces. The
//! Statement of Applicability must justify every excluded control, and an auditor
//! asks who decided. An exclusion with no `reason` or no `approved_by` at all is a
//! `missing-field` error (both fields are required by the schema); either way the
//! exclusion does not count and the requirement stays a gap. Exclusions of
//! requirements that cannot be excluded at all are left to `clause-excluded`.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::Lookup;
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for decl in cx.model.of_kind("exclude") {
        let Some(name) = &decl.item.name else {
            continue;
        };
        if let Lookup::Requirement(_, item) = cx.catalogue.lookup(&name.text)
            && !item.excludable()
        {
            continue;
        }
        // Absent fields are `missing-field` errors already; this rule is about
        // fields that are there but justify nothing.
        let Some(reason) = decl.item.field("reason") else {
            continue;
        };
        if !reason.value.as_str().is_some_and(|r| r.trim().is_empty()) {
            continue;
        }
        let (message, range) = (
            format!("the reason for excluding `{}` is empty", name.text),
            reason.value.range,
        );
        out.push(
            Diagnostic::new(Code::ExclusionUnjustified, &decl.file, range, message).with_help(
                "write why the requirement does not apply in `reason: \"…\"` and the role that approved it in `approved_by: ROLE`; until then it counts as a gap",
            ),
        );
    }
}
