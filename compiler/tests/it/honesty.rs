//! End-to-end tests of the honest-status rules through the `aims` binary: the
//! as-of date decides what is expired, and the same inputs and date give
//! byte-identical output.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support;

use support::cli::{aims, json};
use support::json::find;
use support::paths::repo;

fn fixture(name: &str) -> PathBuf {
    repo("tests/fixtures/honesty").join(name)
}

fn codes(output: &Output) -> Vec<String> {
    let report = json(output);
    report["diagnostics"]
        .as_array()
        .expect("a diagnostics list")
        .iter()
        .map(|d| d["code"].as_str().expect("a code").to_owned())
        .collect()
}

fn check_json(dir: &Path, as_of: &str) -> Output {
    aims(&[
        "check",
        dir.to_str().unwrap(),
        "--as-of",
        as_of,
        "--format",
        "json",
    ])
}

#[test]
fn a_certificate_that_expired_yesterday_is_an_error_today_but_not_last_month() {
    let dir = fixture("expired-27001");
    let today = check_json(&dir, "2026-11-28");
    assert_eq!(today.status.code(), Some(1));
    let found = codes(&today);
    assert!(
        found.contains(&"certificate-expired".to_owned()),
        "{found:?}"
    );
    let report = json(&today);
    assert_eq!(report["as_of"], "2026-11-28");
    let expired = find(&report["diagnostics"], "code", "certificate-expired");
    assert_eq!(expired["file"], "spec.aims");
    assert_eq!(
        (expired["line"].as_u64(), expired["column"].as_u64()),
        (Some(10), Some(11))
    );

    let last_month = check_json(&dir, "2026-10-28");
    let found = codes(&last_month);
    assert!(
        !found.contains(&"certificate-expired".to_owned()),
        "{found:?}"
    );
    // A month before expiry it is within the 60-day warning window instead.
    assert!(
        found.contains(&"certificate-expiring".to_owned()),
        "{found:?}"
    );
    let report = json(&last_month);
    assert_eq!(report["as_of"], "2026-10-28");
}

#[test]
fn the_evidence_file_is_present_and_unchanged() {
    let found = codes(&check_json(&fixture("expired-27001"), "2026-10-28"));
    for code in [
        "evidence-missing",
        "evidence-hash-mismatch",
        "path-outside-workspace",
    ] {
        assert!(!found.contains(&code.to_owned()), "{code} in {found:?}");
    }
}

#[test]
fn same_inputs_and_date_give_byte_identical_output() {
    let dir = fixture("expired-27001");
    let first = check_json(&dir, "2026-11-28");
    let second = check_json(&dir, "2026-11-28");
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout);
    let human = |_: ()| aims(&["check", dir.to_str().unwrap(), "--as-of", "2026-11-28"]).stdout;
    let (a, b) = (human(()), human(()));
    assert_eq!(a, b);
    assert!(String::from_utf8(a).unwrap().contains("(as of 2026-11-28)"));
}

/// Golden tests: every fixture under `tests/fixtures/honesty/rules` names its as-of
/// date and the codes it demonstrates in its first lines (`// as-of: …`,
/// `// codes: …`); the snapshot holds those diagnostics rendered for people, so
/// positive, negative and boundary cases are all visible in one place.
#[test]
fn honesty_rule_fixtures() {
    use aims::config::Settings;
    use aims::db::Origin;
    use aims::diagnostics::Code;

    insta::glob!("../../../tests/fixtures", "honesty/rules/*.aims", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let header = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("// {key}: ")))
                .unwrap_or_else(|| panic!("{} has no `// {key}:` line", path.display()))
                .to_owned()
        };
        let as_of: jiff::civil::Date = header("as-of").parse().unwrap();
        let codes: Vec<Code> = header("codes")
            .split(", ")
            .map(|name| {
                Code::from_name(name).unwrap_or_else(|| {
                    panic!("{}: no diagnostic code named `{name}`", path.display())
                })
            })
            .collect();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let project = aims::Project::from_sources(
            Settings::new(as_of),
            None,
            vec![(name.clone(), text.clone(), Origin::Spec)],
        );
        let found: Vec<_> = project
            .diagnostics()
            .into_iter()
            .filter(|d| codes.contains(&d.code))
            .collect();
        assert!(!found.is_empty(), "{name} shows none of {codes:?}");
        let rendered = support::render::plain(&found, |p| project.source(p));
        insta::with_settings!({
            snapshot_path => "../../../tests/snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(rendered);
        });
    });
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn claim_diagnostics(output: &Output) -> Vec<serde_json::Value> {
    let report = json(output);
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"].as_str().unwrap().starts_with("claim-"))
        .cloned()
        .collect()
}

