//! Turns a published file into units of prose that map back to the original bytes.
//!
//! Claims must be read from what a visitor reads, and diagnostics must point at the
//! exact place in the file. So this stage drops everything that is not prose (code,
//! URLs, HTML attributes other than an image's `alt` and `title`, scripts, styles,
//! front matter, struck-out text) and keeps, for every byte of the text it produces, the byte range of the
//! original file that byte came from. Entities are decoded, curly quotes and odd
//! hyphens are straightened and runs of whitespace become one space, so the later
//! stages can match words simply.
//!
//! A *unit* is a block that a sentence never crosses: a paragraph, a heading, a list
//! item, a table row (whose cells are joined with ` | `), or a badge (an image's
//! alt text and title).

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::prose::ProseFormat;
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
struct Builder<'a> {
    src: &'a str,
    units: Vec<Unit>,
    cur: Unit,
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Builder<'a> {
        Builder {
            src,
            units: Vec::new(),
            cur: Unit::new(UnitKind::Paragraph),
        }
    }

    /// Pushes one source character with its original range, normalising it.
    fn push_char(&mut self, c: char, orig: Range<usize>) {
        let Some(c) = normalize_char(c) else { return };
        if c == ' ' && (self.cur.text.is_empty() || self.cur.text.ends_with(' ')) {
            return;
        }
        self.cur.push(c, orig);
    }

    /// Pushes a separator that stands for markup between words (inline code, a
    /// soft line break) so that the words either side stay apart.
    fn space(&mut self, at: usize) {
        self.push_char(' ', at..at);
    }

    /// Pushes the source text in `range` verbatim.
    fn push_source(&mut self, range: Range<usize>) {
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
    fn push_decoded(&mut self, decoded: &str, range: Range<usize>) {
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
    fn flush(&mut self, kind: UnitKind) {
        let mut unit = std::mem::replace(&mut self.cur, Unit::new(kind));
        while unit.text.ends_with(' ') {
            let len = unit.text.len() - 1;
            unit.truncate(len);
        }
        mask_urls(&mut unit);
        if unit.text.chars().any(char::is_alphanumeric) {
            self.units.push(unit);
        }
    }

    /// Pushes text that stands for `range` of the source as a whole (an image
    /// title, a separator).
    fn push_synthetic(&mut self, text: &str, range: Range<usize>) {
        for c in text.chars() {
            self.push_char(c, range.clone());
        }
    }

    fn set_kind(&mut self, kind: UnitKind) {
        self.cur.kind = kind;
    }

    fn len(&self) -> usize {
        self.cur.text.len()
    }

    /// Replaces a table cell holding only "yes" or "no" with its column header (or
    /// "not " and the header), so that "| ISO 27001 | Yes |" under "Certified"
    /// reads as "ISO 27001 | Certified".
    fn answer_cell(&mut self, cell_start: usize, header: Option<&str>, cell: Range<usize>) {
        let Some(header) = header.filter(|h| !h.is_empty()) else {
            return;
        };
        let content = self.cur.text.get(cell_start..).unwrap_or("").trim();
        let lower = content.to_lowercase();
        let header_lower = header.to_lowercase();
        // A question-and-answer table keeps its answers: "| Certified? | Yes |".
        if vocabulary::ANSWER_HEADERS.contains(&header_lower.as_str()) {
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
            if !content.is_empty() && vocabulary::FACT_HEADERS.contains(&header_lower.as_str()) {
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

/// Blanks out URLs so that "https://example.com/iso-27001.pdf" is not a mention.
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

/// Splits a file into units of prose according to its format.
pub fn extract(text: &str, format: ProseFormat) -> Vec<Unit> {
    match format {
        ProseFormat::Markdown => markdown(text),
        ProseFormat::Html => {
            let mut b = Builder::new(text);
            html(&mut b, 0..text.len());
            b.flush(UnitKind::Paragraph);
            b.units
        }
        ProseFormat::Text => plain(text),
    }
}

/// Byte ranges of the lines silenced by an `aims: ignore-next-line` marker: for
/// each marker line, the next line that is not blank.
pub fn ignored_lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pending = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let range = offset..offset + line.len();
        offset += line.len();
        if is_ignore_marker(line) {
            pending = true;
        } else if pending && !line.trim().is_empty() {
            out.push(range);
            pending = false;
        }
    }
    out
}

/// True when a line is only the ignore marker, bare or as an HTML comment, or
/// when it holds an HTML comment that is only the marker.
fn is_ignore_marker(line: &str) -> bool {
    let is_marker = |s: &str| {
        let squashed: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        squashed == vocabulary::IGNORE_MARKER
    };
    let t = line.trim();
    let bare = t
        .trim_start_matches("//")
        .trim_start_matches('#')
        .trim_start_matches("<!--")
        .trim_end_matches("-->");
    if is_marker(bare) {
        return true;
    }
    let mut rest = t;
    while let Some(open) = rest.find("<!--") {
        let after = &rest[open + 4..];
        let Some(close) = after.find("-->") else {
            return is_marker(after);
        };
        if is_marker(&after[..close]) {
            return true;
        }
        rest = &after[close + 3..];
    }
    false
}

/// Reads Markdown with pulldown-cmark; HTML blocks inside it go through [`html`].
fn markdown(src: &str) -> Vec<Unit> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut b = Builder::new(src);
    // Ends of the elements whose content is not prose, innermost last.
    let mut skip: Vec<TagEnd> = Vec::new();
    // Block containers that decide the kind of the current unit.
    let mut kinds: Vec<UnitKind> = Vec::new();
    let mut headers: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut cell_index = 0usize;
    let mut cell_start = 0usize;
    let mut cell_range = 0..0;
    let mut inline_html_skip = 0usize;
    let mut image: Option<(String, Range<usize>)> = None;

    let current_kind = |kinds: &Vec<UnitKind>| kinds.last().copied().unwrap_or(UnitKind::Paragraph);

    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        if let Some(end) = skip.last() {
            if let Event::End(tag) = &event
                && tag == end
            {
                skip.pop();
            } else if let Event::Start(tag) = &event {
                // Nested elements inside skipped content stay skipped.
                skip.push(TagEnd::from(tag.clone()));
            }
            continue;
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::BlockQuote(_) | Tag::List(_) | Tag::FootnoteDefinition(_) => {
                    b.flush(current_kind(&kinds));
                }
                Tag::Heading { .. } => {
                    b.flush(UnitKind::Heading);
                    kinds.push(UnitKind::Heading);
                }
                Tag::Item | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                    b.flush(UnitKind::ListItem);
                    kinds.push(UnitKind::ListItem);
                }
                Tag::Table(_) => {
                    b.flush(current_kind(&kinds));
                    headers.clear();
                }
                Tag::TableHead => {
                    b.flush(UnitKind::TableRow);
                    kinds.push(UnitKind::TableRow);
                    in_head = true;
                    cell_index = 0;
                }
                Tag::TableRow => {
                    b.flush(UnitKind::TableRow);
                    kinds.push(UnitKind::TableRow);
                    cell_index = 0;
                }
                Tag::TableCell => {
                    if cell_index > 0 {
                        b.space(range.start);
                        b.push_char('|', range.start..range.start);
                        b.space(range.start);
                    }
                    cell_start = b.len();
                    cell_range = range.clone();
                }
                Tag::CodeBlock(_) | Tag::MetadataBlock(_) => {
                    b.flush(current_kind(&kinds));
                    skip.push(TagEnd::from(tag));
                }
                Tag::HtmlBlock => {
                    b.flush(current_kind(&kinds));
                    html(&mut b, range.clone());
                    b.flush(current_kind(&kinds));
                    skip.push(TagEnd::HtmlBlock);
                }
                Tag::Image { title, .. } => {
                    // Alt text and title are the badge's text; in a table row
                    // they stay part of the row.
                    if current_kind(&kinds) != UnitKind::TableRow {
                        b.flush(current_kind(&kinds));
                        b.set_kind(UnitKind::Badge);
                    }
                    image = Some((title.to_string(), range.clone()));
                }
                Tag::Strikethrough => skip.push(TagEnd::from(tag)),
                Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                } => {
                    b.space(range.start);
                    skip.push(TagEnd::Link);
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::FootnoteDefinition => b.flush(current_kind(&kinds)),
                TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition
                | TagEnd::TableRow => {
                    kinds.pop();
                    b.flush(current_kind(&kinds));
                }
                TagEnd::TableHead => {
                    kinds.pop();
                    in_head = false;
                    b.flush(current_kind(&kinds));
                }
                TagEnd::TableCell => {
                    if in_head {
                        let h = b
                            .cur
                            .text
                            .get(cell_start..)
                            .unwrap_or("")
                            .trim()
                            .to_string();
                        headers.push(h);
                    } else {
                        let header = headers.get(cell_index).map(String::as_str);
                        b.answer_cell(cell_start, header, cell_range.clone());
                    }
                    cell_index += 1;
                }
                TagEnd::Table => headers.clear(),
                TagEnd::Image => {
                    if let Some((title, r)) = image.take() {
                        if !title.trim().is_empty() {
                            b.push_synthetic(" \u{b7} ", r.end..r.end);
                            b.push_synthetic(&title, r.clone());
                        }
                        if current_kind(&kinds) != UnitKind::TableRow {
                            b.flush(current_kind(&kinds));
                        }
                    }
                }
                _ => {}
            },
            Event::Text(text) => {
                if inline_html_skip == 0 {
                    b.push_decoded(&text, range);
                }
            }
            Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) => b.space(range.start),
            Event::InlineHtml(tag) => {
                let (name, closing) = tag_name(&tag);
                if vocabulary::HTML_SKIPPED_ELEMENTS.contains(&name.as_str()) {
                    if closing {
                        inline_html_skip = inline_html_skip.saturating_sub(1);
                    } else if !tag.trim_end().ends_with("/>") {
                        inline_html_skip += 1;
                    }
                } else if name == "br" && current_kind(&kinds) != UnitKind::TableRow {
                    b.flush(current_kind(&kinds));
                }
                b.space(range.start);
            }
            Event::Html(_) | Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
            // A line break inside a paragraph is a space, except after a
            // label line ("Certifications: Cyber Essentials") followed by a
            // capitalised line: such lines are separate statements.
            Event::SoftBreak => {
                let line_start = src[..range.start].rfind('\n').map_or(0, |p| p + 1);
                let line = &src[line_start..range.start];
                let next_upper = src[range.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric());
                if next_upper && line.contains(':') && !line.trim_end().ends_with('?') {
                    b.flush(current_kind(&kinds));
                } else {
                    b.space(range.start);
                }
            }
            Event::HardBreak | Event::Rule => b.flush(current_kind(&kinds)),
        }
    }
    b.flush(UnitKind::Paragraph);
    b.units
}

