//! `aims explain NAME`: the long explanation of a diagnostic code.

use std::io::Write;
use std::process::ExitCode;

use aims::diagnostics::Code;

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// The diagnostic name, e.g. `requirement-gap`. Without one, lists every name.
    pub name: Option<String>,
}

pub fn run(args: ExplainArgs) -> Result<ExitCode, String> {
    let Some(name) = args.name else {
        for code in Code::ALL {
            let info = code.info();
            println!(
                "{:<32} {:<8} {}",
                info.name,
                info.default_severity.as_str(),
                info.summary
            );
        }
        return Ok(ExitCode::SUCCESS);
    };
    match Code::from_name(&name) {
        Some(code) => {
            super::stdout_result(write!(
                std::io::stdout().lock(),
                "{}",
                code.info().explanation
            ))?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let names = Code::ALL.iter().map(|c| c.name());
            let hint = match aims::suggest::closest(&name, names) {
                Some(best) => format!("; did you mean `{best}`?"),
                None => "; run `aims explain` to list them".to_owned(),
            };
            Err(format!("`{name}` is not a diagnostic name{hint}"))
        }
    }
}
