//! `risk-above-appetite`: a risk whose residual level is above the organisation's
//! `risk_appetite` and that has not been accepted by a named role on a date.
//!
//! The residual level is the level of `residual_likelihood` × `residual_impact` when
//! both are given, otherwise the `residual` field; a risk with neither is judged by
//! its inherent level (likelihood × impact on the 5×5 matrix), since nothing says
//! the treatment lowered it. Without a `risk_appetite` there is nothing to compare with.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::coverage::word;
use crate::semantic::risk;
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    let Some(org) = cx.model.organisation() else {
        return;
    };
    let Some(appetite) = word(&org.item, "risk_appetite") else {
        return;
    };
    let Some(appetite_rank) = risk::level_rank(appetite) else {
        return;
    };
    let appetite_range = super::value_range(org, "risk_appetite");
    for decl in cx.model.of_kind("risk") {
        let place = risk::residual_place(&decl.item);
        let (level, described, range) = match (place, word(&decl.item, "residual")) {
            (Some(place), _) => {
                let level = place.level();
                let range = [
                    decl.item.field("residual_likelihood"),
                    decl.item.field("residual_impact"),
                ]
                .into_iter()
                .flatten()
                .map(|f| f.range)
                .reduce(|a, b| a.cover(b))
                .unwrap_or(decl.item.name_range());
                (
                    level.to_string(),
                    format!(
                        "residual level {level} ({} × {} = {})",
                        place.likelihood,
                        place.impact,
                        place.score()
                    ),
                    range,
                )
            }
            (None, Some(residual)) => (
                residual.to_owned(),
                format!("residual level {residual}"),
                super::value_range(decl, "residual"),
            ),
            (None, None) => {
                let (Some(l), Some(i)) =
                    (word(&decl.item, "likelihood"), word(&decl.item, "impact"))
                else {
                    continue;
                };
                let Some(score) = risk::inherent_score(l, i) else {
                    continue;
                };
                let level = risk::level_of_score(score);
                (
                    level.to_owned(),
                    format!("inherent level {level} ({l} × {i} = {score}; no `residual` is given)"),
                    decl.item.name_range(),
                )
            }
        };
        let Some(rank) = risk::level_rank(&level) else {
            continue;
        };
        if rank <= appetite_rank {
            continue;
        }
        let lower = if place.is_some() {
            "`residual_likelihood` or `residual_impact`"
        } else {
            "`residual`"
        };
        let accepted_by = decl.item.field("accepted_by").is_some();
        let accepted_on = decl.item.field("accepted_on").is_some();
        let missing = match (accepted_by, accepted_on) {
            (true, true) => continue,
            (false, false) => "nobody has accepted it",
            (true, false) => "its acceptance has no date (`accepted_on`)",
            (false, true) => "its acceptance names no role (`accepted_by`)",
        };
        out.push(
            Diagnostic::new(
                Code::RiskAboveAppetite,
                &decl.file,
                range,
                format!(
                    "the risk `{}` has {described}, above the organisation's risk appetite ({appetite}), and {missing}",
                    decl.name()
                ),
            )
            .with_label(&org.file, appetite_range, format!("the appetite is {appetite}"))
            .with_help(format!("treat it further and lower its {lower}, or record who accepted it and when: `accepted_by: ROLE` and `accepted_on: DATE`")),
        );
    }
}
