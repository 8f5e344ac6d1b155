//! Hover: what the thing under the cursor is, in Markdown.
//!
//! Declarations show their kind, title and doc comment; references show what they
//! name; requirement paths show the framework, title, kind and what satisfies them;
//! field names show their type and allowed values; status words are explained; dates
//! say how far they are from the as-of date. In a publication (trust page, tender
//! answer), a framework mention shows how the prose reader read it: who the
//! sentence is about, the status it claims, the phrase it read that from, and
//! what the spec says.

use jiff::civil::Date;

use crate::catalog::describe::{describe_counts, framework_assurance};
use crate::db::{Db, Origin, SourceFile, Workspace};
use crate::ide::navigation::declaration_of;
use crate::ide::{Node, SymbolRef, count, node_at};
use crate::queries;
use crate::semantic::catalogue::{Framework, Lookup};
use crate::semantic::coverage::{RequirementCoverage, State};
use crate::semantic::schema::{self, FieldSpec, FieldType};
use crate::semantic::values;
use crate::semantic::words::{self, ControlStatus};
use crate::syntax::ast::{Item, ValueKind};
use crate::text::TextRange;

/// Markdown to show, and the range it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoverResult {
    pub range: TextRange,
    pub markdown: String,
}

pub fn hover(db: &dyn Db, file: SourceFile, offset: usize) -> Option<HoverResult> {
    if file.origin(db) == Origin::Prose {
        return prose_hover(db, file, offset);
    }
    let tree = &queries::parse(db, file).tree;
    let (node, cx) = node_at(tree, offset)?;
    let range = node.range();
    if let Some((symbol, range)) = crate::ide::navigation::symbol_at(db, file, offset)
        && let Some(markdown) = symbol_hover(db, &symbol)
    {
        return Some(HoverResult { range, markdown });
    }
    let markdown = match node {
        Node::Kind(item) => kind_hover(item, cx.is_top)?,
        Node::FieldName(field, Some(spec)) => field_hover(&field.name.text, spec),
        Node::Value(spec, value) => {
            let as_of = Workspace::get(db).settings(db).as_of;
            match (&value.kind, spec.map(|s| s.ty)) {
                (
                    ValueKind::Ident(word),
                    Some(FieldType::Enum(words) | FieldType::EnumList(words)),
                ) if words.contains(&word.as_str()) => word_hover(spec?.name, word, words),
                (ValueKind::Date(_) | ValueKind::Month(_) | ValueKind::Quarter(_), _) => {
                    let date = values::date_like(value)?;
                    date_hover(date, as_of)
                }
                (ValueKind::Duration { .. }, _) => {
                    let duration = values::duration(value)?;
                    let after = duration
                        .after(as_of)
                        .map(|d| format!(" — {duration} after the as-of date {as_of} is {d}"))
                        .unwrap_or_default();
                    format!("**{duration}**{after}")
                }
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(HoverResult { range, markdown })
}

/// The reading of the framework mention under the cursor in a publication.
fn prose_hover(db: &dyn Db, file: SourceFile, offset: usize) -> Option<HoverResult> {
    if file.path(db) == crate::config::CONFIG_FILE {
        return None;
    }
    let mention = queries::prose_mentions(db, file)
        .iter()
        .find(|m| m.span.start <= offset && offset <= m.span.end)?;
    let workspace = Workspace::get(db);
    let catalogue = queries::catalogue(db, workspace);
    let model = queries::model(db, workspace);
    let name = catalogue.framework(&mention.framework).map_or_else(
        || mention.framework.clone(),
        crate::semantic::rules::claims::display_name,
    );
    let text = file.text(db);
    let mut out = format!("**{name}** in published prose\n\n");
    let phrase = mention
        .phrase
        .clone()
        .and_then(|r| text.get(r))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "));
    match (mention.status, mention.subject) {
        (Some(status), _) => {
            out.push_str(&format!(
                "Read as a claim about **the organisation**: **{}**",
                status.phrase()
            ));
            if let Some(p) = &phrase {
                out.push_str(&format!(" (read ‘{p}’ as {})", status.phrase()));
            }
            out.push_str(".\n\n");
        }
        (None, Some(subject)) => {
            out.push_str(&format!(
                "No claim about the organisation: the sentence is about **{}**.\n\n",
                subject.phrase()
            ));
        }
        (None, None) => {
            let why = mention.note.unwrap_or("no status phrase applies to it");
            out.push_str(&format!("No claim: {why}.\n\n"));
        }
    }
    let d = &mention.details;
    let mut facts = Vec::new();
    if let Some((y, m)) = d.valid_to {
        facts.push(match m {
            Some(m) => format!("valid to {y}-{m:02}"),
            None => format!("valid to {y}"),
        });
    }
    if let Some(y) = d.since_year {
        facts.push(format!("since {y}"));
    }
    if let Some(c) = &d.certificate {
        facts.push(format!("certificate {c}"));
    }
    if let Some(b) = &d.body {
        facts.push(format!("issued by {b}"));
    }
    if !facts.is_empty() {
        out.push_str(&format!("States: {}.\n\n", facts.join(", ")));
    }
    match crate::semantic::rules::claims::status_of(model, &mention.framework) {
        Some((status, decl)) => out.push_str(&format!(
            "The spec says: {} (`{}`).",
            status.phrase(),
            decl.name()
        )),
        None => out.push_str("The spec records no certification or attestation of it."),
    }
    Some(HoverResult {
        range: TextRange::new(mention.span.start, mention.span.end),
        markdown: out,
    })
}

fn symbol_hover(db: &dyn Db, symbol: &SymbolRef) -> Option<String> {
    let workspace = Workspace::get(db);
    match symbol {
        SymbolRef::Requirement(path) => {
            let catalogue = queries::catalogue(db, workspace);
            match catalogue.lookup(path) {
                Lookup::Requirement(framework, item) => {
                    let mut out = format!("**{path}** — {}\n\n", item.title);
                    let excludable = if item.excludable() {
                        "may be excluded with a justification"
                    } else {
                        "mandatory; it cannot be excluded"
                    };
                    out.push_str(&format!(
                        "A {} of {} ({excludable}).",
                        item.kind, framework.title
                    ));
                    if !item.groups.is_empty() {
                        let groups: Vec<String> = item
                            .groups
                            .iter()
                            .map(|g| {
                                let title =
                                    framework.item(g).map(|i| i.title.as_str()).unwrap_or("");
                                format!("{g} {title}").trim().to_owned()
                            })
                            .collect();
                        out.push_str(&format!("\n\nIn: {}", groups.join(" › ")));
                    }
                    match queries::coverage(db, workspace).requirement(path) {
                        Some(coverage) => out.push_str(&coverage_lines(coverage)),
                        None => out.push_str("\n\nCoverage: unknown"),
                    }
                    Some(out)
                }
                Lookup::Group(framework, item) => {
                    let inside = framework
                        .items
                        .iter()
                        .filter(|i| i.groups.contains(&item.id) && !i.is_group())
                        .count();
                    Some(format!(
                        "**{path}** — {}\n\nA group of {} in {}; it is not itself a requirement.",
                        item.title,
                        count(inside, "requirement"),
                        framework.title
                    ))
                }
                Lookup::UnknownId(framework, id) => {
                    Some(format!("`{id}` is not an id in {}.", framework.title))
                }
                Lookup::UnknownFramework(name) => {
                    Some(format!("`{name}` is not a known framework."))
                }
            }
        }
        SymbolRef::Name(name) => {
            if let Some(framework) = queries::catalogue(db, workspace).framework(name) {
                return Some(framework_hover(framework));
            }
            let target = declaration_of(db, symbol)?;
            let file = crate::ide::file_by_path(db, &target.file)?;
            let item = crate::ide::top_item(&queries::parse(db, file).tree, name)?;
            let mut out = declaration_hover(item, &target.file);
            // A certification or attestation also shows where its framework stands.
            if matches!(item.kind.text.as_str(), "certification" | "attestation")
                && let Some(name) = item.field("framework").and_then(|f| f.value.as_ident())
                && let Some(framework) = queries::catalogue(db, workspace).framework(name)
                && let Some(coverage) = queries::coverage(db, workspace).framework(name)
            {
                let summary = crate::ide::hints::coverage_summary(framework, coverage);
                out.push_str(&format!("\n\n{summary}"));
            }
            out.push_str(&management_lines(db, item));
            Some(out)
        }
    }
}

/// What a supplier holds, or when the next audit or review is due.
fn management_lines(db: &dyn Db, item: &Item) -> String {
    let workspace = Workspace::get(db);
    let as_of = workspace.settings(db).as_of;
    let model = queries::model(db, workspace);
    let name = item.name.as_ref().map_or("", |n| n.text.as_str());
    match item.kind.text.as_str() {
        "supplier" => {
            let catalogue = queries::catalogue(db, workspace);
            let index = crate::semantic::assurance::AssuranceIndex::index(model, catalogue);
            let held: Vec<String> = index
                .by_supplier
                .get(name)
                .into_iter()
                .flatten()
                .map(|a| {
                    let when = match a.expires {
                        Some(d) if d < as_of => format!(", expired on {d}"),
                        Some(d) => format!(", expires {d}"),
                        None => String::new(),
                    };
                    format!(
                        "\n- {} {} `{}`{when}",
                        a.framework,
                        a.kind.replace('_', " "),
                        a.decl.name()
                    )
                })
                .collect();
            if held.is_empty() {
                "\n\nAssurance: none recorded.".to_owned()
            } else {
                format!("\n\nAssurance:{}", held.concat())
            }
        }
        "internal_audit" | "management_review" => {
            let records = crate::semantic::records::Records::index(model);
            let Some(record) = records
                .of_kind(&item.kind.text)
                .iter()
                .find(|r| r.name() == name)
            else {
                return String::new();
            };
            match record.next_due() {
                Some(due) if due < as_of => format!(
                    "\n\nNext due: {due} ({} after the last) — overdue on the as-of date {as_of}.",
                    record.interval()
                ),
                Some(due) => format!(
                    "\n\nNext due: {due} ({} after this one).",
                    record.interval()
                ),
                None => String::new(),
            }
        }
        _ => String::new(),
    }
}

/// The coverage state of a requirement and what is behind it.
fn coverage_lines(coverage: &RequirementCoverage) -> String {
    let mut out = format!(
        "\n\nCoverage: **{}**",
        coverage.state.as_str().replace('_', " ")
    );
    for control in &coverage.controls {
        let evidence = match (control.status, control.has_current_evidence) {
            (Some(ControlStatus::Implemented), true) => ", with current evidence",
            (Some(ControlStatus::Implemented), false) => ", without current evidence",
            _ => "",
        };
        out.push_str(&format!(
            "\n- satisfied by control `{}` ({}{evidence})",
            control.name,
            control.status.map_or("", ControlStatus::as_str)
        ));
    }
    for mapped in &coverage.mapped_from {
        let partial = if mapped.partial { "partial " } else { "" };
        out.push_str(&format!(
            "\n- mapped from `{}.{}` ({}) through the {partial}crosswalk `{}`",
            mapped.framework,
            mapped.id,
            mapped.state.as_str(),
            mapped.crosswalk
        ));
    }
    if let Some(exclusion) = &coverage.exclusion {
        let reason = exclusion.reason.as_deref().unwrap_or("no reason given");
        let validity = if exclusion.valid {
            ""
        } else {
            " (not valid: it needs a reason and an approver, and the requirement must be excludable)"
        };
        out.push_str(&format!("\n- excluded: {reason}{validity}"));
    }
    if let Some(systems) = &coverage.applies_to_systems
        && !systems.is_empty()
    {
        out.push_str(&format!("\n- applies to: {}", systems.join(", ")));
    }
    if let Some(reason) = &coverage.not_applicable_reason {
        out.push_str(&format!("\n- does not apply: {reason}"));
    }
    if coverage.state == State::Gap {
        out.push_str("\n- no control satisfies it and it is not excluded");
    }
    out
}

fn framework_hover(framework: &Framework) -> String {
    let mut out = format!("**{}** — {}\n\n", framework.name, framework.title);
    out.push_str(&format!("Requirements: {}.", describe_counts(framework)));
    for sentence in framework_assurance(framework) {
        out.push_str("\n\n");
        out.push_str(&sentence);
    }
    out
}

fn declaration_hover(item: &Item, file: &str) -> String {
    let name = item.name.as_ref().map_or("", |n| n.text.as_str());
    let title = item
        .title
        .as_ref()
        .map(|t| format!(" \"{}\"", t.value))
        .unwrap_or_default();
    let mut out = format!("```aims\n{} {name}{title}\n```", item.kind.text);
    if let Some(doc) = &item.doc {
        out.push_str(&format!("\n\n{doc}"));
    }
    let facts: Vec<String> = [
        "status",
        "owner",
        "lifecycle",
        "framework",
        "date",
        "expires",
        "target",
    ]
    .iter()
    .filter_map(|f| {
        let field = item.field(f)?;
        let value = match &field.value.kind {
            ValueKind::Ident(s)
            | ValueKind::Date(s)
            | ValueKind::Month(s)
            | ValueKind::Quarter(s)
            | ValueKind::Str(s) => s.clone(),
            _ => return None,
        };
        Some(format!("{f}: `{value}`"))
    })
    .collect();
    if !facts.is_empty() {
        out.push_str(&format!("\n\n{}", facts.join(" · ")));
    }
    if let Some(kind) = schema::kind(&item.kind.text) {
        out.push_str(&format!("\n\n*{}* Declared in `{file}`.", kind.doc));
    }
    out
}

fn kind_hover(item: &Item, top: bool) -> Option<String> {
    let spec = if top {
        schema::kind(&item.kind.text)
    } else {
        schema::nested_kind(&item.kind.text)
    }?;
    let mut out = format!("**{}** — {}", spec.name, spec.doc);
    if !spec.fields.is_empty() {
        out.push_str("\n\nFields:");
        for field in spec.fields {
            let required = if field.required { " (required)" } else { "" };
            out.push_str(&format!(
                "\n- `{}`{required}: {}",
                field.name,
                schema::describe_type(field.ty)
            ));
        }
    }
    Some(out)
}

/// Hover for a field name: its type, whether it is required, and allowed values.
pub fn field_hover(name: &str, spec: &FieldSpec) -> String {
    let required = if spec.required {
        "required"
    } else {
        "optional"
    };
    let mut out = format!(
        "```aims\n{name}: {}\n```\n\n{} ({required})",
        type_sketch(spec.ty),
        spec.doc
    );
    out.push_str(&format!("\n\nTakes {}.", schema::describe_type(spec.ty)));
    if let FieldType::Enum(words) | FieldType::EnumList(words) = spec.ty {
        out.push_str("\n\nAllowed values:");
        for word in words {
            match explain_word(word, words) {
                Some(why) => out.push_str(&format!("\n- `{word}` — {why}")),
                None => out.push_str(&format!("\n- `{word}`")),
            }
        }
    }
    out
}

/// A compact, code-like picture of a type: `planned | in_progress | implemented`.
fn type_sketch(ty: FieldType) -> String {
    match ty {
        FieldType::Enum(words) => words.join(" | "),
        FieldType::EnumList(words) => format!("[{}]", words.join(" | ")),
        FieldType::Str => "\"text\"".into(),
        FieldType::Text => "\"text\" | word".into(),
        FieldType::Bool => "true | false".into(),
        FieldType::Date => "YYYY-MM-DD".into(),
        FieldType::DateLike => "YYYY-MM-DD | YYYY-MM | YYYY-Qn".into(),
        FieldType::Duration => "N days | weeks | months | years".into(),
        FieldType::Int => "number".into(),
        FieldType::Percent => "N%".into(),
        FieldType::Ref(kinds) => kinds.join(" | "),
        FieldType::RefList(kinds) => format!("[{}]", kinds.join(" | ")),
        FieldType::Framework => "framework".into(),
        FieldType::FrameworkList => "[framework]".into(),
        FieldType::Requirements => "[framework.requirement-id]".into(),
        FieldType::LocalIds => "[requirement-id]".into(),
        FieldType::StrList => "[\"text\"]".into(),
        FieldType::Record(fields) => format!(
            "{{ {} }}",
            fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn word_hover(field: &str, word: &str, words: &[&str]) -> String {
    let mut out = format!("**{word}**");
    if let Some(why) = explain_word(word, words) {
        out.push_str(&format!(" — {why}"));
    }
    let others: Vec<String> = words
        .iter()
        .filter(|w| **w != word)
        .map(|w| format!("`{w}`"))
        .collect();
    out.push_str(&format!(
        "\n\nOther values of `{field}`: {}",
        others.join(", ")
    ));
    out
}

/// What a status (or other enum) word means, in the words of LANGUAGE.md. `words`
/// is the field's set of allowed words from the schema table, which tells a
/// control's status from a certification's; the meanings live beside the words.
pub fn explain_word(word: &str, words: &[&str]) -> Option<&'static str> {
    words::meaning(words, word)
}

fn date_hover(date: Date, as_of: Date) -> String {
    let days = as_of.until(date).map(|s| s.get_days() as i64).unwrap_or(0);
    let distance = match days {
        0 => "the as-of date itself".to_owned(),
        d if d > 0 => format!("{} after the as-of date", in_words(d)),
        d => format!("{} before the as-of date", in_words(-d)),
    };
    format!("**{date}** — {distance} ({as_of})")
}

fn in_words(days: i64) -> String {
    let exact = count(days as usize, "day");
    if days < 60 {
        exact
    } else if days < 730 {
        format!(
            "{exact}, about {}",
            count(((days as f64) / 30.44).round() as usize, "month")
        )
    } else {
        format!(
            "{exact}, about {}",
            count(((days as f64) / 365.25).round() as usize, "year")
        )
    }
}

#[cfg(test)]
mod management_tests {
    use crate::ide::test_support::fixture;

    fn hover_at(text: &str) -> String {
        let f = fixture(text);
        f.analysis()
            .hover(&f.file, f.offset)
            .unwrap()
            .map(|h| h.markdown)
            .unwrap_or_default()
    }

    const SPEC: &str = "role cto { holder: \"A\" }\nsupplier azure \"Azure\" { owner: cto }\n\
        assurance az { supplier: azure, framework: iso27001, issued: 2023-01-01, expires: 2026-05-31 }\n";

    #[test]
    fn hover_on_a_supplier_lists_its_assurance() {
        let text =
            format!("{SPEC}control c {{ owner: cto, status: planned, relies_on: [az$0ure] }}\n");
        let hover = hover_at(&text);
        assert!(
            hover.contains("Assurance:\n- iso27001 certificate `az`, expired on 2026-05-31"),
            "{hover}"
        );
        let text = "role cto { holder: \"A\" }\nsupplier modelco { owner: cto }\ncontrol c { owner: cto, status: planned, relies_on: [model$0co] }\n";
        assert!(hover_at(text).contains("Assurance: none recorded."));
    }

    #[test]
    fn hover_on_the_new_kinds_and_their_words() {
        let kind = hover_at("internal_au$0dit ia { date: 2026-01-01 }\n");
        assert!(
            kind.contains("**internal_audit** — An internal audit"),
            "{kind}"
        );
        assert!(kind.contains("`every`"), "{kind}");
        let word = hover_at(
            "role r {}\nnonconformity n { raised: 2026-01-01, owner: r, status: in_prog$0ress }\n",
        );
        assert!(word.contains("corrective action is under way"), "{word}");
        assert!(!word.contains("certification"), "{word}");
        let kind = hover_at("assurance a { supplier: s, framework: soc2, kind: attest$0ation }\n");
        assert!(kind.contains("not a certificate"), "{kind}");
    }

    #[test]
    fn hover_on_a_review_says_when_the_next_is_due() {
        let hover = hover_at(
            "management_review mr { date: 2025-06-01 }\nnonconformity n { raised: 2026-01-01, owner: r, status: open, found_by: m$0r }\n",
        );
        assert!(
            hover.contains("Next due: 2026-06-01 (12 months after the last) — overdue on the as-of date 2026-11-28."),
            "{hover}"
        );
    }
}
