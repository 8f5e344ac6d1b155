//! The coverage engine beyond its diagnostics: what an exclusion or a user framework
//! does to the counted states, the built-in catalogues, and the "done when" scenario
//! end to end. The diagnostics of each rule, positive and negative, are the fixtures
//! under `tests/rules/` (run by `tests/it/rule_fixtures.rs`). Workspaces are in memory, checked as
//! of 2026-11-28.

use crate::support;

use aims::Project;
use aims::config::Settings;
use aims::db::Origin;
use aims::report::model::State;
use support::json::find;

const AS_OF: jiff::civil::Date = jiff::civil::date(2026, 11, 28);

fn project(src: &str) -> Project {
    Project::from_sources(
        Settings::new(AS_OF),
        None,
        vec![("spec.aims".into(), src.into(), Origin::Spec)],
    )
}

const ROLES: &str = r#"
role ciso "CISO" { holder: "Tom Reid" }
evidence fresh { date: 2026-10-01, valid_for: 12 months }
"#;

// ---------------------------------------------------------------- exclusions and coverage

#[test]
fn an_unjustified_exclusion_counts_as_a_gap() {
    // The diagnostic is `rules/exclusion-unjustified/blank-reason.aims`.
    let src =
        format!("{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"   \", approved_by: ciso }}\n");
    let coverage = aims::report::build_report(&project(&src));
    let iso = coverage
        .frameworks
        .iter()
        .find(|f| f.name == "iso42001")
        .unwrap();
    let r = iso.requirements.iter().find(|r| r.id == "A.10.4").unwrap();
    assert_eq!(
        r.state,
        State::Gap,
        "an unjustified exclusion does not count"
    );
    assert!(!r.exclusion.as_ref().unwrap().valid);
}

#[test]
fn an_exclusion_without_an_approver_does_not_exclude() {
    // The diagnostic is `rules/missing-field/exclusion-without-an-approver.aims`.
    let src = format!("{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"No customers.\" }}\n");
    let p = project(&src);
    let c = aims::queries::coverage(&p.db, p.workspace);
    assert_eq!(c.requirement("iso42001.A.10.4").unwrap().state, State::Gap);
}

#[test]
fn a_justified_exclusion_excludes() {
    let src = format!(
        "{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"No customers.\", approved_by: ciso }}\n"
    );
    let p = project(&src);
    let c = aims::queries::coverage(&p.db, p.workspace);
    assert_eq!(
        c.requirement("iso42001.A.10.4").unwrap().state,
        State::Excluded
    );
}

// ---------------------------------------------------------------- user frameworks

#[test]
fn user_frameworks_are_counted_like_built_ins() {
    // The gap diagnostic is `rules/requirement-gap/user-framework-is-checked-like-a-built-in.aims`.
    let src = format!(
        "organisation acme {{ scope: [house] }}{ROLES}
framework house \"House rules\" {{
  group H \"House\" {{
    control H.1 \"Lock the door\"
    control H.2 \"Close the window\"
    clause H.3 \"Feed the cat\"
  }}
}}
control lock {{ owner: ciso, status: implemented, satisfies: [house.H.1], evidence: [fresh] }}
exclude house.H.2 {{ reason: \"No windows.\", approved_by: ciso }}
"
    );
    let report = aims::report::build_report(&project(&src));
    let house = report
        .frameworks
        .iter()
        .find(|f| f.name == "house")
        .unwrap();
    assert_eq!(
        (
            house.counts.covered,
            house.counts.excluded,
            house.counts.gap
        ),
        (1, 1, 1)
    );
}

// ---------------------------------------------------------------- the built-in catalogues

#[test]
fn builtin_catalogues_have_the_documented_counts() {
    let p = project("");
    let catalogue = aims::queries::catalogue(&p.db, p.workspace);
    let count = |fw: &str, kind: &str| {
        catalogue
            .framework(fw)
            .unwrap()
            .requirements()
            .filter(|r| r.kind == kind)
            .count()
    };
    assert_eq!(count("iso42001", "control"), 38);
    assert_eq!(count("iso42001", "clause"), 32);
    assert_eq!(count("iso27001", "control"), 93);
    assert_eq!(count("nist_ai_rmf", "subcategory"), 72);
    assert_eq!(count("soc2", "criterion"), 61);
    assert_eq!(count("cyber_essentials", "theme"), 5);
    assert_eq!(count("cyber_essentials_plus", "theme"), 5);
    assert!(count("eu_ai_act", "obligation") > 20);
    let partial: Vec<(&str, bool)> = catalogue
        .crosswalks
        .iter()
        .map(|c| (c.name.as_str(), c.partial))
        .collect();
    assert_eq!(
        partial,
        vec![
            ("iso42001_iso27001", false),
            ("nist_ai_rmf_iso42001", true),
            ("nist_csf_iso27001", true)
        ]
    );
}

