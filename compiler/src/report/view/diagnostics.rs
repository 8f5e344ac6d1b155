//! The diagnostics section: how many errors, warnings and notes `aims check` gives
//! for the same workspace and date, and a row per diagnostic code.

use serde::Serialize;

use crate::diagnostics::Code;
use crate::english::sentence_case;
use crate::report::model::Report;

#[derive(Clone, Debug, Serialize)]
pub struct DiagnosticsView {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    pub by_code: Vec<CodeRow>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CodeRow {
    pub code: String,
    pub severity: String,
    pub count: usize,
    pub summary: String,
}

/// The counts, with one row per code in name order, its default severity and
/// summary from the diagnostic registry.
pub fn diagnostics_view(report: &Report) -> DiagnosticsView {
    let summary = &report.diagnostics;
    DiagnosticsView {
        errors: summary.errors,
        warnings: summary.warnings,
        notes: summary.notes,
        by_code: summary
            .by_code
            .iter()
            .map(|(code, count)| {
                let info = Code::from_name(code).map(|c| c.info());
                CodeRow {
                    code: code.clone(),
                    severity: info
                        .map(|i| i.default_severity.as_str().to_owned())
                        .unwrap_or_default(),
                    count: *count,
                    summary: info.map(|i| sentence_case(i.summary)).unwrap_or_default(),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::report_of;

    #[test]
    fn each_code_has_its_registry_severity_and_summary() {
        let view = diagnostics_view(&report_of(
            "control c \"C\" { owner: nobody, status: implemented }\ncontrol d \"D\" { owner: nobody, status: done }\n",
        ));
        assert!(view.errors >= 2, "{view:?}");
        let codes: Vec<&str> = view.by_code.iter().map(|r| r.code.as_str()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        assert_eq!(codes, sorted, "rows are in code order");
        let row = view
            .by_code
            .iter()
            .find(|r| r.code == "invalid-value")
            .unwrap();
        assert_eq!(row.severity, "error");
        assert!(
            row.summary.starts_with(char::is_uppercase),
            "{}",
            row.summary
        );
    }
}
