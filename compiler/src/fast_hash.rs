//! A fast hasher for the compiler's own hash maps, keyed by names, kinds and
//! requirement ids.
//!
//! The standard library's SipHash resists hash flooding, which cost about 8 % of
//! `aims check`; the keys are the workspace's own short names, so these maps use
//! rustc's hash (the `rustc-hash` crate, which salsa already depends on). Maps that
//! outputs iterate stay `BTreeMap`s: iteration order over these maps is arbitrary.

/// A `HashMap` with rustc's hasher.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A `HashSet` with rustc's hasher.
pub type FastSet<K> = rustc_hash::FxHashSet<K>;
