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
/// earlier message only in a text that has a message header too, and so does
/// an HTML `<blockquote>` that a mail program did not mark as a citation.
pub fn quoted_ranges(text: &str, format: ProseFormat) -> Vec<Range<usize>> {
    if format == ProseFormat::Html {
        return html_quoted_ranges(text);
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
        // A header with nothing above it is the message's own, as a
        // mailing-list archive prints it.
        let own_header = text[..start].trim().is_empty();
        if !own_header && opens_earlier_message(line.trim(), next) {
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

/// Classes and ids by which mail programs mark where the quoted earlier
/// messages of an HTML email begin (Gmail, Outlook, Thunderbird, Apple Mail).
const HTML_QUOTE_MARKERS: &[&str] = &[
    "class=\"gmail_quote",
    "id=\"divrplyfwdmsg\"",
    "id=\"appendonsend\"",
    "class=\"moz-cite-prefix\"",
    "id=\"mail-editor-reference-message-container\"",
];

/// The quoted earlier messages of an HTML email. A mail program marks them
/// with a class (`gmail_quote`), a header block ("From: … Sent: …", "On …
/// wrote:") or a `<blockquote type="cite">`: after a marker or a header, all
/// that follows is earlier mail; a cited blockquote is earlier mail up to
/// its end, since an inline reply answers between two of them. A blockquote
/// with no mark is a testimonial unless the text has a header.
fn html_quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let lower = text.to_ascii_lowercase();
    let plain = crate::prose::html::blank_tags(text);
    let header = header_in_plain(&plain);
    let marker = HTML_QUOTE_MARKERS
        .iter()
        .filter_map(|m| lower.find(m))
        .map(|at| lower[..at].rfind('<').unwrap_or(at))
        .min();
    let rest_from = match (header, marker) {
        (Some(h), Some(m)) => Some(h.min(m)),
        (h, m) => h.or(m),
    };
    let mut quoted: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<blockquote").map(|o| at + o) {
        let tag_end = lower[open..]
            .find('>')
            .map_or(lower.len(), |e| open + e + 1);
        // The attributes: `type="cite"`, a class such as `gmail_quote`.
        let attributes = &lower[(open + "<blockquote".len()).min(tag_end)..tag_end];
        let cited = attributes.contains("cite") || attributes.contains("quote");
        let end = blockquote_end(&lower, open);
        if cited || rest_from.is_some() {
            quoted.push(open..end);
        }
        at = end.max(open + 1);
    }
    if let Some(from) = rest_from {
        quoted.retain(|q| q.end <= from);
        quoted.push(from..text.len());
    }
    quoted
}

/// Where the blockquote opening at `open` ends (after its closing tag),
/// counting the blockquotes nested in it; the text's end when it never
/// closes.
fn blockquote_end(lower: &str, open: usize) -> usize {
    let mut depth = 0usize;
    let mut at = open;
    while let Some(next) = lower[at..].find("blockquote").map(|n| at + n) {
        let closing = lower[..next].ends_with("</");
        let opening = lower[..next].ends_with('<');
        if opening {
            depth += 1;
        } else if closing {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return lower[next..]
                    .find('>')
                    .map_or(lower.len(), |e| next + e + 1);
            }
        }
        at = next + "blockquote".len();
    }
    lower.len()
}

/// How far apart the parts of a message header may be, in bytes of text
/// with tags blanked (an address and a date stand between them).
const HEADER_REACH: usize = 400;

/// Where the first header of an earlier message starts in `plain` (an HTML
/// text with its tags blanked): "From: …" with "Sent:" or "Date:" soon
/// after, or "On … wrote:".
fn header_in_plain(plain: &str) -> Option<usize> {
    let lower = plain.to_ascii_lowercase();
    // The text between two offsets, moved onto character boundaries.
    let between = |from: usize, to: usize| {
        let mut from = from.min(lower.len());
        while !lower.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = to.min(lower.len());
        while !lower.is_char_boundary(to) {
            to -= 1;
        }
        (from, &lower[from..to.max(from)])
    };
    let from = lower.match_indices("from:").map(|(at, _)| at).find(|&at| {
        let (_, window) = between(at, at + HEADER_REACH);
        window.contains("sent:") || window.contains("date:")
    });
    let wrote = lower.match_indices("wrote:").find_map(|(at, _)| {
        let (start, before) = between(at.saturating_sub(HEADER_REACH), at);
        let on = start + before.rfind("on ")?;
        let word_start = on == 0 || !lower.as_bytes()[on - 1].is_ascii_alphanumeric();
        word_start.then_some(on)
    });
    let first = match (from, wrote) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    // A header with nothing above it is the message's own.
    (!plain[..first].trim().is_empty()).then_some(first)
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
    // HTML is read with its tags blanked, which keeps every offset.
    let blanked;
    let text = if format == ProseFormat::Html {
        blanked = crate::prose::html::blank_tags(text);
        blanked.as_str()
    } else {
        text
    };
    let top = &text[..first_quote];
    let reply_start = top.len() - top.trim_start().len();
    let reply_start = reply_start + greeting_len(&top[reply_start..]);
    let reply_end = top[reply_start..]
        .find("\n\n")
        .map_or(top.trim_end().len(), |i| reply_start + i)
        .max(reply_start);
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
            // hold ISO 27001? Our policy requires it.", from where the
            // question opens ("Hi Hannah, before we sign can you confirm").
            let body = &body[..body.rfind('?').map_or(0, |q| q + 1)];
            let first_named = mentions
                .iter()
                .map(|m| m.span.start)
                .filter(|at| (body_start..body_start + body.len()).contains(at))
                .min()?;
            let opens = question_opening(body, first_named - body_start);
            let (body, body_start) = (&body[opens..], body_start + opens);
            let asks = !body.is_empty();
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

/// Words that open a greeting line: "Hi Tom,", "Dear Ms Park,".
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "dear",
    "morning",
    "afternoon",
    "thanks",
];

