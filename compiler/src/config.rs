//! `aims.toml`: the workspace settings file, read with serde.
//!
//! Unknown keys are reported rather than ignored, because a misspelt setting that
//! silently does nothing is worse than an error. Problems become `invalid-config`
//! diagnostics pointing into `aims.toml`, so they show up like any other.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostics::{Code, Diagnostic, Severity};
use crate::text::TextRange;

pub const CONFIG_FILE: &str = "aims.toml";

/// A severity as written in `[severity]`, including "off" to silence a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeverityOverride {
    Set(Severity),
    Off,
}

/// The settings that affect analysis. Defaults apply to anything not written.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Settings {
    /// The as-of date every check is relative to.
    pub as_of: jiff::civil::Date,
    /// Whether `as_of` came from the command line, `aims.toml` or the clock.
    pub as_of_source: AsOfSource,
    pub severity: BTreeMap<String, SeverityOverride>,
    /// Extra catalogue folders, relative to the root.
    pub catalogues: Vec<String>,
    /// Globs of prose files to check, relative to the root.
    pub publications: Vec<String>,
    /// How many days before expiry `certificate-expiring` warns.
    pub expiring_within_days: u32,
    /// Whether publications are checked at all.
    pub check_prose: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AsOfSource {
    CommandLine,
    ConfigFile,
    Today,
}

impl Settings {
    pub fn new(as_of: jiff::civil::Date) -> Settings {
        Settings {
            as_of,
            as_of_source: AsOfSource::Today,
            severity: BTreeMap::new(),
            catalogues: Vec::new(),
            publications: Vec::new(),
            expiring_within_days: 60,
            check_prose: true,
        }
    }
}

/// The top-level keys of `aims.toml`: the fields of `RawConfig`.
const KEYS: &[&str] = &[
    "as_of",
    "expiring_within_days",
    "catalogues",
    "publications",
    "check_prose",
    "severity",
];

/// Where `key` is written at the start of a line (`key =` or `[key]`).
fn key_position(text: &str, key: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let rest = line.trim_start().trim_start_matches('[');
        let at = offset + indent + (line.trim_start().len() - rest.len());
        if let Some(after) = rest.strip_prefix(key)
            && after.trim_start().starts_with(['=', ']'])
        {
            return Some(at);
        }
        offset += line.len();
    }
    None
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    as_of: Option<toml::Value>,
    #[serde(default)]
    severity: BTreeMap<String, String>,
    #[serde(default)]
    catalogues: Vec<String>,
    #[serde(default)]
    publications: Vec<String>,
    expiring_within_days: Option<u32>,
    check_prose: Option<bool>,
}

