//! Helpers shared by the integration tests: running the binary, finding repository
//! files, rendering diagnostics, and the properties the fuzz targets check too.

pub mod browser;
pub mod cli;
pub mod files;
pub mod fixture;
pub mod invariants;
pub mod json;
pub mod paths;
pub mod properties;
pub mod render;
