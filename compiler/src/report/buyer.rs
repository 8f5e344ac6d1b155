//! The buyer's view of the report in Markdown (`aims report --audience buyer`):
//! every certification status and the coverage figures, without the internal work
//! lists (each gap, each partial control, the Statement of Applicability, risks,
//! evidence and systems). It leaves detail out but never a status: what is achieved
//! and what is not is stated for every framework, as in the full report.

use std::fmt::Write as _;

use super::markdown::{bar, certification_status, escape, header, not_in_scope, row};
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

    out.push_str("## Coverage\n\n");
    if v.frameworks.is_empty() {
        out.push_str("No framework is in scope.\n\n");
    } else {
        header(
            &mut out,
            &[
                "Framework",
                "Certification",
                "Covered",
                "Partial",
                "Excluded",
                "Gaps",
                "Covered share",
            ],
        );
        for f in &v.frameworks {
            let c = &f.counts;
            row(
                &mut out,
                &[
                    e(&f.title),
                    e(&f.certification_status),
                    c.covered.to_string(),
                    (c.partial + c.mapped).to_string(),
                    c.excluded.to_string(),
                    c.gap.to_string(),
                    format!("`{}` {}%", bar(f.percent_covered), f.percent_covered),
                ],
            );
        }
        out.push('\n');
        out.push_str("Partial counts requirements met only in part or only through a crosswalk; the requirement-by-requirement detail is in the full report.\n\n");
    }
    not_in_scope(&mut out, &v);

    out.push_str("## Checks\n\n");
    let d = &v.diagnostics;
    let _ = writeln!(out, "{} errors, {} warnings.", d.errors, d.warnings);
    out
}
