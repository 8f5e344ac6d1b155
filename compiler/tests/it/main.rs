//! The compiler's integration tests, one test crate with a module per area.
//!
//! Cargo links every file directly under `tests/` as its own executable against the
//! whole dependency tree, so one crate with modules builds and links once instead of
//! once per file (matklad's "one integration-test crate per package"). Run one area
//! with a filter: `cargo test -p aims-compiler --test it prose_corpus`.
//!
//! Tests share one process here: they pass settings to child processes with
//! `Command::env` and never change the process's environment, working directory or
//! panic hook.

mod catalogues;
mod ci_formats;
mod cli;
mod cli_catalog_report;
mod cli_fix_exclude;
mod cli_reports;
mod closed_pipe;
mod coverage_rules;
mod diff;
mod fast_parser;
mod format;
mod golden;
mod honesty;
mod import_soa;
mod incremental;
mod limits;
mod output_safety;
mod panic_policy;
mod properties;
mod prose_cli;
mod prose_corpus;
mod prose_rewrites;
mod publish;
mod publish_browser;
mod recovery;
mod reference_docs;
mod report_browser;
mod reports;
mod robustness;
mod rule_fixtures;
mod suggestions;
mod supplier_claims;
mod support;
mod tutorial;
