//! Tables whose columns are frameworks: "| Vendor | ISO 42001 | SOC 2 |" over
//! "| Meridian | Roadmap | Type 2 report |". A cell says something of the
//! framework its column names, so each value cell is read with its header in
//! front of it ("ISO 42001 Roadmap", "SOC 2 Type 2 report") and as a clause
//! of its own, the way a "Yes" cell already reads as its header. `claims` then reads the row like any
//! other, and shows a bare value ("Type II", "\u{2713}") held when the row
//! names the organisation.

use std::ops::Range;

use crate::prose::aliases::{PreparedAlias, find_aliases};
use crate::prose::units::{Unit, UnitKind};
use crate::prose::vocabulary;

/// Cells that say nothing: empty, a dash, "n/a".
const EMPTY_CELLS: &[&str] = &["", "-", "\u{2013}", "\u{2014}", "n/a", "na", "none", "?"];

/// The byte ranges of a row's cells in its text (cells are joined by " | ").
/// An empty cell leaves only its separator's pipe before the next cell ("| Us
/// | Them" under an empty corner, "A | | C"), and reads as an empty range.
pub fn cells(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        while text[start..].starts_with("| ") {
            out.push(start..start);
            start += 2;
        }
        match text[start..].find(" | ") {
            Some(at) => {
                out.push(start..start + at);
                start += at + 3;
            }
            None => {
                out.push(start..text.len());
                return out;
            }
        }
    }
}

/// The row without the cells at `cut`, each with the separator before it.
pub fn cut_cells(row: &Unit, cells: &[Range<usize>], cut: &[usize]) -> Unit {
    let ranges: Vec<Range<usize>> = cut
        .iter()
        .filter_map(|&k| {
            let cell = cells.get(k)?;
            Some(cell.start.saturating_sub(3)..cell.end)
        })
        .collect();
    if ranges.is_empty() {
        return row.clone();
    }
    row.without(&ranges)
}

/// First-column headers of a table whose rows are parties, each holding what
/// its row shows: "| Vendor | ISO 27001 | SOC 2 |", "| Sub-processor |
/// Service | Assurance reviewed |".
const PARTY_HEADERS: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "sub-processor",
    "sub-processors",
    "subprocessor",
    "subprocessors",
    "processor",
    "provider",
    "providers",
    "party",
    "parties",
    "company",
    "companies",
    "organisation",
    "organization",
    "entity",
    "partner",
    "participant",
];

/// True for a table's first row whose first cell names parties
/// ([`PARTY_HEADERS`]): each row below speaks for the party in its first
/// cell.
pub fn party_header(header: &Unit) -> bool {
    cells(&header.text).first().is_some_and(|cell| {
        let cell = header.text[cell.clone()]
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        PARTY_HEADERS.contains(&cell.as_str())
    })
}

/// The text of a row's first cell.
pub fn first_cell(row: &Unit) -> &str {
    cells(&row.text)
        .first()
        .and_then(|cell| row.text.get(cell.clone()))
        .unwrap_or("")
}

/// True for a cell that says nothing: empty, a dash, "n/a".
pub fn is_empty_cell(cell: &str) -> bool {
    EMPTY_CELLS.contains(&cell.trim().to_lowercase().as_str())
}

/// A cell that answers "yes": "Yes", a tick, or the header a "yes" cell was
/// read as ("Confirmed \u{2705}").
pub fn yes_answer(cell: &str) -> bool {
    let lower = cell.trim().to_lowercase();
    vocabulary::YES_CELLS.contains(&lower.as_str())
        || (lower.ends_with('\u{2705}') && !lower.starts_with("not "))
}

