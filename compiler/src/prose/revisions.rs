//! Reads a text with tracked changes as it stands after them.
//!
//! A redline, a unified diff or a before-and-after pair shows two versions of
//! the same words, and only the new one is what the organisation now says:
//! "The Supplier [deleted: is certified to ISO/IEC 27001 and] holds a current
//! Cyber Essentials certificate" claims Cyber Essentials alone, and in
//!
//! ```text
//! -We are NIST AI RMF certified.
//! +We follow the NIST AI RMF.
//! ```
//!
//! the first line is withdrawn. So the old version is cut out, and the marks
//! that say which is which ("[inserted:", a diff's `+`, its headers) with it;
//! [`Revised::map_back`] then moves every range the reader found back to the
//! text as written, so diagnostics land on the words themselves. (Cutting
//! rather than blanking keeps runs of spaces, which the reader takes for
//! columns, out of the text. Struck-through Markdown and HTML `<del>`/`<s>`
//! are left out by the extractor already.)

use std::borrow::Cow;
use std::ops::Range;

use crate::prose::{Mention, ProseFormat};

/// Bracket marks of a tracked deletion: "[deleted: ...]".
const DELETION_MARKS: &[&str] = &["[deleted:", "[removed:", "[deletion:", "[del:"];

/// Bracket marks of a tracked insertion: "[inserted: ...]".
const INSERTION_MARKS: &[&str] = &["[inserted:", "[added:", "[insertion:", "[ins:"];

/// Labels of the old and the new version of a before-and-after pair.
const OLD_LABELS: &[&str] = &["before:", "old:", "was:", "previously:"];
const NEW_LABELS: &[&str] = &["after:", "new:", "now:"];

/// A text as it stands after its tracked changes, with the byte ranges of
/// the original that were cut from it.
pub struct Revised<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    /// Cut ranges of the original text, sorted and apart.
    cut: Vec<Range<usize>>,
}

impl Revised<'_> {
    /// The revised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Moves the ranges of mentions read from the revised text back to the
    /// original text.
    pub fn map_back(&self, mentions: &mut [Mention]) {
        if self.cut.is_empty() {
            return;
        }
        let range =
            |r: &Range<usize>| self.start(r.start)..self.end(r.end).max(self.start(r.start));
        // A phrase read across a cut ("ISO 27001: [deleted: ...] certified"
        // read as ": certified") is shown from its first words after the
        // cut, never with the old words inside it.
        let words = |r: &Range<usize>| {
            let whole = range(r);
            let last_cut = self
                .cut
                .iter()
                .rfind(|c| whole.start <= c.start && c.end <= whole.end);
            match last_cut {
                Some(c) if c.end < whole.end => {
                    let gap = self.original[c.end..whole.end].len()
                        - self.original[c.end..whole.end].trim_start().len();
                    c.end + gap..whole.end
                }
                _ => whole,
            }
        };
        for m in mentions {
            m.span = range(&m.span);
            m.sentence = range(&m.sentence);
            m.phrase = m.phrase.as_ref().map(words);
            if let Some((_, r)) = &mut m.also {
                *r = words(r);
            }
        }
    }

    /// The original offset of a start: after any cut that begins there.
    fn start(&self, at: usize) -> usize {
        let mut original = at;
        for cut in &self.cut {
            if cut.start <= original {
                original += cut.len();
            } else {
                break;
            }
        }
        original
    }

    /// The original offset of an end: before any cut that begins there.
    fn end(&self, at: usize) -> usize {
        let mut original = at;
        for cut in &self.cut {
            if cut.start < original {
                original += cut.len();
            } else {
                break;
            }
        }
        original
    }
}

