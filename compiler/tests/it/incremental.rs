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
        Fixture::with_root(a_text, b_text, None)
    }

    /// Like `new`, with a root folder on disk, for the checks that read it.
    fn with_root(a_text: &str, b_text: &str, root: Option<std::path::PathBuf>) -> Fixture {
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
            root,
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
/// which need no whole-workspace rule (no `summary`, `coverage` or rule query), and which with the workspace-wide part make up exactly
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
        "declaration_rule_diagnostics(",
        "coverage_rule_diagnostics(",
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
const WORKSPACE_RULES: [&str; 4] = [
    "summary(",
    "coverage(",
    "declaration_rule_diagnostics(",
    "coverage_rule_diagnostics(",
];

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
/// still point at the right text; an edit to a value the rules read does re-run them
/// (a `satisfies` edit has its own test below).
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
    // Coverage reads the declarations too (systems, exclusions, records), so each
    // framework's coverage is computed again; this edit leaves them all equal.
    for query in [
        "summary(",
        "declaration_rule_diagnostics(",
        "framework_coverage(",
    ] {
        assert!(
            ran_any(&ran, query),
            "{query} re-ran after a `purpose` edit: {ran:?}"
        );
    }
}

/// The key salsa's events give the coverage query of one framework.
fn framework_coverage_run(db: &RootDatabase, framework: &str) -> String {
    use salsa::plumbing::AsId;
    let key = queries::FrameworkKey::new(db, framework.to_owned());
    format!("framework_coverage({:?})", key.as_id())
}

/// The frameworks a crosswalk links to `framework`, and the framework itself.
fn crosswalked_with(db: &RootDatabase, workspace: Workspace, framework: &str) -> Vec<String> {
    let mut linked = vec![framework.to_owned()];
    for crosswalk in &queries::catalogue(db, workspace).crosswalks {
        for (one, other) in [
            (&crosswalk.from, &crosswalk.to),
            (&crosswalk.to, &crosswalk.from),
        ] {
            if one == framework && !linked.contains(other) {
                linked.push(other.clone());
            }
        }
    }
    linked
}

/// A `satisfies` edit re-runs the coverage of the framework it names (and of the
/// frameworks a crosswalk links to it, when the requirement's state changed), the
/// rules that read coverage, and nothing that reads only declarations; an edit that
/// leaves coverage equal stops there, backdated.
#[test]
fn a_satisfies_edit_recomputes_only_the_coverage_it_touches() {
    let Fixture {
        log,
        mut db,
        a,
        workspace,
        ..
    } = Fixture::new(A, B);
    queries::all_diagnostics(&db, workspace);
    let cold = executed(&log);
    let frameworks = queries::catalogue(&db, workspace).frameworks.len();
    let cold_coverages = cold
        .iter()
        .filter(|q| q.starts_with("framework_coverage("))
        .count();
    assert_eq!(cold_coverages, frameworks, "one per framework: {cold:?}");
    let iso42001 = framework_coverage_run(&db, "iso42001");
    assert!(cold.contains(&iso42001), "{iso42001}: {cold:?}");
    // Some frameworks share no crosswalk with ISO/IEC 42001, so the assertion below
    // that they are not recomputed has something to check.
    let linked = crosswalked_with(&db, workspace, "iso42001");
    let unlinked: Vec<String> = queries::catalogue(&db, workspace)
        .frameworks
        .keys()
        .filter(|f| !linked.contains(f))
        .cloned()
        .collect();
    assert!(!unlinked.is_empty(), "{linked:?}");

    // A new requirement in the control's `satisfies` list.
    let added = A.replace(
        "satisfies: [iso42001.A.6.2.4]",
        "satisfies: [iso42001.A.6.2.4, iso42001.A.6.2.5]",
    );
    a.set_text(&mut db).to(added.clone());
    queries::all_diagnostics(&db, workspace);
    let ran = executed(&log);
    assert!(ran.contains(&iso42001), "{ran:?}");
    for query in ["coverage(", "coverage_rule_diagnostics("] {
        assert!(ran_any(&ran, query), "{query} re-ran: {ran:?}");
    }
    for query in [
        "summary(",
        "declaration_rule_diagnostics(",
        "evidence_currency(",
    ] {
        assert!(
            !ran_any(&ran, query),
            "{query} reads no `satisfies` list, yet re-ran: {ran:?}"
        );
    }
    for framework in &unlinked {
        let run = framework_coverage_run(&db, framework);
        assert!(
            !ran.contains(&run),
            "the coverage of {framework} re-ran: {ran:?}"
        );
    }
    let requirement = queries::coverage(&db, workspace)
        .requirement("iso42001.A.6.2.5")
        .cloned()
        .unwrap();
    assert_eq!(requirement.controls[0].name, "fairness");

    // Naming the same requirement twice changes no coverage: the framework's coverage
    // is computed again, found equal, and nothing after it re-runs.
    a.set_text(&mut db)
        .to(added.replace("iso42001.A.6.2.5]", "iso42001.A.6.2.5, iso42001.A.6.2.4]"));
    queries::all_diagnostics(&db, workspace);
    let ran = executed(&log);
    assert!(ran.contains(&iso42001), "{ran:?}");
    for query in ["coverage(", "coverage_rule_diagnostics(", "summary("] {
        assert!(
            !ran_any(&ran, query),
            "{query} re-ran although coverage is equal: {ran:?}"
        );
    }
}

/// The disk checks run on every request, outside salsa, but the declarations they
/// visit (those naming a file) are memoised: a `satisfies` edit finds them again
/// without re-reading the summary, and an edit that names a file is seen at once.
#[test]
fn the_disk_checks_reuse_the_declarations_that_name_files() {
    let root = tempfile::tempdir().unwrap();
    let evidence = "evidence report { date: 2026-09-30 }\n";
    let Fixture {
        log,
        mut db,
        a,
        b,
        workspace,
    } = Fixture::with_root(A, &format!("{B}{evidence}"), Some(root.path().to_owned()));
    queries::all_diagnostics(&db, workspace);
    assert!(queries::disk_diagnostics(&db, workspace).is_empty());
    let cold = executed(&log);
    assert!(ran_any(&cold, "declarations_naming_files("), "{cold:?}");

    a.set_text(&mut db).to(A.replace(
        "satisfies: [iso42001.A.6.2.4]",
        "satisfies: [iso42001.A.6.2.4, iso42001.A.6.2.5]",
    ));
    queries::all_diagnostics(&db, workspace);
    assert!(queries::disk_diagnostics(&db, workspace).is_empty());
    let ran = executed(&log);
    assert!(ran_any(&ran, "coverage("), "{ran:?}");
    assert!(
        !ran_any(&ran, "declarations_naming_files("),
        "a `satisfies` edit names no file, yet the disk checks' declarations were found again: {ran:?}"
    );

    b.set_text(&mut db).to(format!(
        "{B}{}",
        evidence.replace(
            "date: 2026-09-30",
            "date: 2026-09-30, file: \"evidence/gone.pdf\""
        )
    ));
    let found = queries::disk_diagnostics(&db, workspace);
    assert!(ran_any(&executed(&log), "declarations_naming_files("));
    assert_eq!(
        found.iter().map(|d| d.code.name()).collect::<Vec<_>>(),
        ["evidence-missing"],
        "{found:?}"
    );
    let range = found[0].location.range.range();
    assert_eq!(&b.text(&db)[range], "\"evidence/gone.pdf\"");
}