/// A cell that answers "no": "No", a cross, the header a "no" cell was read
/// as ("not Confirmed \u{274c}"), or "No" before what is true instead ("No
/// \u{2013} in progress"). Returns the span of the "no" and where the rest of
/// the cell starts.
pub fn no_answer(cell: &str) -> Option<((usize, usize), usize)> {
    let trimmed = cell.trim_start();
    let lead = cell.len() - trimmed.len();
    let lower = trimmed.trim_end().to_lowercase();
    if vocabulary::NO_CELLS.contains(&lower.as_str())
        || (lower.starts_with("not ") && lower.ends_with('\u{274c}'))
    {
        return Some(((lead, lead + trimmed.trim_end().len()), cell.len()));
    }
    // "No \u{2013} in progress", "Not yet \u{2013} in progress, targeting June
    // 2027": a denial, then what stands instead.
    let word = DENYING_OPENINGS.iter().find_map(|w| {
        trimmed
            .get(..w.len())
            .filter(|head| head.eq_ignore_ascii_case(w))
    })?;
    trimmed[word.len()..]
        .trim_start()
        .starts_with([',', ';', ':', '-', '.', '(', '\u{2013}', '\u{2014}'])
        .then_some(((lead, lead + word.len()), lead + word.len()))
}

/// Words that open an answer denying the statement before it, longest first.
const DENYING_OPENINGS: &[&str] = &["not at present", "not currently", "not yet", "no"];

/// For each cell of a header row, the framework name it gives, when it names
/// exactly one framework and nothing else of note.
fn framework_headers(header: &Unit, aliases: &[PreparedAlias]) -> Vec<Option<String>> {
    cells(&header.text)
        .into_iter()
        .map(|cell| {
            let text = header.text.get(cell)?;
            let found = find_aliases(text, aliases);
            (found.len() == 1).then(|| text.trim().to_string())
        })
        .collect()
}

/// True when the rows under `header` are read against framework columns: a
/// column after the first names a framework.
pub fn has_framework_columns(header: &Unit, aliases: &[PreparedAlias]) -> bool {
    framework_headers(header, aliases)
        .iter()
        .skip(1)
        .any(Option::is_some)
}

/// The units with every table row passed through `row`, with what `header`
/// read from the first row of its table; the first row itself is passed
/// with `None`.
pub fn rewrite_rows<H>(
    units: Vec<Unit>,
    mut header: impl FnMut(&Unit) -> H,
    mut row: impl FnMut(Unit, Option<&H>) -> Unit,
) -> Vec<Unit> {
    let mut read: Option<H> = None;
    units
        .into_iter()
        .map(|unit| {
            if unit.kind != UnitKind::TableRow {
                read = None;
                return unit;
            }
            match &read {
                Some(h) => row(unit, Some(h)),
                None => {
                    read = Some(header(&unit));
                    row(unit, None)
                }
            }
        })
        .collect()
}

/// Headers of a column that gives each party's role: "| Party | Role |
/// Assurance |" over "| Northwind | Processor | Cyber Essentials Plus \u{2714} |".
const ROLE_HEADERS: &[&str] = &[
    "role",
    "roles",
    "function",
    "relationship",
    "processing role",
];

/// The units with every role column of a table cut from its rows: a role
/// ("Processor", "Sub-processor (hosting)") tells what part a party plays,
/// and would otherwise read as a supplier holding what the row shows, even
/// in the organisation's own row.
pub fn without_role_columns(units: Vec<Unit>) -> Vec<Unit> {
    rewrite_rows(
        units,
        |header| {
            cells(&header.text)
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(_, c)| {
                    let label = header.text[(*c).clone()]
                        .trim()
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    ROLE_HEADERS.contains(&label.as_str())
                })
                .map(|(k, _)| k)
                .collect::<Vec<usize>>()
        },
        |row, roles| match roles {
            Some(roles) if !roles.is_empty() => cut_cells(&row, &cells(&row.text), roles),
            _ => row,
        },
    )
}

