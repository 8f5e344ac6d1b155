//! `prohibited-system`: a system classified `prohibited` under the EU AI Act that is
//! not `retired`. Article 5 practices may not be placed on the market, put into
//! service or used in the Union since 2 February 2025.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::coverage::eu_classification;
use crate::semantic::workspace_rules::WorkspaceContext;
use crate::syntax::ast::ValueKind;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for decl in super::live_systems(cx.model) {
        let Some(eu) = eu_classification(&decl.item) else {
            continue;
        };
        if eu.tier.as_deref() != Some("prohibited") {
            continue;
        }
        let range = decl
            .item
            .field("eu_ai_act")
            .and_then(|f| match &f.value.kind {
                ValueKind::Record(block) => block.field("tier").map(|t| t.value.range),
                _ => None,
            })
            .unwrap_or(decl.item.name_range());
        let lifecycle =
            crate::semantic::coverage::word(&decl.item, "lifecycle").unwrap_or("not recorded");
        out.push(
            Diagnostic::new(
                Code::ProhibitedSystem,
                &decl.file,
                range,
                format!(
                    "the system `{}` is classified as a prohibited AI practice under the EU AI Act (Art. 5) but its lifecycle is {lifecycle}",
                    decl.name()
                ),
            )
            .with_label(&decl.file, super::value_range(decl, "lifecycle"), "not retired")
            .with_help("stop the system and set `lifecycle: retired`, or correct its classification if it is not an Article 5 practice"),
        );
    }
}
