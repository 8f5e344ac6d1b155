//! The coverage engine: for every requirement of every framework, how well the
//! workspace meets it on the as-of date, and what is behind that answer.
//!
//! It is a pure function of the user's declarations, the catalogue and the as-of
//! date, so the rules, the report and the language server all read one answer. The
//! states, strongest first:
//!
//! - `covered`: an `implemented` control with current evidence satisfies it, or, for
//!   a requirement the catalogue says is met by the management system's own records
//!   (`met_by_records`: ISO clauses 9.2, 9.3, 10.2), a current internal audit or
//!   management review, or nonconformities all handled by their due dates (records
//!   that are overdue count as `partial`; see `records.rs`);
//! - `partial`: only `planned` or `in_progress` controls satisfy it, or implemented
//!   ones whose evidence is all stale (or missing);
//! - `mapped`: no control satisfies it, but a crosswalk links it to a requirement of
//!   another framework that a control satisfies (covered or partial). Crosswalks are
//!   read in both directions and are never transitive;
//! - `excluded`: a valid exclusion (an excludable requirement, a non-blank reason and
//!   an approver);
//! - `not_applicable`: a requirement with `applies_to` conditions that no AI system
//!   in the inventory meets, or one whose `applies_from` date is after the as-of date;
//! - `gap`: nothing.
//!
//! Requirements with `applies_to` (the EU AI Act's obligations) are checked per
//! system: each non-retired system with an `eu_ai_act` record is matched against the
//! conditions (role, tier, `gpai`, `systemic_risk`; an absent condition matches
//! anything). The requirement applies when at least one system matches, and the
//! systems it applies to are listed. Controls are organisation-wide, so one control
//! that satisfies the obligation serves every system it applies to.
//!
//! Each framework's coverage is computed on its own (`framework_coverage`), from the
//! claims on its requirements (`semantic::satisfies`) and the direct states of the
//! requirements crosswalks link it to, so a `satisfies` edit recomputes only the
//! frameworks whose claims, or whose linked requirements' states, it changed.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use jiff::civil::Date;
use smol_str::SmolStr;

use crate::diagnostics::Location;
use crate::fast_hash::{FastMap, FastSet};
use crate::semantic::catalogue::{AppliesTo, Catalogue, CatalogueItem, Framework, Lookup};
use crate::semantic::evidence;
use crate::semantic::model::{Decl, Model};
use crate::semantic::records::{Record, Records};
use crate::semantic::satisfies::{Claim, Claims};
use crate::semantic::words::{ControlStatus, EuRole, EuTier};
use crate::syntax::ast::{Item, ValueKind};

/// How well one requirement is met.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Covered,
    Partial,
    Mapped,
    Excluded,
    NotApplicable,
    Gap,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Covered => "covered",
            State::Partial => "partial",
            State::Mapped => "mapped",
            State::Excluded => "excluded",
            State::NotApplicable => "not_applicable",
            State::Gap => "gap",
        }
    }
}

/// How many requirements are in each state.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema,
)]
pub struct Counts {
    pub covered: usize,
    pub partial: usize,
    pub mapped: usize,
    pub excluded: usize,
    pub gap: usize,
    pub not_applicable: usize,
}

impl Counts {
    pub fn add(&mut self, state: State) {
        match state {
            State::Covered => self.covered += 1,
            State::Partial => self.partial += 1,
            State::Mapped => self.mapped += 1,
            State::Excluded => self.excluded += 1,
            State::NotApplicable => self.not_applicable += 1,
            State::Gap => self.gap += 1,
        }
    }

    /// How many requirements are in `state`.
    pub fn get(&self, state: State) -> usize {
        match state {
            State::Covered => self.covered,
            State::Partial => self.partial,
            State::Mapped => self.mapped,
            State::Excluded => self.excluded,
            State::NotApplicable => self.not_applicable,
            State::Gap => self.gap,
        }
    }

    /// Every requirement counted.
    pub fn total(&self) -> usize {
        self.covered + self.partial + self.mapped + self.excluded + self.gap + self.not_applicable
    }
}

/// The coverage of every framework in the catalogue, by framework name. Each
/// framework's is computed (and memoised) on its own and shared here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub as_of: Option<Date>,
    pub frameworks: BTreeMap<String, Arc<FrameworkCoverage>>,
}

impl Coverage {
    pub fn framework(&self, name: &str) -> Option<&FrameworkCoverage> {
        self.frameworks.get(name).map(|f| &**f)
    }

