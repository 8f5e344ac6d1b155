//! Components whose attributes carry the data a page renders: an MDX or JSX
//! `<ComplianceCard framework="ISO 27001" status="certified" />`, a
//! `<Badge status="certified">Cyber Essentials</Badge>`, an HTML element's
//! `data-status`. The page shows those values (the card's title, its status
//! chip, its expiry), so they are read as the label-and-value line the card
//! shows, "ISO 27001 · status: certified · expires: 2027-03-09", each value
//! mapped back to its bytes in the source.
//!
//! Only props that name what is shown or state a fact about it are read; a
//! component's other props (`icon`, `href`, `className`) are markup, and an
//! HTML element's plain attributes stay markup unless they are `data-` props.

use std::borrow::Cow;
use std::ops::Range;

use crate::prose::structured::push_identifier;
use crate::prose::units::{Builder, UnitKind};

/// Props that name what a component shows: its title.
const NAME_PROPS: &[&str] = &[
    "framework",
    "standard",
    "certification",
    "name",
    "label",
    "title",
    "heading",
];

/// Props that state a fact about what a component shows.
const FACT_PROPS: &[&str] = &[
    "status",
    "state",
    "level",
    "certificate",
    "certificatenumber",
    "certificateno",
    "certno",
    "expires",
    "expiry",
    "expiresat",
    "expirydate",
    "validuntil",
    "validto",
    "issued",
    "issuedate",
    "issuedat",
    "body",
    "issuer",
    "auditor",
    "certifiedby",
    "target",
    "targetdate",
    "since",
    "note",
    "description",
    "subtitle",
    "caption",
    "type",
    "scope",
];

/// What stands between the values of one component.
const SEPARATOR: &str = " \u{b7} ";

/// One prop read from a tag: the source ranges of its key (without a `data-`
/// prefix) and of its value (inside the quotes).
#[derive(Debug, Clone)]
struct Prop {
    key: Range<usize>,
    value: Range<usize>,
    names: bool,
}

/// Components opened with facts to show after their content ("<Badge
/// status="certified">" before "Cyber Essentials"), innermost last.
#[derive(Default)]
pub(super) struct Components {
    open: Vec<(String, Vec<Prop>)>,
}

impl Components {
    /// Reads the props of the opening `tag` that starts at `tag_start` in the
    /// source. A component that shows a title, or has no content, is read at
    /// once as a unit of its own; one that only adds facts to its content
    /// (a status badge) waits for its closing tag. True when the tag had props
    /// to read.
    /// `name` is the element's lowercase name.
    pub(super) fn open(
        &mut self,
        b: &mut Builder,
        tag: &str,
        name: &str,
        tag_start: usize,
    ) -> bool {
        let props = data_props(tag, tag_start);
        if props.is_empty() {
            return false;
        }
        if tag.trim_end().ends_with("/>") || props.iter().any(|p| p.names) {
            b.flush(UnitKind::Paragraph);
            push_props(b, &props);
            b.flush(UnitKind::ListItem);
        } else {
            self.open.push((name.to_string(), props));
        }
        true
    }

    /// At a closing tag named `name`: the facts of the component
    /// it closes, after its content, as one unit.
    pub(super) fn close(&mut self, b: &mut Builder, name: &str, at: usize) {
        let Some(pos) = self.open.iter().rposition(|(n, _)| n == name) else {
            return;
        };
        let (_, props) = self.open.remove(pos);
        if b.len() > 0 {
            b.push_synthetic(SEPARATOR, at..at);
        }
        push_props(b, &props);
        b.flush(UnitKind::ListItem);
    }
}

/// Pushes the props: titles first, then each fact as "key: value".
fn push_props(b: &mut Builder, props: &[Prop]) {
    let mut first = true;
    for prop in props.iter().filter(|p| p.names) {
        if !first {
            b.push_synthetic(SEPARATOR, prop.value.start..prop.value.start);
        }
        b.push_source(prop.value.clone());
        first = false;
    }
    for prop in props.iter().filter(|p| !p.names) {
        if !first {
            b.push_synthetic(SEPARATOR, prop.key.start..prop.key.start);
        }
        push_identifier(b, prop.key.clone(), true);
        b.push_synthetic(": ", prop.key.end..prop.key.end);
        push_value(b, prop.value.clone());
        first = false;
    }
}

/// Pushes a prop's value, an identifier's underscores and hyphens as spaces
/// ("in-progress" is "in progress").
fn push_value(b: &mut Builder, range: Range<usize>) {
    let identifier = b.src.get(range.clone()).is_some_and(|v| {
        !v.contains(' ')
            && v.contains(['_', '-'])
            && v.chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            && !v.chars().any(|c| c.is_ascii_digit())
    });
    if identifier {
        push_identifier(b, range, true);
    } else {
        b.push_source(range);
    }
}

