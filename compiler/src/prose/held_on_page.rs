//! One page, one certificate: when a page says the organisation holds a
//! framework's certificate, a heading above that names the framework as work
//! under way or planned titles the road there ("Our road to ISO 42001" over
//! "... in February 2026 we passed the certification audit", "Inside an ISO
//! 42001 Stage 2 audit" over "Meridian became certified in February"), not
//! that it is not held. Read alone it would understate; read on the page it
//! does not. Work told in the body is left as read, before or after the
//! certificate: a list may hold one scope certified and another under way,
//! and a page whose "certificate" was only a label may tell its real state.

use crate::prose::{ClaimedStatus, Mention, ProseFormat, Subject};

/// What a mention so read is noted as.
const NOTE: &str = "the road to a certificate the page says is held";

/// Clears the status of every heading's mention of work under way or planned
/// towards a framework (with the same report type) that a later mention on
/// the page says the organisation holds, unless the page also says it is not held or
/// no longer held ("Meridian does not yet hold CE+; the audit is booked").
pub fn road_to_what_is_held(text: &str, format: ProseFormat, mentions: &mut [Mention]) {
    let ours = |m: &Mention, statuses: &[ClaimedStatus]| {
        m.subject == Some(Subject::Organisation) && m.status.is_some_and(|s| statuses.contains(&s))
    };
    let denied: Vec<&str> = mentions
        .iter()
        .filter(|m| ours(m, &[ClaimedStatus::Not, ClaimedStatus::Lapsed]))
        .map(|m| m.framework.as_str())
        .collect();
    let held: Vec<(String, Option<String>, usize)> = mentions
        .iter()
        .filter(|m| ours(m, &[ClaimedStatus::Achieved]) && !denied.contains(&m.framework.as_str()))
        .map(|m| (m.framework.clone(), m.qualifier.clone(), m.span.start))
        .collect();
    for m in mentions.iter_mut() {
        let on_the_road = matches!(
            m.status,
            Some(ClaimedStatus::InProgress | ClaimedStatus::Planned)
        ) && m.subject == Some(Subject::Organisation);
        if on_the_road
            && in_heading(text, format, m.span.start)
            && held
                .iter()
                .any(|(f, q, at)| *f == m.framework && *q == m.qualifier && *at > m.span.start)
        {
            m.status = None;
            m.note = Some(NOTE);
        }
    }
}

/// True when byte `at` of `text` is inside a heading: a Markdown line opening
/// with `#`, an HTML `<h1>`..`<h6>` element, or the first line of plain text
/// when it ends with no mark of a sentence.
fn in_heading(text: &str, format: ProseFormat, at: usize) -> bool {
    if !text.is_char_boundary(at) {
        return false;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[line_start..line_end].trim();
    match format {
        ProseFormat::Markdown => line.starts_with('#'),
        ProseFormat::Html => {
            let before = text[..at].to_ascii_lowercase();
            let open = (1..=6)
                .filter_map(|n| before.rfind(&format!("<h{n}")))
                .max();
            let close = (1..=6)
                .filter_map(|n| before.rfind(&format!("</h{n}")))
                .max();
            open.is_some_and(|o| close.is_none_or(|c| c < o))
        }
        _ => text[..line_start].trim().is_empty() && !line.ends_with(['.', '!', '?']),
    }
}