/// The lowercase element name of a tag such as `<Code class="x">` or `</code>`,
/// and whether it is a closing tag.
fn tag_name(tag: &str) -> (String, bool) {
    let t = tag.trim_start().trim_start_matches('<');
    let (closing, t) = match t.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let name: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (name, closing)
}

/// A small, forgiving HTML reader over `range` of the source: keeps text content,
/// drops tags, attributes, comments, scripts, styles and code, decodes entities,
/// and ends a unit at every block-level element and `<br>`.
fn html(b: &mut Builder, range: Range<usize>) {
    let src = b.src;
    let end = range.end.min(src.len());
    let mut i = range.start;
    // Elements whose content is dropped (code, pre, ...), innermost last.
    let mut skipping: Vec<String> = Vec::new();
    let mut kinds: Vec<(String, UnitKind)> = Vec::new();
    let mut headers: Vec<String> = Vec::new();
    let mut row_headers: Vec<String> = Vec::new();
    let mut row_is_header = true;
    let mut cell_index = 0usize;
    let mut cell: Option<(usize, Range<usize>, bool)> = None;

    let kind_of =
        |kinds: &Vec<(String, UnitKind)>| kinds.last().map_or(UnitKind::Paragraph, |(_, k)| *k);

    while i < end {
        let rest = &src[i..end];
        if let Some(body) = rest.strip_prefix("<!--") {
            i = body.find("-->").map_or(end, |p| i + 4 + p + 3);
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            i = rest.find("]]>").map_or(end, |p| i + p + 3);
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(end, |p| i + p + 1);
            continue;
        }
        let bytes = rest.as_bytes();
        let is_tag = bytes[0] == b'<'
            && bytes.get(1).is_some_and(|c| {
                c.is_ascii_alphabetic()
                    || (*c == b'/' && bytes.get(2).is_some_and(u8::is_ascii_alphabetic))
            });
        if is_tag {
            let tag_end = find_tag_end(rest).map_or(end, |p| i + p + 1);
            let tag = &src[i..tag_end];
            let (name, closing) = tag_name(tag);
            let self_closing = tag.ends_with("/>");
            let tag_start = i;
            i = tag_end;
            if !closing && vocabulary::HTML_RAW_TEXT_ELEMENTS.contains(&name.as_str()) {
                // Script and style bodies are not HTML: skip to the closing tag.
                let close = format!("</{name}");
                let lower_rest = src[i..end].to_ascii_lowercase();
                i = match lower_rest.find(&close) {
                    Some(p) => {
                        let after = i + p;
                        src[after..end].find('>').map_or(end, |q| after + q + 1)
                    }
                    None => end,
                };
                continue;
            }
            if vocabulary::HTML_SKIPPED_ELEMENTS.contains(&name.as_str()) {
                if closing {
                    if let Some(pos) = skipping.iter().rposition(|n| *n == name) {
                        skipping.truncate(pos);
                    }
                } else if !self_closing {
                    skipping.push(name.clone());
                }
                b.space(tag_start);
                continue;
            }
            if !skipping.is_empty() {
                continue;
            }
            match name.as_str() {
                // A line break ends a unit, except inside a table row, which
                // stays one unit whatever its cells hold.
                "br" if in_row(&kinds) => b.space(tag_start),
                "br" => b.flush(kind_of(&kinds)),
                "img" => {
                    let row = in_row(&kinds);
                    if !row {
                        b.flush(UnitKind::Badge);
                    } else {
                        b.space(tag_start);
                    }
                    let mut first = true;
                    for attr in ["alt", "title"] {
                        if let Some(r) = attribute(tag, attr) {
                            if !first {
                                b.push_synthetic(" \u{b7} ", tag_start..tag_start);
                            }
                            first = false;
                            b.push_source(tag_start + r.start..tag_start + r.end);
                        }
                    }
                    if !row {
                        b.flush(kind_of(&kinds));
                    }
                }
                "tr" => {
                    if !closing {
                        row_headers.clear();
                        row_is_header = true;
                        cell_index = 0;
                        b.flush(UnitKind::TableRow);
                        kinds.push((name.clone(), UnitKind::TableRow));
                    } else {
                        if row_is_header && !row_headers.is_empty() {
                            headers = std::mem::take(&mut row_headers);
                        }
                        pop_kind(&mut kinds, &name);
                        b.flush(kind_of(&kinds));
                    }
                }
                "td" | "th" => {
                    if !closing {
                        if cell_index > 0 {
                            b.space(tag_start);
                            b.push_char('|', tag_start..tag_start);
                            b.space(tag_start);
                        }
                        if name == "td" {
                            row_is_header = false;
                        }
                        cell = Some((b.len(), tag_start..tag_start, name == "th"));
                    } else if let Some((start, r, is_th)) = cell.take() {
                        let cell_range = r.start..tag_end;
                        if is_th && row_is_header {
                            let h = b.cur.text.get(start..).unwrap_or("").trim().to_string();
                            row_headers.push(h);
                        } else {
                            let header = headers.get(cell_index).map(String::as_str);
                            b.answer_cell(start, header, cell_range);
                        }
                        cell_index += 1;
                    }
                }
                "table" => {
                    headers.clear();
                    b.flush(kind_of(&kinds));
                }
                _ => {
                    if let Some(kind) = block_kind(&name) {
                        if in_row(&kinds) {
                            b.space(tag_start);
                        } else if closing {
                            pop_kind(&mut kinds, &name);
                            b.flush(kind_of(&kinds));
                        } else {
                            // A paragraph inside a list item is still the item.
                            let kind = match kind {
                                UnitKind::Paragraph => kind_of(&kinds),
                                other => other,
                            };
                            b.flush(kind);
                            if !self_closing
                                && !vocabulary::HTML_VOID_BLOCKS.contains(&name.as_str())
                            {
                                kinds.push((name.clone(), kind));
                            }
                        }
                    }
                }
            }
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        if c == '&'
            && let Some((decoded, len)) = decode_entity(rest)
        {
            if skipping.is_empty() {
                b.push_char(decoded, i..i + len);
            }
            i += len;
            continue;
        }
        if skipping.is_empty() {
            b.push_char(c, i..i + c.len_utf8());
        }
        i += c.len_utf8();
    }
}

/// True inside an open `<tr>`.
/// The range, within `tag`, of the value of attribute `name` (quoted or not).
fn attribute(tag: &str, name: &str) -> Option<Range<usize>> {
    let lower = tag.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name).map(|p| from + p) {
        from = p + name.len();
        let before_ok = p > 0 && bytes[p - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_at = lower.len() - rest[1..].trim_start().len();
        let quote = bytes.get(value_at).copied();
        return match quote {
            Some(q @ (b'"' | b'\'')) => {
                let end = lower[value_at + 1..].find(q as char)? + value_at + 1;
                Some(value_at + 1..end)
            }
            Some(_) => {
                let end = lower[value_at..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
                    .map_or(lower.len(), |e| value_at + e);
                Some(value_at..end)
            }
            None => None,
        };
    }
    None
}

fn in_row(kinds: &[(String, UnitKind)]) -> bool {
    kinds.iter().any(|(n, _)| n == "tr")
}

fn pop_kind(kinds: &mut Vec<(String, UnitKind)>, name: &str) {
    if let Some(pos) = kinds.iter().rposition(|(n, _)| n == name) {
        kinds.truncate(pos);
    }
}

/// The unit kind a block-level element starts, or `None` for inline elements.
fn block_kind(name: &str) -> Option<UnitKind> {
    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        Some(UnitKind::Heading)
    } else if matches!(name, "li" | "dt" | "dd") {
        Some(UnitKind::ListItem)
    } else if vocabulary::HTML_BLOCK_ELEMENTS.contains(&name) {
        Some(UnitKind::Paragraph)
    } else {
        None
    }
}

/// The offset of the `>` that ends the tag at the start of `s`, skipping quoted
/// attribute values.
fn find_tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (i, &c) in s.as_bytes().iter().enumerate().skip(1) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return Some(i),
            None if c == b'<' => return Some(i.saturating_sub(1)),
            None => {}
        }
    }
    None
}

