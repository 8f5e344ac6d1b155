//! Evidence behind controls, the checks that need no file system:
//!
//! - `implemented-without-evidence`: a control `implemented` with no evidence.
//! - `evidence-stale`: `date` + `valid_for` before the as-of date.
//! - `invalid-value`: a `sha256` that is not 64 hexadecimal digits.
//! - `path-outside-workspace`: an evidence or publication path that leaves the root
//!   as written (`..` past the root, or an absolute path).
//!
//! Whether files exist, match their hashes, or are symbolic links out of the
//! workspace is decided by `rules::disk`, outside salsa.

use jiff::civil::Date;

use crate::diagnostics::{Code, Diagnostic};
use crate::paths::resolve_relative;
use crate::semantic::evidence;
use crate::semantic::model::Decl;
use crate::semantic::values::Duration;
use crate::semantic::workspace_rules::WorkspaceContext;
use crate::syntax::ast::ValueKind;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    implemented_without_evidence(cx, out);
    for decl in cx.model.of_kind("evidence") {
        stale(cx, decl, out);
        sha256_format(decl, out);
    }
    paths_outside(cx, out);
}

/// When a piece of evidence stops being current, as `semantic::evidence` decides it
/// for coverage too: the last day it is current is `date + valid_for`; on the day
/// after, it is stale. `None` when it never expires (no `valid_for`) or its dates
/// cannot be read.
pub fn current_until(decl: &Decl) -> Option<(Date, Date, Duration)> {
    let item = &decl.item;
    Some((
        evidence::evidence_date(item)?,
        evidence::evidence_expires_on(item)?,
        evidence::evidence_valid_for(item)?,
    ))
}

fn implemented_without_evidence(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for control in cx.model.of_kind("control") {
        let Some(status) = control.item.field("status") else {
            continue;
        };
        if status.value.as_ident() != Some("implemented") {
            continue;
        }
        let has_evidence = control
            .item
            .field("evidence")
            .is_some_and(|f| !f.value.elements().is_empty());
        if !has_evidence {
            out.push(
                Diagnostic::new(
                    Code::ImplementedWithoutEvidence,
                    &control.file,
                    status.value.range,
                    format!(
                        "the control `{}` is marked implemented, but no evidence shows that it operates",
                        control.name()
                    ),
                )
                .with_help("add `evidence: [name]` naming an `evidence` record (a test report, a log, a signed policy), or change the status to `in_progress`"),
            );
        }
    }
}

fn stale(cx: &WorkspaceContext<'_>, decl: &Decl, out: &mut Vec<Diagnostic>) {
    let as_of = cx.settings.as_of;
    let Some((date, until, valid_for)) = current_until(decl) else {
        return;
    };
    if until >= as_of {
        return;
    }
    let range = decl
        .item
        .field("valid_for")
        .map_or(decl.item.name_range(), |f| f.value.range);
    // Severity follows claim strength: stale evidence behind an achieved
    // certification or attestation undermines a claim already made.
    let backing = crate::semantic::rules::claims::claims(cx.model).find(|c| {
        c.status_word() == Some(crate::semantic::rules::claims::Status::Achieved)
            && c.decl.item.field("evidence").is_some_and(|f| {
                f.value
                    .elements()
                    .iter()
                    .any(|v| v.as_ident() == Some(decl.name()))
            })
    });
    let mut diagnostic = Diagnostic::new(
        Code::EvidenceStale,
        &decl.file,
        range,
        format!(
            "the evidence `{}` is stale: dated {date} and valid for {valid_for}, it was current until {until} and is out of date on the as-of date {as_of}",
            decl.name()
        ),
    )
    .with_help("record fresh evidence (a new `evidence` with today's date) and point the controls at it; controls backed only by stale evidence count as partial, not covered");
    if let Some(claim) = backing {
        diagnostic = diagnostic
            .with_severity(crate::diagnostics::Severity::Error)
            .with_label(
                &claim.decl.file,
                claim.decl.item.name_range(),
                format!("it backs `{}`, which is achieved", claim.decl.name()),
            );
    }
    out.push(diagnostic);
}

fn sha256_format(decl: &Decl, out: &mut Vec<Diagnostic>) {
    let Some(field) = decl.item.field("sha256") else {
        return;
    };
    let Some(text) = field.value.as_str() else {
        return;
    };
    if is_sha256(text) {
        return;
    }
    out.push(
        Diagnostic::new(
            Code::InvalidValue,
            &decl.file,
            field.value.range,
            format!(
                "`sha256` must be 64 hexadecimal digits, but this is {} character{} long{}",
                text.chars().count(),
                if text.chars().count() == 1 { "" } else { "s" },
                if text.chars().all(|c| c.is_ascii_hexdigit()) { "" } else { " and not all hexadecimal" }
            ),
        )
        .with_help("compute it with `sha256sum FILE` (or `shasum -a 256 FILE`) and paste the 64-digit hash"),
    );
}

