//! What serde cannot write by itself for the JSON contract: a typed fact (a date, a
//! duration, a word) as the string the contract gives it, and a requirement's
//! controls as the contract's two lists. The report model and the coverage types the
//! report serialises as they are both use these.

use std::fmt::Display;

use serde::{Serialize, Serializer};

use super::coverage::ControlRef;
use super::words::ControlStatus;

pub fn one<T: Display, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// The text, or `null` for `None`.
pub fn optional<T: Display, S: Serializer>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serializer.collect_str(value),
        None => serializer.serialize_none(),
    }
}

/// The text, or `""` for `None`, for keys the contract keeps a string.
pub fn or_empty<T: Display, S: Serializer>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&text_or_empty(value))
}

/// Each value as [`or_empty`] writes it.
pub fn each_or_empty<T: Display, S: Serializer>(
    values: &[Option<T>],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(values.iter().map(text_or_empty))
}

fn text_or_empty<T: Display>(value: &Option<T>) -> String {
    value.as_ref().map_or_else(String::new, ToString::to_string)
}

// A requirement's controls as the contract writes them: names and statuses side by
// side. It is flattened into the requirement, so it has no schema description of
// its own.
#[derive(Serialize, schemars::JsonSchema)]
pub struct ControlsJson<'a> {
    /// Names of the controls whose `satisfies` lists it, in source order.
    controls: Vec<&'a str>,
    /// The status of each of those controls, in the same order (`""` when a
    /// control's status is missing or not a status word).
    #[serde(serialize_with = "each_or_empty")]
    #[schemars(with = "Vec<String>")]
    control_statuses: Vec<Option<ControlStatus>>,
}

/// Writes `controls` as [`ControlsJson`].
pub fn controls<S: Serializer>(controls: &[ControlRef], serializer: S) -> Result<S::Ok, S::Error> {
    ControlsJson {
        controls: controls.iter().map(|c| c.name.as_str()).collect(),
        control_statuses: controls.iter().map(|c| c.status).collect(),
    }
    .serialize(serializer)
}
