//! `aims explain NAME`: the long explanation of a diagnostic code, or the reference
//! of a declaration kind (`certification`) or field (`certification.expires`).

use std::process::ExitCode;

use aims::diagnostics::Code;

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A diagnostic name (`requirement-gap`), a declaration kind (`certification`) or a
    /// field (`certification.expires`). Without one, lists every diagnostic name.
    pub name: Option<String>,
}

pub fn run(args: ExplainArgs) -> Result<ExitCode, String> {
    let Some(name) = args.name else {
        for code in Code::ALL {
            let info = code.info();
            outln!(
                "{:<32} {:<8} {}",
                info.name,
                info.default_severity.as_str(),
                info.summary
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    };
    match Code::from_name(&name) {
        Some(code) => {
            out!("{}", code.info().explanation)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            if let Some(page) = aims::reference::explain(&name) {
                out!("{page}")?;
                return Ok(ExitCode::SUCCESS);
            }
            let reference = aims::reference::names();
            let names = Code::ALL
                .iter()
                .map(|c| c.name())
                .chain(reference.iter().map(String::as_str));
            let hint = match aims::suggest::closest(&name, names) {
                Some(best) => format!("; did you mean `{best}`?"),
                None => "; run `aims explain` to list the diagnostics, or name a kind such as `certification`".to_owned(),
            };
            Err(format!(
                "`{name}` is not a diagnostic, a declaration kind or a field{hint}"
            ))
        }
    }
}
