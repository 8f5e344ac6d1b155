//! The diff for people: plain text for a terminal, and Markdown for a pull-request
//! comment or a CI job summary (short when nothing changed).

use super::records::{AssuranceChange, AssuranceEvent, RecordChange, RecordEvent};
use super::{
    CertificationDiff, Change, DiagnosticChanges, DiagnosticEntry, Diff, EvidenceChange,
    FrameworkDiff, Freshness, RequirementChange, RiskDiff,
};
use crate::english::sentence_case;
use crate::semantic::coverage::State;

/// The sentence printed when coverage, certifications and claims are unchanged.
pub const NO_CHANGE: &str = "no change to coverage or claims";

fn side(s: &super::Side) -> String {
    match &s.commit {
        Some(commit) if commit.starts_with(&s.revision) => commit.clone(),
        Some(commit) => format!("{} ({commit})", s.revision),
        None => s.revision.clone(),
    }
}

fn state(s: Option<State>) -> &'static str {
    match s {
        Some(State::Covered) => "covered",
        Some(State::Partial) => "partial",
        Some(State::Mapped) => "mapped",
        Some(State::Excluded) => "excluded",
        Some(State::NotApplicable) => "not applicable",
        Some(State::Gap) => "gap",
        None => "absent",
    }
}

fn opt(v: &Option<String>) -> String {
    v.as_deref()
        .map_or_else(|| "—".to_owned(), |s| s.replace('_', " "))
}

fn scope_note(f: &FrameworkDiff) -> Option<&'static str> {
    match (f.in_scope_before, f.in_scope_after) {
        (false, true) => Some("now in scope"),
        (true, false) => Some("no longer in scope"),
        _ => None,
    }
}

/// Reads one count.
type Pick = fn(&crate::report::model::Counts) -> usize;

fn counts_line(f: &FrameworkDiff) -> String {
    let get =
        |c: &Option<crate::report::model::Counts>,
         pick: fn(&crate::report::model::Counts) -> usize| { c.as_ref().map_or(0, pick) };
    let mut parts = Vec::new();
    let pairs: [(&str, Pick); 3] = [
        ("covered", |c| c.covered),
        ("partial", |c| c.partial),
        ("gaps", |c| c.gap),
    ];
    let scope_changed = f.in_scope_before != f.in_scope_after;
    for (label, pick) in pairs {
        let (b, a) = (get(&f.before, pick), get(&f.after, pick));
        if b != a {
            parts.push(format!("{label} {b} → {a}"));
        } else if scope_changed {
            parts.push(format!("{label} {a}"));
        }
    }
    parts.join(", ")
}

fn requirement(framework: &str, r: &RequirementChange) -> String {
    format!(
        "{framework}.{} {} ({} → {})",
        r.id,
        r.title,
        state(r.before),
        state(r.after)
    )
}

fn certification_line(c: &CertificationDiff) -> String {
    let head = format!("`{}` ({})", c.name, c.framework);
    match c.change {
        Change::Added => format!("{head}: added, {}", opt(&c.status_after)),
        Change::Removed => format!("{head}: removed (was {})", opt(&c.status_before)),
        Change::Changed => {
            let fields: Vec<String> = c
                .fields
                .iter()
                .map(|f| format!("{} {} → {}", f.field, opt(&f.before), opt(&f.after)))
                .collect();
            format!("{head}: {}", fields.join("; "))
        }
    }
}

fn freshness(f: &Freshness) -> &'static str {
    match f {
        Freshness::Current => "current",
        Freshness::Expiring => "expiring",
        Freshness::Stale => "stale",
    }
}

fn evidence_line(e: &EvidenceChange) -> String {
    let when = match (e.after.clone(), e.days_left, &e.expires_on) {
        (Freshness::Stale, _, Some(on)) => format!("stale: it was current until {on}"),
        (Freshness::Expiring, Some(days), Some(on)) => {
            format!(
                "goes stale after {on} (in {days} day{})",
                if days == 1 { "" } else { "s" }
            )
        }
        (f, _, _) => freshness(&f).to_owned(),
    };
    let was = e
        .before
        .as_ref()
        .map_or_else(|| "new".to_owned(), |b| format!("was {}", freshness(b)));
    format!("`{}` {when} ({was})", e.name)
}

fn risk_line(r: &RiskDiff) -> String {
    match r.change {
        Change::Added => format!(
            "`{}`: added, inherent {}, residual {}",
            r.name,
            opt(&r.inherent_after),
            opt(&r.residual_after)
        ),
        Change::Removed => format!("`{}`: removed", r.name),
        Change::Changed => {
            let mut parts = Vec::new();
            if r.inherent_before != r.inherent_after {
                parts.push(format!(
                    "inherent {} → {}",
                    opt(&r.inherent_before),
                    opt(&r.inherent_after)
                ));
            }
            if r.residual_before != r.residual_after {
                parts.push(format!(
                    "residual {} → {}",
                    opt(&r.residual_before),
                    opt(&r.residual_after)
                ));
            }
            format!("`{}`: {}", r.name, parts.join(", "))
        }
    }
}

