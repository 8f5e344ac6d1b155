//! `assessment-overdue`: an assessment whose `date` + `review_every` is before the
//! as-of date.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::values;
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    let as_of = cx.settings.as_of;
    for decl in cx.model.of_kind("assessment") {
        let Some(date) = decl.item.field("date").and_then(|f| values::date(&f.value)) else {
            continue;
        };
        let Some(every) = decl
            .item
            .field("review_every")
            .and_then(|f| values::duration(&f.value))
        else {
            continue;
        };
        let Some(due) = every.after(date) else {
            continue;
        };
        if due >= as_of {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::AssessmentOverdue,
                &decl.file,
                super::value_range(decl, "date"),
                format!(
                    "the assessment `{}` was due for review on {due} ({every} after {date}); it is overdue as of {as_of}",
                    decl.name()
                ),
            )
            .with_label(&decl.file, super::value_range(decl, "review_every"), format!("reviewed every {every}"))
            .with_help("review it and update `date` to the date of the review"),
        );
    }
}
