//! `aims init`: start a workspace with an `aims.toml` and a first spec file that
//! checks cleanly, so a newcomer has something real to edit.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The folder to create the workspace in (created if missing).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// The organisation's name, for the `organisation` declaration.
    #[arg(long, default_value = "Example Ltd")]
    pub name: String,
}

const CONFIG: &str = r#"# AIMS workspace settings. See `aims explain invalid-config` for every key.

# Check as of a fixed date instead of today (useful for reproducible reports).
# as_of = 2026-11-28

# Warn this many days before a certificate expires.
expiring_within_days = 60

# Prose files to check against the spec, besides `publication` declarations.
# publications = ["site/**/*.md"]

[severity]
# Per diagnostic: "error", "warning", "note" or "off".
# unused-declaration = "error"
"#;

fn starter_spec(name: &str) -> String {
    let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        r#"/// Who we are. `scope` lists the frameworks whose clause coverage is checked.
organisation org "{escaped}" {{
  jurisdiction: UK
  scope: [cyber_essentials]
  risk_appetite: medium
}}

/// Accountable for information security.
role security_lead "Security lead" {{
  holder: "Name Surname"
}}

/// One of the five Cyber Essentials themes, planned. Add a control for each theme,
/// mark it `implemented` with `evidence` once it operates, and the coverage
/// warning below goes away.
control firewalls "Boundary firewalls" {{
  owner: security_lead
  status: planned
  satisfies: [cyber_essentials.firewalls]
}}

/// Where we honestly stand: planned, in progress, achieved or lapsed.
certification ce "Cyber Essentials" {{
  framework: cyber_essentials
  status: planned
  target: 2027-Q2
  owner: security_lead
}}
"#
    )
}

pub fn run(args: InitArgs) -> Result<ExitCode, String> {
    let dir = &args.path;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    let config = dir.join(aims::config::CONFIG_FILE);
    let spec = dir.join("organisation.aims");
    for existing in [&config, &spec] {
        if existing.exists() {
            return Err(format!(
                "`{}` already exists; `aims init` never overwrites files",
                existing.display()
            ));
        }
    }
    std::fs::write(&config, CONFIG)
        .map_err(|e| format!("cannot write `{}`: {e}", config.display()))?;
    std::fs::write(&spec, starter_spec(&args.name))
        .map_err(|e| format!("cannot write `{}`: {e}", spec.display()))?;
    outln!("created {} and {}", config.display(), spec.display())?;
    outln!(
        "next: edit organisation.aims, then run `aims check {}`",
        dir.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
