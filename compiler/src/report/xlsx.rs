//! The XLSX workbook for auditors: Statement of Applicability, coverage, risks and
//! evidence sheets, written with rust_xlsxwriter.
//!
//! Text is written as text cells (never formulas), and the document's creation date
//! is set to the as-of date, so the same spec and date give a byte-identical file.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::model::Report;
use super::view::{View, soa_sections, view};

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

fn rows(sheet: &mut Worksheet, rows: Vec<Vec<String>>) -> Result<(), XlsxError> {
    let wrap = Format::new().set_text_wrap();
    let width = rows.first().map_or(0, Vec::len);
    // The wrap format is the columns' format, and text cells are written without
    // one: they take the column's format when the file is written, so each cell no
    // longer hashes the format (a sixth of the workbook's time at 100k lines).
    // Empty cells still get it explicitly, as blank cells, as they always have.
    for c in 0..width {
        sheet.set_column_format(c as u16, &wrap)?;
    }
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            if text.is_empty() {
                sheet.write_blank(r as u32 + 1, c as u16, &wrap)?;
            } else if c >= width {
                // A column past the first row's has no column format.
                sheet.write_string_with_format(r as u32 + 1, c as u16, text, &wrap)?;
            } else {
                sheet.write_string(r as u32 + 1, c as u16, text)?;
            }
        }
    }
    if width > 0 {
        sheet.autofilter(0, 0, rows.len() as u32, width as u16 - 1)?;
    }
    Ok(())
}

fn build(report: &Report, v: &View) -> Result<Vec<u8>, XlsxError> {
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
            "{}: AI management system report, {}",
            v.title, v.as_of
        ))
        .set_author(v.generator.clone())
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
        .map(|r| {
            vec![
                r.framework,
                r.id,
                r.title,
                r.applicability,
                r.justification,
                r.implementation,
                r.controls,
                r.approved_by,
            ]
        })
        .collect();
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
    let coverage = v
        .frameworks
        .iter()
        .flat_map(|f| {
            f.requirements.iter().map(|r| {
                vec![
                    f.name.clone(),
                    r.id.clone(),
                    r.kind.clone(),
                    r.title.clone(),
                    r.state_label.clone(),
                    r.controls.clone(),
                    r.evidence.clone(),
                    r.note.clone(),
                ]
            })
        })
        .collect();
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
    let risks = v
        .risks
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.title.clone(),
                r.system.clone(),
                r.owner.clone(),
                r.likelihood.clone(),
                r.impact.clone(),
                r.inherent_score.clone(),
                r.inherent_level.clone(),
                r.residual_likelihood.clone(),
                r.residual_impact.clone(),
                r.residual_score.clone(),
                r.residual.clone(),
                if r.above_appetite {
                    "yes".into()
                } else {
                    "no".into()
                },
                r.treatment.clone(),
                r.controls.clone(),
                r.accepted.clone(),
            ]
        })
        .collect();
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
    let evidence = v
        .evidence
        .iter()
        .map(|e| {
            vec![
                e.name.clone(),
                e.title.clone(),
                e.date.clone(),
                e.expires_on.clone(),
                e.freshness_label.clone(),
                e.location.clone(),
                e.cited_by.clone(),
            ]
        })
        .collect();
    rows(sheet, evidence)?;

    workbook.save_to_buffer()
}

/// Renders the workbook.
pub fn render(report: &Report) -> Result<Vec<u8>, String> {
    build(report, &view(report)).map_err(|e| format!("cannot write the XLSX workbook: {e}"))
}
