//! The trust statement as Markdown, to paste into a trust page or a tender answer.

use super::Statement;

/// Escapes the characters Markdown would read as markup in text from the spec.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Renders the statement as Markdown.
pub fn render(statement: &Statement) -> String {
    let mut out = String::new();
    match &statement.organisation {
        Some(org) => out.push_str(&format!("# Trust statement: {}\n\n", escape(org))),
        None => out.push_str("# Trust statement\n\n"),
    }
    out.push_str(&format!(
        "Where we stand on {}, generated from the specification of our management system.\n",
        statement.as_of
    ));
    if !statement.scope.is_empty() {
        out.push_str(&format!(
            "\nFrameworks in scope: {}.\n",
            statement
                .scope
                .iter()
                .map(|s| escape(s))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for f in &statement.frameworks {
        out.push_str(&format!("\n## {}: {}\n\n", escape(&f.name), f.label));
        out.push_str(&escape(&f.sentences.join(" ")));
        out.push('\n');
        if let Some(c) = &f.coverage {
            out.push_str(&format!("\n{}\n", escape(&c.sentence)));
        }
    }
    if !statement.sub_processors.is_empty() {
        out.push_str("\n## Sub-processors\n\nThe suppliers our service depends on, and the assurance each holds.\n\n");
        for s in &statement.sub_processors {
            let provides = s
                .provides
                .as_deref()
                .map_or_else(String::new, |p| format!(" ({})", escape(p)));
            out.push_str(&format!(
                "- **{}**{provides}: {}\n",
                escape(&s.name),
                escape(&s.sentence)
            ));
        }
    }
    out
}
