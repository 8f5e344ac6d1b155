//! Diagnostics rendered as people see them, without colour, for snapshots.

use aims::diagnostics::{Diagnostic, render};

/// `diagnostics` rendered without colour, reading sources through `source`.
pub fn plain<'a>(diagnostics: &[Diagnostic], source: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = Vec::new();
    render::render(
        diagnostics,
        source,
        render::RenderOptions { color: false },
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}
