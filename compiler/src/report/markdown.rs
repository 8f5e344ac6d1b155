//! The Markdown report, for a pull-request comment or a wiki page: the same sections
//! as the HTML report, with the long per-requirement tables folded in `<details>`.
//!
//! Markdown renderers accept inline HTML, so every string from the spec goes through
//! [`escape`]: HTML-significant characters become entities and Markdown's own
//! punctuation is backslash-escaped, so a title cannot inject markup or links.

use std::fmt::Write as _;

use super::model::{Counts, Report};
use super::view::{HeatMap, View, view};

/// What a row is called: its title, or its name when it has none.
fn title_or_name<'a>(title: &'a str, name: &'a str) -> &'a str {
    if title.is_empty() { name } else { title }
}

/// Escapes text for a Markdown table cell or paragraph.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '!' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    out
}

pub(super) fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// A 5×5 heat map as a table: likelihood down, impact across, the number of risks
/// in each cell (a dagger when they are above the appetite).
fn heat_map(out: &mut String, map: &HeatMap) {
    let mut cols = vec!["Likelihood"];
    cols.extend(map.impact_labels.iter().map(String::as_str));
    header(out, &cols);
    for r in &map.rows {
        let mut cells = vec![r.label.clone()];
        cells.extend(r.cells.iter().map(|c| match (c.count, c.above_appetite) {
            (0, _) => "·".to_owned(),
            (n, false) => format!("**{n}**"),
            (n, true) => format!("**{n}**\u{2020}"),
        }));
        row(out, &cells);
    }
}

pub(super) fn header(out: &mut String, cells: &[&str]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
    let _ = writeln!(out, "|{}", cells.iter().map(|_| "---|").collect::<String>());
}

/// A ten-character text bar of the covered share.
pub(super) fn bar(percent: usize) -> String {
    let filled = (percent + 5) / 10;
    format!(
        "{}{}",
        "█".repeat(filled.min(10)),
        "░".repeat(10 - filled.min(10))
    )
}

/// Writes the certification status section, shared by the full report and the
/// buyer's summary so that both state every framework's status the same way.
pub(super) fn certification_status(out: &mut String, v: &View) {
    let e = escape;
    out.push_str("## Certification status\n\n");
    if v.certifications.is_empty() {
        out.push_str("No certifications are recorded.\n\n");
        return;
    }
    header(out, &["Framework", "Status", "What this means"]);
    for c in &v.certifications {
        row(
            out,
            &[
                e(&c.framework_title),
                format!("**{}**", c.status_label),
                e(&c.statement),
            ],
        );
    }
    out.push('\n');
}

