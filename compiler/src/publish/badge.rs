//! Status badges: one self-contained SVG per framework with a recorded status, in the
//! familiar flat style (grey label, coloured message), coloured by standing, with
//! the status and its date in the text and a `<title>` for screen readers.
//!
//! Text widths are estimated from a Verdana-like table and pinned with `textLength`,
//! so the badge looks the same whatever font the viewer has, and the same statement
//! always gives byte-identical SVG.

use super::FrameworkStatement;
use super::wording::{Record, Standing};

/// One badge: its file name and SVG text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Badge {
    /// `iso27001.svg`.
    pub file_name: String,
    pub label: String,
    pub message: String,
    pub color: &'static str,
    /// The sentence screen readers announce.
    pub title: String,
    pub svg: String,
}

/// The colour of a standing, as in the HTML report: green achieved, amber in
/// progress, blue planned, red lapsed or expired, grey in scope only. Each keeps
/// white text at a contrast of at least 4.5:1.
pub fn color(standing: Standing) -> &'static str {
    match standing {
        Standing::Achieved => "#1a7f37",
        Standing::InProgress => "#9a6700",
        Standing::Planned => "#0969da",
        Standing::Lapsed | Standing::Expired => "#cf222e",
        Standing::NotRecorded => "#59636e",
    }
}

/// The message half of the badge: the standing and its date.
pub fn message(f: &FrameworkStatement) -> String {
    let facts = &f.facts;
    let with = |word: &str, date: Option<&String>| match date {
        Some(d) => format!("{word} {d}"),
        None => word.to_owned(),
    };
    match f.standing {
        Standing::Achieved if f.record == Some(Record::Attestation) => {
            let kind = facts
                .report_type_label()
                .map_or_else(|| "report".to_owned(), |t| format!("{t} report"));
            match &facts.report_date {
                Some(d) => format!("{kind} · {d}"),
                None => kind,
            }
        }
        Standing::Achieved => with("certified until", facts.expires.as_ref()),
        Standing::InProgress => match &facts.target {
            Some(t) => format!("in progress · target {t}"),
            None => "in progress".to_owned(),
        },
        Standing::Planned => match &facts.target {
            Some(t) => format!("planned · target {t}"),
            None => "planned".to_owned(),
        },
        Standing::Lapsed => with("lapsed", facts.expires.as_ref()),
        Standing::Expired => with("expired", facts.expires.as_ref()),
        Standing::NotRecorded => "in scope".to_owned(),
    }
}

/// The badges for every framework with a recorded status, in statement order.
pub fn badges(statement: &super::Statement) -> Vec<Badge> {
    statement
        .frameworks
        .iter()
        .filter(|f| f.standing != Standing::NotRecorded)
        .map(|f| {
            let label = f.name.clone();
            let message = message(f);
            let color = color(f.standing);
            let title = format!("{label}: {message} (as of {})", statement.as_of);
            let svg = render(&label, &message, color, &title);
            Badge {
                file_name: format!("{}.svg", f.framework),
                label,
                message,
                color,
                title,
                svg,
            }
        })
        .collect()
}

/// Approximate advance width of `text` in Verdana at 11px, in tenths of a pixel.
fn text_width(text: &str) -> u32 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'I' => 35,
            'f' | 't' | 'r' | ' ' | '(' | ')' | '/' | '-' | '·' => 45,
            'm' | 'w' | 'M' | 'W' => 100,
            'A'..='Z' => 75,
            '0'..='9' => 70,
            _ => 65,
        })
        .sum()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One flat badge as SVG.
pub fn render(label: &str, message: &str, color: &str, title: &str) -> String {
    const PAD: u32 = 60; // tenths of a pixel either side of each text
    let label_text = text_width(label);
    let message_text = text_width(message);
    let label_width = (label_text + 2 * PAD).div_ceil(10);
    let message_width = (message_text + 2 * PAD).div_ceil(10);
    let width = label_width + message_width;
    // Text is drawn at 10x scale (font-size 110, scale .1) for sub-pixel placement.
    let label_x = label_width * 5;
    let message_x = label_width * 10 + message_width * 5;
    let title = escape(title);
    let label = escape(label);
    let message = escape(message);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{title}">
<title>{title}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="{width}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="{label_width}" height="20" fill="#555"/><rect x="{label_width}" width="{message_width}" height="20" fill="{color}"/><rect width="{width}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">
<text aria-hidden="true" x="{label_x}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="{label_text}" lengthAdjust="spacingAndGlyphs">{label}</text>
<text x="{label_x}" y="140" transform="scale(.1)" textLength="{label_text}" lengthAdjust="spacingAndGlyphs">{label}</text>
<text aria-hidden="true" x="{message_x}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="{message_text}" lengthAdjust="spacingAndGlyphs">{message}</text>
<text x="{message_x}" y="140" transform="scale(.1)" textLength="{message_text}" lengthAdjust="spacingAndGlyphs">{message}</text>
</g>
</svg>
"##
    )
}