/// The text as it stands after its tracked changes (the text itself when it
/// has none).
pub fn as_revised(text: &str, format: ProseFormat) -> Revised<'_> {
    let mut cut: Vec<Range<usize>> = Vec::new();
    bracket_marks(text, &mut cut);
    before_lines(text, &mut cut);
    match format {
        ProseFormat::Markdown => diff_fences(text, &mut cut),
        ProseFormat::Text | ProseFormat::Html => {
            if is_diff_lines(text, &lines(text, 0..text.len())) {
                diff_lines(text, &lines(text, 0..text.len()), &mut cut);
            }
        }
    }
    if cut.is_empty() {
        return Revised {
            original: text,
            text: Cow::Borrowed(text),
            cut,
        };
    }
    cut.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in cut {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    let mut revised = String::with_capacity(text.len());
    let mut at = 0;
    for r in &merged {
        revised.push_str(&text[at..r.start]);
        at = r.end;
    }
    revised.push_str(&text[at..]);
    Revised {
        original: text,
        text: Cow::Owned(revised),
        cut: merged,
    }
}

/// The text with the old words of its tracked changes (and their marks)
/// blanked to spaces: the same length as the text, so a range found in it is
/// a range of the text, for those who look again at the words around a claim.
pub fn blanked(text: &str, format: ProseFormat) -> Cow<'_, str> {
    let revised = as_revised(text, format);
    if revised.cut.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for cut in &revised.cut {
        for b in &mut bytes[cut.clone()] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
    }
    // Cuts fall on character boundaries, so the bytes stay UTF-8.
    String::from_utf8(bytes).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The lines of `range`, each as its byte range without the line break.
fn lines(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let end = at + line.trim_end_matches(['\n', '\r']).len();
        out.push(at..end);
        at += line.len();
    }
    out
}

/// "[deleted: old words]" is blanked whole; "[inserted: new words]" keeps its
/// words and loses its marks.
fn bracket_marks(text: &str, blank: &mut Vec<Range<usize>>) {
    let lower = text.to_ascii_lowercase();
    for (marks, keep_words) in [(DELETION_MARKS, false), (INSERTION_MARKS, true)] {
        for mark in marks {
            let mut from = 0;
            while let Some(found) = lower[from..].find(mark) {
                let open = from + found;
                let Some(close) = text[open..].find(']').map(|c| open + c) else {
                    break;
                };
                if keep_words {
                    blank.push(open..open + mark.len());
                    blank.push(close..close + 1);
                } else {
                    blank.push(open..close + 1);
                }
                from = close + 1;
            }
        }
    }
}

/// "Before: ..." over "After: ...": the line of the old version is blanked
/// when a line of the new one follows.
fn before_lines(text: &str, blank: &mut Vec<Range<usize>>) {
    let all = lines(text, 0..text.len());
    let opens = |line: &Range<usize>, labels: &[&str]| {
        let words = text[line.clone()]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '-' || c == '>')
            .to_ascii_lowercase();
        labels.iter().any(|label| words.starts_with(label))
    };
    for (i, line) in all.iter().enumerate() {
        if opens(line, OLD_LABELS) && all[i + 1..].iter().take(3).any(|l| opens(l, NEW_LABELS)) {
            blank.push(line.clone());
        }
    }
}

/// True when the lines are a diff: every line that is not blank opens with a
/// diff's mark or header, and some line is added and some removed (or a hunk
/// header says so).
fn is_diff_lines(text: &str, lines: &[Range<usize>]) -> bool {
    let mut added = false;
    let mut removed = false;
    let mut hunk = false;
    for line in lines {
        let line = &text[line.clone()];
        if line.trim().is_empty() {
            continue;
        }
        if is_header(line) {
            hunk |= line.starts_with("@@");
            continue;
        }
        match line.as_bytes()[0] {
            // "+44 20 7946 0000" is a telephone number, not a line added.
            b'+' if line[1..].starts_with(|c: char| c.is_ascii_digit()) => return false,
            b'+' => added = true,
            b'-' => removed = true,
            b' ' => {}
            _ => return false,
        }
    }
    (added && removed) || (hunk && (added || removed))
}

/// A line of a diff's own bookkeeping: file names, hunk headers, commit
/// lines.
fn is_header(line: &str) -> bool {
    [
        "@@",
        "+++ ",
        "--- ",
        "diff --git",
        "index ",
        "commit ",
        "Author:",
        "Date:",
        "new file mode",
    ]
    .iter()
    .any(|h| line.starts_with(h))
}

