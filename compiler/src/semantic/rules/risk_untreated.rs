//! `risk-untreated`: a risk to be mitigated with no control that mitigates it. A
//! risk with no `treatment` at all is a `missing-field` error (the schema requires
//! it), so this rule does not repeat it.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::coverage::word;
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for decl in cx.model.of_kind("risk") {
        let Some(treatment) = decl.item.field("treatment") else {
            continue;
        };
        let no_controls = decl
            .item
            .field("controls")
            .is_none_or(|f| f.value.elements().is_empty());
        if word(&decl.item, "treatment") == Some("mitigate") && no_controls {
            out.push(
                Diagnostic::new(
                    Code::RiskUntreated,
                    &decl.file,
                    treatment.value.range,
                    format!("the risk `{}` is to be mitigated, but no control is listed to mitigate it", decl.name()),
                )
                .with_help("list the controls that treat it in `controls: [...]`, or record a different treatment"),
            );
        }
    }
}
