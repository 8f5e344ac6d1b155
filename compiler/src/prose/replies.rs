//! Email reply chains: the newest message speaks for the organisation, and
//! the earlier messages it quotes are superseded where it says otherwise.
//!
//! A reply quotes what came before it: lines marked with `>`, or everything
//! under a header that opens an earlier message ("On 23 Nov 2026, Ifeoma
//! Grant wrote:", "-----Original Message-----", a "From:" line followed by
//! "Sent:" or "Date:", "---------- Forwarded message ---------"). When the
//! newest message names a framework, what it says is the organisation's word
//! on it today ("Correction to my email below: our certificate expired"), and
//! what the quoted messages said of that framework (the claim corrected, a
//! customer's own certificate, the question answered) is not read again.
//! What the quoted messages say of frameworks the newest message does not
//! name still counts: a forward passes it on.
//!
//! A reply written on top answers the question quoted below it: "Yes, see the
//! attached certificate." over "> Does Sprout hold ISO 27001?" says what
//! "Does Sprout hold ISO 27001? Yes." says, so the pair is read in the order
//! it was asked and answered.

use std::ops::Range;

use crate::prose::{FrameworkNames, Mention, Names, ProseFormat};

/// The byte ranges of `text` that quote earlier messages. In Markdown, `>`
/// also sets off a testimonial or a quoted policy, so there it marks an
/// earlier message only in a text that has a message header too; HTML is
/// left as it is.
pub fn quoted_ranges(text: &str, format: ProseFormat) -> Vec<Range<usize>> {
    if format == ProseFormat::Html {
        return Vec::new();
    }
    let mut quoted: Vec<Range<usize>> = Vec::new();
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    for (i, &(start, line)) in lines.iter().enumerate() {
        let next = lines.get(i + 1).map_or("", |(_, l)| l.trim());
        if opens_earlier_message(line.trim(), next) {
            quoted.push(start..text.len());
            break;
        }
        if line.trim_start().starts_with('>') {
            quoted.push(start..start + line.len());
        }
    }
    let has_header = quoted
        .last()
        .is_some_and(|q| q.end == text.len() && !text[q.clone()].trim_start().starts_with('>'));
    if format == ProseFormat::Markdown && !has_header {
        quoted.clear();
    }
    quoted
}

/// True when `line` (with the `next` line) is the header of an earlier
/// message in a reply or a forward.
fn opens_earlier_message(line: &str, next: &str) -> bool {
    let line = line.trim_start_matches(['>', ' ']);
    let lower = line.to_lowercase();
    if lower.contains("original message") || lower.contains("forwarded message") {
        return line.starts_with(['-', '_', '=']) || line.ends_with(['-', '_', '=']);
    }
    if lower.starts_with("on ") && lower.trim_end().ends_with("wrote:") {
        return true;
    }
    let next = next.trim_start_matches(['>', ' ']).to_lowercase();
    lower.starts_with("from:") && (next.starts_with("sent:") || next.starts_with("date:"))
}

/// Drops the mentions that quoted messages make of frameworks the newest
/// message names, unless the newest message answers them ("> Which body
/// issued your ISO 27001?" over "LRQA, certificate IS 712345").
pub fn drop_superseded(text: &str, format: ProseFormat, mentions: &mut Vec<Mention>) {
    let quoted = quoted_ranges(text, format);
    if quoted.is_empty() {
        return;
    }
    // A quoted question answered in the newest message is read with its
    // answer: its status phrase lies outside the quote.
    let in_quote = |m: &Mention| {
        let quoted_at = |at: usize| quoted.iter().any(|q| q.contains(&at));
        quoted_at(m.span.start) && m.phrase.as_ref().is_none_or(|p| quoted_at(p.start))
    };
    let newest: Vec<String> = mentions
        .iter()
        .filter(|m| !in_quote(m))
        .map(|m| m.framework.clone())
        .collect();
    mentions.retain(|m| !in_quote(m) || !newest.contains(&m.framework));
}