    /// The coverage of one requirement by its full path, `iso42001.A.6.2.4`.
    pub fn requirement(&self, path: &str) -> Option<&RequirementCoverage> {
        let (name, id) = path.split_once('.')?;
        self.frameworks
            .get(name)?
            .requirements
            .iter()
            .find(|r| r.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameworkCoverage {
    pub name: String,
    pub title: String,
    /// Whether the organisation lists it in `scope` or a certification or
    /// attestation of it is `in_progress` or `achieved`.
    pub in_scope: bool,
    /// The places that bring it into scope, in source order.
    pub scope_sources: Vec<ScopeSource>,
    /// Whether a certification (or attestation) of it is `achieved`.
    pub achieved: bool,
    pub counts: Counts,
    /// Shared, so that the report takes them without copying.
    pub groups: Arc<[GroupCoverage]>,
    /// Requirements in catalogue order; shared, so that the report takes them
    /// without copying.
    pub requirements: Arc<[RequirementCoverage]>,
}

impl FrameworkCoverage {
    pub fn gaps(&self) -> impl Iterator<Item = &RequirementCoverage> {
        self.requirements.iter().filter(|r| r.state == State::Gap)
    }

    /// Where a diagnostic about the framework's coverage belongs: the achieved
    /// certification if there is one, else the organisation's `scope` entry, else
    /// the first certification that brings it into scope.
    pub fn primary_scope_source(&self) -> Option<&ScopeSource> {
        self.scope_sources
            .iter()
            .find(|s| s.status.as_deref() == Some("achieved"))
            .or_else(|| self.scope_sources.iter().find(|s| s.declaration.is_none()))
            .or_else(|| self.scope_sources.iter().find(|s| s.brings_into_scope()))
    }
}

impl ScopeSource {
    /// Whether this place brings the framework into scope: the organisation's
    /// `scope`, or a certification or attestation `in_progress` or `achieved`.
    pub fn brings_into_scope(&self) -> bool {
        self.declaration.is_none()
            || matches!(self.status.as_deref(), Some("in_progress" | "achieved"))
    }
}

/// A place that brings a framework into scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeSource {
    /// The certification or attestation's name, or `None` for the organisation's
    /// `scope` list.
    pub declaration: Option<String>,
    /// The certification's status.
    pub status: Option<String>,
    /// The list element or the `framework` field's value.
    pub location: Location,
}

// The report serialises this as it is (its `groups`), under the report's name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "GroupReport")]
pub struct GroupCoverage {
    /// The group's id, e.g. `A.6` or `6.1`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The ids of the enclosing groups, outermost first (`[]` at the top).
    pub parents: Vec<String>,
    /// Requirements per state inside the group.
    pub counts: Counts,
}

/// One requirement and what stands behind its state. The report serialises it as it
/// is (a framework's `requirements`), under the report's name; the doc comments of
/// its fields are the schema's descriptions.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[schemars(
    rename = "RequirementReport",
    description = "One requirement and what stands behind its state."
)]
pub struct RequirementCoverage {
    /// The id as written after the framework name, e.g. `A.6.2.4`.
    pub id: String,
    /// `clause`, `control`, `subcategory`, `criterion`, `obligation` or `theme`.
    pub kind: String,
    /// Its short title.
    pub title: String,
    /// The ids of the enclosing groups, outermost first.
    pub groups: Vec<String>,
    /// Whether it may be excluded (only controls and their like; clauses,
    /// themes and obligations may not).
    pub excludable: bool,
    /// `covered`, `partial`, `mapped`, `excluded`, `not_applicable` or `gap`.
    pub state: State,
    /// Controls whose `satisfies` names it, in source order; the JSON gives their
    /// names and statuses as two lists.
    #[serde(flatten, serialize_with = "super::json::controls")]
    #[schemars(with = "super::json::ControlsJson<'static>")]
    pub controls: Vec<ControlRef>,
    /// Names of those controls' evidence, sorted.
    pub evidence: Vec<String>,
    /// The management-system records (internal audits, management reviews,
    /// nonconformities) that meet it, for requirements the catalogue marks as met by
    /// records (`met_by_records`); sorted.
    #[serde(skip)]
    pub records: Vec<String>,
    /// The exclusion of it, if one is written (valid or not).
    pub exclusion: Option<ExclusionRef>,
    /// Requirements of other frameworks that a crosswalk links to this one and that
    /// a control satisfies; non-empty when the state is `mapped`.
    pub mapped_from: Vec<MappedFrom>,
    /// For requirements with `applies_to` conditions (EU AI Act obligations): the AI
    /// systems they apply to, sorted; `null` for requirements without conditions.
    pub applies_to_systems: Option<Vec<String>>,
    /// Why the requirement does not apply, when the state is `not_applicable`.
    pub not_applicable_reason: Option<String>,
}

