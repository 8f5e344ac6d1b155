//! Data shown in a code block (a Markdown fence, an HTML `<pre><code>`):
//! which blocks show the organisation's own data, and in what language.
//!
//! A block of JSON, YAML, a configuration file or a table of delimited values
//! (a CSV or TSV export) that a page shows as the
//! organisation's own ("`GET /v1/certifications` returns our register:",
//! "```yaml" over a `trust.yaml`) is read as a file holding it would be. A
//! block labelled as an example, a sample or a schema shows made-up data
//! and stays unread, as does code in any other language.

use std::ops::Range;

use crate::prose::units::Builder;
use crate::prose::{config_files, plain_text, structured, vocabulary};

/// Data a code block shows: JSON, or the source range of YAML.
pub(super) enum CodeData {
    Json(structured::ParsedJson),
    Yaml(Range<usize>),
    Config(Range<usize>),
    /// Lines of delimited values (CSV, TSV), read as a table's rows.
    Table(Range<usize>),
}

impl CodeData {
    /// Reads the data into units, as a text file holding it is read.
    pub(super) fn read(self, b: &mut Builder) {
        match self {
            CodeData::Json(json) => structured::read_json(b, json),
            CodeData::Yaml(range) => structured::read_yaml(b, range),
            CodeData::Config(range) => config_files::read_config(b, range),
            CodeData::Table(range) => {
                plain_text::read_lines(b, range);
            }
        }
    }
}

/// True when `text` (a code block's label, the paragraph before it, or the
/// block itself) says that what the block shows is made up: an example, a
/// sample, a schema.
pub(super) fn introduced_as_made_up(text: &str) -> bool {
    let text = text.to_lowercase();
    vocabulary::MADE_UP_DATA_WORDS
        .iter()
        .any(|word| text.contains(word))
}

/// The data a code block labelled `language` shows in `inner` (its body), if
/// it is the organisation's own: JSON in a block labelled as JSON or not at
/// all, YAML in a block labelled as YAML, a table of delimited values in a
/// block labelled `csv`, `tsv`, as text or not at all. The caller has ruled
/// out a block introduced as made up.
pub(super) fn data_in_code(src: &str, inner: Range<usize>, language: &str) -> Option<CodeData> {
    let language = language.to_lowercase();
    if matches!(language.as_str(), "yaml" | "yml") {
        return structured::is_labelled_yaml(src, inner.clone()).then_some(CodeData::Yaml(inner));
    }
    if config_files::LANGUAGES.contains(&language.as_str()) {
        return config_files::is_config(src, inner.clone(), true)
            .then_some(CodeData::Config(inner));
    }
    if matches!(language.as_str(), "" | "csv" | "tsv" | "text" | "txt")
        && plain_text::is_table(src, inner.clone())
    {
        return Some(CodeData::Table(inner));
    }
    if !matches!(language.as_str(), "" | "json" | "jsonc" | "json5" | "http") {
        return None;
    }
    let (_, json) = structured::json_start(src, inner)?;
    Some(CodeData::Json(json))
}
