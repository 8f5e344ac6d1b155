//! Plain text as a person sets it out: paragraphs and bullets, lines wrapped
//! inside a sentence, task boxes, and lines that are a table's rows (values
//! set apart by tabs, commas, semicolons or spaced dashes, as a spreadsheet
//! export or a tracker writes them) under the header line above them.
//!
//! Text files are read this way, and so are code blocks that show such a
//! table (a Markdown fence labelled `csv`).

use std::ops::Range;

use crate::prose::units::{self, Builder, Unit, UnitKind};
use crate::prose::{layout, vocabulary};

/// Reads plain text: blank lines end a unit, bulleted lines start one, and a line
/// break joins two lines of one paragraph only when the text looks wrapped.
pub(super) fn plain(src: &str) -> Vec<Unit> {
    let mut b = Builder::new(src);
    read_lines(&mut b, 0..src.len());
    b.units
}

/// Reads the lines of `range` of the builder's source as plain text, into `b`.
pub(super) fn read_lines(b: &mut Builder, range: Range<usize>) {
    let src = b.src;
    let mut offset = range.start;
    let mut prev: Option<&str> = None;
    let placed: Vec<(usize, &str)> = src[range]
        .split_inclusive('\n')
        .map(|line| {
            offset += line.len();
            (offset - line.len(), line)
        })
        .collect();
    let placed = layout::reading_order(placed);
    let lines: Vec<&str> = placed.iter().map(|line| line.text).collect();
    let mut prev_placed: Option<layout::PlacedLine> = None;
    // The column headers of the table being read, each with its place in
    // its line.
    let mut tab_headers: Option<Vec<(String, Range<usize>)>> = None;
    // Where the value of the last leader line starts, while its lines last.
    let mut value_column: Option<usize> = None;
    for (n, &placed_line) in placed.iter().enumerate() {
        let (start, line) = (placed_line.start, placed_line.text);
        let wrapped_in_column = prev_placed
            .replace(placed_line)
            .is_some_and(|p| p.wrapped_before(line));
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        if trimmed.trim().is_empty() {
            b.flush(UnitKind::Paragraph);
            prev = None;
            tab_headers = None;
            continue;
        }
        // "ISO 27001<TAB>Certified<TAB>31 Aug 2028": lines set out with tabs,
        // as pasted from a spreadsheet, are the rows of a table, read against
        // the header line over them as a Markdown table's rows are.
        // So are comma-separated lines ("ISO 27001,BSI,IS 712345,Certified"),
        // whose commas, with no space after them, no sentence writes, and a
        // tracker's lines of four or more fields set apart by spaced dashes
        // ("ISO 27001 - certificate IS 712345 - expiry 05/2028 - Green").
        let beside_tab_row = |k: Option<usize>| {
            k.and_then(|k| lines.get(k))
                .is_some_and(|l| tab_cells(l.trim_end_matches(['\n', '\r'])).is_some())
        };
        let row = match tab_cells(content) {
            Some(cells) if beside_tab_row(n.checked_sub(1)) || beside_tab_row(Some(n + 1)) => {
                Some((cells, RowShape::Fields))
            }
            Some(_) => None,
            None => delimited_row(&lines, n)
                .or_else(|| dash_cells(content))
                .map(|cells| (cells, RowShape::Fields))
                .or_else(|| layout_row(&lines, n)),
        };
        if let Some((cells, shape)) = row {
            b.flush(UnitKind::Paragraph);
            b.set_kind(UnitKind::TableRow);
            let texts: Vec<&str> = cells.iter().map(|c| &content[c.clone()]).collect();
            let header_row = tab_headers.is_none() && header_cells(&texts);
            for (k, cell) in cells.iter().enumerate() {
                let in_line = cell.clone();
                let cell = start + cell.start..start + cell.end;
                if k > 0 {
                    b.push_synthetic(" | ", cell.start..cell.start);
                }
                let cell_start = b.len();
                b.push_source(cell.clone());
                if !header_row && let Some(headers) = &tab_headers {
                    let header = match shape {
                        // Columns laid out with spaces may leave a cell
                        // empty: a cell belongs to the header it stands under.
                        RowShape::Columns => header_over(headers, in_line),
                        _ => headers.get(k).map(|(h, _)| h.as_str()),
                    };
                    b.answer_cell(cell_start, header, cell);
                }
            }
            if header_row {
                tab_headers = Some(
                    texts
                        .iter()
                        .zip(&cells)
                        .map(|(t, c)| (t.to_string(), c.clone()))
                        .collect(),
                );
            } else if tab_headers.is_none() {
                tab_headers = Some(Vec::new());
            }
            b.flush(UnitKind::Paragraph);
            prev = None;
            continue;
        }
        tab_headers = None;
        // "| SOC 2 Type 2 | Completed |": a line written as a table row is
        // a row of its own.
        if units::pipe_row(trimmed) {
            b.flush(UnitKind::Paragraph);
            b.push_source(start..start + content.len());
            b.flush_pipe_row(UnitKind::Paragraph);
            prev = None;
            continue;
        }
        let bullet = bullet_len(trimmed);
        // "Expiry date ..... 9 September 2027" is "Expiry date: 9 September
        // 2027", and starts a unit of its own.
        let leader = layout::leader(content);
        let indent = content.len() - trimmed.len();
        // A line set under the value of a leader line carries the value on.
        let under_value = value_column.is_some_and(|column| indent >= column);
        let continues = leader.is_none()
            && prev.is_some_and(|p| {
                bullet == 0 && (under_value || wrapped_in_column || wrapped(p, trimmed))
            });
        value_column = leader
            .as_ref()
            .map(|dots| dots.end)
            .or(value_column.filter(|_| continues));
        if !continues {
            b.flush(UnitKind::Paragraph);
        }
        // "Cyber Essen-" over "tials Plus" is one word.
        let rejoined = continues
            && prev.is_some_and(|p| layout::broken_word(p, trimmed))
            && b.drop_trailing_hyphen();
        b.set_kind(if bullet > 0 {
            UnitKind::ListItem
        } else if continues {
            b.cur.kind
        } else {
            UnitKind::Paragraph
        });
        if !rejoined {
            b.space(start);
        }
        let mut from = start + indent + bullet;
        if bullet > 0
            && let Some(checked) = task_box(&trimmed[bullet..])
        {
            b.push_synthetic(task_mark(checked), from..from + TASK_BOX_LEN);
            from += TASK_BOX_LEN;
        }
        match leader {
            Some(dots) if from <= start + dots.start => {
                b.push_source(from..start + dots.start);
                // The colon stands where the value starts, so a phrase read
                // across it points at the words, not at the dots.
                b.push_synthetic(": ", start + dots.end..start + dots.end);
                b.push_source(start + dots.end..start + content.len());
            }
            _ => b.push_source(from..start + content.len()),
        }
        prev = Some(trimmed);
    }
    b.flush(UnitKind::Paragraph);
}

