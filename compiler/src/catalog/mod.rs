//! The built-in framework catalogues, embedded at build time.
//!
//! They are AIMS source files like any other and go through the same parser and
//! checks; they only differ in where their text comes from. Their paths start with
//! `<builtin>/` so diagnostics and go-to-definition can name them.
//!
//! `describe` is the one description of a framework for people, and `json` the
//! versioned JSON of `aims catalog`.

pub mod describe;
pub mod json;

/// Prefix of the paths of built-in catalogue files.
pub const BUILTIN_PREFIX: &str = "<builtin>/";

/// `(path, text)` of every built-in catalogue file.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "<builtin>/iso42001.aims",
        include_str!("../../catalogues/iso42001.aims"),
    ),
    (
        "<builtin>/iso27001.aims",
        include_str!("../../catalogues/iso27001.aims"),
    ),
    (
        "<builtin>/cyber_essentials.aims",
        include_str!("../../catalogues/cyber_essentials.aims"),
    ),
    (
        "<builtin>/cyber_essentials_plus.aims",
        include_str!("../../catalogues/cyber_essentials_plus.aims"),
    ),
    (
        "<builtin>/nist_ai_rmf.aims",
        include_str!("../../catalogues/nist_ai_rmf.aims"),
    ),
    (
        "<builtin>/eu_ai_act.aims",
        include_str!("../../catalogues/eu_ai_act.aims"),
    ),
    (
        "<builtin>/soc2.aims",
        include_str!("../../catalogues/soc2.aims"),
    ),
    (
        "<builtin>/nist_csf.aims",
        include_str!("../../catalogues/nist_csf.aims"),
    ),
    (
        "<builtin>/nis2.aims",
        include_str!("../../catalogues/nis2.aims"),
    ),
    (
        "<builtin>/dora.aims",
        include_str!("../../catalogues/dora.aims"),
    ),
    (
        "<builtin>/eu_gdpr.aims",
        include_str!("../../catalogues/eu_gdpr.aims"),
    ),
    (
        "<builtin>/uk_gdpr.aims",
        include_str!("../../catalogues/uk_gdpr.aims"),
    ),
    (
        "<builtin>/nhs_dspt.aims",
        include_str!("../../catalogues/nhs_dspt.aims"),
    ),
    (
        "<builtin>/iso27701.aims",
        include_str!("../../catalogues/iso27701.aims"),
    ),
    (
        "<builtin>/dcb0129.aims",
        include_str!("../../catalogues/dcb0129.aims"),
    ),
    (
        "<builtin>/crosswalk_iso42001_iso27001.aims",
        include_str!("../../catalogues/crosswalk_iso42001_iso27001.aims"),
    ),
    (
        "<builtin>/crosswalk_nist_ai_rmf_iso42001.aims",
        include_str!("../../catalogues/crosswalk_nist_ai_rmf_iso42001.aims"),
    ),
    (
        "<builtin>/crosswalk_nist_csf_iso27001.aims",
        include_str!("../../catalogues/crosswalk_nist_csf_iso27001.aims"),
    ),
];

pub fn is_builtin(path: &str) -> bool {
    path.starts_with(BUILTIN_PREFIX)
}