/// Reads `aims.toml` text into `settings`, returning problems as diagnostics.
/// Settings that cannot be read keep their defaults.
pub fn apply_config(text: &str, settings: &mut Settings) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let whole = TextRange::new(0, text.len().min(1));
    // Read the table first, so that every unknown key is reported (with a
    // suggestion), and the known ones are still applied.
    let mut table: toml::Table = match toml::from_str(text) {
        Ok(table) => table,
        Err(error) => {
            let range = error
                .span()
                .map(|s| TextRange::new(s.start, s.end))
                .unwrap_or(whole);
            problems.push(Diagnostic::new(
                Code::InvalidConfig,
                CONFIG_FILE,
                range,
                error.message().to_owned(),
            ));
            return problems;
        }
    };
    let locate = |key: &str| {
        key_position(text, key)
            .or_else(|| text.find(key))
            .map(|i| TextRange::new(i, i + key.len()))
            .unwrap_or(whole)
    };
    let unknown: Vec<String> = table
        .keys()
        .filter(|k| !KEYS.contains(&k.as_str()))
        .cloned()
        .collect();
    for key in unknown {
        table.remove(&key);
        let range = locate(&key);
        let mut d = Diagnostic::new(
            Code::InvalidConfig,
            CONFIG_FILE,
            range,
            format!("`{key}` is not a setting of `aims.toml`"),
        );
        d = match crate::suggest::closest(&key, KEYS.iter().copied()) {
            Some(best) => d.with_help(format!("did you mean `{best}`?")).with_fix(
                format!("change to `{best}`"),
                CONFIG_FILE,
                range,
                best,
            ),
            None => d.with_help(format!("the settings are {}", KEYS.join(", "))),
        };
        problems.push(d);
    }
    let raw: RawConfig = match toml::Value::Table(table).try_into() {
        Ok(raw) => raw,
        Err(error) => {
            problems.push(Diagnostic::new(
                Code::InvalidConfig,
                CONFIG_FILE,
                whole,
                error.message().to_owned(),
            ));
            return problems;
        }
    };
    if let Some(value) = raw.as_of {
        let parsed = match &value {
            toml::Value::Datetime(dt) => dt.to_string().parse::<jiff::civil::Date>().ok(),
            toml::Value::String(s) => s.parse::<jiff::civil::Date>().ok(),
            _ => None,
        };
        match parsed {
            Some(date) => {
                if settings.as_of_source != AsOfSource::CommandLine {
                    settings.as_of = date;
                    settings.as_of_source = AsOfSource::ConfigFile;
                }
            }
            None => problems.push(
                Diagnostic::new(
                    Code::InvalidConfig,
                    CONFIG_FILE,
                    locate("as_of"),
                    format!("`as_of` must be a date like 2026-11-28, not {value}"),
                )
                .with_help("write `as_of = 2026-11-28`, or remove it to check against today"),
            ),
        }
    }
    for (name, value) in raw.severity {
        let Some(code) = crate::diagnostics::Code::from_name(&name) else {
            let names = crate::diagnostics::Code::ALL.iter().map(|c| c.name());
            let mut d = Diagnostic::new(
                Code::InvalidConfig,
                CONFIG_FILE,
                locate(&name),
                format!("`{name}` is not a diagnostic name"),
            );
            if let Some(best) = crate::suggest::closest(&name, names) {
                d = d.with_help(format!("did you mean `{best}`?"));
            }
            problems.push(d);
            continue;
        };
        let level = match value.as_str() {
            "error" => SeverityOverride::Set(Severity::Error),
            "warning" => SeverityOverride::Set(Severity::Warning),
            "note" => SeverityOverride::Set(Severity::Note),
            "off" | "allow" => SeverityOverride::Off,
            other => {
                problems.push(Diagnostic::new(
                    Code::InvalidConfig,
                    CONFIG_FILE,
                    locate(&name),
                    format!(
                        "severity `{other}` is not one of \"error\", \"warning\", \"note\", \"off\""
                    ),
                ));
                continue;
            }
        };
        settings.severity.insert(code.name().to_owned(), level);
    }
    settings.catalogues = raw.catalogues;
    settings.publications = raw.publications;
    if let Some(days) = raw.expiring_within_days {
        settings.expiring_within_days = days;
    }
    if let Some(check) = raw.check_prose {
        settings.check_prose = check;
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings::new(jiff::civil::date(2026, 1, 1))
    }

    #[test]
    fn reads_every_key() {
        let mut s = settings();
        let problems = apply_config(
            "as_of = 2026-11-28\nexpiring_within_days = 30\ncatalogues = [\"cat\"]\n[severity]\nunused-declaration = \"off\"\n",
            &mut s,
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(s.as_of, jiff::civil::date(2026, 11, 28));
        assert_eq!(s.expiring_within_days, 30);
        assert_eq!(s.severity["unused-declaration"], SeverityOverride::Off);
    }

    #[test]
    fn unknown_keys_and_names_are_reported() {
        let mut s = settings();
        let problems = apply_config("as_off = 2026-11-28\n", &mut s);
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].message.contains("as_off"),
            "{}",
            problems[0].message
        );
        let problems = apply_config("[severity]\nunused-declaraton = \"off\"\n", &mut s);
        assert_eq!(
            problems[0].help.as_deref(),
            Some("did you mean `unused-declaration`?")
        );
    }

    #[test]
    fn every_misspelt_key_is_reported_with_a_fix_and_the_rest_is_read() {
        let mut s = settings();
        let text = "as_of = 2026-11-28\nexpring_within_days = 30\npublicatons = [\"a.md\"]\ncheck_prose = false\n";
        let problems = apply_config(text, &mut s);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert_eq!(
            problems[0].help.as_deref(),
            Some("did you mean `expiring_within_days`?")
        );
        assert_eq!(&text[problems[1].location.range.range()], "publicatons");
        assert_eq!(s.as_of, jiff::civil::date(2026, 11, 28));
        assert!(!s.check_prose);
        // Applying the fixes leaves no problem.
        let mut fixed = text.to_owned();
        for p in problems.iter().rev() {
            let edit = &p.fix.as_ref().unwrap().edits[0];
            fixed.replace_range(edit.location.range.range(), &edit.new_text);
        }
        let mut s = settings();
        assert_eq!(apply_config(&fixed, &mut s), vec![]);
        assert_eq!(s.expiring_within_days, 30);
        assert_eq!(s.publications, vec!["a.md".to_owned()]);
    }

    #[test]
    fn command_line_as_of_wins() {
        let mut s = settings();
        s.as_of_source = AsOfSource::CommandLine;
        apply_config("as_of = \"2030-01-01\"", &mut s);
        assert_eq!(s.as_of, jiff::civil::date(2026, 1, 1));
    }
}
