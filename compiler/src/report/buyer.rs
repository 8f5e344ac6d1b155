//! The buyer's view of the report in Markdown (`aims report --audience buyer`):
//! every certification status and the coverage figures, without the internal work
//! lists (each gap, each partial control, the Statement of Applicability, risks,
//! evidence and systems). It leaves detail out but never a status: what is achieved
//! and what is not is stated for every framework, as in the full report.

use std::fmt::Write as _;

use super::markdown::{certification_status, coverage_table, escape, not_in_scope};
use super::model::Report;
use super::view::{View, view};

/// Renders the buyer's Markdown summary.
pub fn markdown(report: &Report) -> String {
    let v: View = view(report);
    let e = escape;
    let mut out = String::new();
    let _ = writeln!(out, "# {}: AI management system summary\n", e(&v.title));
    let _ = writeln!(out, "As of **{}** · {}\n", v.as_of, v.generator);

    certification_status(&mut out, &v);

    coverage_table(
        &mut out,
        &v,
        &[
            ("Covered", |c| c.covered),
            ("Partial", |c| c.partial + c.mapped),
            ("Excluded", |c| c.excluded),
            ("Gaps", |c| c.gap),
        ],
    );
    if !v.frameworks.is_empty() {
        out.push('\n');
        out.push_str("Partial counts requirements met only in part or only through a crosswalk; the requirement-by-requirement detail is in the full report.\n\n");
    }
    not_in_scope(&mut out, &v);

    out.push_str("## Checks\n\n");
    let d = &v.diagnostics;
    let _ = writeln!(out, "{} errors, {} warnings.", d.errors, d.warnings);
    out
}
