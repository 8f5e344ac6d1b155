//! Code actions: the fixes diagnostics carry (did-you-mean renames, `lapsed` for an
//! expired certificate, exclusion stubs for gaps, …), offered generically, plus
//! "add the missing required fields", built here from the schema.

use crate::db::{Db, Origin, SourceFile, Workspace};
use crate::diagnostics::{Diagnostic, TextEdit};
use crate::queries;
use crate::semantic::schema::{self, FieldSpec, FieldType};
use crate::syntax::ast::Item;
use crate::text::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeAction {
    pub title: String,
    pub edits: Vec<TextEdit>,
    /// The diagnostic the action fixes, if any.
    pub diagnostic: Option<Diagnostic>,
    /// Whether this is the obvious fix (editors may apply it with one key).
    pub preferred: bool,
}

fn overlaps(a: TextRange, b: TextRange) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// Actions for `range` in `file` (a spec file or a prose file), given the workspace's
/// current diagnostics.
pub fn code_actions(
    db: &dyn Db,
    file: SourceFile,
    range: TextRange,
    diagnostics: &[Diagnostic],
) -> Vec<CodeAction> {
    let path = file.path(db);
    let touching = diagnostics
        .iter()
        .filter(|d| &d.location.file == path && overlaps(d.location.range, range));
    if file.origin(db) == Origin::Prose {
        prose_actions(db, file, touching)
    } else {
        spec_actions(db, file, range, touching, diagnostics)
    }
}

/// Actions in a spec file: the fixes of the diagnostics `touching` the range, and
/// "add the missing required fields" on each declaration in the range.
fn spec_actions<'a>(
    db: &dyn Db,
    file: SourceFile,
    range: TextRange,
    touching: impl Iterator<Item = &'a Diagnostic>,
    diagnostics: &[Diagnostic],
) -> Vec<CodeAction> {
    let path = file.path(db);
    let mut out: Vec<CodeAction> = touching
        .filter_map(|d| {
            let fix = d.fix.as_ref()?;
            Some(CodeAction {
                title: fix.title.clone(),
                edits: fix.edits.clone(),
                diagnostic: Some(d.clone()),
                preferred: true,
            })
        })
        .collect();
    let text = file.text(db);
    for item in &queries::parse(db, file).tree.items {
        if !overlaps(item.range, range) {
            continue;
        }
        if let Some(action) = add_missing_fields(db, path, text, item) {
            let diagnostic = diagnostics
                .iter()
                .find(|d| {
                    &d.location.file == path
                        && d.code == crate::diagnostics::Code::MissingField
                        && overlaps(d.location.range, item.range)
                })
                .cloned();
            out.push(CodeAction {
                diagnostic,
                ..action
            });
        }
    }
    out
}