/// The cells of a line set out with tabs (byte ranges in the line, trimmed),
/// or `None` for a line with fewer than two cells that hold words.
fn tab_cells(line: &str) -> Option<Vec<Range<usize>>> {
    if !line.trim().contains('\t') {
        return None;
    }
    let mut cells = Vec::new();
    let mut from = 0;
    for part in line.split('\t') {
        let lead = part.len() - part.trim_start().len();
        cells.push(from + lead..from + lead + part.trim().len());
        from += part.len() + 1;
    }
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    (filled >= 2).then_some(cells)
}

/// True when the lines of `range` are a table and nothing else: two lines or
/// more, every one a row of values split by tabs, commas or semicolons, all
/// with the same number of fields. A code block that holds such lines shows a
/// spreadsheet export, not code.
pub(super) fn is_table(src: &str, range: Range<usize>) -> bool {
    let lines: Vec<&str> = src[range]
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect();
    if lines.len() < 2 {
        return false;
    }
    let by_tabs = lines.iter().map(|l| tab_cells(l).map(|c| c.len()));
    let same = |counts: Vec<Option<usize>>| {
        counts[0].is_some_and(|n| n >= 2) && counts.iter().all(|c| *c == counts[0])
    };
    same(by_tabs.collect())
        || layout::is_table(&lines)
        || FIELD_SEPARATORS.iter().any(|&sep| {
            same(
                lines
                    .iter()
                    .map(|l| delimited_cells(l, sep).map(|c| c.len()))
                    .collect(),
            )
        })
}