#[test]
fn an_honest_trust_page_has_no_claim_diagnostics() {
    let output = check_json(&fixture("trust-page"), "2026-11-28");
    assert_eq!(claim_diagnostics(&output), Vec::<serde_json::Value>::new());
}

#[test]
fn downgrading_the_spec_makes_the_in_progress_sentence_overstated() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("trust-page"), dir.path());
    let spec_path = dir.path().join("spec.aims");
    let spec = std::fs::read_to_string(&spec_path).unwrap();
    let downgraded = spec.replacen(
        "  status: in_progress\n  since: 2026-09-01",
        "  status: planned\n  since: 2026-09-01",
        1,
    );
    assert_ne!(spec, downgraded);
    std::fs::write(&spec_path, downgraded).unwrap();
    let output = check_json(dir.path(), "2026-11-28");
    let claims = claim_diagnostics(&output);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let d = &claims[0];
    assert_eq!(d["code"], "claim-overstated");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "site/trust.md");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(7), Some(1))
    );
    let message = d["message"].as_str().unwrap();
    assert!(
        message.contains("Cyber Essentials")
            && message.contains("in progress")
            && message.contains("planned"),
        "{message}"
    );
    assert_eq!(output.status.code(), Some(1));
}

const CLAIMS_SPEC: &str = r#"role ciso { holder: "Tom Reid" }
control firewalls { owner: ciso, status: in_progress, satisfies: [cyber_essentials.firewalls] }
certification ce { framework: cyber_essentials, status: in_progress, since: 2026-09-01, owner: ciso }
certification isms { framework: iso27001, status: planned }
certification old { framework: iso42001, status: lapsed, expires: 2026-01-31 }
publication trust { file: "site/trust.md" }
publication tender { file: "site/tender.html", ignore: [soc2] }
"#;

const TRUST_MD: &str = "# Trust\n\nWe are certified to ISO 27001.\n\nCyber Essentials is planned for next year.\n\nWe hold ISO 42001 certification.\n\nOur platform is NIST AI RMF certified.\n\nWe are compliant with ISO 27001.\n\n<!-- aims: ignore-next-line -->\nWe are ISO 27001 certified.\n\nIs your firm ISO 27001 certified?\n";

const TENDER_HTML: &str = "<html><body><p>We hold a SOC 2 Type II report.</p><p title=\"ISO 27001 certified\">Cyber Essentials certification is in progress.</p></body></html>\n";

fn claims_project(settings: aims::config::Settings) -> aims::Project {
    use aims::db::Origin;
    aims::Project::from_sources(
        settings,
        None,
        vec![
            ("spec.aims".into(), CLAIMS_SPEC.into(), Origin::Spec),
            ("site/trust.md".into(), TRUST_MD.into(), Origin::Prose),
            ("site/tender.html".into(), TENDER_HTML.into(), Origin::Prose),
        ],
    )
}

fn claim_lines(project: &aims::Project) -> Vec<String> {
    project
        .diagnostics()
        .into_iter()
        .filter(|d| d.code.name().starts_with("claim-"))
        .map(|d| {
            let index = project.line_index(&d.location.file).unwrap();
            let at = index.line_col(
                d.location.range.start as usize,
                aims::text::ColumnUnit::Char,
            );
            format!(
                "{}:{}:{} {} {}",
                d.location.file,
                at.line + 1,
                at.col + 1,
                d.code.name(),
                d.message
            )
        })
        .collect()
}

#[test]
fn published_claims_against_the_spec() {
    let project = claims_project(aims::config::Settings::new("2026-11-28".parse().unwrap()));
    assert_eq!(
        claim_lines(&project),
        [
            "site/trust.md:3:21 claim-overstated this says ISO/IEC 27001 is achieved, but the spec says ISO/IEC 27001 is planned (`isms`) (read ‘certified’ as achieved)",
            // "Cyber Essentials is planned" while it is in progress is not wrong,
            // only less than the spec records: no diagnostic.
            "site/trust.md:7:9 claim-overstated this says ISO/IEC 42001 is achieved, but the spec says ISO/IEC 42001 is lapsed (`old`) (read ‘hold ISO 42001 certification’ as achieved)",
            "site/trust.md:9:17 claim-unbacked this claims a NIST AI Risk Management Framework certificate, but nobody can be certified against NIST AI Risk Management Framework (read ‘certified’ as achieved)",
            // Compliance wording about a certifiable framework that is not held
            // fails the build.
            "site/trust.md:11:23 claim-overstated this claims compliance with ISO/IEC 27001, but the spec says ISO/IEC 27001 is planned (`isms`) (read ‘compliant’ as a claim of compliance)",
        ]
    );
}

