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

use serde_json::{Map, Value, json};
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

    /// The UUID of `name`, as a JSON string.
    fn of(&self, name: &str) -> Value {
        Value::String(Uuid::new_v5(&self.namespace, name.as_bytes()).to_string())
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

fn prop(name: &str, value: &str) -> Value {
    object([
        ("name", Value::String(name.to_owned())),
        ("ns", Value::String(PROPERTY_NS.to_owned())),
        ("value", Value::String(one_line(value))),
    ])
}

/// A JSON object of owned values, without `json!`'s copy of each value.
fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
    Value::Object(
        entries
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
    )
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
) -> Option<Value> {
    let status = implementation_status(r)?;
    let mut description = String::new();
    let mut remarks: Vec<String> = Vec::new();
    if !r.controls.is_empty() {
        description.push_str("Satisfied by these controls:\n\n");
        for control in &r.controls {
            let (name, status) = (&control.name, &control.status);
            let title = lookup
                .control_titles
                .get(name.as_str())
                .copied()
                .flatten()
                .cloned()
                .unwrap_or_else(|| name.to_string());
            description.push_str(&format!(
                "- {title} (`{name}`, {})\n",
                status.map_or_else(String::new, |s| s.as_str().replace('_', " "))
            ));
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
                description.push_str(&format!("- {framework}.{id} ({crosswalk}{partial})\n"));
            }
        }
        State::Excluded => {
            description.push_str("Excluded from the Statement of Applicability.");
            if let Some(e) = &r.exclusion {
                remarks.push(format!("Reason: {}", e.reason.clone().unwrap_or_default()));
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
    let mut out = Map::new();
    let control_id = format!("{}.{}", framework.name, r.id);
    out.insert(
        "uuid".into(),
        lookup.uuids.of(&format!("requirement:{control_id}")),
    );
    out.insert("control-id".into(), Value::String(control_id));
    description.truncate(description.trim_end().len());
    out.insert("description".into(), Value::String(description));
    out.insert(
        "props".into(),
        Value::Array(vec![
            prop("implementation-status", status),
            prop("aims-state", r.state.as_str()),
            prop("requirement-kind", &r.kind),
        ]),
    );
    let links: Vec<Value> = r
        .evidence
        .iter()
        .filter_map(|name| lookup.evidence.get(name.as_str()).copied())
        .filter_map(|e| {
            let href = e.url.clone().or_else(|| e.path.clone())?;
            let text = e.title.clone().unwrap_or_else(|| e.name.clone());
            Some(object([
                ("href", Value::String(href)),
                ("rel", Value::String("evidence".to_owned())),
                ("text", Value::String(text)),
            ]))
        })
        .collect();
    if !links.is_empty() {
        out.insert("links".into(), Value::Array(links));
    }
    if !remarks.is_empty() {
        out.insert("remarks".into(), Value::String(remarks.join("\n\n")));
    }
    Some(Value::Object(out))
}

fn control_implementation(
    report: &Report,
    lookup: &Lookup<'_>,
    framework: &FrameworkReport,
) -> Option<Value> {
    let requirements: Vec<Value> = framework
        .requirements
        .iter()
        .filter_map(|r| implemented_requirement(lookup, framework, r))
        .collect();
    let c = framework.counts;
    let mut out = Map::new();
    out.insert(
        "uuid".into(),
        lookup
            .uuids
            .of(&format!("control-implementation:{}", framework.name)),
    );
    out.insert(
        "source".into(),
        Value::String(format!("urn:aims:catalogue:{}", framework.name)),
    );
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
        description.push_str(&format!(
            "\n\nGaps (neither satisfied nor excluded as of {}): {}.",
            report.as_of,
            gaps.join(", ")
        ));
    }
    if requirements.is_empty() {
        // OSCAL requires at least one implemented requirement; a framework with
        // nothing behind it yet is described in the component's remarks instead.
        return None;
    }
    out.insert("description".into(), Value::String(description));
    out.insert(
        "props".into(),
        Value::Array(vec![prop("framework", &framework.name)]),
    );
    out.insert(
        "implemented-requirements".into(),
        Value::Array(requirements),
    );
    Some(Value::Object(out))
}

/// The OSCAL component definition of a report.
pub fn component_definition(report: &Report) -> Value {
    let title = organisation_title(report);
    let lookup = Lookup::new(report);
    let implementations: Vec<Value> = report
        .frameworks
        .iter()
        .filter(|f| f.in_scope)
        .filter_map(|f| control_implementation(report, &lookup, f))
        .collect();
    let mut component = Map::new();
    component.insert("uuid".into(), lookup.uuids.of("component:organisation"));
    component.insert("type".into(), json!("policy"));
    component.insert(
        "title".into(),
        json!(format!("{title} AI management system")),
    );
    component.insert(
        "description".into(),
        json!(format!(
            "The AI management system of {title} as written in its AIMS specification, on {}.",
            report.as_of
        )),
    );
    component.insert(
        "props".into(),
        Value::Array(vec![
            prop("as-of", &report.as_of.to_string()),
            prop("workspace", &report.workspace),
        ]),
    );
    if !implementations.is_empty() {
        component.insert(
            "control-implementations".into(),
            Value::Array(implementations),
        );
    }
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
    if !empty.is_empty() {
        component.insert(
            "remarks".into(),
            json!(format!(
                "In scope with nothing implemented or excluded yet: {}.",
                empty.join(", ")
            )),
        );
    }
    // The component goes in as a value, not through `json!`, which would copy it
    // (`to_value` of a `Value` serialises it again).
    let mut metadata = json!({
        "title": format!("{title}: AI management system (AIMS export)"),
        "last-modified": format!("{}T00:00:00Z", report.as_of),
        "version": report.as_of.to_string(),
        "oscal-version": OSCAL_VERSION,
    });
    metadata["props"] = Value::Array(vec![prop("generator", &generator())]);
    let mut definition = Map::new();
    definition.insert("uuid".into(), lookup.uuids.of("component-definition"));
    definition.insert("metadata".into(), metadata);
    definition.insert(
        "components".into(),
        Value::Array(vec![Value::Object(component)]),
    );
    let mut document = Map::new();
    document.insert("component-definition".into(), Value::Object(definition));
    Value::Object(document)
}
