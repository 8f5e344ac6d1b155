//! A readable, indented dump of a syntax tree, for golden tests and `aims parse`.

use std::fmt::Write;

use super::ast::*;

/// Renders the tree one node a line, with byte ranges, so snapshot diffs read well.
pub fn dump_tree(tree: &SourceTree) -> String {
    let mut out = String::new();
    for item in &tree.items {
        dump_item(&mut out, item, 0);
    }
    out
}

fn indent(out: &mut String, depth: usize) {
    out.push_str(&"  ".repeat(depth));
}

fn dump_item(out: &mut String, item: &Item, depth: usize) {
    indent(out, depth);
    let _ = write!(out, "Item {} {:?}", item.kind.text, item.range.range());
    if let Some(name) = &item.name {
        let _ = write!(out, " name={}", name.text);
    }
    if let Some(title) = &item.title {
        let _ = write!(out, " title={:?}", title.value);
    }
    if let Some(doc) = &item.doc {
        let _ = write!(out, " doc={doc:?}");
    }
    out.push('\n');
    if let Some(body) = &item.body {
        for member in &body.members {
            match member {
                Member::Field(field) => {
                    indent(out, depth + 1);
                    let _ = write!(
                        out,
                        "Field {} {:?} = ",
                        field.name.text,
                        field.range.range()
                    );
                    dump_value(out, &field.value, depth + 1);
                }
                Member::Item(child) => dump_item(out, child, depth + 1),
            }
        }
    }
}

fn dump_value(out: &mut String, value: &Value, depth: usize) {
    match &value.kind {
        ValueKind::List(values) => {
            out.push_str("List\n");
            for v in values {
                indent(out, depth + 1);
                dump_value(out, v, depth + 1);
            }
        }
        ValueKind::Record(block) => {
            out.push_str("Record\n");
            for field in block.fields() {
                indent(out, depth + 1);
                let _ = write!(out, "Field {} = ", field.name.text);
                dump_value(out, &field.value, depth + 1);
            }
        }
        ValueKind::Duration { amount, unit } => {
            let _ = writeln!(out, "Duration {amount} {}", unit.text);
        }
        other => {
            let _ = writeln!(out, "{other:?}");
        }
    }
}
