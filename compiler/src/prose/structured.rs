//! Reads structured data that an organisation publishes about itself as the
//! label-and-value lines a page would show: a trust centre's JSON, a page's
//! YAML front matter, a schema.org JSON-LD block, a `status.yml`.
//!
//! `{"id": "iso42001", "status": "in_progress"}` says what "ISO42001 · status:
//! in progress" says, and `certifications:` over `- name: Cyber Essentials`
//! lists what is held, as a title over a list does. So each object (or YAML
//! item) becomes one unit of `key: value` pairs joined by " · ", named by the
//! key it stands under; a key over a list of objects becomes a title line; and
//! identifiers are written as words ("in_progress" is "in progress",
//! "hasCredential" is "has Credential", `true` is "yes"). Every character
//! still maps back to the bytes it came from, so a diagnostic points into the
//! data itself.
//!
//! Keys that start with `@` (`@context`, `@type`) are JSON-LD's own
//! bookkeeping, never the organisation's words, and are left out. Text that
//! does not parse as JSON is read as prose, as before.

use std::ops::Range;

use crate::prose::units::{Builder, UnitKind};

/// How deeply nested a JSON value may be before the reader gives up on it.
const MAX_DEPTH: usize = 64;

/// What stands between the pairs of one object.
const PAIR_SEPARATOR: &str = " \u{b7} ";

/// A JSON string: its decoded text and the source range of its content
/// (inside the quotes).
#[derive(Debug)]
struct JsonText {
    decoded: String,
    range: Range<usize>,
    escaped: bool,
}

/// A JSON value with the source ranges of its strings and literals.
#[derive(Debug)]
enum Json {
    Object(Vec<(JsonText, Json)>),
    Array(Vec<Json>),
    Text(JsonText),
    /// `true`, `false` or a number, with its source range.
    Literal(Range<usize>),
    Null,
}

/// A small JSON parser that keeps source ranges; `None` on anything that is
/// not one well-formed value.
struct Parser<'s> {
    src: &'s str,
    at: usize,
    depth: usize,
    /// Reads a JavaScript literal as well: keys without quotes, strings in
    /// single quotes, trailing commas and comments (`export const
    /// certifications = [{ name: 'ISO 27001', status: 'certified' }]`).
    script: bool,
}

