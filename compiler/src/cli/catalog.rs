//! `aims catalog list` and `aims catalog show NAME`: browse the built-in framework
//! catalogues (requirement ids, kinds, titles and groups), for people or as JSON.

use std::process::ExitCode;

use aims::catalog::describe::{Assurance, describe_counts, framework_assurance};
use aims::catalog::json;
use aims::semantic::catalogue::{Catalogue, Framework};
use serde::Serialize;

#[derive(clap::Args, Debug)]
#[command(arg_required_else_help = true, args_conflicts_with_subcommands = true)]
pub struct CatalogArgs {
    #[command(subcommand)]
    pub command: Option<CatalogCommand>,
    /// Print the JSON Schema of the JSON output (`--format json`) instead.
    #[arg(long)]
    pub schema: bool,
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

pub fn run(args: CatalogArgs) -> Result<ExitCode, String> {
    let catalogue = super::answer(aims::analysis::Analysis::builtin().catalogue())?;
    let text = match args.command {
        None if args.schema => json::json_schema(),
        None => {
            return Err(
                "name a subcommand: `aims catalog list` or `aims catalog show NAME`".into(),
            );
        }
        Some(CatalogCommand::List {
            format: Format::Human,
        }) => list_human(&catalogue),
        Some(CatalogCommand::List {
            format: Format::Json,
        }) => pretty(&json::list(&catalogue))?,
        Some(CatalogCommand::Show { name, format }) => {
            let framework = find(&catalogue, &name)?;
            match format {
                Format::Human => show_human(framework),
                Format::Json => pretty(&json::show(framework))?,
            }
        }
    };
    super::write_output(None, text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn pretty(value: &impl Serialize) -> Result<String, String> {
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

fn list_human(catalogue: &Catalogue) -> String {
    let mut s = String::from("Frameworks:\n");
    let width = catalogue
        .frameworks
        .keys()
        .map(String::len)
        .max()
        .unwrap_or(0);
    for f in catalogue.frameworks.values() {
        let assurance = Assurance::of(f).label();
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

fn show_human(f: &Framework) -> String {
    let mut s = format!("{}: {}\n", f.name, f.title);
    s.push_str(&format!("{}\n", describe_counts(f)));
    for sentence in framework_assurance(f) {
        s.push_str(&format!("{sentence}\n"));
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