/// The separators of the values a spreadsheet export writes on one line:
/// commas, and semicolons where the comma is the decimal mark.
const FIELD_SEPARATORS: [u8; 2] = [b',', b';'];

/// The cells of line `n` when it is a line of delimited values, as a
/// spreadsheet exports them ("ISO 27001,BSI,Certified", "Supplier;ISO
/// 27001;SOC 2", "\"Do you hold ISO 27001?\",\"Yes\""). Three fields or more
/// make a row; two only when a line beside it has two fields split the same
/// way, or both are quoted, since "ISO 27001,CE" may be a typo in a sentence.
fn delimited_row(lines: &[&str], n: usize) -> Option<Vec<Range<usize>>> {
    let line = |k: usize| lines.get(k).map(|l| l.trim_end_matches(['\n', '\r']));
    let content = line(n)?;
    FIELD_SEPARATORS.iter().find_map(|&sep| {
        let cells = delimited_cells(content, sep)?;
        if cells.len() >= 3 {
            return Some(cells);
        }
        let pairs = |k: Option<usize>| {
            k.and_then(line)
                .and_then(|l| delimited_cells(l, sep))
                .is_some_and(|c| c.len() == 2)
        };
        let quoted = |r: &Range<usize>| {
            r.start > 0
                && content.as_bytes()[r.start - 1] == b'"'
                && content[r.end..].starts_with('"')
        };
        (pairs(n.checked_sub(1)) || pairs(Some(n + 1)) || cells.iter().all(quoted)).then_some(cells)
    })
}

/// The cells of a line of values split by `sep` (byte ranges in the line,
/// trimmed, inside their quotes), or `None` for a line with no separator that
/// has no space after it, or fewer than two cells that hold something. A separator between digits ("2,000") or inside
/// double quotes separates nothing, and a line with as many ", " outside
/// quotes as separators is a sentence.
fn delimited_cells(line: &str, sep: u8) -> Option<Vec<Range<usize>>> {
    let bytes = line.as_bytes();
    let mut quoted = false;
    let mut cuts = Vec::new();
    let mut spaced = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == sep && !quoted {
            let next = bytes.get(i + 1).copied();
            let prev = i.checked_sub(1).map(|p| bytes[p]);
            // A thousands separator has three digits after it, and no
            // fourth ("1,000" but not "2025-05-20,2027-05-19").
            let digit_at = |k: usize| bytes.get(i + k).is_some_and(u8::is_ascii_digit);
            let in_number = sep == b','
                && prev.is_some_and(|p| p.is_ascii_digit())
                && (1..=3).all(digit_at)
                && !digit_at(4);
            if next == Some(b' ') {
                spaced += 1;
            } else if !in_number {
                cuts.push(i);
            }
        }
    }
    if cuts.is_empty() || spaced >= cuts.len() {
        return None;
    }
    let mut cells = Vec::new();
    let mut from = 0;
    for cut in cuts.into_iter().chain(std::iter::once(line.len())) {
        let part = &line[from..cut];
        let lead = part.len() - part.trim_start().len();
        let mut cell = from + lead..from + lead + part.trim().len();
        let text = &line[cell.clone()];
        if text.len() >= 2 && text.starts_with('"') && text.ends_with('"') {
            cell = cell.start + 1..cell.end - 1;
        }
        cells.push(cell);
        from = cut + 1;
    }
    let filled = cells.iter().filter(|c| !c.is_empty()).count();
    (filled >= 2).then_some(cells)
}

/// The fields of a line set apart by three or more spaced dashes (" - " or
/// " \u{2013} "), or `None`. Prose sets an aside between two dashes at most.
fn dash_cells(line: &str) -> Option<Vec<Range<usize>>> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for sep in [" - ", " \u{2013} "] {
        cuts.extend(line.match_indices(sep).map(|(at, s)| (at, at + s.len())));
    }
    cuts.sort_unstable();
    if cuts.len() < 3 {
        return None;
    }
    let mut cells = Vec::new();
    let mut from = 0;
    for (at, after) in cuts
        .into_iter()
        .chain(std::iter::once((line.len(), line.len())))
    {
        let part = line.get(from..at)?;
        let lead = part.len() - part.trim_start().len();
        if part.trim().is_empty() {
            return None;
        }
        cells.push(from + lead..from + lead + part.trim().len());
        from = after;
    }
    Some(cells)
}

