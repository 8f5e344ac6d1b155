//! `aims diff` end to end: real git repositories built in temporary folders, one
//! commit per kind of change (add a control, exclude a requirement, let evidence
//! lapse, move a risk, change a certification), diffed by the built binary in every
//! format, with the output snapshotted and its facts asserted.

use std::path::Path;
use std::process::{Command, Output};

use crate::support;

use support::cli::{aims, json, stderr, stdout};
use support::paths::repo;

/// Runs `git` in `dir` with a fixed identity and dates, so commit ids are the same
/// on every run.
fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_AUTHOR_DATE", "2026-11-28T09:00:00Z")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_DATE", "2026-11-28T09:00:00Z")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn commit(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", message]);
    git(dir, &["tag", message]);
}

const ORGANISATION: &str = r#"organisation demo "Demo Ltd" {
  scope: [cyber_essentials, iso42001]
  risk_appetite: medium
}

role ciso "Chief Information Security Officer" { holder: "Tom Reid" }
"#;

const CONTROLS: &str = r#"control firewalls "Boundary firewalls" {
  owner: ciso
  status: implemented
  satisfies: [cyber_essentials.firewalls]
  evidence: [firewall_review]
}
"#;

const EVIDENCE: &str = r#"evidence firewall_review "Firewall rule review" {
  file: "../evidence/firewall.md"
  date: 2026-10-12
  valid_for: 12 months
}
"#;

const RISKS: &str = r#"risk breach "Breach of the model hosting account" {
  owner: ciso
  likelihood: unlikely
  impact: moderate
  treatment: mitigate
  controls: [firewalls]
}
"#;

const CERTIFICATION: &str = r#"certification ce "Cyber Essentials" {
  framework: cyber_essentials
  status: in_progress
  since: 2026-09-01
  target: 2027-01
  owner: ciso
}

publication trust { file: "../site/trust.md" }
"#;

/// A repository with one commit per kind of change, tagged `base`, `control`,
/// `exclusion`, `lapse`, `risk` and `certification`.
fn history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    write(d, "governance/aims.toml", "as_of = 2026-11-28\n");
    write(d, "governance/spec/organisation.aims", ORGANISATION);
    write(d, "governance/spec/controls.aims", CONTROLS);
    write(d, "governance/spec/evidence.aims", EVIDENCE);
    write(d, "governance/spec/risks.aims", RISKS);
    write(d, "governance/spec/certifications.aims", CERTIFICATION);
    write(d, "governance/evidence/firewall.md", "Rules reviewed.\n");
    write(
        d,
        "governance/evidence/edr.md",
        "Every endpoint enrolled.\n",
    );
    write(
        d,
        "governance/site/trust.md",
        "# Trust\n\nCyber Essentials certification is in progress.\n",
    );
    write(d, "README.md", "Not part of the workspace.\n");
    commit(d, "base");

    // Add a control: malware protection becomes covered.
    write(
        d,
        "governance/spec/controls.aims",
        &format!(
            "{CONTROLS}\ncontrol malware \"Managed anti-malware\" {{\n  owner: ciso\n  status: implemented\n  satisfies: [cyber_essentials.malware_protection]\n  evidence: [edr]\n}}\n"
        ),
    );
    write(
        d,
        "governance/spec/evidence.aims",
        &format!(
            "{EVIDENCE}\nevidence edr \"Endpoint protection report\" {{\n  file: \"../evidence/edr.md\"\n  date: 2026-11-01\n  valid_for: 12 months\n}}\n"
        ),
    );
    commit(d, "control");

    // Exclude a requirement that may be excluded.
    write(
        d,
        "governance/spec/exclusions.aims",
        "exclude iso42001.A.10.3 {\n  reason: \"We use no third-party AI components or suppliers.\"\n  approved_by: ciso\n}\n",
    );
    commit(d, "exclusion");

    // Let evidence lapse: the firewall review is a year older, and the endpoint
    // report is now valid for three months only (stale within 90 days).
    let evidence = std::fs::read_to_string(d.join("governance/spec/evidence.aims")).unwrap();
    write(
        d,
        "governance/spec/evidence.aims",
        &evidence
            .replace("date: 2026-10-12", "date: 2025-10-12")
            .replace(
                "date: 2026-11-01\n  valid_for: 12 months",
                "date: 2026-11-01\n  valid_for: 3 months",
            ),
    );
    commit(d, "lapse");

    // Move a risk: more likely than it was.
    write(
        d,
        "governance/spec/risks.aims",
        &RISKS.replace("likelihood: unlikely", "likelihood: likely"),
    );
    commit(d, "risk");

    // Change a certification: achieved, while the trust page still says in progress.
    write(
        d,
        "governance/spec/certifications.aims",
        &CERTIFICATION.replace(
            "  status: in_progress\n  since: 2026-09-01\n  target: 2027-01\n",
            "  status: achieved\n  certificate: \"CE-0001\"\n  body: \"IASME\"\n  issued: 2026-11-20\n  expires: 2027-11-19\n",
        ),
    );
    commit(d, "certification");
    dir
}

