//! The Statement of Applicability as CSV, for auditors who work in spreadsheets:
//! one row per Annex A control of every in-scope ISO/IEC framework, with the
//! columns ISO/IEC 27001 6.1.3 d) asks for. The `csv` crate does the quoting.

use super::model::Report;
use super::view::soa_sections;

pub const SOA_COLUMNS: [&str; 9] = [
    "framework",
    "control",
    "title",
    "applicability",
    "justification",
    "implementation",
    "controls",
    "approved_by",
    "as_of",
];

/// Guards a cell against formula injection: spreadsheet programs run a cell that
/// starts with `=`, `+`, `-` or `@` as a formula, so such text gets a leading `'`.
pub fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Renders the Statement of Applicability as CSV (with a header row).
pub fn render_soa(report: &Report) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(SOA_COLUMNS)
        .map_err(|e| e.to_string())?;
    for section in soa_sections(report) {
        for r in section.rows {
            writer
                .write_record(
                    [
                        &r.framework,
                        &r.id,
                        &r.title,
                        &r.applicability,
                        &r.justification,
                        &r.implementation,
                        &r.controls,
                        &r.approved_by,
                        &report.as_of.to_string(),
                    ]
                    .map(|t| cell(t)),
                )
                .map_err(|e| e.to_string())?;
        }
    }
    writer.into_inner().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("Plain"), "Plain");
    }
}