#[test]
fn check_prose_false_turns_the_claim_rules_off() {
    let mut settings = aims::config::Settings::new("2026-11-28".parse().unwrap());
    settings.check_prose = false;
    assert_eq!(claim_lines(&claims_project(settings)), Vec::<String>::new());
}

/// The prose of a publication is read once per version of its text: changing a
/// status in the spec re-compares but does not re-read the prose, and editing one
/// page re-reads that page only. The frameworks' names are made ready once for
/// every page and every edit (deriving their short forms and initials compares
/// every alias with every other).
#[test]
fn prose_is_reread_only_when_it_changes() {
    use std::sync::{Arc, Mutex};

    use aims::db::{Origin, RootDatabase, SourceFile, Workspace};
    use aims::queries;
    use salsa::Setter;

    let log: Arc<Mutex<Vec<String>>> = Arc::default();
    let sink = log.clone();
    let mut db = RootDatabase::with_event_callback(Box::new(move |event| {
        if let salsa::EventKind::WillExecute { database_key } = event.kind {
            sink.lock().unwrap().push(format!("{database_key:?}"));
        }
    }));
    let spec = SourceFile::new(&db, "spec.aims".into(), CLAIMS_SPEC.into(), Origin::Spec);
    let trust = SourceFile::new(&db, "site/trust.md".into(), TRUST_MD.into(), Origin::Prose);
    let tender = SourceFile::new(
        &db,
        "site/tender.html".into(),
        TENDER_HTML.into(),
        Origin::Prose,
    );
    let mut files: Vec<SourceFile> = aims::catalog::BUILTIN_FILES
        .iter()
        .map(|(p, t)| SourceFile::new(&db, (*p).into(), (*t).into(), Origin::Builtin))
        .collect();
    files.extend([spec, trust, tender]);
    let settings = aims::config::Settings::new("2026-11-28".parse().unwrap());
    let workspace = Workspace::new(&db, files, settings, None);
    let claims_of = |db: &RootDatabase| {
        queries::all_diagnostics(db, workspace)
            .iter()
            .filter(|d| d.code.name().starts_with("claim-"))
            .count()
    };
    // Each reading of a page runs `prose_mentions`; the claims are taken
    // from it, once per reading.
    let names_made_ready = Arc::new(Mutex::new(0));
    let prose_runs = |log: &Mutex<Vec<String>>| {
        let ran = std::mem::take(&mut *log.lock().unwrap());
        let count = |query: &str| ran.iter().filter(|q| q.starts_with(query)).count();
        assert_eq!(count("prose_mentions("), count("prose_claims("), "{ran:?}");
        *names_made_ready.lock().unwrap() += count("prose_frameworks(");
        count("prose_mentions(")
    };

    assert_eq!(claims_of(&db), 4);
    assert_eq!(prose_runs(&log), 2);

    // The spec now agrees that ISO/IEC 27001 is achieved: one claim fewer, no prose re-read.
    spec.set_text(&mut db).to(CLAIMS_SPEC.replace(
        "certification isms { framework: iso27001, status: planned }",
        "certification isms { framework: iso27001, status: achieved, certificate: \"C\", body: \"B\", issued: 2026-03-01, expires: 2029-02-28, last_audit: 2026-03-01 }",
    ));
    assert_eq!(claims_of(&db), 2);
    assert_eq!(prose_runs(&log), 0);

    // Editing the trust page re-reads it, and only it.
    trust.set_text(&mut db).to(TRUST_MD.replace(
        "We hold ISO 42001 certification.",
        "ISO 42001 certification is planned again.",
    ));
    assert_eq!(claims_of(&db), 1);
    assert_eq!(prose_runs(&log), 1);

    // A new certificate number that no page gives re-reads no prose either.
    spec.set_text(&mut db).to(CLAIMS_SPEC.replace(
        "certification isms { framework: iso27001, status: planned }",
        "certification isms { framework: iso27001, status: achieved, certificate: \"IS 712345\", body: \"B\", issued: 2026-03-01, expires: 2029-02-28, last_audit: 2026-03-01 }",
    ));
    assert_eq!(claims_of(&db), 1);
    assert_eq!(prose_runs(&log), 0);
    assert_eq!(*names_made_ready.lock().unwrap(), 1);
}

