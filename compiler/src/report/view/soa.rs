//! The Statement of Applicability: for ISO/IEC 27001 and 42001, every Annex A
//! control with whether it is included, the justification, and whether it is
//! implemented (the columns ISO/IEC 27001 6.1.3 d) asks for).

use serde::Serialize;

use super::join_each;
use crate::fast_hash::FastMap;
use crate::report::model::{ControlStatus, FrameworkReport, Report, RequirementReport, State};

#[derive(Clone, Debug, Serialize)]
pub struct SoaSection {
    pub framework: String,
    pub title: String,
    pub rows: Vec<SoaRow>,
    pub included: usize,
    pub excluded: usize,
}

/// One Annex A control in the Statement of Applicability: the columns ISO/IEC
/// 27001 6.1.3 d) asks for (the control, whether it is included, the justification,
/// and whether it is implemented).
#[derive(Clone, Debug, Serialize)]
pub struct SoaRow {
    pub framework: String,
    pub id: String,
    pub title: String,
    pub included: bool,
    pub applicability: String,
    pub justification: String,
    pub implementation: String,
    pub controls: String,
    pub approved_by: String,
}

impl SoaRow {
    /// The row's columns as the XLSX workbook lays them out: framework, control,
    /// title, applicability, justification, implementation, controls, approved by.
    pub fn into_columns(self) -> [String; 8] {
        [
            self.framework,
            self.id,
            self.title,
            self.applicability,
            self.justification,
            self.implementation,
            self.controls,
            self.approved_by,
        ]
    }
}

/// The Statement of Applicability sections: the Annex A controls of every in-scope,
/// certifiable framework that has excludable controls (ISO/IEC 42001 and 27001).
pub fn soa_sections(report: &Report) -> Vec<SoaSection> {
    // Control titles by name, looked up for every row: indexed once, first wins.
    let mut titles: FastMap<&str, Option<&String>> = FastMap::default();
    for c in &report.controls {
        titles.entry(c.name.as_str()).or_insert(c.title.as_ref());
    }
    report
        .frameworks
        .iter()
        .filter(|f| {
            f.in_scope
                && f.certifiable
                && f.requirements
                    .iter()
                    .any(|r| r.kind == "control" && r.excludable)
        })
        .map(|f| {
            let rows: Vec<SoaRow> = f
                .requirements
                .iter()
                .filter(|r| r.kind == "control")
                .map(|r| soa_row(&titles, f, r))
                .collect();
            SoaSection {
                framework: f.name.clone(),
                title: f.title.clone(),
                included: rows.iter().filter(|r| r.included).count(),
                excluded: rows.iter().filter(|r| !r.included).count(),
                rows,
            }
        })
        .collect()
}

fn soa_row(
    titles: &FastMap<&str, Option<&String>>,
    f: &FrameworkReport,
    r: &RequirementReport,
) -> SoaRow {
    let excluded = r.state == State::Excluded;
    let justification = if excluded {
        r.exclusion
            .as_ref()
            .and_then(|e| e.reason.clone())
            .unwrap_or_default()
    } else if !r.controls.is_empty() {
        // Each control as "Title (name)", or its name when it has no title.
        let controls = join_each(&r.controls, |out, c| {
            let name = c.name.as_str();
            match titles.get(name).copied().flatten() {
                Some(title) => {
                    out.push_str(title);
                    out.push_str(" (");
                    out.push_str(name);
                    out.push(')');
                }
                None => out.push_str(name),
            }
        });
        format!("Implemented through: {controls}")
    } else if r.state == State::Mapped {
        format!(
            "Addressed through {}",
            r.mapped_from
                .iter()
                .map(|m| format!("{}.{}", m.framework, m.id))
                .collect::<Vec<_>>()
                .join(", ")
        )
    } else {
        "Applicable; no control recorded yet".to_owned()
    };
    let implementation = match r.state {
        State::Covered => "Implemented".to_owned(),
        State::Partial => {
            let has = |status| r.controls.iter().any(|c| c.status == Some(status));
            if has(ControlStatus::InProgress) {
                "In progress".to_owned()
            } else if r
                .controls
                .iter()
                .all(|c| c.status == Some(ControlStatus::Planned))
            {
                "Planned".to_owned()
            } else {
                "Implemented; evidence not current".to_owned()
            }
        }
        State::Mapped => "Through a crosswalk only".to_owned(),
        State::Excluded => "Not applicable".to_owned(),
        State::NotApplicable => "Not applicable".to_owned(),
        State::Gap => "Not implemented".to_owned(),
    };
    let approved_by = r
        .exclusion
        .as_ref()
        .filter(|_| excluded)
        .map(|e| {
            let who = match (&e.approved_by, &e.approver_holder) {
                (Some(role), Some(holder)) => format!("{holder} ({role})"),
                (Some(role), None) => role.clone(),
                _ => String::new(),
            };
            match e.date {
                Some(d) if !who.is_empty() => format!("{who}, {d}"),
                _ => who,
            }
        })
        .unwrap_or_default();
    SoaRow {
        framework: f.name.clone(),
        id: r.id.clone(),
        title: r.title.clone(),
        included: !excluded,
        applicability: if excluded {
            "Excluded".into()
        } else {
            "Included".into()
        },
        justification,
        implementation,
        controls: r
            .controls
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        approved_by,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::tests::{ANNEX_A, report_of};

    #[test]
    fn annex_a_controls_are_included_or_excluded_with_a_reason() {
        let report = report_of(ANNEX_A);
        let sections = soa_sections(&report);
        assert_eq!(sections.len(), 1);
        let section = &sections[0];
        assert_eq!(section.framework, "iso42001");
        assert_eq!(section.included + section.excluded, section.rows.len());
        assert_eq!(section.excluded, 1);
        let row = |id: &str| section.rows.iter().find(|r| r.id == id).unwrap();
        let excluded = row("A.10.4");
        assert_eq!(
            (
                excluded.applicability.as_str(),
                excluded.justification.as_str(),
                excluded.approved_by.as_str()
            ),
            ("Excluded", "No customers.", "Tom Reid (ciso), 2026-01-05")
        );
        let planned = row("A.6.2.6");
        assert_eq!(
            (
                planned.justification.as_str(),
                planned.implementation.as_str()
            ),
            ("Implemented through: Planned work (plan)", "Planned")
        );
        assert_eq!(row("A.6.2.5").implementation, "In progress");
        assert_eq!(
            row("A.2.2").justification,
            "Applicable; no control recorded yet"
        );
    }
}