impl RequirementCoverage {
    /// Whether it has controls and every one of them has `status`.
    pub fn all_controls_are(&self, status: ControlStatus) -> bool {
        !self.controls.is_empty() && self.controls.iter().all(|c| c.status == Some(status))
    }

    /// `A.6.2.4`, or `art9 (for triage, scoring)` when it applies per system.
    pub fn display_id(&self) -> String {
        match &self.applies_to_systems {
            Some(systems) if !systems.is_empty() => {
                format!("{} (for {})", self.id, systems.join(", "))
            }
            _ => self.id.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlRef {
    pub name: SmolStr,
    /// Its `status`, or `None` when it is missing or not a status word.
    pub status: Option<ControlStatus>,
    /// Whether at least one of its evidence items is current.
    pub has_current_evidence: bool,
    /// The requirement path in its `satisfies` list.
    pub location: Location,
}

// The first exclusion of a requirement, valid or not. The report serialises it as it
// is (a requirement's `exclusion`), under the report's name.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "ExclusionReport")]
pub struct ExclusionRef {
    /// The written justification, or `null`.
    pub reason: Option<String>,
    /// The approving role's name, or `null`.
    pub approved_by: Option<String>,
    /// The approving role's `holder`, if recorded.
    pub approver_holder: Option<String>,
    /// `date`, if given.
    pub date: Option<Date>,
    /// Whether the exclusion counts: the requirement may be excluded, the reason is
    /// not blank and an approver is named. An invalid exclusion leaves a gap.
    pub valid: bool,
    /// The excluded path after `exclude`.
    #[serde(skip)]
    pub location: Location,
}

// The report serialises this as it is (a requirement's `mapped_from`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "MappedFromReport")]
pub struct MappedFrom {
    /// The other framework's name.
    pub framework: String,
    /// The other requirement's id.
    pub id: String,
    /// The crosswalk that links them.
    pub crosswalk: String,
    /// Whether that crosswalk is only a partial correspondence.
    pub partial: bool,
    /// The other requirement's direct state: `covered` or `partial`.
    pub state: State,
}

// A system's classification under the EU AI Act. The report serialises it as it is
// (a system's `eu_ai_act`), with a role or tier outside its word set as `null`.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[schemars(rename = "EuAiActReport")]
pub struct EuClassification {
    /// `provider`, `deployer`, `importer` or `distributor`.
    #[serde(serialize_with = "serialize_role")]
    pub role: Option<String>,
    /// `prohibited`, `high`, `limited` or `minimal`.
    #[serde(serialize_with = "serialize_tier")]
    pub tier: Option<String>,
    /// Whether it is a general-purpose AI model.
    pub gpai: Option<bool>,
    /// Whether a general-purpose model has systemic risk.
    pub systemic_risk: Option<bool>,
}

impl EuClassification {
    /// The role, if it is one of the words of [`EuRole`].
    pub fn role(&self) -> Option<EuRole> {
        self.role.as_deref().and_then(EuRole::from_word)
    }

    /// The tier, if it is one of the words of [`EuTier`].
    pub fn tier(&self) -> Option<EuTier> {
        self.tier.as_deref().and_then(EuTier::from_word)
    }
}

fn serialize_role<S: serde::Serializer>(role: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&role.as_deref().and_then(EuRole::from_word), s)
}

fn serialize_tier<S: serde::Serializer>(tier: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&tier.as_deref().and_then(EuTier::from_word), s)
}

/// Reads a system's `eu_ai_act` record; `None` without one.
pub fn eu_classification(system: &Item) -> Option<EuClassification> {
    let ValueKind::Record(block) = &system.field("eu_ai_act")?.value.kind else {
        return None;
    };
    let word = |name: &str| {
        block
            .field(name)
            .and_then(|f| f.value.as_ident())
            .map(str::to_owned)
    };
    let flag = |name: &str| {
        block
            .field(name)
            .and_then(|f| crate::semantic::values::boolean(&f.value))
    };
    Some(EuClassification {
        role: word("role"),
        tier: word("tier"),
        gpai: flag("gpai"),
        systemic_risk: flag("systemic_risk"),
    })
}

/// Whether a system classified as `eu` meets a requirement's conditions.
pub fn applies(conditions: &AppliesTo, eu: &EuClassification) -> bool {
    let listed = |allowed: &Option<Vec<String>>, value: &Option<String>| match allowed {
        None => true,
        Some(allowed) => value.as_ref().is_some_and(|v| allowed.contains(v)),
    };
    let flag = |wanted: Option<bool>, value: Option<bool>| {
        wanted.is_none_or(|w| value.unwrap_or(false) == w)
    };
    listed(&conditions.roles, &eu.role)
        && listed(&conditions.tiers, &eu.tier)
        && flag(conditions.gpai, eu.gpai)
        && flag(conditions.systemic_risk, eu.systemic_risk)
}

/// A word field of a declaration.
pub fn word<'a>(item: &'a Item, field: &str) -> Option<&'a str> {
    item.field(field).and_then(|f| f.value.as_ident())
}

