//! The HTML report: one self-contained file (inline CSS and SVG, no scripts, no
//! network) that a buyer or auditor can open, print or archive.
//!
//! It is rendered with minijinja from `templates/report.html`, which starts with the
//! page head the trust page also uses (`publish/templates/head.html`). The templates'
//! names end in `.html`, which turns on minijinja's HTML auto-escaping, so every
//! string from the spec is escaped wherever the template prints it; nothing is
//! marked safe.

use minijinja::{Environment, context};

use super::model::Report;
use super::view::{STATES, view};

const TEMPLATE: &str = include_str!("templates/report.html");

/// Renders the HTML report.
pub fn render(report: &Report) -> Result<String, String> {
    render_for(report, super::Audience::Internal)
}

/// Renders the HTML report for an audience: the buyer view leaves out the work lists
/// (requirement detail, Statement of Applicability, risks, evidence, systems) and
/// keeps every status and the coverage figures.
pub fn render_for(report: &Report, audience: super::Audience) -> Result<String, String> {
    let mut env = Environment::new();
    env.add_template("report.html", TEMPLATE)
        .map_err(|e| format!("the report template is broken: {e}"))?;
    env.add_template("head.html", crate::publish::html::PAGE_HEAD)
        .map_err(|e| format!("the page head template is broken: {e}"))?;
    let template = env.get_template("report.html").map_err(|e| e.to_string())?;
    let states: Vec<_> = STATES
        .iter()
        .map(|(state, label, color)| context! { state => state.as_str(), label => *label, color => *color })
        .collect();
    template
        .render(context! {
            v => minijinja::Value::from(minijinja::value::Serde(view(report))),
            suppliers => minijinja::Value::from(minijinja::value::Serde(&report.suppliers)),
            management => minijinja::Value::from(minijinja::value::Serde(&report.management)),
            states => states,
            buyer => audience == super::Audience::Buyer,
        })
        .map_err(|e| format!("cannot render the HTML report: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::db::Origin;
    use crate::workspace::Project;

    #[test]
    fn user_text_is_escaped() {
        let spec = "organisation o \"<script>alert(1)</script> & 'Co'\" { scope: [iso42001] }\n";
        let project = Project::from_sources(
            Settings::new(jiff::civil::date(2026, 11, 28)),
            None,
            vec![("a.aims".into(), spec.into(), Origin::Spec)],
        );
        let html = render(&crate::report::build_report(&project)).unwrap();
        assert!(!html.contains("<script>"), "unescaped script tag");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; &#x27;Co&#x27;"),
            "{}",
            &html[..2000]
        );
        assert!(html.contains("as of <strong>2026-11-28</strong>"));
    }
}