impl<'s> Parser<'s> {
    fn bytes(&self) -> &'s [u8] {
        self.src.as_bytes()
    }

    fn skip_space(&mut self) {
        loop {
            while self
                .bytes()
                .get(self.at)
                .is_some_and(|b| b.is_ascii_whitespace())
            {
                self.at += 1;
            }
            if !self.script {
                return;
            }
            let rest = &self.src[self.at..];
            if rest.starts_with("//") {
                self.at += rest.find('\n').unwrap_or(rest.len());
            } else if let Some(body) = rest.strip_prefix("/*") {
                self.at += body.find("*/").map_or(rest.len(), |p| p + 4);
            } else {
                return;
            }
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        if self.bytes().get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Json> {
        self.skip_space();
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let value = match *self.bytes().get(self.at)? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => self.text().map(Json::Text),
            b'\'' if self.script => self.text().map(Json::Text),
            b't' | b'f' | b'n' | b'-' | b'0'..=b'9' => self.literal(),
            _ => None,
        };
        self.depth -= 1;
        value
    }

    fn object(&mut self) -> Option<Json> {
        self.at += 1;
        let mut fields = Vec::new();
        if self.eat(b'}') {
            return Some(Json::Object(fields));
        }
        loop {
            self.skip_space();
            if self.script && self.eat(b'}') {
                return Some(Json::Object(fields));
            }
            let key = match self.text() {
                Some(key) => key,
                None if self.script => self.bare_key()?,
                None => return None,
            };
            if !self.eat(b':') {
                return None;
            }
            let value = self.value()?;
            fields.push((key, value));
            if self.eat(b',') {
                continue;
            }
            return self.eat(b'}').then_some(Json::Object(fields));
        }
    }

    fn array(&mut self) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Some(Json::Array(items));
        }
        loop {
            if self.script && self.eat(b']') {
                return Some(Json::Array(items));
            }
            items.push(self.value()?);
            if self.eat(b',') {
                continue;
            }
            return self.eat(b']').then_some(Json::Array(items));
        }
    }

    /// A key written as an identifier, in a JavaScript literal.
    fn bare_key(&mut self) -> Option<JsonText> {
        let start = self.at;
        let len = self.bytes()[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$'))
            .count();
        if len == 0 {
            return None;
        }
        self.at += len;
        Some(JsonText {
            decoded: self.src[start..self.at].to_string(),
            range: start..self.at,
            escaped: false,
        })
    }

    fn text(&mut self) -> Option<JsonText> {
        let quote = match self.bytes().get(self.at) {
            Some(b'"') => '"',
            Some(b'\'') if self.script => '\'',
            _ => return None,
        };
        let start = self.at + 1;
        let mut decoded = String::new();
        let mut escaped = false;
        let mut chars = self.src.get(start..)?.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                c if c == quote => {
                    self.at = start + i + 1;
                    return Some(JsonText {
                        decoded,
                        range: start..start + i,
                        escaped,
                    });
                }
                '\\' => {
                    escaped = true;
                    let (_, e) = chars.next()?;
                    match e {
                        'n' | 't' | 'r' | 'b' | 'f' => decoded.push(' '),
                        'u' => {
                            let hex: String = (0..4)
                                .filter_map(|_| chars.next())
                                .map(|(_, h)| h)
                                .collect();
                            let code = u32::from_str_radix(&hex, 16).ok()?;
                            decoded.push(char::from_u32(code).unwrap_or(' '));
                        }
                        other => decoded.push(other),
                    }
                }
                c => decoded.push(c),
            }
        }
        None
    }

    fn literal(&mut self) -> Option<Json> {
        let start = self.at;
        let len = self.bytes()[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'+' | b'.'))
            .count();
        self.at += len;
        match &self.src[start..self.at] {
            "null" => Some(Json::Null),
            "undefined" if self.script => Some(Json::Null),
            "true" | "false" => Some(Json::Literal(start..self.at)),
            n if n.parse::<f64>().is_ok() => Some(Json::Literal(start..self.at)),
            _ => None,
        }
    }
}

/// The JSON value that `range` of `src` holds, whitespace around it allowed;
/// with `script`, a JavaScript literal, which a `;` may close.
fn parse_json(src: &str, range: Range<usize>, script: bool) -> Option<Json> {
    let mut p = Parser {
        src: src.get(..range.end)?,
        at: range.start,
        depth: 0,
        script,
    };
    let value = p.value()?;
    if script {
        p.eat(b';');
    }
    p.skip_space();
    (p.at == range.end).then_some(value)
}

/// The start of JSON data in `range` of `src`: the first line that opens with
/// `{` or `[` and from which the rest of the range parses as one value
/// ("GET /trust/v1/status\n200 OK\n{...}"), with the parsed value. A line
/// that declares a JavaScript value (`export const certifications = [`) and
/// the literal from its bracket on count too: the data a page renders.
pub(super) fn json_start(src: &str, range: Range<usize>) -> Option<(usize, ParsedJson)> {
    let text = src.get(range.clone())?;
    let mut offset = range.start;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let at = offset + (line.len() - trimmed.len());
        offset += line.len();
        if let Some(value_at) = script_declaration(trimmed) {
            return parse_json(src, at + value_at..range.end, true)
                .map(|json| (at, ParsedJson(json)));
        }
        if !(trimmed.starts_with('{') || trimmed.starts_with('[')) {
            continue;
        }
        return parse_json(src, at..range.end, false)
            .or_else(|| parse_json(src, at..range.end, true))
            .map(|json| (at, ParsedJson(json)));
    }
    None
}

