//! Benchmarks of AIMS on generated workspaces: a generator of realistic inventories
//! (controls with their evidence, risks and systems), a minimal LSP client that drives
//! the real `aims-lsp` binary over stdio, process measurements (CPU time, wall time
//! and peak memory), and long generated trust pages for the prose check. The
//! `aims-bench` binary prints every figure of `BENCHMARKS.md`.

pub mod generate;
pub mod lsp;
pub mod measure;
pub mod publication;
pub mod usage;