fn location(file: &str, range: crate::text::TextRange) -> Location {
    Location {
        file: file.to_owned(),
        range,
    }
}

/// Whether each evidence record is current on the as-of date, by name (the last
/// declaration of a name wins).
pub fn evidence_currency(model: &Model, as_of: Date) -> FastMap<SmolStr, bool> {
    model
        .of_kind("evidence")
        .map(|d| {
            (
                d.name().into(),
                evidence::evidence_is_current(&d.item, as_of),
            )
        })
        .collect()
}

/// Whether a claim's control cites at least one current evidence record.
fn has_current_evidence(claim: &Claim, evidence_current: &FastMap<SmolStr, bool>) -> bool {
    claim
        .evidence
        .iter()
        .any(|e| evidence_current.get(e.as_str()).copied().unwrap_or(false))
}

/// The direct state of each requirement of one framework that some control
/// satisfies: `covered` when an implemented control with current evidence does,
/// `partial` otherwise. Crosswalks read it to map requirements of other frameworks.
pub fn direct_states(
    claims: &[Claims],
    evidence_current: &FastMap<SmolStr, bool>,
) -> FastMap<SmolStr, State> {
    let mut out: FastMap<SmolStr, State> = FastMap::default();
    // A requirement has hundreds of claims; once one covers it, the evidence of the
    // others is not looked up.
    let covers = |claim: &Claim| {
        claim.status == Some(ControlStatus::Implemented)
            && has_current_evidence(claim, evidence_current)
    };
    for claim in claims.iter().flat_map(|c| c.iter()) {
        match out.get_mut(claim.id.as_str()) {
            Some(State::Covered) => {}
            Some(entry) => {
                if covers(claim) {
                    *entry = State::Covered;
                }
            }
            None => {
                let state = if covers(claim) {
                    State::Covered
                } else {
                    State::Partial
                };
                out.insert(claim.id.clone(), state);
            }
        }
    }
    out
}

/// What the coverage of any one framework reads besides its own claims.
pub struct CoverageInputs<'a> {
    /// The declarations (without `satisfies` lists: those are the claims).
    pub model: &'a Model,
    pub catalogue: &'a Catalogue,
    pub evidence_current: &'a FastMap<SmolStr, bool>,
    pub as_of: Date,
}