/// Where the value starts in a line that declares a JavaScript value:
/// "export const compliance = [", "const data: Item[] = {", "module.exports =
/// {", "export default [".
fn script_declaration(line: &str) -> Option<usize> {
    let words = line.trim_end();
    let rest = words.strip_prefix("export default").or_else(|| {
        let (head, value) = words.split_once('=')?;
        let mut parts = head.split_whitespace();
        let declared = match parts.next()? {
            "module.exports" | "exports.default" => parts.next().is_none(),
            "export" => matches!(parts.next()?, "const" | "let" | "var") && parts.next().is_some(),
            "const" | "let" | "var" => parts.next().is_some(),
            _ => false,
        };
        declared.then_some(value)
    })?;
    let value = rest.trim_start();
    // `value` is a slice of `line`: its offset is where the value starts.
    value
        .starts_with(['{', '['])
        .then(|| value.as_ptr() as usize - line.as_ptr() as usize)
}

/// JSON parsed by [`json_start`], ready for [`read_json`].
pub(super) struct ParsedJson(Json);

/// Reads parsed JSON into units.
pub(super) fn read_json(b: &mut Builder, json: ParsedJson) {
    b.flush(UnitKind::Paragraph);
    json_value(b, None, &json.0);
    b.flush(UnitKind::Paragraph);
}

/// True for a scalar: a string or a literal.
fn is_scalar(value: &Json) -> bool {
    matches!(value, Json::Text(_) | Json::Literal(_))
}

/// Reads one value, standing under `key` when it is a field's value.
fn json_value(b: &mut Builder, key: Option<&JsonText>, value: &Json) {
    json_value_of(b, key, value, Owner::default());
}

/// The object a field belongs to, as far as it says whose a credential is.
#[derive(Clone, Copy, Default)]
struct Owner<'j> {
    /// A person (schema.org `"@type": "Person"`): their credentials are
    /// qualifications, not the organisation's certificates.
    person: bool,
    /// The object's `name`: the holder of its credentials.
    name: Option<&'j JsonText>,
}

/// Reads one value under `key`, a field of `owner`.
fn json_value_of(b: &mut Builder, key: Option<&JsonText>, value: &Json, owner: Owner<'_>) {
    match value {
        Json::Object(fields) => {
            let this = Owner {
                person: fields.iter().any(|(k, v)| {
                    k.decoded == "@type" && matches!(v, Json::Text(t) if t.decoded == "Person")
                }),
                name: fields.iter().find_map(|(k, v)| match v {
                    Json::Text(t) if k.decoded == "name" => Some(t),
                    _ => None,
                }),
            };
            // Lists of topics ("knowsAbout": ["ISO/IEC 27001"]) say what an
            // organisation or a person knows about, never what it holds.
            let fields: Vec<&(JsonText, Json)> = fields
                .iter()
                .filter(|(k, _)| {
                    !k.decoded.starts_with('@') && !TOPIC_KEYS.contains(&k.decoded.as_str())
                })
                .collect();
            let scalars: Vec<&&(JsonText, Json)> =
                fields.iter().filter(|(_, v)| is_scalar(v)).collect();
            if !scalars.is_empty() {
                b.set_kind(UnitKind::ListItem);
                if let Some(key) = key
                    && !push_key(b, key, owner)
                {
                    b.push_synthetic(PAIR_SEPARATOR, key.range.end..key.range.end);
                }
                for (i, (k, v)) in scalars.iter().enumerate() {
                    if i > 0 {
                        b.push_synthetic(PAIR_SEPARATOR, k.range.start..k.range.start);
                    }
                    push_key(b, k, this);
                    b.push_synthetic(": ", k.range.end..k.range.end);
                    push_scalar(b, v);
                }
                b.flush(UnitKind::Paragraph);
            }
            for (k, v) in fields.iter().filter(|(_, v)| !is_scalar(v)) {
                json_value_of(b, Some(k), v, this);
            }
        }
        Json::Array(items) => {
            let Some(key) = key else {
                for item in items {
                    json_value_of(b, None, item, owner);
                }
                return;
            };
            // A list of names is one line ("certifications: ISO 27001 ·
            // Cyber Essentials"); a list of objects is a title over items.
            push_key(b, key, owner);
            b.push_synthetic(": ", key.range.end..key.range.end);
            let mut first = true;
            for item in items.iter().filter(|v| is_scalar(v)) {
                if !first {
                    b.push_synthetic(PAIR_SEPARATOR, key.range.end..key.range.end);
                }
                push_scalar(b, item);
                first = false;
            }
            b.flush(UnitKind::Paragraph);
            for item in items.iter().filter(|v| !is_scalar(v)) {
                json_value_of(b, None, item, owner);
            }
        }
        Json::Text(_) | Json::Literal(_) => {
            if let Some(key) = key {
                push_key(b, key, owner);
                b.push_synthetic(": ", key.range.end..key.range.end);
            }
            push_scalar(b, value);
            b.flush(UnitKind::Paragraph);
        }
        Json::Null => {}
    }
}