/// How the cells of a table's line are set apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowShape {
    /// By tabs, commas, semicolons or spaced dashes: the k-th cell is the
    /// k-th field.
    Fields,
    /// By runs of spaces, in columns: a cell is under the header above it.
    Columns,
}

/// The cells of line `n` when it is laid out in columns beside another line
/// so laid out. A line that joins a label to its value with a dot leader is
/// read as "label: value", and may wrap onto the next line.
fn layout_row(lines: &[&str], n: usize) -> Option<(Vec<Range<usize>>, RowShape)> {
    let line = |k: usize| lines.get(k).map(|l| l.trim_end_matches(['\n', '\r']));
    let (cells, leader) = layout::cells(line(n)?)?;
    if leader {
        return None;
    }
    let beside = |k: Option<usize>| k.and_then(line).and_then(layout::cells).is_some();
    (beside(n.checked_sub(1)) || beside(Some(n + 1))).then_some((cells, RowShape::Columns))
}

/// The header a cell at `cell` (a range in its line) stands under: the last
/// header that starts before the cell ends.
fn header_over(headers: &[(String, Range<usize>)], cell: Range<usize>) -> Option<&str> {
    headers
        .iter()
        .rfind(|(_, at)| at.start < cell.end)
        .map(|(h, _)| h.as_str())
}

/// Most words a column header has.
const HEADER_WORDS: usize = 4;

/// True for the cells of a table's header line: short labels with no date or
/// number and no answer ("Cert", "Status", "Valid to").
fn header_cells(cells: &[&str]) -> bool {
    cells.iter().all(|cell| {
        let lower = cell.to_lowercase();
        (!cell.chars().any(|c| c.is_ascii_digit()) || names_a_standard(&lower))
            && cell.split_whitespace().count() <= HEADER_WORDS
            && !vocabulary::YES_CELLS.contains(&lower.as_str())
            && !vocabulary::NO_CELLS.contains(&lower.as_str())
    })
}

/// Words that open a standard's name with a number in it: a column headed
/// "ISO 27001" or "SOC 2" is a label, not a value.
const NUMBERED_STANDARDS: &[&str] = &["iso", "iso/iec", "soc", "nist", "pci", "bs", "en"];

/// True for a lowercase cell that opens with a standard's numbered name
/// ("iso 27001", "iso/iec 42001 status", "soc 2 type ii"), not a date.
fn names_a_standard(lower: &str) -> bool {
    let mut words = lower
        .split([' ', '-', '_', '\u{a0}'])
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let (prefix, number) = match first.find(|c: char| c.is_ascii_digit()) {
        // "iso27001", "soc2"
        Some(at) => (&first[..at], &first[at..]),
        None => (first, words.next().unwrap_or("")),
    };
    NUMBERED_STANDARDS.contains(&prefix)
        && number.starts_with(|c: char| c.is_ascii_digit())
        && lower.chars().filter(char::is_ascii_digit).count()
            == number.chars().filter(char::is_ascii_digit).count()
}

/// True for a line that opens with a time of day or of a recording:
/// "02:30", "1:02:15", "[00:21:40]", "(12:05)".
fn opens_with_timestamp(line: &str) -> bool {
    let line = line.trim_start_matches(['[', '(']);
    let hours = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[hours..];
    (1..=2).contains(&hours)
        && rest.starts_with(':')
        && rest[1..].chars().take_while(char::is_ascii_digit).count() == 2
}

/// The length of a task box, "[ ]" or "[x]".
pub(super) const TASK_BOX_LEN: usize = 3;

/// Whether a list item opens with a ticked (`Some(true)`) or an empty
/// (`Some(false)`) task box: "- [x] ISO 27001", "- [ ] SOC 2".
fn task_box(item: &str) -> Option<bool> {
    let checked = match item.get(..TASK_BOX_LEN)? {
        "[x]" | "[X]" => true,
        "[ ]" => false,
        _ => return None,
    };
    item[TASK_BOX_LEN..].starts_with(' ').then_some(checked)
}

