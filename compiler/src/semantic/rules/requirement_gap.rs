//! `requirement-gap`: requirements of an in-scope framework that are neither
//! satisfied nor excluded. One diagnostic per framework, at the place that brings it
//! into scope, naming the gaps; an error when a certification of the framework is
//! achieved, a warning otherwise. Its fix appends exclusion stubs for the gaps that
//! may be excluded, for an editor to offer.

use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::semantic::workspace_rules::CoverageContext;
use crate::text::TextRange;

/// How many gaps the message names before "and N more".
const NAMED: usize = 8;

pub fn check(cx: &CoverageContext<'_>, out: &mut Vec<Diagnostic>) {
    for framework in cx.coverage.frameworks.values().filter(|f| f.in_scope) {
        let gaps: Vec<_> = framework.gaps().collect();
        if gaps.is_empty() {
            continue;
        }
        let Some(source) = framework.primary_scope_source() else {
            continue;
        };
        let applicable = framework.counts.total() - framework.counts.not_applicable;
        let mut list = gaps
            .iter()
            .take(NAMED)
            .map(|r| r.display_id())
            .collect::<Vec<_>>()
            .join(", ");
        if gaps.len() > NAMED {
            list.push_str(&format!(" and {} more", gaps.len() - NAMED));
        }
        let verb = if gaps.len() == 1 { "is" } else { "are" };
        let message = format!(
            "{} of the {applicable} requirements of `{}` {verb} neither satisfied nor excluded: {list}",
            gaps.len(),
            framework.name
        );
        let excludable_count = gaps.iter().filter(|r| r.excludable).count();
        let how = if excludable_count == 0 {
            "list each one in a control's `satisfies` (none of them may be excluded)".to_owned()
        } else if excludable_count == gaps.len() {
            "list each one in a control's `satisfies`, or exclude the ones that do not apply with `exclude PATH { reason: \"…\", approved_by: ROLE }`".to_owned()
        } else {
            format!(
                "list each one in a control's `satisfies`; only {} of them may be excluded instead, with `exclude PATH {{ reason: \"…\", approved_by: ROLE }}` (the others are mandatory)",
                excludable_count
            )
        };
        let (severity, help) = if framework.achieved {
            (
                Severity::Error,
                format!("the certification is achieved, so every requirement must be met: {how}"),
            )
        } else {
            (Severity::Warning, how)
        };
        let mut diagnostic = Diagnostic::new(
            Code::RequirementGap,
            &source.location.file,
            source.location.range,
            message,
        )
        .with_severity(severity)
        .with_help(help);
        if let Some(typo) = super::misspelt_satisfies(cx.model)
            .into_iter()
            .find(|t| gaps.iter().any(|r| t.names(&framework.name, &r.id)))
        {
            diagnostic = diagnostic
                .with_help(typo.note())
                .caused_by(&typo.decl.file, typo.field.name.range);
        }
        let excludable: Vec<_> = gaps.iter().filter(|r| r.excludable).collect();
        if !excludable.is_empty() {
            let approver = cx
                .model
                .of_kind("role")
                .next()
                .map_or("approver", |r| r.name());
            let stubs: String = excludable
                .iter()
                .map(|r| {
                    format!(
                        "\n\nexclude {}.{} {{\n  reason: \"\"\n  approved_by: {approver}\n}}",
                        framework.name, r.id
                    )
                })
                .collect();
            let end = cx
                .model
                .decls
                .iter()
                .filter(|d| d.file == source.location.file)
                .map(|d| d.item.range.end)
                .max()
                .unwrap_or(0);
            diagnostic = diagnostic.with_fix(
                format!(
                    "add exclusion stubs for the {} that may be excluded",
                    crate::english::count(excludable.len(), "gap")
                ),
                &source.location.file,
                TextRange::empty(end as usize),
                format!("{stubs}\n"),
            );
        }
        out.push(diagnostic);
    }
}