/// Keys whose values are topics: schema.org's `knowsAbout` and `keywords`.
const TOPIC_KEYS: &[&str] = &["knowsAbout", "keywords"];

/// The words a schema.org property stands for, where its name alone would
/// not say it to a reader: `hasCertification` says the organisation holds a
/// certification (a person holds a qualification), and
/// `certificationIdentification` is a certificate number.
fn schema_org_words(key: &str, person: bool) -> Option<&'static str> {
    Some(match key {
        "hasCredential" | "hasCertification" if person => "qualification held",
        "hasCredential" | "hasCertification" => "certification held",
        "certificationIdentification" => "certificate number",
        "issuedBy" | "recognizedBy" => "issued by",
        "certificationStatus" => "status",
        "validUntil" => "valid until",
        _ => return None,
    })
}

/// Pushes a key of `owner`'s as words: "iso_27001" as "iso 27001",
/// "hasCredential" as "has Credential", and a schema.org property as what it
/// says. An organisation's credential is labelled with the holder's name
/// ("Equinix LD8: name: ISO/IEC 27001 · status: active"), since the holder
/// is named on another line and may be a supplier.
///
/// Returns true when it labelled the line with the holder's name and a colon.
fn push_key(b: &mut Builder, key: &JsonText, owner: Owner<'_>) -> bool {
    if let Some(words) = schema_org_words(&key.decoded, owner.person) {
        match owner.name {
            Some(name) if words == "certification held" => {
                b.push_decoded(&name.decoded, name.range.clone());
                b.push_synthetic(": ", key.range.end..key.range.end);
                return true;
            }
            _ => b.push_synthetic(words, key.range.clone()),
        }
        return false;
    }
    if key.escaped {
        b.push_decoded(&key.decoded.replace(['_', '-'], " "), key.range.clone());
    } else {
        push_identifier(b, key.range.clone(), true);
    }
    false
}

/// Pushes the source in `range` as words: underscores (and in keys, hyphens)
/// as spaces, and in keys a space where a lowercase letter meets a capital.
pub(super) fn push_identifier(b: &mut Builder, range: Range<usize>, key: bool) {
    let Some(text) = b.src.get(range.clone()) else {
        return;
    };
    let mut previous: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at = range.start + i;
        let spans = at..at + c.len_utf8();
        if c == '_' || (key && c == '-') {
            b.push_char(' ', spans);
        } else {
            if key && c.is_uppercase() && previous.is_some_and(char::is_lowercase) {
                b.push_char(' ', at..at);
            }
            b.push_char(c, spans);
        }
        previous = Some(c);
    }
}

/// Pushes a scalar value: a string as written (an identifier's underscores
/// as spaces), `true` as "yes" and `false` as "no".
fn push_scalar(b: &mut Builder, value: &Json) {
    if let Json::Text(t) = value
        && let Some(words) = schema_org_value(&t.decoded)
    {
        b.push_synthetic(words, t.range.clone());
        return;
    }
    match value {
        Json::Text(t) if t.escaped => b.push_decoded(&t.decoded, t.range.clone()),
        Json::Text(t) => {
            let identifier = !t.decoded.contains(' ')
                && t.decoded.contains('_')
                && t.decoded.chars().all(|c| c.is_alphanumeric() || c == '_');
            if identifier {
                push_identifier(b, t.range.clone(), false);
            } else {
                b.push_source(t.range.clone());
            }
        }
        Json::Literal(range) => match b.src.get(range.clone()) {
            Some("true") => b.push_synthetic("yes", range.clone()),
            Some("false") => b.push_synthetic("no", range.clone()),
            _ => b.push_source(range.clone()),
        },
        _ => {}
    }
}

