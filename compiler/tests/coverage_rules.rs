//! Golden tests of the coverage engine and the rules about coverage, exclusions, AI
//! systems and risks: for every diagnostic a case that fires (code, severity,
//! message and the exact text underlined) and cases that must not fire. Workspaces
//! are in memory, checked as of 2026-11-28.

mod support {
    pub mod json;
    pub mod render;
}

use aims::Project;
use aims::config::Settings;
use aims::db::Origin;
use aims::diagnostics::{Diagnostic, Severity};
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

/// The diagnostics of one code.
fn diagnostics(src: &str, code: &str) -> Vec<Diagnostic> {
    project(src)
        .diagnostics()
        .into_iter()
        .filter(|d| d.code.name() == code)
        .collect()
}

/// The source text a diagnostic underlines.
fn underlined<'a>(src: &'a str, d: &Diagnostic) -> &'a str {
    &src[d.location.range.start as usize..d.location.range.end as usize]
}

/// Exactly one diagnostic of `code`; returns it.
fn one(src: &str, code: &str) -> Diagnostic {
    let found = diagnostics(src, code);
    assert_eq!(found.len(), 1, "expected one {code}, got {found:#?}");
    found.into_iter().next().unwrap()
}

fn none(src: &str, code: &str) {
    let found = diagnostics(src, code);
    assert!(found.is_empty(), "expected no {code}, got {found:#?}");
}

const ROLES: &str = r#"
role ciso "CISO" { holder: "Tom Reid" }
evidence fresh { date: 2026-10-01, valid_for: 12 months }
"#;

// ---------------------------------------------------------------- requirement-gap

#[test]
fn requirement_gap_names_the_gaps_at_the_scope_entry() {
    let src = format!(
        "organisation acme {{ scope: [cyber_essentials] }}{ROLES}
control fw {{ owner: ciso, status: implemented, satisfies: [cyber_essentials.firewalls], evidence: [fresh] }}
control patching {{ owner: ciso, status: planned, satisfies: [cyber_essentials.security_update_management] }}
"
    );
    let d = one(&src, "requirement-gap");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(underlined(&src, &d), "cyber_essentials");
    assert_eq!(
        d.message,
        "3 of the 5 requirements of `cyber_essentials` are neither satisfied nor excluded: secure_configuration, user_access_control, malware_protection"
    );
    assert!(
        d.fix.is_none(),
        "themes cannot be excluded, so there are no stubs"
    );
}