/// The mark a task box stands for: a ticked box or an empty one.
pub(super) fn task_mark(checked: bool) -> &'static str {
    if checked { "\u{2611}" } else { "\u{2610}" }
}

/// The length of a bullet or number marker at the start of a line ("- ", "1. ").
fn bullet_len(line: &str) -> usize {
    for marker in vocabulary::PLAIN_BULLETS {
        if let Some(rest) = line.strip_prefix(marker)
            && rest.starts_with(' ')
        {
            return marker.len() + 1;
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < 4 {
        let rest = &line[digits..];
        if (rest.starts_with(". ") || rest.starts_with(") ")) && rest.len() > 2 {
            return digits + 2;
        }
    }
    0
}

/// True for a transcript line that opens with a speaker and an affiliation,
/// "Jo (Keel): ...": after a question, the answer to it.
fn speaker_line(line: &str) -> bool {
    let Some((label, _)) = line.split_once(':') else {
        return false;
    };
    let Some((name, affiliation)) = label.split_once(" (") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && affiliation.ends_with(')')
        && !affiliation.contains('(')
}

/// True when `next` continues the sentence of `prev` (a wrapped line).
fn wrapped(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    // A line that opens with a timestamp ("02:30 Our ISO 27001 audit",
    // "[00:21:40] HOST: ...") starts a chapter or a transcript turn.
    if opens_with_timestamp(next) {
        return false;
    }
    // "Q: Are you certified?" then "A: Yes." is one exchange.
    let first_word: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let answers = next.starts_with("A:")
        || next.starts_with("A -")
        || (p.ends_with('?') && speaker_line(next))
        || (p.ends_with('?')
            && (vocabulary::YES_ANSWERS.contains(&first_word.as_str())
                || vocabulary::NO_ANSWERS.contains(&first_word.as_str())));
    // Captions run on in lower case without marks, wrapping anywhere, even
    // inside a name ("our iso" over "27001 so ...").
    let caption = !p.contains(char::is_uppercase)
        && p.ends_with(char::is_alphabetic)
        && next.starts_with(|c: char| c.is_ascii_digit());
    // "Cyber Essentials: current certificate held (IASME-CE-013579)" over
    // "ISO/IEC 27001: working towards certification": a field under a field
    // is a line of its own, however long the one above.
    let fields = field_line(p) && field_line(next);
    // "Cyber Essentials | ✅ | valid to 9 Mar 2027" over "ISO 27001 | 🟡 |
    // 60%": rows of cells typed with pipes are lines of their own.
    let rows = p.contains(" | ") && next.contains(" | ");
    answers
        || caption
        || (next.chars().next().is_some_and(char::is_lowercase) && !lowercase_fields(p, next))
        || (p.chars().count() >= 50 && !p.ends_with(['.', '!', '?', ':', '|']) && !fields && !rows)
}

/// True when `prev` and `next` are both fields typed without capitals
/// ("cyber essentials: held" over "cyber essentials plus: not held"): a
/// field under a field is a line of its own in any hand.
fn lowercase_fields(prev: &str, next: &str) -> bool {
    let field = |line: &str| {
        line.split_once(':').is_some_and(|(label, value)| {
            (1..=4).contains(&label.split_whitespace().count())
                && !value.trim().is_empty()
                && !value.starts_with("//")
        })
    };
    field(prev) && field(next)
}

/// True for a line that opens with a short label and a colon: "Status:
/// certified", "ISO/IEC 27001: in progress".
fn field_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        (1..=5).contains(&words)
            && label.starts_with(|c: char| c.is_uppercase())
            && !value.trim().is_empty()
            && !value.starts_with("//")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comma_separated_cells_split_between_dates_but_not_inside_numbers() {
        let line = "ISO/IEC 27001:2022,Certified,2025-05-20,2027-05-19,\u{a3}1,000";
        let cells: Vec<&str> = delimited_cells(line, b',')
            .unwrap()
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(
            cells,
            [
                "ISO/IEC 27001:2022",
                "Certified",
                "2025-05-20",
                "2027-05-19",
                "\u{a3}1,000"
            ]
        );
    }

    fn rows(src: &str) -> Vec<(UnitKind, String)> {
        plain(src).into_iter().map(|u| (u.kind, u.text)).collect()
    }

    #[test]
    fn semicolon_exports_are_rows_under_a_header_that_names_standards() {
        let got = rows(
            "Supplier;Service;ISO 27001;SOC 2\nAWS;Hosting;Yes;Yes\nNorthwind;Forecasting;Yes;No",
        );
        assert_eq!(
            got[0],
            (
                UnitKind::TableRow,
                "Supplier | Service | ISO 27001 | SOC 2".into()
            )
        );
        assert_eq!(got[2].0, UnitKind::TableRow);
        assert!(
            got[2].1.starts_with("Northwind | Forecasting | ISO 27001"),
            "{got:?}"
        );
        // A sentence with semicolons is no row: each has a space after it.
        assert_eq!(
            rows("We hold ISO 27001; CE; and CE+."),
            vec![(
                UnitKind::Paragraph,
                "We hold ISO 27001; CE; and CE+.".into()
            )]
        );
    }

    #[test]
    fn quoted_fields_are_cells_without_their_quotes() {
        let src = "\"Question\",\"Answer\"\n\"Do you hold ISO 27001, with UKAS?\",\"Yes\"";
        let got = rows(src);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1, "Do you hold ISO 27001, with UKAS? | Yes");
        for unit in plain(src) {
            let whole = unit.original(0..unit.text.len());
            assert!(!src[whole].starts_with('"'));
        }
        // Two fields on a line alone, unquoted, may be a typo in a sentence.
        assert_eq!(rows("ISO 27001,CE")[0].0, UnitKind::Paragraph);
    }

    #[test]
    fn a_header_cell_may_name_a_standard_but_not_hold_a_date() {
        assert!(names_a_standard("iso 27001"));
        assert!(names_a_standard("iso/iec 42001 status"));
        assert!(names_a_standard("soc2"));
        assert!(!names_a_standard("valid to 2028"));
        assert!(!names_a_standard("iso 27001 expires 2028"));
        assert!(header_cells(&["Vendor", "ISO 27001", "SOC 2"]));
        assert!(!header_cells(&["ISO 27001", "2028-05-01"]));
    }

    #[test]
    fn a_table_is_lines_of_the_same_number_of_fields() {
        let csv = "Framework,Status\nISO 27001,Certified\nCE,Certified\n";
        assert!(is_table(csv, 0..csv.len()));
        let tsv = "A\tB\tC\n1\t2\t3";
        assert!(is_table(tsv, 0..tsv.len()));
        for not in [
            "fn main() {\n    run(a, b);\n}",
            "a,b\na,b,c",
            "one,line,only",
        ] {
            assert!(!is_table(not, 0..not.len()), "{not}");
        }
    }

    #[test]
    fn text_laid_out_on_a_page_reads_as_its_reader_sees_it() {
        // A leader joins a label to its value; the value may wrap.
        let got = rows(
            "Scheme ......... Cyber Essentials\nExpiry date .... 9 September\n                 2027",
        );
        assert_eq!(
            got,
            [
                (UnitKind::Paragraph, "Scheme: Cyber Essentials".into()),
                (UnitKind::Paragraph, "Expiry date: 9 September 2027".into()),
            ]
        );
        // A word broken across two lines is one word.
        assert_eq!(
            rows("Harbour holds Cyber Essen-\ntials Plus.")[0].1,
            "Harbour holds Cyber Essentials Plus."
        );
        // Columns set apart by spaces: a cell is under the header above it,
        // even when a cell before it is empty.
        let got = rows("Standard        Certified    Evidence\nISO 27001                    Yes");
        assert_eq!(
            got[1],
            (UnitKind::TableRow, "ISO 27001 | Evidence \u{2705}".into())
        );
        // A page in two columns of prose reads down each column, its lines
        // wrapped where the next word would not have fitted.
        let page = "IN BRIEF                      WHERE WE STAND\n\
                    The standard was published    We intend to seek it once\n\
                    in 2023 and sets what a       our ISO 27001 audit is\n\
                    system must have.             done.\n";
        let texts: Vec<String> = rows(page).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            texts,
            [
                "IN BRIEF",
                "The standard was published in 2023 and sets what a system must have.",
                "WHERE WE STAND",
                "We intend to seek it once our ISO 27001 audit is done.",
            ]
        );
    }
}
