//! Text laid out on a page rather than written as lines of prose: what a
//! PDF's text export (`pdftotext -layout`), a printed form or a fixed-width
//! report gives. Columns are set apart by runs of spaces ("ISO/IEC 27001
//! ␣␣␣␣ Certified ␣␣␣␣ Certificate on request"), a label is joined to its
//! value by a dot leader ("Expiry date ........ 9 September 2027"), and a
//! word is broken across two lines with a hyphen ("Cyber Essen-" over
//! "tials Plus").
//!
//! This module finds those shapes in a line; `plain_text` reads the lines.

use std::ops::Range;

/// The fewest spaces that set two columns apart. Two spaces follow a full
/// stop in some prose; three are layout.
const COLUMN_GAP: usize = 3;

/// The fewest dots of a leader ("Scheme ..... Cyber Essentials").
const LEADER_DOTS: usize = 3;

/// The fewest dots of a leader written straight after its label.
const LONG_LEADER_DOTS: usize = 5;

/// The cells of a line laid out in columns, as byte ranges in the line, and
/// whether a dot leader joins a label to its value. `None` for a line with
/// fewer than two cells.
pub(super) fn cells(line: &str) -> Option<(Vec<Range<usize>>, bool)> {
    let bytes = line.as_bytes();
    let start = line.len() - line.trim_start().len();
    let mut cells = Vec::new();
    let mut leader = false;
    let mut cell_start = start;
    let mut i = start;
    while i < bytes.len() {
        let (gap_end, dotted) = separator_at(bytes, i);
        if gap_end > i {
            let cell = trimmed(line, cell_start..i);
            if !cell.is_empty() {
                cells.push(cell);
            }
            leader |= dotted;
            cell_start = gap_end;
            i = gap_end;
        } else {
            i += 1;
        }
    }
    let last = trimmed(line, cell_start..line.len());
    if !last.is_empty() {
        cells.push(last);
    }
    (cells.len() >= 2).then_some((cells, leader))
}

/// The end of the column gap or dot leader that starts at `i`, and whether it
/// is a leader; `(i, false)` when none starts there. A leader is three dots
/// or more, possibly spaced (". . . ."), after a space or a word and before
/// a space; an ellipsis that ends a sentence ("and so on...") has no value
/// after it set apart by a space.
fn separator_at(bytes: &[u8], i: usize) -> (usize, bool) {
    let spaces = bytes[i..].iter().take_while(|&&b| b == b' ').count();
    if spaces >= COLUMN_GAP {
        return (i + spaces, false);
    }
    let mut end = i;
    let mut dots = 0;
    while end < bytes.len() && (bytes[end] == b'.' || (bytes[end] == b' ' && dots > 0)) {
        if bytes[end] == b'.' {
            dots += 1;
        }
        end += 1;
    }
    // Dots straight after a word are a leader only when there are many of
    // them ("Scheme........"): three are an ellipsis ("certified... to").
    let after_space = i > 0 && bytes[i - 1] == b' ';
    let leader = (dots >= LONG_LEADER_DOTS || (dots >= LEADER_DOTS && after_space))
        && bytes[i] == b'.'
        && i > 0
        && bytes[end.saturating_sub(1)] == b' '
        && end < bytes.len();
    if leader {
        (end, true)
    } else if spaces > 0 && bytes.get(i + spaces) == Some(&b'.') {
        // The space before a leader belongs to it.
        let (after, dotted) = separator_at(bytes, i + spaces);
        if dotted { (after, true) } else { (i, false) }
    } else {
        (i, false)
    }
}

fn trimmed(line: &str, range: Range<usize>) -> Range<usize> {
    let part = &line[range.clone()];
    let lead = part.len() - part.trim_start().len();
    range.start + lead..range.start + lead + part.trim().len()
}

/// True when the lines of a block are a table laid out in columns: two
/// lines or more, each with two cells or more, none joined by a leader
/// only.
pub(super) fn is_table(lines: &[&str]) -> bool {
    lines.len() >= 2 && lines.iter().all(|l| cells(l).is_some())
}

/// True when `prev` ends with a word broken by a hyphen that `next` carries
/// on in lower case ("Essen-" over "tials"): the two halves are one word.
pub(super) fn broken_word(prev: &str, next: &str) -> bool {
    let Some(head) = prev.trim_end().strip_suffix('-') else {
        return false;
    };
    let mut last = head.chars().rev();
    last.next().is_some_and(char::is_alphabetic)
        && last.next().is_some_and(char::is_alphabetic)
        && next.trim_start().starts_with(|c: char| c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Option<(Vec<&str>, bool)> {
        cells(line).map(|(cells, leader)| (cells.into_iter().map(|r| &line[r]).collect(), leader))
    }

    #[test]
    fn columns_are_set_apart_by_three_spaces_or_a_leader() {
        assert_eq!(
            texts("ISO/IEC 27001           Certified    Certificate (on request)"),
            Some((
                vec!["ISO/IEC 27001", "Certified", "Certificate (on request)"],
                false
            ))
        );
        assert_eq!(
            texts("  Expiry date ................... 9 September 2027"),
            Some((vec!["Expiry date", "9 September 2027"], true))
        );
        assert_eq!(
            texts("Scheme . . . . . . Cyber Essentials"),
            Some((vec!["Scheme", "Cyber Essentials"], true))
        );
    }

    #[test]
    fn prose_has_no_columns() {
        for line in [
            "We hold ISO 27001.  Our team is certified.",
            "We are certified... to ISO 27001, and more",
            "and so on...",
            "certified... to ISO 27001",
            "    Indented prose is one cell",
        ] {
            assert_eq!(texts(line), None, "{line}");
        }
    }

    #[test]
    fn a_hyphen_at_a_line_end_breaks_a_word_only_before_lower_case() {
        assert!(broken_word("holds Cyber Essen-", "tials Plus"));
        assert!(!broken_word("ISO 27001 -", "certified"));
        assert!(!broken_word("Cyber Essentials -", "Plus"));
        assert!(!broken_word("ISO 27001-", "2022"));
    }
}
