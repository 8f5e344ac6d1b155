//! Reads configuration files that carry an organisation's compliance data
//! (INI and TOML sections, `.env` and `.properties` lines, Terraform tags,
//! Dockerfile labels) as the label-and-value lines a page would show.
//!
//! `ISO27001_STATUS=certified` says what "ISO27001 status: certified" says,
//! and `[certifications.iso42001]` over `status = "in_progress"` says what a
//! YAML map says. So each `key = value` line becomes a unit "key: value"
//! (names written as words: underscores and dots as spaces, `true` as
//! "yes"), a section header names the unit its lines make, and a comment
//! after a value is an aside. Every character maps back to the bytes it
//! came from, so a diagnostic points into the file.
//!
//! A text is read this way only when every line is configuration (a pair,
//! a section, a comment, a brace, a Dockerfile instruction) and at least two
//! are pairs; one pair is enough in a code block labelled with such a
//! language. Anything else is read as prose, as before.

use std::ops::Range;

use crate::prose::structured;
use crate::prose::units::{Builder, UnitKind};

/// The code-block languages whose text is read here.
pub const LANGUAGES: &[&str] = &[
    "toml",
    "ini",
    "cfg",
    "conf",
    "env",
    "dotenv",
    "properties",
    "hcl",
    "terraform",
    "tf",
    "dockerfile",
];

/// One line of a configuration file.
enum ConfigLine {
    /// `[section]` or `[[array.of.tables]]`: the range of its name.
    Section(Range<usize>),
    /// `key = value`: the ranges of the key, the value (quotes off) and of
    /// a comment after it.
    Pair {
        key: Range<usize>,
        value: Option<Range<usize>>,
        comment: Option<Range<usize>>,
    },
    /// A comment, a blank line, a brace or an instruction with nothing to
    /// read (`FROM python:3.12`).
    Other,
}

/// Dockerfile instructions whose arguments are `key=value` pairs.
const PAIR_INSTRUCTIONS: &[&str] = &["LABEL", "ENV", "ARG"];

/// Other Dockerfile instructions, read as nothing.
const OTHER_INSTRUCTIONS: &[&str] = &[
    "FROM",
    "RUN",
    "CMD",
    "COPY",
    "ADD",
    "WORKDIR",
    "EXPOSE",
    "USER",
    "ENTRYPOINT",
    "VOLUME",
];

fn is_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 64
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
}

/// The line in `range` of `src`, or `None` when it is not configuration.
fn config_line(src: &str, range: Range<usize>) -> Option<ConfigLine> {
    let line = src.get(range.clone())?.trim_end_matches(['\n', '\r']);
    let body = line.trim();
    let at = range.start + (line.len() - line.trim_start().len());
    if body.is_empty()
        || body.starts_with(['#', ';'])
        || body.starts_with("//")
        || matches!(body, "{" | "}" | "]" | "}," | "],")
    {
        return Some(ConfigLine::Other);
    }
    if body.starts_with('[') && body.ends_with(']') && !body.contains('=') {
        let name = body.trim_matches(['[', ']']).trim();
        let start = at + body.find(name)?;
        return is_key(name).then(|| ConfigLine::Section(start..start + name.len()));
    }
    let first = body.split_whitespace().next().unwrap_or("");
    if OTHER_INSTRUCTIONS.contains(&first) {
        return Some(ConfigLine::Other);
    }
    // `LABEL org.example.compliance="ISO 27001"`: the pair after the word.
    let (body, at) = match PAIR_INSTRUCTIONS.contains(&first) {
        true => {
            let rest = body[first.len()..].trim_start();
            (rest, at + (body.len() - rest.len()))
        }
        false => (body, at),
    };
    // A Terraform block opener: `resource "aws_s3_bucket" "logs" {`,
    // `tags = {`.
    if body.ends_with('{') {
        return Some(ConfigLine::Other);
    }
    let eq = body.find('=')?;
    if body[eq..].starts_with("==") {
        return None;
    }
    let key = body[..eq].trim_end().trim_matches('"');
    if !is_key(key) {
        return None;
    }
    let key_start = at + body.find(key)?;
    let mut rest = &body[eq + 1..];
    let mut comment = None;
    if let Some(hash) = comment_start(rest) {
        let text = rest[hash + 1..].trim();
        if !text.is_empty() {
            let start = at
                + eq
                + 1
                + hash
                + 1
                + (rest[hash + 1..].len() - rest[hash + 1..].trim_start().len());
            comment = Some(start..start + text.len());
        }
        rest = &rest[..hash];
    }
    let value = rest.trim().trim_end_matches(',');
    let offset = at + eq + 1 + (rest.len() - rest.trim_start().len());
    let quoted = value.len() >= 2 && value.starts_with(['"', '\'']) && value.ends_with(['"', '\'']);
    let (value, offset) = if quoted {
        (&value[1..value.len() - 1], offset + 1)
    } else {
        (value, offset)
    };
    Some(ConfigLine::Pair {
        key: key_start..key_start + key.len(),
        value: (!value.is_empty()).then(|| offset..offset + value.len()),
        comment,
    })
}