fn record_line(r: &RecordChange) -> String {
    let kind = r.kind.replace('_', " ");
    let date = r.date.as_deref().unwrap_or("no date");
    let what = match r.event {
        RecordEvent::Added => format!("added, dated {date}"),
        RecordEvent::Removed => "removed".to_owned(),
        RecordEvent::Changed => "changed".to_owned(),
        RecordEvent::Overdue if r.kind == "nonconformity" => {
            format!("overdue: due {date} and not closed")
        }
        RecordEvent::Overdue => format!("overdue: the next one was due {date}"),
        RecordEvent::Opened => format!("opened, due {date}"),
        RecordEvent::Closed => format!("closed on {date}"),
        RecordEvent::Reopened => format!("reopened, due {date}"),
    };
    let overdue = if r.overdue && r.event != RecordEvent::Overdue {
        " (overdue)"
    } else {
        ""
    };
    format!("{kind} `{}`: {what}{overdue}", r.name)
}

fn assurance_line(a: &AssuranceChange) -> String {
    let expires = a.expires.as_deref().unwrap_or("no expiry date");
    let what = match a.event {
        AssuranceEvent::Added => format!("added, {}, expires {expires}", opt(&a.state_after)),
        AssuranceEvent::Removed => "removed".to_owned(),
        AssuranceEvent::Expired => format!("expired on {expires}"),
        AssuranceEvent::Expiring => format!("expires {expires}"),
        AssuranceEvent::Renewed => format!("renewed, now expires {expires}"),
        AssuranceEvent::Changed => format!(
            "changed ({} → {}), expires {expires}",
            opt(&a.state_before),
            opt(&a.state_after)
        ),
    };
    format!(
        "`{}` (supplier `{}`, {}): {what}",
        a.name, a.supplier, a.framework
    )
}

fn diagnostic_line(d: &DiagnosticEntry) -> String {
    format!(
        "{} {} {}:{}: {}",
        d.severity, d.code, d.file, d.line, d.message
    )
}

/// Plain text for a terminal.
pub fn human(diff: &Diff) -> String {
    let mut out = format!(
        "aims diff {} → {} (as of {})\n",
        side(&diff.base),
        side(&diff.head),
        diff.head.as_of
    );
    if !diff.coverage_or_claims_changed {
        out.push_str(&format!("\n{NO_CHANGE}\n"));
    }
    let strip = |s: String| s.replace('`', "");
    if !diff.frameworks.is_empty() {
        out.push_str("\ncoverage\n");
        for f in &diff.frameworks {
            let mut head = format!("  {}", f.framework);
            let counts = counts_line(f);
            let notes: Vec<String> = scope_note(f)
                .map(str::to_owned)
                .into_iter()
                .chain((!counts.is_empty()).then_some(counts))
                .collect();
            if !notes.is_empty() {
                head.push_str(&format!(": {}", notes.join("; ")));
            }
            out.push_str(&head);
            out.push('\n');
            for (label, list) in [
                ("newly covered", &f.newly_covered),
                ("newly partial", &f.newly_partial),
                ("newly a gap", &f.newly_gap),
                ("changed", &f.other),
            ] {
                for r in list {
                    out.push_str(&format!("    {label}: {}\n", requirement(&f.framework, r)));
                }
            }
        }
    }
    if !diff.certifications.is_empty() {
        out.push_str("\ncertifications\n");
        for c in &diff.certifications {
            out.push_str(&format!("  {}\n", strip(certification_line(c))));
        }
    }
    human_diagnostics(&mut out, "claims", &diff.claims);
    if !diff.evidence.is_empty() {
        out.push_str(&format!(
            "\nevidence stale or going stale within {} days\n",
            super::EVIDENCE_WINDOW_DAYS
        ));
        for e in &diff.evidence {
            out.push_str(&format!("  {}\n", strip(evidence_line(e))));
        }
    }
    if !diff.risks.is_empty() {
        out.push_str("\nrisks\n");
        for r in &diff.risks {
            out.push_str(&format!("  {}\n", strip(risk_line(r))));
        }
    }
    if !diff.records.is_empty() {
        out.push_str("\naudits, reviews and nonconformities\n");
        for r in &diff.records {
            out.push_str(&format!("  {}\n", strip(record_line(r))));
        }
    }
    if !diff.supplier_assurance.is_empty() {
        out.push_str("\nsupplier assurance\n");
        for a in &diff.supplier_assurance {
            out.push_str(&format!("  {}\n", strip(assurance_line(a))));
        }
    }
    human_diagnostics(&mut out, "diagnostics", &diff.diagnostics);
    out
}

