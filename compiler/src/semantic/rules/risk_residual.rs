//! The residual place of a risk: `residual_likelihood` and `residual_impact` go
//! together (one without the other is a `missing-field`), and when both are given
//! their product decides the residual level, so a `residual` word that says
//! otherwise is an `invalid-value` with a fix to the computed word.
//!
//! Words outside the scales are already `invalid-value` errors from the schema
//! check; this rule only judges risks whose words it can read.

use crate::diagnostics::{Code, Diagnostic};
use crate::semantic::coverage::word;
use crate::semantic::risk;
use crate::semantic::schema::{IMPACTS, LIKELIHOODS};
use crate::semantic::workspace_rules::WorkspaceContext;

pub fn check(cx: &WorkspaceContext<'_>, out: &mut Vec<Diagnostic>) {
    for decl in cx.model.of_kind("risk") {
        let item = &decl.item;
        let likelihood = item.field("residual_likelihood");
        let impact = item.field("residual_impact");
        let (given, missing, words) = match (likelihood, impact) {
            (Some(l), None) => (l, "residual_impact", IMPACTS),
            (None, Some(i)) => (i, "residual_likelihood", LIKELIHOODS),
            _ => {
                mismatched_residual(decl, out);
                continue;
            }
        };
        out.push(
            Diagnostic::new(
                Code::MissingField,
                &decl.file,
                given.name.range,
                format!(
                    "the risk `{}` gives `{}` but not `{missing}`: the residual risk is placed on the matrix by both",
                    decl.name(),
                    given.name.text
                ),
            )
            .with_help(format!(
                "add `{missing}: …` ({}), or remove `{}`",
                words.join(", "),
                given.name.text
            )),
        );
    }
}

/// `invalid-value` on a `residual` word that disagrees with the residual place.
fn mismatched_residual(decl: &crate::semantic::model::Decl, out: &mut Vec<Diagnostic>) {
    let item = &decl.item;
    let Some(place) = risk::residual_place(item) else {
        return;
    };
    let (Some(field), Some(written)) = (item.field("residual"), word(item, "residual")) else {
        return;
    };
    if risk::level_rank(written).is_none() {
        return;
    }
    let computed = place.level();
    if written == computed.as_str() {
        return;
    }
    let mut diagnostic = Diagnostic::new(
        Code::InvalidValue,
        &decl.file,
        field.value.range,
        format!(
            "`residual: {written}` does not match residual_likelihood × residual_impact = {} × {} = {} ({computed})",
            place.likelihood.score(),
            place.impact.score(),
            place.score()
        ),
    );
    let scored = [
        (
            "residual_likelihood",
            place.likelihood.as_str(),
            place.likelihood.score(),
        ),
        (
            "residual_impact",
            place.impact.as_str(),
            place.impact.score(),
        ),
    ];
    for (name, said, score) in scored {
        if let Some(f) = item.field(name) {
            diagnostic = diagnostic.with_label(
                &decl.file,
                f.value.range,
                format!("`{said}` scores {score}"),
            );
        }
    }
    out.push(
        diagnostic
            .with_help(format!(
                "the residual level follows from residual_likelihood × residual_impact (1–4 low, 5–9 medium, 10–16 high, 17–25 critical): write `residual: {computed}`, remove `residual`, or correct the residual likelihood or impact"
            ))
            .with_fix(
                format!("change `residual` to `{computed}`"),
                &decl.file,
                field.value.range,
                computed.as_str(),
            ),
    );
}
