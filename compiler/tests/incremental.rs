//! Proves that salsa reuses work across edits: editing a string inside one
//! declaration re-parses that file but does not re-run the checks of other files.

use std::sync::{Arc, Mutex};

use aims::config::Settings;
use aims::db::{Origin, RootDatabase, SourceFile, Workspace};
use aims::queries;
use salsa::Setter;

const A: &str = r#"role ciso "CISO" { holder: "Tom Reid" }
control fairness "Fairness testing" {
  owner: ciso
  status: planned
  satisfies: [iso42001.A.6.2.4]
}
"#;

const B: &str = r#"system triage "Triage" {
  owner: ciso
  lifecycle: production
  purpose: "Prioritises referrals."
}
"#;

/// Names of the queries salsa executed, with the file they ran for.
fn executed(log: &Mutex<Vec<String>>) -> Vec<String> {
    std::mem::take(&mut *log.lock().unwrap())
}

#[test]
fn editing_a_string_does_not_recheck_other_files() {
    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = log.clone();
    let mut db = RootDatabase::with_event_callback(Box::new(move |event| {
        if let salsa::EventKind::WillExecute { database_key } = event.kind {
            sink.lock().unwrap().push(format!("{database_key:?}"));
        }
    }));
    let a = SourceFile::new(&db, "a.aims".into(), A.into(), Origin::Spec);
    let b = SourceFile::new(&db, "b.aims".into(), B.into(), Origin::Spec);
    let mut files: Vec<SourceFile> = aims::catalog::BUILTIN_FILES
        .iter()
        .map(|(p, t)| SourceFile::new(&db, (*p).into(), (*t).into(), Origin::Builtin))
        .collect();
    files.extend([a, b]);
    let workspace = Workspace::new(
        &db,
        files,
        Settings::new(jiff::civil::date(2026, 11, 28)),
        None,
    );

    let first = queries::all_diagnostics(&db, workspace).clone();
    assert!(
        first.iter().all(|d| d.code.name() != "syntax-error"),
        "{first:?}"
    );
    let ran = executed(&log);
    assert!(ran.iter().any(|q| q.starts_with("check_file")), "{ran:?}");

    // Edit a string inside the control in a.aims: the text grows, so every offset
    // after it moves.
    a.set_text(&mut db)
        .to(A.replace("Fairness testing", "Pre-release fairness testing"));
    let second = queries::all_diagnostics(&db, workspace).clone();
    let ran = executed(&log);

    let check_file_runs: Vec<&String> = ran
        .iter()
        .filter(|q| q.starts_with("check_file("))
        .collect();
    assert_eq!(
        check_file_runs.len(),
        1,
        "only a.aims is re-checked: {ran:?}"
    );
    assert!(
        ran.iter().any(|q| q.starts_with("parse(")),
        "a.aims is re-parsed: {ran:?}"
    );
    for summary in ["symbol_table(", "catalogue(", "referenced_names("] {
        assert!(
            !ran.iter().any(|q| q.starts_with(summary)),
            "{summary} was reused: {ran:?}"
        );
    }
    assert_eq!(first.len(), second.len());

    // Renaming the role, by contrast, changes the namespace and re-checks b.aims,
    // whose `owner: ciso` no longer resolves.
    a.set_text(&mut db)
        .to(A.replace("role ciso", "role security_lead"));
    let third = queries::all_diagnostics(&db, workspace).clone();
    let ran = executed(&log);
    assert!(
        ran.iter().filter(|q| q.starts_with("check_file(")).count() >= 2,
        "{ran:?}"
    );
    assert!(
        third
            .iter()
            .any(|d| d.code.name() == "undefined-name" && d.location.file == "b.aims")
    );
}

/// What an editor shows at once after an edit: the edited file's own diagnostics,
/// which need no whole-workspace rule (no `model`, `coverage` or
/// `workspace_diagnostics`), and which with the workspace-wide part make up exactly
/// what `all_diagnostics` reports.
#[test]
fn a_files_own_diagnostics_run_no_workspace_rule() {
    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = log.clone();
    let mut db = RootDatabase::with_event_callback(Box::new(move |event| {
        if let salsa::EventKind::WillExecute { database_key } = event.kind {
            sink.lock().unwrap().push(format!("{database_key:?}"));
        }
    }));
    let a = SourceFile::new(&db, "a.aims".into(), A.into(), Origin::Spec);
    let b = SourceFile::new(&db, "b.aims".into(), B.into(), Origin::Spec);
    let mut files: Vec<SourceFile> = aims::catalog::BUILTIN_FILES
        .iter()
        .map(|(p, t)| SourceFile::new(&db, (*p).into(), (*t).into(), Origin::Builtin))
        .collect();
    files.extend([a, b]);
    let workspace = Workspace::new(
        &db,
        files,
        Settings::new(jiff::civil::date(2026, 11, 28)),
        None,
    );
    queries::all_diagnostics(&db, workspace);
    executed(&log);

    // A typo that leaves an undefined owner: the file's own diagnostics show it…
    a.set_text(&mut db)
        .to(A.replace("owner: ciso", "owner: cisp"));
    let own = queries::file_diagnostics(&db, a).clone();
    assert!(
        own.iter().any(|d| d.code.name() == "undefined-name"),
        "{own:?}"
    );
    // …without running a rule that reads the whole workspace.
    let ran = executed(&log);
    assert!(ran.iter().any(|q| q.starts_with("check_file(")), "{ran:?}");
    for wide in ["model(", "coverage(", "workspace_diagnostics("] {
        assert!(
            !ran.iter().any(|q| q.starts_with(wide)),
            "{wide} ran for one file's diagnostics: {ran:?}"
        );
    }

    // Own diagnostics of every file plus the workspace-wide ones are all of them.
    let mut parts: Vec<_> = [a, b]
        .iter()
        .flat_map(|f| queries::file_diagnostics(&db, *f).clone())
        .collect();
    parts.extend(
        queries::workspace_wide_diagnostics(&db, workspace)
            .iter()
            .cloned(),
    );
    aims::diagnostics::sort(&mut parts);
    let all = queries::all_diagnostics(&db, workspace).clone();
    assert_eq!(parts, all);
    assert!(
        all.iter()
            .any(|d| d.location.file == "a.aims" && d.code.name() == "undefined-name")
    );
}
