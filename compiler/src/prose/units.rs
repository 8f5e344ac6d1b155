//! The unit of prose: a block of normalised text that maps every byte back to the
//! file it came from, and the builder that the format readers push text into.
//!
//! Every reader (Markdown, HTML, plain text) produces the same thing, so the
//! mapping back to the original bytes, the normalisation of characters, the
//! masking of URLs and the reading of yes/no table cells live here once, apart
//! from any one format.

use std::ops::Range;

use crate::prose::vocabulary;

/// What kind of block a unit came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// A paragraph, block quote line, or other running text.
    Paragraph,
    /// A Markdown or HTML heading.
    Heading,
    /// A list item (or a bulleted line in plain text).
    ListItem,
    /// A table row, cells joined with ` | `.
    TableRow,
    /// An image's alt text and title: a badge ("ISO 27001 certified" on a
    /// logo), which shows the organisation holds what it names.
    Badge,
}

/// A block of normalised prose and the original byte range behind each byte.
#[derive(Clone, Debug)]
pub struct Unit {
    /// What the block was.
    pub kind: UnitKind,
    /// The normalised text: one space between words, entities decoded.
    pub text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Unit {
    fn new(kind: UnitKind) -> Unit {
        Unit {
            kind,
            text: String::new(),
            starts: Vec::new(),
            ends: Vec::new(),
        }
    }

    /// Maps a byte range of [`Unit::text`] to the byte range of the original file
    /// that it came from. Out-of-range input is clamped, never a panic.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        let len = self.text.len();
        let start = range.start.min(len);
        let end = range.end.min(len);
        if len == 0 {
            return 0..0;
        }
        if start >= end {
            let at = self.starts[start.min(len - 1)];
            return at..at;
        }
        let s = self.starts[start];
        let e = self.ends[end - 1].max(s);
        s..e
    }

    /// A copy with `text` inserted before each given byte offset (sorted; at
    /// the text's length, after its end), each
    /// inserted byte mapped to the given range of the original: a table cell
    /// read with its column header in front, the header mapped to the cell, so
    /// that what is read from it points at the cell.
    pub fn with_inserted(&self, inserts: &[(usize, String, Range<usize>)]) -> Unit {
        let mut out = Unit::new(self.kind);
        let mut inserts = inserts.iter().peekable();
        for (i, c) in self.text.char_indices() {
            while let Some((_, text, source)) = inserts.next_if(|(at, _, _)| *at <= i) {
                for ch in text.chars() {
                    out.push(ch, source.clone());
                }
            }
            out.push(c, self.starts[i]..self.ends[i + c.len_utf8() - 1]);
        }
        // Text inserted at the end follows the last byte.
        for (_, text, source) in inserts {
            for ch in text.chars() {
                out.push(ch, source.clone());
            }
        }
        out
    }

    /// A copy without the bytes in `cut` (sorted, not overlapping): a table
    /// row without the cells of another party's column.
    pub fn without(&self, cut: &[Range<usize>]) -> Unit {
        let mut out = Unit::new(self.kind);
        for (i, c) in self.text.char_indices() {
            if !cut.iter().any(|r| r.contains(&i)) {
                out.push(c, self.starts[i]..self.ends[i + c.len_utf8() - 1]);
            }
        }
        out
    }

    fn push(&mut self, c: char, orig: Range<usize>) {
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.starts.push(orig.start);
            self.ends.push(orig.end);
        }
    }

    fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        self.starts.truncate(len);
        self.ends.truncate(len);
    }
}

/// Normalises one character of prose: `None` drops it, `Some(' ')` is whitespace.
pub fn normalize_char(c: char) -> Option<char> {
    match c {
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => None,
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' => Some('\''),
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => Some('"'),
        '\u{2010}' | '\u{2011}' | '\u{2043}' => Some('-'),
        c if c.is_whitespace() => Some(' '),
        c if c.is_control() => Some(' '),
        c => Some(c),
    }
}

/// Collects units while text is pushed into the current one.
pub(super) struct Builder<'a> {
    pub(super) src: &'a str,
    pub(super) units: Vec<Unit>,
    pub(super) cur: Unit,
}