/// Where a comment starts after a value: `#` or `;` after a space, outside
/// quotes.
fn comment_start(value: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (i, c) in value.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'') => quote = Some(c),
            None if matches!(c, '#' | ';') && previous.is_whitespace() => return Some(i),
            None => {}
        }
        previous = c;
    }
    None
}

/// True when `range` of `src` is a configuration file: every line is one,
/// and at least two are pairs (one, when `labelled` by its code block).
pub fn is_config(src: &str, range: Range<usize>, labelled: bool) -> bool {
    let Some(text) = src.get(range.clone()) else {
        return false;
    };
    let mut pairs = 0;
    let mut offset = range.start;
    for line in text.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        match config_line(src, at..at + line.len()) {
            None => return false,
            Some(ConfigLine::Pair { .. }) => pairs += 1,
            Some(_) => {}
        }
    }
    pairs >= if labelled { 1 } else { 2 }
}

/// Reads the configuration in `range` of `src` into units: each pair a unit
/// of its own, named by the section it stands in.
pub fn read_config(b: &mut Builder, range: Range<usize>) {
    let src = b.src;
    let Some(text) = src.get(range.clone()) else {
        return;
    };
    b.flush(UnitKind::Paragraph);
    let mut section: Option<Range<usize>> = None;
    let mut offset = range.start;
    for line in text.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        match config_line(src, at..at + line.len()) {
            Some(ConfigLine::Section(name)) => section = Some(name),
            Some(ConfigLine::Pair {
                key,
                value,
                comment,
            }) => {
                if let Some(name) = &section {
                    push_name(b, name.clone());
                    b.push_synthetic(" \u{b7} ", key.start..key.start);
                }
                push_name(b, key.clone());
                b.push_synthetic(": ", key.end..key.end);
                if let Some(value) = value {
                    structured::push_yaml_value(b, value);
                }
                structured::push_comment(b, comment);
                b.flush(UnitKind::ListItem);
            }
            _ => {}
        }
    }
    b.flush(UnitKind::Paragraph);
}

/// Pushes a key or a section's name as words: dots, slashes and underscores
/// as spaces ("compliance.iso_27001" is "compliance iso 27001").
fn push_name(b: &mut Builder, range: Range<usize>) {
    let Some(text) = b.src.get(range.clone()) else {
        return;
    };
    for (i, c) in text.char_indices() {
        let at = range.start + i;
        let spans = at..at + c.len_utf8();
        if matches!(c, '_' | '.' | '/') {
            b.push_char(' ', spans);
        } else {
            b.push_char(c, spans);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(src: &str) -> Vec<String> {
        let mut b = Builder::new(src);
        read_config(&mut b, 0..src.len());
        b.units.into_iter().map(|u| u.text).collect()
    }

    #[test]
    fn pairs_become_labels_and_values() {
        let env = "# compliance\nISO27001_STATUS=certified\nSOC2_REPORT=\"type_2\" # on request\n";
        assert!(is_config(env, 0..env.len(), false));
        assert_eq!(
            units(env),
            [
                "ISO27001 STATUS: certified",
                "SOC2 REPORT: type 2 (on request)"
            ]
        );
        let toml = "[certifications.iso42001]\nstatus = \"in_progress\"\nbody = \"BSI\"\n";
        assert!(is_config(toml, 0..toml.len(), false));
        assert_eq!(
            units(toml),
            [
                "certifications iso42001 \u{b7} status: in progress",
                "certifications iso42001 \u{b7} body: BSI"
            ]
        );
        let docker = "FROM python:3.12\nLABEL org.keel.compliance=\"ISO 27001 certified\"\nLABEL org.keel.owner=\"security\"\n";
        assert!(is_config(docker, 0..docker.len(), false));
        assert_eq!(units(docker)[0], "org keel compliance: ISO 27001 certified");
    }

    #[test]
    fn prose_and_code_are_not_configuration() {
        for text in [
            "We hold ISO 27001 = certified by BSI.\nAsk us for the certificate.",
            "if status == \"certified\":\n    print(status)",
            "status = certified",
            "Our status:\nISO27001=certified\nand more to come",
        ] {
            assert!(!is_config(text, 0..text.len(), false), "{text}");
        }
        let one = "soc2 = \"report available\"";
        assert!(is_config(one, 0..one.len(), true));
    }
}
