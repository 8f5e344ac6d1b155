//! The JSON Schema of a versioned JSON output (the report, the statement, the diff,
//! the catalogue), written the one way the repository keeps them in `schemas/`.

/// `T`'s JSON Schema, pretty-printed and ending in a newline.
pub fn text_of<T: schemars::JsonSchema>() -> String {
    let schema = schemars::schema_for!(T);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
