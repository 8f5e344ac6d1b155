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

/// The dot leader that joins a label to its value in `line` ("Expiry date
/// ....... 9 September 2027"), as a byte range with the spaces around it.
pub(super) fn leader(line: &str) -> Option<Range<usize>> {
    let bytes = line.as_bytes();
    let start = line.len() - line.trim_start().len();
    (start + 1..bytes.len()).find_map(|i| {
        let (end, dotted) = separator_at(bytes, i);
        dotted.then_some(i..end)
    })
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

/// A line, or the part of one in a column, with its offset in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PlacedLine<'a> {
    pub start: usize,
    pub text: &'a str,
    /// For a part of a line in a column of prose, the width of the column's
    /// longest line in characters: a line shorter than that by more than
    /// the next word ends a paragraph; one that is not was wrapped.
    pub column_width: Option<usize>,
}

impl PlacedLine<'_> {
    /// True when this line of a column was wrapped before `next`: the first
    /// word of `next` would not have fitted after it.
    pub(super) fn wrapped_before(&self, next: &str) -> bool {
        let Some(width) = self.column_width else {
            return false;
        };
        let this = self.text.trim();
        let word = next
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        !this.ends_with(['.', '!', '?', ':']) && this.chars().count() + 1 + word > width
    }
}

/// The fewest lines of a block set in two columns of prose.
const COLUMN_BLOCK_LINES: usize = 3;

/// The fewest words a column's lines hold on average to be prose.
const PROSE_WORDS_PER_LINE: usize = 3;

/// The lines in the order a person reads them. A block of lines set as two
/// columns of prose side by side, as a PDF page with two columns exports
/// ("ISO/IEC 42001 IN BRIEF ␣␣␣ WHERE NORTHWIND STANDS" over "Published in
/// December 2023, ISO/IEC ␣␣␣ We intend to seek ISO/IEC"), is read down the
/// left column, then down the right one, each part of a line kept with its
/// offset in the source. A blank line stands between the two columns, and
/// wherever a column has no text on a line.
pub(super) fn reading_order<'a>(lines: Vec<(usize, &'a str)>) -> Vec<PlacedLine<'a>> {
    let blank = |l: &str| l.trim().is_empty();
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let end = (i..lines.len())
            .find(|&k| blank(lines[k].1))
            .unwrap_or(lines.len());
        let block = &lines[i..end];
        match gutter(block) {
            Some(column) => {
                let split = |line: &'a str| {
                    let at = byte_at_column(line, column);
                    (at, &line[..at], &line[at..])
                };
                let width = |parts: &[&str]| parts.iter().map(|p| p.trim().chars().count()).max();
                let lefts: Vec<&str> = block.iter().map(|&(_, l)| split(l).1).collect();
                let rights: Vec<&str> = block.iter().map(|&(_, l)| split(l).2).collect();
                let left_width = width(&lefts);
                for (&(start, _), left) in block.iter().zip(&lefts) {
                    out.push(PlacedLine {
                        start,
                        text: left,
                        column_width: left_width,
                    });
                }
                let after = block.last().map_or(0, |(s, l)| s + l.len());
                out.push(PlacedLine {
                    start: after,
                    text: "",
                    column_width: None,
                });
                let right_width = width(&rights);
                for &(start, line) in block {
                    let (at, _, right) = split(line);
                    out.push(PlacedLine {
                        start: start + at,
                        text: right,
                        column_width: right_width,
                    });
                }
            }
            None => out.extend(block.iter().map(|&(start, text)| PlacedLine {
                start,
                text,
                column_width: None,
            })),
        }
        if let Some(&(start, text)) = lines.get(end) {
            out.push(PlacedLine {
                start,
                text,
                column_width: None,
            });
        }
        i = end + 1;
    }
    out
}

