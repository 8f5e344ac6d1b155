//! The `satisfies` edges of the workspace (control → requirement), indexed by
//! framework, so that coverage is computed one framework at a time.
//!
//! A control's `satisfies` list is the part of the spec that changes coverage most
//! often, and it touches few requirements. The rules' summary keeps these lists
//! apart from the declarations (`summary::RuleSummary`), each file's lists are
//! resolved against the catalogue here into claims grouped by framework, and the
//! queries hand each framework's coverage only the claims on that framework. Adding
//! `iso42001.4.1` to a control therefore re-runs the coverage of ISO/IEC 42001 and
//! nothing that reads only declarations.

use std::collections::BTreeMap;
use std::sync::Arc;

use smol_str::SmolStr;

use crate::diagnostics::Location;
use crate::semantic::catalogue::{Catalogue, Lookup};
use crate::semantic::summary::RuleSummary;
use crate::semantic::words::ControlStatus;
use crate::syntax::ast::ValueKind;

/// One control's claim that it satisfies one requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The requirement's id after the framework name, `A.6.2.4` (short enough to be
    /// stored inline, so a claim allocates no copy of it).
    pub id: SmolStr,
    /// The control's name.
    pub control: SmolStr,
    /// The control's `status`, or `None` when it is missing or not a status word.
    pub status: Option<ControlStatus>,
    /// The evidence the control cites.
    pub evidence: Arc<[SmolStr]>,
    /// The requirement path in the `satisfies` list (a locator: see `summary`).
    pub location: Location,
}

/// One file's claims on one framework, in source order. Shared, so that gathering a
/// framework's claims from every file copies none of them.
pub type Claims = Arc<Vec<Claim>>;

/// The claims of one file's controls on requirements of the catalogue, by framework
/// name. Paths that name no requirement (unknown ones, groups) make no claim; the
/// per-file checks report them.
pub fn file_claims(
    file: &str,
    summary: &RuleSummary,
    catalogue: &Catalogue,
) -> BTreeMap<String, Claims> {
    let mut by_framework: BTreeMap<&str, Vec<Claim>> = BTreeMap::new();
    for satisfies in &summary.satisfies {
        let Some(control) = summary.declarations.get(satisfies.declaration) else {
            continue;
        };
        let name = control
            .name
            .as_ref()
            .map(|n| n.text.clone())
            .unwrap_or_default();
        let status =
            crate::semantic::coverage::word(control, "status").and_then(ControlStatus::from_word);
        let evidence: Arc<[SmolStr]> = control
            .field("evidence")
            .map(|f| {
                f.value
                    .elements()
                    .iter()
                    .filter_map(|e| match &e.kind {
                        ValueKind::Ident(name) => Some(name.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        for element in satisfies.field.value.elements() {
            let ValueKind::Path(path) = &element.kind else {
                continue;
            };
            if let Lookup::Requirement(framework, item) = catalogue.lookup(path) {
                by_framework
                    .entry(framework.name.as_str())
                    .or_default()
                    .push(Claim {
                        id: SmolStr::new(&item.id),
                        control: name.clone(),
                        status,
                        evidence: evidence.clone(),
                        location: Location {
                            file: file.to_owned(),
                            range: element.range,
                        },
                    });
            }
        }
    }
    by_framework
        .into_iter()
        .map(|(framework, claims)| (framework.to_owned(), Arc::new(claims)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::summary::summarise_for_rules;
    use crate::syntax::parse_text;

    #[test]
    fn claims_are_grouped_by_framework_and_skip_what_is_not_a_requirement() {
        let project = crate::workspace::Project::from_sources(
            crate::config::Settings::new(jiff::civil::date(2026, 11, 28)),
            None,
            Vec::new(),
        );
        let catalogue = crate::queries::catalogue(&project.db, project.workspace);
        let tree = parse_text(
            "control c { status: implemented, evidence: [e1], satisfies: [iso42001.4.1, iso27001.5.1, iso42001.A, nowhere.1, iso42001.4.2] }\n",
        )
        .tree;
        let summary = summarise_for_rules(&tree.items);
        assert!(summary.declarations[0].field("satisfies").is_none());
        let claims = file_claims("a.aims", &summary, catalogue);
        let ids = |framework: &str| -> Vec<&str> {
            claims[framework].iter().map(|c| c.id.as_str()).collect()
        };
        assert_eq!(claims.keys().collect::<Vec<_>>(), ["iso27001", "iso42001"]);
        assert_eq!(ids("iso42001"), ["4.1", "4.2"]);
        assert_eq!(ids("iso27001"), ["5.1"]);
        let first = &claims["iso42001"][0];
        assert_eq!(first.control, "c");
        assert_eq!(first.status, Some(ControlStatus::Implemented));
        assert_eq!(&*first.evidence, [SmolStr::from("e1")]);
        assert_eq!(first.location.file, "a.aims");
    }
}
