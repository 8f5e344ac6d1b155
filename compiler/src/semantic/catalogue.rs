//! Framework catalogues as data: each framework's metadata and its requirements,
//! lowered from `framework` and `crosswalk` declarations (built-in or the user's).
//!
//! Like the symbol table, the catalogue holds no positions, so it stays equal across
//! edits that do not change a catalogue and nothing downstream re-runs.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::fast_hash::FastMap;
use crate::semantic::schema;
use crate::semantic::values::{self, Duration};
use crate::syntax::ast::{Item, SourceTree, Value, ValueKind};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub frameworks: BTreeMap<String, Framework>,
    pub crosswalks: Vec<Crosswalk>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framework {
    pub name: String,
    pub title: String,
    /// The declaring file's path.
    pub file: String,
    pub certifiable: bool,
    pub attestation: bool,
    /// Whether it is law: organisations comply, nobody certifies them.
    pub law: bool,
    /// Whether it is a voluntary framework with no certificate or report.
    pub voluntary: bool,
    pub certificate_valid: Option<Duration>,
    pub surveillance_every: Option<Duration>,
    pub aliases: Vec<String>,
    pub requires: Option<Prerequisite>,
    /// Requirement ids met by the management system's own records, by record kind
    /// (`internal_audit`, `management_review`, `nonconformity`).
    pub met_by_records: BTreeMap<String, Vec<String>>,
    /// Whether assurance is a self-assessment that is published (NHS DSPT).
    pub self_assessment: bool,
    /// How often a self-assessment must be published again.
    pub assessment_every: Option<Duration>,
    /// Groups and requirements in catalogue order.
    pub items: Vec<CatalogueItem>,
    /// Where each id is in `items`, so that resolving a requirement path is a hash
    /// lookup, not a scan of the catalogue (built by `ItemIndex::of(&items)`).
    pub index: ItemIndex,
}

/// The position in `Framework::items` of the first item with each id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ItemIndex(FastMap<String, usize>);

