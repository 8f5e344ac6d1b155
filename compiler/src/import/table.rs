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
    let file =
        std::fs::File::open(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    csv_from_reader(file, &path.display().to_string())
}

/// CSV already in memory, read as `read_table` reads a `.csv` file; `name` names it
/// in messages.
pub fn csv_from_bytes(bytes: &[u8], name: &str) -> Result<Table, String> {
    csv_from_reader(bytes, name)
}

fn csv_from_reader(reader: impl std::io::Read, name: &str) -> Result<Table, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(reader);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("cannot read `{name}`: {e}"))?;
        rows.push(record.iter().map(|c| c.trim().to_owned()).collect());
    }
    Ok(Table { sheet: None, rows })
}

fn read_workbook(path: &Path) -> Result<Table, String> {
    let workbook = calamine::open_workbook_auto(path)
        .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    workbook_table(workbook, &path.display().to_string())
}

/// A workbook (XLSX, XLS, XLSB or ODS) already in memory, read as `read_table`
/// reads one from a file; `name` names it in messages.
pub fn workbook_from_bytes(bytes: &[u8], name: &str) -> Result<Table, String> {
    let workbook = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| format!("cannot read `{name}`: {e}"))?;
    workbook_table(workbook, name)
}

fn workbook_table<RS: std::io::Read + std::io::Seek>(
    mut workbook: calamine::Sheets<RS>,
    name: &str,
) -> Result<Table, String> {
    use calamine::Reader;
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
        .ok_or_else(|| format!("`{name}` has no sheets"))?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|e| format!("cannot read the sheet `{sheet}` of `{name}`: {e}"))?;
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
