//! What serde cannot write by itself for the JSON contract: a typed fact (a date, a
//! duration, a word) as the string the contract gives it, and a requirement's
//! controls as the contract's two lists. The report model and the coverage types the
//! report serialises as they are both use these.

use std::fmt::Display;

use serde::{Serialize, Serializer};

use super::coverage::ControlRef;
use super::values::{DateLike, Duration};
use super::words::ControlStatus;

/// Writes a typed value the contract gives as a string (a word, a duration, a date
/// that may be a month or a quarter) as its `Display` text, with a string's schema;
/// `Option` of it is the string or `null`. Dates themselves are jiff's, which serde
/// and schemars write as `YYYY-MM-DD` (`format: date`).
macro_rules! serialize_as_text {
    ($($ty:ty),*) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl schemars::JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> std::borrow::Cow<'static, str> {
                <String as schemars::JsonSchema>::schema_name()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <String as schemars::JsonSchema>::json_schema(generator)
            }
        }
    )*};
}

pub(crate) use serialize_as_text;

serialize_as_text!(Duration, DateLike);

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