/// The coverage of one framework from the claims on its requirements (every file's,
/// in file and source order); `direct` answers the direct state of a requirement of
/// another framework, for crosswalks.
pub fn framework_coverage(
    inputs: &CoverageInputs<'_>,
    framework: &Framework,
    claims: &[Claims],
    direct: &dyn Fn(&str, &str) -> Option<State>,
) -> FrameworkCoverage {
    let CoverageInputs {
        model,
        catalogue,
        evidence_current,
        as_of,
    } = *inputs;

    // Controls by requirement id, each control once, in source order. A requirement
    // has as many controls as the workspace gives it (hundreds), so whether a control
    // is already listed is asked of a set, not of the list.
    let mut controls: FastMap<&str, Vec<(ControlRef, &[SmolStr])>> = FastMap::default();
    let mut listed: FastSet<(&str, &str)> = FastSet::default();
    for claim in claims.iter().flat_map(|c| c.iter()) {
        if !listed.insert((claim.id.as_str(), claim.control.as_str())) {
            continue;
        }
        controls.entry(claim.id.as_str()).or_default().push((
            ControlRef {
                name: claim.control.clone(),
                status: claim.status,
                has_current_evidence: has_current_evidence(claim, evidence_current),
                location: claim.location.clone(),
            },
            &claim.evidence,
        ));
    }
    let own_direct = |list: &[(ControlRef, &[SmolStr])]| -> Option<State> {
        if list.is_empty() {
            return None;
        }
        Some(
            if list.iter().any(|(c, _)| {
                c.status == Some(ControlStatus::Implemented) && c.has_current_evidence
            }) {
                State::Covered
            } else {
                State::Partial
            },
        )
    };
    // How many requirements still to come have each id (one, unless a catalogue
    // repeats an id): the last of them takes the id's controls instead of copying.
    let mut still_to_come: FastMap<&str, usize> = FastMap::default();
    for item in framework.requirements() {
        *still_to_come.entry(item.id.as_str()).or_default() += 1;
    }
    let mut exclusions: BTreeMap<&str, ExclusionRef> = BTreeMap::new();
    for decl in model.of_kind("exclude") {
        let Some(name) = &decl.item.name else {
            continue;
        };
        if let Lookup::Requirement(excluded, item) = catalogue.lookup(&name.text)
            && excluded.name == framework.name
        {
            exclusions
                .entry(item.id.as_str())
                .or_insert_with(|| exclusion_ref(model, decl, item));
        }
    }
    let records = Records::index(model);
    let systems: Vec<(&str, EuClassification)> = model
        .of_kind("system")
        .filter(|d| word(&d.item, "lifecycle") != Some("retired"))
        .filter_map(|d| Some((d.name(), eu_classification(&d.item)?)))
        .collect();
    let links = crosswalk_links(catalogue, framework);

    let sources = scope_sources(model, &framework.name);
    let in_scope = sources.iter().any(ScopeSource::brings_into_scope);
    let achieved = sources
        .iter()
        .any(|s| s.status.as_deref() == Some("achieved"));
    let requirements: Vec<RequirementCoverage> = framework
        .requirements()
        .map(|item| {
            let id = item.id.as_str();
            let remaining = still_to_come.get_mut(id).map_or(0, |n| {
                *n -= 1;
                *n
            });
            let control_list = if remaining == 0 {
                controls.remove(id).unwrap_or_default()
            } else {
                controls.get(id).cloned().unwrap_or_default()
            };
            let mut evidence: Vec<&str> = control_list
                .iter()
                .flat_map(|(_, names)| names.iter().map(SmolStr::as_str))
                .collect();
            evidence.sort_unstable();
            evidence.dedup();
            let exclusion = exclusions.get(item.id.as_str()).cloned();
            let mapped_from = mapped_from(links.get(item.id.as_str()), direct);
            let (applies_to_systems, not_applicable_reason) = applicability(item, &systems, as_of);
            let (record_state, record_names) =
                record_coverage(&records, framework, &item.id, as_of);
            let state = strongest(own_direct(&control_list), record_state)
                .or_else(|| (!mapped_from.is_empty()).then_some(State::Mapped))
                .or_else(|| {
                    exclusion
                        .as_ref()
                        .filter(|e| e.valid)
                        .map(|_| State::Excluded)
                })
                .or_else(|| not_applicable_reason.as_ref().map(|_| State::NotApplicable))
                .unwrap_or(State::Gap);
            RequirementCoverage {
                id: item.id.clone(),
                kind: item.kind.clone(),
                title: item.title.clone(),
                groups: item.groups.clone(),
                excludable: item.excludable(),
                state,
                evidence: evidence.into_iter().map(str::to_owned).collect(),
                controls: control_list.into_iter().map(|(c, _)| c).collect(),
                records: record_names,
                exclusion,
                mapped_from,
                applies_to_systems,
                not_applicable_reason: if state == State::NotApplicable {
                    not_applicable_reason
                } else {
                    None
                },
            }
        })
        .collect();
    let mut counts = Counts::default();
    for r in &requirements {
        counts.add(r.state);
    }
    let groups: Vec<GroupCoverage> = framework
        .groups()
        .map(|g| {
            let mut counts = Counts::default();
            for r in requirements.iter().filter(|r| r.groups.contains(&g.id)) {
                counts.add(r.state);
            }
            GroupCoverage {
                id: g.id.clone(),
                title: g.title.clone(),
                parents: g.groups.clone(),
                counts,
            }
        })
        .collect();
    FrameworkCoverage {
        name: framework.name.clone(),
        title: framework.title.clone(),
        in_scope,
        scope_sources: sources,
        achieved,
        counts,
        groups: groups.into(),
        requirements: requirements.into(),
    }
}

