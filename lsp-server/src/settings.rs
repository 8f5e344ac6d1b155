//! Editor settings (section `aims` of `workspace/configuration`, or
//! `initializationOptions`): an as-of date, severity overrides and whether to check
//! prose. They are layered over `aims.toml`: what the editor says wins.

use std::collections::BTreeMap;

use aims::config::{AsOfSource, Settings, SeverityOverride};
use aims::diagnostics::Severity;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientConfig {
    pub as_of: Option<jiff::civil::Date>,
    pub severity: BTreeMap<String, SeverityOverride>,
    pub check_prose: Option<bool>,
}

impl ClientConfig {
    /// Reads `{ "asOf": "2026-11-28", "severity": { "unused-declaration": "off" },
    /// "checkProse": false }`, also when wrapped in `{ "aims": … }`. Unreadable parts
    /// are ignored with a note on stderr.
    pub fn from_json(value: &serde_json::Value) -> ClientConfig {
        let value = value.get("aims").unwrap_or(value);
        let mut config = ClientConfig::default();
        if let Some(as_of) = value
            .get("asOf")
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
        {
            match as_of.parse() {
                Ok(date) => config.as_of = Some(date),
                Err(_) => crate::log(format!(
                    "setting aims.asOf = {as_of:?} is not a date like 2026-11-28; ignored"
                )),
            }
        }
        if let Some(map) = value.get("severity").and_then(|v| v.as_object()) {
            for (name, level) in map {
                let level = match level.as_str() {
                    Some("error") => SeverityOverride::Set(Severity::Error),
                    Some("warning") => SeverityOverride::Set(Severity::Warning),
                    Some("note" | "info" | "information") => SeverityOverride::Set(Severity::Note),
                    Some("off" | "allow") => SeverityOverride::Off,
                    _ => {
                        crate::log(format!(
                            "setting aims.severity.{name} = {level} is not error, warning, note or off; ignored"
                        ));
                        continue;
                    }
                };
                config.severity.insert(name.clone(), level);
            }
        }
        config.check_prose = value.get("checkProse").and_then(|v| v.as_bool());
        config
    }

    /// `base` (from `aims.toml`) with these settings on top.
    pub fn apply(&self, base: &Settings) -> Settings {
        let mut settings = base.clone();
        if let Some(as_of) = self.as_of {
            settings.as_of = as_of;
            settings.as_of_source = AsOfSource::CommandLine;
        }
        for (name, level) in &self.severity {
            settings.severity.insert(name.clone(), *level);
        }
        if let Some(check) = self.check_prose {
            settings.check_prose = check;
        }
        settings
    }
}

/// Today's date in the local time zone, the default as-of date.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}