/// A column of the coverage table: its heading and the count it shows.
pub(super) type CountColumn = (&'static str, fn(&Counts) -> usize);

/// Writes the coverage section's heading and its table of in-scope frameworks: the
/// framework, its certification, the given counts and the covered share. The full
/// report and the buyer's summary differ only in the counts they show.
pub(super) fn coverage_table(out: &mut String, v: &View, counts: &[CountColumn]) {
    out.push_str("## Coverage\n\n");
    if v.frameworks.is_empty() {
        out.push_str("No framework is in scope.\n\n");
        return;
    }
    let mut columns = vec!["Framework", "Certification"];
    columns.extend(counts.iter().map(|(heading, _)| *heading));
    columns.push("Covered share");
    header(out, &columns);
    for f in &v.frameworks {
        let mut cells = vec![escape(&f.title), escape(&f.certification_status)];
        cells.extend(counts.iter().map(|(_, count)| count(&f.counts).to_string()));
        cells.push(format!(
            "`{}` {}%",
            bar(f.percent_covered),
            f.percent_covered
        ));
        row(out, &cells);
    }
}

/// Names the catalogue's frameworks that are out of scope, so a reader knows they
/// were not checked rather than met.
pub(super) fn not_in_scope(out: &mut String, v: &View) {
    if !v.other_frameworks.is_empty() {
        let names: Vec<String> = v
            .other_frameworks
            .iter()
            .map(|f| escape(&f.title))
            .collect();
        let _ = writeln!(out, "Not in scope, so not checked: {}.\n", names.join("; "));
    }
}

/// Renders the Markdown report.
pub fn render(report: &Report) -> String {
    let v: View = view(report);
    let mut out = String::new();
    let e = escape;
    let _ = writeln!(out, "# {}: AI management system report\n", e(&v.title));
    let _ = writeln!(
        out,
        "As of **{}** · workspace `{}` · {}\n",
        v.as_of,
        v.workspace.replace('`', "'"),
        v.generator
    );

    certification_status(&mut out, &v);

    coverage_table(
        &mut out,
        &v,
        &[
            ("Covered", |c| c.covered),
            ("Partial", |c| c.partial),
            ("Mapped", |c| c.mapped),
            ("Excluded", |c| c.excluded),
            ("N/A", |c| c.not_applicable),
            ("Gaps", |c| c.gap),
        ],
    );
    if !v.frameworks.is_empty() {
        out.push('\n');
    }
    for f in &v.frameworks {
        let _ = writeln!(
            out,
            "<details><summary>{}: requirements by state</summary>\n\n{}\n",
            e(&f.title),
            e(&f.assurance)
        );
        // A framework without groups (Cyber Essentials' five themes) has no group table.
        if !f.groups.is_empty() {
            header(
                &mut out,
                &["Group", "Covered", "Partial", "Mapped", "Excluded", "Gaps"],
            );
        }
        for g in &f.groups {
            let indent = "&nbsp;&nbsp;".repeat(g.depth);
            let c = &g.counts;
            row(
                &mut out,
                &[
                    format!("{indent}{} {}", e(&g.id), e(&g.title)),
                    c.covered.to_string(),
                    c.partial.to_string(),
                    c.mapped.to_string(),
                    c.excluded.to_string(),
                    c.gap.to_string(),
                ],
            );
        }
        if !f.groups.is_empty() {
            out.push('\n');
        }
        header(
            &mut out,
            &[
                "Requirement",
                "Title",
                "State",
                "Controls",
                "Evidence",
                "Notes",
            ],
        );
        for r in &f.requirements {
            row(
                &mut out,
                &[
                    e(&r.id),
                    e(&r.title),
                    r.state_label.clone(),
                    e(&r.controls),
                    e(&r.evidence),
                    e(&r.note),
                ],
            );
        }
        out.push_str("\n</details>\n\n");
    }
    not_in_scope(&mut out, &v);

    out.push_str("## Statement of Applicability\n\n");
    if v.soa.is_empty() {
        out.push_str("No ISO/IEC framework with Annex A controls is in scope.\n\n");
    }
    for s in &v.soa {
        let _ = writeln!(
            out,
            "<details><summary>{}: {} included, {} excluded</summary>\n",
            e(&s.title),
            s.included,
            s.excluded
        );
        header(
            &mut out,
            &[
                "Control",
                "Title",
                "Applicability",
                "Justification",
                "Implementation",
                "Approved by",
            ],
        );
        for r in &s.rows {
            row(
                &mut out,
                &[
                    e(&r.id),
                    e(&r.title),
                    r.applicability.clone(),
                    e(&r.justification),
                    e(&r.implementation),
                    e(&r.approved_by),
                ],
            );
        }
        out.push_str("\n</details>\n\n");
    }

    out.push_str("## Risk register\n\n");
    if let Some(appetite) = &v.risk_appetite {
        let _ = writeln!(out, "Risk appetite: **{}**.\n", e(appetite));
    }
    out.push_str("Inherent risk (number of risks; likelihood down, impact across):\n\n");
    heat_map(&mut out, &v.inherent_heat_map);
    if v.residual_placed > 0 {
        let _ = writeln!(
            out,
            "\nResidual risk after treatment (number of risks; likelihood down, impact across{}):\n",
            if v.risk_appetite.is_some() {
                "; \u{2020} above the appetite"
            } else {
                ""
            }
        );
        heat_map(&mut out, &v.residual_heat_map);
    }
    if !v.residual_note.is_empty() {
        let _ = writeln!(out, "\n{}", e(&v.residual_note));
    }
    if v.residual_by_level > 0 {
        out.push_str("\nResidual risk by level: ");
        let levels: Vec<String> = v
            .residual_levels
            .iter()
            .map(|l| {
                format!(
                    "{} {}{}",
                    l.count,
                    l.level,
                    if l.above_appetite && l.count > 0 {
                        " (above appetite)"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        let _ = writeln!(out, "{}.", levels.join(", "));
    }
    out.push('\n');
    if !v.risks.is_empty() {
        header(
            &mut out,
            &[
                "Risk",
                "System",
                "Likelihood × impact",
                "Inherent",
                "Residual",
                "Treatment",
                "Controls",
                "Accepted",
            ],
        );
        for r in &v.risks {
            let mut residual = e(&r.residual);
            if !r.residual_score.is_empty() {
                residual.push_str(&format!(
                    " ({}: {} × {})",
                    r.residual_score,
                    e(&r.residual_likelihood),
                    e(&r.residual_impact)
                ));
            }
            if r.above_appetite {
                residual.push_str(" (above appetite)");
            }
            row(
                &mut out,
                &[
                    e(title_or_name(&r.title, &r.name)),
                    e(&r.system),
                    format!("{} × {}", e(&r.likelihood), e(&r.impact)),
                    format!("{} ({})", e(&r.inherent_level), r.inherent_score),
                    residual,
                    e(&r.treatment),
                    e(&r.controls),
                    e(&r.accepted),
                ],
            );
        }
        out.push('\n');
    }

    out.push_str("## Evidence freshness\n\n");
    let _ = writeln!(
        out,
        "{} stale; {} go stale in the next {} days.\n",
        v.evidence_stale, v.evidence_due, v.freshness_window_days
    );
    if !v.evidence.is_empty() {
        header(
            &mut out,
            &["Evidence", "Dated", "Freshness", "Where", "Backs"],
        );
        for r in &v.evidence {
            row(
                &mut out,
                &[
                    e(title_or_name(&r.title, &r.name)),
                    e(&r.date),
                    e(&r.freshness_label),
                    e(&r.location),
                    e(&r.cited_by),
                ],
            );
        }
        out.push('\n');
    }

    super::management::markdown(report, &mut out);

    out.push_str("## AI system inventory\n\n");
    if v.systems.is_empty() {
        out.push_str("No AI systems are recorded.\n\n");
    } else {
        header(
            &mut out,
            &[
                "System",
                "Lifecycle",
                "EU AI Act",
                "Impact assessment",
                "Risks",
            ],
        );
        for s in &v.systems {
            let ia = if s.assessment_overdue {
                format!("{} (overdue)", e(&s.impact_assessment))
            } else {
                e(&s.impact_assessment)
            };
            row(
                &mut out,
                &[
                    e(title_or_name(&s.title, &s.name)),
                    e(&s.lifecycle),
                    e(&s.eu_ai_act),
                    ia,
                    e(&s.risks),
                ],
            );
        }
        out.push('\n');
    }

    out.push_str("## Checks\n\n");
    let d = &v.diagnostics;
    let _ = writeln!(out, "{} errors, {} warnings.\n", d.errors, d.warnings);
    if !d.by_code.is_empty() {
        header(&mut out, &["Check", "Count", "What it means"]);
        for c in &d.by_code {
            row(
                &mut out,
                &[format!("`{}`", c.code), c.count.to_string(), e(&c.summary)],
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_table_syntax() {
        assert_eq!(
            escape("<script>a|b</script> *x* [l](u)"),
            "&lt;script&gt;a\\|b&lt;/script&gt; \\*x\\* \\[l\\](u)"
        );
    }
}
