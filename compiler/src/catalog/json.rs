//! The JSON of `aims catalog list` and `aims catalog show NAME`: a versioned contract
//! with a JSON Schema (`schemas/catalog.schema.json`, from `json_schema`), built from
//! the catalogue into typed structs so that the schema and the output cannot differ.

use std::collections::BTreeMap;

use serde::Serialize;

use super::describe::kind_counts;
use crate::semantic::catalogue::{Catalogue, Crosswalk, Framework};

/// Bump when a field changes meaning or disappears; adding fields does not.
pub const CATALOG_FORMAT_VERSION: u32 = 1;

/// Either output of `aims catalog --format json`.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum CatalogJson {
    /// `aims catalog list`.
    List(CatalogList),
    /// `aims catalog show NAME`.
    Show(Box<FrameworkDetail>),
}

/// Every framework and crosswalk of the built-in catalogue.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CatalogList {
    pub version: u32,
    pub crosswalks: Vec<CrosswalkSummary>,
    pub frameworks: Vec<FrameworkSummary>,
}

/// One framework in the list.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct FrameworkSummary {
    pub attestation: bool,
    pub certifiable: bool,
    /// The number of requirements of each kind (`control`, `clause`, ...).
    pub kinds: BTreeMap<String, usize>,
    pub law: bool,
    pub name: String,
    /// The number of requirements (groups excluded).
    pub requirements: usize,
    pub self_assessment: bool,
    pub title: String,
    pub voluntary: bool,
}

/// One crosswalk in the list.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CrosswalkSummary {
    pub from: String,
    pub name: String,
    /// The number of requirement pairs it maps.
    pub pairs: usize,
    /// Whether a pair may be only a partial correspondence.
    pub partial: bool,
    pub title: String,
    pub to: String,
}

/// One framework with its groups and requirements.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct FrameworkDetail {
    pub version: u32,
    pub aliases: Vec<String>,
    /// How often a self-assessment must be published again, e.g. `1y`.
    pub assessment_every: Option<String>,
    pub attestation: bool,
    pub certifiable: bool,
    /// How long a certificate is valid, e.g. `3y`.
    pub certificate_valid: Option<String>,
    pub groups: Vec<GroupJson>,
    pub kinds: BTreeMap<String, usize>,
    pub law: bool,
    pub name: String,
    pub requirements: Vec<RequirementJson>,
    /// Another framework whose certification this one requires.
    pub requires: Option<PrerequisiteJson>,
    pub self_assessment: bool,
    pub surveillance_every: Option<String>,
    pub title: String,
    pub voluntary: bool,
}

#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct PrerequisiteJson {
    pub framework: String,
    pub within: Option<String>,
}

/// A group of requirements (a clause heading, an annex section).
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct GroupJson {
    pub id: String,
    /// The ids of the enclosing groups, outermost first.
    pub parents: Vec<String>,
    pub title: String,
}

/// One requirement.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct RequirementJson {
    /// When it starts to apply (YYYY-MM-DD), for obligations phased in by law.
    pub applies_from: Option<String>,
    pub applies_to: Option<AppliesToJson>,
    /// Whether it may be excluded with a reason.
    pub excludable: bool,
    pub groups: Vec<String>,
    pub id: String,
    pub kind: String,
    /// `FRAMEWORK.ID`, as a spec writes it.
    pub path: String,
    pub title: String,
}

/// The systems a requirement applies to.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct AppliesToJson {
    pub gpai: Option<bool>,
    pub role: Option<Vec<String>>,
    pub systemic_risk: Option<bool>,
    pub tier: Option<Vec<String>>,
}

/// The JSON of `aims catalog list`.
pub fn list(catalogue: &Catalogue) -> CatalogList {
    CatalogList {
        version: CATALOG_FORMAT_VERSION,
        crosswalks: catalogue.crosswalks.iter().map(crosswalk).collect(),
        frameworks: catalogue
            .frameworks
            .values()
            .map(|f| FrameworkSummary {
                attestation: f.attestation,
                certifiable: f.certifiable,
                kinds: kind_counts(f).into_iter().collect(),
                law: f.law,
                name: f.name.clone(),
                requirements: f.requirements().count(),
                self_assessment: f.self_assessment,
                title: f.title.clone(),
                voluntary: f.voluntary,
            })
            .collect(),
    }
}

fn crosswalk(c: &Crosswalk) -> CrosswalkSummary {
    CrosswalkSummary {
        from: c.from.clone(),
        name: c.name.clone(),
        pairs: c.pairs.len(),
        partial: c.partial,
        title: c.title.clone(),
        to: c.to.clone(),
    }
}

/// The JSON of `aims catalog show NAME`.
pub fn show(f: &Framework) -> FrameworkDetail {
    let text = |d: Option<crate::semantic::values::Duration>| d.map(|d| d.to_string());
    FrameworkDetail {
        version: CATALOG_FORMAT_VERSION,
        aliases: f.aliases.clone(),
        assessment_every: text(f.assessment_every),
        attestation: f.attestation,
        certifiable: f.certifiable,
        certificate_valid: text(f.certificate_valid),
        groups: f
            .groups()
            .map(|g| GroupJson {
                id: g.id.clone(),
                parents: g.groups.clone(),
                title: g.title.clone(),
            })
            .collect(),
        kinds: kind_counts(f).into_iter().collect(),
        law: f.law,
        name: f.name.clone(),
        requirements: f
            .requirements()
            .map(|r| RequirementJson {
                applies_from: r.applies_from.map(|d| d.to_string()),
                applies_to: r.applies_to.as_ref().map(|a| AppliesToJson {
                    gpai: a.gpai,
                    role: a.roles.clone(),
                    systemic_risk: a.systemic_risk,
                    tier: a.tiers.clone(),
                }),
                excludable: r.excludable(),
                groups: r.groups.clone(),
                id: r.id.clone(),
                kind: r.kind.clone(),
                path: format!("{}.{}", f.name, r.id),
                title: r.title.clone(),
            })
            .collect(),
        requires: f.requires.as_ref().map(|r| PrerequisiteJson {
            framework: r.framework.clone(),
            within: text(r.within),
        }),
        self_assessment: f.self_assessment,
        surveillance_every: text(f.surveillance_every),
        title: f.title.clone(),
        voluntary: f.voluntary,
    }
}

/// The JSON Schema of both outputs (`aims catalog --schema`); the repository keeps a
/// copy at `schemas/catalog.schema.json`.
pub fn json_schema() -> String {
    crate::json_schema::text_of::<CatalogJson>()
}
