//! `aims import soa`: an existing Statement of Applicability (a table with a control
//! id, a title, whether it applies, a justification and an implementation status)
//! becomes AIMS text: a control for each applied row and an exclusion with its
//! justification for each row that is not.
//!
//! Templates differ in column order, header wording and the title rows above the
//! header, so columns are matched by what their header says (and the id column, if
//! no header names it, by what its cells look like). What is not understood is
//! reported, never guessed: an applicability word that is neither yes nor no, a
//! status nobody can read, and ISO/IEC 27001:2013 numbering (`A.9.2.1`), whose
//! controls do not map one to one onto the 2022 ones, is flagged for a person to map.

use std::collections::{BTreeMap, BTreeSet};

use super::table::Table;
use crate::semantic::catalogue::Framework;
use crate::syntax::lexer::{Token, lex};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    Id,
    Title,
    Applicable,
    Justification,
    Status,
    Owner,
}

impl Column {
    fn describe(self) -> &'static str {
        match self {
            Column::Id => "control id",
            Column::Title => "title",
            Column::Applicable => "applicable",
            Column::Justification => "justification",
            Column::Status => "implementation status",
            Column::Owner => "owner",
        }
    }
}

/// The result of an import: the text to write and what a person must look at.
#[derive(Debug, Default)]
pub struct Imported {
    pub text: String,
    pub controls: usize,
    pub exclusions: usize,
    /// Exclusions written with an empty reason, for a person to justify.
    pub unjustified: usize,
    /// The 1-based row of the header.
    pub header_row: usize,
    /// How each understood column was read: (column number, header, meaning).
    pub columns: Vec<(usize, String, Column)>,
    /// Everything not understood or not imported, one line each.
    pub notes: Vec<String>,
}

