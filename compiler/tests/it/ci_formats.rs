//! The CI outputs of `aims check`: SARIF validated against the official SARIF 2.1.0
//! schema (kept under `tests/fixtures/schemas/`), and byte-identical output across
//! runs.

use crate::support;

use aims::Project;
use aims::config::Settings;
use aims::db::Origin;
use aims::diagnostics::sarif::{self, CiOptions};
use aims::diagnostics::{Code, Diagnostic, github, junit};
use aims::text::TextRange;
use support::paths::repo;

const SPEC: &str = "role ciso \"Chief Information Security Officer — Zoë\" { holder: \"Tom Reid\" }\n\
role ciso \"Duplicate\" { holder: \"X\" }\n\
control fairness \"Fairness testing 😀\" {\n  owner: cisoo\n  stauts: planned\n  satisfies: [iso42001.A.6.2.99]\n}\n";

fn schema(name: &str) -> serde_json::Value {
    let path = repo("tests/fixtures/schemas").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("schema is JSON")
}

fn project() -> Project {
    let settings = Settings::new(jiff::civil::date(2026, 11, 28));
    Project::from_sources(
        settings,
        None,
        vec![("specs/main.aims".into(), SPEC.into(), Origin::Spec)],
    )
}

/// The project's diagnostics plus one with a fix and a label, so that every part of
/// the SARIF writer is exercised whatever the rules emit today.
fn diagnostics(project: &Project) -> Vec<Diagnostic> {
    let mut all = project.diagnostics();
    assert!(!all.is_empty(), "the fixture should produce diagnostics");
    let at = SPEC.find("stauts").unwrap();
    all.push(
        Diagnostic::new(
            Code::UnknownField,
            "specs/main.aims",
            TextRange::new(at, at + 6),
            "a control has no field `stauts`",
        )
        .with_help("did you mean `status`?")
        .with_label("specs/main.aims", TextRange::new(0, 4), "declared here")
        .with_label(
            "<builtin>/iso42001.aims",
            TextRange::new(0, 9),
            "in the catalogue",
        )
        .with_fix(
            "Change to `status`",
            "specs/main.aims",
            TextRange::new(at, at + 6),
            "status",
        ),
    );
    all
}

fn sarif_text(project: &Project) -> String {
    let lookup = |path: &str| project.line_index(path);
    let options = CiOptions {
        as_of: "2026-11-28".into(),
        path_prefix: "examples/acme/".into(),
        line_index: &lookup,
    };
    serde_json::to_string_pretty(&sarif::sarif_log(&diagnostics(project), &options)).unwrap()
}

#[test]
fn sarif_output_validates_against_the_official_schema() {
    let project = project();
    let log: serde_json::Value = serde_json::from_str(&sarif_text(&project)).unwrap();
    let validator = jsonschema::validator_for(&schema("sarif-schema-2.1.0.json"))
        .expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF output is not valid:\n{}",
        errors.join("\n")
    );

    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "aims");
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        Code::ALL.len()
    );
    let results = run["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "duplicate-name"));
    assert!(results.iter().any(|r| r["fixes"].is_array()));
    let uri = &results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    assert_eq!(uri, "examples/acme/specs/main.aims");
}

#[test]
fn sarif_output_is_rejected_by_the_schema_when_broken() {
    // Guards the test above against a schema that accepts anything.
    let project = project();
    let mut log: serde_json::Value = serde_json::from_str(&sarif_text(&project)).unwrap();
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    let validator = jsonschema::validator_for(&schema("sarif-schema-2.1.0.json")).unwrap();
    assert!(!validator.is_valid(&log));
}

#[test]
fn ci_outputs_are_byte_identical_across_runs() {
    let a = project();
    let b = project();
    assert_eq!(sarif_text(&a), sarif_text(&b));
    let render = |project: &Project| {
        let lookup = |path: &str| project.line_index(path);
        let options = CiOptions {
            as_of: "2026-11-28".into(),
            path_prefix: String::new(),
            line_index: &lookup,
        };
        let diagnostics = diagnostics(project);
        (
            github::workflow_commands(&diagnostics, &options),
            junit::junit_report(
                &diagnostics,
                &["specs/main.aims".to_owned()],
                false,
                &options,
            ),
        )
    };
    assert_eq!(render(&a), render(&b));
}
