//! Reads a form's radio buttons as the answer they give. A survey or a
//! supplier form prints every option with a marker, and only the filled one
//! is the answer: "Do you hold CE+? (•) Yes ( ) No ( ) In progress" answers
//! "Yes", and "( ) Certified (•) In progress ( ) Planned" says "in progress".
//! The options not chosen are words the form offers, not words the
//! organisation says, so they are blanked before the page is read.
//!
//! Round buttons are read here wherever they stand ("( )", "(•)", "(x)", "○",
//! "●"). Square tick boxes usually list what is held and keep their own
//! reading (`claims`), where an empty box names a framework without claiming
//! it; they are read here only where the options they mark are answers
//! ("Certified to ISO 27001?  [X] Yes  [ ] No"), which name nothing.

use std::borrow::Cow;

/// Markers of an option not chosen.
const EMPTY: &[&str] = &["( )", "(  )", "\u{25cb}", "\u{25ef}"];

/// Markers of the option chosen.
const FILLED: &[&str] = &[
    "(\u{2022})",
    "(x)",
    "(X)",
    "(*)",
    "(\u{2713})",
    "(\u{2714})",
    "(\u{25cf})",
    "\u{25cf}",
    "\u{25c9}",
];

/// Square tick boxes, empty and ticked, read as options only where they mark
/// answers.
const SQUARE_EMPTY: &[&str] = &["[ ]", "\u{2610}"];
const SQUARE_FILLED: &[&str] = &[
    "[x]",
    "[X]",
    "[\u{2713}]",
    "[\u{2714}]",
    "\u{2611}",
    "\u{2612}",
];

/// The options a square box may mark to be read as a choice: answers to a
/// question, never the name of a thing held.
const ANSWERS: &[&str] = &[
    "yes",
    "no",
    "y",
    "n",
    "n/a",
    "na",
    "not applicable",
    "partially",
    "partial",
    "unsure",
    "don't know",
    "unknown",
];

/// What stands in a marker's place.
const ZERO_WIDTH_SPACE: &str = "\u{200b}";

/// A marker found in the text: where it starts and ends, and whether it is
/// the chosen one.
struct Marker {
    start: usize,
    end: usize,
    filled: bool,
}

/// The text with every option not chosen blanked (each byte of it a space,
/// so that every offset still points at the same place), and the markers of
/// the chosen ones too; the text as it is when it offers no choice. A form
/// with options and none chosen says none of them.
pub fn blank_unchosen(text: &str) -> Cow<'_, str> {
    let markers = markers(text);
    let chosen = markers.iter().filter(|m| m.filled).count();
    let offered = markers.len() - chosen;
    // A choice needs options not chosen beside it, or two options at least
    // when none is chosen (then the form says nothing).
    if offered == 0 || (chosen == 0 && offered < 2) {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for (i, m) in markers.iter().enumerate() {
        // An option runs from its marker to the next marker or the end of
        // its line.
        let line_end = text[m.end..].find('\n').map_or(text.len(), |p| m.end + p);
        let next = markers.get(i + 1).map_or(text.len(), |n| n.start);
        let end = if m.filled { m.end } else { line_end.min(next) };
        for b in &mut bytes[m.start..end] {
            *b = b' ';
        }
        if m.filled {
            // The chosen marker's place keeps a zero-width space (every
            // marker is three bytes or more), so that its line, now indented,
            // is no code block to a Markdown reader.
            bytes[m.start..m.start + ZERO_WIDTH_SPACE.len()]
                .copy_from_slice(ZERO_WIDTH_SPACE.as_bytes());
        } else if end == line_end && line_end < text.len() {
            // An option not chosen on a line of its own leaves no empty line
            // behind, which would end the paragraph: the line joins the next.
            let line_start = text[..m.start].rfind('\n').map_or(0, |p| p + 1);
            if text[line_start..m.start].trim().is_empty() {
                bytes[line_end] = b' ';
            }
        }
    }
    // Whole characters were replaced byte by byte, with spaces or a whole
    // character, so the bytes are still UTF-8.
    Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned()))
}

