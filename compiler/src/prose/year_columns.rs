//! Tables that tell a history in year columns: "| Certification | 2024 |
//! 2025 | 2026 |" over "| ISO 27001 | Certified | Certified | Lapsed (Apr)
//! |". Each year's cell says what was true in that year, so a row says of
//! now only what its latest year with a value says; the earlier cells are
//! history. Read cell by cell, the row above would say "certified" and
//! "lapsed" at once, and the first status would win.
//!
//! This module finds such headers and cuts every year cell of a row but the
//! latest one that holds a value, before the clauses are read. Columns that
//! are not years ("Target", "Notes") are left as they are.
//!
//! A table of changes is read the same way: under "| Page | Old copy | New
//! copy |" or "Item / Before / After", the old column is what the page no
//! longer says, and is cut.

use crate::prose::tables;
use crate::prose::units::Unit;

/// The units with every row under a year-column header cut down to its
/// latest year with a value.
pub fn keep_latest_year(units: Vec<Unit>) -> Vec<Unit> {
    tables::rewrite_rows(units, year_columns, |row, years| {
        let Some(years) = years.filter(|years| years.len() >= 2) else {
            return row;
        };
        let cells = tables::cells(&row.text);
        let filled = |k: usize| {
            cells
                .get(k)
                .and_then(|cell| row.text.get(cell.clone()))
                .is_some_and(|text| !tables::is_empty_cell(text))
        };
        let Some(&(latest, _)) = years
            .iter()
            .filter(|&&(k, _)| filled(k))
            .max_by_key(|&&(_, year)| year)
        else {
            return row;
        };
        let cut: Vec<usize> = years
            .iter()
            .map(|&(k, _)| k)
            .filter(|&k| k != latest)
            .collect();
        tables::cut_cells(&row, &cells, &cut)
    })
}

/// Headers of the column that holds a text's old version.
const OLD_HEADINGS: &[&str] = &[
    "before",
    "old",
    "old copy",
    "old wording",
    "previous",
    "was",
];

/// Headers of the column that holds its new version.
const NEW_HEADINGS: &[&str] = &["after", "new", "new copy", "new wording", "now", "updated"];

/// The units with the old-version column of every table of changes cut.
pub fn keep_new_version(units: Vec<Unit>) -> Vec<Unit> {
    tables::rewrite_rows(units, old_columns, |row, old| match old {
        Some(old) if !old.is_empty() => {
            let cells = tables::cells(&row.text);
            tables::cut_cells(&row, &cells, old)
        }
        _ => row,
    })
}

/// The columns of a header row that hold the old version, when another
/// column holds the new one.
fn old_columns(header: &Unit) -> Vec<usize> {
    let headings: Vec<String> = tables::cells(&header.text)
        .into_iter()
        .map(|cell| {
            header
                .text
                .get(cell)
                .unwrap_or("")
                .trim()
                .trim_end_matches(':')
                .to_lowercase()
        })
        .collect();
    if !headings.iter().any(|h| NEW_HEADINGS.contains(&h.as_str())) {
        return Vec::new();
    }
    headings
        .iter()
        .enumerate()
        .filter(|(_, h)| OLD_HEADINGS.contains(&h.as_str()))
        .map(|(k, _)| k)
        .collect()
}

/// The columns after the first whose header is a year, with that year.
fn year_columns(header: &Unit) -> Vec<(usize, u16)> {
    tables::cells(&header.text)
        .into_iter()
        .enumerate()
        .skip(1)
        .filter_map(|(k, cell)| Some((k, year_heading(header.text.get(cell)?)?)))
        .collect()
}