#[test]
fn builtin_catalogues_check_with_zero_diagnostics() {
    let p = project("");
    let catalogue = aims::queries::catalogue(&p.db, p.workspace);
    let mut checked = 0;
    for file in p.workspace.files(&p.db) {
        if file.origin(&p.db) != Origin::Builtin {
            continue;
        }
        checked += 1;
        let parse = aims::queries::parse(&p.db, *file);
        assert!(
            parse.errors.is_empty(),
            "{}: {:?}",
            file.path(&p.db),
            parse.errors
        );
        let mut found = aims::queries::check_file(&p.db, *file).clone();
        for item in &parse.tree.items {
            found.extend(aims::semantic::rules::catalogue_checks::check_declaration(
                file.path(&p.db),
                item,
                catalogue,
            ));
        }
        assert_eq!(found, vec![], "{}", file.path(&p.db));
    }
    assert_eq!(checked, aims::catalog::BUILTIN_FILES.len());
}

// ---------------------------------------------------------------- the "done when" scenario

/// The scenario's source: its rule fixture without the annotations (and the
/// comment above it), so the diagnostics are asserted there and the report here.
fn scenario() -> String {
    include_str!("../rules/requirement-gap/done-when-scenario.aims")
        .lines()
        .filter(|line| !line.starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn done_when_coverage_counts_one_clause_excluded_and_one_gap() {
    // The diagnostics (the gap, the excluded clause, the stale evidence) are the
    // fixture's annotations; this is what the report makes of the same workspace.
    let p = project(&scenario());
    let report = aims::report::build_report(&p);
    let json = serde_json::to_value(&report).unwrap();
    let iso = find(&json["frameworks"], "name", "iso42001");
    assert_eq!(iso["in_scope"], true);
    assert_eq!(
        iso["counts"],
        serde_json::json!({"covered": 2, "partial": 2, "mapped": 0, "excluded": 1, "gap": 65, "not_applicable": 0})
    );
    let requirement = |id: &str| find(&iso["requirements"], "id", id).clone();
    assert_eq!(requirement("A.2.2")["state"], "covered");
    assert_eq!(
        requirement("A.2.2")["controls"],
        serde_json::json!(["ai_policy"])
    );
    assert_eq!(
        requirement("A.2.2")["evidence"],
        serde_json::json!(["policy_signed"])
    );
    assert_eq!(requirement("A.3.2")["state"], "partial");
    assert_eq!(requirement("A.6.2.4")["state"], "partial");
    assert_eq!(requirement("A.10.4")["state"], "excluded");
    assert_eq!(
        requirement("A.10.4")["exclusion"],
        serde_json::json!({
            "reason": "We supply no AI systems to customers.",
            "approved_by": "ciso",
            "approver_holder": "Tom Reid",
            "date": null,
            "valid": true
        })
    );
    assert_eq!(requirement("6.1.4")["state"], "gap");
    assert_eq!(requirement("6.1.4")["exclusion"]["valid"], false);
    let a2 = find(&iso["groups"], "id", "A.2");
    assert_eq!(a2["counts"]["covered"], 2);
    // The requirement gap and the stale evidence.
    assert_eq!(json["diagnostics"]["warnings"], 2);
    assert_eq!(json["diagnostics"]["errors"], 1);
}

#[test]
fn the_report_is_deterministic() {
    let a = serde_json::to_string(&aims::report::build_report(&project(&scenario()))).unwrap();
    let b = serde_json::to_string(&aims::report::build_report(&project(&scenario()))).unwrap();
    assert_eq!(a, b);
}

#[test]
fn rendered_scenario_diagnostics() {
    let p = project(&scenario());
    let out = support::render::plain(&p.diagnostics(), |path| p.source(path));
    insta::assert_snapshot!(out);
}
