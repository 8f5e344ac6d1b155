//! Checks that read one file against the workspace namespace: syntax errors, the
//! schema (unknown, missing and ill-typed fields), references (undefined names, wrong
//! kinds, unknown requirements) and unused declarations.
//!
//! Everything here depends only on the file's own tree and on position-independent
//! workspace summaries, which is what lets salsa skip re-checking untouched files.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::catalogue::{Catalogue, Lookup};
use crate::semantic::schema::{self, FieldSpec, FieldType, KindSpec};
use crate::semantic::symbols::SymbolTable;
use crate::semantic::values;
use crate::suggest;
use crate::syntax::Parse;
use crate::syntax::ast::{Block, Field, Item, Value, ValueKind};
use crate::text::TextRange;

pub struct FileContext<'a> {
    pub path: &'a str,
    pub symbols: &'a SymbolTable,
    pub catalogue: &'a Catalogue,
    pub referenced: &'a crate::fast_hash::FastSet<smol_str::SmolStr>,
    /// Built-in catalogues are checked for well-formedness but not for use.
    pub report_unused: bool,
}

pub fn check_file(parse: &Parse, cx: &FileContext<'_>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = parse
        .errors
        .iter()
        .map(|e| Diagnostic::new(Code::SyntaxError, cx.path, e.range, e.message.clone()))
        .collect();
    let mut checker = Checker { cx, out: &mut out };
    for item in &parse.tree.items {
        checker.top_level(item);
    }
    out
}

