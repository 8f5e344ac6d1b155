//! `aims report` and `aims export oscal`: every format is validated against its
//! schema where one exists (the shipped report schema, NIST's OSCAL 1.1.3
//! component-definition schema), escapes user text, and is byte-identical across
//! runs with the same as-of date.

use crate::support;

use aims::Project;
use aims::report::model::Report;
use support::paths::repo;

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
        "schemas/report.schema.json is out of date; run `AIMS_UPDATE_SCHEMAS=1 cargo test -p aims-compiler --test it reports` and commit it"
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

/// Every format, rendered for one workspace.
fn all_formats(path: &str) -> Vec<(&'static str, Vec<u8>)> {
    let report = report(path);
    vec![
        ("json", serde_json::to_vec_pretty(&report).unwrap()),
        (
            "html",
            aims::report::html::render(&report).unwrap().into_bytes(),
        ),
        (
            "markdown",
            aims::report::markdown::render(&report).into_bytes(),
        ),
        ("csv", aims::report::csv::render_soa(&report).unwrap()),
        ("xlsx", aims::report::xlsx::render(&report).unwrap()),
    ]
}

#[test]
fn every_format_is_byte_identical_across_runs() {
    for workspace in [FIXTURE, ACME] {
        let first = all_formats(workspace);
        // Let the wall clock move past a second boundary, so that a timestamp
        // leaking into any format (the XLSX document properties, say) shows up.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        let second = all_formats(workspace);
        for ((format, a), (_, b)) in first.iter().zip(&second) {
            assert!(
                a == b,
                "{workspace}: the {format} report differs between two runs"
            );
            assert!(!a.is_empty());
        }
    }
}

#[test]
fn markdown_and_html_escape_user_text() {
    let report = report(FIXTURE);
    let html = aims::report::html::render(&report).unwrap();
    assert!(
        !html.contains("<script"),
        "the HTML report contains a script element"
    );
    assert!(!html.contains("<b>assistant</b>"));
    assert!(html.contains("Referral triage &lt;b&gt;assistant&lt;&#x2f;b&gt;"));
    let markdown = aims::report::markdown::render(&report);
    assert!(
        !markdown.contains("<script"),
        "the Markdown report contains a script element"
    );
    assert!(markdown.contains("Demo &lt;script&gt;document.title='pwned'&lt;/script&gt; Ltd"));
}

#[test]
fn html_report_has_every_section() {
    let html = aims::report::html::render(&report(ACME)).unwrap();
    for needle in [
        "<h1>Acme Secure AI Ltd</h1>",
        "as of <strong>2026-11-28</strong>",
        "id=\"certifications\"",
        "id=\"coverage\"",
        "id=\"soa\"",
        "id=\"risks\"",
        "id=\"evidence\"",
        "id=\"systems\"",
        "id=\"diagnostics\"",
        "Not yet certified: work toward certification has been under way since 2026-09-01.",
        "@media print",
        "<svg class=\"bar\"",
    ] {
        assert!(
            html.contains(needle),
            "the acme HTML report lacks {needle:?}"
        );
    }
    assert!(
        !html.contains("http://") && !html.contains("<link") && !html.contains("<img"),
        "the report must be self-contained"
    );
}

#[test]
fn acme_risks_are_placed_on_the_residual_heat_map() {
    let r = report(ACME);
    let scores: Vec<(&str, Option<&str>, Option<u8>)> = r
        .risks
        .iter()
        .map(|x| {
            (
                x.name.as_str(),
                x.residual.map(|l| l.as_str()),
                x.residual_score,
            )
        })
        .collect();
    assert_eq!(
        scores,
        [
            ("biased_priority", Some("medium"), Some(6)),
            ("missed_urgent", Some("high"), Some(10)),
            ("hallucinated_content", Some("medium"), Some(6)),
            ("laptop_compromise", Some("low"), Some(4)),
        ]
    );
    let v = aims::report::view::view(&r);
    let cells: Vec<(u8, usize)> = v
        .residual_heat_map
        .rows
        .iter()
        .flat_map(|row| &row.cells)
        .filter(|c| c.count > 0)
        .map(|c| (c.score, c.count))
        .collect();
    // Rows run from almost certain down to rare: possible × minor, unlikely ×
    // moderate, unlikely × severe, rare × major.
    assert_eq!(cells, [(6, 1), (6, 1), (10, 1), (4, 1)]);
    assert_eq!((v.residual_placed, v.residual_by_level), (4, 0));
    let html = aims::report::html::render(&r).unwrap();
    assert!(html.contains("Residual risk after treatment: likelihood (rows) × impact (columns)"));
    assert!(!html.contains("Residual risk by level"));
    let markdown = aims::report::markdown::render(&r);
    assert!(markdown.contains("Residual risk after treatment"));
    assert!(markdown.contains("high (10: unlikely × severe) (above appetite)"));
}

#[test]
fn csv_statement_of_applicability_lists_every_annex_a_control() {
    let bytes = aims::report::csv::render_soa(&report(FIXTURE)).unwrap();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        aims::report::csv::SOA_COLUMNS
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 38, "ISO/IEC 42001 has 38 Annex A controls");
    let excluded = rows.iter().find(|r| &r[1] == "A.10.4").unwrap();
    assert_eq!(&excluded[3], "Excluded");
    assert_eq!(
        &excluded[4],
        "We supply no AI systems to customers <i>at all</i>."
    );
    assert_eq!(&excluded[7], "Tom & Jerry Reid (ciso), 2026-10-01");
    let covered = rows.iter().find(|r| &r[1] == "A.6.2.4").unwrap();
    assert_eq!((&covered[3], &covered[5]), ("Included", "Implemented"));
    let in_progress = rows.iter().find(|r| &r[1] == "A.2.2").unwrap();
    assert_eq!(&in_progress[5], "In progress");
}

#[test]
fn xlsx_workbook_is_a_zip_with_the_four_sheets() {
    let bytes = aims::report::xlsx::render(&report(FIXTURE)).unwrap();
    assert_eq!(&bytes[..2], b"PK");
    // A zip names its parts in plain text, so the four worksheets can be seen.
    let text = String::from_utf8_lossy(&bytes);
    for part in [
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet4.xml",
        "docProps/core.xml",
    ] {
        assert!(text.contains(part), "missing {part}");
    }
}

/// The workbook reads back (with calamine, as a spreadsheet program would): its
/// four sheets in order, and the Statement of Applicability's cells hold exactly
/// the view's rows under the header, every string whole, empty cells empty.
#[test]
fn xlsx_workbook_reads_back_cell_for_cell() {
    use calamine::{Data, Reader, Xlsx};

    let report = report(FIXTURE);
    let bytes = aims::report::xlsx::render(&report).unwrap();
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("the workbook opens");
    assert_eq!(
        workbook.sheet_names(),
        [
            "Statement of Applicability",
            "Coverage",
            "Risks",
            "Evidence"
        ]
    );
    let sheet = workbook
        .worksheet_range("Statement of Applicability")
        .expect("the SoA sheet reads");
    let read: Vec<Vec<String>> = sheet
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(text) => text.clone(),
                    Data::Empty => String::new(),
                    other => panic!("a cell that is not text: {other:?}"),
                })
                .collect()
        })
        .collect();
    let expected: Vec<Vec<String>> = aims::report::view::soa_sections(&report)
        .into_iter()
        .flat_map(|s| s.rows)
        .map(|r| r.into_columns().to_vec())
        .collect();
    assert!(!expected.is_empty(), "the fixture has an SoA");
    assert_eq!(read[0][0], "Framework");
    assert_eq!(read[1..], expected[..]);
}
