//! The XLSX workbook for auditors: Statement of Applicability, coverage, risks and
//! evidence sheets, written with rust_xlsxwriter.
//!
//! Text is written as text cells (never formulas), and the document's creation date
//! is set to the as-of date, so the same spec and date give a byte-identical file.
//!
//! Each sheet is written in rust_xlsxwriter's constant-memory mode: rows go to a
//! temporary file as they are written, and strings are stored in their cells
//! (inline strings) rather than in a shared-string table. Inline strings are
//! standard SpreadsheetML, the output rust_xlsxwriter documents for this mode, and
//! calamine reads them (`xlsx_workbook_reads_back_cell_for_cell`). The in-memory
//! mode's shared-string table cost a tenth more instructions at 100k lines of
//! spec, enough to take the workbook over twice the check's time at 300k lines.
//!
//! rust_xlsxwriter (0.102, the latest release) writes those temporary files with
//! `expect`: when a write fails, on a full disk for example, it panics instead of
//! returning an error. [`render`] catches that panic and returns it as an ordinary
//! error naming the temporary folder, and [`is_contained_panic`] lets the CLI's
//! panic hook stay quiet for it, so the user sees "cannot write" and not an
//! internal error. Any other panic is still a bug, reported as one.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, PanicHookInfo};

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::model::Report;
use super::view::coverage::requirement_row;
use super::view::evidence::evidence_rows;
use super::view::risks::risk_rows;
use super::view::{generator, organisation_title, soa_sections};

fn header(sheet: &mut Worksheet, columns: &[(&str, f64)]) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold().set_background_color("#F6F8FA");
    for (i, (name, width)) in columns.iter().enumerate() {
        let col = i as u16;
        sheet.write_string_with_format(0, col, *name, &bold)?;
        sheet.set_column_width(col, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Writes the data rows under the header, every cell as text, with the wrap format
/// as the columns' format, and puts an autofilter over them. The rows are taken by
/// value and each string is moved into its cell, so nothing is copied on the way.
fn rows<const N: usize>(
    sheet: &mut Worksheet,
    rows: impl IntoIterator<Item = [String; N]>,
) -> Result<(), XlsxError> {
    let wrap = Format::new().set_text_wrap();
    let mut last_row = 0u32;
    for cells in rows {
        // The wrap format is the columns' format, and text cells are written without
        // one: they take the column's format when the file is written, so each cell
        // does not hash the format. An empty cell is not written at all: the
        // column's format is what a spreadsheet shows for it. A sheet without rows
        // has no column formats.
        if last_row == 0 {
            for c in 0..N {
                sheet.set_column_format(c as u16, &wrap)?;
            }
        }
        last_row += 1;
        for (c, text) in cells.into_iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(last_row, c as u16, text)?;
            }
        }
    }
    if last_row > 0 && N > 0 {
        sheet.autofilter(0, 0, last_row, N as u16 - 1)?;
    }
    Ok(())
}

