//! `aims catalog list` and `aims catalog show NAME`: browse the built-in framework
//! catalogues (requirement ids, kinds, titles and groups), for people or as JSON.

use std::io::Write;
use std::process::ExitCode;

use aims::config::Settings;
use aims::english::{count, plural};
use aims::semantic::catalogue::{Catalogue, Framework};
use serde_json::{Value, json};

#[derive(clap::Args, Debug)]
pub struct CatalogArgs {
    #[command(subcommand)]
    pub command: CatalogCommand,
}

#[derive(clap::Subcommand, Debug)]
pub enum CatalogCommand {
    /// List the built-in frameworks and crosswalks.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Show one framework's requirements with their ids, kinds, titles and groups.
    Show {
        /// The framework's name, e.g. `iso42001`.
        name: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// The built-in catalogue, parsed and lowered like any workspace's.
fn builtin_catalogue() -> Catalogue {
    let project = aims::Project::from_sources(
        Settings::new(jiff::civil::date(2000, 1, 1)),
        None,
        Vec::new(),
    );
    aims::queries::catalogue(&project.db, project.workspace).clone()
}

pub fn run(args: CatalogArgs) -> Result<ExitCode, String> {
    let catalogue = builtin_catalogue();
    let mut out = std::io::stdout().lock();
    let text = match args.command {
        CatalogCommand::List {
            format: Format::Human,
        } => list_human(&catalogue),
        CatalogCommand::List {
            format: Format::Json,
        } => pretty(&list_json(&catalogue))?,
        CatalogCommand::Show { name, format } => {
            let framework = find(&catalogue, &name)?;
            match format {
                Format::Human => show_human(framework),
                Format::Json => pretty(&show_json(framework))?,
            }
        }
    };
    out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn pretty(value: &Value) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

fn find<'a>(catalogue: &'a Catalogue, name: &str) -> Result<&'a Framework, String> {
    if let Some(framework) = catalogue.framework(name) {
        return Ok(framework);
    }
    // Accept an alias such as "ISO 42001", ignoring case.
    if let Some(framework) = catalogue
        .frameworks
        .values()
        .find(|f| f.aliases.iter().any(|a| a.eq_ignore_ascii_case(name)))
    {
        return Ok(framework);
    }
    // A part of a name or alias ("nist", "27001") names the frameworks containing it.
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squash(name);
    let containing: Vec<&str> = catalogue
        .frameworks
        .values()
        .filter(|f| {
            !wanted.is_empty()
                && std::iter::once(&f.name)
                    .chain(&f.aliases)
                    .any(|n| squash(n).contains(&wanted))
        })
        .map(|f| f.name.as_str())
        .collect();
    let hint = match containing.as_slice() {
        [one] => format!("did you mean `{one}`?"),
        [] => match aims::suggest::closest(name, catalogue.frameworks.keys().map(String::as_str)) {
            Some(best) => format!("did you mean `{best}`?"),
            None => "run `aims catalog list` to see them".to_owned(),
        },
        several => format!(
            "did you mean one of {}?",
            several
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Err(format!("there is no framework named `{name}`; {hint}"))
}

/// "38 controls, 32 clauses" in the order kinds first appear.
fn kind_counts(framework: &Framework) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in framework.requirements() {
        match counts.iter_mut().find(|(k, _)| *k == item.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((item.kind.clone(), 1)),
        }
    }
    counts
}

fn plural_kind(kind: &str, n: usize) -> String {
    match kind {
        "criterion" => plural(n, kind, "criteria"),
        "subcategory" => plural(n, kind, "subcategories"),
        _ => count(n, kind),
    }
}

fn describe_counts(framework: &Framework) -> String {
    kind_counts(framework)
        .iter()
        .map(|(k, n)| plural_kind(k, *n))
        .collect::<Vec<_>>()
        .join(", ")
}

fn list_human(catalogue: &Catalogue) -> String {
    let mut s = String::from("Frameworks:\n");
    let width = catalogue
        .frameworks
        .keys()
        .map(String::len)
        .max()
        .unwrap_or(0);
    for f in catalogue.frameworks.values() {
        let assurance = if f.certifiable {
            "certifiable"
        } else if f.attestation {
            "attestation"
        } else if f.self_assessment {
            "yearly self-assessment"
        } else if f.law {
            "law; not certifiable"
        } else if f.voluntary {
            "voluntary; not certifiable"
        } else {
            "not certifiable"
        };
        s.push_str(&format!(
            "  {:<width$}  {}\n  {:<width$}  {}; {}\n",
            f.name,
            f.title,
            "",
            describe_counts(f),
            assurance
        ));
    }
    s.push_str("\nCrosswalks:\n");
    for c in &catalogue.crosswalks {
        s.push_str(&format!(
            "  {}  {} → {}{}, {} pairs: {}\n",
            c.name,
            c.from,
            c.to,
            if c.partial { " (partial)" } else { "" },
            c.pairs.len(),
            c.title
        ));
    }
    s
}

fn list_json(catalogue: &Catalogue) -> Value {
    json!({
        "frameworks": catalogue.frameworks.values().map(|f| json!({
            "name": f.name,
            "title": f.title,
            "certifiable": f.certifiable,
            "attestation": f.attestation,
            "self_assessment": f.self_assessment,
            "law": f.law,
            "voluntary": f.voluntary,
            "requirements": f.requirements().count(),
            "kinds": kind_counts(f).into_iter().collect::<std::collections::BTreeMap<_, _>>(),
        })).collect::<Vec<_>>(),
        "crosswalks": catalogue.crosswalks.iter().map(|c| json!({
            "name": c.name,
            "title": c.title,
            "from": c.from,
            "to": c.to,
            "partial": c.partial,
            "pairs": c.pairs.len(),
        })).collect::<Vec<_>>(),
    })
}

fn show_human(f: &Framework) -> String {
    let mut s = format!("{}: {}\n", f.name, f.title);
    s.push_str(&format!("{}\n", describe_counts(f)));
    if f.certifiable {
        s.push_str("Certifiable");
        if let Some(valid) = f.certificate_valid {
            s.push_str(&format!(": certificates valid for {valid}"));
        }
        if let Some(every) = f.surveillance_every {
            s.push_str(&format!(", surveillance every {every}"));
        }
        s.push('\n');
    } else if f.attestation {
        s.push_str("Not certifiable: assurance is an attestation report\n");
    } else {
        s.push_str("Not certifiable\n");
    }
    if let Some(req) = &f.requires {
        s.push_str(&format!("Requires {}", req.framework));
        if let Some(within) = req.within {
            s.push_str(&format!(" within {within}"));
        }
        s.push('\n');
    }
    if !f.aliases.is_empty() {
        s.push_str(&format!("Also written: {}\n", f.aliases.join(", ")));
    }
    s.push('\n');
    let kind_width = f.items.iter().map(|i| i.kind.len()).max().unwrap_or(0);
    for item in &f.items {
        let indent = "  ".repeat(item.groups.len());
        if item.is_group() {
            s.push_str(&format!("{indent}{} {}\n", item.id, item.title));
        } else {
            s.push_str(&format!(
                "{indent}{:<kind_width$}  {}.{}  {}\n",
                item.kind, f.name, item.id, item.title
            ));
        }
    }
    s
}

fn show_json(f: &Framework) -> Value {
    json!({
        "name": f.name,
        "title": f.title,
        "certifiable": f.certifiable,
        "attestation": f.attestation,
        "self_assessment": f.self_assessment,
        "assessment_every": f.assessment_every.map(|d| d.to_string()),
        "law": f.law,
        "voluntary": f.voluntary,
        "certificate_valid": f.certificate_valid.map(|d| d.to_string()),
        "surveillance_every": f.surveillance_every.map(|d| d.to_string()),
        "requires": f.requires.as_ref().map(|r| json!({
            "framework": r.framework,
            "within": r.within.map(|d| d.to_string()),
        })),
        "aliases": f.aliases,
        "kinds": kind_counts(f).into_iter().collect::<std::collections::BTreeMap<_, _>>(),
        "groups": f.groups().map(|g| json!({
            "id": g.id,
            "title": g.title,
            "parents": g.groups,
        })).collect::<Vec<_>>(),
        "requirements": f.requirements().map(|r| json!({
            "id": r.id,
            "path": format!("{}.{}", f.name, r.id),
            "kind": r.kind,
            "title": r.title,
            "groups": r.groups,
            "excludable": r.excludable(),
            "applies_to": r.applies_to.as_ref().map(|a| json!({
                "role": a.roles,
                "tier": a.tiers,
                "gpai": a.gpai,
                "systemic_risk": a.systemic_risk,
            })),
            "applies_from": r.applies_from.map(|d| d.to_string()),
        })).collect::<Vec<_>>(),
    })
}
