//! The XLSX workbook for auditors: Statement of Applicability, coverage, risks and
//! evidence sheets, written with rust_xlsxwriter.
//!
//! Text is written as text cells (never formulas), and the document's creation date
//! is set to the as-of date, so the same spec and date give a byte-identical file.
//!
//! The workbook is built in memory and written by `aims` itself (`cli::write_output`),
//! so a failure to write it (a full disk, an unwritable folder) is an ordinary error
//! naming the file. rust_xlsxwriter's constant-memory mode, used before, wrote each
//! sheet to a temporary file first and panicked when such a write failed: it writes
//! that XML with `expect` (0.102, the latest release). Its in-memory
//! mode writes to buffers, which cannot fail, at the cost of a shared-string table
//! (strings are stored once for the workbook instead of in their cells): about a
//! tenth more instructions for the report at 100k lines of spec.

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

    let sheet = workbook.add_worksheet();
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

    let sheet = workbook.add_worksheet();
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

    let sheet = workbook.add_worksheet();
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

    let sheet = workbook.add_worksheet();
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

/// Renders the workbook.
pub fn render(report: &Report) -> Result<Vec<u8>, String> {
    build(report).map_err(|e| format!("cannot write the XLSX workbook: {e}"))
}
