//! `aims export oscal`: the report as an OSCAL 1.1 component definition, so that
//! compliance tooling built on NIST's Open Security Controls Assessment Language can
//! import what the AIMS spec says.
//!
//! The organisation's management system is one component. Each in-scope framework
//! becomes a control implementation whose implemented requirements are the
//! requirements that something stands behind: covered, partial and mapped ones with
//! the controls and evidence links, excluded and not-applicable ones as
//! `not-applicable` with the reason in the remarks. Gaps are not implemented
//! requirements; they are listed in the control implementation's remarks so that
//! nothing looks better in OSCAL than it is. UUIDs are version-5 UUIDs derived from
//! names, so the same spec and as-of date give byte-identical output. A test
//! validates the output against NIST's OSCAL 1.1.3 component-definition schema.

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use super::model::{
    ControlStatus, EvidenceReport, FrameworkReport, Report, RequirementReport, State,
};
use super::view::{generator, organisation_title};

/// The OSCAL version the output declares and is validated against.
pub const OSCAL_VERSION: &str = "1.1.3";

/// The namespace of the properties AIMS adds (`implementation-status`, `aims-state`).
/// OSCAL wants an absolute URI that is not NIST's; a URN names it without implying a
/// web address that AIMS does not have.
pub const PROPERTY_NS: &str = "urn:aims:oscal";

/// The OSCAL implementation status of a requirement's coverage state, or `None` for
/// a gap (which is not an implemented requirement).
pub fn implementation_status(requirement: &RequirementReport) -> Option<&'static str> {
    match requirement.state {
        State::Covered => Some("implemented"),
        State::Partial => {
            if requirement.all_controls_are(ControlStatus::Planned) {
                Some("planned")
            } else {
                Some("partial")
            }
        }
        State::Mapped => Some("partial"),
        State::Excluded | State::NotApplicable => Some("not-applicable"),
        State::Gap => None,
    }
}

/// Deterministic UUIDs for names within one report's workspace: version-5 UUIDs in
/// the workspace's own namespace, which is derived once rather than for every name.
struct Uuids {
    namespace: Uuid,
}

impl Uuids {
    fn new(report: &Report) -> Uuids {
        Uuids {
            namespace: Uuid::new_v5(
                &Uuid::NAMESPACE_URL,
                format!("aims:workspace:{}", report.workspace).as_bytes(),
            ),
        }
    }

    fn of(&self, name: &str) -> String {
        Uuid::new_v5(&self.namespace, name.as_bytes()).to_string()
    }
}

/// A single-line, trimmed, non-empty string as OSCAL's `StringDatatype` requires.
fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.is_empty() {
        "-".to_owned()
    } else {
        joined
    }
}

// The document is serialised straight from these structs rather than built as a
// `serde_json::Value` first. Their fields are in the byte order of their JSON names,
// the order in which a `Value`'s map writes its keys, so the output is the one the
// `Value` gave.

/// The OSCAL component definition: the whole document `aims export oscal` writes.
#[derive(Serialize)]
pub struct Document {
    #[serde(rename = "component-definition")]
    component_definition: ComponentDefinition,
}

#[derive(Serialize)]
struct ComponentDefinition {
    components: [Component; 1],
    metadata: Metadata,
    uuid: String,
}

#[derive(Serialize)]
struct Metadata {
    #[serde(rename = "last-modified")]
    last_modified: String,
    #[serde(rename = "oscal-version")]
    oscal_version: &'static str,
    props: [Prop; 1],
    title: String,
    version: String,
}

#[derive(Serialize)]
struct Component {
    #[serde(
        rename = "control-implementations",
        skip_serializing_if = "Vec::is_empty"
    )]
    control_implementations: Vec<ControlImplementation>,
    description: String,
    props: [Prop; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    remarks: Option<String>,
    title: String,
    #[serde(rename = "type")]
    kind: &'static str,
    uuid: String,
}

#[derive(Serialize)]
struct ControlImplementation {
    description: String,
    #[serde(rename = "implemented-requirements")]
    implemented_requirements: Vec<ImplementedRequirement>,
    props: [Prop; 1],
    source: String,
    uuid: String,
}