/// Decodes the character reference at the start of `s` (`&amp;`, `&#39;`,
/// `&#x2019;`), returning the character and the reference's length in bytes.
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let semi = s
        .char_indices()
        .take_while(|&(i, _)| i < 34)
        .find(|&(_, c)| c == ';')?
        .0;
    let body = &s[1..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(n)
            .filter(|c| *c != '\0')
            .unwrap_or('\u{FFFD}')
    } else {
        vocabulary::HTML_ENTITIES
            .iter()
            .find(|(name, _)| *name == body)
            .map(|(_, c)| *c)?
    };
    Some((c, semi + 1))
}

/// Reads plain text: blank lines end a unit, bulleted lines start one, and a line
/// break joins two lines of one paragraph only when the text looks wrapped.
fn plain(src: &str) -> Vec<Unit> {
    let mut b = Builder::new(src);
    let mut offset = 0;
    let mut prev: Option<&str> = None;
    for line in src.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        if trimmed.trim().is_empty() {
            b.flush(UnitKind::Paragraph);
            prev = None;
            continue;
        }
        let indent = content.len() - trimmed.len();
        let bullet = bullet_len(trimmed);
        let continues = prev.is_some_and(|p| bullet == 0 && wrapped(p, trimmed));
        if !continues {
            b.flush(UnitKind::Paragraph);
        }
        b.set_kind(if bullet > 0 {
            UnitKind::ListItem
        } else if continues {
            b.cur.kind
        } else {
            UnitKind::Paragraph
        });
        b.space(start);
        b.push_source(start + indent + bullet..start + content.len());
        prev = Some(trimmed);
    }
    b.flush(UnitKind::Paragraph);
    b.units
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

