//! Finding things in JSON output.

use serde_json::Value;

/// The element of the array `list` whose `key` is `value`; panics if there is none.
pub fn find<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|item| item[key] == value)
        .unwrap_or_else(|| panic!("no element with {key} = {value:?} in {list}"))
}