/// Builds the workbook from the view's rows for its four sheets, made here one
/// section at a time rather than through the whole [`super::view::View`], whose
/// other sections (heat maps, systems, diagnostics) the workbook does not show.
fn build(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    // Level 1 instead of the default 6: at 300k lines of spec, compressing at level
    // 6 made the workbook the one report over twice the check's time, for a file a
    // few per cent smaller. The level is fixed, so the output stays byte-identical
    // for the same spec and date.
    workbook.set_zip_compression_level(1);
    let as_of = report.as_of;
    let (y, m, d) = (
        u16::try_from(as_of.year()).unwrap_or(2000),
        as_of.month().unsigned_abs(),
        as_of.day().unsigned_abs(),
    );
    let properties = DocProperties::new()
        .set_title(format!(
            "{}: AI management system report, {as_of}",
            organisation_title(report)
        ))
        .set_author(generator())
        .set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?);
    workbook.set_properties(&properties);

    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("Statement of Applicability")?;
    header(
        sheet,
        &[
            ("Framework", 14.0),
            ("Control", 10.0),
            ("Title", 40.0),
            ("Applicability", 13.0),
            ("Justification", 50.0),
            ("Implementation", 22.0),
            ("Controls", 24.0),
            ("Approved by", 24.0),
        ],
    )?;
    let soa = soa_sections(report)
        .into_iter()
        .flat_map(|s| s.rows)
        .map(|r| r.into_columns());
    rows(sheet, soa)?;

    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("Coverage")?;
    header(
        sheet,
        &[
            ("Framework", 14.0),
            ("Requirement", 12.0),
            ("Kind", 10.0),
            ("Title", 44.0),
            ("State", 14.0),
            ("Controls", 30.0),
            ("Evidence", 24.0),
            ("Notes", 40.0),
        ],
    )?;
    let coverage = report
        .frameworks
        .iter()
        .filter(|f| f.in_scope)
        .flat_map(|f| {
            f.requirements.iter().map(move |r| {
                let r = requirement_row(f, r);
                [
                    f.name.clone(),
                    r.id,
                    r.kind,
                    r.title,
                    r.state_label,
                    r.controls,
                    r.evidence,
                    r.note,
                ]
            })
        });
    rows(sheet, coverage)?;

    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("Risks")?;
    header(
        sheet,
        &[
            ("Risk", 18.0),
            ("Title", 36.0),
            ("System", 14.0),
            ("Owner", 14.0),
            ("Likelihood", 13.0),
            ("Impact", 12.0),
            ("Inherent score", 10.0),
            ("Inherent level", 10.0),
            ("Residual likelihood", 13.0),
            ("Residual impact", 12.0),
            ("Residual score", 10.0),
            ("Residual", 10.0),
            ("Above appetite", 10.0),
            ("Treatment", 11.0),
            ("Controls", 28.0),
            ("Accepted", 24.0),
        ],
    )?;
    let risks = risk_rows(report).into_iter().map(|r| {
        [
            r.name,
            r.title,
            r.system,
            r.owner,
            r.likelihood,
            r.impact,
            r.inherent_score,
            r.inherent_level,
            r.residual_likelihood,
            r.residual_impact,
            r.residual_score,
            r.residual,
            if r.above_appetite {
                "yes".into()
            } else {
                "no".into()
            },
            r.treatment,
            r.controls,
            r.accepted,
        ]
    });
    rows(sheet, risks)?;

    let sheet = workbook.add_worksheet_with_constant_memory()?;
    sheet.set_name("Evidence")?;
    header(
        sheet,
        &[
            ("Evidence", 18.0),
            ("Title", 36.0),
            ("Dated", 12.0),
            ("Current until", 13.0),
            ("Freshness", 30.0),
            ("Where", 36.0),
            ("Backs", 28.0),
        ],
    )?;
    let evidence = evidence_rows(report).into_iter().map(|e| {
        [
            e.name,
            e.title,
            e.date,
            e.expires_on,
            e.freshness_label,
            e.location,
            e.cited_by,
        ]
    });
    rows(sheet, evidence)?;

    workbook.save_to_buffer()
}

thread_local! {
    /// True while this thread runs rust_xlsxwriter inside [`render`].
    static WRITING: Cell<bool> = const { Cell::new(false) };
}

/// True when `info` is rust_xlsxwriter's own panic while [`render`] writes a workbook
/// on this thread: `render` turns it into an error, so a panic hook should neither
/// report it as a bug nor end the process.
pub fn is_contained_panic(info: &PanicHookInfo<'_>) -> bool {
    WRITING.with(Cell::get)
        && info
            .location()
            .is_some_and(|location| location.file().contains("rust_xlsxwriter"))
}

/// Renders the workbook.
pub fn render(report: &Report) -> Result<Vec<u8>, String> {
    WRITING.with(|writing| writing.set(true));
    let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| build(report)));
    WRITING.with(|writing| writing.set(false));
    match outcome {
        Ok(built) => built.map_err(|e| format!("cannot write the XLSX workbook: {e}")),
        Err(payload) => {
            let reason = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no reason given".to_owned());
            let reason = os_message(&reason).unwrap_or(&reason);
            Err(format!(
                "cannot write the XLSX workbook: writing its temporary files in `{}` failed ({reason}); free some space there, or set TMPDIR to a folder with room",
                std::env::temp_dir().display()
            ))
        }
    }
}

/// The system's own words in a panic message that carries a `std::io::Error`
/// ("… Os { code: 27, kind: FileTooLarge, message: \"File too large\" }" gives
/// "File too large").
fn os_message(reason: &str) -> Option<&str> {
    let start = reason.find("message: \"")? + "message: \"".len();
    let length = reason[start..].find('"')?;
    Some(&reason[start..start + length])
}

#[cfg(test)]
mod tests {
    use super::os_message;

    #[test]
    fn an_io_error_in_a_panic_message_gives_the_systems_words() {
        let reason = r#"Couldn't write to xml file: Os { code: 28, kind: StorageFull, message: "No space left on device" }"#;
        assert_eq!(os_message(reason), Some("No space left on device"));
        assert_eq!(
            os_message("called `Option::unwrap()` on a `None` value"),
            None
        );
    }
}