impl ItemIndex {
    pub fn of(items: &[CatalogueItem]) -> ItemIndex {
        let mut index = FastMap::with_capacity_and_hasher(items.len(), Default::default());
        for (position, item) in items.iter().enumerate() {
            index.entry(item.id.clone()).or_insert(position);
        }
        ItemIndex(index)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prerequisite {
    pub framework: String,
    pub within: Option<Duration>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueItem {
    /// The id as written after the framework name, e.g. `A.6.2.4`.
    pub id: String,
    /// `group`, `clause`, `control`, `subcategory`, `criterion`, `obligation` or `theme`.
    pub kind: String,
    pub title: String,
    /// The ids of the enclosing groups, outermost first.
    pub groups: Vec<String>,
    pub applies_to: Option<AppliesTo>,
    pub applies_from: Option<Date>,
}

impl CatalogueItem {
    pub fn is_group(&self) -> bool {
        self.kind == "group"
    }

    /// Whether the requirement may be excluded (only controls and their like).
    pub fn excludable(&self) -> bool {
        schema::excludable(&self.kind).unwrap_or(false)
    }
}

/// Conditions on a system under which a requirement applies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppliesTo {
    pub roles: Option<Vec<String>>,
    pub tiers: Option<Vec<String>>,
    pub gpai: Option<bool>,
    pub systemic_risk: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crosswalk {
    pub name: String,
    pub title: String,
    pub from: String,
    pub to: String,
    pub partial: bool,
    /// `(from id, to id)` pairs.
    pub pairs: Vec<(String, String)>,
}

/// What a requirement path points at.
#[derive(Debug)]
pub enum Lookup<'a> {
    Requirement(&'a Framework, &'a CatalogueItem),
    Group(&'a Framework, &'a CatalogueItem),
    UnknownId(&'a Framework, &'a str),
    UnknownFramework(&'a str),
}

impl Catalogue {
    pub fn framework(&self, name: &str) -> Option<&Framework> {
        self.frameworks.get(name)
    }

    /// Resolves `iso42001.A.6.2.4`.
    pub fn lookup<'a>(&'a self, path: &'a str) -> Lookup<'a> {
        let (name, id) = path.split_once('.').unwrap_or((path, ""));
        let Some(framework) = self.frameworks.get(name) else {
            return Lookup::UnknownFramework(name);
        };
        match framework.item(id) {
            Some(item) if item.is_group() => Lookup::Group(framework, item),
            Some(item) => Lookup::Requirement(framework, item),
            None => Lookup::UnknownId(framework, id),
        }
    }

    /// Adds the frameworks and crosswalks declared in one file.
    pub fn add_file(&mut self, file: &str, tree: &SourceTree) {
        for item in &tree.items {
            let Some(name) = &item.name else { continue };
            match item.kind.text.as_str() {
                "framework" => {
                    self.frameworks
                        .entry(name.text.to_string())
                        .or_insert_with(|| lower_framework(file, &name.text, item));
                }
                "crosswalk" => self.crosswalks.push(lower_crosswalk(&name.text, item)),
                _ => {}
            }
        }
    }
}

impl Framework {
    /// The record kinds (`internal_audit`, …) that meet requirement `id`.
    pub fn records_meeting<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.met_by_records
            .iter()
            .filter(move |(_, ids)| ids.iter().any(|i| i == id))
            .map(|(kind, _)| kind.as_str())
    }

    pub fn item(&self, id: &str) -> Option<&CatalogueItem> {
        self.index.0.get(id).map(|&position| &self.items[position])
    }

    pub fn requirements(&self) -> impl Iterator<Item = &CatalogueItem> {
        self.items.iter().filter(|i| !i.is_group())
    }

    pub fn groups(&self) -> impl Iterator<Item = &CatalogueItem> {
        self.items.iter().filter(|i| i.is_group())
    }
}

fn title_of(item: &Item) -> String {
    item.title
        .as_ref()
        .map(|t| t.value.clone())
        .unwrap_or_default()
}

fn lower_framework(file: &str, name: &str, item: &Item) -> Framework {
    let field = |n: &str| item.field(n).map(|f| &f.value);
    let mut items = Vec::new();
    collect_items(item, &mut Vec::new(), &mut items);
    Framework {
        name: name.to_owned(),
        title: title_of(item),
        file: file.to_owned(),
        certifiable: field("certifiable")
            .and_then(values::boolean)
            .unwrap_or(false),
        attestation: field("attestation")
            .and_then(values::boolean)
            .unwrap_or(false),
        law: field("law").and_then(values::boolean).unwrap_or(false),
        voluntary: field("voluntary")
            .and_then(values::boolean)
            .unwrap_or(false),
        certificate_valid: field("certificate_valid").and_then(values::duration),
        surveillance_every: field("surveillance_every").and_then(values::duration),
        aliases: field("aliases")
            .map(|v| {
                v.elements()
                    .iter()
                    .filter_map(|e| e.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default(),
        requires: field("requires").and_then(|v| match &v.kind {
            ValueKind::Record(block) => Some(Prerequisite {
                framework: block.field("framework")?.value.as_ident()?.to_owned(),
                within: block
                    .field("within")
                    .and_then(|f| values::duration(&f.value)),
            }),
            _ => None,
        }),
        met_by_records: field("met_by_records")
            .map(met_by_records)
            .unwrap_or_default(),
        self_assessment: field("self_assessment")
            .and_then(values::boolean)
            .unwrap_or(false),
        assessment_every: field("assessment_every").and_then(values::duration),
        index: ItemIndex::of(&items),
        items,
    }
}

/// The record kinds of a `met_by_records` block and the ids each meets.
fn met_by_records(value: &Value) -> BTreeMap<String, Vec<String>> {
    let ValueKind::Record(block) = &value.kind else {
        return BTreeMap::new();
    };
    block
        .fields()
        .map(|f| {
            let ids = f.value.elements().iter().filter_map(local_id).collect();
            (f.name.text.to_string(), ids)
        })
        .collect()
}

fn collect_items(parent: &Item, groups: &mut Vec<String>, out: &mut Vec<CatalogueItem>) {
    for child in parent.children() {
        let Some(id) = &child.name else { continue };
        if schema::nested_kind(&child.kind.text).is_none() || child.kind.text == "map" {
            continue;
        }
        out.push(CatalogueItem {
            id: id.text.to_string(),
            kind: child.kind.text.to_string(),
            title: title_of(child),
            groups: groups.clone(),
            applies_to: child.field("applies_to").and_then(|f| applies_to(&f.value)),
            applies_from: child
                .field("applies_from")
                .and_then(|f| values::date(&f.value)),
        });
        if child.kind.text == "group" {
            groups.push(id.text.to_string());
            collect_items(child, groups, out);
            groups.pop();
        }
    }
}

fn applies_to(value: &Value) -> Option<AppliesTo> {
    let ValueKind::Record(block) = &value.kind else {
        return None;
    };
    let words = |name: &str| {
        block.field(name).map(|f| {
            f.value
                .elements()
                .iter()
                .filter_map(|v| v.as_ident().map(str::to_owned))
                .collect()
        })
    };
    Some(AppliesTo {
        roles: words("role"),
        tiers: words("tier"),
        gpai: block.field("gpai").and_then(|f| values::boolean(&f.value)),
        systemic_risk: block
            .field("systemic_risk")
            .and_then(|f| values::boolean(&f.value)),
    })
}

fn lower_crosswalk(name: &str, item: &Item) -> Crosswalk {
    let framework = |n: &str| {
        item.field(n)
            .and_then(|f| f.value.as_ident())
            .unwrap_or_default()
            .to_owned()
    };
    let mut pairs = Vec::new();
    for map in item.children().filter(|c| c.kind.text == "map") {
        let Some(from) = &map.name else { continue };
        if let Some(to) = map.field("to") {
            for target in to.value.elements() {
                if let Some(id) = local_id(target) {
                    pairs.push((from.text.to_string(), id));
                }
            }
        }
    }
    Crosswalk {
        name: name.to_owned(),
        title: title_of(item),
        from: framework("from"),
        to: framework("to"),
        partial: item
            .field("partial")
            .and_then(|f| values::boolean(&f.value))
            .unwrap_or(false),
        pairs,
    }
}

/// A requirement id local to a framework: `4.1`, `A.2.2`, `GOVERN.1.1`, `art9`.
pub fn local_id(value: &Value) -> Option<String> {
    match &value.kind {
        ValueKind::Path(s) | ValueKind::Int(s) | ValueKind::Ident(s) => Some(s.to_string()),
        _ => None,
    }
}