/// Blanks what a diff removes: its headers, its removed lines and the mark of
/// every other line.
fn diff_lines(text: &str, lines: &[Range<usize>], blank: &mut Vec<Range<usize>>) {
    for line in lines {
        let body = &text[line.clone()];
        if body.trim().is_empty() {
            continue;
        }
        if is_header(body) || body.starts_with('-') {
            // The whole line goes, its line break too.
            let end = text[line.end..]
                .find('\n')
                .map_or(text.len(), |n| line.end + n + 1);
            blank.push(line.start..end);
        } else if body.starts_with(['+', ' ']) {
            blank.push(line.start..line.start + 1);
        }
    }
}

/// A Markdown fence of a diff (```` ```diff ````): its fences and what it
/// removes are blanked, so what it adds is read as part of the page.
fn diff_fences(text: &str, blank: &mut Vec<Range<usize>>) {
    let all = lines(text, 0..text.len());
    let mut i = 0;
    while i < all.len() {
        let line = text[all[i].clone()].trim_start();
        let info = line.trim_start_matches('`').trim().to_ascii_lowercase();
        if line.starts_with("```") && matches!(info.as_str(), "diff" | "patch") {
            let close =
                (i + 1..all.len()).find(|&j| text[all[j].clone()].trim_start().starts_with("```"));
            let end = close.unwrap_or(all.len());
            blank.push(all[i].clone());
            diff_lines(text, &all[i + 1..end], blank);
            if let Some(c) = close {
                blank.push(all[c].clone());
            }
            i = end + 1;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn revised(text: &str, format: ProseFormat) -> String {
        as_revised(text, format).text().to_owned()
    }

    #[test]
    fn tracked_deletions_go_and_insertions_stay() {
        assert_eq!(
            revised(
                "The Supplier [deleted: is certified to ISO/IEC 27001 and] holds Cyber Essentials[inserted: , renewed yearly].",
                ProseFormat::Text
            ),
            "The Supplier  holds Cyber Essentials , renewed yearly."
        );
    }

    #[test]
    fn a_diff_keeps_its_added_and_unchanged_lines() {
        let diff = "--- a/trust.md\n+++ b/trust.md\n@@ -1,2 +1,2 @@\n Security\n-We are ISO 27001 certified.\n+We are working towards ISO 27001.";
        assert_eq!(
            revised(diff, ProseFormat::Text),
            "Security\nWe are working towards ISO 27001."
        );
        let fenced = "Change:\n```diff\n-- ISO 42001: planned\n+- ISO 42001: certified\n```\n";
        assert_eq!(
            revised(fenced, ProseFormat::Markdown),
            "Change:\n\n- ISO 42001: certified\n\n"
        );
        // Near misses: a list and a telephone number are no diff.
        let list = "- ISO 27001 certified\n- Cyber Essentials";
        assert_eq!(revised(list, ProseFormat::Text), list);
        let footer = "- ISO 27001 certified\n+44 20 7946 0000";
        assert_eq!(revised(footer, ProseFormat::Text), footer);
    }

    #[test]
    fn a_before_line_goes_when_an_after_line_follows() {
        assert_eq!(
            revised(
                "Before: ISO 27001 certified\nAfter: ISO 27001 in progress",
                ProseFormat::Text
            ),
            "\nAfter: ISO 27001 in progress"
        );
        let alone = "Before: you sign, read our ISO 27001 certificate.";
        assert_eq!(revised(alone, ProseFormat::Text), alone);
    }

    #[test]
    fn ranges_found_in_the_revised_text_point_into_the_original() {
        let text = "ISO 27001: [deleted: lapsed] [inserted: certified]";
        let found = crate::prose::find_mentions(
            text,
            ProseFormat::Text,
            &crate::prose::corpus::test_aliases(),
        );
        assert_eq!(found[0].status, Some(crate::prose::ClaimedStatus::Achieved));
        let phrase = found[0].phrase.clone().unwrap();
        assert_eq!(&text[phrase], "certified");
        assert_eq!(&text[found[0].span.clone()], "ISO 27001");
        let blanked = blanked(text, ProseFormat::Text);
        assert_eq!(blanked.len(), text.len());
        assert!(!blanked.contains("lapsed"));
    }
}