fn human_diagnostics(out: &mut String, title: &str, changes: &DiagnosticChanges) {
    if changes.is_empty() {
        return;
    }
    out.push_str(&format!("\n{title}\n"));
    for d in &changes.added {
        out.push_str(&format!("  + {}\n", diagnostic_line(d)));
    }
    for d in &changes.removed {
        out.push_str(&format!("  - {}\n", diagnostic_line(d)));
    }
}

/// Escapes text for Markdown (table cells included); backticks stay, since
/// diagnostic messages quote names in them.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for c in text.chars() {
        if c == '`' {
            in_code = !in_code;
        }
        if c == '|' || (!in_code && matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#')) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`.
pub fn markdown(diff: &Diff) -> String {
    let mut out = format!(
        "### AIMS: what this change does\n\n`{}` → `{}`, as of {}.\n",
        side(&diff.base),
        side(&diff.head),
        diff.head.as_of
    );
    if diff.is_empty() {
        out.push_str(&format!("\n**{}.**\n", sentence_case(NO_CHANGE)));
        return out;
    }
    if !diff.coverage_or_claims_changed {
        out.push_str(&format!("\n**{}.**\n", sentence_case(NO_CHANGE)));
    }
    if !diff.frameworks.is_empty() {
        out.push_str("\n#### Coverage\n\n| framework | change | newly covered | newly partial | newly gaps |\n|---|---|---|---|---|\n");
        for f in &diff.frameworks {
            let change: Vec<String> = scope_note(f)
                .map(str::to_owned)
                .into_iter()
                .chain(Some(counts_line(f)).filter(|s| !s.is_empty()))
                .collect();
            let ids = |list: &[RequirementChange]| {
                if list.is_empty() {
                    "—".to_owned()
                } else {
                    list.iter()
                        .map(|r| format!("`{}`", r.id))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} |\n",
                f.framework,
                if change.is_empty() {
                    "—".to_owned()
                } else {
                    change.join("; ")
                },
                ids(&f.newly_covered),
                ids(&f.newly_partial),
                ids(&f.newly_gap)
            ));
        }
        let others: Vec<String> = diff
            .frameworks
            .iter()
            .flat_map(|f| {
                f.other
                    .iter()
                    .map(move |r| format!("- {}", md(&requirement(&f.framework, r))))
            })
            .collect();
        if !others.is_empty() {
            out.push_str("\nOther changes of state:\n\n");
            out.push_str(&others.join("\n"));
            out.push('\n');
        }
    }
    if !diff.certifications.is_empty() {
        out.push_str("\n#### Certifications\n\n");
        for c in &diff.certifications {
            out.push_str(&format!("- {}\n", certification_line(c)));
        }
    }
    markdown_diagnostics(&mut out, "Claims on published prose", &diff.claims);
    if !diff.evidence.is_empty() {
        out.push_str(&format!(
            "\n#### Evidence stale or going stale within {} days\n\n",
            super::EVIDENCE_WINDOW_DAYS
        ));
        for e in &diff.evidence {
            out.push_str(&format!("- {}\n", evidence_line(e)));
        }
    }
    if !diff.risks.is_empty() {
        out.push_str("\n#### Risks\n\n");
        for r in &diff.risks {
            out.push_str(&format!("- {}\n", risk_line(r)));
        }
    }
    if !diff.records.is_empty() {
        out.push_str("\n#### Audits, reviews and nonconformities\n\n");
        for r in &diff.records {
            out.push_str(&format!("- {}\n", record_line(r)));
        }
    }
    if !diff.supplier_assurance.is_empty() {
        out.push_str("\n#### Supplier assurance\n\n");
        for a in &diff.supplier_assurance {
            out.push_str(&format!("- {}\n", assurance_line(a)));
        }
    }
    markdown_diagnostics(&mut out, "Diagnostics", &diff.diagnostics);
    out
}

fn markdown_diagnostics(out: &mut String, title: &str, changes: &DiagnosticChanges) {
    if changes.is_empty() {
        return;
    }
    out.push_str(&format!("\n#### {title}\n\n"));
    for (sign, list) in [("new", &changes.added), ("resolved", &changes.removed)] {
        for d in list {
            out.push_str(&format!(
                "- {sign}: **{}** `{}` in `{}` line {}: {}\n",
                d.severity,
                d.code,
                d.file,
                d.line,
                md(&d.message)
            ));
        }
    }
}
