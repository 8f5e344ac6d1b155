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

/// A database of the built-in catalogues and two spec files, `a.aims` and
/// `b.aims`, that logs every query salsa executes.
struct Fixture {
    log: Arc<Mutex<Vec<String>>>,
    db: RootDatabase,
    a: SourceFile,
    b: SourceFile,
    workspace: Workspace,
}

impl Fixture {
    fn new(a_text: &str, b_text: &str) -> Fixture {
        let log: Arc<Mutex<Vec<String>>> = Arc::default();
        let sink = log.clone();
        let db = RootDatabase::with_event_callback(Box::new(move |event| {
            if let salsa::EventKind::WillExecute { database_key } = event.kind {
                sink.lock().unwrap().push(format!("{database_key:?}"));
            }
        }));
        let a = SourceFile::new(&db, "a.aims".into(), a_text.into(), Origin::Spec);
        let b = SourceFile::new(&db, "b.aims".into(), b_text.into(), Origin::Spec);
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
        Fixture {
            log,
            db,
            a,
            b,
            workspace,
        }
    }
}

#[test]
fn editing_a_string_does_not_recheck_other_files() {
    let Fixture {
        log,
        mut db,
        a,
        workspace,
        ..
    } = Fixture::new(A, B);

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
/// which need no whole-workspace rule (no `summary`, `coverage` or
/// `workspace_rule_diagnostics`), and which with the workspace-wide part make up exactly
/// what `all_diagnostics` reports.
#[test]
fn a_files_own_diagnostics_run_no_workspace_rule() {
    let Fixture {
        log,
        mut db,
        a,
        b,
        workspace,
    } = Fixture::new(A, B);
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
    for wide in [
        "summary(",
        "model(",
        "coverage(",
        "workspace_rule_diagnostics(",
    ] {
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

/// The queries whole-workspace rules and coverage run as, by the names salsa's
/// events give them. A query whose name merely ends in one of these (such as
/// `file_summary`) is a different query.
const WORKSPACE_RULES: [&str; 3] = ["summary(", "coverage(", "workspace_rule_diagnostics("];

fn ran_any(ran: &[String], query: &str) -> bool {
    ran.iter().any(|q| q.starts_with(query))
}

/// The text each workspace-wide diagnostic points at, with its code.
fn wide_at(db: &RootDatabase, workspace: Workspace, file: SourceFile) -> Vec<(String, String)> {
    let text = file.text(db);
    queries::workspace_wide_diagnostics(db, workspace)
        .iter()
        .filter(|d| &d.location.file == file.path(db))
        .map(|d| {
            (
                d.code.name().to_owned(),
                text[d.location.range.range()].to_owned(),
            )
        })
        .collect()
}

/// The whole-workspace rules read a position-free summary: a whitespace edit and an
/// edit inside a title re-run no rule and no coverage, while their diagnostics
/// still point at the right text; an edit to a value the rules read, or a new
/// `satisfies` entry, does re-run them.
#[test]
fn only_edits_to_what_the_rules_read_rerun_workspace_rules() {
    let Fixture {
        log,
        mut db,
        a,
        b,
        workspace,
    } = Fixture::new(A, B);
    queries::all_diagnostics(&db, workspace);
    let cold = executed(&log);
    for query in WORKSPACE_RULES
        .iter()
        .chain(&["file_summary(", "file_positions("])
    {
        assert!(
            ran_any(&cold, query),
            "{query} runs on a cold check: {cold:?}"
        );
    }
    // The triage system has no risk: a workspace rule reports it at its name.
    let before = wide_at(&db, workspace, b);
    assert!(
        before.contains(&("system-without-risk".into(), "triage".into())),
        "{before:?}"
    );

    // Blank lines and a comment above the system, and spaces inside it: every offset
    // moves.
    let moved = format!(
        "// Systems\n\n\n{}",
        B.replace("owner: ciso", "owner:     ciso")
    );
    b.set_text(&mut db).to(moved);
    queries::all_diagnostics(&db, workspace);
    let ran = executed(&log);
    assert!(
        ran_any(&ran, "file_summary("),
        "b.aims is summarised again: {ran:?}"
    );
    for query in WORKSPACE_RULES {
        assert!(
            !ran_any(&ran, query),
            "{query} re-ran after a whitespace edit: {ran:?}"
        );
    }
    assert_eq!(
        wide_at(&db, workspace, b),
        before,
        "the diagnostics follow the text"
    );

    // An edit inside a title: the rules never read titles.
    a.set_text(&mut db)
        .to(A.replace("Fairness testing", "Pre-release fairness testing"));
    queries::all_diagnostics(&db, workspace);
    let ran = executed(&log);
    assert!(ran_any(&ran, "parse("), "a.aims is parsed again: {ran:?}");
    for query in WORKSPACE_RULES {
        assert!(
            !ran_any(&ran, query),
            "{query} re-ran after a title edit: {ran:?}"
        );
    }

    // An edit inside a string the rules do read (the system's purpose is a field
    // value like any other) re-runs them.
    b.set_text(&mut db)
        .to(B.replace("Prioritises referrals.", "Prioritises urgent referrals."));
    queries::all_diagnostics(&db, workspace);
    let ran = executed(&log);
    assert!(ran_any(&ran, "workspace_rule_diagnostics("), "{ran:?}");

    // A new `satisfies` entry changes coverage.
    a.set_text(&mut db).to(A.replace(
        "satisfies: [iso42001.A.6.2.4]",
        "satisfies: [iso42001.A.6.2.4, iso42001.A.6.2.5]",
    ));
    queries::all_diagnostics(&db, workspace);
    let ran = executed(&log);
    for query in WORKSPACE_RULES {
        assert!(
            ran_any(&ran, query),
            "{query} re-ran after a new `satisfies` entry: {ran:?}"
        );
    }
}
