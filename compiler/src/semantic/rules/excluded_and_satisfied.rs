//! `excluded-and-satisfied`: a requirement that is excluded and that a control also
//! claims to satisfy. One of the two is wrong, and the Statement of Applicability
//! should not say both.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::workspace_rules::CoverageContext;

pub fn check(cx: &CoverageContext<'_>, out: &mut Vec<Diagnostic>) {
    for framework in cx.coverage.frameworks.values() {
        for requirement in framework.requirements.iter() {
            let Some(exclusion) = &requirement.exclusion else {
                continue;
            };
            if !requirement.excludable || requirement.controls.is_empty() {
                continue;
            }
            let names: Vec<String> = requirement
                .controls
                .iter()
                .map(|c| format!("`{}`", c.name))
                .collect();
            let mut diagnostic = Diagnostic::new(
                Code::ExcludedAndSatisfied,
                &exclusion.location.file,
                exclusion.location.range,
                format!(
                    "`{}.{}` is excluded, but {} {} {} it",
                    framework.name,
                    requirement.id,
                    if names.len() == 1 { "the control" } else { "the controls" },
                    names.join(", "),
                    if names.len() == 1 { "satisfies" } else { "satisfy" },
                ),
            )
            .with_help("if the requirement applies, remove the exclusion; if it does not, remove it from the control's `satisfies`");
            for control in &requirement.controls {
                diagnostic = diagnostic.with_label(
                    &control.location.file,
                    control.location.range,
                    format!("the control `{}` satisfies it here", control.name),
                );
            }
            out.push(diagnostic);
        }
    }
}
