//! `aims report` and `aims export oscal`: every format is validated against its
//! schema where one exists (the shipped report schema, NIST's OSCAL 1.1.3
//! component-definition schema), escapes user text, and is byte-identical across
//! runs with the same as-of date.

use std::path::{Path, PathBuf};

use aims::Project;
use aims::report::model::Report;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

fn load(path: &str) -> Project {
    let date = jiff::civil::date(2026, 11, 28);
    Project::load(&repo(path), Some(date), date).expect("the workspace loads")
}

fn report(path: &str) -> Report {
    aims::report::build_report(&load(path))
}

fn validator(schema_path: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo(schema_path))
        .unwrap_or_else(|e| panic!("cannot read {schema_path}: {e}"));
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn assert_valid(validator: &jsonschema::Validator, instance: &serde_json::Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .take(20)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is not valid:\n{}",
        errors.join("\n")
    );
}

const FIXTURE: &str = "tests/fixtures/workspaces/report";
const ACME: &str = "examples/acme";

#[test]
fn the_shipped_report_schema_is_the_generated_one() {
    let generated = aims::report::json_schema();
    let path = repo("schemas/report.schema.json");
    if std::env::var_os("AIMS_UPDATE_SCHEMAS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "schemas/report.schema.json is out of date; run `AIMS_UPDATE_SCHEMAS=1 cargo test -p aims-compiler --test reports` and commit it"
    );
}

#[test]
fn json_reports_validate_against_the_shipped_schema() {
    let validator = validator("schemas/report.schema.json");
    for workspace in [FIXTURE, ACME] {
        let json = serde_json::to_value(report(workspace)).unwrap();
        assert_valid(&validator, &json, workspace);
    }
    // The schema is strict enough to reject a wrong state.
    let mut json = serde_json::to_value(report(FIXTURE)).unwrap();
    json["frameworks"][0]["requirements"][0]["state"] = "done".into();
    assert!(!validator.is_valid(&json));
}

#[test]
fn oscal_export_validates_against_the_official_schema() {
    let validator = validator("tests/fixtures/schemas/oscal_component_schema-1.1.3.json");
    for workspace in [FIXTURE, ACME] {
        let document = aims::report::oscal::component_definition(&report(workspace));
        assert_valid(&validator, &document, workspace);
    }
    let document = aims::report::oscal::component_definition(&report(FIXTURE));
    let implementations =
        &document["component-definition"]["components"][0]["control-implementations"];
    let iso = implementations
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["props"][0]["value"] == "iso42001")
        .unwrap();
    let find = |id: &str| {
        iso["implemented-requirements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["control-id"] == id)
            .cloned()
            .unwrap()
    };
    let status = |r: &serde_json::Value| r["props"][0]["value"].as_str().unwrap().to_owned();
    let covered = find("iso42001.A.6.2.4");
    assert_eq!(status(&covered), "implemented");
    assert_eq!(covered["links"][0]["href"], "evidence/fairness.md");
    assert_eq!(status(&find("iso42001.A.2.2")), "partial");
    let excluded = find("iso42001.A.10.4");
    assert_eq!(status(&excluded), "not-applicable");
    assert!(
        excluded["remarks"]
            .as_str()
            .unwrap()
            .contains("We supply no AI systems")
    );
    // Gaps are not exported as implemented requirements, but named.
    assert!(
        iso["implemented-requirements"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["control-id"] != "iso42001.4.1")
    );
    assert!(
        iso["description"]
            .as_str()
            .unwrap()
            .contains("iso42001.4.1")
    );
    // A broken document is rejected, so the validation above means something.
    let mut broken = document.clone();
    broken["component-definition"]["uuid"] = "not-a-uuid".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn oscal_export_is_byte_identical_across_runs() {
    let a = serde_json::to_string_pretty(&aims::report::oscal::component_definition(&report(ACME)))
        .unwrap();
    let b = serde_json::to_string_pretty(&aims::report::oscal::component_definition(&report(ACME)))
        .unwrap();
    assert_eq!(a, b);
}
