//! Turns a published file into units of prose that map back to the original bytes.
//!
//! Claims must be read from what a visitor reads, and diagnostics must point at the
//! exact place in the file. So this stage drops everything that is not prose (code,
//! URLs, HTML attributes other than an image's `alt` and `title`, scripts, styles,
//! struck-out text) and keeps, for every byte of the text it produces, the byte range of the
//! original file that byte came from. Entities are decoded, curly quotes and odd
//! hyphens are straightened and runs of whitespace become one space, so the later
//! stages can match words simply.
//!
//! A *unit* is a block that a sentence never crosses: a paragraph, a heading, a list
//! item, a table row (whose cells are joined with ` | `), or a badge (an image's
//! alt text and title).

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::prose::units::{self, Builder, Unit, UnitKind};
use crate::prose::{
    ProseFormat, code_data, config_files, html, plain_text, structured, vocabulary,
};

/// Splits a file into units of prose according to its format.
pub fn extract(text: &str, format: ProseFormat) -> Vec<Unit> {
    match format {
        ProseFormat::Markdown => markdown(text),
        ProseFormat::Html => {
            let mut b = Builder::new(text);
            html::read(&mut b, 0..text.len());
            b.flush(UnitKind::Paragraph);
            b.units
        }
        ProseFormat::Text => plain_or_data(text),
    }
}

