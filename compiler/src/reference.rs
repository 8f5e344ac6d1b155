//! The language reference, written from the tables the compiler itself runs on: the
//! schema of declaration kinds (`semantic::schema`) and the diagnostic registry
//! (`diagnostics::codes`). `aims explain KIND` and `aims explain KIND.FIELD` print
//! parts of it, and `docs/reference/` holds the whole of it, checked by a test to be
//! what this module writes today, so the reference cannot drift from the code.

use crate::diagnostics::Code;
use crate::diagnostics::codes::Family;
use crate::semantic::schema::{self, FieldSpec, FieldType, KindSpec};

/// The header of every generated file.
const GENERATED: &str = "<!-- Generated from the schema table and the diagnostic registry by `compiler/src/reference.rs`. Do not edit: run `AIMS_UPDATE_REFERENCE=1 cargo test -p aims-compiler --test it reference_docs`. -->";

/// What `aims explain NAME` can print besides diagnostics: a kind (`certification`),
/// a field (`certification.expires`) or a field of a record (`system.eu_ai_act.tier`).
pub fn explain(name: &str) -> Option<String> {
    let mut parts = name.split('.');
    let kind_name = parts.next()?;
    let (kind, nested) = match schema::kind(kind_name) {
        Some(kind) => (kind, false),
        None => (schema::nested_kind(kind_name)?, true),
    };
    let Some(field_name) = parts.next() else {
        return Some(kind_page(kind, nested, 1));
    };
    let mut field = kind.field(field_name)?;
    let mut path = format!("{}.{}", kind.name, field.name);
    for sub in parts {
        let FieldType::Record(fields) = field.ty else {
            return None;
        };
        field = fields.iter().find(|f| f.name == sub)?;
        path = format!("{path}.{}", field.name);
    }
    Some(field_page(&path, field))
}

/// Every name `aims explain` accepts besides diagnostic names, for suggestions.
pub fn names() -> Vec<String> {
    let mut out = Vec::new();
    for kind in schema::KINDS.iter().chain(schema::NESTED) {
        out.push(kind.name.to_owned());
        for field in kind.fields {
            out.push(format!("{}.{}", kind.name, field.name));
            if let FieldType::Record(fields) = field.ty {
                for sub in fields {
                    out.push(format!("{}.{}.{}", kind.name, field.name, sub.name));
                }
            }
        }
    }
    out
}

fn required(field: &FieldSpec) -> &'static str {
    if field.required {
        "required"
    } else {
        "optional"
    }
}

fn field_page(path: &str, field: &FieldSpec) -> String {
    let mut out = format!(
        "# {path}\n\n{}\n\n- **type:** {}\n- **{}**\n",
        field.doc,
        schema::describe_type(field.ty),
        required(field)
    );
    if let FieldType::Record(fields) = field.ty {
        out.push_str("\nIts fields:\n\n");
        out.push_str(&field_table(fields));
    }
    out
}

fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn field_table(fields: &[FieldSpec]) -> String {
    let mut out = String::from("| field | type | required | meaning |\n|---|---|---|---|\n");
    for field in fields {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            field.name,
            cell(&schema::describe_type(field.ty)),
            if field.required { "yes" } else { "no" },
            cell(field.doc)
        ));
    }
    for field in fields {
        if let FieldType::Record(subs) = field.ty {
            out.push_str(&format!("\nThe fields of `{}`:\n\n", field.name));
            out.push_str(&field_table(subs));
        }
    }
    out
}