/// The units with every value cell under a framework column prefixed by its
/// header. Cells that already name a framework, and empty cells, stay as
/// they are.
pub fn name_framework_columns(units: Vec<Unit>, aliases: &[PreparedAlias]) -> Vec<Unit> {
    rewrite_rows(
        units,
        |header| framework_headers(header, aliases),
        |unit, headers| {
            let Some(headers) = headers else {
                return unit;
            };
            // Each value cell also ends the clause before it, so that one
            // column's status ("Roadmap") never reaches the next column.
            let prefixes: Vec<(usize, String, Range<usize>)> = cells(&unit.text)
                .into_iter()
                .zip(headers)
                .filter_map(|(cell, header)| {
                    let header = header.as_ref()?;
                    let text = unit.text.get(cell.clone())?;
                    let lower = text.trim().to_lowercase();
                    if EMPTY_CELLS.contains(&lower.as_str()) {
                        return None;
                    }
                    let before = cell.start.checked_sub(3)?;
                    let source = unit.original(cell.clone());
                    // A cell that names its framework already ("Cyber
                    // Essentials \u{2705}" for a tick) still ends the clause
                    // before it.
                    let named = !find_aliases(text, aliases).is_empty();
                    let mut inserts = vec![(before, ";".to_string(), source.start..source.start)];
                    if !named {
                        inserts.push((cell.start, format!("{header} "), source));
                    }
                    Some(inserts)
                })
                .flatten()
                .collect();
            if prefixes.is_empty() {
                unit
            } else {
                unit.with_inserted(&prefixes)
            }
        },
    )
}

/// A table whose every column header is a state ("| To do | Doing | Done |",
/// "| Held | In progress | Planned |"): a task board or status board, whose
/// cells are the items of their column. Each column is read as a section: its
/// header as a heading and its cells, row by row, as the list under it, so a
/// card in "Doing" is in progress as an item under "## Doing" is.
pub fn status_boards(units: Vec<Unit>) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let header = &units[i];
        let header_cells = cells(&header.text);
        let column_names_state = |c: &Range<usize>| {
            let name = header.text.get(c.clone()).unwrap_or("");
            crate::prose::headings::title_status(name).is_some()
                || TASK_COLUMNS.contains(&name.trim().to_lowercase().as_str())
        };
        let board = header.kind == UnitKind::TableRow
            && (i == 0 || units[i - 1].kind != UnitKind::TableRow)
            && header_cells.len() >= 2
            && header_cells.iter().all(column_names_state);
        if !board {
            out.push(units[i].clone());
            i += 1;
            continue;
        }
        let end = (i + 1..units.len())
            .find(|&k| units[k].kind != UnitKind::TableRow)
            .unwrap_or(units.len());
        let rows: Vec<(&Unit, Vec<Range<usize>>)> = units[i + 1..end]
            .iter()
            .map(|row| (row, cells(&row.text)))
            .collect();
        // A card of upkeep work ("CE+ retest", "Bridge letter for the SOC 2
        // report") tells of a certificate kept, whatever its column: it is
        // read on its own, before the columns.
        let upkeep = |text: &str| {
            let lower = text.to_lowercase();
            UPKEEP_CARDS.iter().any(|w| lower.contains(w))
        };
        for (row, row_cells) in &rows {
            for c in row_cells {
                if upkeep(row.text.get(c.clone()).unwrap_or("")) {
                    out.push(only(row, c, UnitKind::Paragraph));
                }
            }
        }
        for (column, cell) in header_cells.iter().enumerate() {
            out.push(only(header, cell, UnitKind::Heading));
            for (row, row_cells) in &rows {
                if let Some(c) = row_cells.get(column) {
                    let text = row.text.get(c.clone()).unwrap_or("");
                    if !is_empty_cell(text) && !upkeep(text) {
                        out.push(only(row, c, UnitKind::ListItem));
                    }
                }
            }
        }
        i = end;
    }
    out
}

/// Columns of a task board that state no status of their own.
const TASK_COLUMNS: &[&str] = &["to do", "todo", "backlog", "next", "done"];