fn diff(dir: &Path, args: &[&str], format: &str) -> Output {
    let workspace = dir.join("governance");
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    all.extend(["-C", workspace.to_str().unwrap(), "--format", format]);
    aims(&all)
}

fn ok(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}\n{}",
        stdout(output),
        stderr(output)
    );
    stdout(output)
}

fn json_diff(dir: &Path, base: &str, head: &str) -> serde_json::Value {
    let output = diff(dir, &[base, head], "json");
    ok(&output);
    json(&output)
}

fn ids(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect()
}

fn framework<'a>(diff: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    diff["frameworks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["framework"] == name)
        .unwrap_or_else(|| panic!("{name} in {diff:#}"))
}

fn codes(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn each_kind_of_change_is_reported_in_every_format() {
    let dir = history();
    let d = dir.path();
    let steps = [
        ("base", "control"),
        ("control", "exclusion"),
        ("exclusion", "lapse"),
        ("lapse", "risk"),
        ("risk", "certification"),
    ];
    for (base, head) in steps {
        for format in ["human", "markdown", "json"] {
            let text = ok(&diff(d, &[base, head], format));
            insta::assert_snapshot!(format!("diff_{base}_to_{head}_{format}"), text);
        }
    }

    // Adding a control covers a requirement.
    let control = json_diff(d, "base", "control");
    assert_eq!(control["version"], 1);
    assert_eq!(control["coverage_or_claims_changed"], true);
    let ce = framework(&control, "cyber_essentials");
    assert_eq!(ids(&ce["newly_covered"]), ["malware_protection"]);
    assert_eq!(ce["before"]["covered"], 1);
    assert_eq!(ce["after"]["covered"], 2);

    // Excluding a requirement moves it from gap to excluded.
    let exclusion = json_diff(d, "control", "exclusion");
    let iso = framework(&exclusion, "iso42001");
    assert_eq!(ids(&iso["other"]), ["A.10.3"]);
    assert_eq!(iso["other"][0]["before"], "gap");
    assert_eq!(iso["other"][0]["after"], "excluded");

    // Lapsed evidence: the control is only partial now, the stale record and the
    // one that goes stale within 90 days are listed, and the warning is new.
    let lapse = json_diff(d, "exclusion", "lapse");
    let ce = framework(&lapse, "cyber_essentials");
    assert_eq!(ids(&ce["newly_partial"]), ["firewalls"]);
    let evidence: Vec<(&str, &str)> = lapse["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["name"].as_str().unwrap(), e["after"].as_str().unwrap()))
        .collect();
    assert_eq!(
        evidence,
        [("firewall_review", "stale"), ("edr", "expiring")]
    );
    assert!(codes(&lapse["diagnostics"]["added"]).contains(&"evidence-stale".to_owned()));

    // A risk whose level moved.
    let risk = json_diff(d, "lapse", "risk");
    assert_eq!(risk["coverage_or_claims_changed"], false);
    let moved = &risk["risks"][0];
    assert_eq!(moved["name"], "breach");
    assert_ne!(moved["inherent_before"], moved["inherent_after"]);

    // A certification whose status and dates changed, and the claim it makes stale.
    let cert = json_diff(d, "risk", "certification");
    let changed = &cert["certifications"][0];
    assert_eq!(changed["name"], "ce");
    assert_eq!(changed["status_before"], "in_progress");
    assert_eq!(changed["status_after"], "achieved");
    let fields: Vec<&str> = changed["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    for field in ["status", "since", "target", "issued", "expires"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    assert_eq!(codes(&cert["claims"]["added"]), ["claim-understated"]);
    assert_eq!(cert["claims"]["added"][0]["file"], "site/trust.md");
    // ... and going back resolves it.
    let back = json_diff(d, "certification", "risk");
    assert_eq!(codes(&back["claims"]["removed"]), ["claim-understated"]);
}

#[test]
fn no_change_says_so_briefly() {
    let dir = history();
    let d = dir.path();
    let human = ok(&diff(d, &["HEAD"], "human"));
    assert!(human.contains("no change to coverage or claims"), "{human}");
    assert!(human.contains("working tree"), "{human}");
    let markdown = ok(&diff(d, &["certification", "HEAD"], "markdown"));
    assert!(
        markdown.contains("**No change to coverage or claims.**"),
        "{markdown}"
    );
    assert!(markdown.lines().count() <= 5, "{markdown}");
    // A change outside the workspace folder is no change to it.
    write(d, "README.md", "Changed.\n");
    commit(d, "readme");
    let outside = ok(&diff(d, &["certification", "readme"], "human"));
    assert!(
        outside.contains("no change to coverage or claims"),
        "{outside}"
    );
}

#[test]
fn the_working_tree_is_compared_when_no_head_is_given() {
    let dir = history();
    let d = dir.path();
    let trust = d.join("governance/site/trust.md");
    std::fs::write(&trust, "# Trust\n\nWe are ISO 42001 certified.\n").unwrap();
    let text = ok(&diff(d, &["HEAD"], "json"));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["head"]["revision"], "working tree");
    assert!(value["head"]["commit"].is_null());
    let added = codes(&value["claims"]["added"]);
    assert!(added.contains(&"claim-unbacked".to_owned()), "{added:?}");
    let removed = codes(&value["claims"]["removed"]);
    assert_eq!(removed, ["claim-understated"]);
}

#[test]
fn bad_revisions_and_folders_are_one_line_errors() {
    let dir = history();
    let d = dir.path();
    let output = diff(d, &["no-such-branch"], "human");
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("`no-such-branch` is not a revision"),
        "{message}"
    );
    // The workspace folder did not exist at a revision before it was added.
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "aims.toml", "");
    let output = aims(&["diff", "HEAD", "-C", outside.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("not inside a git repository"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn json_diffs_validate_against_the_shipped_schema() {
    let generated = aims::diff::json_schema();
    let path = repo("schemas/diff.schema.json");
    if std::env::var_os("AIMS_UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "schemas/diff.schema.json is out of date; run `AIMS_UPDATE_SCHEMAS=1 cargo test -p aims-compiler --test it diff` and commit it"
    );
    let schema: serde_json::Value = serde_json::from_str(&shipped).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let dir = history();
    for (base, head) in [("base", "certification"), ("certification", "base")] {
        let instance = json_diff(dir.path(), base, head);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

const RECORDS: &str = r#"supplier cloud "Cloud hosting provider" {
  owner: ciso
  provides: "Hosting"
}

assurance cloud_27001 "Cloud ISO/IEC 27001 certificate" {
  supplier: cloud
  framework: iso27001
  reference: "IS 1001"
  issuer: "Example Certification Ltd"
  issued: 2024-03-01
  expires: 2027-02-28
}

internal_audit audit_2025 "Internal audit 2025" {
  date: 2025-12-01
  frameworks: [iso42001]
  owner: ciso
}

management_review review_2026 "Management review 2026" {
  date: 2026-01-15
  frameworks: [iso42001]
  owner: ciso
}

nonconformity nc_logging "Model logs not retained" {
  raised: 2025-12-01
  owner: ciso
  status: open
  found_by: audit_2025
  corrective_action: "Retain model logs for six months"
  due: 2027-03-31
}
"#;

/// A repository whose records change: `records` (the base), `cycle` (a new audit,
/// a nonconformity closed and another opened, a new assurance) and `later` (a year
/// on: the certificate has expired and the review is overdue).
fn records_history() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    write(d, "governance/aims.toml", "as_of = 2026-11-28\n");
    write(d, "governance/spec/organisation.aims", ORGANISATION);
    write(d, "governance/spec/records.aims", RECORDS);
    commit(d, "records");

    let cycle = RECORDS.replace(
        "  status: open\n  found_by: audit_2025\n  corrective_action: \"Retain model logs for six months\"\n  due: 2027-03-31\n",
        "  status: closed\n  found_by: audit_2025\n  corrective_action: \"Retain model logs for six months\"\n  due: 2027-03-31\n  closed_on: 2026-11-20\n",
    ) + r#"
internal_audit audit_2026 "Internal audit 2026" {
  date: 2026-11-20
  frameworks: [iso42001]
  owner: ciso
}

nonconformity nc_access "Access reviews late" {
  raised: 2026-11-20
  owner: ciso
  status: open
  found_by: audit_2026
  corrective_action: "Review access quarterly"
  due: 2026-11-25
}

assurance cloud_soc2 "Cloud SOC 2 Type 2 report" {
  supplier: cloud
  framework: soc2
  issuer: "Example Audit LLP"
  issued: 2026-06-30
  expires: 2027-04-15
}
"#;
    write(d, "governance/spec/records.aims", &cycle);
    commit(d, "cycle");

    write(d, "governance/aims.toml", "as_of = 2027-03-01\n");
    commit(d, "later");
    dir
}

fn events(list: &serde_json::Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_owned(),
                r["event"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn audits_reviews_nonconformities_and_supplier_assurance_are_reported() {
    let dir = records_history();
    let d = dir.path();
    for (base, head) in [("records", "cycle"), ("cycle", "later")] {
        for format in ["human", "markdown", "json"] {
            let text = ok(&diff(d, &[base, head], format));
            insta::assert_snapshot!(format!("diff_{base}_to_{head}_{format}"), text);
        }
    }

    let cycle = json_diff(d, "records", "cycle");
    assert_eq!(
        events(&cycle["records"]),
        [
            ("audit_2026".to_owned(), "added".to_owned()),
            ("nc_access".to_owned(), "opened".to_owned()),
            ("nc_logging".to_owned(), "closed".to_owned()),
        ]
    );
    let opened = &cycle["records"][1];
    assert_eq!(opened["overdue"], true, "due 2026-11-25, as of 2026-11-28");
    assert_eq!(cycle["records"][2]["date"], "2026-11-20");
    assert_eq!(
        events(&cycle["supplier_assurance"]),
        [("cloud_soc2".to_owned(), "added".to_owned())]
    );

    let later = json_diff(d, "cycle", "later");
    assert_eq!(
        events(&later["records"]),
        [("review_2026".to_owned(), "overdue".to_owned())]
    );
    assert_eq!(later["records"][0]["date"], "2027-01-15");
    let assurance = events(&later["supplier_assurance"]);
    assert_eq!(
        assurance,
        [
            ("cloud_27001".to_owned(), "expired".to_owned()),
            ("cloud_soc2".to_owned(), "expiring".to_owned()),
        ]
    );
    assert_eq!(later["supplier_assurance"][0]["state_before"], "current");
    assert_eq!(later["supplier_assurance"][0]["expires"], "2027-02-28");

    // Nothing about records changes between identical sides.
    let same = json_diff(d, "later", "later");
    assert!(same["records"].as_array().unwrap().is_empty());
    assert!(same["supplier_assurance"].as_array().unwrap().is_empty());
}