/// The character column where the right one of two columns of prose starts
/// in `block`, or `None` when the block is not set so.
fn gutter(block: &[(usize, &str)]) -> Option<usize> {
    if block.len() < COLUMN_BLOCK_LINES {
        return None;
    }
    let lines: Vec<Vec<char>> = block
        .iter()
        .map(|(_, l)| l.trim_end_matches(['\n', '\r']).chars().collect())
        .collect();
    // Candidate columns: where text resumes after a run of spaces.
    let mut candidates: Vec<usize> = Vec::new();
    for line in &lines {
        let mut run = 0;
        for (k, &c) in line.iter().enumerate() {
            if c == ' ' {
                run += 1;
            } else {
                if run >= COLUMN_GAP {
                    candidates.push(k);
                }
                run = 0;
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .find(|&column| two_columns_of_prose(&lines, column))
}

/// True when every line leaves the two characters before `column` blank,
/// at least two lines have text on both sides, and each side reads as
/// prose: several words a line on average and no further column gaps.
fn two_columns_of_prose(lines: &[Vec<char>], column: usize) -> bool {
    let mut both = 0;
    let (mut left_words, mut left_lines, mut right_words, mut right_lines) = (0, 0, 0, 0);
    for line in lines {
        let cut = column.min(line.len());
        if line[column.saturating_sub(2).min(cut)..cut]
            .iter()
            .any(|&c| c != ' ')
        {
            return false;
        }
        let left: String = line[..cut].iter().collect();
        let right: String = line[cut..].iter().collect();
        for (side, words, count) in [
            (&left, &mut left_words, &mut left_lines),
            (&right, &mut right_words, &mut right_lines),
        ] {
            if side.trim().is_empty() {
                continue;
            }
            if cells(side.trim()).is_some() {
                return false;
            }
            *words += side.split_whitespace().count();
            *count += 1;
        }
        if !left.trim().is_empty() && !right.trim().is_empty() {
            both += 1;
        }
    }
    both >= 2
        && left_words >= PROSE_WORDS_PER_LINE * left_lines
        && right_words >= PROSE_WORDS_PER_LINE * right_lines
}

/// The byte offset in `line` of character column `column` (or its end).
fn byte_at_column(line: &str, column: usize) -> usize {
    let content = line.trim_end_matches(['\n', '\r']);
    content
        .char_indices()
        .nth(column)
        .map_or(content.len(), |(i, _)| i)
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
    fn a_leader_is_found_with_the_spaces_around_it() {
        let line = "Expiry date ........ 9 September 2027";
        assert_eq!(leader(line).map(|r| &line[r]), Some(" ........ "));
        assert_eq!(leader("ISO 27001   Certified"), None);
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

    #[test]
    fn two_columns_of_prose_read_down_the_left_then_the_right() {
        let page = "IN BRIEF                      WHERE WE STAND\n\
                    The standard was published    We intend to seek it once\n\
                    in 2023 and sets what a       our ISO 27001 audit is\n\
                    system must have.             done.\n";
        let mut offset = 0;
        let lines: Vec<(usize, &str)> = page
            .split_inclusive('\n')
            .map(|l| {
                offset += l.len();
                (offset - l.len(), l)
            })
            .collect();
        let read: Vec<String> = reading_order(lines.clone())
            .into_iter()
            .map(|line| {
                assert!(page[line.start..].starts_with(line.text), "{line:?}");
                line.text.trim().to_string()
            })
            .collect();
        assert_eq!(
            read,
            [
                "IN BRIEF",
                "The standard was published",
                "in 2023 and sets what a",
                "system must have.",
                "",
                "WHERE WE STAND",
                "We intend to seek it once",
                "our ISO 27001 audit is",
                "done.",
            ]
        );
        // A table is no pair of columns of prose.
        let table = [
            (0, "Framework    Status     Evidence"),
            (33, "ISO 27001    Certified  On request"),
            (66, "CE           Certified  IASME-CE-1"),
        ];
        let kept: Vec<(usize, &str)> = reading_order(table.to_vec())
            .into_iter()
            .map(|l| (l.start, l.text))
            .collect();
        assert_eq!(kept, table.to_vec());
    }
}