/// A text file read as what it holds: YAML or JSON data (after any lines of
/// prose before it, such as a request line), else prose.
fn plain_or_data(text: &str) -> Vec<Unit> {
    if config_files::is_config(text, 0..text.len(), false) {
        let mut b = Builder::new(text);
        config_files::read_config(&mut b, 0..text.len());
        return b.units;
    }
    if structured::is_yaml(text, 0..text.len()) {
        let mut b = Builder::new(text);
        structured::read_yaml(&mut b, 0..text.len());
        return b.units;
    }
    if let Some((at, json)) = structured::json_start(text, 0..text.len()) {
        let mut units = plain_text::plain(&text[..at]);
        let mut b = Builder::new(text);
        structured::read_json(&mut b, json);
        units.extend(b.units);
        return units;
    }
    plain_text::plain(text)
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

/// The data a Markdown code block shows as the organisation's own
/// ("`GET /v1/certifications` returns Northwind's register:" over a JSON
/// response, "```yaml" over a `trust.yaml`), read as a text file holding it
/// is read. A block labelled as an example, a sample or a schema, in its info
/// string or in the paragraph just before it, shows made-up data and stays
/// unread, as does any block that is not data (code, commands).
fn data_shown_in_code(
    src: &str,
    block: Range<usize>,
    info: &str,
    before: Option<&Unit>,
) -> Option<code_data::CodeData> {
    if code_data::introduced_as_made_up(info)
        || before.is_some_and(|unit| code_data::introduced_as_made_up(&unit.text))
    {
        return None;
    }
    let text = src.get(block.clone())?;
    if code_data::introduced_as_made_up(text) {
        return None;
    }
    let first_line = text.find('\n').map_or(text.len(), |i| i + 1);
    let fenced = text.trim_start().starts_with("```") || text.trim_start().starts_with("~~~");
    let inner_start = block.start + if fenced { first_line } else { 0 };
    let mut inner_end = block.end;
    if fenced {
        let body = &src[inner_start..block.end];
        let trimmed = body.trim_end();
        if let Some(last) = trimmed.rfind('\n').map(|i| i + 1).or(Some(0))
            && (trimmed[last..].starts_with("```") || trimmed[last..].starts_with("~~~"))
        {
            inner_end = inner_start + last;
        }
    }
    let language = info.split_whitespace().next().unwrap_or("");
    code_data::data_in_code(src, inner_start..inner_end.max(inner_start), language)
}

/// Reads Markdown with pulldown-cmark; HTML blocks inside it go through [`html::read`].
fn markdown(src: &str) -> Vec<Unit> {
    // A file that is JSON data and nothing else.
    if src.trim_start().starts_with(['{', '['])
        && let Some((at, json)) = structured::json_start(src, 0..src.len())
        && src[..at].trim().is_empty()
    {
        let mut b = Builder::new(src);
        structured::read_json(&mut b, json);
        return b.units;
    }
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
    let mut components = crate::prose::components::Components::default();
    let mut image: Option<(String, Option<String>, Range<usize>)> = None;
    // True inside a paragraph whose every line is written as a table row
    // with no header row over it ("| SOC 2 Type 2 | Completed |"): each
    // line is a row.
    let mut pipe_rows = false;

    let current_kind = |kinds: &Vec<UnitKind>| kinds.last().copied().unwrap_or(UnitKind::Paragraph);

    let parsed = crate::prose::components::for_commonmark(src);
    for (event, range) in Parser::new_ext(&parsed, options).into_offset_iter() {
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
                Tag::Paragraph => {
                    b.flush(current_kind(&kinds));
                    pipe_rows = src[range.clone()].lines().all(units::pipe_row);
                }
                Tag::BlockQuote(_) | Tag::List(_) | Tag::FootnoteDefinition(_) => {
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
                // Front matter is the page's data (its title, its
                // description, the certificates a template shows): read as
                // labels and values.
                Tag::MetadataBlock(_) => {
                    b.flush(current_kind(&kinds));
                    structured::read_yaml(&mut b, range.clone());
                    skip.push(TagEnd::from(tag));
                }
                Tag::CodeBlock(ref kind) => {
                    b.flush(current_kind(&kinds));
                    let info = match kind {
                        CodeBlockKind::Fenced(info) => info.to_string(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    if let Some(data) =
                        data_shown_in_code(src, range.clone(), &info, b.units.last())
                    {
                        data.read(&mut b);
                    }
                    skip.push(TagEnd::from(tag));
                }
                Tag::HtmlBlock => {
                    b.flush(current_kind(&kinds));
                    html::read(&mut b, range.clone());
                    b.flush(current_kind(&kinds));
                    skip.push(TagEnd::HtmlBlock);
                }
                Tag::Image {
                    title, dest_url, ..
                } => {
                    // Alt text and title are the badge's text; in a table row
                    // they stay part of the row.
                    if current_kind(&kinds) != UnitKind::TableRow {
                        b.flush(current_kind(&kinds));
                        b.set_kind(UnitKind::Badge);
                    }
                    image = Some((title.to_string(), shields_message(&dest_url), range.clone()));
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
                TagEnd::Paragraph if pipe_rows => {
                    pipe_rows = false;
                    b.flush_pipe_row(current_kind(&kinds));
                }
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
                    if let Some((title, message, r)) = image.take() {
                        if !title.trim().is_empty() {
                            b.push_synthetic(" \u{b7} ", r.end..r.end);
                            b.push_synthetic(&title, r.clone());
                        }
                        // A badge drawn by shields.io says its status in its
                        // address: "ISO 42001: in progress".
                        if let Some(message) = message {
                            b.push_synthetic(": ", r.end..r.end);
                            b.push_synthetic(&message, r.clone());
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
            Event::Code(code) if inline_html_skip == 0 && units::is_value_in_code(&code) => {
                // "status changed from `In progress` to `Certified`": a value
                // set in code type is read as its words.
                let source = &src[range.clone()];
                let start = range.start + source.find(code.trim()).unwrap_or(0);
                b.space(range.start);
                structured::push_identifier(&mut b, start..start + code.trim().len(), false);
                b.space(range.end);
            }
            Event::Code(_) | Event::InlineMath(_) | Event::DisplayMath(_) => b.space(range.start),
            Event::InlineHtml(tag) => {
                let (name, closing) = html::tag_name(&tag);
                if inline_html_skip == 0 && !closing {
                    components.open(&mut b, &src[range.clone()], &name, range.start);
                } else if inline_html_skip == 0 {
                    components.close(&mut b, &name, range.start);
                }
                if html::HTML_SKIPPED_ELEMENTS.contains(&name.as_str()) {
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
            // A task box reads as the mark a form would show: "- [x] SOC 2"
            // as a tick, "- [ ] SOC 2" as an empty box.
            Event::TaskListMarker(checked) => {
                b.push_synthetic(plain_text::task_mark(checked), range.clone());
                b.space(range.end);
            }
            Event::Html(_) | Event::FootnoteReference(_) => {}
            // A line break inside a paragraph is a space, except after a
            // label line ("Certifications: Cyber Essentials") followed by a
            // capitalised line, and between two lines that each set a short
            // head apart with a dash or a symbol ("ISO 27001 \u{2014}
            // certified" over "SOC 2 \u{1f7e1} In progress"): such lines are
            // separate statements.
            Event::SoftBreak if pipe_rows => b.flush_pipe_row(current_kind(&kinds)),
            Event::SoftBreak => {
                let line_start = src[..range.start].rfind('\n').map_or(0, |p| p + 1);
                let line = &src[line_start..range.start];
                let next_upper = src[range.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric());
                // A line that opens with a tick or a box is an item of its
                // own ("\u{2611} ISO 27001" over "\u{2610} SOC 2"): a mark
                // between two items must not join them.
                let next_line = src[range.end..]
                    .trim_start()
                    .split('\n')
                    .next()
                    .unwrap_or("");
                let next_marked = src[range.end..]
                    .trim_start()
                    .starts_with(vocabulary::LINE_MARKS);
                if next_upper && bold_title(line) && current_kind(&kinds) == UnitKind::Paragraph {
                    // "**Annual review \u{2013} summary**" over the text it
                    // names: a title line of its own, read as a heading.
                    b.set_kind(UnitKind::Heading);
                    b.flush(UnitKind::Paragraph);
                } else if next_marked
                    || ((next_upper || colon_label(next_line))
                        && line.contains(':')
                        && !line.trim_end().ends_with('?'))
                    || (label_shaped(line) && label_shaped(next_line))
                {
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

/// How many words the head of a label line may have: "ISO/IEC 27001:2022
/// \u{2014} certified", "Q1 2027 \u{2013} Stage 1 audit".
const LABEL_HEAD_WORDS: usize = 5;

/// True for a line of a status strip: a short head, then a spaced dash or a
/// symbol (a mark, an emoji) that sets the rest apart from it ("Cyber
/// Essentials \u{2014} certified", "ISO 42001 \u{1f7e1} In progress").
fn label_shaped(line: &str) -> bool {
    let line = line.trim();
    let dash = [" \u{2014} ", " \u{2013} ", " - "]
        .iter()
        .filter_map(|d| line.find(d))
        .min();
    let symbol = line
        .char_indices()
        .find(|&(_, c)| !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace())
        .map(|(i, _)| i)
        .filter(|&i| i > 0);
    let Some(at) = [dash, symbol].into_iter().flatten().min() else {
        return false;
    };
    let head = line[..at].trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let words = head.split_whitespace().count();
    (1..=LABEL_HEAD_WORDS).contains(&words)
        && head.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !head.contains(['.', '?', '!', ','])
}

/// True for a line that opens with a short label and a colon, whatever its
/// case: "in progress: iso 27001" under "certifications: cyber essentials"
/// is a line of its own, as "In progress: ISO 27001" is.
fn colon_label(line: &str) -> bool {
    line.split_once(':').is_some_and(|(head, _)| {
        let words = head.split_whitespace().count();
        (1..=4).contains(&words) && head.chars().all(|c| c.is_alphabetic() || c == ' ')
    })
}

/// True for a line that is bold as a whole and reads as a title: not a
/// question or a request ("**Do you hold ISO 27001?**", "**Q4 Provide your
/// certificate.**", which the next line answers) and not a label
/// ("**Certifications held:**", which the next line completes).
fn bold_title(line: &str) -> bool {
    let line = line.trim();
    let inner = ["**", "__"].iter().find_map(|mark| {
        line.strip_prefix(mark)
            .and_then(|rest| rest.strip_suffix(mark))
            .filter(|inner| !inner.contains(mark))
    });
    inner.is_some_and(|inner| {
        let inner = inner.trim_end();
        let numbered = inner
            .strip_prefix(['Q', 'q'])
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        inner.contains(char::is_alphabetic) && !inner.ends_with(['?', ':', '.']) && !numbered
    })
}

/// The message of a static shields.io badge, from its address:
/// `https://img.shields.io/badge/ISO%2042001-in%20progress-yellow` gives
/// "in progress". In the address `-` separates label, message and colour,
/// `--` is a dash, `_` a space and `__` an underscore.
fn shields_message(url: &str) -> Option<String> {
    let (_, path) = url.split_once("img.shields.io/badge/")?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path
        .strip_suffix(".svg")
        .or_else(|| path.strip_suffix(".png"))
        .unwrap_or(path);
    let decoded = percent_decode(path);
    let parts: Vec<String> = decoded
        .replace("--", "\u{0}")
        .split('-')
        .map(|p| {
            p.replace("__", "\u{1}")
                .replace('_', " ")
                .replace('\u{1}', "_")
                .replace('\u{0}', "-")
        })
        .collect();
    // Label, message and colour, or message and colour.
    let message = match parts.as_slice() {
        [_, message, _] | [message, _] => message.trim().to_string(),
        _ => return None,
    };
    (!message.is_empty()).then_some(message)
}

/// `%20` and the like decoded; anything malformed is kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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
    fn pipe_rows_without_a_header_are_rows() {
        let md = "Intro.\n\n| SOC 2 Type 2 | Completed |\n|ISO 27001|Lapsed|\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                (UnitKind::Paragraph, "Intro.".to_string()),
                (UnitKind::TableRow, "SOC 2 Type 2 | Completed".to_string()),
                (UnitKind::TableRow, "ISO 27001 | Lapsed".to_string()),
            ]
        );
        check_maps(md, ProseFormat::Markdown);
        let txt = "Status\n| Cyber Essentials | Held |\n|---|---|\nEnd of table";
        assert_eq!(
            texts(txt, ProseFormat::Text),
            vec![
                (UnitKind::Paragraph, "Status".to_string()),
                (UnitKind::TableRow, "Cyber Essentials | Held".to_string()),
                (UnitKind::Paragraph, "End of table".to_string()),
            ]
        );
        check_maps(txt, ProseFormat::Text);
        // A pipe inside a sentence is no row.
        assert_eq!(
            texts("a | b | c", ProseFormat::Markdown)[0].0,
            UnitKind::Paragraph
        );
    }

    #[test]
    fn lines_of_a_status_strip_are_units_of_their_own() {
        let md = "SOC 2 \u{2014} report due in 2027\nCyber Essentials \u{1f7e2} held since 2024\nQ3 2027 \u{2013} ISO 42001 audit";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                (
                    UnitKind::Paragraph,
                    "SOC 2 \u{2014} report due in 2027".to_string()
                ),
                (
                    UnitKind::Paragraph,
                    "Cyber Essentials \u{1f7e2} held since 2024".to_string()
                ),
                (
                    UnitKind::Paragraph,
                    "Q3 2027 \u{2013} ISO 42001 audit".to_string()
                ),
            ]
        );
        check_maps(md, ProseFormat::Markdown);
        // Near miss: wrapped prose with a dash in its first line.
        let md = "Our team - small but focused - holds\nISO 27001 and Cyber Essentials.";
        assert_eq!(texts(md, ProseFormat::Markdown).len(), 1);
    }

    #[test]
    fn a_bold_title_line_is_a_heading_of_its_own() {
        let md = "**Annual review \u{2013} summary**\nThe certificate remains in force.";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                (
                    UnitKind::Heading,
                    "Annual review \u{2013} summary".to_string()
                ),
                (
                    UnitKind::Paragraph,
                    "The certificate remains in force.".to_string()
                ),
            ]
        );
        for joined in [
            "**Do you hold it?**\nYes.",
            "**Q4 Provide your certificate.**\nAttached.",
            "**Partly** bold\nNext line.",
        ] {
            assert_eq!(texts(joined, ProseFormat::Markdown).len(), 1, "{joined}");
        }
    }

    #[test]
    fn markdown_non_prose_is_dropped() {
        let md = "---\ntitle: ISO 27001\n---\nRun `ISO 27001` and see [the cert](https://x.io/iso-27001) or <https://x.io/soc2> ![ISO 42001 badge](b.png) ~~ISO 42001 certified~~.\n\n```\nISO 27001 certified\n```\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown),
            vec![
                // Front matter is the page's data, read as labels and values.
                (UnitKind::Paragraph, "title: ISO 27001".to_string()),
                (UnitKind::Paragraph, "Run and see the cert or".to_string()),
                (UnitKind::Badge, "ISO 42001 badge".to_string())
            ]
        );
    }

    #[test]
    fn a_table_of_values_in_a_code_block_is_read_as_rows() {
        let md = "Our register:\n\n```csv\nFramework,Status\nISO 27001,Certified\n```\n";
        let got = texts(md, ProseFormat::Markdown);
        assert_eq!(
            got[2],
            (UnitKind::TableRow, "ISO 27001 | Certified".to_string())
        );
        check_maps(md, ProseFormat::Markdown);
        let html = "<pre>Framework;Status\nISO 27001;Certified\n</pre>";
        let got = texts(html, ProseFormat::Html);
        assert_eq!(
            got[1],
            (UnitKind::TableRow, "ISO 27001 | Certified".to_string())
        );
        // Near misses: code in a block, and a table labelled an example.
        assert!(texts("<pre>run(a, b);\nstop(c, d);</pre>", ProseFormat::Html).is_empty());
        let sample = "Example export:\n\n```csv\nFramework,Status\nISO 27001,Certified\n```\n";
        assert_eq!(texts(sample, ProseFormat::Markdown).len(), 1);
    }

    #[test]
    fn page_descriptions_and_microdata_credentials_are_read() {
        let html = "<head><meta name=\"description\" content=\"ISO 27001 certified forecasting\"><meta property=\"og:type\" content=\"website\"></head><ul><li itemprop=\"award\">SOC 2 Type II</li></ul>";
        assert_eq!(
            texts(html, ProseFormat::Html),
            vec![
                (
                    UnitKind::Paragraph,
                    "ISO 27001 certified forecasting".to_string()
                ),
                (UnitKind::ListItem, "Credentials: SOC 2 Type II".to_string()),
            ]
        );
        check_maps(html, ProseFormat::Html);
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
    fn a_fact_column_names_what_its_cells_hold() {
        let md = "| Standard | Body | Recertification due: |\n|---|---|---|\n| ISO 9001 | NQA | June 2028 |\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown)[1].1,
            "ISO 9001 | NQA | Recertification due: June 2028"
        );
        let md =
            "| Scheme | Date of issue | Notes |\n|---|---|---|\n| CE | 2026-01-05 | annual |\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown)[1].1,
            "CE | Date of issue 2026-01-05 | annual"
        );
    }

    #[test]
    fn tab_separated_lines_are_table_rows_under_their_header() {
        let txt = "Schedule\nCert\tStatus\tValid to\nISO 27001\tCertified\t31 Aug 2028\nCE\tYes\t\n\nEnd.";
        assert_eq!(
            texts(txt, ProseFormat::Text),
            vec![
                (UnitKind::Paragraph, "Schedule".to_string()),
                (UnitKind::TableRow, "Cert | Status | Valid to".to_string()),
                (
                    UnitKind::TableRow,
                    "ISO 27001 | Certified | Valid to 31 Aug 2028".to_string()
                ),
                (UnitKind::TableRow, "CE | Status \u{2705} |".to_string()),
                (UnitKind::Paragraph, "End.".to_string()),
            ]
        );
        check_maps(txt, ProseFormat::Text);
        // Near misses: one line with a tab is no table, and a first line with
        // a date in it is a row, not a header.
        assert_eq!(
            texts("We hold\tISO 27001.", ProseFormat::Text),
            vec![(UnitKind::Paragraph, "We hold ISO 27001.".to_string())]
        );
        let rows = texts("ISO 27001\tValid to 2028\nCE\tYes", ProseFormat::Text);
        assert_eq!(rows[1].1, "CE | Yes");
    }

    #[test]
    fn a_column_headed_by_its_choices_keeps_its_answers() {
        let md = "| Question | Yes / No / N/A |\n|---|---|\n| Do you hold ISO 27001? | Yes |\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown)[1].1,
            "Do you hold ISO 27001? | Yes"
        );
        let md = "| Question | Y/N |\n|---|---|\n| Do you hold ISO 27001? | No |\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown)[1].1,
            "Do you hold ISO 27001? | No"
        );
        // Near miss: a header that is a status takes the answer.
        let md = "| Standard | Yes, held |\n|---|---|\n| CE+ | Yes |\n";
        assert_eq!(
            texts(md, ProseFormat::Markdown)[1].1,
            "CE+ | Yes, held \u{2705}"
        );
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
    fn an_element_drawn_with_css_shows_its_title_as_a_badge() {
        let html = "<div class=\"tile\" title=\"ISO 27001 certified\"></div>\
            <p>Our page <span class=\"ico\" title=\"SOC 2 Type 2\" /> ends.</p>\
            <span role=\"img\" aria-label=\"Cyber Essentials\">&#9733;</span>\
            <p><abbr title=\"ISO 42001 planned\">AIMS</abbr> and \
            <a href=\"/x\" title=\"ISO 9001 certified\">more</a></p>\
            <table><tr><td><span title=\"ISO 14001\"></span></td></tr></table>\
            <div class=\"cert-badges\"><span>SOC 2</span><span>ISO 27001</span></div>";
        assert_eq!(
            texts(html, ProseFormat::Html),
            vec![
                (UnitKind::Badge, "ISO 27001 certified".to_string()),
                (UnitKind::Paragraph, "Our page".to_string()),
                (UnitKind::Badge, "SOC 2 Type 2".to_string()),
                (UnitKind::Paragraph, "ends.".to_string()),
                (UnitKind::Badge, "Cyber Essentials".to_string()),
                (UnitKind::Paragraph, "AIMS and more".to_string()),
                (UnitKind::Badge, "SOC 2 \u{b7} ISO 27001".to_string()),
            ]
        );
        check_maps(html, ProseFormat::Html);
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
    fn a_caption_wraps_anywhere() {
        let txt = "[Auto-generated captions]\nwe hold our iso\n27001 and our soc 2\n\nChapters\n00:00 Intro\n02:30 Our ISO 27001 audit";
        assert_eq!(
            texts(txt, ProseFormat::Text),
            vec![
                (
                    UnitKind::Paragraph,
                    "[Auto-generated captions] we hold our iso 27001 and our soc 2".to_string()
                ),
                (UnitKind::Paragraph, "Chapters".to_string()),
                (UnitKind::Paragraph, "00:00 Intro".to_string()),
                (UnitKind::Paragraph, "02:30 Our ISO 27001 audit".to_string()),
            ]
        );
        // A long chapter line does not run into the next chapter.
        let chapters = "00:00 Intro\n02:30 Our ISO 27001 certificate with LRQA, valid to August 2027\n09:15 Renewing Cyber Essentials in January";
        assert_eq!(texts(chapters, ProseFormat::Text).len(), 3);
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
