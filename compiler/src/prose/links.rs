//! Reads the words of a link as part of the sentence they stand in.
//!
//! "Harbour is [SOC 2](https://example.com/soc2) certified": a buyer reads
//! "Harbour is SOC 2 certified". The Markdown reader drops the link's target,
//! but the facts and wording read from the raw text around a name (the word
//! right after it, a certificate's number after a colon) would meet the
//! target between the name and what is said of it. So the brackets and the
//! target of an inline link are blanked to spaces, at the same length, before
//! the page is read; what is said after the link on its line is then next to
//! the link's words. A link that ends its line keeps its markup (trailing
//! spaces would make a Markdown line break), and so does an image, whose alt
//! text is a badge.

use std::borrow::Cow;

use crate::prose::ProseFormat;

/// `text` with the markup of each inline Markdown link that more words
/// follow on its line blanked to spaces.
pub fn blank_link_markup(text: &str, format: ProseFormat) -> Cow<'_, str> {
    if format != ProseFormat::Markdown || !text.contains("](") {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut blanks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some((label_end, target_end)) = inline_link_at(bytes, i) {
            blanks.push(i..i + 1);
            blanks.push(label_end..target_end);
            i = target_end;
        } else {
            i += 1;
        }
    }
    if blanks.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = bytes.to_vec();
    for range in blanks {
        out[range].fill(b' ');
    }
    // Only ASCII bytes were blanked, so the text stays UTF-8.
    String::from_utf8(out).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// When an inline link `[label](target)` opens at `at` (not an image, not an
/// escaped bracket) and words follow it on its line: the offset of its `]`
/// and the offset just past its `)`.
fn inline_link_at(bytes: &[u8], at: usize) -> Option<(usize, usize)> {
    if bytes[at] != b'[' || at > 0 && matches!(bytes[at - 1], b'!' | b'\\') {
        return None;
    }
    let label_len = bytes[at + 1..]
        .iter()
        .position(|&b| matches!(b, b']' | b'[' | b'\n'))?;
    let label_end = at + 1 + label_len;
    if label_len == 0 || bytes[label_end] != b']' || bytes.get(label_end + 1) != Some(&b'(') {
        return None;
    }
    let target_len = bytes[label_end + 2..]
        .iter()
        .position(|&b| matches!(b, b')' | b'(' | b'\n' | b' '))?;
    let close = label_end + 2 + target_len;
    if bytes[close] != b')' {
        return None;
    }
    let rest = &bytes[close + 1..];
    let line = &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())];
    line.iter()
        .any(|b| !b.is_ascii_whitespace())
        .then_some((label_end, close + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blank(text: &str) -> String {
        blank_link_markup(text, ProseFormat::Markdown).into_owned()
    }

    #[test]
    fn a_link_inside_a_sentence_loses_its_markup_at_the_same_length() {
        let text = "Harbour is [SOC 2](https://example.com/soc2) certified.";
        let got = blank(text);
        assert_eq!(got.len(), text.len());
        assert_eq!(
            got.split_whitespace().collect::<Vec<_>>(),
            ["Harbour", "is", "SOC", "2", "certified."]
        );
        assert_eq!(&got[12..17], "SOC 2");
    }

    #[test]
    fn images_escapes_links_ending_their_line_and_other_formats_stay() {
        for text in [
            "![ISO 27001 badge](badge.png) on the page",
            "\\[ISO 27001](x) is text",
            "See [ISO 27001](https://example.com/iso)\nnext line",
            "[broken](no close",
        ] {
            assert_eq!(blank(text), text);
        }
        let text = "Harbour is [SOC 2](https://example.com/soc2) certified.";
        assert_eq!(blank_link_markup(text, ProseFormat::Html), text);
    }
}
