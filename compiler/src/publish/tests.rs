//! The statement never says more than the spec: every framework in every status,
//! rendered in every text format, is checked as a publication of the same spec by
//! the real prose reader, and must raise no claim diagnostic.

use crate::config::Settings;
use crate::db::Origin;
use crate::workspace::Project;

const AS_OF: &str = "2026-11-28";

/// The declaration of `framework` in `status`, with every fact the status needs.
fn record(framework: &str, status: &str, kind: &str) -> String {
    let facts = match (kind, status) {
        ("attestation", "achieved") => {
            "report_date: 2026-08-15, period: \"2026-01-01 to 2026-06-30\", auditor: \"Audit & Co LLP\""
        }
        ("attestation", "lapsed") => "report_date: 2025-08-15, auditor: \"Audit & Co LLP\"",
        (_, "achieved") => {
            "certificate: \"GB-1234\", body: \"Cert Body Ltd\", accreditation: UKAS, issued: 2026-03-01, expires: 2027-02-28, last_audit: 2026-10-01, scope: \"Design and operation of clinical AI\""
        }
        (_, "expired") => {
            "certificate: \"GB-1234\", body: \"Cert Body Ltd\", issued: 2025-10-01, expires: 2026-09-30, last_audit: 2026-01-01"
        }
        (_, "in_progress") => "since: 2026-09-01, target: 2027-01",
        (_, "planned") => "target: 2027-Q4",
        (_, "lapsed") => "certificate: \"GB-1234\", expires: 2026-06-30",
        _ => "",
    };
    let status = if status == "expired" {
        "achieved"
    } else {
        status
    };
    let report_type = if kind == "attestation" {
        ", type: type2"
    } else {
        ""
    };
    format!("{kind} rec {{ framework: {framework}, status: {status}{report_type}, {facts} }}\n")
}

fn project(spec: &str, page_path: &str, page: &str) -> Project {
    let organisation = if spec.contains("organisation ") {
        ""
    } else {
        "organisation org \"Example Ltd\" { scope: [] }\n"
    };
    let spec = format!("{organisation}{spec}publication page {{ file: \"{page_path}\" }}\n");
    Project::from_sources(
        Settings::new(AS_OF.parse().unwrap()),
        None,
        vec![
            ("spec.aims".into(), spec, Origin::Spec),
            (page_path.into(), page.into(), Origin::Prose),
        ],
    )
}

/// The statement of `spec`'s entry for `framework`, after checking that the whole
/// statement, published, makes no claim diagnostic against the same spec.
fn honest_entry(spec: &str, framework: &str, case: &str) -> super::FrameworkStatement {
    let (statement, problems) = claim_problems(spec);
    assert!(problems.is_empty(), "{case}:\n{}", problems.join("\n"));
    statement
        .frameworks
        .into_iter()
        .find(|f| f.framework == framework)
        .unwrap_or_else(|| panic!("{case}: {framework} is in the statement"))
}

/// The claim diagnostics the statement raises when published, in each format.
fn claim_problems(spec: &str) -> (super::Statement, Vec<String>) {
    let statement = super::build_statement(&project(spec, "trust.md", ""));
    let mut problems = Vec::new();
    let pages = [
        ("trust.md", super::markdown::render(&statement)),
        (
            "trust.html",
            super::html::render_fragment(&statement).unwrap(),
        ),
        ("page.html", super::html::render_page(&statement).unwrap()),
    ];
    for (path, text) in pages {
        for d in project(spec, path, &text).diagnostics() {
            if d.code.name().starts_with("claim-") {
                let at = &text[d.location.range.range()];
                problems.push(format!(
                    "{path}: {} at “{at}”: {}\n{text}",
                    d.code.name(),
                    d.message
                ));
            }
        }
    }
    (statement, problems)
}