#[test]
fn requirement_gap_is_an_error_under_an_achieved_certification() {
    let src = format!(
        "{ROLES}
certification ce {{ framework: cyber_essentials, status: achieved, certificate: \"X\", body: \"B\", issued: 2026-06-01, expires: 2027-06-01 }}
control fw {{ owner: ciso, status: implemented, evidence: [fresh], satisfies: [cyber_essentials.firewalls, cyber_essentials.secure_configuration, cyber_essentials.security_update_management, cyber_essentials.user_access_control] }}
"
    );
    let d = one(&src, "requirement-gap");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "cyber_essentials");
    assert!(src[..d.location.range.start as usize].ends_with("framework: "));
    assert_eq!(
        d.message,
        "1 of the 5 requirements of `cyber_essentials` is neither satisfied nor excluded: malware_protection"
    );
}

#[test]
fn requirement_gap_lists_eight_then_counts_and_offers_exclusion_stubs() {
    let src = format!("organisation acme {{ scope: [iso42001] }}{ROLES}");
    let d = one(&src, "requirement-gap");
    assert_eq!(
        d.message,
        "70 of the 70 requirements of `iso42001` are neither satisfied nor excluded: 4.1, 4.2, 4.3, 4.4, 5.1, 5.2, 5.3, 6.1.1 and 62 more"
    );
    let fix = d.fix.expect("a fix with exclusion stubs");
    assert_eq!(
        fix.title,
        "add exclusion stubs for the 38 gaps that may be excluded"
    );
    let text = &fix.edits[0].new_text;
    assert_eq!(text.matches("exclude iso42001.").count(), 38);
    assert!(text.contains("exclude iso42001.A.2.2 {\n  reason: \"\"\n  approved_by: ciso\n}"));
    assert!(!text.contains("iso42001.6.1.4"), "clauses are not offered");
    assert_eq!(
        fix.edits[0].location.range.start as usize,
        src.trim_end().len()
    );
}

#[test]
fn requirement_gap_sits_on_the_certification_that_brings_it_into_scope() {
    let src = format!(
        "{ROLES}
certification old {{ framework: cyber_essentials, status: planned }}
certification ce {{ framework: cyber_essentials, status: in_progress, since: 2026-09-01, owner: ciso }}
"
    );
    let d = one(&src, "requirement-gap");
    assert_eq!(d.severity, Severity::Warning);
    let before = &src[..d.location.range.start as usize];
    assert!(
        before.ends_with("certification ce { framework: "),
        "{before}"
    );
}

#[test]
fn no_requirement_gap_when_everything_is_met_or_out_of_scope() {
    // Satisfied (covered or partial) or validly excluded: no gap.
    let src = format!(
        "organisation acme {{ scope: [cyber_essentials] }}{ROLES}
control all {{ owner: ciso, status: in_progress, satisfies: [cyber_essentials.firewalls, cyber_essentials.secure_configuration, cyber_essentials.security_update_management, cyber_essentials.user_access_control, cyber_essentials.malware_protection] }}
"
    );
    none(&src, "requirement-gap");
    // Planned certifications do not bring a framework into scope.
    none(
        &format!("{ROLES}\ncertification c {{ framework: iso27001, status: planned }}\n"),
        "requirement-gap",
    );
    // No organisation scope and no certification: nothing is checked.
    none(ROLES, "requirement-gap");
}

#[test]
fn eu_ai_act_gaps_are_per_system_and_unmatched_obligations_are_not_gaps() {
    let src = format!(
        "organisation acme {{ scope: [eu_ai_act] }}{ROLES}
system triage {{ owner: ciso, lifecycle: production, purpose: \"p\", eu_ai_act: {{ role: provider, tier: high }} }}
"
    );
    let d = one(&src, "requirement-gap");
    assert!(
        d.message.starts_with("21 of the 21 requirements of `eu_ai_act` are neither satisfied nor excluded: art4 (for triage), art6 (for triage), art9 (for triage)"),
        "{}",
        d.message
    );
    // With no classified system, no obligation applies and there is no gap.
    none(
        &format!("organisation acme {{ scope: [eu_ai_act] }}{ROLES}"),
        "requirement-gap",
    );
}

// ---------------------------------------------------------------- clause-excluded

#[test]
fn clause_excluded_for_mandatory_clauses_and_obligations() {
    let src = format!(
        "{ROLES}
exclude iso42001.6.1.4 {{ reason: \"We do not assess.\", approved_by: ciso }}
"
    );
    let d = one(&src, "clause-excluded");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "iso42001.6.1.4");
    assert_eq!(
        d.message,
        "`iso42001.6.1.4` is a mandatory clause of `iso42001` (\"AI system impact assessment\") and cannot be excluded"
    );
    let src =
        format!("{ROLES}\nexclude eu_ai_act.art50 {{ reason: \"n/a\", approved_by: ciso }}\n");
    assert!(
        one(&src, "clause-excluded")
            .message
            .contains("is a legal obligation")
    );
    let src = format!(
        "{ROLES}\nexclude cyber_essentials.firewalls {{ reason: \"n/a\", approved_by: ciso }}\n"
    );
    assert!(
        one(&src, "clause-excluded")
            .message
            .contains("is a technical theme")
    );
}

#[test]
fn excluding_a_control_is_not_clause_excluded() {
    none(
        &format!(
            "{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"No customers.\", approved_by: ciso }}\n"
        ),
        "clause-excluded",
    );
}

// ---------------------------------------------------------------- exclusion-unjustified

#[test]
fn exclusion_unjustified_for_a_blank_reason() {
    let src =
        format!("{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"   \", approved_by: ciso }}\n");
    let d = one(&src, "exclusion-unjustified");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "\"   \"");
    assert_eq!(
        d.message,
        "the reason for excluding `iso42001.A.10.4` is empty"
    );
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
fn a_missing_approver_is_a_missing_field_and_not_excluded() {
    let src = format!("{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"No customers.\" }}\n");
    none(&src, "exclusion-unjustified");
    let d = one(&src, "missing-field");
    assert!(d.message.contains("approved_by"), "{}", d.message);
    let p = project(&src);
    let c = aims::queries::coverage(&p.db, p.workspace);
    assert_eq!(c.requirement("iso42001.A.10.4").unwrap().state, State::Gap);
}

#[test]
fn a_justified_exclusion_is_fine() {
    let src = format!(
        "{ROLES}\nexclude iso42001.A.10.4 {{ reason: \"No customers.\", approved_by: ciso }}\n"
    );
    none(&src, "exclusion-unjustified");
    none(&src, "missing-field");
}

// ---------------------------------------------------------------- excluded-and-satisfied

#[test]
fn excluded_and_satisfied_points_at_both() {
    let src = format!(
        "{ROLES}
control supply {{ owner: ciso, status: planned, satisfies: [iso42001.A.10.4] }}
exclude iso42001.A.10.4 {{ reason: \"No customers.\", approved_by: ciso }}
"
    );
    let d = one(&src, "excluded-and-satisfied");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(underlined(&src, &d), "iso42001.A.10.4");
    assert!(src[..d.location.range.start as usize].ends_with("exclude "));
    assert_eq!(
        d.message,
        "`iso42001.A.10.4` is excluded, but the control `supply` satisfies it"
    );
    assert_eq!(d.labels.len(), 1);
    let label = &d.labels[0].location.range;
    assert!(src[..label.start as usize].ends_with("satisfies: ["));
}

#[test]
fn excluded_and_not_satisfied_is_fine() {
    let src = format!(
        "{ROLES}
control supply {{ owner: ciso, status: planned, satisfies: [iso42001.A.10.3] }}
exclude iso42001.A.10.4 {{ reason: \"No customers.\", approved_by: ciso }}
"
    );
    none(&src, "excluded-and-satisfied");
}

// ---------------------------------------------------------------- prohibited-system

#[test]
fn prohibited_system_in_use() {
    let src = format!(
        "{ROLES}
system social {{ owner: ciso, lifecycle: production, purpose: \"p\", eu_ai_act: {{ role: provider, tier: prohibited }} }}
"
    );
    let d = one(&src, "prohibited-system");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "prohibited");
    assert_eq!(
        d.message,
        "the system `social` is classified as a prohibited AI practice under the EU AI Act (Art. 5) but its lifecycle is production"
    );
}

#[test]
fn retired_or_other_tiers_are_not_prohibited_systems() {
    none(
        &format!(
            "{ROLES}
system social {{ owner: ciso, lifecycle: retired, purpose: \"p\", eu_ai_act: {{ role: provider, tier: prohibited }} }}
system triage {{ owner: ciso, lifecycle: production, purpose: \"p\", eu_ai_act: {{ role: provider, tier: high }} }}
"
        ),
        "prohibited-system",
    );
}

// ---------------------------------------------------------------- risk-untreated

#[test]
fn risk_untreated_when_mitigated_by_nothing() {
    let src = format!(
        "{ROLES}
risk r {{ owner: ciso, likelihood: rare, impact: minor, treatment: mitigate }}
risk s {{ owner: ciso, likelihood: rare, impact: minor, treatment: mitigate, controls: [] }}
"
    );
    let found = diagnostics(&src, "risk-untreated");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(underlined(&src, &found[0]), "mitigate");
    assert_eq!(
        found[0].message,
        "the risk `r` is to be mitigated, but no control is listed to mitigate it"
    );
    assert_eq!(found[0].severity, Severity::Error);
}

#[test]
fn treated_accepted_or_untreated_risks() {
    let src = format!(
        "{ROLES}
control c {{ owner: ciso, status: planned }}
risk r {{ owner: ciso, likelihood: rare, impact: minor, treatment: mitigate, controls: [c] }}
risk s {{ owner: ciso, likelihood: rare, impact: minor, treatment: accept }}
"
    );
    none(&src, "risk-untreated");
    // No treatment at all is a missing required field.
    let src = format!("{ROLES}\nrisk r {{ owner: ciso, likelihood: rare, impact: minor }}\n");
    assert!(one(&src, "missing-field").message.contains("treatment"));
}

// ---------------------------------------------------------------- risk-above-appetite

fn appetite(level: &str, risk_fields: &str) -> String {
    format!(
        "organisation acme {{ risk_appetite: {level} }}{ROLES}
control c {{ owner: ciso, status: planned }}
risk r {{ owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c]{risk_fields} }}
"
    )
}

#[test]
fn risk_above_appetite_without_acceptance() {
    let src = appetite("low", ", residual: high");
    let d = one(&src, "risk-above-appetite");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "high");
    assert_eq!(
        d.message,
        "the risk `r` has residual level high, above the organisation's risk appetite (low), and nobody has accepted it"
    );
    assert_eq!(
        &src[d.labels[0].location.range.start as usize..d.labels[0].location.range.end as usize],
        "low"
    );

    let src = appetite("low", ", residual: high, accepted_by: ciso");
    assert!(
        one(&src, "risk-above-appetite")
            .message
            .ends_with("its acceptance has no date (`accepted_on`)")
    );

    // No residual: the inherent level (likely 4 × major 4 = 16, high) is judged.
    let src = appetite("medium", "");
    let d = one(&src, "risk-above-appetite");
    assert_eq!(underlined(&src, &d), "r");
    assert!(
        d.message
            .contains("inherent level high (likely × major = 16"),
        "{}",
        d.message
    );
}

#[test]
fn risk_within_appetite_or_accepted() {
    none(
        &appetite("medium", ", residual: medium"),
        "risk-above-appetite",
    );
    none(
        &appetite(
            "low",
            ", residual: high, accepted_by: ciso, accepted_on: 2026-11-01",
        ),
        "risk-above-appetite",
    );
    // Without an appetite there is nothing to compare with.
    none(
        &format!(
            "{ROLES}\ncontrol c {{ owner: ciso, status: planned }}\nrisk r {{ owner: ciso, likelihood: likely, impact: major, treatment: mitigate, controls: [c], residual: critical }}\n"
        ),
        "risk-above-appetite",
    );
}

// ---------------------------------------------------------------- residual likelihood × impact

#[test]
fn an_agreeing_residual_pair_is_fine_and_decides_the_level() {
    // possible 3 × moderate 3 = 9: medium, as written.
    let src = appetite(
        "medium",
        ", residual: medium, residual_likelihood: possible, residual_impact: moderate",
    );
    none(&src, "invalid-value");
    none(&src, "missing-field");
    none(&src, "risk-above-appetite");
    // Without `residual` the pair alone gives the level.
    let src = appetite(
        "medium",
        ", residual_likelihood: possible, residual_impact: moderate",
    );
    none(&src, "risk-above-appetite");
    none(&src, "missing-field");
}

#[test]
fn a_residual_that_disagrees_with_the_pair_is_an_invalid_value_with_a_fix() {
    let src = appetite(
        "critical",
        ", residual: low, residual_likelihood: possible, residual_impact: major",
    );
    let d = one(&src, "invalid-value");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "low");
    assert_eq!(
        d.message,
        "`residual: low` does not match residual_likelihood × residual_impact = 3 × 4 = 12 (high)"
    );
    let labelled: Vec<&str> = d
        .labels
        .iter()
        .map(|l| &src[l.location.range.start as usize..l.location.range.end as usize])
        .collect();
    assert_eq!(labelled, ["possible", "major"]);
    let fix = d.fix.as_ref().expect("a fix to the computed level");
    assert_eq!(fix.title, "change `residual` to `high`");
    assert_eq!(fix.edits.len(), 1);
    assert_eq!(fix.edits[0].new_text, "high");
    let edited =
        &src[fix.edits[0].location.range.start as usize..fix.edits[0].location.range.end as usize];
    assert_eq!(edited, "low");
}

#[test]
fn only_one_of_the_residual_pair_is_a_missing_field() {
    let src = appetite("critical", ", residual: low, residual_likelihood: rare");
    let d = one(&src, "missing-field");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "residual_likelihood");
    assert_eq!(
        d.message,
        "the risk `r` gives `residual_likelihood` but not `residual_impact`: the residual risk is placed on the matrix by both"
    );
    assert!(
        d.help
            .as_deref()
            .is_some_and(|h| h.starts_with("add `residual_impact: …` (negligible, minor,")),
        "{:?}",
        d.help
    );

    let src = appetite("critical", ", residual_impact: minor");
    let d = one(&src, "missing-field");
    assert_eq!(underlined(&src, &d), "residual_impact");
    assert!(d.message.contains("but not `residual_likelihood`"));
    // Nothing to compare the `residual` word with, so no invalid-value either.
    none(
        &appetite("critical", ", residual: low, residual_impact: minor"),
        "invalid-value",
    );
}

#[test]
fn risk_above_appetite_uses_the_level_of_the_residual_pair() {
    // Written `low`, but unlikely 2 × severe 5 = 10 is high: above a medium appetite.
    let src = appetite(
        "medium",
        ", residual: low, residual_likelihood: unlikely, residual_impact: severe",
    );
    let d = one(&src, "risk-above-appetite");
    assert_eq!(
        d.message,
        "the risk `r` has residual level high (unlikely × severe = 10), above the organisation's risk appetite (medium), and nobody has accepted it"
    );
    assert_eq!(
        underlined(&src, &d),
        "residual_likelihood: unlikely, residual_impact: severe"
    );
    assert!(
        d.help
            .as_deref()
            .unwrap()
            .contains("`residual_likelihood` or `residual_impact`")
    );
    // Written `high`, but rare 1 × major 4 = 4 is low: within a low appetite.
    none(
        &appetite(
            "low",
            ", residual: high, residual_likelihood: rare, residual_impact: major",
        ),
        "risk-above-appetite",
    );
    // Accepted by a role on a date, it is fine.
    none(
        &appetite(
            "medium",
            ", residual_likelihood: unlikely, residual_impact: severe, accepted_by: ciso, accepted_on: 2026-11-01",
        ),
        "risk-above-appetite",
    );
}

// ---------------------------------------------------------------- system-without-impact-assessment

fn with_system(scope: &str, extra: &str, system_fields: &str) -> String {
    format!(
        "organisation acme {{ scope: [{scope}] }}{ROLES}
system triage {{ owner: ciso, lifecycle: production, purpose: \"p\"{system_fields} }}
{extra}"
    )
}

#[test]
fn system_without_impact_assessment_under_iso42001() {
    let src = with_system("iso42001", "", "");
    let d = one(&src, "system-without-impact-assessment");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(underlined(&src, &d), "triage");
    assert_eq!(
        d.message,
        "the AI system `triage` has no impact assessment, which ISO/IEC 42001 clause 6.1.4 requires"
    );
    // An assessment of another kind does not count.
    let src = with_system(
        "iso42001",
        "assessment sec { system: triage, date: 2026-01-01, kind: security }\n",
        "",
    );
    one(&src, "system-without-impact-assessment");
}

#[test]
fn impact_assessed_systems_or_iso42001_out_of_scope() {
    none(
        &with_system(
            "iso42001",
            "assessment ia { system: triage, date: 2026-01-01 }\n",
            "",
        ),
        "system-without-impact-assessment",
    );
    none(
        &with_system(
            "iso42001",
            "assessment ia { system: triage, date: 2026-01-01, kind: impact }\n",
            ", impact_assessment: ia",
        ),
        "system-without-impact-assessment",
    );
    none(
        &with_system("iso27001", "", ""),
        "system-without-impact-assessment",
    );
}

// ---------------------------------------------------------------- assessment-overdue

fn assessment(date: &str) -> String {
    format!(
        "{ROLES}
system triage {{ owner: ciso, lifecycle: production, purpose: \"p\" }}
assessment ia {{ system: triage, date: {date}, review_every: 12 months }}
"
    )
}

#[test]
fn assessment_overdue_the_day_after_its_review_date() {
    let src = assessment("2025-11-27");
    let d = one(&src, "assessment-overdue");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(underlined(&src, &d), "2025-11-27");
    assert_eq!(
        d.message,
        "the assessment `ia` was due for review on 2026-11-27 (12 months after 2025-11-27); it is overdue as of 2026-11-28"
    );
}

#[test]
fn assessment_due_today_or_later_is_not_overdue() {
    none(&assessment("2025-11-28"), "assessment-overdue");
    none(&assessment("2026-06-01"), "assessment-overdue");
    // Without `review_every` there is no review date.
    none(
        &format!(
            "{ROLES}\nsystem triage {{ owner: ciso, lifecycle: production, purpose: \"p\" }}\nassessment ia {{ system: triage, date: 2020-01-01 }}\n"
        ),
        "assessment-overdue",
    );
}

// ---------------------------------------------------------------- system-without-risk

#[test]
fn system_without_risk() {
    let src = format!(
        "{ROLES}\nsystem triage {{ owner: ciso, lifecycle: production, purpose: \"p\" }}\n"
    );
    let d = one(&src, "system-without-risk");
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(underlined(&src, &d), "triage");
    assert_eq!(d.message, "no risk is recorded for the AI system `triage`");
}

#[test]
fn systems_with_risks_or_retired() {
    none(
        &format!(
            "{ROLES}
system triage {{ owner: ciso, lifecycle: production, purpose: \"p\" }}
system old {{ owner: ciso, lifecycle: retired, purpose: \"p\" }}
risk r {{ system: triage, owner: ciso, likelihood: rare, impact: minor, treatment: accept }}
"
        ),
        "system-without-risk",
    );
}

// ---------------------------------------------------------------- user frameworks and crosswalks

const USER_FRAMEWORK: &str = r#"
framework house "House rules" {
  group H "House" {
    control H.1 "Lock the door"
    control H.2 "Close the window"
    clause H.3 "Feed the cat"
  }
}
"#;

#[test]
fn user_frameworks_are_checked_and_covered_like_built_ins() {
    let src = format!(
        "organisation acme {{ scope: [house] }}{ROLES}{USER_FRAMEWORK}
control lock {{ owner: ciso, status: implemented, satisfies: [house.H.1], evidence: [fresh] }}
exclude house.H.2 {{ reason: \"No windows.\", approved_by: ciso }}
"
    );
    let d = one(&src, "requirement-gap");
    assert_eq!(
        d.message,
        "1 of the 3 requirements of `house` is neither satisfied nor excluded: H.3"
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

#[test]
fn duplicate_ids_in_a_framework() {
    let src = r#"
framework house "House rules" {
  control H.1 "Lock the door"
  group G "Garden" {
    control H.1 "Water the plants"
  }
}
"#;
    let d = one(src, "duplicate-name");
    assert_eq!(d.message, "the id `H.1` is used twice in this framework");
    assert_eq!(d.location.range.start as usize, src.rfind("H.1").unwrap());
    none(USER_FRAMEWORK, "duplicate-name");
}

#[test]
fn crosswalk_ids_must_exist() {
    let src = format!(
        "{USER_FRAMEWORK}
crosswalk house_iso {{
  from: house
  to: iso42001
  map H.1 {{ to: [A.2.2, A.9.9] }}
  map H.7 {{ to: [A.2] }}
}}
"
    );
    let found = diagnostics(&src, "unknown-requirement");
    let messages: Vec<(&str, &str)> = found
        .iter()
        .map(|d| (underlined(&src, d), d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        vec![
            ("A.9.9", "`iso42001` has no requirement `A.9.9`"),
            ("H.7", "`house` has no requirement `H.7`"),
            (
                "A.2",
                "`iso42001.A.2` is a group of requirements; a crosswalk maps requirements"
            ),
        ]
    );
    let good = format!(
        "{USER_FRAMEWORK}\ncrosswalk house_iso {{ from: house, to: iso42001\n  map H.1 {{ to: [A.2.2] }}\n}}\n"
    );
    none(&good, "unknown-requirement");
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

const SCENARIO: &str = r#"organisation acme "Acme" { scope: [iso42001] }
role ciso "CISO" { holder: "Tom Reid" }
role head_of_ml "Head of ML" { holder: "Priya Shah" }

evidence policy_signed { date: 2026-09-01, valid_for: 12 months }
evidence old_review { date: 2025-01-10, valid_for: 6 months }

control ai_policy "AI policy" {
  owner: ciso
  status: implemented
  satisfies: [iso42001.A.2.2, iso42001.A.2.3]
  evidence: [policy_signed]
}
control roles "AI roles" {
  owner: ciso
  status: implemented
  satisfies: [iso42001.A.3.2]
  evidence: [old_review]
}
control fairness "Fairness testing" {
  owner: head_of_ml
  status: in_progress
  satisfies: [iso42001.A.6.2.4]
}

exclude iso42001.A.10.4 {
  reason: "We supply no AI systems to customers."
  approved_by: ciso
}
exclude iso42001.6.1.4 {
  reason: "Not needed."
  approved_by: ciso
}
"#;

#[test]
fn done_when_coverage_counts_one_clause_excluded_and_one_gap() {
    let p = project(SCENARIO);
    // `old_review` is also reported as `evidence-stale` (issue 4's rule); the
    // coverage diagnostics are the rest.
    let (stale, all): (Vec<_>, Vec<_>) = p
        .diagnostics()
        .into_iter()
        .partition(|d| d.code.name() == "evidence-stale");
    assert_eq!(stale.len(), 1, "{stale:#?}");
    let codes: Vec<&str> = all.iter().map(|d| d.code.name()).collect();
    assert_eq!(
        codes,
        vec!["requirement-gap", "clause-excluded"],
        "{all:#?}"
    );

    let clause = &all[1];
    assert_eq!(underlined(SCENARIO, clause), "iso42001.6.1.4");

    let gap = &all[0];
    assert_eq!(underlined(SCENARIO, gap), "iso42001");
    // 70 requirements: 2 covered (A.2.2, A.2.3), 2 partial (A.3.2 stale evidence,
    // A.6.2.4 in progress), 1 excluded (A.10.4); 6.1.4 stays a gap.
    assert_eq!(
        gap.message,
        "65 of the 70 requirements of `iso42001` are neither satisfied nor excluded: 4.1, 4.2, 4.3, 4.4, 5.1, 5.2, 5.3, 6.1.1 and 57 more"
    );

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
    let a = serde_json::to_string(&aims::report::build_report(&project(SCENARIO))).unwrap();
    let b = serde_json::to_string(&aims::report::build_report(&project(SCENARIO))).unwrap();
    assert_eq!(a, b);
}

#[test]
fn rendered_scenario_diagnostics() {
    let p = project(SCENARIO);
    let out = support::render::plain(&p.diagnostics(), |path| p.source(path));
    insta::assert_snapshot!(out);
}