struct Checker<'a, 'b> {
    cx: &'a FileContext<'a>,
    out: &'b mut Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    fn emit(
        &mut self,
        code: Code,
        range: TextRange,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        let index = self.out.len();
        self.out
            .push(Diagnostic::new(code, self.cx.path, range, message));
        &mut self.out[index]
    }

    fn top_level(&mut self, item: &Item) {
        let kind = &item.kind.text;
        let Some(spec) = schema::kind(kind) else {
            let names = schema::KINDS.iter().map(|k| k.name);
            let d = self.emit(
                Code::SyntaxError,
                item.kind.range,
                format!("`{kind}` is not a kind of declaration"),
            );
            d.help = Some(match suggest::closest(kind, names) {
                Some(best) => format!("did you mean `{best}`?"),
                None => format!(
                    "declarations start with one of: {}",
                    schema::KINDS
                        .iter()
                        .map(|k| k.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            });
            return;
        };
        if item.name.is_none() {
            let example = if kind == "exclude" {
                "exclude iso42001.A.10.4 { … }".to_owned()
            } else {
                format!("{kind} my_{kind} {{ … }}")
            };
            self.emit(
                Code::SyntaxError,
                item.kind.range,
                format!("this `{kind}` has no name"),
            )
            .help = Some(format!("write a name after the kind, like `{example}`"));
        }
        if kind == "exclude"
            && let Some(name) = &item.name
        {
            self.requirement(&name.text, name.range, true);
        }
        self.body(item, spec);
        if self.cx.report_unused {
            self.unused(item);
        }
    }

    fn body(&mut self, item: &Item, spec: &KindSpec) {
        let empty = Block {
            members: Vec::new(),
            range: item.range,
        };
        let block = item.body.as_ref().unwrap_or(&empty);
        self.fields(
            block,
            spec.fields,
            &format!("`{}`", spec.name),
            item.name_range(),
        );
        for child in block.items() {
            match schema::nested_kind(&child.kind.text)
                .filter(|_| spec.children.contains(&child.kind.text.as_str()))
            {
                Some(child_spec) => {
                    if child.name.is_none() {
                        self.emit(
                            Code::SyntaxError,
                            child.kind.range,
                            format!("this `{}` has no id", child.kind.text),
                        );
                    }
                    self.body(child, child_spec);
                }
                None => {
                    let message = if spec.children.is_empty() {
                        format!(
                            "a `{}` cannot be declared inside a `{}`; is a `}}` missing above it?",
                            child.kind.text, spec.name
                        )
                    } else {
                        format!(
                            "a `{}` cannot be nested in a `{}`; use one of: {}",
                            child.kind.text,
                            spec.name,
                            spec.children.join(", ")
                        )
                    };
                    self.emit(Code::SyntaxError, child.kind.range, message);
                }
            }
        }
    }

    /// Checks the fields of a block against `specs`: unknown, duplicated, missing and
    /// ill-typed fields. `owner` names the declaration in messages; `anchor` is where a
    /// missing field is reported.
    fn fields(
        &mut self,
        block: &Block,
        specs: &'static [FieldSpec],
        owner: &str,
        anchor: TextRange,
    ) {
        // Where each field of `specs` was last given, by its position in `specs`.
        let mut seen: Vec<Option<TextRange>> = vec![None; specs.len()];
        let position_of = |name: &str| specs.iter().position(|s| s.name == name);
        // A misspelt required field is reported once, as unknown with a suggestion,
        // not a second time as missing.
        let mut misspelt: Vec<&str> = Vec::new();
        for field in block.fields() {
            let name = field.name.text.as_str();
            let Some(position) = position_of(name) else {
                misspelt.extend(suggest::closest(name, specs.iter().map(|s| s.name)));
                let path = self.cx.path.to_owned();
                let d = self.emit(
                    Code::UnknownField,
                    field.name.range,
                    format!("{owner} has no field `{name}`"),
                );
                d.help = Some(match suggest::closest(name, specs.iter().map(|s| s.name)) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!(
                        "the fields of {owner} are: {}",
                        specs.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
                    ),
                });
                if let Some(best) = suggest::closest(name, specs.iter().map(|s| s.name)) {
                    d.fix = Some(crate::diagnostics::Fix::replace(
                        format!("rename to `{best}`"),
                        &path,
                        field.name.range,
                        best,
                    ));
                }
                continue;
            };
            let spec = &specs[position];
            if let Some(first) = seen[position].replace(field.name.range) {
                let path = self.cx.path.to_owned();
                let d = self.emit(
                    Code::InvalidValue,
                    field.name.range,
                    format!("the field `{name}` is given twice in {owner}"),
                );
                d.labels.push(crate::diagnostics::Label {
                    location: crate::diagnostics::Location {
                        file: path,
                        range: first,
                    },
                    message: "first given here".into(),
                });
                continue;
            }
            self.value(field, &field.value, spec.ty);
        }
        for spec in specs.iter().filter(|s| s.required) {
            let given = position_of(spec.name).is_some_and(|p| seen[p].is_some());
            if !given && !misspelt.contains(&spec.name) {
                self.emit(
                    Code::MissingField,
                    anchor,
                    format!("{owner} is missing the required field `{}`", spec.name),
                )
                .help = Some(format!(
                    "add `{}: …` ({})",
                    spec.name,
                    schema::describe_type(spec.ty)
                ));
            }
        }
    }

    fn invalid(&mut self, field: &Field, value: &Value, ty: FieldType, found: &str) {
        self.emit(
            Code::InvalidValue,
            value.range,
            format!(
                "`{}` takes {}, not {found}",
                field.name.text,
                schema::describe_type(ty)
            ),
        );
    }

    fn value(&mut self, field: &Field, value: &Value, ty: FieldType) {
        if value.kind == ValueKind::Missing {
            return; // The parser already reported it.
        }
        match ty {
            FieldType::Str => {
                if value.as_str().is_none() {
                    self.invalid(field, value, ty, value.describe());
                }
            }
            FieldType::Text => {
                if !matches!(value.kind, ValueKind::Str(_) | ValueKind::Ident(_)) {
                    self.invalid(field, value, ty, value.describe());
                }
            }
            FieldType::Enum(words) => self.word(field, value, words),
            FieldType::EnumList(words) => {
                for element in value.elements() {
                    self.word(field, element, words);
                }
            }
            FieldType::Bool => {
                if values::boolean(value).is_none() {
                    self.invalid(field, value, ty, &shown(value));
                }
            }
            FieldType::Date => match &value.kind {
                ValueKind::Date(s) if values::parse_date(s).is_none() => {
                    self.emit(
                        Code::InvalidValue,
                        value.range,
                        format!("`{s}` is not a calendar date"),
                    )
                    .help = Some("dates are written year-month-day, like 2026-11-28".into());
                }
                ValueKind::Date(_) => {}
                _ => self.invalid(field, value, ty, value.describe()),
            },
            FieldType::DateLike => {
                if matches!(
                    value.kind,
                    ValueKind::Date(_) | ValueKind::Month(_) | ValueKind::Quarter(_)
                ) {
                    if values::date_like(value).is_none() {
                        self.emit(
                            Code::InvalidValue,
                            value.range,
                            format!("`{}` is not a real date, month or quarter", shown(value)),
                        );
                    }
                } else {
                    self.invalid(field, value, ty, value.describe());
                }
            }
            FieldType::Duration => match &value.kind {
                ValueKind::Duration { unit, .. } if values::parse_unit(&unit.text).is_none() => {
                    let d = self.emit(
                        Code::InvalidValue,
                        unit.range,
                        format!("`{}` is not a unit of time", unit.text),
                    );
                    d.help = Some(
                        match suggest::closest(&unit.text, values::DURATION_UNITS.iter().copied()) {
                            Some(best) => format!("did you mean `{best}`?"),
                            None => "use days, weeks, months or years".into(),
                        },
                    );
                }
                ValueKind::Duration { .. } if values::duration(value).is_none() => {
                    self.emit(
                        Code::InvalidValue,
                        value.range,
                        "this duration is too long to be meant",
                    );
                }
                ValueKind::Duration { .. } => {}
                _ => self.invalid(field, value, ty, value.describe()),
            },
            FieldType::Int => {
                if !matches!(&value.kind, ValueKind::Int(s) if s.parse::<i64>().is_ok()) {
                    self.invalid(field, value, ty, value.describe());
                }
            }
            FieldType::Percent => {
                if !matches!(&value.kind, ValueKind::Percent(s) if s.parse::<u32>().is_ok_and(|p| p <= 100))
                {
                    self.invalid(field, value, ty, &shown(value));
                }
            }
            FieldType::Ref(kinds) => self.reference(field, value, kinds),
            FieldType::RefList(kinds) => {
                for element in value.elements() {
                    self.reference(field, element, kinds);
                }
            }
            FieldType::Framework => self.reference(field, value, &["framework"]),
            FieldType::FrameworkList => {
                for element in value.elements() {
                    self.reference(field, element, &["framework"]);
                }
            }
            FieldType::Requirements => {
                for element in value.elements() {
                    match &element.kind {
                        ValueKind::Path(path) => self.requirement(path, element.range, false),
                        _ => self.invalid(field, element, ty, element.describe()),
                    }
                }
            }
            FieldType::LocalIds => {
                for element in value.elements() {
                    if crate::semantic::catalogue::local_id(element).is_none() {
                        self.invalid(field, element, ty, element.describe());
                    }
                }
            }
            FieldType::StrList => {
                for element in value.elements() {
                    if element.as_str().is_none() {
                        self.invalid(field, element, ty, element.describe());
                    }
                }
            }
            FieldType::Record(specs) => match &value.kind {
                ValueKind::Record(block) => {
                    let owner = format!("`{}`", field.name.text);
                    self.fields(block, specs, &owner, field.name.range);
                    for nested in block.items() {
                        self.emit(
                            Code::SyntaxError,
                            nested.kind.range,
                            format!(
                                "`{}` is not a field: write `{}: value`",
                                nested.kind.text, nested.kind.text
                            ),
                        );
                    }
                }
                _ => self.invalid(field, value, ty, value.describe()),
            },
        }
    }

    fn word(&mut self, field: &Field, value: &Value, words: &'static [&'static str]) {
        match value.as_ident() {
            Some(word) if words.contains(&word) => {}
            Some(word) => {
                let d = self.emit(
                    Code::InvalidValue,
                    value.range,
                    format!("`{word}` is not a valid `{}`", field.name.text),
                );
                // Words people use for a status that AIMS spells differently.
                const SYNONYMS: &[(&str, &str)] = &[
                    ("certified", "achieved"),
                    ("certificated", "achieved"),
                    ("attested", "achieved"),
                    ("expired", "lapsed"),
                    ("ongoing", "in_progress"),
                    ("started", "in_progress"),
                    ("done", "implemented"),
                    ("complete", "implemented"),
                    ("completed", "implemented"),
                    ("live", "production"),
                ];
                let synonym = SYNONYMS
                    .iter()
                    .find(|(w, s)| word.eq_ignore_ascii_case(w) && words.contains(s))
                    .map(|(_, s)| *s);
                match synonym.or_else(|| suggest::closest(word, words.iter().copied())) {
                    Some(best) => {
                        d.help = Some(format!("did you mean `{best}`?"));
                        d.fix = Some(crate::diagnostics::Fix::replace(
                            format!("change to `{best}`"),
                            &d.location.file,
                            value.range,
                            best,
                        ));
                    }
                    None => d.help = Some(format!("use one of: {}", words.join(", "))),
                }
            }
            None => self.invalid(field, value, FieldType::Enum(words), value.describe()),
        }
    }

    fn reference(&mut self, field: &Field, value: &Value, kinds: &'static [&'static str]) {
        let Some(name) = value.as_ident() else {
            let ty = if kinds == ["framework"] {
                FieldType::Framework
            } else {
                FieldType::Ref(kinds)
            };
            self.invalid(field, value, ty, value.describe());
            return;
        };
        let kind = self.cx.symbols.kind_of(name);
        if kind.is_some_and(|kind| kinds.contains(&kind)) {
            return;
        }
        let kind_list = kinds.join(" or ");
        let article = if kind_list.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        match kind {
            Some(kind) => {
                self.emit(
                    Code::WrongKind,
                    value.range,
                    format!(
                        "`{}` must name {article} {kind_list}, but `{name}` is {} {kind}",
                        field.name.text,
                        if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
                            "an"
                        } else {
                            "a"
                        }
                    ),
                )
                .help = nearest_of_kind(self.cx.symbols, name, kinds)
                    .map(|best| format!("did you mean the {kind_list} `{best}`?"));
            }
            None => {
                let best = nearest_of_kind(self.cx.symbols, name, kinds);
                let path = self.cx.path.to_owned();
                let d = self.emit(
                    Code::UndefinedName,
                    value.range,
                    format!("there is no {kind_list} named `{name}`"),
                );
                match best {
                    Some(best) => {
                        d.help = Some(format!("did you mean `{best}`?"));
                        d.fix = Some(crate::diagnostics::Fix::replace(
                            format!("change to `{best}`"),
                            &path,
                            value.range,
                            best,
                        ));
                    }
                    None => {
                        d.help = Some(format!("declare it, e.g. `{} {name} {{ … }}`", kinds[0]))
                    }
                }
            }
        }
    }

    /// Checks a requirement path; `excluding` when it names what an `exclude` leaves
    /// out, so that suggestions name only requirements that may be excluded.
    fn requirement(&mut self, path: &str, range: TextRange, excluding: bool) {
        match self.cx.catalogue.lookup(path) {
            Lookup::Requirement(..) => {}
            Lookup::Group(framework, group) => {
                let members: Vec<String> = framework
                    .requirements()
                    .filter(|r| r.groups.contains(&group.id))
                    .filter(|r| !excluding || r.excludable())
                    .take(6)
                    .map(|r| format!("{}.{}", framework.name, r.id))
                    .collect();
                let help = if members.is_empty() {
                    "the requirements of this group are mandatory and cannot be excluded: satisfy them with controls and remove this exclusion".to_owned()
                } else if excluding {
                    format!(
                        "exclude the requirements it contains one by one, such as {}",
                        members.join(", ")
                    )
                } else {
                    format!(
                        "name the requirements it contains, such as {}",
                        members.join(", ")
                    )
                };
                self.emit(
                    Code::UnknownRequirement,
                    range,
                    format!("`{path}` is a group of requirements, not a requirement"),
                )
                .help = Some(help);
            }
            Lookup::UnknownId(framework, id) => {
                // The standards number Annex A controls `5.10`; AIMS writes `A.5.10`.
                let annex = format!("A.{id}");
                if !id.is_empty()
                    && !id.starts_with("A.")
                    && framework.requirements().any(|r| r.id == annex)
                {
                    let best = format!("{}.{annex}", framework.name);
                    let file = self.cx.path;
                    let d = self.emit(
                        Code::UnknownRequirement,
                        range,
                        format!("`{}` has no requirement `{id}`", framework.name),
                    );
                    d.help = Some(format!(
                        "did you mean `{best}`? Annex A controls are written with `A.` (the standard's control {id})"
                    ));
                    d.fix = Some(crate::diagnostics::Fix::replace(
                        format!("change to `{best}`"),
                        file,
                        range,
                        best,
                    ));
                    return;
                }
                let ids = framework
                    .requirements()
                    .filter(|r| !excluding || r.excludable())
                    .map(|r| r.id.as_str());
                let near: Vec<String> = suggest::nearest(id, ids, 3)
                    .into_iter()
                    .map(|id| format!("`{}.{id}`", framework.name))
                    .collect();
                let message = if id.is_empty() || id.ends_with('.') {
                    format!(
                        "`{path}` is incomplete: name a requirement of `{}`",
                        framework.name
                    )
                } else {
                    format!("`{}` has no requirement `{id}`", framework.name)
                };
                let d = self.emit(Code::UnknownRequirement, range, message);
                d.help = if near.is_empty() {
                    Some(format!(
                        "no requirement of `{}` may be excluded: satisfy its requirements with controls",
                        framework.name
                    ))
                } else {
                    Some(format!("the closest are {}", near.join(", ")))
                };
            }
            Lookup::UnknownFramework(name) => {
                let catalogue = self.cx.catalogue;
                let names = catalogue.frameworks.keys().map(String::as_str);
                let d = self.emit(
                    Code::UnknownRequirement,
                    range,
                    format!("`{name}` is not a framework, so `{path}` names no requirement"),
                );
                d.help = Some(match suggest::closest(name, names) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!(
                        "the frameworks are: {}",
                        catalogue
                            .frameworks
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                });
            }
        }
    }

    fn unused(&mut self, item: &Item) {
        let Some(name) = &item.name else { return };
        let kind = item.kind.text.as_str();
        let referenced = self.cx.referenced.contains(name.text.as_str());
        let message = match kind {
            "role" | "evidence" | "dataset" | "supplier" if !referenced => {
                format!("the {kind} `{}` is not referred to anywhere", name.text)
            }
            "control"
                if !referenced
                    && item
                        .field("satisfies")
                        .is_none_or(|f| f.value.elements().is_empty()) =>
            {
                format!(
                    "the control `{}` neither treats a risk nor satisfies a requirement",
                    name.text
                )
            }
            _ => return,
        };
        let help = match kind {
            "control" => "list it in a risk's `controls`, or add `satisfies: [...]`",
            "evidence" => "list it in a control's `evidence`, or remove it",
            "role" => "make it the `owner` of something, or remove it",
            _ => "refer to it from a system, or remove it",
        };
        self.emit(Code::UnusedDeclaration, name.range, message).help = Some(help.into());
    }
}

fn nearest_of_kind<'a>(
    symbols: &'a SymbolTable,
    name: &str,
    kinds: &'a [&'a str],
) -> Option<&'a str> {
    suggest::closest(name, symbols.names_of_kind(kinds))
}

fn shown(value: &Value) -> String {
    match &value.kind {
        ValueKind::Ident(s) | ValueKind::Path(s) => format!("`{s}`"),
        ValueKind::Percent(s) => format!("`{s}%`"),
        ValueKind::Date(s) | ValueKind::Month(s) | ValueKind::Quarter(s) => format!("`{s}`"),
        _ => value.describe().to_owned(),
    }
}