/// Whether `text` is a SHA-256 written as 64 hexadecimal digits (either case).
pub fn is_sha256(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The declarations whose `file` is a path in the workspace: evidence and
/// publications, with the path's field.
pub fn file_fields(
    model: &crate::semantic::model::Model,
) -> impl Iterator<Item = (&Decl, &crate::syntax::ast::Field)> {
    model
        .of_kinds(&["evidence", "publication"])
        .filter_map(|d| Some((d, d.item.field("file")?)))
        .filter(|(_, f)| matches!(f.value.kind, ValueKind::Str(_)))
}

fn paths_outside(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for (decl, field) in file_fields(cx.model) {
        let Some(path) = field.value.as_str() else {
            continue;
        };
        if resolve_relative(&decl.file, path).is_some() {
            continue;
        }
        let why = if path.starts_with('/')
            || path.starts_with('\\')
            || std::path::Path::new(path).is_absolute()
        {
            "it is an absolute path"
        } else {
            "its `..` steps go above the workspace root"
        };
        out.push(
            Diagnostic::new(
                Code::PathOutsideWorkspace,
                &decl.file,
                field.value.range,
                format!("the {} `{}` names `{path}`, which is outside the workspace: {why}", decl.kind(), decl.name()),
            )
            .with_help(format!(
                "paths are relative to this file (`{}`) and must stay inside the workspace, so that the spec and its evidence travel together; copy the file into the workspace",
                decl.file
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Code;
    use crate::semantic::rules::testing::{check, lines, text_at};

    const CONTROL: &str = "role ciso {}\ncontrol fairness { owner: ciso, status: STATUS, satisfies: [iso42001.A.6.2.4] EVIDENCE }\n";

    fn control(status: &str, evidence: &str) -> String {
        CONTROL
            .replace("STATUS", status)
            .replace("EVIDENCE", evidence)
    }

    #[test]
    fn implemented_needs_evidence() {
        let bare = control("implemented", "");
        let found = check(&bare, "2026-11-28", &[Code::ImplementedWithoutEvidence]);
        assert_eq!(
            lines(&found),
            [
                "error implemented-without-evidence: the control `fairness` is marked implemented, but no evidence shows that it operates"
            ]
        );
        assert_eq!(text_at(&bare, &found[0]), "implemented");
        assert_eq!(
            check(
                &control("implemented", ", evidence: []"),
                "2026-11-28",
                &[Code::ImplementedWithoutEvidence]
            )
            .len(),
            1
        );
        let backed = control("implemented", ", evidence: [report]")
            + "evidence report { date: 2026-09-30 }\n";
        assert!(check(&backed, "2026-11-28", &[Code::ImplementedWithoutEvidence]).is_empty());
        assert!(
            check(
                &control("in_progress", ""),
                "2026-11-28",
                &[Code::ImplementedWithoutEvidence]
            )
            .is_empty()
        );
    }

    #[test]
    fn stale_evidence_boundaries() {
        // 2026-03-31 + 6 months = 2026-09-30, its last current day.
        let spec = "evidence report { date: 2026-03-31, valid_for: 6 months }\n";
        assert!(check(spec, "2026-09-30", &[Code::EvidenceStale]).is_empty());
        let found = check(spec, "2026-10-01", &[Code::EvidenceStale]);
        assert_eq!(
            lines(&found),
            [
                "warning evidence-stale: the evidence `report` is stale: dated 2026-03-31 and valid for 6 months, it was current until 2026-09-30 and is out of date on the as-of date 2026-10-01"
            ]
        );
        assert_eq!(text_at(spec, &found[0]), "6 months");
        // Behind an achieved certification, the same staleness is an error.
        let certified = format!(
            "{spec}certification ce {{ framework: cyber_essentials, status: achieved, certificate: \"C\", body: \"B\", issued: 2026-03-01, expires: 2027-02-28, evidence: [report] }}\n"
        );
        let found = check(&certified, "2026-10-01", &[Code::EvidenceStale]);
        assert_eq!(found[0].severity, crate::diagnostics::Severity::Error);
        assert_eq!(
            found[0].labels[0].message,
            "it backs `ce`, which is achieved"
        );
        // Without `valid_for`, evidence does not go stale.
        assert!(
            check(
                "evidence report { date: 2020-01-01 }\n",
                "2026-10-01",
                &[Code::EvidenceStale]
            )
            .is_empty()
        );
    }

    #[test]
    fn sha256_must_be_64_hex_digits() {
        let good = format!(
            "evidence r {{ date: 2026-01-01, sha256: \"{}\" }}\n",
            "A".repeat(64)
        );
        assert!(check(&good, "2026-11-28", &[Code::InvalidValue]).is_empty());
        let short = "evidence r { date: 2026-01-01, sha256: \"abc\" }\n";
        assert_eq!(
            lines(&check(short, "2026-11-28", &[Code::InvalidValue])),
            [
                "error invalid-value: `sha256` must be 64 hexadecimal digits, but this is 3 characters long"
            ]
        );
        let not_hex = format!(
            "evidence r {{ date: 2026-01-01, sha256: \"{}\" }}\n",
            "g".repeat(64)
        );
        assert_eq!(
            lines(&check(&not_hex, "2026-11-28", &[Code::InvalidValue])),
            [
                "error invalid-value: `sha256` must be 64 hexadecimal digits, but this is 64 characters long and not all hexadecimal"
            ]
        );
    }

    #[test]
    fn paths_leaving_the_root_as_written() {
        let spec = "evidence a { date: 2026-01-01, file: \"../secrets.pdf\" }\nevidence b { date: 2026-01-01, file: \"/etc/passwd\" }\nevidence c { date: 2026-01-01, file: \"docs/../ok.pdf\" }\npublication site { file: \"../../site/trust.md\" }\n";
        let found = check(spec, "2026-11-28", &[Code::PathOutsideWorkspace]);
        assert_eq!(
            lines(&found),
            [
                "error path-outside-workspace: the evidence `a` names `../secrets.pdf`, which is outside the workspace: its `..` steps go above the workspace root",
                "error path-outside-workspace: the evidence `b` names `/etc/passwd`, which is outside the workspace: it is an absolute path",
                "error path-outside-workspace: the publication `site` names `../../site/trust.md`, which is outside the workspace: its `..` steps go above the workspace root",
            ]
        );
        assert_eq!(text_at(spec, &found[0]), "\"../secrets.pdf\"");
    }
}
