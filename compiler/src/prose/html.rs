//! A small, forgiving HTML reader: the text a visitor sees, split into units at
//! block elements, with table rows kept whole and yes/no cells read against their
//! column headers.
//!
//! Trust pages are often exported HTML or Markdown with HTML blocks inside; this
//! reader never fails on broken markup and keeps the byte mapping of every
//! character it keeps.

use std::ops::Range;

use crate::prose::components::Components;
use crate::prose::units::{Builder, UnitKind};
use crate::prose::{code_data, plain_text, structured};

/// HTML elements whose content is not parsed as HTML and never prose.
pub static HTML_RAW_TEXT_ELEMENTS: &[&str] = &["script", "style", "template", "textarea"];

/// HTML elements whose content is code or otherwise not prose.
pub static HTML_SKIPPED_ELEMENTS: &[&str] = &[
    "code", "pre", "kbd", "samp", "var", "svg", "math", "noscript", "s", "del", "strike",
];

/// The data a code element that opens with `tag` at `body_start` shows,
/// with where its body ends: YAML, a configuration file or a table of
/// delimited values, when the element is labelled with that language
/// (`class="language-yaml"`, `language-csv`; a table needs no label), its body is
/// such data, and neither it nor the paragraph before it says that the data
/// is made up (an example, a schema).
fn data_shown_in_code(
    b: &Builder,
    tag: &str,
    body_start: usize,
    end: usize,
) -> Option<(usize, code_data::CodeData)> {
    let class = attribute(tag, "class")
        .and_then(|r| tag.get(r))
        .unwrap_or("")
        .to_ascii_lowercase();
    let language = class
        .split(' ')
        .find_map(|c| {
            c.strip_prefix("language-")
                .or_else(|| c.strip_prefix("lang-"))
        })
        .unwrap_or("");
    let body_end = body_start + b.src.get(body_start..end)?.find("</")?;
    let body = &b.src[body_start..body_end];
    // An unlabelled block is read only when it holds a table of values (a
    // CSV export in a `<pre>`); its `<code>` inside is looked at in turn.
    if language.is_empty()
        && (body.trim_start().starts_with('<')
            || !plain_text::is_table(b.src, body_start..body_end))
    {
        return None;
    }
    let made_up = code_data::introduced_as_made_up(body)
        || b.units
            .last()
            .is_some_and(|u| code_data::introduced_as_made_up(&u.text));
    if made_up || !language.chars().all(|c| c.is_ascii_alphanumeric()) || language == "json" {
        return None;
    }
    let data = code_data::data_in_code(b.src, body_start..body_end, language)?;
    Some((body_end, data))
}

/// The `<meta>` tags whose content is text the page shows in a search result
/// or a link preview.
const PAGE_TEXT_META: &[&str] = &[
    "description",
    "og:title",
    "og:description",
    "twitter:title",
    "twitter:description",
];

/// Microdata properties (`itemprop`) of an organisation's credentials.
const MICRODATA_CREDENTIALS: &[&str] = &["award", "hasCredential", "hasCertification"];

/// HTML elements that start a new unit of prose.
pub static HTML_BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "nav",
    "blockquote",
    "ul",
    "ol",
    "dl",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "address",
    "title",
    "body",
    "html",
    "head",
    "hr",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "option",
    "label",
    "button",
    "center",
];

/// Block elements that never have content or a closing tag.
pub static HTML_VOID_BLOCKS: &[&str] = &["hr"];

/// Named character references decoded for matching.
pub static HTML_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("hellip", '\u{2026}'),
    ("copy", '\u{A9}'),
    ("reg", '\u{AE}'),
    ("trade", '\u{2122}'),
    ("bull", '\u{2022}'),
    ("middot", '\u{B7}'),
    ("shy", '\u{AD}'),
    ("zwj", '\u{200D}'),
    ("zwnj", '\u{200C}'),
    ("laquo", '\u{AB}'),
    ("raquo", '\u{BB}'),
    ("sect", '\u{A7}'),
    ("check", '\u{2713}'),
    ("cross", '\u{2717}'),
    ("eacute", '\u{E9}'),
    ("egrave", '\u{E8}'),
    ("uuml", '\u{FC}'),
    ("ouml", '\u{F6}'),
    ("auml", '\u{E4}'),
    ("szlig", '\u{DF}'),
];

