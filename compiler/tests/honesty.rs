//! End-to-end tests of the honest-status rules through the `aims` binary: the
//! as-of date decides what is expired, and the same inputs and date give
//! byte-identical output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn aims(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_aims"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the aims binary runs")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/honesty")
        .join(name)
}

fn codes(output: &Output) -> Vec<String> {
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
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
    let report: serde_json::Value = serde_json::from_slice(&today.stdout).unwrap();
    assert_eq!(report["as_of"], "2026-11-28");
    let expired = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "certificate-expired")
        .unwrap();
    assert_eq!(expired["file"], "spec.aims");
    assert_eq!(
        (expired["line"].as_u64(), expired["column"].as_u64()),
        (Some(15), Some(12))
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
    let report: serde_json::Value = serde_json::from_slice(&last_month.stdout).unwrap();
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
    use aims::diagnostics::render;

    insta::glob!("../../tests/fixtures", "honesty/rules/*.aims", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let header = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("// {key}: ")))
                .unwrap_or_else(|| panic!("{} has no `// {key}:` line", path.display()))
                .to_owned()
        };
        let as_of: jiff::civil::Date = header("as-of").parse().unwrap();
        let codes: Vec<String> = header("codes").split(", ").map(str::to_owned).collect();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let project = aims::Project::from_sources(
            Settings::new(as_of),
            None,
            vec![(name.clone(), text.clone(), Origin::Spec)],
        );
        let found: Vec<_> = project
            .diagnostics()
            .into_iter()
            .filter(|d| codes.iter().any(|c| c == d.code.name()))
            .collect();
        assert!(!found.is_empty(), "{name} shows none of {codes:?}");
        let mut rendered = Vec::new();
        render::render(
            &found,
            |p| project.source(p),
            render::RenderOptions { color: false },
            &mut rendered,
        )
        .unwrap();
        insta::with_settings!({
            snapshot_path => "../../tests/snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(String::from_utf8(rendered).unwrap());
        });
    });
}