/// A kind's page; `level` is the heading level of its title.
fn kind_page(kind: &KindSpec, nested: bool, level: usize) -> String {
    let hashes = "#".repeat(level);
    let mut out = format!("{hashes} {}\n\n{}\n\n", kind.name, kind.doc);
    if nested {
        out.push_str(
            "It is written inside a `framework` (or a `group` of one), in a catalogue.\n\n",
        );
    }
    if let Some(excludable) = schema::excludable(kind.name).filter(|_| nested) {
        out.push_str(if excludable {
            "A requirement of this kind may be excluded, with a reason and an approver.\n\n"
        } else {
            "A requirement of this kind may not be excluded.\n\n"
        });
    }
    if kind.fields.is_empty() {
        out.push_str("It has no fields.\n");
    } else {
        out.push_str(&field_table(kind.fields));
    }
    if !kind.children.is_empty() {
        out.push_str(&format!(
            "\nIt may contain: {}.\n",
            kind.children
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}

/// `docs/reference/language.md`: every declaration kind and field.
pub fn language_reference() -> String {
    let mut out = format!(
        "{GENERATED}\n\n# Language reference\n\nEvery declaration kind and its fields: the type of each, whether it is required, and what it means. A declaration is written `KIND name \"Title\" {{ field: value … }}`; all files of a workspace share one namespace. `aims explain KIND` and `aims explain KIND.FIELD` print the same text in a terminal. The diagnostics are in [diagnostics.md](diagnostics.md).\n\n## Declarations of a specification\n\n"
    );
    for kind in schema::KINDS {
        out.push_str(&kind_page(kind, false, 3));
        out.push('\n');
    }
    out.push_str("## Items of a catalogue\n\nWritten inside a `framework` declaration (and `map` inside a `crosswalk`).\n\n");
    for kind in schema::NESTED {
        out.push_str(&kind_page(kind, true, 3));
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// `docs/reference/diagnostics.md`: every diagnostic, with its explanation.
pub fn diagnostics_reference() -> String {
    let mut out = format!(
        "{GENERATED}\n\n# Diagnostics\n\nEvery diagnostic AIMS reports, with its default severity (change it per workspace in `[severity]` of `aims.toml`). `aims explain NAME` prints the same explanation in a terminal.\n\n| name | default | summary |\n|---|---|---|\n"
    );
    for code in Code::ALL {
        let info = code.info();
        out.push_str(&format!(
            "| [`{0}`](#{0}) | {1} | {2} |\n",
            info.name,
            info.default_severity.as_str(),
            cell(info.summary)
        ));
    }
    for code in Code::ALL {
        out.push('\n');
        // One level down, so that each explanation is a section of this page.
        let mut fenced = false;
        for line in code.info().explanation.trim_end().lines() {
            if line.starts_with("```") {
                fenced = !fenced;
            }
            if !fenced && line.starts_with('#') {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The first line of the README's generated diagnostic tables.
pub const README_TABLES_START: &str = "<!-- The diagnostic tables below are generated from the registry in `compiler/src/diagnostics/codes.rs`. Do not edit them: run `AIMS_UPDATE_REFERENCE=1 cargo test -p aims-compiler --test it reference_docs`. -->";

/// The last line of the README's generated diagnostic tables.
pub const README_TABLES_END: &str = "<!-- End of the generated diagnostic tables. -->";

/// The README's diagnostic tables, one per family, from [`README_TABLES_START`] to
/// [`README_TABLES_END`]: a new diagnostic needs no README edit.
pub fn readme_diagnostic_tables() -> String {
    let mut out = format!(
        "{README_TABLES_START}
"
    );
    for family in Family::ALL {
        out.push_str(&format!(
            "\n{}\n\n| name | default | when |\n|---|---|---|\n",
            family.heading()
        ));
        for info in Code::ALL.iter().map(|c| c.info()) {
            if info.family == family {
                out.push_str(&format!(
                    "| `{}` | {} | {} |\n",
                    info.name,
                    info.default_severity.as_str(),
                    cell(info.when)
                ));
            }
        }
    }
    out.push_str(&format!("\n{README_TABLES_END}\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_fields_are_explained() {
        let page = explain("certification").unwrap();
        assert!(page.starts_with("# certification\n"), "{page}");
        assert!(page.contains("| `expires` |"), "{page}");
        let page = explain("certification.expires").unwrap();
        assert!(page.starts_with("# certification.expires\n"), "{page}");
        assert!(page.contains("- **optional**"), "{page}");
        assert!(explain("system.eu_ai_act.tier").unwrap().contains("`high`"));
        assert!(explain("theme").unwrap().contains("may not be excluded"));
        assert_eq!(explain("certification.expiry"), None);
        assert_eq!(explain("certificate"), None);
        assert!(names().contains(&"certification.expires".to_owned()));
    }
}