/// Reads a short reply on top that opens with "Yes" or "No" as the answer to
/// the first question quoted below it, and gives the question's mentions the
/// status that answer gives them.
pub fn answer_on_top(
    text: &str,
    format: ProseFormat,
    frameworks: &FrameworkNames,
    names: &Names,
    mentions: &mut [Mention],
) {
    let quoted = quoted_ranges(text, format);
    let Some(first_quote) = quoted.first().map(|q| q.start) else {
        return;
    };
    let top = &text[..first_quote];
    let reply_start = top.len() - top.trim_start().len();
    let reply_end = top[reply_start..]
        .find("\n\n")
        .map_or(top.trim_end().len(), |i| reply_start + i);
    let reply = &text[reply_start..reply_end];
    let opens_with_answer = ["yes", "no"].iter().any(|word| {
        reply
            .get(..word.len())
            .is_some_and(|first| first.eq_ignore_ascii_case(word))
            && reply
                .get(word.len()..)
                .is_some_and(|rest| !rest.is_empty() && !rest.starts_with(char::is_alphanumeric))
    });
    if !opens_with_answer || mentions.iter().any(|m| m.span.start < first_quote) {
        return;
    }
    // The first quoted line that asks about a framework.
    let Some(question) = quoted.iter().find_map(|q| {
        let mut at = q.start;
        text[q.clone()].split_inclusive('\n').find_map(|line| {
            let start = at;
            at += line.len();
            let body = line.trim_start_matches(['>', ' ']).trim_end();
            let body_start = start + (line.len() - line.trim_start_matches(['>', ' ']).len());
            // The line up to its last question mark: "can you confirm you
            // hold ISO 27001? Our policy requires it."
            let body = &body[..body.rfind('?').map_or(0, |q| q + 1)];
            let asks = !body.is_empty()
                && mentions
                    .iter()
                    .any(|m| (body_start..body_start + body.len()).contains(&m.span.start));
            asks.then_some(body_start..body_start + body.len())
        })
    }) else {
        return;
    };
    // The question, then the answer, as a conversation writes them.
    let pair = format!("{}\n\n{}", &text[question.clone()], reply);
    let answer_at = question.len() + 2;
    let to_original = |at: usize| {
        if at <= question.len() {
            question.start + at
        } else if at < answer_at {
            question.end
        } else {
            reply_start + (at - answer_at)
        }
    };
    for read in crate::prose::read_page(&pair, ProseFormat::Text, frameworks, names) {
        let (Some(status), Some(phrase)) = (read.status, read.phrase.clone()) else {
            continue;
        };
        // A mention of the question, given its status by the answer (its
        // phrase may be the question's own words: "hold ISO 27001").
        if read.span.end > question.len() {
            continue;
        }
        let span = to_original(read.span.start)..to_original(read.span.end);
        if let Some(m) = mentions
            .iter_mut()
            .find(|m| m.span == span && m.framework == read.framework && m.status.is_none())
        {
            m.status = Some(status);
            m.subject = read.subject;
            m.phrase = Some(to_original(phrase.start)..to_original(phrase.end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quoted_ranges(text, ProseFormat::Text)
            .into_iter()
            .map(|r| text[r].trim_end())
            .collect()
    }

    #[test]
    fn quoted_lines_and_earlier_messages_are_found() {
        assert_eq!(
            quoted("Yes.\n> Are you certified?\n>\nThanks"),
            ["> Are you certified?", ">"]
        );
        let text = "Correction below.\n\nOn Mon, 23 Nov 2026 at 17:48, Ifeoma Grant wrote:\nWe are certified.";
        assert_eq!(
            quoted(text),
            ["On Mon, 23 Nov 2026 at 17:48, Ifeoma Grant wrote:\nWe are certified."]
        );
        let text = "See below.\n-----Original Message-----\nFrom: Ben\nWe hold it.";
        assert_eq!(
            quoted(text),
            ["-----Original Message-----\nFrom: Ben\nWe hold it."]
        );
        let text = "Hi\nFrom: Ben Howell\nSent: 30 November 2026\nPlease send it.";
        assert_eq!(
            quoted(text),
            ["From: Ben Howell\nSent: 30 November 2026\nPlease send it."]
        );
    }

    #[test]
    fn prose_that_only_looks_like_a_header_is_not_quoted() {
        for text in [
            "From: our trust centre. We hold ISO 27001.",
            "On Monday we were certified.",
            "We passed. -> next step: renewal",
            "Original message: we are certified.",
        ] {
            assert!(quoted(text).is_empty(), "{text}");
        }
        assert!(quoted_ranges("> quoted", ProseFormat::Html).is_empty());
        // A Markdown blockquote is a quotation, unless the text is a reply.
        assert!(
            quoted_ranges(
                "> We are certified.\n\nSaid our CEO.",
                ProseFormat::Markdown
            )
            .is_empty()
        );
        let reply = "Yes.\n\n> Are you certified?\n\nOn 1 Dec, Ana wrote:\n> Hello";
        assert_eq!(quoted_ranges(reply, ProseFormat::Markdown).len(), 2);
    }
}