#[test]
fn every_framework_in_every_status_is_stated_honestly() {
    let certifiable = [
        "cyber_essentials",
        "cyber_essentials_plus",
        "iso27001",
        "iso42001",
    ];
    let statuses = ["planned", "in_progress", "achieved", "expired", "lapsed"];
    let mut checked = 0;
    for framework in certifiable {
        let mut texts = Vec::new();
        for status in statuses {
            let spec = record(framework, status, "certification");
            let f = honest_entry(&spec, framework, &format!("{framework} {status}"));
            assert_eq!(
                f.status.as_deref(),
                Some(if status == "expired" {
                    "achieved"
                } else {
                    status
                })
            );
            texts.push(f.sentences.join(" "));
            checked += 1;
        }
        // The words follow the spec: each status reads differently.
        let distinct: std::collections::BTreeSet<_> = texts.iter().collect();
        assert_eq!(distinct.len(), statuses.len(), "{texts:#?}");
    }
    for status in ["planned", "in_progress", "achieved", "lapsed"] {
        let spec = record("soc2", status, "attestation");
        honest_entry(&spec, "soc2", &format!("soc2 {status}"));
        checked += 1;
    }
    // Frameworks nobody certifies, in scope without a record: coverage only.
    for framework in ["nist_ai_rmf", "eu_ai_act", "iso42001"] {
        let spec = format!("organisation scoped {{ scope: [{framework}] }}\n");
        let f = honest_entry(&spec, framework, &format!("{framework} in scope"));
        assert_eq!(f.standing, super::wording::Standing::NotRecorded);
        assert!(f.coverage.is_some());
        checked += 1;
    }
    assert_eq!(checked, 4 * 5 + 4 + 3);
}

#[test]
fn a_page_with_every_status_at_once_is_honest() {
    let spec = [
        record("cyber_essentials", "achieved", "certification"),
        record("cyber_essentials_plus", "in_progress", "certification").replace("rec", "plus"),
        record("iso27001", "planned", "certification").replace("rec", "isms"),
        record("iso42001", "lapsed", "certification").replace("rec", "aims_cert"),
        record("soc2", "achieved", "attestation").replace("rec", "soc"),
    ]
    .concat();
    let (statement, problems) = claim_problems(&spec);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let labels: Vec<(&str, &str)> = statement
        .frameworks
        .iter()
        .map(|f| (f.framework.as_str(), f.label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("cyber_essentials", "achieved"),
            ("cyber_essentials_plus", "in progress"),
            ("iso27001", "planned"),
            ("iso42001", "lapsed"),
            ("soc2", "achieved"),
        ]
    );
}

#[test]
fn the_words_say_what_the_spec_says() {
    let (statement, _) = claim_problems(&record("iso27001", "achieved", "certification"));
    let f = &statement.frameworks[0];
    assert_eq!(
        f.sentences,
        [
            "We hold ISO/IEC 27001 certification.",
            "Certificate GB-1234, issued by Cert Body Ltd (UKAS-accredited) on 2026-03-01, valid until 2027-02-28.",
            "Last surveillance audit: 2026-10-01.",
            "Scope of the certificate: Design and operation of clinical AI.",
        ]
    );
    let (statement, _) = claim_problems(&record("iso42001", "planned", "certification"));
    assert_eq!(
        statement.frameworks[0].sentences,
        [
            "We plan to seek ISO/IEC 42001 certification.",
            "Target date: 2027-Q4."
        ]
    );
    let (statement, _) = claim_problems(&record("iso42001", "expired", "certification"));
    assert_eq!(
        statement.frameworks[0].sentences,
        ["ISO/IEC 42001 certification is not current: the certificate expired on 2026-09-30."]
    );
    // Never the blurring words.
    for status in ["planned", "in_progress", "achieved", "expired", "lapsed"] {
        let (statement, _) = claim_problems(&record("iso27001", status, "certification"));
        let text = super::markdown::render(&statement).to_lowercase();
        for banned in ["working towards", "aligned", "compliant", "ready"] {
            assert!(!text.contains(banned), "{status}: “{banned}” in\n{text}");
        }
    }
}

