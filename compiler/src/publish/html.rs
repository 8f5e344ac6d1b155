//! The trust statement as HTML: a fragment to include in a website, and a complete
//! self-contained page (inline CSS, no scripts, no network).
//!
//! Rendered with minijinja from `templates/`, whose names end in `.html` so that
//! every string from the spec is auto-escaped, as in the HTML report.

use minijinja::{Environment, context};

use super::Statement;

const FRAGMENT: &str = include_str!("templates/statement.html");
const PAGE: &str = include_str!("templates/page.html");
/// The start of a page up to its title (doctype, charset, viewport, generator), which
/// the HTML report shares: a template that includes it sets `generator`.
pub(crate) const PAGE_HEAD: &str = include_str!("templates/head.html");

fn environment() -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.add_template("statement.html", FRAGMENT)
        .map_err(|e| format!("the statement template is broken: {e}"))?;
    env.add_template("page.html", PAGE)
        .map_err(|e| format!("the page template is broken: {e}"))?;
    env.add_template("head.html", PAGE_HEAD)
        .map_err(|e| format!("the page head template is broken: {e}"))?;
    Ok(env)
}

fn render_template(name: &str, statement: &Statement) -> Result<String, String> {
    let env = environment()?;
    let template = env.get_template(name).map_err(|e| e.to_string())?;
    template
        .render(context! {
            s => minijinja::Value::from(minijinja::value::Serde(statement)),
            generator => concat!("aims ", env!("CARGO_PKG_VERSION")),
        })
        .map_err(|e| format!("cannot render the trust statement: {e}"))
}

/// The statement as an HTML fragment (one `<section>`), to include in a page.
pub fn render_fragment(statement: &Statement) -> Result<String, String> {
    render_template("statement.html", statement)
}

/// The statement as a complete, self-contained HTML page.
pub fn render_page(statement: &Statement) -> Result<String, String> {
    render_template("page.html", statement)
}
