//! The fuzz targets' shared code: the very property functions that the normal test
//! suite runs (`compiler/tests/it/support/`), included by path so the fuzzer and
//! `cargo test` check exactly the same properties.

#[path = "../../compiler/tests/it/support/invariants.rs"]
pub mod invariants;
#[path = "../../compiler/tests/it/support/properties.rs"]
pub mod properties;