/// Words of a card that keeps a certificate held rather than seeks one.
const UPKEEP_CARDS: &[&str] = &[
    "retest",
    "re-test",
    "renewal",
    "renew",
    "recertification",
    "surveillance",
    "bridge letter",
];

/// The part of `unit` in `keep`, as a unit of `kind`.
fn only(unit: &Unit, keep: &Range<usize>, kind: UnitKind) -> Unit {
    let cut = [0..keep.start, keep.end..unit.text.len()];
    let mut part = unit.without(&cut);
    part.kind = kind;
    part
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::ProseFormat;
    use crate::prose::aliases::prepare_aliases;
    use crate::prose::corpus::test_aliases;
    use crate::prose::extract::extract;

    #[test]
    fn a_claim_read_under_a_framework_column_points_at_its_cell() {
        for (src, format) in [
            (
                "| Vendor | ISO 27001 |\n|---|---|\n| Acme | Certified |\n",
                ProseFormat::Markdown,
            ),
            ("Vendor;ISO 27001\nAcme;Certified\n", ProseFormat::Text),
        ] {
            let mentions = crate::prose::reading_tests::mentions(src, format);
            let cell = mentions.iter().find(|m| m.status.is_some()).expect(src);
            assert_eq!(&src[cell.span.clone()], "Certified", "{src}");
        }
    }

    fn rows(src: &str, format: ProseFormat) -> Vec<String> {
        let aliases = prepare_aliases(&test_aliases());
        name_framework_columns(extract(src, format), &aliases)
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn value_cells_under_a_framework_column_read_with_their_header() {
        assert_eq!(
            rows(
                "| Vendor | ISO 42001 | SOC2 |\n|---|---|---|\n| Acme | Planned | Type 1 |\n| Zed | \u{2013} | yes |",
                ProseFormat::Markdown
            ),
            vec![
                "Vendor | ISO 42001 | SOC2".to_string(),
                "Acme; | ISO 42001 Planned; | SOC2 Type 1".to_string(),
                // A tick already reads as its header, and still ends the
                // clause before it.
                "Zed | \u{2013}; | SOC2 \u{2705}".to_string(),
            ]
        );
    }

    #[test]
    fn a_party_header_opens_the_first_column() {
        let header = |src: &str| {
            let units = extract(src, ProseFormat::Markdown);
            party_header(&units[0])
        };
        assert!(header("| Vendor | ISO 27001 |\n|---|---|\n| Acme | Yes |"));
        assert!(header(
            "| **Sub-processor** | Service |\n|---|---|\n| AWS | Hosting |"
        ));
        assert!(!header(
            "| Framework | Status |\n|---|---|\n| ISO 27001 | Held |"
        ));
    }

    #[test]
    fn empty_cells_keep_their_place() {
        let text = "| Us | Them";
        let got: Vec<&str> = cells(text).into_iter().map(|c| &text[c]).collect();
        assert_eq!(got, vec!["", "Us", "Them"]);
        let text = "A | | C";
        let got: Vec<&str> = cells(text).into_iter().map(|c| &text[c]).collect();
        assert_eq!(got, vec!["A", "", "C"]);
    }

    #[test]
    fn other_tables_are_left_alone() {
        let src = "<table><tr><th>Certification</th><th>Body</th></tr>\
                   <tr><td>ISO 27001</td><td>BSI</td></tr></table>";
        assert_eq!(
            rows(src, ProseFormat::Html),
            vec![
                "Certification | Body".to_string(),
                "ISO 27001 | BSI".to_string()
            ]
        );
        // A header cell with more than a name is no framework column.
        assert_eq!(
            rows(
                "| Item | ISO 27001 or SOC 2 |\n|---|---|\n| Report | Type 2 |",
                ProseFormat::Markdown
            )[1],
            "Report | Type 2"
        );
    }
}