/// The stronger of two direct states (`covered` before `partial`).
fn strongest(a: Option<State>, b: Option<State>) -> Option<State> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// How the management system's own records meet requirement `id` of `framework`:
/// `covered` when the latest audit or review is within its interval (or no
/// nonconformity is past its due date), `partial` when records exist but are
/// overdue; with the names of the records behind it.
fn record_coverage(
    records: &Records<'_>,
    framework: &Framework,
    id: &str,
    as_of: Date,
) -> (Option<State>, Vec<String>) {
    let mut state = None;
    let mut names = BTreeSet::new();
    for kind in framework.records_meeting(id) {
        let concerning: Vec<&Record<'_>> = records
            .of_kind(kind)
            .iter()
            .filter(|r| r.concerns(&framework.name) && r.date.is_some_and(|d| d <= as_of))
            .collect();
        if concerning.is_empty() {
            continue;
        }
        let met = if kind == "nonconformity" {
            concerning.iter().all(|r| r.overdue(as_of).is_none())
        } else {
            records.current(kind, Some(&framework.name), as_of)
        };
        names.extend(concerning.iter().map(|r| r.name().to_owned()));
        let this = if met { State::Covered } else { State::Partial };
        state = strongest(state, Some(this));
    }
    (state, names.into_iter().collect())
}

/// Whether an exclusion's reason counts as a justification.
pub fn reason_is_blank(reason: Option<&str>) -> bool {
    reason.is_none_or(|r| r.trim().is_empty())
}

fn exclusion_ref(model: &Model, decl: &Decl, item: &CatalogueItem) -> ExclusionRef {
    let reason = decl
        .item
        .field("reason")
        .and_then(|f| f.value.as_str())
        .map(str::to_owned);
    let approved_by = word(&decl.item, "approved_by").map(str::to_owned);
    let valid = item.excludable() && !reason_is_blank(reason.as_deref()) && approved_by.is_some();
    let approver_holder = approved_by
        .as_deref()
        .and_then(|role| role_holder(model, role));
    ExclusionRef {
        reason,
        approved_by,
        approver_holder,
        date: decl
            .item
            .field("date")
            .and_then(|f| crate::semantic::values::date(&f.value)),
        valid,
        location: location(&decl.file, decl.item.name_range()),
    }
}

/// The `holder` of the role named `role`, as written.
fn role_holder(model: &Model, role: &str) -> Option<String> {
    let decl = model.get(role).filter(|d| d.kind() == "role")?;
    crate::semantic::values::as_written(&decl.item.field("holder")?.value)
}

/// A requirement of another framework that a crosswalk links to one of this
/// framework's: `(framework, id, crosswalk, partial)`.
type Link<'a> = (&'a str, &'a str, &'a str, bool);

/// The crosswalk links of each requirement of `framework`, read in both directions,
/// found in one pass over the crosswalks.
fn crosswalk_links<'a>(
    catalogue: &'a Catalogue,
    framework: &Framework,
) -> BTreeMap<&'a str, Vec<Link<'a>>> {
    let mut out: BTreeMap<&str, Vec<Link<'a>>> = BTreeMap::new();
    for crosswalk in &catalogue.crosswalks {
        for (from, to) in &crosswalk.pairs {
            if crosswalk.from == framework.name {
                out.entry(from.as_str()).or_default().push((
                    &crosswalk.to,
                    to,
                    &crosswalk.name,
                    crosswalk.partial,
                ));
            }
            if crosswalk.to == framework.name {
                out.entry(to.as_str()).or_default().push((
                    &crosswalk.from,
                    from,
                    &crosswalk.name,
                    crosswalk.partial,
                ));
            }
        }
    }
    out
}

