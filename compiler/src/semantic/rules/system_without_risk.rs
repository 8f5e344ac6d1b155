//! `system-without-risk`: an AI system that is not retired and that no risk names in
//! its `system` field.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::coverage::word;
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    let with_risk: Vec<&str> = cx
        .model
        .of_kind("risk")
        .filter_map(|r| word(&r.item, "system"))
        .collect();
    for decl in super::live_systems(cx.model) {
        if with_risk.contains(&decl.name()) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::SystemWithoutRisk,
                &decl.file,
                decl.item.name_range(),
                format!("no risk is recorded for the AI system `{}`", decl.name()),
            )
            .with_help(format!(
                "record its risks with `risk NAME {{ system: {}, … }}`; every AI system carries some",
                decl.name()
            )),
        );
    }
}