fn add_missing_fields(db: &dyn Db, path: &str, text: &str, item: &Item) -> Option<CodeAction> {
    let spec = schema::kind(&item.kind.text)?;
    let missing: Vec<&FieldSpec> = spec
        .fields
        .iter()
        .filter(|f| f.required && item.field(f.name).is_none())
        .collect();
    if missing.is_empty() {
        return None;
    }
    let line_start = text[..item.range.start as usize]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let indent: String = text[line_start..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let inner = format!("{indent}  ");
    let fields: Vec<String> = missing
        .iter()
        .map(|f| format!("{}: {}", f.name, placeholder(db, f)))
        .collect();
    let indented = fields
        .iter()
        .map(|f| format!("{inner}{f}"))
        .collect::<Vec<_>>()
        .join("\n");
    let (at, new_text) = match &item.body {
        None => (
            item.range.end as usize,
            format!(" {{\n{indented}\n{indent}}}"),
        ),
        Some(body) => {
            let close = (body.range.end as usize).saturating_sub(1);
            let closed = text.as_bytes().get(close) == Some(&b'}');
            let last_end = body
                .members
                .last()
                .map_or(body.range.start as usize + 1, |m| match m {
                    crate::syntax::ast::Member::Field(f) => f.range.end as usize,
                    crate::syntax::ast::Member::Item(i) => i.range.end as usize,
                });
            if !closed {
                (body.range.end as usize, format!("\n{indented}\n"))
            } else if text[last_end..close].contains('\n')
                || text[body.range.start as usize..last_end].contains('\n')
            {
                let close_line = text[..close].rfind('\n').map_or(0, |i| i + 1);
                if text[close_line..close].trim().is_empty() {
                    (
                        close_line,
                        fields.iter().map(|f| format!("{inner}{f}\n")).collect(),
                    )
                } else {
                    (close, format!("\n{indented}\n{indent}"))
                }
            } else if body.members.is_empty() {
                (close, format!(" {} ", fields.join(", ")))
            } else {
                (last_end, format!(", {}", fields.join(", ")))
            }
        }
    };
    let names: Vec<&str> = missing.iter().map(|f| f.name).collect();
    Some(CodeAction {
        title: format!(
            "Add the missing field{} {}",
            if names.len() == 1 { "" } else { "s" },
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        edits: vec![TextEdit::replace(path, TextRange::empty(at), new_text)],
        diagnostic: None,
        preferred: false,
    })
}

/// A value of the right type to start from: the first allowed word, the as-of date,
/// the first declared name of the right kind, or an empty string or list.
fn placeholder(db: &dyn Db, field: &FieldSpec) -> String {
    let workspace = Workspace::get(db);
    match field.ty {
        FieldType::Str | FieldType::Text => "\"\"".into(),
        FieldType::Enum(words) => words.first().copied().unwrap_or("").into(),
        FieldType::EnumList(words) => format!("[{}]", words.first().copied().unwrap_or("")),
        FieldType::Bool => "false".into(),
        FieldType::Date | FieldType::DateLike => workspace.settings(db).as_of.to_string(),
        FieldType::Duration => "12 months".into(),
        FieldType::Int => "0".into(),
        FieldType::Percent => "0%".into(),
        FieldType::Ref(kinds) => queries::symbol_table(db, workspace)
            .names_of_kind(kinds)
            .next()
            .map_or_else(
                || format!("my_{}", kinds.first().copied().unwrap_or("name")),
                str::to_owned,
            ),
        FieldType::Framework => queries::catalogue(db, workspace)
            .frameworks
            .keys()
            .next()
            .cloned()
            .unwrap_or_default(),
        FieldType::Record(_) => "{}".into(),
        FieldType::RefList(_)
        | FieldType::FrameworkList
        | FieldType::Requirements
        | FieldType::LocalIds
        | FieldType::StrList => "[]".into(),
    }
}

/// Actions in a prose file (a trust page): "Replace with the honest statement" on
/// each claim diagnostic `touching` the range, which replaces the sentence that makes
/// the claim with the wording `aims publish` generates for that framework.
fn prose_actions<'a>(
    db: &dyn Db,
    file: SourceFile,
    touching: impl Iterator<Item = &'a Diagnostic>,
) -> Vec<CodeAction> {
    use crate::diagnostics::Code;
    use crate::semantic::rules::claims;
    let path = file.path(db);
    let wanted: Vec<&Diagnostic> = touching
        .filter(|d| {
            matches!(
                d.code,
                Code::ClaimOverstated
                    | Code::ClaimUnderstated
                    | Code::ClaimUnbacked
                    | Code::ClaimAmbiguous
            )
        })
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let workspace = Workspace::get(db);
    let text = file.text(db);
    let catalogue = queries::catalogue(db, workspace);
    let model = queries::model(db, workspace);
    let as_of = workspace.settings(db).as_of;
    let found = queries::prose_claims(db, file);
    wanted
        .into_iter()
        .filter_map(|d| {
            let claim = found.iter().find(|c| c.range == d.location.range)?;
            let framework = catalogue.framework(&claim.framework)?;
            let recorded = claims::status_of(model, &claim.framework);
            let statement = crate::publish::framework_statement(framework, recorded, None, as_of);
            let honest = if recorded.is_some() {
                statement.sentences.join(" ")
            } else {
                crate::publish::wording::unrecorded(&statement.name)
            };
            let sentence = sentence_around(text, d.location.range);
            Some(CodeAction {
                title: format!("Replace with the honest statement about {}", statement.name),
                edits: vec![TextEdit::replace(path, sentence, honest)],
                diagnostic: Some(d.clone()),
                preferred: false,
            })
        })
        .collect()
}

/// The sentence of prose around `range`: from after the previous sentence end, line
/// break or list marker, to the next sentence end (its full stop included) or the
/// end of the line.
fn sentence_around(text: &str, range: TextRange) -> TextRange {
    let start = (range.start as usize).min(text.len());
    let end = (range.end as usize).clamp(start, text.len());
    let bytes = text.as_bytes();
    let mut from = start;
    while from > 0 {
        let c = bytes[from - 1];
        if c == b'\n' {
            break;
        }
        if matches!(c, b'.' | b'!' | b'?')
            && bytes.get(from).is_some_and(|b| b.is_ascii_whitespace())
        {
            break;
        }
        from -= 1;
    }
    // Keep a list, heading or quote marker and the spaces after it.
    let from = from + marker_len(&text[from..start]);
    let mut to = end;
    while to < bytes.len() {
        let c = bytes[to];
        if c == b'\n' {
            break;
        }
        to += 1;
        if matches!(c, b'.' | b'!' | b'?') && bytes.get(to).is_none_or(|b| b.is_ascii_whitespace())
        {
            break;
        }
    }
    // Only whole characters: step back to a boundary if the text is not ASCII there.
    let mut to = to.min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    TextRange::new(from, to)
}

/// The length of the list item, heading or quote marker (with its spaces) that
/// `line` starts with, or of its leading spaces.
fn marker_len(line: &str) -> usize {
    let rest = line.trim_start();
    let mut len = line.len() - rest.len();
    let marker = if rest.starts_with("- ")
        || rest.starts_with("* ")
        || rest.starts_with("+ ")
        || rest.starts_with("> ")
    {
        1
    } else if rest.starts_with('#') {
        rest.len() - rest.trim_start_matches('#').len()
    } else {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 && rest[digits..].starts_with(". ") {
            digits + 1
        } else {
            0
        }
    };
    if marker > 0 {
        len += marker;
        len += rest[marker..].len() - rest[marker..].trim_start().len();
    }
    len
}

#[cfg(test)]
mod honest_statement_tests {
    use crate::analysis::AnalysisHost;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::text::TextRange;
    use crate::workspace::Project;

    const SPEC: &str = "certification ce { framework: cyber_essentials, status: in_progress, since: 2026-09-01, target: 2027-01 }\npublication page { file: \"trust.md\" }\n";

    fn host(page: &str) -> AnalysisHost {
        let project = Project::from_sources(
            Settings::new(jiff::civil::date(2026, 11, 28)),
            None,
            vec![
                ("spec.aims".into(), SPEC.into(), Origin::Spec),
                ("trust.md".into(), page.into(), Origin::Prose),
            ],
        );
        AnalysisHost::from_project(project)
    }

    fn claim_codes(page: &str) -> Vec<&'static str> {
        host(page)
            .snapshot()
            .diagnostics()
            .unwrap()
            .iter()
            .filter(|d| d.code.name().starts_with("claim-"))
            .map(|d| d.code.name())
            .collect()
    }

    /// Applies the "replace with the honest statement" action at `mention`.
    fn fixed(page: &str, mention: &str) -> String {
        let at = page.find(mention).unwrap();
        let actions = host(page)
            .snapshot()
            .code_actions("trust.md", TextRange::new(at, at + mention.len()))
            .unwrap();
        let action = actions
            .iter()
            .find(|a| a.title.starts_with("Replace with the honest statement"))
            .unwrap_or_else(|| panic!("no honest-statement action in {actions:#?}"));
        assert!(
            action
                .diagnostic
                .as_ref()
                .is_some_and(|d| d.code.name().starts_with("claim-"))
        );
        let edit = &action.edits[0];
        assert_eq!(edit.location.file, "trust.md");
        let range = edit.location.range.range();
        format!(
            "{}{}{}",
            &page[..range.start],
            edit.new_text,
            &page[range.end..]
        )
    }

    /// Applies the fix for the claim about `mention` in `page`, which has `code`, and
    /// checks the result against `expected` and that it makes no claim diagnostic.
    fn assert_fixed(page: &str, code: &str, mention: &str, expected: &str) {
        assert_eq!(claim_codes(page), [code]);
        let after = fixed(page, mention);
        assert_eq!(after, expected);
        assert!(claim_codes(&after).is_empty(), "{after}");
    }

    #[test]
    fn an_overstated_sentence_becomes_the_generated_one() {
        assert_fixed(
            "# Trust\n\n- **Cyber Essentials**: certified since 2026. Ask us for details.\n",
            "claim-overstated",
            "Cyber Essentials",
            "# Trust\n\n- Cyber Essentials certification is in progress. Started: 2026-09-01. Target date: 2027-01. Ask us for details.\n",
        );
    }

    #[test]
    fn an_unbacked_claim_becomes_a_plain_no() {
        assert_fixed(
            "Our platform is secure. We are ISO 42001 certified.\n",
            "claim-unbacked",
            "ISO 42001",
            "Our platform is secure. We do not hold ISO/IEC 42001 certification.\n",
        );
    }

    #[test]
    fn no_action_without_a_claim_diagnostic() {
        let page = "Cyber Essentials certification is in progress.\n";
        assert!(claim_codes(page).is_empty());
        let actions = host(page)
            .snapshot()
            .code_actions("trust.md", TextRange::new(0, 16))
            .unwrap();
        assert!(
            actions
                .iter()
                .all(|a| !a.title.starts_with("Replace with the honest"))
        );
    }
}