/// The linked requirements that a control satisfies directly.
fn mapped_from(
    links: Option<&Vec<Link<'_>>>,
    direct: &dyn Fn(&str, &str) -> Option<State>,
) -> Vec<MappedFrom> {
    let mut out: Vec<MappedFrom> = Vec::new();
    for &(framework, id, crosswalk, partial) in links.into_iter().flatten() {
        if let Some(state) = direct(framework, id) {
            let entry = MappedFrom {
                framework: framework.to_owned(),
                id: id.to_owned(),
                crosswalk: crosswalk.to_owned(),
                partial,
                state,
            };
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
    }
    out.sort_by(|a, b| {
        (&a.framework, &a.id, &a.crosswalk).cmp(&(&b.framework, &b.id, &b.crosswalk))
    });
    out
}

/// The systems a requirement applies to, and why it does not apply if it does not.
fn applicability(
    item: &CatalogueItem,
    systems: &[(&str, EuClassification)],
    as_of: Date,
) -> (Option<Vec<String>>, Option<String>) {
    let mut reason = None;
    let matching = item.applies_to.as_ref().map(|conditions| {
        let mut names: Vec<String> = systems
            .iter()
            .filter(|(_, eu)| applies(conditions, eu))
            .map(|(name, _)| (*name).to_owned())
            .collect();
        names.sort();
        if names.is_empty() {
            reason = Some(format!(
                "applies to no AI system in the inventory ({})",
                describe_conditions(conditions)
            ));
        }
        names
    });
    if let Some(from) = item.applies_from.filter(|from| *from > as_of) {
        reason = Some(format!("applies from {from}"));
    }
    (matching, reason)
}

/// "role provider, tier high", for messages.
pub fn describe_conditions(conditions: &AppliesTo) -> String {
    let mut parts = Vec::new();
    if let Some(roles) = &conditions.roles {
        parts.push(format!("role {}", roles.join(" or ")));
    }
    if let Some(tiers) = &conditions.tiers {
        parts.push(format!("tier {}", tiers.join(" or ")));
    }
    if let Some(gpai) = conditions.gpai {
        parts.push(format!("gpai: {gpai}"));
    }
    if let Some(systemic) = conditions.systemic_risk {
        parts.push(format!("systemic_risk: {systemic}"));
    }
    parts.join(", ")
}

/// The places that bring `framework` into scope.
fn scope_sources(model: &Model, framework: &str) -> Vec<ScopeSource> {
    let mut out: Vec<ScopeSource> = Vec::new();
    if let Some(org) = model.organisation()
        && let Some(scope) = org.item.field("scope")
    {
        for element in scope.value.elements() {
            if element.as_ident() == Some(framework) {
                out.push(ScopeSource {
                    declaration: None,
                    status: None,
                    location: location(&org.file, element.range),
                });
            }
        }
    }
    for decl in model.of_kinds(&["certification", "attestation"]) {
        let Some(field) = decl.item.field("framework") else {
            continue;
        };
        if field.value.as_ident() != Some(framework) {
            continue;
        }
        out.push(ScopeSource {
            declaration: Some(decl.name().to_owned()),
            status: word(&decl.item, "status").map(str::to_owned),
            location: location(&decl.file, field.value.range),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::workspace::Project;
    use jiff::civil::date;

    fn coverage_of(source: &str) -> Coverage {
        coverage_on(source, date(2026, 11, 28))
    }

    fn coverage_on(source: &str, as_of: Date) -> Coverage {
        let project = Project::from_sources(
            Settings::new(as_of),
            None,
            vec![("spec.aims".into(), source.into(), Origin::Spec)],
        );
        crate::queries::coverage(&project.db, project.workspace).clone()
    }

    const BASE: &str = r#"
organisation acme { scope: [iso42001] }
role ciso { holder: "T" }
evidence fresh { date: 2026-10-01, valid_for: 6 months }
evidence stale { date: 2025-01-01, valid_for: 6 months }
"#;

    #[test]
    fn states_follow_status_and_evidence() {
        let c = coverage_of(&format!(
            "{BASE}
control a {{ owner: ciso, status: implemented, satisfies: [iso42001.A.2.2], evidence: [fresh] }}
control b {{ owner: ciso, status: implemented, satisfies: [iso42001.A.2.3], evidence: [stale] }}
control c {{ owner: ciso, status: planned, satisfies: [iso42001.A.2.4] }}
control d {{ owner: ciso, status: implemented, satisfies: [iso42001.A.3.2] }}
exclude iso42001.A.10.4 {{ reason: \"No customers.\", approved_by: ciso }}
exclude iso42001.A.10.3 {{ reason: \"  \", approved_by: ciso }}
"
        ));
        let state = |p: &str| c.requirement(p).unwrap().state;
        assert_eq!(state("iso42001.A.2.2"), State::Covered);
        assert_eq!(state("iso42001.A.2.3"), State::Partial);
        assert_eq!(state("iso42001.A.2.4"), State::Partial);
        assert_eq!(state("iso42001.A.3.2"), State::Partial);
        assert_eq!(state("iso42001.A.10.4"), State::Excluded);
        assert_eq!(
            state("iso42001.A.10.3"),
            State::Gap,
            "a blank reason does not justify"
        );
        assert_eq!(state("iso42001.A.3.3"), State::Gap);
        let fw = c.framework("iso42001").unwrap();
        assert!(fw.in_scope);
        assert_eq!(fw.counts.covered, 1);
        assert_eq!(fw.counts.partial, 3);
        assert_eq!(fw.counts.excluded, 1);
        assert_eq!(fw.counts.total(), 70);
        let a2 = fw.groups.iter().find(|g| g.id == "A.2").unwrap();
        assert_eq!(
            (a2.counts.covered, a2.counts.partial, a2.counts.gap),
            (1, 2, 0)
        );
        assert_eq!(
            c.requirement("iso42001.A.2.2").unwrap().evidence,
            vec!["fresh".to_owned()]
        );
        assert!(!c.framework("iso27001").unwrap().in_scope);
    }

    #[test]
    fn crosswalks_map_both_ways_and_never_cover() {
        let c = coverage_of(&format!(
            "{BASE}
control a {{ owner: ciso, status: implemented, satisfies: [iso27001.4.1], evidence: [fresh] }}
control b {{ owner: ciso, status: planned, satisfies: [iso42001.5.2] }}
control n {{ owner: ciso, status: planned, satisfies: [nist_ai_rmf.GOVERN.1.1] }}
"
        ));
        let r = c.requirement("iso42001.4.1").unwrap();
        assert_eq!(r.state, State::Mapped);
        assert_eq!(r.mapped_from[0].framework, "iso27001");
        assert!(!r.mapped_from[0].partial);
        assert_eq!(c.requirement("iso27001.5.2").unwrap().state, State::Mapped);
        let nist_targets: Vec<&RequirementCoverage> = c
            .framework("iso42001")
            .unwrap()
            .requirements
            .iter()
            .filter(|r| r.mapped_from.iter().any(|m| m.framework == "nist_ai_rmf"))
            .collect();
        assert!(!nist_targets.is_empty());
        assert!(
            nist_targets
                .iter()
                .flat_map(|r| &r.mapped_from)
                .filter(|m| m.framework == "nist_ai_rmf")
                .all(|m| m.partial && m.state == State::Partial)
        );
        assert!(nist_targets.iter().all(|r| r.state == State::Mapped));
    }

    #[test]
    fn eu_obligations_apply_per_system() {
        let c = coverage_of(
            r#"
organisation acme { scope: [eu_ai_act] }
role ciso { holder: "T" }
system triage { owner: ciso, lifecycle: production, purpose: "p", eu_ai_act: { role: provider, tier: high } }
system chat { owner: ciso, lifecycle: production, purpose: "p", eu_ai_act: { role: deployer, tier: limited } }
system old { owner: ciso, lifecycle: retired, purpose: "p", eu_ai_act: { role: deployer, tier: high } }
"#,
        );
        let r = |p: &str| c.requirement(p).unwrap();
        assert_eq!(r("eu_ai_act.art9").state, State::Gap);
        assert_eq!(
            r("eu_ai_act.art9").applies_to_systems,
            Some(vec!["triage".to_owned()])
        );
        assert_eq!(r("eu_ai_act.art9").display_id(), "art9 (for triage)");
        assert_eq!(
            r("eu_ai_act.art50").applies_to_systems,
            Some(vec!["chat".to_owned(), "triage".to_owned()])
        );
        assert_eq!(
            r("eu_ai_act.art26").state,
            State::NotApplicable,
            "the retired deployer does not count"
        );
        assert_eq!(r("eu_ai_act.art53").state, State::NotApplicable);
        assert_eq!(r("eu_ai_act.art5").state, State::NotApplicable);
        assert!(
            r("eu_ai_act.art53")
                .not_applicable_reason
                .as_deref()
                .unwrap()
                .contains("gpai: true")
        );
    }

    #[test]
    fn obligations_not_yet_in_force_do_not_apply() {
        let source = r#"
role ciso { holder: "T" }
system triage { owner: ciso, lifecycle: production, purpose: "p", eu_ai_act: { role: provider, tier: high } }
"#;
        let before = coverage_on(source, date(2026, 8, 1));
        let art9 = before.requirement("eu_ai_act.art9").unwrap();
        assert_eq!(art9.state, State::NotApplicable);
        assert_eq!(
            art9.not_applicable_reason.as_deref(),
            Some("applies from 2026-08-02")
        );
        assert_eq!(
            before.requirement("eu_ai_act.art4").unwrap().state,
            State::Gap
        );
        let on = coverage_on(source, date(2026, 8, 2));
        assert_eq!(on.requirement("eu_ai_act.art9").unwrap().state, State::Gap);
    }

    #[test]
    fn scope_comes_from_the_organisation_or_active_certifications() {
        let c = coverage_of(
            r#"
certification a { framework: iso27001, status: in_progress }
certification b { framework: cyber_essentials, status: planned }
certification c { framework: soc2, status: achieved }
"#,
        );
        assert!(c.framework("iso27001").unwrap().in_scope);
        assert!(!c.framework("cyber_essentials").unwrap().in_scope);
        assert!(c.framework("soc2").unwrap().in_scope);
        assert!(c.framework("soc2").unwrap().achieved);
        assert!(!c.framework("iso42001").unwrap().in_scope);
    }
}
