//! `aims import soa` on Statements of Applicability laid out the way common templates
//! lay them out (title rows merged above the header, different column orders and
//! header wordings, ids written `A.5.1`, `A5.1` or `5.1`, 2013 numbering mixed in):
//! the workspace it writes passes `aims check` once a person has written the
//! justifications the sheet lacked, and nothing else.

use crate::support;

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};
use support::cli::{aims, json, stdout};

/// A workspace from `aims init` with ISO/IEC 27001 in scope.
fn workspace(dir: &Path) {
    let ws = dir.join("ws");
    assert!(
        aims(&["init", ws.to_str().unwrap(), "--name", "Acme"])
            .status
            .success()
    );
    let org = ws.join("organisation.aims");
    let text = std::fs::read_to_string(&org).unwrap();
    std::fs::write(
        &org,
        text.replace(
            "scope: [cyber_essentials]",
            "scope: [cyber_essentials, iso27001]",
        ),
    )
    .unwrap();
}

/// Imports `sheet` into the workspace, checks that the only errors are the
/// justifications left blank, writes them, and checks that the workspace is clean.
fn import_and_check(dir: &Path, sheet: &Path, unjustified: usize) -> String {
    let ws = dir.join("ws");
    let out = ws.join("soa.aims");
    let output = aims(&[
        "import",
        "soa",
        sheet.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let report = stdout(&output);
    assert!(
        output.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let check = json(&aims(&["check", ws.to_str().unwrap(), "--format", "json"]));
    let errors: Vec<&serde_json::Value> = check["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), unjustified, "{check:#}\n{report}");
    assert!(
        errors.iter().all(|d| d["code"] == "exclusion-unjustified"),
        "{check:#}"
    );
    // A person writes the justifications.
    let text = std::fs::read_to_string(&out).unwrap();
    std::fs::write(
        &out,
        text.replace("reason: \"\"", "reason: \"Justified by the ISMS manager.\""),
    )
    .unwrap();
    let output = aims(&["check", ws.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stdout(&output));
    // Importing again never overwrites.
    let again = aims(&[
        "import",
        "soa",
        sheet.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(2));
    report
}

#[test]
fn an_xlsx_template_with_merged_title_rows() {
    let dir = tempfile::tempdir().unwrap();
    workspace(dir.path());
    let path = dir.path().join("SoA.xlsx");
    let mut workbook = Workbook::new();
    workbook
        .add_worksheet()
        .set_name("Cover")
        .unwrap()
        .write_string(0, 0, "Acme ISMS")
        .unwrap();
    let sheet = workbook
        .add_worksheet()
        .set_name("Statement of Applicability")
        .unwrap();
    let bold = Format::new().set_bold();
    sheet
        .merge_range(0, 0, 0, 6, "Statement of Applicability — Acme Ltd", &bold)
        .unwrap();
    sheet
        .merge_range(
            1,
            0,
            1,
            6,
            "Version 1.2, approved by the ISMS manager",
            &Format::new(),
        )
        .unwrap();
    let header = [
        "Annex A Ref.",
        "Control Name",
        "Applicable? (Y/N)",
        "Justification for inclusion / exclusion",
        "Implementation Status",
        "Control Owner",
        "Notes",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(3, c as u16, *h).unwrap();
    }
    let rows: &[[&str; 7]] = &[
        ["A.5 Organisational controls", "", "", "", "", "", ""],
        [
            "A.5.1",
            "Policies for information security",
            "Y",
            "Required by the ISMS",
            "Implemented",
            "CISO",
            "",
        ],
        [
            "A.5.10",
            "Acceptable use of information",
            "Yes",
            "",
            "Partially implemented",
            "CISO",
            "MDM",
        ],
        [
            "A.7.4",
            "Physical security monitoring",
            "N",
            "No premises: the company is fully remote.",
            "",
            "Facilities lead",
            "",
        ],
        [
            "A.8.19",
            "Installation of software on operational systems",
            "N",
            "",
            "",
            "",
            "",
        ],
        [
            "A.7.1",
            "Physical security perimeters",
            "N/A",
            "No offices.",
            "",
            "",
            "",
        ],
        ["A.8.1", "User endpoint devices", "maybe", "", "", "", ""],
        [
            "A.9.2.1",
            "User registration and de-registration",
            "Y",
            "",
            "Implemented",
            "",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if !value.is_empty() {
                sheet.write_string(4 + r as u32, c as u16, *value).unwrap();
            }
        }
    }
    workbook.save(&path).unwrap();

    let report = import_and_check(dir.path(), &path, 1);
    assert!(
        report.contains("sheet `Statement of Applicability`: header on row 4"),
        "{report}"
    );
    assert!(report.contains("2 controls, 3 exclusions"), "{report}");
    assert!(
        report.contains("column 7 `Notes` was not understood"),
        "{report}"
    );
    assert!(report.contains("(`maybe`) was not understood"), "{report}");
    assert!(
        report.contains("2013 numbering") && report.contains("A.9.2.1 (row 12)"),
        "{report}"
    );
    let text = std::fs::read_to_string(dir.path().join("ws/soa.aims")).unwrap();
    assert!(text.contains("satisfies: [iso27001.A.5.10]"), "{text}");
    assert!(text.contains("exclude iso27001.A.7.4 {\n  reason: \"No premises: the company is fully remote.\"\n  approved_by: soa_facilities_lead"), "{text}");
    assert!(
        !text.contains("A.9.2.1"),
        "2013 numbering is not guessed:\n{text}"
    );
}

#[test]
fn a_csv_with_other_columns_in_another_order() {
    let dir = tempfile::tempdir().unwrap();
    workspace(dir.path());
    let path = dir.path().join("soa.csv");
    std::fs::write(
        &path,
        "Included,Reason for exclusion,Control,Title,Status\n\
         Yes,,5.1,Policies for information security,In progress\n\
         yes,,A8.24,Use of cryptography,Planned\n\
         No,,A.8.30,Outsourced development,\n\
         No,We build no software with contractors.,7.4,\"Physical security monitoring, offices\",\n\
         Yes,,A.12.6.1,Management of technical vulnerabilities,Implemented\n\
         Yes,,4.1,Understanding the organization,Implemented\n",
    )
    .unwrap();
    let report = import_and_check(dir.path(), &path, 1);
    assert!(report.contains("header on row 1"), "{report}");
    assert!(report.contains("2 controls, 2 exclusions"), "{report}");
    assert!(report.contains("A.12.6.1 (row 6)"), "{report}");
    assert!(
        report.contains("row 7: `4.1` is the clause 4.1"),
        "{report}"
    );
    let text = std::fs::read_to_string(dir.path().join("ws/soa.aims")).unwrap();
    assert!(
        text.contains("control soa_a_8_24 \"Use of cryptography\""),
        "{text}"
    );
    assert!(
        text.contains("/// Physical security monitoring, offices\nexclude iso27001.A.7.4"),
        "{text}"
    );
}