/// The words a schema.org enumeration value stands for:
/// "https://schema.org/CertificationActive" is "active", and
/// "CertificationInactive" (a certificate no longer in force) is "expired".
fn schema_org_value(value: &str) -> Option<&'static str> {
    let name = value
        .strip_prefix("https://schema.org/")
        .or_else(|| value.strip_prefix("http://schema.org/"))
        .unwrap_or(value);
    match name {
        "CertificationActive" => Some("active"),
        "CertificationInactive" => Some("expired"),
        _ => None,
    }
}

/// One line of YAML: its indentation, whether it opens a list item, and the
/// ranges of its key, its value and the comment after them.
struct YamlLine {
    indent: usize,
    item: bool,
    key: Option<Range<usize>>,
    value: Option<Range<usize>>,
    comment: Option<Range<usize>>,
}

/// Where a comment starts in a YAML line's `body`: a `#` after a space and
/// outside quotes (`certified   # see the portal`), not one inside a word
/// or a quoted value (`"#ISO27001"`).
fn comment_start(body: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (i, c) in body.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'') && matches!(previous, ' ' | ':' | '-') => {
                quote = Some(c);
            }
            None if c == '#' && previous.is_whitespace() && i > 0 => return Some(i),
            None => {}
        }
        previous = c;
    }
    None
}

/// Reads the line in `range` of `src` as YAML, or `None` when it is no
/// `key: value`, `key:` or `- value` line. Keys are words, or with
/// `free_keys`, any name a framework goes by ("ISO/IEC 27001", "CE+").
fn yaml_line(src: &str, range: Range<usize>, free_keys: bool) -> Option<YamlLine> {
    let line = src.get(range.clone())?.trim_end_matches(['\n', '\r']);
    let body = line.trim_start();
    let mut at = range.start + (line.len() - body.len());
    let indent = line.len() - body.len();
    let (item, body) = match body.strip_prefix("- ") {
        Some(rest) => {
            at += 2;
            (true, rest)
        }
        None => (false, body),
    };
    let (body, comment) = match comment_start(body) {
        Some(hash) => {
            let text = body[hash + 1..].trim();
            let start =
                at + hash + 1 + (body[hash + 1..].len() - body[hash + 1..].trim_start().len());
            (
                body[..hash].trim_end(),
                (!text.is_empty()).then(|| start..start + text.len()),
            )
        }
        None => (body, None),
    };
    let colon = body
        .find(": ")
        .or_else(|| body.ends_with(':').then(|| body.len() - 1));
    let key_is_word = |k: &str| {
        !k.is_empty()
            && k.len() <= 40
            && k.chars().all(|c| {
                c.is_alphanumeric()
                    || matches!(c, '_' | '-' | ' ' | '.')
                    || (free_keys && matches!(c, '/' | '+' | '(' | ')'))
            })
    };
    match colon {
        Some(c) if key_is_word(&body[..c]) => {
            let value = body[c + 1..].trim();
            let value_at = at + c + 1 + (body[c + 1..].len() - body[c + 1..].trim_start().len());
            let value = value.trim_matches('"').trim_matches('\'');
            let quote = usize::from(body[c + 1..].trim_start().starts_with(['"', '\'']));
            Some(YamlLine {
                indent,
                item,
                key: Some(at..at + c),
                value: (!value.is_empty())
                    .then(|| value_at + quote..value_at + quote + value.len()),
                comment,
            })
        }
        _ if item => Some(YamlLine {
            indent,
            item,
            key: None,
            value: Some(at..at + body.len()),
            comment,
        }),
        _ => None,
    }
}

/// True when `range` is YAML data: every line that is not blank or a comment
/// is a YAML line, at least two are `key: value` lines, every key is a
/// lowercase identifier, and something only data has shows: a key written
/// with an underscore, a nested or listed line, a `---` marker or a comment.
/// A `status.yml` pasted as it is qualifies; "Q: ... A: ..." or "Agent: ..."
/// lines of prose do not.
pub(super) fn is_yaml(src: &str, range: Range<usize>) -> bool {
    yaml_shape(src, range, false)
}

