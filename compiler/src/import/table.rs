//! A spreadsheet as rows of text cells: CSV with the `csv` crate, XLSX (and the other
//! formats calamine reads) with `calamine`. Empty trailing cells are kept as empty
//! strings, so that column positions stay what they are in the file.

use std::path::Path;

/// The rows of one sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The sheet the rows come from, for a workbook.
    pub sheet: Option<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads `path` by its extension: `.csv`, or a workbook (`.xlsx`, `.xlsm`, `.xls`,
/// `.ods`). Of a workbook, the sheet named like a Statement of Applicability is read,
/// else the first.
pub fn read_table(path: &Path) -> Result<Table, String> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "csv" => read_csv(path),
        "xlsx" | "xlsm" | "xls" | "ods" => read_workbook(path),
        _ => Err(format!(
            "`{}` is neither a .csv nor an .xlsx file",
            path.display()
        )),
    }
}

fn read_csv(path: &Path) -> Result<Table, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        rows.push(record.iter().map(|c| c.trim().to_owned()).collect());
    }
    Ok(Table { sheet: None, rows })
}

fn read_workbook(path: &Path) -> Result<Table, String> {
    use calamine::Reader;
    let mut workbook = calamine::open_workbook_auto(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let names = workbook.sheet_names().to_vec();
    let squash = |s: &str| s.to_lowercase().replace([' ', '_', '-'], "");
    let sheet = names
        .iter()
        .find(|n| {
            let n = squash(n);
            n.contains("applicab") || n == "soa"
        })
        .or(names.first())
        .cloned()
        .ok_or_else(|| format!("`{}` has no sheets", path.display()))?;
    let range = workbook.worksheet_range(&sheet).map_err(|e| {
        format!(
            "cannot read the sheet `{sheet}` of `{}`: {e}",
            path.display()
        )
    })?;
    let rows = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| cell.to_string().trim().to_owned())
                .collect()
        })
        .collect();
    Ok(Table {
        sheet: Some(sheet),
        rows,
    })
}