/// The issue's "done when" on the shipped example: acme's trust page is honest, and
/// changing Cyber Essentials to `planned` in the spec makes the sentence that says
/// it is in progress a `claim-overstated` error at that sentence.
#[test]
fn acme_trust_page_is_honest_until_the_spec_changes() {
    let acme = repo("examples/acme");
    let honest = check_json(&acme, "2026-11-28");
    assert_eq!(claim_diagnostics(&honest), Vec::<serde_json::Value>::new());

    let dir = tempfile::tempdir().unwrap();
    copy_dir(&acme, dir.path());
    let certs = dir.path().join("spec/certifications.aims");
    let text = std::fs::read_to_string(&certs).unwrap();
    let changed = text.replacen(
        "framework: cyber_essentials\n  status: in_progress",
        "framework: cyber_essentials\n  status: planned",
        1,
    );
    assert_ne!(
        text, changed,
        "acme's Cyber Essentials certification is in progress"
    );
    std::fs::write(&certs, changed).unwrap();
    let output = check_json(dir.path(), "2026-11-28");
    let claims = claim_diagnostics(&output);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0]["code"], "claim-overstated");
    assert_eq!(claims[0]["file"], "site/trust.md");
    let page = std::fs::read_to_string(dir.path().join("site/trust.md")).unwrap();
    let line = claims[0]["line"].as_u64().unwrap() as usize;
    assert!(
        page.lines()
            .nth(line - 1)
            .unwrap()
            .contains("Cyber Essentials**: in progress")
    );
    assert_eq!(output.status.code(), Some(1));
}

/// Pages matched by the `publications` globs of `aims.toml` are checked like
/// declared publications.
#[test]
fn pages_matched_by_publication_globs_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("aims.toml"),
        "as_of = 2026-11-28\npublications = [\"tenders/*.txt\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("spec.aims"),
        "certification isms { framework: iso27001, status: planned }\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("tenders")).unwrap();
    std::fs::write(
        dir.path().join("tenders/nhs.txt"),
        "Q4. Certifications.\nWe are ISO 27001 certified.\n",
    )
    .unwrap();
    let output = aims(&["check", dir.path().to_str().unwrap(), "--format", "json"]);
    let claims = claim_diagnostics(&output);
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0]["code"], "claim-overstated");
    assert_eq!(claims[0]["file"], "tenders/nhs.txt");
    assert_eq!(
        (claims[0]["line"].as_u64(), claims[0]["column"].as_u64()),
        (Some(2), Some(8))
    );
}

/// What an editor sees while a spec or a trust page is typed: every line prefix of
/// the honesty fixtures and of a trust page checks without panicking, and every
/// diagnostic stays inside its file.
#[test]
fn every_line_prefix_of_the_honesty_fixtures_checks_without_panicking() {
    use aims::db::Origin;
    let rules = fixture("rules");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&rules)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    specs.sort();
    let page = TRUST_MD.to_owned() + "We hold SOC 2 Type II and are ISO 42001-ready.\n";
    let check = |spec: &str, prose: &str| {
        let project = aims::Project::from_sources(
            aims::config::Settings::new("2026-11-28".parse().unwrap()),
            None,
            vec![
                ("spec.aims".into(), spec.to_owned(), Origin::Spec),
                ("site/trust.md".into(), prose.to_owned(), Origin::Prose),
            ],
        );
        for d in project.diagnostics() {
            let len = project.source(&d.location.file).map_or(0, str::len);
            assert!(d.location.range.end as usize <= len, "{d:?}");
        }
    };
    for path in &specs {
        let text = std::fs::read_to_string(path).unwrap();
        let mut end = 0;
        for line in text.split_inclusive('\n') {
            end += line.len();
            check(&(text[..end].to_owned() + CLAIMS_SPEC), &page);
        }
    }
    let mut end = 0;
    for line in page.split_inclusive('\n') {
        end += line.len();
        check(CLAIMS_SPEC, &page[..end]);
    }
}