/// True when `range`, shown as YAML (a code block labelled `yaml`), is YAML
/// data: its label is the sign of data, so one `key: value` line is enough,
/// and keys may be names as people write them ("ISO/IEC 27001: certified").
pub(super) fn is_labelled_yaml(src: &str, range: Range<usize>) -> bool {
    yaml_shape(src, range, true)
}

fn yaml_shape(src: &str, range: Range<usize>, labelled: bool) -> bool {
    let Some(text) = src.get(range.clone()) else {
        return false;
    };
    let mut pairs = 0;
    let mut data_sign = labelled;
    let mut offset = range.start;
    for line in text.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('#') || trimmed == "---" {
            data_sign = true;
            continue;
        }
        let Some(l) = yaml_line(src, at..at + line.len(), labelled) else {
            return false;
        };
        data_sign |= l.indent > 0 || l.item || l.comment.is_some();
        if let Some(key) = l.key {
            let key = &src[key];
            if !labelled
                && !key.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '.')
                })
            {
                return false;
            }
            data_sign |= key.contains('_');
            pairs += 1;
        }
    }
    pairs >= if labelled { 1 } else { 2 } && data_sign
}

/// Reads YAML in `range` of `src` into units: each list item with the
/// deeper lines under it is one unit, a key over deeper `key: value` lines
/// names the unit they make, a key over a list is a title line, and any other
/// `key: value` line is a unit of its own.
pub(super) fn read_yaml(b: &mut Builder, range: Range<usize>) {
    let src = b.src;
    let Some(text) = src.get(range.clone()) else {
        return;
    };
    let mut lines: Vec<YamlLine> = Vec::new();
    let mut offset = range.start;
    for line in text.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        if let Some(l) = yaml_line(src, at..at + line.len(), true) {
            lines.push(l);
        }
    }
    b.flush(UnitKind::Paragraph);
    // The indentation of the item or named map the current unit gathers.
    let mut open: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        let deeper_next = lines.get(i + 1).filter(|n| {
            n.indent > line.indent || (n.item && !line.item && n.indent >= line.indent)
        });
        // "target: null" says nothing: no target, not a target.
        let null = line
            .value
            .as_ref()
            .is_some_and(|v| matches!(&src[v.clone()], "null" | "~" | "Null" | "NULL"));
        if null && line.key.is_some() && !line.item && deeper_next.is_none() {
            continue;
        }
        let continues = open.is_some_and(|o| line.indent > o && !line.item);
        if !continues {
            b.flush(UnitKind::Paragraph);
            open = None;
        } else {
            let at = line
                .key
                .as_ref()
                .or(line.value.as_ref())
                .map_or(0, |r| r.start);
            b.push_synthetic(PAIR_SEPARATOR, at..at);
        }
        if let Some(key) = &line.key {
            push_identifier(b, key.clone(), true);
        }
        match (&line.value, &line.key) {
            (Some(value), Some(key)) => {
                b.push_synthetic(": ", key.end..key.end);
                push_yaml_value(b, value.clone());
                push_comment(b, line.comment.clone());
            }
            (Some(value), None) => {
                push_yaml_value(b, value.clone());
                push_comment(b, line.comment.clone());
            }
            (None, Some(key)) => {
                // A key over a list is the list's title, and so is a plural
                // key over deeper pairs ("certifications:", "uk_schemes:"),
                // a collection whose every member speaks for itself; any
                // other key over deeper pairs names the unit they make
                // ("iso27001:" over "status: certified").
                if deeper_next.is_some_and(|n| n.item || names_a_collection(&src[key.clone()])) {
                    b.push_synthetic(":", key.end..key.end);
                    b.flush(UnitKind::Paragraph);
                    continue;
                }
                if deeper_next.is_some() {
                    b.set_kind(UnitKind::ListItem);
                    if open.is_none() {
                        open = Some(line.indent);
                    }
                }
                continue;
            }
            (None, None) => {}
        }
        if line.item {
            b.set_kind(UnitKind::ListItem);
            open = Some(line.indent);
        } else if open.is_none() {
            b.flush(UnitKind::Paragraph);
        }
    }
    b.flush(UnitKind::Paragraph);
}