#[derive(Serialize)]
struct ImplementedRequirement {
    #[serde(rename = "control-id")]
    control_id: String,
    description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    links: Vec<Link>,
    props: [Prop; 3],
    #[serde(skip_serializing_if = "Option::is_none")]
    remarks: Option<String>,
    uuid: String,
}

#[derive(Serialize)]
struct Link {
    href: String,
    rel: &'static str,
    text: String,
}

/// A property in AIMS's namespace.
#[derive(Serialize)]
struct Prop {
    name: &'static str,
    ns: &'static str,
    value: String,
}

fn prop(name: &'static str, value: &str) -> Prop {
    Prop {
        name,
        ns: PROPERTY_NS,
        value: one_line(value),
    }
}

/// Control titles and evidence records by name, indexed once for every requirement.
struct Lookup<'a> {
    uuids: Uuids,
    control_titles: HashMap<&'a str, Option<&'a String>>,
    evidence: HashMap<&'a str, &'a EvidenceReport>,
}

impl<'a> Lookup<'a> {
    fn new(report: &'a Report) -> Lookup<'a> {
        let mut lookup = Lookup {
            uuids: Uuids::new(report),
            control_titles: HashMap::new(),
            evidence: HashMap::new(),
        };
        // The first of a name wins, as a search from the start would find.
        for c in &report.controls {
            lookup
                .control_titles
                .entry(c.name.as_str())
                .or_insert(c.title.as_ref());
        }
        for e in &report.evidence {
            lookup.evidence.entry(e.name.as_str()).or_insert(e);
        }
        lookup
    }
}

fn implemented_requirement(
    lookup: &Lookup<'_>,
    framework: &FrameworkReport,
    r: &RequirementReport,
) -> Option<ImplementedRequirement> {
    let status = implementation_status(r)?;
    let mut description = String::new();
    let mut remarks: Vec<String> = Vec::new();
    if !r.controls.is_empty() {
        description.push_str("Satisfied by these controls:\n\n");
        for control in &r.controls {
            let name = control.name.as_str();
            let title = lookup
                .control_titles
                .get(name)
                .copied()
                .flatten()
                .map_or(name, String::as_str);
            let status = control
                .status
                .map_or_else(String::new, |s| s.as_str().replace('_', " "));
            let _ = writeln!(description, "- {title} (`{name}`, {status})");
        }
    }
    match r.state {
        State::Mapped => {
            description.push_str("Met only through a crosswalk from:\n\n");
            for m in &r.mapped_from {
                let partial = if m.partial {
                    ", a partial correspondence"
                } else {
                    ""
                };
                let (framework, id, crosswalk) = (&m.framework, &m.id, &m.crosswalk);
                let _ = writeln!(description, "- {framework}.{id} ({crosswalk}{partial})");
            }
        }
        State::Excluded => {
            description.push_str("Excluded from the Statement of Applicability.");
            if let Some(e) = &r.exclusion {
                remarks.push(format!(
                    "Reason: {}",
                    e.reason.as_deref().unwrap_or_default()
                ));
                if let Some(by) = &e.approved_by {
                    let who = match &e.approver_holder {
                        Some(holder) => format!("{by} ({holder})"),
                        None => by.clone(),
                    };
                    remarks.push(format!(
                        "Approved by {who}{}.",
                        e.date
                            .as_ref()
                            .map(|d| format!(" on {d}"))
                            .unwrap_or_default()
                    ));
                }
            }
        }
        State::NotApplicable => {
            description.push_str("Does not apply to this organisation.");
            if let Some(reason) = &r.not_applicable_reason {
                remarks.push(reason.clone());
            }
        }
        State::Partial
            if r.controls
                .iter()
                .any(|c| c.status == Some(ControlStatus::Implemented)) =>
        {
            remarks.push(
                "An implemented control satisfies it, but its evidence is not current.".to_owned(),
            );
        }
        _ => {}
    }
    if description.is_empty() {
        description = r.title.clone();
    }
    description.truncate(description.trim_end().len());
    let control_id = format!("{}.{}", framework.name, r.id);
    let links = r
        .evidence
        .iter()
        .filter_map(|name| lookup.evidence.get(name.as_str()).copied())
        .filter_map(|e| {
            let href = e.url.clone().or_else(|| e.path.clone())?;
            let text = e.title.clone().unwrap_or_else(|| e.name.clone());
            Some(Link {
                href,
                rel: "evidence",
                text,
            })
        })
        .collect();
    Some(ImplementedRequirement {
        uuid: lookup.uuids.of(&format!("requirement:{control_id}")),
        control_id,
        description,
        links,
        props: [
            prop("implementation-status", status),
            prop("aims-state", r.state.as_str()),
            prop("requirement-kind", &r.kind),
        ],
        remarks: (!remarks.is_empty()).then(|| remarks.join("\n\n")),
    })
}

fn control_implementation(
    report: &Report,
    lookup: &Lookup<'_>,
    framework: &FrameworkReport,
) -> Option<ControlImplementation> {
    let requirements: Vec<ImplementedRequirement> = framework
        .requirements
        .iter()
        .filter_map(|r| implemented_requirement(lookup, framework, r))
        .collect();
    if requirements.is_empty() {
        // OSCAL requires at least one implemented requirement; a framework with
        // nothing behind it yet is described in the component's remarks instead.
        return None;
    }
    let c = framework.counts;
    let gaps: Vec<String> = framework
        .requirements
        .iter()
        .filter(|r| r.state == State::Gap)
        .map(|r| format!("{}.{}", framework.name, r.id))
        .collect();
    let mut description = format!(
        "{}: {} covered, {} partial, {} mapped, {} excluded, {} not applicable, {} gaps.",
        framework.title, c.covered, c.partial, c.mapped, c.excluded, c.not_applicable, c.gap
    );
    if !gaps.is_empty() {
        let _ = write!(
            description,
            "\n\nGaps (neither satisfied nor excluded as of {}): {}.",
            report.as_of,
            gaps.join(", ")
        );
    }
    Some(ControlImplementation {
        description,
        implemented_requirements: requirements,
        props: [prop("framework", &framework.name)],
        source: format!("urn:aims:catalogue:{}", framework.name),
        uuid: lookup
            .uuids
            .of(&format!("control-implementation:{}", framework.name)),
    })
}

/// The OSCAL component definition of a report, ready to serialise.
pub fn document(report: &Report) -> Document {
    let title = organisation_title(report);
    let lookup = Lookup::new(report);
    let control_implementations = report
        .frameworks
        .iter()
        .filter(|f| f.in_scope)
        .filter_map(|f| control_implementation(report, &lookup, f))
        .collect();
    let empty: Vec<String> = report
        .frameworks
        .iter()
        .filter(|f| {
            f.in_scope
                && f.requirements
                    .iter()
                    .all(|r| implementation_status(r).is_none())
        })
        .map(|f| format!("{} ({} gaps)", f.name, f.counts.gap))
        .collect();
    let component = Component {
        control_implementations,
        description: format!(
            "The AI management system of {title} as written in its AIMS specification, on {}.",
            report.as_of
        ),
        props: [
            prop("as-of", &report.as_of.to_string()),
            prop("workspace", &report.workspace),
        ],
        remarks: (!empty.is_empty()).then(|| {
            format!(
                "In scope with nothing implemented or excluded yet: {}.",
                empty.join(", ")
            )
        }),
        title: format!("{title} AI management system"),
        kind: "policy",
        uuid: lookup.uuids.of("component:organisation"),
    };
    Document {
        component_definition: ComponentDefinition {
            components: [component],
            metadata: Metadata {
                last_modified: format!("{}T00:00:00Z", report.as_of),
                oscal_version: OSCAL_VERSION,
                props: [prop("generator", &generator())],
                title: format!("{title}: AI management system (AIMS export)"),
                version: report.as_of.to_string(),
            },
            uuid: lookup.uuids.of("component-definition"),
        },
    }
}

/// The OSCAL component definition of a report as a JSON value.
pub fn component_definition(report: &Report) -> Value {
    serde_json::to_value(document(report)).unwrap_or(Value::Null)
}