/// The length of a greeting that opens `reply` ("Hi Tom, ", "Dear Ms
/// Park,\n"), with the space after it, or 0.
fn greeting_len(reply: &str) -> usize {
    let first: String = reply
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if !GREETINGS.contains(&first.as_str()) {
        return 0;
    }
    let Some(comma) = reply.find([',', '\n']).filter(|&at| at <= GREETING_REACH) else {
        return 0;
    };
    let rest = &reply[comma + 1..];
    comma + 1 + (rest.len() - rest.trim_start().len())
}

/// The most bytes a greeting runs before its comma.
const GREETING_REACH: usize = 40;

/// Words that open a question to the organisation.
const QUESTION_OPENERS: &[&str] = &[
    "can you",
    "could you",
    "please confirm",
    "do you",
    "does",
    "are you",
    "is",
    "have you",
    "has",
];

/// Where the question in `body` opens: at the last question opener that
/// starts a word before offset `before` (where it names a framework), or at
/// its start.
fn question_opening(body: &str, before: usize) -> usize {
    let lower = body.to_ascii_lowercase();
    QUESTION_OPENERS
        .iter()
        .flat_map(|opener| lower.match_indices(opener).map(|(at, _)| at))
        .filter(|&at| at < before && at > 0 && !lower.as_bytes()[at - 1].is_ascii_alphanumeric())
        .max()
        .unwrap_or(0)
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

    fn html_quoted(text: &str) -> Vec<&str> {
        quoted_ranges(text, ProseFormat::Html)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn html_mail_marks_its_earlier_messages() {
        // Gmail: the quote section runs to the end.
        let gmail = "<div>Correction: it expired.</div><div class=\"gmail_quote\"><div>On Wed, Ana wrote:</div><blockquote>We are certified.</blockquote></div>";
        assert_eq!(
            html_quoted(gmail),
            [&gmail[gmail.find("<div class").unwrap()..]]
        );
        // Outlook: a "From: / Sent:" block in tags.
        let outlook = "<p>Yes, confirmed.</p><div><p><b>From:</b> Tom<br><b>Sent:</b> 23 November 2026</p></div><p>Do you hold ISO 27001?</p>";
        let q = html_quoted(outlook);
        assert_eq!(q.len(), 1);
        assert!(
            q[0].starts_with("From:</b> Tom") && q[0].ends_with("ISO 27001?</p>"),
            "{q:?}"
        );
        // Inline replies: each cited blockquote ends where the answer starts.
        let inline = "<blockquote type=\"cite\">Do you hold CE?</blockquote><p>Yes.</p><blockquote type=\"cite\">And ISO 27001?<blockquote>x</blockquote></blockquote><p>No.</p>";
        assert_eq!(
            html_quoted(inline),
            [
                "<blockquote type=\"cite\">Do you hold CE?</blockquote>",
                "<blockquote type=\"cite\">And ISO 27001?<blockquote>x</blockquote></blockquote>"
            ]
        );
    }

    #[test]
    fn html_that_only_looks_like_mail_is_not_quoted() {
        // A testimonial in a blockquote, and a header with nothing above it
        // (the message's own, as an archive prints it).
        for text in [
            "<p>Our customers say:</p><blockquote>They are ISO 27001 certified.</blockquote>",
            "<p><b>From:</b> Hannah<br><b>Date:</b> 19 Nov</p><p>We hold CE.</p>",
        ] {
            assert!(html_quoted(text).is_empty(), "{text}");
        }
        assert!(quoted("From: Hannah\nDate: 19 Nov 2026\n\nWe hold CE.").is_empty());
    }
}