fn normalise(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a header names, read leniently ("Applicable (Y/N)", "Reason for exclusion",
/// "Implementation status", "Annex A ref", …).
pub fn classify(header: &str) -> Option<Column> {
    let h = normalise(header);
    let has = |w: &str| h.contains(w);
    if h.is_empty() {
        return None;
    }
    if has("justif") || has("reason") || has("rationale") || has("explanation") {
        return Some(Column::Justification);
    }
    if has("applicab")
        || has("included")
        || has("inclusion")
        || has("selected")
        || has("in scope")
        || h == "include"
        || h == "y n"
        || h == "yes no"
    {
        return Some(Column::Applicable);
    }
    if has("implement") || h == "status" || has("progress") || has("current status") {
        return Some(Column::Status);
    }
    if has("owner") || has("responsib") || has("accountab") {
        return Some(Column::Owner);
    }
    if matches!(
        h.as_str(),
        "id" | "ref"
            | "reference"
            | "no"
            | "number"
            | "clause"
            | "control id"
            | "control no"
            | "control number"
            | "control ref"
            | "control reference"
            | "annex a"
            | "annex a ref"
            | "annex a reference"
            | "annex a control"
            | "iso ref"
            | "iso reference"
            | "section"
    ) || h.ends_with(" id")
        || h.ends_with(" ref")
    {
        return Some(Column::Id);
    }
    if has("title") || has("name") || has("control") || has("description") || has("objective") {
        return Some(Column::Title);
    }
    None
}

/// Whether a cell looks like a control id: `A.5.1`, `A5.1`, `5.1`, `Annex A 5.1`.
fn looks_like_id(cell: &str) -> bool {
    let rest = strip_annex(cell);
    let parts: Vec<&str> = rest.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// `A.5.1`, `A5.1`, `Annex A 5.1`, `A 5.1` → `5.1`; other text unchanged (trimmed).
fn strip_annex(cell: &str) -> &str {
    let cell = cell.trim();
    let lower = cell.to_ascii_lowercase();
    let skip = if lower.starts_with("annex a") {
        7
    } else if lower.starts_with('a')
        && cell[1..]
            .trim_start_matches(['.', ' '])
            .starts_with(|c: char| c.is_ascii_digit())
    {
        1
    } else {
        0
    };
    cell[skip..].trim_start_matches(['.', ' '])
}

/// Yes, no, or not understood.
fn applicability(cell: &str) -> Option<bool> {
    match normalise(cell).as_str() {
        "yes" | "y" | "true" | "1" | "x" | "applicable" | "included" | "include" | "selected"
        | "in scope" | "applies" => Some(true),
        "no" | "n" | "false" | "0" | "not applicable" | "n a" | "na" | "excluded" | "exclude"
        | "not included" | "out of scope" | "not selected" => Some(false),
        _ => None,
    }
}

/// A control status from an implementation-status cell, and whether it said the
/// control is implemented (which AIMS only believes with evidence).
fn status(cell: &str) -> Option<(&'static str, bool)> {
    let s = normalise(cell);
    let has = |w: &str| s.contains(w);
    if s.is_empty()
        || has("not started")
        || has("planned")
        || has("not implemented")
        || has("to do")
        || s == "todo"
        || s == "no"
    {
        Some(("planned", false))
    } else if has("partial")
        || has("progress")
        || has("ongoing")
        || has("implementing")
        || has("underway")
    {
        Some(("in_progress", false))
    } else if has("implemented")
        || has("complete")
        || has("done")
        || has("in place")
        || has("operational")
        || has("effective")
        || s == "yes"
    {
        Some(("in_progress", true))
    } else {
        None
    }
}

/// A name for AIMS from free text: lower case, `_` between words.
fn slug(text: &str) -> String {
    let slug = normalise(text)
        .chars()
        .map(|c| if in_name(c) { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_");
    if slug.starts_with(|c: char| c.is_ascii_digit()) || slug.is_empty() {
        format!("n{slug}")
    } else {
        slug
    }
}

/// Whether `c` may stand in an AIMS name. The lexer decides: its letters and digits
/// (`\p{L}`, `\p{N}`) are fewer than `char::is_alphanumeric`'s, which also takes
/// combining vowel signs such as the Devanagari `ि` (and `İ` lower-cases to `i` and a
/// combining dot).
fn in_name(c: char) -> bool {
    let name = format!("x{c}");
    matches!(lex(&name).tokens.as_slice(), [(Token::Ident(n), _)] if *n == name)
}

fn quoted(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\r', "")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

/// A cell on one line, for a `///` comment: a line break in a cell would end the
/// comment and leave the rest of the cell as (broken) AIMS text.
fn one_line(text: &str) -> String {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the header row: the first of the top rows in which at least two cells name
/// known columns, one of them the id or the applicability.
fn find_header(table: &Table) -> Option<usize> {
    table.rows.iter().take(30).position(|row| {
        let found: BTreeSet<Column> = row.iter().filter_map(|c| classify(c)).collect();
        found.len() >= 2 && (found.contains(&Column::Id) || found.contains(&Column::Applicable))
    })
}

/// Turns a Statement of Applicability into AIMS text for `framework`. `source` names
/// the file in the header comment.
pub fn import(table: &Table, framework: &Framework, source: &str) -> Result<Imported, String> {
    let header_index = find_header(table).ok_or_else(|| {
        "no header row found: the sheet needs a row naming at least the control id and whether it is applicable (for example `Control`, `Applicable`, `Justification`)".to_owned()
    })?;
    let header = &table.rows[header_index];
    let rows = &table.rows[header_index + 1..];
    let mut out = Imported {
        header_row: header_index + 1,
        ..Imported::default()
    };
    let mut columns: BTreeMap<Column, usize> = BTreeMap::new();
    let mut ambiguous = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        // "Control" alone names the id column in some templates and the title in
        // others: the cells decide, below.
        if normalise(cell) == "control" {
            ambiguous.push(i);
            continue;
        }
        match classify(cell) {
            Some(column) if !columns.contains_key(&column) => {
                columns.insert(column, i);
                out.columns.push((i + 1, cell.clone(), column));
            }
            Some(column) => out.notes.push(format!(
                "column {} `{cell}` is a second {} column and is ignored",
                i + 1,
                column.describe()
            )),
            None if !cell.is_empty() => out.notes.push(format!(
                "column {} `{cell}` was not understood and is ignored",
                i + 1
            )),
            None => {}
        }
    }
    let holds_ids = |i: usize| {
        let cells: Vec<&String> = rows
            .iter()
            .filter_map(|r| r.get(i))
            .filter(|c| !c.is_empty())
            .collect();
        !cells.is_empty() && cells.iter().filter(|c| looks_like_id(c)).count() * 2 > cells.len()
    };
    for i in ambiguous {
        let column = if holds_ids(i) {
            Column::Id
        } else {
            Column::Title
        };
        if let std::collections::btree_map::Entry::Vacant(entry) = columns.entry(column) {
            entry.insert(i);
            out.columns.push((i + 1, header[i].clone(), column));
        } else {
            out.notes.push(format!(
                "column {} `{}` was not understood and is ignored",
                i + 1,
                header[i]
            ));
        }
    }
    // Without a header naming it, the id column is the one whose cells are ids.
    if !columns.contains_key(&Column::Id) {
        let taken: BTreeSet<usize> = columns.values().copied().collect();
        match (0..header.len()).find(|&i| !taken.contains(&i) && holds_ids(i)) {
            Some(i) => {
                columns.insert(Column::Id, i);
                out.columns.push((i + 1, header[i].clone(), Column::Id));
            }
            None => return Err("no column of control ids (such as `A.5.1`) found".to_owned()),
        }
    }
    if !columns.contains_key(&Column::Applicable) {
        return Err("no column saying whether each control is applicable (a header such as `Applicable` or `Included`)".to_owned());
    }
    out.columns.sort();
    let cell = |row: &Vec<String>, column: Column| -> String {
        columns
            .get(&column)
            .and_then(|&i| row.get(i))
            .cloned()
            .unwrap_or_default()
    };

    let mut owners: BTreeMap<String, String> = BTreeMap::new();
    let default_owner = "soa_owner".to_owned();
    let mut seen = BTreeSet::new();
    let mut controls = String::new();
    let mut exclusions = String::new();
    let mut flagged = Vec::new();
    for (offset, row) in rows.iter().enumerate() {
        let line = header_index + offset + 2;
        if row.iter().all(|c| c.is_empty()) {
            continue;
        }
        let raw_id = cell(row, Column::Id);
        if !looks_like_id(&raw_id) {
            // Section headings ("A.5 Organisational controls") and notes.
            if !raw_id.is_empty() && strip_annex(&raw_id).contains('.') {
                out.notes.push(format!(
                    "row {line}: `{raw_id}` is not a control id, skipped"
                ));
            }
            continue;
        }
        let number = strip_annex(&raw_id).to_owned();
        let written_as_annex = number != raw_id.trim();
        let annex = format!("A.{number}");
        let id = if framework.requirements().any(|r| r.id == annex) {
            annex
        } else if let Some(item) = framework
            .requirements()
            .find(|r| r.id == number)
            .filter(|_| !written_as_annex)
        {
            out.notes.push(format!(
                "row {line}: `{raw_id}` is the {} {} (\"{}\"), which a Statement of Applicability does not list; skipped",
                item.kind, item.id, item.title
            ));
            continue;
        } else {
            if framework.name == "iso27001" && number.split('.').count() == 3 {
                flagged.push(format!("{raw_id} (row {line})"));
            } else {
                out.notes.push(format!(
                    "row {line}: `{}` has no control `{raw_id}`, skipped",
                    framework.name
                ));
            }
            continue;
        };
        if !seen.insert(id.clone()) {
            out.notes.push(format!(
                "row {line}: `{raw_id}` is listed a second time, skipped"
            ));
            continue;
        }
        let catalogue_title = framework
            .requirements()
            .find(|r| r.id == id)
            .map(|r| r.title.clone())
            .unwrap_or_default();
        let title = Some(cell(row, Column::Title))
            .filter(|t| !t.is_empty())
            .unwrap_or(catalogue_title);
        let justification = cell(row, Column::Justification);
        let owner_text = cell(row, Column::Owner);
        let owner = if owner_text.is_empty() {
            default_owner.clone()
        } else {
            let name = format!("soa_{}", slug(&owner_text));
            owners.entry(name.clone()).or_insert(owner_text);
            name
        };
        let applicable_text = cell(row, Column::Applicable);
        match applicability(&applicable_text) {
            Some(true) => {
                let status_text = cell(row, Column::Status);
                let (status, implemented) = status(&status_text).unwrap_or_else(|| {
                    out.notes.push(format!(
                        "row {line}: the status `{status_text}` of `{raw_id}` was not understood; written as `planned`"
                    ));
                    ("planned", false)
                });
                controls.push_str(&format!(
                    "\ncontrol soa_{} {} {{\n  owner: {owner}\n  status: {status}\n",
                    slug(&id),
                    quoted(&title)
                ));
                if implemented {
                    controls.push_str("  // The Statement of Applicability says implemented: list its `evidence`,\n  // then change the status to `implemented`.\n");
                }
                controls.push_str(&format!("  satisfies: [{}.{id}]\n", framework.name));
                if !justification.is_empty() {
                    controls.push_str(&format!("  description: {}\n", quoted(&justification)));
                }
                controls.push_str("}\n");
                out.controls += 1;
            }
            Some(false) => {
                if justification.is_empty() {
                    out.unjustified += 1;
                }
                exclusions.push_str(&format!(
                    "\n/// {}\nexclude {}.{id} {{\n  reason: {}\n  approved_by: {owner}\n}}\n",
                    one_line(&title),
                    framework.name,
                    quoted(&justification)
                ));
                out.exclusions += 1;
            }
            None => out.notes.push(format!(
                "row {line}: whether `{raw_id}` applies (`{applicable_text}`) was not understood; skipped"
            )),
        }
        if owner == default_owner {
            owners
                .entry(default_owner.clone())
                .or_insert_with(|| "Owner of the Statement of Applicability".to_owned());
        }
    }
    if !flagged.is_empty() {
        out.notes.push(format!(
            "{} ids use ISO/IEC 27001:2013 numbering and were not imported: the 2013 controls do not map one to one onto the 2022 ones, so map each yourself ({})",
            flagged.len(),
            flagged.join(", ")
        ));
    }
    let mut text = format!(
        "// Imported from `{source}` by `aims import soa`: {} applied, {} excluded.\n",
        out.controls, out.exclusions
    );
    if out.unjustified > 0 {
        text.push_str(&format!(
            "// {} exclusions have no justification yet: write each `reason`.\n",
            out.unjustified
        ));
    }
    for (name, title) in &owners {
        text.push_str(&format!("\nrole {name} {} {{}}\n", quoted(title)));
    }
    text.push_str(&controls);
    text.push_str(&exclusions);
    out.text = text;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_leniently() {
        assert_eq!(classify("Annex A Ref."), Some(Column::Id));
        assert_eq!(classify("Control ID"), Some(Column::Id));
        assert_eq!(classify("Control Name"), Some(Column::Title));
        assert_eq!(classify("Applicable? (Y/N)"), Some(Column::Applicable));
        assert_eq!(classify("Included in ISMS"), Some(Column::Applicable));
        assert_eq!(
            classify("Justification for inclusion / exclusion"),
            Some(Column::Justification)
        );
        assert_eq!(
            classify("Reason for exclusion"),
            Some(Column::Justification)
        );
        assert_eq!(classify("Implementation Status"), Some(Column::Status));
        assert_eq!(classify("Control owner"), Some(Column::Owner));
        assert_eq!(classify("Notes"), None);
    }

    #[test]
    fn ids_and_words() {
        assert!(
            looks_like_id("A.5.1")
                && looks_like_id("A5.10")
                && looks_like_id("Annex A 8.34")
                && looks_like_id("5.1")
        );
        assert!(!looks_like_id("A.5") && !looks_like_id("Organisational controls"));
        assert_eq!(strip_annex("A5.10"), "5.10");
        assert_eq!(slug("Jürgen Müller"), "jürgen_müller");
        assert_eq!(slug("हिन्दी टीम"), "ह_न_द_ट_म");
        assert_eq!(slug("İ\u{345}x"), "i_x");
        assert_eq!(slug("2nd line"), "n2nd_line");
        assert_eq!(
            one_line(" Physical\r\n security\n\nmonitoring "),
            "Physical security monitoring"
        );
        assert_eq!(applicability("N/A"), Some(false));
        assert_eq!(applicability("Yes"), Some(true));
        assert_eq!(applicability("maybe"), None);
        assert_eq!(
            status("Partially implemented"),
            Some(("in_progress", false))
        );
        assert_eq!(status("Implemented"), Some(("in_progress", true)));
        assert_eq!(status("Not implemented"), Some(("planned", false)));
    }
}