/// True when a key is a plural noun, the name of a collection
/// ("certifications", "uk_schemes", "subprocessors"), not of one thing
/// ("iso27001", "status", "hetzner").
fn names_a_collection(key: &str) -> bool {
    let last = key.rsplit(['_', '-', ' ', '.']).next().unwrap_or(key);
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && !last.ends_with("is")
        && last.chars().all(|c| c.is_ascii_lowercase())
}

/// Pushes the comment after a value as an aside in brackets: "plus: no
/// (assessment planned for 2027)".
pub(super) fn push_comment(b: &mut Builder, comment: Option<Range<usize>>) {
    if let Some(range) = comment {
        b.push_synthetic(" (", range.start..range.start);
        b.push_source(range.clone());
        b.push_synthetic(")", range.end..range.end);
    }
}

/// Pushes a YAML scalar: `true` and `false` as "yes" and "no", an
/// identifier's underscores as spaces.
pub(super) fn push_yaml_value(b: &mut Builder, range: Range<usize>) {
    let Some(value) = b.src.get(range.clone()) else {
        return;
    };
    match value {
        "true" | "yes" => b.push_synthetic("yes", range),
        "false" | "no" => b.push_synthetic("no", range),
        v if !v.contains(' ') && v.contains('_') => push_identifier(b, range, false),
        _ => b.push_source(range),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units_of_json(src: &str) -> Vec<String> {
        let mut b = Builder::new(src);
        let (_, json) = json_start(src, 0..src.len()).expect("JSON");
        read_json(&mut b, json);
        b.units.into_iter().map(|u| u.text).collect()
    }

    fn units_of_yaml(src: &str) -> Vec<String> {
        let mut b = Builder::new(src);
        read_yaml(&mut b, 0..src.len());
        b.units.into_iter().map(|u| u.text).collect()
    }

    #[test]
    fn json_objects_are_lines_of_labels_and_values() {
        assert_eq!(
            units_of_json(
                r#"{"org":"northwind","frameworks":[{"id":"cyber_essentials","state":"certified"},{"id":"iso42001","state":"in_progress"}]}"#
            ),
            [
                "org: northwind",
                "frameworks:",
                "id: cyber essentials \u{b7} state: certified",
                "id: iso42001 \u{b7} state: in progress",
            ]
        );
        assert_eq!(
            units_of_json(r#"{"iso_27001":{"certified":true,"since":"2025"}}"#),
            ["iso 27001 \u{b7} certified: yes \u{b7} since: 2025"]
        );
        // JSON-LD's own keys are left out.
        assert_eq!(
            units_of_json(
                r#"{"@context":"https://schema.org","hasCredential":[{"@type":"X","name":"SOC 2 Type II"}]}"#
            ),
            ["certification held:", "name: SOC 2 Type II"]
        );
    }

    #[test]
    fn each_character_maps_back_to_the_data() {
        let src = r#"{"status":"in_progress"}"#;
        let mut b = Builder::new(src);
        let (_, json) = json_start(src, 0..src.len()).unwrap();
        read_json(&mut b, json);
        let unit = &b.units[0];
        let at = unit.text.find("in progress").unwrap();
        assert_eq!(
            &src[unit.original(at..at + "in progress".len())],
            "in_progress"
        );
    }

    #[test]
    fn schema_org_credentials_say_whose_they_are() {
        // An organisation's certification is labelled with its holder, who
        // may be a supplier; its status URL is read as a word.
        let src = r#"{"@type":"Place","name":"Equinix LD8","hasCertification":{"@type":"Certification","name":"ISO/IEC 27001","certificationStatus":"https://schema.org/CertificationInactive","certificationIdentification":"IS 1"}}"#;
        assert_eq!(
            units_of_json(src),
            [
                "name: Equinix LD8",
                "Equinix LD8: name: ISO/IEC 27001 \u{b7} status: expired \u{b7} certificate number: IS 1"
            ]
        );
        // A person's credential is a qualification, and topics are no claim.
        let src = r#"{"@type":"Person","knowsAbout":["ISO/IEC 42001"],"hasCredential":{"name":"ISO/IEC 42001 Lead Implementer"}}"#;
        assert_eq!(
            units_of_json(src),
            ["qualification held \u{b7} name: ISO/IEC 42001 Lead Implementer"]
        );
        // With no name to hold it, a credential is labelled as held.
        let src = r#"{"hasCredential":{"name":"Cyber Essentials"}}"#;
        assert_eq!(
            units_of_json(src),
            ["certification held \u{b7} name: Cyber Essentials"]
        );
    }

    #[test]
    fn text_that_is_not_json_is_left_alone() {
        for text in [
            "{ we hold ISO 27001 }",
            "[draft] ISO 27001",
            "{\"a\": 1",
            "{\"a\": 1} and more",
        ] {
            assert!(json_start(text, 0..text.len()).is_none(), "{text}");
        }
        // A request line before the data is prose; the data starts at its brace.
        let text = "GET /trust\n200 OK\n{\"soc2\": \"available\"}";
        assert_eq!(json_start(text, 0..text.len()).map(|(at, _)| at), Some(18));
    }

    #[test]
    fn a_null_value_says_nothing() {
        assert_eq!(
            units_of_yaml("- framework: ISO/IEC 27001\n  status: certified\n  target: null\n"),
            ["framework: ISO/IEC 27001 \u{b7} status: certified"]
        );
        assert_eq!(
            units_of_yaml("iso27001:\n  target: ~\n  status: in_progress\n"),
            ["iso27001 \u{b7} status: in progress"]
        );
    }

    #[test]
    fn yaml_comments_are_asides_and_plural_keys_are_titles() {
        assert_eq!(
            units_of_yaml(
                "uk_schemes:\n  cyber_essentials: yes # renewed May\n  g_cloud: listed\n"
            ),
            [
                "uk schemes:",
                "cyber essentials: yes (renewed May)",
                "g cloud: listed"
            ]
        );
        // A singular key names the unit its pairs make.
        assert_eq!(
            units_of_yaml("iso27001:\n  status: certified\n  body: BSI\n"),
            ["iso27001 \u{b7} status: certified \u{b7} body: BSI"]
        );
        // A hash inside a word or a quoted value opens no comment.
        assert_eq!(
            units_of_yaml("tags: \"#ISO27001\"\nref: a#b\n"),
            ["tags: #ISO27001", "ref: a#b"]
        );
        assert!(names_a_collection("certifications") && names_a_collection("uk_schemes"));
        assert!(
            !names_a_collection("status")
                && !names_a_collection("hetzner")
                && !names_a_collection("iso27001")
        );
    }

    #[test]
    fn yaml_labelled_as_such_needs_less_to_be_data() {
        let src = "ISO/IEC 27001: certified";
        assert!(is_labelled_yaml(src, 0..src.len()));
        assert!(!is_yaml(src, 0..src.len()));
        let prose = "We hold ISO 27001 and are proud of it.";
        assert!(!is_labelled_yaml(prose, 0..prose.len()));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let text = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(json_start(&text, 0..text.len()).is_none());
    }

    #[test]
    fn yaml_items_and_maps_are_one_line_each() {
        assert_eq!(
            units_of_yaml(
                "title: Security at Northwind\ncertifications:\n  - name: Cyber Essentials\n    status: certified\n  - name: ISO/IEC 27001\n    status: in_progress\n"
            ),
            [
                "title: Security at Northwind",
                "certifications:",
                "name: Cyber Essentials \u{b7} status: certified",
                "name: ISO/IEC 27001 \u{b7} status: in progress",
            ]
        );
        assert_eq!(
            units_of_yaml("iso_27001:\n  certified: true\n  since: 2025\nowner: Maya\n"),
            [
                "iso 27001 \u{b7} certified: yes \u{b7} since: 2025",
                "owner: Maya"
            ]
        );
    }

    #[test]
    fn only_data_is_yaml() {
        let yaml = "product: Sprout app\ncyber_essentials: in progress\n";
        assert!(is_yaml(yaml, 0..yaml.len()));
        for prose in [
            "Note: we hold ISO 27001.\nWe renew it every year.",
            "ISO 27001: certified",
            "Q: What certifications do you hold?\nA: ISO 27001.",
            "status: certified\nowner: Maya",
        ] {
            assert!(!is_yaml(prose, 0..prose.len()), "{prose}");
        }
    }
}
