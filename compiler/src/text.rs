//! Text positions: byte ranges and the mapping from byte offsets to lines and columns.
//!
//! Everything inside the compiler speaks in byte offsets, because that is what the lexer
//! produces and what slicing a `str` needs. People and tools speak in lines and columns,
//! and they disagree about what a column is: the JSON report counts Unicode characters,
//! LSP clients count UTF-16 code units (or UTF-8 bytes when negotiated). `LineIndex` is
//! the one place that converts, so those rules live in one file.

use std::ops::Range;

/// A half-open byte range `start..end` in one file's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "backwards range {start}..{end}");
        TextRange {
            start: start as u32,
            end: end.max(start) as u32,
        }
    }

    /// An empty range at `offset`.
    pub fn empty(offset: usize) -> TextRange {
        TextRange::new(offset, offset)
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn contains(self, offset: usize) -> bool {
        (self.start as usize) <= offset && offset < self.end as usize
    }

    /// Like `contains`, but also true at the end offset, which is where a cursor sits
    /// after typing the last character of a word.
    pub fn touches(self, offset: usize) -> bool {
        (self.start as usize) <= offset && offset <= self.end as usize
    }

    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl From<Range<usize>> for TextRange {
    fn from(range: Range<usize>) -> TextRange {
        TextRange::new(range.start, range.end)
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Spanned<T> {
    pub value: T,
    pub range: TextRange,
}

/// How an editor or report counts columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnUnit {
    /// UTF-8 bytes (LSP `utf-8` encoding).
    Utf8,
    /// UTF-16 code units (the LSP default).
    Utf16,
    /// Unicode scalar values (the JSON report and SARIF).
    Char,
}

/// A zero-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Line starts of one text, for converting offsets to positions and back.
///
/// A line ends at `\n`; a `\r` just before it belongs to the line break, so columns
/// are the same for CRLF and LF files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    text: String,
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| (i + 1) as u32),
        );
        LineIndex {
            text: text.to_owned(),
            line_starts,
        }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The zero-based line and column of a byte offset. Offsets past the end, or inside
    /// a multi-byte character, are clamped to the nearest valid position before them.
    pub fn line_col(&self, offset: usize, unit: ColumnUnit) -> LineCol {
        let offset = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s as usize <= offset) - 1;
        let start = self.line_starts[line] as usize;
        let segment = &self.text[start..offset];
        let segment = segment.strip_suffix('\r').unwrap_or(segment);
        LineCol {
            line: line as u32,
            col: column_width(segment, unit) as u32,
        }
    }

    /// The byte offset of a zero-based line and column, clamped to the line's end
    /// (before any `\r\n`) and to the text.
    pub fn offset(&self, position: LineCol, unit: ColumnUnit) -> usize {
        let line = position.line as usize;
        if line >= self.line_starts.len() {
            return self.text.len();
        }
        let start = self.line_starts[line] as usize;
        let end = self
            .line_starts
            .get(line + 1)
            .map(|&s| s as usize)
            .unwrap_or(self.text.len());
        let line_text = &self.text[start..end];
        let line_text = line_text.strip_suffix('\n').unwrap_or(line_text);
        let line_text = line_text.strip_suffix('\r').unwrap_or(line_text);
        let mut width = 0usize;
        for (i, ch) in line_text.char_indices() {
            if width >= position.col as usize {
                return start + i;
            }
            width += char_width(ch, unit);
        }
        start + line_text.len()
    }

    /// The full text of a zero-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line + 1)
            .map(|&s| s as usize)
            .unwrap_or(self.text.len());
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

fn char_width(ch: char, unit: ColumnUnit) -> usize {
    match unit {
        ColumnUnit::Utf8 => ch.len_utf8(),
        ColumnUnit::Utf16 => ch.len_utf16(),
        ColumnUnit::Char => 1,
    }
}

fn column_width(segment: &str, unit: ColumnUnit) -> usize {
    match unit {
        ColumnUnit::Utf8 => segment.len(),
        ColumnUnit::Utf16 => segment.encode_utf16().count(),
        ColumnUnit::Char => segment.chars().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_after_non_ascii_text() {
        let text = "a: \"é😀\" x\r\nb";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            index.line_col(x, ColumnUnit::Char),
            LineCol { line: 0, col: 8 }
        );
        assert_eq!(
            index.line_col(x, ColumnUnit::Utf16),
            LineCol { line: 0, col: 9 }
        );
        assert_eq!(
            index.line_col(x, ColumnUnit::Utf8),
            LineCol { line: 0, col: 12 }
        );
        let b = text.find('b').unwrap();
        assert_eq!(
            index.line_col(b, ColumnUnit::Char),
            LineCol { line: 1, col: 0 }
        );
        for unit in [ColumnUnit::Char, ColumnUnit::Utf16, ColumnUnit::Utf8] {
            assert_eq!(index.offset(index.line_col(x, unit), unit), x);
        }
    }

    #[test]
    fn crlf_line_break_is_not_a_column() {
        let index = LineIndex::new("ab\r\ncd");
        assert_eq!(
            index.line_col(3, ColumnUnit::Char),
            LineCol { line: 0, col: 2 }
        );
        assert_eq!(
            index.offset(LineCol { line: 0, col: 99 }, ColumnUnit::Char),
            2
        );
        assert_eq!(index.line_text(0), "ab");
    }

    #[test]
    fn offsets_inside_a_character_are_clamped() {
        let index = LineIndex::new("é");
        assert_eq!(
            index.line_col(1, ColumnUnit::Char),
            LineCol { line: 0, col: 0 }
        );
        assert_eq!(
            index.line_col(99, ColumnUnit::Char),
            LineCol { line: 0, col: 1 }
        );
    }
}
