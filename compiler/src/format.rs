//! `aims fmt`: one canonical layout for AIMS source, comments kept, idempotent.
//!
//! The printer walks the syntax tree and re-emits it: one field per line, two-space
//! indentation, a blank line between top-level declarations, short lists and records
//! inline. Literals are copied from the source as written, so escapes and `"""` blocks
//! are untouched. Comments are attached to the node that follows them (or trail the
//! node they share a line with) and printed in the same place. A file with syntax
//! errors is not formatted: guessing at broken text could lose some of it.

use crate::syntax::ast::{Block, Field, Item, Member, Value, ValueKind};
use crate::syntax::lexer::Comment;
use crate::syntax::parse_text;
use crate::text::TextRange;

/// Lines longer than this break lists and records over several lines.
const WIDTH: usize = 88;
const INDENT: &str = "  ";

/// Why a file could not be formatted.
#[derive(Debug, PartialEq, Eq)]
pub struct FormatError {
    pub message: String,
    pub range: TextRange,
}

/// Formats a whole file.
pub fn format_text(text: &str) -> Result<String, FormatError> {
    let parse = parse_text(text);
    if let Some(error) = parse.errors.first() {
        return Err(FormatError {
            message: format!("cannot format a file with syntax errors: {}", error.message),
            range: error.range,
        });
    }
    let mut printer = Printer {
        text,
        comments: &parse.comments,
        next_comment: 0,
        out: String::new(),
    };
    let items = &parse.tree.items;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            printer.out.push('\n');
        }
        printer.leading_comments(item.range.start, 0);
        printer.item(item, 0);
        let limit = items.get(i + 1).map_or(u32::MAX, |next| next.range.start);
        printer.trailing_comment(item.range.end, limit);
        printer.out.push('\n');
    }
    printer.remaining_comments(0, !parse.tree.items.is_empty());
    Ok(printer.out)
}

struct Printer<'a> {
    text: &'a str,
    comments: &'a [Comment],
    next_comment: usize,
    out: String,
}

impl Printer<'_> {
    fn slice(&self, range: TextRange) -> &str {
        &self.text[range.range()]
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str(INDENT);
        }
    }

    fn comment_text(&self, comment: &Comment) -> String {
        self.slice(comment.range).trim_end().to_owned()
    }

    /// Prints the comments that start before `offset` on lines of their own,
    /// keeping one blank line where the source had one or more after a comment group.
    fn leading_comments(&mut self, offset: u32, depth: usize) {
        while let Some(comment) = self.comments.get(self.next_comment) {
            if comment.range.start >= offset {
                break;
            }
            let text = self.comment_text(comment);
            self.indent(depth);
            self.out.push_str(&text);
            self.out.push('\n');
            self.next_comment += 1;
            let gap =
                &self.text[comment.range.end as usize..offset.min(self.next_start()) as usize];
            if gap.matches('\n').count() > 1 {
                self.out.push('\n');
            }
        }
    }

    fn next_start(&self) -> u32 {
        self.comments
            .get(self.next_comment)
            .map_or(self.text.len() as u32, |c| c.range.start)
    }

    /// Prints a comment that starts on the same line as `end` (and before `limit`,
    /// where the next node starts), after two spaces.
    fn trailing_comment(&mut self, end: u32, limit: u32) {
        if let Some(comment) = self
            .comments
            .get(self.next_comment)
            .filter(|c| c.range.start < limit)
        {
            let between = &self.text
                [(end as usize).min(comment.range.start as usize)..comment.range.start as usize];
            if comment.range.start >= end && !between.contains('\n') {
                let text = self.comment_text(comment);
                self.out.push_str("  ");
                self.out.push_str(&text);
                self.next_comment += 1;
            }
        }
    }

    fn remaining_comments(&mut self, depth: usize, separate: bool) {
        if self.next_comment < self.comments.len() && separate {
            self.out.push('\n');
        }
        self.leading_comments(u32::MAX, depth);
    }

    fn item(&mut self, item: &Item, depth: usize) {
        self.indent(depth);
        self.out.push_str(&item.kind.text);
        if let Some(name) = &item.name {
            self.out.push(' ');
            self.out.push_str(&name.text);
        }
        if let Some(title) = &item.title {
            self.out.push(' ');
            let raw = self.slice(title.range).to_owned();
            self.out.push_str(&raw);
        }
        if let Some(body) = &item.body {
            self.out.push(' ');
            self.block(body, depth, true);
        }
    }

    fn has_comments_in(&self, range: TextRange) -> bool {
        self.comments[self.next_comment..]
            .iter()
            .any(|c| range.start <= c.range.start && c.range.end <= range.end)
    }

    /// A declaration body always breaks over lines unless it is empty; a record value
    /// stays inline when it is short, has only fields and holds no comments.
    fn block(&mut self, block: &Block, depth: usize, is_body: bool) {
        if block.members.is_empty() && !self.has_comments_in(block.range) {
            self.out.push_str("{}");
            return;
        }
        if !is_body && !self.has_comments_in(block.range) && block.items().next().is_none() {
            let inline = self.inline_block(block);
            if inline.len() + self.current_column() <= WIDTH && !inline.contains('\n') {
                self.out.push_str(&inline);
                return;
            }
        }
        self.out.push_str("{\n");
        let mut previous_end: Option<u32> = None;
        for (i, member) in block.members.iter().enumerate() {
            let range = member_range(member);
            if let Some(end) = previous_end {
                let gap_start = end as usize;
                let gap_end = self.leading_start(range.start) as usize;
                if gap_end > gap_start && self.text[gap_start..gap_end].matches('\n').count() > 1 {
                    self.out.push('\n');
                }
            }
            self.leading_comments(range.start, depth + 1);
            match member {
                Member::Field(field) => self.field(field, depth + 1),
                Member::Item(item) => self.item(item, depth + 1),
            }
            let limit = block
                .members
                .get(i + 1)
                .map_or(block.range.end, |m| member_range(m).start);
            self.trailing_comment(range.end, limit);
            self.out.push('\n');
            previous_end = Some(range.end);
        }
        self.leading_comments(block.range.end, depth + 1);
        self.indent(depth);
        self.out.push('}');
    }

    /// Where the comments attached to a node starting at `start` begin.
    fn leading_start(&self, start: u32) -> u32 {
        self.comments[self.next_comment..]
            .iter()
            .find(|c| c.range.start < start)
            .map_or(start, |c| c.range.start)
    }

    fn current_column(&self) -> usize {
        self.out.len() - self.out.rfind('\n').map_or(0, |i| i + 1)
    }

    fn inline_block(&self, block: &Block) -> String {
        let fields: Vec<String> = block
            .fields()
            .map(|f| format!("{}: {}", f.name.text, self.inline_value(&f.value)))
            .collect();
        format!("{{ {} }}", fields.join(", "))
    }

    fn inline_value(&self, value: &Value) -> String {
        match &value.kind {
            ValueKind::List(values) => {
                let parts: Vec<String> = values.iter().map(|v| self.inline_value(v)).collect();
                format!("[{}]", parts.join(", "))
            }
            ValueKind::Record(block) => self.inline_block(block),
            ValueKind::Duration { amount, unit } => format!("{amount} {}", unit.text),
            _ => self.slice(value.range).to_owned(),
        }
    }

    fn field(&mut self, field: &Field, depth: usize) {
        self.indent(depth);
        self.out.push_str(&field.name.text);
        self.out.push_str(": ");
        self.value(&field.value, depth);
    }

    fn value(&mut self, value: &Value, depth: usize) {
        match &value.kind {
            ValueKind::List(values) => {
                let inline = self.inline_value(value);
                if !self.has_comments_in(value.range)
                    && !inline.contains('\n')
                    && self.current_column() + inline.len() <= WIDTH
                {
                    self.out.push_str(&inline);
                    return;
                }
                self.out.push_str("[\n");
                for (i, element) in values.iter().enumerate() {
                    self.leading_comments(element.range.start, depth + 1);
                    self.indent(depth + 1);
                    self.value(element, depth + 1);
                    self.out.push(',');
                    let limit = values
                        .get(i + 1)
                        .map_or(value.range.end, |next| next.range.start);
                    self.trailing_comment(element.range.end, limit);
                    self.out.push('\n');
                }
                self.leading_comments(value.range.end, depth + 1);
                self.indent(depth);
                self.out.push(']');
            }
            ValueKind::Record(block) => self.block(block, depth, false),
            _ => {
                let inline = self.inline_value(value);
                self.out.push_str(&inline);
            }
        }
    }
}