#[test]
fn spec_text_is_escaped_in_html_and_markdown() {
    let spec = "certification rec { framework: iso27001, status: achieved, certificate: \"<script>x</script>\", body: \"A*B_C\", issued: 2026-03-01, expires: 2027-02-28, last_audit: 2026-10-01 }\n";
    let statement = super::build_statement(&project(spec, "trust.md", ""));
    let html = super::html::render_page(&statement).unwrap();
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    let md = super::markdown::render(&statement);
    assert!(md.contains(r"A\*B\_C"), "{md}");
}

/// A statement with one framework in each standing.
fn every_standing() -> super::Statement {
    let spec = [
        record("cyber_essentials", "achieved", "certification"),
        record("cyber_essentials_plus", "in_progress", "certification").replace("rec", "plus"),
        record("iso27001", "planned", "certification").replace("rec", "isms"),
        record("iso42001", "lapsed", "certification").replace("rec", "aims_cert"),
        record("soc2", "achieved", "attestation").replace("rec", "soc"),
    ]
    .concat();
    super::build_statement(&project(&spec, "trust.md", ""))
}

#[test]
fn badges_are_valid_svg_with_a_title_and_the_status_and_date() {
    let badges = super::badge::badges(&every_standing());
    let summary: Vec<(&str, &str, &str)> = badges
        .iter()
        .map(|b| (b.file_name.as_str(), b.message.as_str(), b.color))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "cyber_essentials.svg",
                "certified until 2027-02-28",
                "#1a7f37"
            ),
            (
                "cyber_essentials_plus.svg",
                "in progress · target 2027-01",
                "#9a6700"
            ),
            ("iso27001.svg", "planned · target 2027-Q4", "#0969da"),
            ("iso42001.svg", "lapsed 2026-06-30", "#cf222e"),
            ("soc2.svg", "Type 2 report · 2026-08-15", "#1a7f37"),
        ]
    );
    for badge in &badges {
        let doc = roxmltree::Document::parse(&badge.svg)
            .unwrap_or_else(|e| panic!("{}: {e}\n{}", badge.file_name, badge.svg));
        let svg = doc.root_element();
        assert_eq!(svg.tag_name().name(), "svg");
        assert_eq!(
            svg.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert_eq!(svg.attribute("role"), Some("img"));
        let title = svg
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .expect("a <title> for screen readers");
        assert_eq!(title, badge.title);
        assert!(title.contains(&badge.label) && title.contains(&badge.message));
        // The two halves fill the badge exactly.
        let width: u32 = svg.attribute("width").unwrap().parse().unwrap();
        let halves: u32 = svg
            .descendants()
            .filter(|n| {
                n.has_tag_name("rect")
                    && n.parent().is_some_and(|p| p.has_tag_name("g"))
                    && n.attribute("fill").is_some_and(|f| f.starts_with('#'))
            })
            .filter_map(|n| n.attribute("width")?.parse::<u32>().ok())
            .take(2)
            .sum();
        assert_eq!(halves, width, "{}", badge.svg);
        let texts: Vec<&str> = svg
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert!(texts.contains(&badge.message.as_str()), "{texts:?}");
        assert!(texts.contains(&badge.label.as_str()), "{texts:?}");
    }
}

#[test]
fn badge_text_from_the_spec_is_escaped() {
    let svg = super::badge::render(
        "A <b> & \"c\"",
        "planned",
        "#59636e",
        "A <b> & \"c\": planned",
    );
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let title = doc
        .root_element()
        .children()
        .find(|n| n.has_tag_name("title"))
        .unwrap();
    assert_eq!(title.text(), Some("A <b> & \"c\": planned"));
}

#[test]
fn the_same_spec_gives_the_same_bytes() {
    let a = every_standing();
    let b = every_standing();
    assert_eq!(super::to_json(&a), super::to_json(&b));
    assert_eq!(super::markdown::render(&a), super::markdown::render(&b));
    assert_eq!(super::badge::badges(&a), super::badge::badges(&b));
}