/// The year a header cell names and nothing else: "2025", "FY2025", "CY
/// 2026", "2025/26", "2025-26", "2025*". A fiscal year is told by the year
/// it starts in.
fn year_heading(cell: &str) -> Option<u16> {
    let text = cell.trim().trim_end_matches('*').trim();
    let upper = text.to_ascii_uppercase();
    let text = ["FY", "CY"]
        .iter()
        .find_map(|prefix| upper.strip_prefix(prefix))
        .map_or(text, |rest| {
            text.get(text.len() - rest.len()..).unwrap_or("")
        })
        .trim_start();
    let digits = text
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = &text[4..];
    let fiscal_end = |r: &str| {
        r.strip_prefix(['/', '-', '\u{2013}']).is_some_and(|end| {
            matches!(end.len(), 2 | 4) && end.bytes().all(|b| b.is_ascii_digit())
        })
    };
    if !rest.is_empty() && !fiscal_end(rest) {
        return None;
    }
    let year: u16 = digits.parse().ok()?;
    (1990..=2099).contains(&year).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::ProseFormat;
    use crate::prose::extract::extract;

    fn rows(src: &str) -> Vec<String> {
        keep_latest_year(extract(src, ProseFormat::Markdown))
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn a_row_keeps_its_latest_year_with_a_value() {
        assert_eq!(
            rows(
                "| Standard | 2023 | 2024 | 2025 |\n|---|---|---|---|\n\
                 | SOC 2 | Type 1 | Type 2 | Type 2 |\n| ISO 42001 | n/a | Started | \u{2013} |"
            ),
            vec![
                "Standard | 2023 | 2024 | 2025".to_string(),
                "SOC 2 | Type 2".to_string(),
                "ISO 42001 | Started".to_string(),
            ]
        );
    }

    #[test]
    fn years_in_any_order_and_other_columns() {
        // The newest year comes first, and a column of notes stays. (A
        // "No" cell is read as its header, "not FY2026".)
        let row = &rows(
            "| KPI | FY2026 | FY2025 | Note |\n|---|---|---|---|\n\
             | Cyber Essentials held | No | Yes | Renewal missed |",
        )[1];
        assert!(
            row.starts_with("Cyber Essentials held | not FY2026"),
            "{row}"
        );
        assert!(
            row.ends_with(" | Renewal missed") && !row.contains("2025"),
            "{row}"
        );
    }

    #[test]
    fn other_tables_are_left_alone() {
        // One year column is a date of record, not a history.
        assert_eq!(
            rows("| Standard | 2025 | Body |\n|---|---|---|\n| ISO 27001 | Certified | BSI |")[1],
            "ISO 27001 | Certified | BSI"
        );
        // A year in the first column labels rows, not columns.
        assert_eq!(
            rows("| 2024 | 2025 |\n|---|---|\n| ISO 27001 | Certified |")[1],
            "ISO 27001 | Certified"
        );
    }

    #[test]
    fn what_a_year_heading_is() {
        assert_eq!(year_heading("2025"), Some(2025));
        assert_eq!(year_heading(" FY2026 "), Some(2026));
        assert_eq!(year_heading("fy 2024"), Some(2024));
        assert_eq!(year_heading("2025/26"), Some(2025));
        assert_eq!(year_heading("2025*"), Some(2025));
        assert_eq!(year_heading("2025 target"), None);
        assert_eq!(year_heading("Q3 2025"), None);
        assert_eq!(year_heading("12345"), None);
        assert_eq!(year_heading("ISO 27001"), None);
        assert_eq!(year_heading("FY\u{e9}2025"), None);
    }

    #[test]
    fn a_table_of_changes_keeps_its_new_column() {
        let rows: Vec<String> = keep_new_version(extract(
            "| Page | Old copy | New copy |\n|---|---|---|\n| /security | We are ISO 27001 certified. | We are aligned with ISO 27001. |",
            ProseFormat::Markdown,
        ))
        .into_iter()
        .map(|u| u.text)
        .collect();
        assert_eq!(rows[1], "/security | We are aligned with ISO 27001.");
        // Near miss: an "Old" column with no new one beside it stays.
        let rows: Vec<String> = keep_new_version(extract(
            "| Site | Old | Status |\n|---|---|---|\n| Leeds | Mill Road | ISO 27001 certified |",
            ProseFormat::Markdown,
        ))
        .into_iter()
        .map(|u| u.text)
        .collect();
        assert_eq!(rows[1], "Leeds | Mill Road | ISO 27001 certified");
    }
}
