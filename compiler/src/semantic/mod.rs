//! Meaning: the schema of declarations, the namespace, the catalogues, and the
//! rules that check a workspace. Rules take plain data (trees, summaries, settings)
//! and return diagnostics; salsa wiring lives in `queries`.

pub mod assurance;
pub mod catalogue;
pub mod check_file;
pub mod coverage;
pub mod evidence;
pub mod json;
pub mod model;
pub mod records;
pub mod risk;
pub mod rules;
pub mod satisfies;
pub mod schema;
pub mod summary;
pub mod symbols;
pub mod values;
pub mod words;
pub mod workspace_rules;
