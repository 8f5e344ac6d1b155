//! End-to-end tests of `aims catalog` and `aims report` through the built binary:
//! what people see, the JSON contract, exit codes and one-line errors.

use crate::support;

use support::cli::{aims, json, stderr, stdout};
use support::json::find;
use support::paths::repo;

#[test]
fn catalog_show_iso42001_lists_38_controls_and_the_clauses() {
    let output = aims(&["catalog", "show", "iso42001"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines_of = |kind: &str| {
        text.lines()
            .filter(|l| l.trim_start().starts_with(&format!("{kind} ")))
            .count()
    };
    assert_eq!(lines_of("control"), 38);
    assert_eq!(lines_of("clause"), 32);
    assert!(text.contains("32 clauses, 38 controls"));
    assert!(text.contains("iso42001.A.6.2.4  AI system verification and validation"));
    assert!(text.contains("iso42001.6.1.4  AI system impact assessment"));
}

#[test]
fn catalog_show_json_has_ids_kinds_titles_and_groups() {
    for (name, kind, count) in [
        ("iso27001", "control", 93),
        ("nist_ai_rmf", "subcategory", 72),
        ("soc2", "criterion", 61),
        ("cyber_essentials", "theme", 5),
    ] {
        let output = aims(&["catalog", "show", name, "--format", "json"]);
        assert_eq!(output.status.code(), Some(0));
        let json = json(&output);
        assert_eq!(json["name"], name);
        assert_eq!(json["kinds"][kind], count, "{name}");
        let first = &json["requirements"][0];
        for key in ["id", "path", "kind", "title", "groups", "excludable"] {
            assert!(!first[key].is_null(), "{name}: {key}");
        }
    }
}

#[test]
fn catalog_list_names_every_framework() {
    let output = aims(&["catalog", "list"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for name in [
        "iso42001",
        "iso27001",
        "cyber_essentials",
        "cyber_essentials_plus",
        "nist_ai_rmf",
        "eu_ai_act",
        "soc2",
        "nist_ai_rmf_iso42001",
    ] {
        assert!(text.contains(name), "{name} missing from\n{text}");
    }
    assert!(text.contains("(partial)"));
}

#[test]
fn catalog_show_unknown_name_is_a_one_line_error() {
    let output = aims(&["catalog", "show", "iso4201"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: there is no framework named `iso4201`; did you mean `iso42001`?\n"
    );
    assert!(stdout(&output).is_empty());
}

#[test]
fn catalog_show_part_of_a_name_suggests_the_frameworks_containing_it() {
    let output = aims(&["catalog", "show", "nist"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: there is no framework named `nist`; did you mean one of `nist_ai_rmf`, `nist_csf`?\n"
    );
    let output = aims(&["catalog", "show", "27001"]);
    assert_eq!(
        stderr(&output),
        "error: there is no framework named `27001`; did you mean `iso27001`?\n"
    );
    // The suggestion works when followed.
    assert_eq!(
        aims(&["catalog", "show", "nist_ai_rmf"]).status.code(),
        Some(0)
    );
}

const SPEC: &str = r#"organisation acme "Acme" { scope: [iso42001], risk_appetite: medium }
role ciso "CISO" { holder: "Tom Reid" }
evidence policy_signed "Signed AI policy" { date: 2026-09-01, valid_for: 12 months }
control ai_policy "AI policy" {
  owner: ciso
  status: implemented
  satisfies: [iso42001.A.2.2]
  evidence: [policy_signed]
}
exclude iso42001.A.10.4 { reason: "No customers.", approved_by: ciso }
certification iso42001_cert { framework: iso42001, status: planned, target: 2028-Q2 }
"#;

#[test]
fn report_json_carries_the_frameworks_part_of_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("spec.aims"), SPEC).unwrap();
    let path = dir.path().to_str().unwrap();
    let output = aims(&["report", path, "--as-of", "2026-11-28", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json = json(&output);
    assert_eq!(json["version"], 1);
    assert_eq!(json["as_of"], "2026-11-28");
    let iso = find(&json["frameworks"], "name", "iso42001");
    assert_eq!(iso["in_scope"], true);
    assert_eq!(iso["certifiable"], true);
    assert_eq!(
        iso["counts"],
        serde_json::json!({"covered": 1, "partial": 0, "mapped": 0, "excluded": 1, "gap": 68, "not_applicable": 0})
    );
    let a22 = find(&iso["requirements"], "id", "A.2.2");
    assert_eq!(a22["kind"], "control");
    assert_eq!(a22["state"], "covered");
    assert_eq!(a22["controls"], serde_json::json!(["ai_policy"]));
    assert_eq!(json["certifications"][0]["name"], "iso42001_cert");
    assert_eq!(json["certifications"][0]["status"], "planned");
    assert_eq!(json["certifications"][0]["target"], "2028-Q2");
    assert_eq!(json["evidence"][0]["expires_on"], "2027-09-01");
    assert_eq!(json["evidence"][0]["current"], true);
    assert_eq!(json["evidence"][0]["days_left"], 277);
    assert_eq!(iso["certificate_valid"], "3 years");
    assert_eq!(json["diagnostics"]["warnings"], 1);

    // --out writes the same bytes to a file.
    let out = dir.path().join("report.json");
    let written = aims(&[
        "report",
        path,
        "--as-of",
        "2026-11-28",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(written.status.code(), Some(0));
    assert!(written.stdout.is_empty());
    assert_eq!(std::fs::read(&out).unwrap(), output.stdout);
}

#[test]
fn report_rejects_unknown_formats_and_dates_with_exit_2() {
    let output = aims(&["report", ".", "--format", "pdf"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
    let output = aims(&["report", ".", "--as-of", "2026-13-01"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn catalog_json_is_versioned_and_follows_the_shipped_schema() {
    let generated = aims::catalog::json::json_schema();
    let path = repo("schemas/catalog.schema.json");
    if std::env::var_os("AIMS_UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "schemas/catalog.schema.json is out of date; run `AIMS_UPDATE_SCHEMAS=1 cargo test -p aims-compiler --test it cli_catalog_report` and commit it"
    );
    assert_eq!(stdout(&aims(&["catalog", "--schema"])), shipped);
    let schema: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let mut outputs = vec![json(&aims(&["catalog", "list", "--format", "json"]))];
    for name in ["iso42001", "eu_ai_act", "soc2", "nist_ai_rmf"] {
        outputs.push(json(&aims(&["catalog", "show", name, "--format", "json"])));
    }
    for output in &outputs {
        assert_eq!(
            output["version"],
            aims::catalog::json::CATALOG_FORMAT_VERSION
        );
        let errors: Vec<String> = validator
            .iter_errors(output)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The schema is strict enough to fail: a list without its frameworks is not valid.
    let mut broken = outputs[0].clone();
    broken.as_object_mut().unwrap().remove("frameworks");
    assert!(!validator.is_valid(&broken));
}