fn member_range(member: &Member) -> TextRange {
    match member {
        Member::Field(field) => field.range,
        Member::Item(item) => item.range,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_layout() {
        let input = "role ciso \"CISO\" { holder: \"Tom\", email: \"t@x\" }\n\n\n\nsystem triage {owner: ciso\n lifecycle:production, purpose: \"x\" // why\n eu_ai_act: {role:provider,tier:high}\n}\nrole empty {   }\n";
        let expected = "role ciso \"CISO\" {\n  holder: \"Tom\"\n  email: \"t@x\"\n}\n\nsystem triage {\n  owner: ciso\n  lifecycle: production\n  purpose: \"x\"  // why\n  eu_ai_act: { role: provider, tier: high }\n}\n\nrole empty {}\n";
        assert_eq!(format_text(input).unwrap(), expected);
    }

    #[test]
    fn comments_are_kept_in_place() {
        let input = "// header\n\n/// Doc.\nrole a {\n  // before holder\n  holder: \"x\"  // trailing\n  // at the end\n}\n// footer\n";
        let out = format_text(input).unwrap();
        assert_eq!(
            out,
            "// header\n\n/// Doc.\nrole a {\n  // before holder\n  holder: \"x\"  // trailing\n  // at the end\n}\n\n// footer\n"
        );
        assert_eq!(format_text(&out).unwrap(), out);
    }

    #[test]
    fn long_lists_break_and_keep_comments() {
        let input = "control c { satisfies: [iso42001.A.6.2.4, iso42001.A.7.4, iso42001.A.9.2, iso42001.A.6.2.6, iso42001.A.5.2] }";
        let out = format_text(input).unwrap();
        assert!(
            out.contains("satisfies: [\n    iso42001.A.6.2.4,\n"),
            "{out}"
        );
        let with_comment = "control c { satisfies: [a.b, // first\n c.d] }";
        let out = format_text(with_comment).unwrap();
        assert!(out.contains("a.b,  // first"), "{out}");
        assert_eq!(format_text(&out).unwrap(), out);
    }

    #[test]
    fn refuses_files_with_syntax_errors() {
        assert!(format_text("role r {").is_err());
    }
}