impl<'a> Builder<'a> {
    pub(super) fn new(src: &'a str) -> Builder<'a> {
        Builder {
            src,
            units: Vec::new(),
            cur: Unit::new(UnitKind::Paragraph),
        }
    }

    /// Pushes one source character with its original range, normalising it.
    pub(super) fn push_char(&mut self, c: char, orig: Range<usize>) {
        let Some(c) = normalize_char(c) else { return };
        if c == ' ' && (self.cur.text.is_empty() || self.cur.text.ends_with(' ')) {
            return;
        }
        self.cur.push(c, orig);
    }

    /// Pushes a separator that stands for markup between words (inline code, a
    /// soft line break) so that the words either side stay apart.
    pub(super) fn space(&mut self, at: usize) {
        self.push_char(' ', at..at);
    }

    /// Pushes the source text in `range` verbatim.
    pub(super) fn push_source(&mut self, range: Range<usize>) {
        let Some(slice) = self.src.get(range.clone()) else {
            return;
        };
        for (i, c) in slice.char_indices() {
            let at = range.start + i;
            self.push_char(c, at..at + c.len_utf8());
        }
    }

    /// Pushes text that a parser decoded from the source in `range` (entities and
    /// backslash escapes resolved), lining each decoded character up with the
    /// source bytes it came from.
    pub(super) fn push_decoded(&mut self, decoded: &str, range: Range<usize>) {
        let Some(src) = self.src.get(range.clone()) else {
            return;
        };
        if src == decoded {
            self.push_source(range);
            return;
        }
        let mut cur = 0usize;
        for c in decoded.chars() {
            let rest = &src[cur..];
            let (skip, len) = if rest.starts_with(c) {
                (0, c.len_utf8())
            } else if let Some(after) = rest.strip_prefix('\\')
                && after.starts_with(c)
            {
                (0, 1 + c.len_utf8())
            } else if rest.starts_with('&')
                && let Some(semi) = rest.find(';').filter(|&i| i <= 32)
            {
                (0, semi + 1)
            } else if let Some(pos) = rest.find(c).filter(|&p| p <= 8) {
                (pos, c.len_utf8())
            } else {
                (0, rest.chars().next().map_or(0, char::len_utf8))
            };
            let s = range.start + cur + skip;
            let e = (s + len).min(range.end);
            self.push_char(c, s..e.max(s));
            cur = (cur + skip + len).min(src.len());
            while !src.is_char_boundary(cur) {
                cur += 1;
            }
        }
    }

    /// Ends the current unit and starts another of `kind`.
    pub(super) fn flush(&mut self, kind: UnitKind) {
        let mut unit = std::mem::replace(&mut self.cur, Unit::new(kind));
        while unit.text.ends_with(' ') {
            let len = unit.text.len() - 1;
            unit.truncate(len);
        }
        dash_spaced_hyphens(&mut unit);
        mask_urls(&mut unit);
        if unit.text.chars().any(char::is_alphanumeric) {
            self.units.push(unit);
        }
    }

    /// Ends the current unit as a table row written with pipes but read as
    /// prose ("| SOC 2 Type 2 | Completed |" with no header row over it):
    /// the outer pipes go and each inner pipe becomes the ` | ` that joins
    /// the cells of a table row. The unit after it is of kind `next`.
    pub(super) fn flush_pipe_row(&mut self, next: UnitKind) {
        let row = std::mem::replace(&mut self.cur, Unit::new(UnitKind::TableRow));
        let text = row.text.trim().trim_matches('|');
        let offset = row.text.find(text).unwrap_or(0);
        for (i, c) in text.char_indices() {
            let at = offset + i;
            let orig = row.starts[at]..row.ends[at];
            if c == '|' {
                while self.cur.text.ends_with(' ') {
                    let len = self.cur.text.len() - 1;
                    self.cur.truncate(len);
                }
                for sep in [' ', '|', ' '] {
                    self.push_char(sep, orig.clone());
                }
            } else {
                self.push_char(c, orig);
            }
        }
        self.flush(next);
    }

    /// Pushes text that stands for `range` of the source as a whole (an image
    /// title, a separator).
    pub(super) fn push_synthetic(&mut self, text: &str, range: Range<usize>) {
        for c in text.chars() {
            self.push_char(c, range.clone());
        }
    }

    pub(super) fn set_kind(&mut self, kind: UnitKind) {
        self.cur.kind = kind;
    }

    /// Drops a hyphen that ends the current unit, after a letter, as the
    /// line that carries on a broken word is joined to it. True when it did.
    pub(super) fn drop_trailing_hyphen(&mut self) -> bool {
        let text = &self.cur.text;
        let broken =
            text.ends_with('-') && text[..text.len() - 1].ends_with(|c: char| c.is_alphabetic());
        if broken {
            self.cur.truncate(text.len() - 1);
        }
        broken
    }

    pub(super) fn len(&self) -> usize {
        self.cur.text.len()
    }

    /// Replaces a table cell holding only "yes" or "no" with its column header (or
    /// "not " and the header), so that "| ISO 27001 | Yes |" under "Certified"
    /// reads as "ISO 27001 | Certified".
    pub(super) fn answer_cell(
        &mut self,
        cell_start: usize,
        header: Option<&str>,
        cell: Range<usize>,
    ) {
        let Some(header) = header.filter(|h| !h.is_empty()) else {
            return;
        };
        let content = self.cur.text.get(cell_start..).unwrap_or("").trim();
        let lower = content.to_lowercase();
        let header_lower = header.to_lowercase();
        // A question-and-answer table keeps its answers: "| Certified? | Yes |",
        // and so does a column headed by its choices ("Yes/No/NA").
        if vocabulary::ANSWER_HEADERS.contains(&header_lower.as_str())
            || answer_choices(&header_lower)
        {
            return;
        }
        let negative = if vocabulary::YES_CELLS.contains(&lower.as_str()) {
            false
        } else if vocabulary::NO_CELLS.contains(&lower.as_str()) {
            true
        } else {
            // A fact column ("Expires", "Certificate", "Since") names what its
            // cell holds, so "| 2027-05-19 |" under "Expires" reads "Expires
            // 2027-05-19".
            let header_name = header_lower.trim_end_matches([':', '*']).trim_end();
            if !content.is_empty() && vocabulary::FACT_HEADERS.contains(&header_name) {
                let kept: Vec<(char, Range<usize>)> = self.cur.text[cell_start..]
                    .char_indices()
                    .map(|(i, c)| {
                        let at = cell_start + i;
                        (c, self.cur.starts[at]..self.cur.ends[at])
                    })
                    .collect();
                self.cur.truncate(cell_start);
                for c in header.chars() {
                    self.cur.push(c, cell.start..cell.start);
                }
                self.cur.push(' ', cell.start..cell.start);
                for (c, r) in kept {
                    self.cur.push(c, r);
                }
            }
            return;
        };
        self.cur.truncate(cell_start);
        // The header with a mark that states the answer on its own, so "| CE |
        // \u{2705} |" under "Status" reads as held.
        let synthetic = if negative {
            format!("not {header} \u{274c}")
        } else {
            format!("{header} \u{2705}")
        };
        for c in synthetic.chars() {
            self.cur.push(c, cell.clone());
        }
    }
}

/// True for a line written as a table row: it opens and closes with a pipe
/// and has a cell between them ("| SOC 2 Type 2 | Completed |").
pub fn pipe_row(line: &str) -> bool {
    let line = line.trim();
    line.len() > 2
        && line.starts_with('|')
        && line.ends_with('|')
        && line[1..line.len() - 1].contains('|')
}

/// Blanks out URLs so that "https://example.com/iso-27001.pdf" is not a mention.
/// Writes a hyphen with a space either side inside a unit as the dash it
/// stands for: "ISO/IEC 42001 - Harbour Data plc - certificate …" is read as
/// "ISO/IEC 42001 – Harbour Data plc – certificate …", as typed on keyboards
/// without an en dash. A hyphen that opens the unit is a list marker and stays.
fn dash_spaced_hyphens(unit: &mut Unit) {
    if !unit.text.contains(" - ") {
        return;
    }
    let bytes = unit.text.as_bytes();
    let mut out = Unit::new(unit.kind);
    for (i, c) in unit.text.char_indices() {
        let spaced = c == '-' && i > 0 && bytes[i - 1] == b' ' && bytes.get(i + 1) == Some(&b' ');
        let orig = unit.starts[i]..unit.ends[i + c.len_utf8() - 1];
        out.push(if spaced { '\u{2013}' } else { c }, orig);
    }
    *unit = out;
}

fn mask_urls(unit: &mut Unit) {
    let lower = unit.text.to_ascii_lowercase();
    let mut masks: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while from < lower.len() {
        let next = vocabulary::URL_PREFIXES
            .iter()
            .filter_map(|p| lower[from..].find(p).map(|i| from + i))
            .min();
        let Some(start) = next else { break };
        let mut end = lower[start..].find(' ').map_or(lower.len(), |i| start + i);
        while end > start && lower[..end].ends_with(['.', ',', ';', ':', ')', '!', '?', '\'', '"'])
        {
            end -= 1;
        }
        masks.push(start..end);
        from = end.max(start + 1);
        while from < lower.len() && !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    for m in masks {
        if m.start < m.end
            && unit.text.is_char_boundary(m.start)
            && unit.text.is_char_boundary(m.end)
        {
            unit.text
                .replace_range(m.clone(), &" ".repeat(m.end - m.start));
        }
    }
}

/// True for a header that lists the answers a cell may give: "Yes/No",
/// "Yes / No / N/A", "Y/N".
fn answer_choices(header: &str) -> bool {
    let words: Vec<&str> = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && words.iter().any(|w| matches!(*w, "yes" | "y"))
        && words.iter().all(|w| {
            matches!(
                *w,
                "yes" | "no" | "y" | "n" | "na" | "a" | "partial" | "partially"
            )
        })
}

/// The nouns of the roles the EU AI Act gives.
const ROLE_NOUNS: &[&str] = &["provider", "deployer", "importer", "distributor"];

/// The words of a risk tier.
const TIER_WORDS: &[&str] = &[
    "high-risk",
    "limited-risk",
    "minimal-risk",
    "high",
    "limited",
    "minimal",
    "gpai",
];

/// The other words a bracketed aside that gives a role and risk tier under the
/// EU AI Act may hold: "(high-risk provider)", "(deployer, limited risk)",
/// "(provider of a high-risk AI system)".
const ROLE_ASIDE_FILLERS: &[&str] = &["risk", "ai", "system", "systems", "of", "a"];

/// Each unit without its bracketed asides that give a role and a risk tier
/// under the EU AI Act ("EU AI Act (high-risk provider) 100% compliant"):
/// the role is the organisation's own, and its noun must not read as a
/// supplier ("our hosting provider").
pub fn without_role_asides(units: Vec<Unit>) -> Vec<Unit> {
    units
        .into_iter()
        .map(|unit| {
            let cut = role_asides(&unit.text);
            if cut.is_empty() {
                unit
            } else {
                unit.without(&cut)
            }
        })
        .collect()
}

/// The byte ranges of the role asides of `text`, brackets included.
fn role_asides(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text.get(from..).and_then(|t| t.find('(')).map(|p| from + p) {
        let Some(close) = text.get(open..).and_then(|t| t.find(')')).map(|p| open + p) else {
            break;
        };
        let inner = text.get(open + 1..close).unwrap_or("").to_lowercase();
        let words: Vec<&str> = inner
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let role = words.iter().any(|w| ROLE_NOUNS.contains(w));
        let tier = words.iter().any(|w| TIER_WORDS.contains(w));
        if role
            && tier
            && words.iter().all(|w| {
                [ROLE_NOUNS, TIER_WORDS, ROLE_ASIDE_FILLERS]
                    .iter()
                    .any(|list| list.contains(w))
            })
        {
            out.push(open..close + 1);
        }
        from = close + 1;
    }
    out
}

/// True when inline code holds a value a page shows rather than code: a
/// word or three of letters ("`Certified`", "`in_progress`"), with no digit,
/// path, call or markup that would make it an identifier or a command.
pub fn is_value_in_code(code: &str) -> bool {
    let code = code.trim();
    let words: Vec<&str> = code.split([' ', '_']).filter(|w| !w.is_empty()).collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            w.starts_with(char::is_alphabetic) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}