/// The props of `tag` (which starts at `tag_start` in the source) that say
/// what a page shows: for a component (its name capitalised, as JSX writes
/// it), its name and fact props; for an HTML element, its `data-` props. An
/// element is read only when one of them is a status or a title of a
/// component; a value given as an expression (`status={status}`) is not read.
fn data_props(tag: &str, tag_start: usize) -> Vec<Prop> {
    let body = tag.trim_start().trim_start_matches('<');
    if body.starts_with('/') {
        return Vec::new();
    }
    let component = body.starts_with(|c: char| c.is_ascii_uppercase());
    let mut props = Vec::new();
    for (key, value) in attributes(tag) {
        let raw = &tag[key.clone()];
        let (key, raw) = match raw.strip_prefix("data-") {
            Some(rest) => (key.start + 5..key.end, rest),
            None if component => (key, raw),
            None => continue,
        };
        let plain: String = raw
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let names = NAME_PROPS.contains(&plain.as_str());
        if (names || FACT_PROPS.contains(&plain.as_str())) && !tag[value.clone()].trim().is_empty()
        {
            props.push(Prop {
                key: tag_start + key.start..tag_start + key.end,
                value: tag_start + value.start..tag_start + value.end,
                names,
            });
        }
    }
    let shows = props.iter().any(|p| {
        p.names && component || {
            let key = &tag[p.key.start - tag_start..p.key.end - tag_start];
            key.eq_ignore_ascii_case("status") || key.eq_ignore_ascii_case("state")
        }
    });
    if shows { props } else { Vec::new() }
}

/// The attributes of a tag with a literal value, as ranges within `tag` of
/// the name and of the value inside its quotes: `key="v"`, `key='v'`,
/// `key={"v"}`, `key={'v'}` and `` key={`v`} ``.
fn attributes(tag: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let bytes = tag.as_bytes();
    let mut out = Vec::new();
    let mut i = tag
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(tag.len());
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let name_start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if i == name_start {
            // Markup that is no attribute ("/>", "{...spread}"): skip a byte,
            // or a balanced expression.
            i = if bytes[i] == b'{' {
                skip_braces(bytes, i)
            } else {
                i + 1
            };
            continue;
        }
        let name = name_start..i;
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if bytes.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        match bytes.get(j) {
            Some(&q @ (b'"' | b'\'')) => match quoted(tag, j, q) {
                Some(value) => {
                    i = value.end + 1;
                    out.push((name, value));
                }
                None => return out,
            },
            Some(b'{') => {
                let end = skip_braces(bytes, j);
                let inner = tag[j + 1..end.saturating_sub(1).max(j + 1)].trim();
                let literal = inner.len() >= 2
                    && matches!(inner.as_bytes()[0], b'"' | b'\'' | b'`')
                    && inner.as_bytes()[inner.len() - 1] == inner.as_bytes()[0];
                if literal {
                    let at = j + 1 + tag[j + 1..].find(inner).unwrap_or(0);
                    out.push((name, at + 1..at + inner.len() - 1));
                }
                i = end;
            }
            _ => i = j,
        }
    }
    out
}

/// The range inside the quote `q` at `at`, or `None` when it never closes.
fn quoted(tag: &str, at: usize, q: u8) -> Option<Range<usize>> {
    let end = tag[at + 1..].find(q as char)? + at + 1;
    Some(at + 1..end)
}

/// The index after the brace that closes the one at `at` (or the end).
fn skip_braces(bytes: &[u8], at: usize) -> usize {
    let mut depth = 0usize;
    for (k, b) in bytes.iter().enumerate().skip(at) {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return k + 1;
                }
            }
            _ => {}
        }
    }
    bytes.len()
}