/// True when `next` continues the sentence of `prev` (a wrapped line).
fn wrapped(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    // "Q: Are you certified?" then "A: Yes." is one exchange.
    let first_word: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let answers = next.starts_with("A:")
        || next.starts_with("A -")
        || (p.ends_with('?')
            && (vocabulary::YES_ANSWERS.contains(&first_word.as_str())
                || vocabulary::NO_ANSWERS.contains(&first_word.as_str())));
    answers
        || next.chars().next().is_some_and(char::is_lowercase)
        || (p.chars().count() >= 50 && !p.ends_with(['.', '!', '?', ':', '|']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(src: &str, format: ProseFormat) -> Vec<(UnitKind, String)> {
        extract(src, format)
            .into_iter()
            .map(|u| (u.kind, u.text))
            .collect()
    }

    fn check_maps(src: &str, format: ProseFormat) {
        for u in extract(src, format) {
            for (i, _) in u.text.char_indices() {
                let r = u.original(i..i + 1);
                assert!(
                    r.end <= src.len()
                        && src.is_char_boundary(r.start)
                        && src.is_char_boundary(r.end)
                );
            }
        }
    }

    #[test]
    fn markdown_blocks_are_units() {
        let md = "# Trust centre\n\nWe are *certified*\nto ISO 27001.\n\n- one\n- two\n  - nested\n\n| A | B |\n|---|---|\n| ISO 27001 | In progress |\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                (UnitKind::Heading, "Trust centre".to_string()),
                (
                    UnitKind::Paragraph,
                    "We are certified to ISO 27001.".to_string()
                ),
                (UnitKind::ListItem, "one".to_string()),
                (UnitKind::ListItem, "two".to_string()),
                (UnitKind::ListItem, "nested".to_string()),
                (UnitKind::TableRow, "A | B".to_string()),
                (UnitKind::TableRow, "ISO 27001 | In progress".to_string()),
            ]
        );
        check_maps(md, ProseFormat::Markdown);
    }

    #[test]
    fn markdown_non_prose_is_dropped() {
        let md = "---\ntitle: ISO 27001\n---\nRun `ISO 27001` and see [the cert](https://x.io/iso-27001) or <https://x.io/soc2> ![ISO 42001 badge](b.png) ~~ISO 42001 certified~~.\n\n```\nISO 27001 certified\n```\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                (UnitKind::Paragraph, "Run and see the cert or".to_string()),
                (UnitKind::Badge, "ISO 42001 badge".to_string())
            ]
        );
    }

    #[test]
    fn markdown_entities_map_to_their_source() {
        let md = "ISO&nbsp;27001 \\* caf&eacute;";
        let units = extract(md, ProseFormat::Markdown);
        assert_eq!(units[0].text, "ISO 27001 * café");
        assert_eq!(units[0].original(0..9), 0..14);
        assert!(md[units[0].original(10..11)].ends_with('*'));
    }

    #[test]
    fn table_yes_no_cells_take_their_header() {
        let md = "| Standard | Certified |\n|---|---|\n| CE+ | Yes |\n| ISO 42001 | No |\n";
        let t = texts(md, ProseFormat::Markdown);
        assert_eq!(t[1].1, "CE+ | Certified \u{2705}");
        assert_eq!(t[2].1, "ISO 42001 | not Certified \u{274c}");
        let units = extract(md, ProseFormat::Markdown);
        let u = &units[1];
        let r = u.original(6..u.text.len());
        assert_eq!(md[r].trim(), "Yes");
    }

    #[test]
    fn html_text_only() {
        let html = "<html><head><title>Trust</title><style>p{x:1}</style><script>if (a<b) { '</p>' }</script></head>\n<body><p class=\"ISO 27001\">We&rsquo;re <b>ISO&nbsp;27001</b> certified<br>and more</p><!-- ISO 42001 --><pre>ISO 42001</pre><ul><li>A<li>B</ul>\n<table><tr><th>Std</th><th>Certified</th></tr><tr><td>SOC 2</td><td>yes</td></tr></table></body></html>";
        assert_eq!(
            texts(html, ProseFormat::Html),
            vec![
                (UnitKind::Paragraph, "Trust".to_string()),
                (UnitKind::Paragraph, "We're ISO 27001 certified".to_string()),
                (UnitKind::Paragraph, "and more".to_string()),
                (UnitKind::ListItem, "A".to_string()),
                (UnitKind::ListItem, "B".to_string()),
                (UnitKind::TableRow, "Std | Certified".to_string()),
                (UnitKind::TableRow, "SOC 2 | Certified \u{2705}".to_string()),
            ]
        );
        check_maps(html, ProseFormat::Html);
        let units = extract(html, ProseFormat::Html);
        let u = &units[1];
        let at = u.text.find("ISO").unwrap_or(0);
        assert_eq!(&html[u.original(at..at + 9)], "ISO&nbsp;27001");
    }

    #[test]
    fn blocks_and_breaks_inside_table_rows_keep_the_row_whole() {
        let html = "<table><tr><td><div>ISO 27001</div></td><td><p>Certified<br>2019</p></td></tr></table><ul><li><p>A</p><p>B</p></li></ul>";
        assert_eq!(
            texts(html, ProseFormat::Html),
            vec![
                (UnitKind::TableRow, "ISO 27001 | Certified 2019".to_string()),
                (UnitKind::ListItem, "A".to_string()),
                (UnitKind::ListItem, "B".to_string()),
            ]
        );
        let md = "| A | B |\n|---|---|\n| ISO 27001 | Certified<br>2019 |\n\nline<br>break\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                (UnitKind::TableRow, "A | B".to_string()),
                (UnitKind::TableRow, "ISO 27001 | Certified 2019".to_string()),
                (UnitKind::Paragraph, "line".to_string()),
                (UnitKind::Paragraph, "break".to_string()),
            ]
        );
    }

    #[test]
    fn html_broken_markup_does_not_panic() {
        for s in [
            "<",
            "<p",
            "<p class=\"x",
            "&",
            "&#",
            "&#x110000;",
            "&#0;",
            "<script>",
            "<!--",
            "</",
            "<a href='>'>x</a>",
            "a < b > c",
            "é<b>é</b>é",
        ] {
            let _ = extract(s, ProseFormat::Html);
            check_maps(s, ProseFormat::Html);
        }
        assert_eq!(texts("a < b", ProseFormat::Html)[0].1, "a < b");
        let accents = format!("&amp;{}", "\u{e9}".repeat(40));
        assert!(
            texts(&accents, ProseFormat::Html)[0]
                .1
                .starts_with("&\u{e9}")
        );
    }

    #[test]
    fn plain_text_lines() {
        let txt = "ISO 27001: Certified\nCyber Essentials: In progress\n\nWe have been certified since 2019 and our scope covers\nISO 27001 for all offices.\n- ISO 42001 planned\n  continued here\n";
        assert_eq!(
            texts(txt, ProseFormat::Text),
            vec![
                (UnitKind::Paragraph, "ISO 27001: Certified".to_string()),
                (UnitKind::Paragraph, "Cyber Essentials: In progress".to_string()),
                (
                    UnitKind::Paragraph,
                    "We have been certified since 2019 and our scope covers ISO 27001 for all offices.".to_string()
                ),
                (UnitKind::ListItem, "ISO 42001 planned continued here".to_string()),
            ]
        );
        check_maps(txt, ProseFormat::Text);
    }

    #[test]
    fn urls_are_masked() {
        let t = texts(
            "See https://acme.example/soc2-type2. Or www.iso.org/iso-27001.",
            ProseFormat::Text,
        );
        assert!(!t[0].1.contains("soc2"));
        assert!(!t[0].1.contains("27001"));
        assert!(t[0].1.ends_with('.'));
    }

    #[test]
    fn ignore_markers() {
        let src = "a\n<!-- aims: ignore-next-line -->\n\n  \nskip me\nkeep\n// aims:ignore-next-line\nskip too\n<p>x</p> <!-- aims: ignore-next-line -->\nlast\nsee `aims: ignore-next-line` here\nkept\n";
        let lines: Vec<&str> = ignored_lines(src)
            .into_iter()
            .map(|r| src[r].trim())
            .collect();
        assert_eq!(lines, vec!["skip me", "skip too", "last"]);
    }
}