/// The option markers of `text`, in order: round buttons, and square boxes
/// that mark answers.
fn markers(text: &str) -> Vec<Marker> {
    let mut out = round_markers(text);
    out.extend(answer_boxes(text));
    out.sort_by_key(|m| m.start);
    out
}

/// The square boxes of `text` whose options are all answers ("[X] Yes [ ]
/// No"); none when any box marks something else, which is a list of what is
/// held.
fn answer_boxes(text: &str) -> Vec<Marker> {
    let boxes = find_markers(text, SQUARE_EMPTY, SQUARE_FILLED);
    let answers_only = boxes.iter().enumerate().all(|(i, m)| {
        let line_end = text[m.end..].find('\n').map_or(text.len(), |p| m.end + p);
        let next = boxes.get(i + 1).map_or(text.len(), |n| n.start);
        let option = text[m.end..line_end.min(next)]
            .trim()
            .trim_end_matches(['.', ',', ';'])
            .to_lowercase();
        ANSWERS.contains(&option.as_str())
    });
    if answers_only { boxes } else { Vec::new() }
}

/// The round option markers of `text`, in order.
fn round_markers(text: &str) -> Vec<Marker> {
    find_markers(text, EMPTY, FILLED)
}

/// The markers of `text` from the lists given, in order.
fn find_markers(text: &str, empty: &[&str], filled: &[&str]) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let found = empty
            .iter()
            .map(|m| (m, false))
            .chain(filled.iter().map(|m| (m, true)))
            .find(|(m, _)| rest.starts_with(**m));
        match found {
            Some((m, filled)) => {
                out.push(Marker {
                    start: at,
                    end: at + m.len(),
                    filled,
                });
                at += m.len();
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        text.split(|c: char| c.is_whitespace() || c == '\u{200b}')
            .filter(|w| !w.is_empty())
            .collect()
    }

    #[test]
    fn options_not_chosen_are_blanked_and_offsets_kept() {
        let text = "Do you hold CE+? (\u{2022}) Yes ( ) No ( ) In progress";
        let blanked = blank_unchosen(text);
        assert_eq!(blanked.len(), text.len());
        assert_eq!(words(&blanked), ["Do", "you", "hold", "CE+?", "Yes"]);
        let text = "Status:\n( ) Certified\n(x) In progress\n( ) Planned";
        assert_eq!(words(&blank_unchosen(text)), ["Status:", "In", "progress"]);
    }

    #[test]
    fn a_form_with_nothing_chosen_says_none_of_its_options() {
        assert_eq!(
            words(&blank_unchosen("Status: ( ) Certified ( ) In progress")),
            ["Status:"]
        );
    }

    #[test]
    fn text_with_no_choice_made_is_left_alone() {
        // Brackets of other kinds, and a lone empty bracket.
        for text in [
            "We hold ISO 27001 (since 2024).",
            "Fill in ( ) with your answer.",
            "[ ] ISO 27001 [x] Cyber Essentials",
            "[x] Yes, ISO 27001 [ ] No",
        ] {
            assert!(matches!(blank_unchosen(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn square_boxes_that_mark_answers_are_a_choice() {
        let text = "4.1 Certified to ISO 27001?   [X] Yes   [ ] No";
        let blanked = blank_unchosen(text);
        assert_eq!(blanked.len(), text.len());
        assert_eq!(
            words(&blanked),
            ["4.1", "Certified", "to", "ISO", "27001?", "Yes"]
        );
        let text = "Are you certified?\n\u{2610} Yes\n\u{2611} No\n\u{2610} N/A";
        assert_eq!(
            words(&blank_unchosen(text)),
            ["Are", "you", "certified?", "No"]
        );
    }
}