/// The source as CommonMark can parse it: inside a JSX component's tag,
/// each `{expression}` value becomes a quoted value of the same length
/// (`expires={'2027-03-09'}` reads as `expires="'2027-03-09'"`) and each
/// `{...spread}` becomes spaces, so the tag is HTML to the parser and every
/// offset still points at the same byte of `src`. Borrowed when nothing
/// changes.
pub(super) fn for_commonmark(src: &str) -> Cow<'_, str> {
    let bytes = src.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut i = 0;
    while let Some(p) = src[i..].find('<') {
        let start = i + p;
        i = start + 1;
        if !bytes.get(start + 1).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        let Some(end) = jsx_tag_end(bytes, start) else {
            continue;
        };
        let mut k = start;
        let mut quote: Option<u8> = None;
        while k < end {
            let c = bytes[k];
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == b'"' || c == b'\'' => quote = Some(c),
                None if c == b'{' => {
                    let close = skip_braces(bytes, k).min(end);
                    let value = src[start..k].trim_end().ends_with('=');
                    let out = out.get_or_insert_with(|| bytes.to_vec());
                    for (at, byte) in out.iter_mut().enumerate().take(close).skip(k) {
                        let edge = at == k || at + 1 == close;
                        *byte = match *byte {
                            b'\n' | b'\r' => *byte,
                            _ if !value => b' ',
                            _ if edge => b'"',
                            b'"' => b'\'',
                            other => other,
                        };
                    }
                    k = close;
                    continue;
                }
                None => {}
            }
            k += 1;
        }
        i = end;
    }
    match out {
        // Only ASCII bytes were replaced, and only ASCII bytes with ASCII ones.
        Some(bytes) => Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| src.to_string())),
        None => Cow::Borrowed(src),
    }
}

/// The index after the `>` that ends the JSX tag opened at `start`, outside
/// quotes and braces, or `None` when it does not end within a page's worth.
fn jsx_tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    let mut depth = 0usize;
    for (k, &c) in bytes.iter().enumerate().skip(start + 1).take(4096) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'"' | b'\'' | b'`' => quote = Some(c),
                b'{' => depth += 1,
                b'}' => depth = depth.saturating_sub(1),
                b'<' if depth == 0 => return None,
                b'>' if depth == 0 => return Some(k + 1),
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::prose::ProseFormat;
    use crate::prose::extract::extract;

    fn texts(src: &str, format: ProseFormat) -> Vec<String> {
        extract(src, format).into_iter().map(|u| u.text).collect()
    }

    #[test]
    fn a_card_reads_as_its_title_and_facts() {
        let src = "<ComplianceCard framework=\"ISO/IEC 27001\" status=\"in-progress\" icon=\"shield\" expires={'2027-03-09'} />";
        for format in [ProseFormat::Markdown, ProseFormat::Html] {
            assert_eq!(
                texts(src, format),
                ["ISO/IEC 27001 \u{b7} status: in progress \u{b7} expires: 2027-03-09"],
                "{format:?}"
            );
        }
    }

    #[test]
    fn a_status_badge_reads_after_its_content() {
        let src = "Our badges: <Badge status=\"certified\">Cyber Essentials Plus</Badge> and more.";
        let got = texts(src, ProseFormat::Markdown);
        assert!(
            got.iter()
                .any(|t| t == "Our badges: Cyber Essentials Plus \u{b7} status: certified"),
            "{got:?}"
        );
        let html = "<p><span data-status=\"certified\">ISO 27001</span></p>";
        assert_eq!(
            texts(html, ProseFormat::Html),
            ["ISO 27001 \u{b7} status: certified"]
        );
    }

    #[test]
    fn markup_props_and_expressions_are_not_read() {
        // No status and no title of a component: markup only.
        assert_eq!(
            texts(
                "<p><a href=\"/iso\" title=\"ISO 27001\">Security</a></p>",
                ProseFormat::Html
            ),
            ["Security"]
        );
        // A value computed by the page is not text it shows as written.
        assert_eq!(
            texts(
                "<Badge status={item.status}>ISO 27001</Badge>",
                ProseFormat::Markdown
            ),
            ["ISO 27001"]
        );
        // A `data-` prop that is no status or title.
        assert_eq!(
            texts(
                "<div data-track=\"iso27001-certified\">Trust</div>",
                ProseFormat::Html
            ),
            ["Trust"]
        );
    }

    #[test]
    fn props_point_at_their_values() {
        let src = "<Card title=\"SOC 2\" status=\"Type II report\" />";
        let units = extract(src, ProseFormat::Html);
        let unit = &units[0];
        let at = unit.text.find("Type II").unwrap();
        let r = unit.original(at..at + "Type II report".len());
        assert_eq!(&src[r], "Type II report");
    }

    #[test]
    fn expression_values_keep_every_offset_for_commonmark() {
        let src = "Intro é\n<Card title={\"ISO 27001\"} {...rest}\n  status='ok' />\n<b>x</b>";
        let parsed = super::for_commonmark(src);
        assert_eq!(parsed.len(), src.len());
        assert_eq!(
            parsed,
            "Intro é\n<Card title=\"'ISO 27001'\"          \n  status='ok' />\n<b>x</b>"
        );
        // Nothing to change: the source itself.
        assert!(matches!(
            super::for_commonmark("<b a={x}>"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
