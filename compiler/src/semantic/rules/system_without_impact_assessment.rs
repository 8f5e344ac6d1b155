//! `system-without-impact-assessment`: while ISO/IEC 42001 is in scope, every AI
//! system that is not retired needs an AI system impact assessment (clause 6.1.4):
//! either the system's `impact_assessment` field, or an `assessment` naming the
//! system whose `kind` is `impact` or not given.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::coverage::word;
use crate::semantic::workspace_rules::CoverageContext;

pub fn check(cx: &CoverageContext<'_>, out: &mut Vec<Diagnostic>) {
    let Some(iso) = cx.coverage.framework("iso42001").filter(|f| f.in_scope) else {
        return;
    };
    let assessed: Vec<&str> = cx
        .model
        .of_kind("assessment")
        .filter(|a| word(&a.item, "kind").is_none_or(|k| k == "impact"))
        .filter_map(|a| word(&a.item, "system"))
        .collect();
    for decl in super::live_systems(cx.model) {
        if decl.item.field("impact_assessment").is_some() || assessed.contains(&decl.name()) {
            continue;
        }
        let mut diagnostic = Diagnostic::new(
            Code::SystemWithoutImpactAssessment,
            &decl.file,
            decl.item.name_range(),
            format!(
                "the AI system `{}` has no impact assessment, which ISO/IEC 42001 clause 6.1.4 requires",
                decl.name()
            ),
        )
        .with_help(format!(
            "record one, e.g. `assessment {0}_ia {{ system: {0}, date: …, review_every: 12 months }}`, and name it in the system's `impact_assessment`",
            decl.name()
        ));
        if let Some(source) = iso.primary_scope_source() {
            diagnostic = diagnostic.with_label(
                &source.location.file,
                source.location.range,
                "ISO/IEC 42001 is in scope here",
            );
        }
        out.push(diagnostic);
    }
}