/// The lowercase element name of a tag such as `<Code class="x">` or `</code>`,
/// and whether it is a closing tag.
pub(super) fn tag_name(tag: &str) -> (String, bool) {
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
/// and ends a unit at every block-level element and `<br>`. An image's alt text
/// and title and a badge's title are read as badges; sibling inline elements of
/// one name with nothing between them are read as list items.
pub(super) fn read(b: &mut Builder, range: Range<usize>) {
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
    // The inline element that closed last and the unit length then: a sibling
    // of the same name opened right after it ("<span>ISO 27001</span><span>ISO
    // 42001 (pending)</span>") is the next item of a list, not more of a word.
    let mut closed_inline: Option<(String, usize)> = None;
    let mut components = Components::default();

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
            if !closing && HTML_RAW_TEXT_ELEMENTS.contains(&name.as_str()) {
                // Script and style bodies are not HTML: skip to the closing tag.
                let close = format!("</{name}");
                let lower_rest = src[i..end].to_ascii_lowercase();
                let body_end = lower_rest.find(&close).map_or(end, |p| i + p);
                // Except the page's structured data about itself (schema.org
                // JSON-LD), read as labels and values.
                let json_ld = name == "script"
                    && attribute(tag, "type")
                        .and_then(|r| tag.get(r))
                        .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                if json_ld && let Some((_, json)) = structured::json_start(src, i..body_end) {
                    structured::read_json(b, json);
                }
                i = if body_end < end {
                    src[body_end..end]
                        .find('>')
                        .map_or(end, |q| body_end + q + 1)
                } else {
                    end
                };
                continue;
            }
            // "<code>LRQA</code>": a value set in code type is read as its
            // words, as in Markdown.
            let value_in_code = name == "code"
                && !closing
                && skipping.is_empty()
                && src[i..end]
                    .find("</")
                    .is_some_and(|close| crate::prose::units::is_value_in_code(&src[i..i + close]));
            if value_in_code {
                b.space(tag_start);
                continue;
            }
            // "<pre><code class="language-yaml">": YAML or a configuration
            // file shown as the organisation's data is read as the file is.
            if !closing
                && matches!(name.as_str(), "code" | "pre")
                && skipping.iter().all(|n| n == "pre")
                && let Some((body_end, data)) = data_shown_in_code(b, tag, i, end)
            {
                b.flush(kind_of(&kinds));
                data.read(b);
                b.flush(kind_of(&kinds));
                i = body_end;
                continue;
            }
            if HTML_SKIPPED_ELEMENTS.contains(&name.as_str()) {
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
            if closing {
                components.close(b, &name, tag_start);
            } else {
                components.open(b, tag, &name, tag_start);
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
                // What a page says of itself to search engines and link
                // previews ("<meta name="description" content="ISO 27001
                // certified forecasting">") is said to every reader of a
                // search result or a shared link.
                "meta" if !closing => {
                    let says = ["name", "property"].iter().any(|attr| {
                        attribute(tag, attr)
                            .and_then(|r| tag.get(r))
                            .is_some_and(|v| {
                                PAGE_TEXT_META.contains(&v.to_ascii_lowercase().as_str())
                            })
                    });
                    if says && let Some(r) = attribute(tag, "content") {
                        b.flush(kind_of(&kinds));
                        b.push_source(tag_start + r.start..tag_start + r.end);
                        b.flush(UnitKind::Paragraph);
                    }
                }
                // A checkbox reads as the box it shows: "<input
                // type="checkbox" checked> ISO 27001" as a ticked box.
                "input" if !closing => {
                    let checkbox = attribute(tag, "type")
                        .and_then(|r| tag.get(r))
                        .is_some_and(|t| t.eq_ignore_ascii_case("checkbox"));
                    if checkbox {
                        let mark = if has_flag(tag, "checked") {
                            "\u{2611}"
                        } else {
                            "\u{2610}"
                        };
                        b.push_synthetic(mark, tag_start..i);
                        b.space(i);
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
                    // An inline element drawn with CSS, with no text of its
                    // own, shows what its label says, as an image does.
                    if !closing
                        && !in_row(&kinds)
                        && block_kind(&name).is_none()
                        && let Some(r) = badge_label(tag, &name, &src[i..end])
                    {
                        b.flush(UnitKind::Badge);
                        b.push_source(tag_start + r.start..tag_start + r.end);
                        b.flush(kind_of(&kinds));
                    }
                    if block_kind(&name).is_none() {
                        if closing {
                            closed_inline = Some((name.clone(), b.len()));
                        } else if closed_inline
                            .take()
                            .is_some_and(|(n, len)| n == name && len == b.len() && len > 0)
                        {
                            b.push_synthetic(" \u{b7} ", tag_start..tag_start);
                        }
                    }
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
                            // A badge drawn with CSS says in its title what
                            // it shows: <div class="badge" title="ISO 42001
                            // certified">. Other elements' titles are not prose.
                            // The content of an element whose class says it
                            // is a badge is the badge's text too.
                            if let Some(r) = badge_label(tag, &name, &src[i..end]) {
                                b.set_kind(UnitKind::Badge);
                                b.push_source(tag_start + r.start..tag_start + r.end);
                                b.flush(if is_badge(tag) { UnitKind::Badge } else { kind });
                            } else if is_badge(tag) {
                                // <div class="trust-badges"><span>SOC 2</span>...
                                b.set_kind(UnitKind::Badge);
                            }
                            // Microdata that marks the element as a credential
                            // held (<li itemprop="award">SOC 2 Type II</li>)
                            // says so in words.
                            if attribute(tag, "itemprop")
                                .and_then(|r| tag.get(r))
                                .is_some_and(|p| MICRODATA_CREDENTIALS.contains(&p))
                            {
                                b.push_synthetic("Credentials: ", tag_start..tag_start);
                            }
                            if !self_closing && !HTML_VOID_BLOCKS.contains(&name.as_str()) {
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

/// Words in a class attribute that make an element a badge: a drawn seal,
/// chip or logo of a certificate.
pub static HTML_BADGE_CLASSES: &[&str] = &[
    "badge",
    "seal",
    "chip",
    "pill",
    "shield",
    "logo",
    "cert",
    "accreditation",
];

/// True for an element whose class says it is a badge.
fn is_badge(tag: &str) -> bool {
    attribute(tag, "class")
        .and_then(|r| tag.get(r))
        .map(str::to_ascii_lowercase)
        .is_some_and(|class| HTML_BADGE_CLASSES.iter().any(|b| class.contains(b)))
}

/// The label, within `tag`, that an element shows as a badge: the title of an
/// element whose class says it is a badge; the `aria-label` (or title) of one
/// whose role is an image; or the title of an element drawn with CSS, which
/// has no text of its own (`<span class="status" title="ISO 27001
/// certified"></span>`). `after` is the source after the tag.
fn badge_label(tag: &str, name: &str, after: &str) -> Option<Range<usize>> {
    let role_img = attribute(tag, "role")
        .and_then(|r| tag.get(r))
        .is_some_and(|role| role.eq_ignore_ascii_case("img"));
    if role_img {
        return attribute(tag, "aria-label").or_else(|| attribute(tag, "title"));
    }
    let title = attribute(tag, "title")?;
    (is_badge(tag) || drawn(tag, name, after)).then_some(title)
}

/// True for an element with no text of its own: self-closing, or closed right
/// after its tag with nothing but whitespace between.
fn drawn(tag: &str, name: &str, after: &str) -> bool {
    if tag.ends_with("/>") {
        return true;
    }
    let rest = after.trim_start();
    rest.strip_prefix("</").is_some_and(|r| {
        r.get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && r[name.len()..].trim_start().starts_with('>')
    })
}

/// True when `tag` carries the boolean attribute `name` ("checked"), bare or
/// with a value.
fn has_flag(tag: &str, name: &str) -> bool {
    tag.to_ascii_lowercase()
        .split(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
        .any(|word| word == name || word.starts_with(&format!("{name}=")))
}

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

/// True inside an open `<tr>`.
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
    } else if matches!(name, "li" | "dd") {
        Some(UnitKind::ListItem)
    } else if name == "dt" {
        // A definition term is the title of its definitions, not an item
        // among them: "<dt>ISO 27001</dt><dd>Certified</dd>".
        Some(UnitKind::Paragraph)
    } else if HTML_BLOCK_ELEMENTS.contains(&name) {
        Some(UnitKind::Paragraph)
    } else {
        None
    }
}

/// The text with every tag blanked out byte for byte, so that an offset into
/// it is the same offset into `text`. Readers of the raw text around a
/// mention (the value after a framework's name) then see "| Cyber Essentials
/// | IASME-CE-024860" where the page has `<td>Cyber Essentials</td><td>
/// IASME-CE-024860</td>`: a cell's opening tag leaves the bar that separates
/// the cells of a row, and `&nbsp;` a space. The function never panics.
pub fn blank_tags(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let opens_tag = bytes[i] == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!');
        // `<` is one byte, so `i` is on a character boundary here.
        if let Some(end) = opens_tag.then(|| find_tag_end(&text[i..])).flatten() {
            let name: String = text[i + 1..]
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            let at = out.len();
            out.extend(std::iter::repeat_n(b' ', end + 1));
            if matches!(name.as_str(), "td" | "th") {
                out[at] = b'|';
            }
            i += end + 1;
        } else if bytes[i..].starts_with(b"&nbsp;") {
            out.extend(b"      ");
            i += 6;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
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
        HTML_ENTITIES
            .iter()
            .find(|(name, _)| *name == body)
            .map(|(_, c)| *c)?
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanking_tags_keeps_every_offset() {
        let page = "<tr><td>Cyber Essentials</td><td class=\"n\">IASME-CE-024860</td></tr>";
        let blank = blank_tags(page);
        assert_eq!(blank.len(), page.len());
        assert_eq!(
            blank.split_whitespace().collect::<Vec<_>>(),
            vec!["|", "Cyber", "Essentials", "|", "IASME-CE-024860"]
        );
        let at = page.find("IASME").unwrap();
        assert_eq!(&blank[at..at + 5], "IASME");
    }

    #[test]
    fn a_certificate_number_in_the_next_cell_of_an_html_row_shows_it_held() {
        let found = crate::prose::find_mentions(
            "<table><tr><th>Scheme</th><th>Certificate</th></tr>\
             <tr><td>ISO/IEC 27001</td><td>IS 998877</td></tr></table>",
            crate::prose::ProseFormat::Html,
            &crate::prose::corpus::test_aliases(),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].status, Some(crate::prose::ClaimedStatus::Achieved));
        assert_eq!(found[0].details.certificate.as_deref(), Some("IS 998877"));
    }

    #[test]
    fn blanking_tags_leaves_text_that_only_looks_like_markup() {
        assert_eq!(blank_tags("fewer than <5 staff"), "fewer than <5 staff");
        assert_eq!(
            blank_tags("caf\u{e9}&nbsp;<b>ISO</b>"),
            "caf\u{e9}         ISO    "
        );
        // An unclosed tag at the end is text; one broken by the next tag
        // ends before it.
        let open = "<p class=\"x\u{e9}\" ISO 27001";
        assert_eq!(blank_tags(open), open);
        assert_eq!(blank_tags("<b ISO <i>27001"), "          27001");
    }
}
