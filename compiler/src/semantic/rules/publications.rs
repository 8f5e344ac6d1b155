//! Published prose against the spec: each status that a `publication` (trust page,
//! tender answer, README) asserts about a framework is compared with the status of
//! the spec's certification (or, for SOC 2, attestation) of that framework, by the
//! decision table below (reading across, spec status down the columns).
//!
//! | reading     | achieved   | in progress | planned    | lapsed     | none      |
//! |-------------|------------|-------------|------------|------------|-----------|
//! | achieved    | (mismatch) | overstated  | overstated | overstated | unbacked  |
//! | in progress | understated| -           | overstated | -          | unbacked  |
//! | planned     | understated| -           | -          | -          | -         |
//! | compliant   | -          | overstated  | overstated | overstated | unbacked  |
//! | aligned     | -          | ambiguous   | overstated | ambiguous  | unbacked  |
//! | not held    | understated| -           | -          | -          | -         |
//! | lapsed      | understated| -           | -          | -          | -         |
//!
//! - `claim-mismatch` (error): an achieved claim whose expiry, certificate number,
//!   body, issue date or first-certified year contradicts the record, or a SOC 2 Type 2 claim
//!   against a Type 1 report. A next renewal is read as a bound on the expiry: it
//!   contradicts the record only when it falls after the expiry (an early
//!   "renewal" may be the yearly surveillance audit, which people also call one).
//! - SOC 2 is an attestation: "SOC 2 certified/compliant" is `claim-ambiguous`
//!   against an achieved report, else overstated or unbacked.
//! - NIST AI RMF and the EU AI Act issue no certificates: "certified" is unbacked;
//!   "compliant with the EU AI Act" is overstated while an obligation that applies
//!   to the organisation's systems is a gap; anything else is not a claim.
//!
//! Finding mentions and reading their status is the prose extractor's job
//! (`crate::prose`); this module only compares. Diagnostics point into the prose
//! file, so editors show them on the page itself, and each names the phrase it
//! read and the status it inferred.

use crate::diagnostics::{Code, Diagnostic};
use crate::prose::{ClaimDetails, ClaimedStatus, Names};
use crate::semantic::catalogue::{Catalogue, Framework};
use crate::semantic::coverage::Coverage;
use crate::semantic::model::{Decl, Model};
use crate::semantic::rules::claims::{self, Claim, Status, display_name};
use crate::text::TextRange;

/// One framework mention in a prose file that asserts a status.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProseClaim {
    /// The framework's name (`iso27001`).
    pub framework: String,
    /// The mention's range in the prose file.
    pub range: TextRange,
    /// What the sentence asserts.
    pub status: ClaimedStatus,
    /// A refinement named with the framework: `type1` or `type2` for "SOC 2 Type II".
    pub qualifier: Option<String>,
    /// The range of the phrase the status was read from.
    pub phrase: Option<TextRange>,
    /// Dates, numbers and bodies stated with an achieved claim.
    pub details: ClaimDetails,
}

/// The names by which prose refers to the organisation (its name and
/// `trading_as`) and to its suppliers (names and identifiers).
pub fn names(model: &Model) -> Names {
    let mut names = Names::default();
    for org in model.of_kind("organisation") {
        if let Some(title) = &org.item.title {
            names.organisation.push(title.value.clone());
            // "Northwind Analytics Ltd" is also "Northwind Analytics" and
            // "Northwind": people drop the legal suffix and trailing words.
            let words: Vec<&str> = title
                .value
                .split_whitespace()
                .filter(|w| {
                    !LEGAL_SUFFIXES.contains(&w.trim_end_matches('.').to_lowercase().as_str())
                })
                .collect();
            for n in 1..=words.len() {
                let prefix = words[..n].join(" ");
                if prefix.chars().filter(|c| c.is_alphanumeric()).count() >= 4 {
                    names.organisation.push(prefix);
                }
            }
        }
        if let Some(field) = org.item.field("trading_as") {
            for v in field.value.elements() {
                if let Some(s) = v.as_str() {
                    names.organisation.push(s.to_owned());
                }
            }
        }
    }
    // The organisation's own AI systems speak for it: "Cell Guard is fully
    // compliant" is the organisation's claim about its product. A system is
    // named by its title and, when its identifier has several words
    // (`cell_guard`), by those words.
    for system in model.of_kind("system") {
        if let Some(title) = &system.item.title
            && title.value.chars().filter(|c| c.is_alphanumeric()).count() >= 4
        {
            names.organisation.push(title.value.clone());
        }
        if system.name().contains('_') {
            names.organisation.push(system.name().replace('_', " "));
        }
    }
    for supplier in model.of_kind("supplier") {
        if let Some(title) = &supplier.item.title {
            names.suppliers.push(title.value.clone());
        }
        if !supplier.name().is_empty() {
            names.suppliers.push(supplier.name().to_owned());
        }
    }
    names.organisation.retain(|n| !n.trim().is_empty());
    names.suppliers.retain(|n| !n.trim().is_empty());
    names
}

/// The organisation's own certificate numbers, each as an alias of its
/// framework: a sentence that gives the number names the certificate.
pub fn certificate_numbers(model: &Model) -> Vec<crate::prose::Alias> {
    let mut numbers = Vec::new();
    for cert in model.of_kind("certification") {
        let field = |name: &str| {
            cert.item
                .field(name)
                .and_then(|f| f.value.as_str().or_else(|| f.value.as_ident()))
                .map(str::to_owned)
        };
        if let (Some(framework), Some(number)) = (field("framework"), field("certificate")) {
            numbers.push(crate::prose::Alias::new(framework, number));
        }
    }
    numbers
}

/// Legal suffixes that are dropped to get the name an organisation goes by.
const LEGAL_SUFFIXES: &[&str] = &[
    "ltd", "limited", "plc", "llp", "llc", "inc", "gmbh", "sa", "bv", "ag", "corp", "co",
];

/// Every framework alias of the catalogue, for the reader.
pub fn aliases(catalogue: &Catalogue) -> Vec<crate::prose::Alias> {
    catalogue
        .frameworks
        .values()
        .flat_map(|f| {
            f.aliases
                .iter()
                .map(move |a| crate::prose::Alias::new(f.name.clone(), a.clone()))
        })
        .collect()
}

/// Every mention in one prose file, with what the reader made of it (for
/// hovers, and for the claims it makes).
pub fn mentions(
    path: &str,
    text: &str,
    frameworks: &crate::prose::FrameworkNames,
    names: &Names,
) -> Vec<crate::prose::Mention> {
    let format = crate::prose::ProseFormat::from_path(std::path::Path::new(path));
    crate::prose::read_page(text, format, frameworks, names)
}

/// The status claims that the mentions of one prose file make.
pub fn claims_of(mentions: &[crate::prose::Mention]) -> Vec<ProseClaim> {
    mentions
        .iter()
        .cloned()
        .flat_map(|m| {
            let range = TextRange::new(m.span.start, m.span.end);
            // A second reading of the same mention is judged on its own: "not
            // certified, but aligned with it" may misstate either way.
            let also = m.also.clone().map(|(status, phrase)| ProseClaim {
                status,
                framework: m.framework.clone(),
                range,
                qualifier: m.qualifier.clone(),
                phrase: Some(TextRange::new(phrase.start, phrase.end)),
                details: ClaimDetails::default(),
            });
            let first = m.status.map(|status| ProseClaim {
                status,
                framework: m.framework,
                range,
                qualifier: m.qualifier,
                phrase: m.phrase.map(|r| TextRange::new(r.start, r.end)),
                details: m.details,
            });
            first.into_iter().chain(also)
        })
        .collect()
}

/// The frameworks that the `publication` declarations naming `prose_path` ask to
/// leave unchecked (`ignore: [soc2]`).
pub fn ignored_frameworks(model: &Model, prose_path: &str) -> Vec<String> {
    let mut ignored: Vec<String> = model
        .of_kind("publication")
        .filter(|decl| {
            decl.item
                .field("file")
                .and_then(|f| f.value.as_str())
                .and_then(|written| crate::paths::resolve_relative(&decl.file, written))
                .is_some_and(|path| path == prose_path)
        })
        .filter_map(|decl| decl.item.field("ignore"))
        .flat_map(|f| {
            f.value
                .elements()
                .iter()
                .filter_map(|v| v.as_ident().map(str::to_owned))
        })
        .collect();
    ignored.sort();
    ignored.dedup();
    ignored
}

/// Honest wordings for a framework in a given spec status: what the help texts
/// suggest. Each one, read by the prose reader and compared with a spec in that
/// status, raises nothing (a test checks every framework and status).
pub fn honest_wordings(
    framework: &Framework,
    status: Option<Status>,
    report_type: Option<&str>,
) -> Vec<String> {
    let fw = display_name(framework);
    let kind = match report_type {
        Some("type1") => format!("{fw} Type 1"),
        _ => format!("{fw} Type 2"),
    };
    let assurance = if !framework.certifiable && !framework.attestation {
        Assurance::Voluntary
    } else if framework.attestation {
        Assurance::Report
    } else {
        Assurance::Certificate
    };
    honest_templates(assurance, status)
        .iter()
        .map(|template| match template.split_once("{kind}") {
            Some((before, after)) => format!("{before}{kind}{after}"),
            None => template.replace("{fw}", &fw),
        })
        .collect()
}

/// How a framework is assured, as far as its honest wording goes.
#[derive(Clone, Copy)]
enum Assurance {
    /// Neither certificates nor reports: one is aligned with it, whatever the status.
    Voluntary,
    /// An attestation report (SOC 2).
    Report,
    /// A certificate.
    Certificate,
}

/// The honest wordings as templates: `{fw}` stands for the framework's name and
/// `{kind}` for the report's (`SOC 2 Type 2`); a template holds one or the other.
fn honest_templates(assurance: Assurance, status: Option<Status>) -> &'static [&'static str] {
    use Assurance::{Certificate, Report, Voluntary};
    match (assurance, status) {
        (Voluntary, _) => &[
            "our risk management follows the {fw}",
            "we are aligned with the {fw}",
        ],
        (Report, Some(Status::Achieved)) => &[
            "our {kind} report is available on request",
            "we have a {kind} report",
        ],
        (Report, Some(Status::InProgress)) => &[
            "we are working towards a {kind} report",
            "our {fw} audit is in progress",
        ],
        (Report, Some(Status::Planned)) => &[
            "a {kind} report is planned",
            "we plan to obtain a {kind} report",
        ],
        (Report, Some(Status::Lapsed)) => &["we previously held a {kind} report"],
        (Report, None) => &["we do not have a {fw} report"],
        (Certificate, Some(Status::Achieved)) => {
            &["we are {fw} certified", "we hold {fw} certification"]
        }
        (Certificate, Some(Status::InProgress)) => &[
            "we are working towards {fw} certification",
            "{fw} certification is in progress",
        ],
        (Certificate, Some(Status::Planned)) => &[
            "{fw} certification is planned",
            "we plan to pursue {fw} certification",
        ],
        (Certificate, Some(Status::Lapsed)) => &[
            "our {fw} certificate has lapsed",
            "we previously held {fw} certification",
        ],
        (Certificate, None) => &["we are not {fw} certified"],
    }
}

fn suggest(wordings: &[String]) -> String {
    let quoted: Vec<String> = wordings.iter().map(|w| format!("“{w}”")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => format!("e.g. {one}"),
        [first, rest @ ..] => format!("e.g. {first} or {}", rest.join(" or ")),
    }
}

/// What the reader made of the sentence, for messages: "read ‘Stage 2 booked’ as
/// in progress".
fn reading(claim: &ProseClaim, text: &str) -> String {
    let phrase = claim
        .phrase
        .and_then(|r| text.get(r.range()))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        // A phrase read from data starts at the quote and colon before its
        // value (`": "certified`); the message quotes the value alone.
        .map(|p| {
            p.trim_matches(['"', '\'', ':', ',', '{', '}', ' '])
                .to_string()
        })
        // A phrase that opens at a cell's markup ("<td><s>Certified</s>
        // <ins>Not currently held") is quoted from its last words of text.
        .map(|p| match p.rsplit_once('>') {
            Some((_, last)) if p.starts_with('<') && !last.trim().is_empty() => {
                last.trim().to_string()
            }
            _ => p,
        })
        .filter(|p| !p.is_empty());
    match phrase {
        Some(p) => format!("read ‘{p}’ as {}", claim.status.phrase()),
        None => format!("read as {}", claim.status.phrase()),
    }
}

/// The spec status of `framework` with the declaration recording it.
///
/// An achieved certificate whose `expires` date has passed backs no present claim,
/// so the prose is judged as if it had lapsed (`certificate-expired` reports the
/// spec itself).
fn spec_of<'a>(
    model: &'a Model,
    framework: &str,
    as_of: Option<jiff::civil::Date>,
) -> Option<(Status, &'a Decl)> {
    let (status, decl) = claims::status_of(model, framework)?;
    let expired = status == Status::Achieved
        && as_of.is_some_and(|as_of| {
            Claim::read(decl)
                .date("expires")
                .is_some_and(|(expires, _)| expires < as_of)
        });
    Some((if expired { Status::Lapsed } else { status }, decl))
}

/// True when a stated end of validity (year, and month when given) is before
/// the as-of date.
fn ended_before(valid_to: Option<(i16, Option<i8>)>, as_of: Option<jiff::civil::Date>) -> bool {
    let (Some((year, month)), Some(as_of)) = (valid_to, as_of) else {
        return false;
    };
    match month {
        Some(month) => (year, month) < (as_of.year(), as_of.month()),
        None => year < as_of.year(),
    }
}

/// The verdict of the decision table for a certifiable framework (or an
/// attestation read with report wording).
fn table(reading: ClaimedStatus, spec: Option<Status>) -> Option<Code> {
    use ClaimedStatus as R;
    use Status as S;
    let code = match (reading, spec) {
        (R::Achieved, Some(S::Achieved)) => return None,
        (R::Achieved, Some(_)) => Code::ClaimOverstated,
        (R::Achieved, None) => Code::ClaimUnbacked,
        (R::InProgress, Some(S::Achieved)) => Code::ClaimUnderstated,
        (R::InProgress, Some(S::Planned)) => Code::ClaimOverstated,
        (R::InProgress, None) => Code::ClaimUnbacked,
        (R::Planned | R::Not | R::Lapsed, Some(S::Achieved)) => Code::ClaimUnderstated,
        (R::Compliant, Some(S::Achieved)) => return None,
        (R::Compliant, Some(_)) => Code::ClaimOverstated,
        (R::Compliant, None) => Code::ClaimUnbacked,
        (R::Aligned, Some(S::Achieved)) => return None,
        (R::Aligned, Some(S::Planned)) => Code::ClaimOverstated,
        (R::Aligned, Some(_)) => Code::ClaimAmbiguous,
        (R::Aligned, None) => Code::ClaimUnbacked,
        _ => return None,
    };
    Some(code)
}

/// The word right after the mention, in lowercase ("certification" in "has
/// EU AI Act certification").
fn word_after(claim: &ProseClaim, text: &str) -> String {
    // Markup alone ("**" in "achieved **SOC 2** certification") is no word.
    text.get(claim.range.end as usize..)
        .unwrap_or("")
        .split_whitespace()
        .find(|w| !w.chars().all(|c| matches!(c, '*' | '_' | '~' | '`')))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default()
}

/// The words after a phrase that is a mark alone ("\u{2611}"), up to the end
/// of its cell or line: "\u{2611} Certified" in "| EU AI Act | \u{2611}
/// Certified | ... |". Empty when the phrase has words of its own.
fn rest_of_cell_after_mark<'t>(claim: &ProseClaim, text: &'t str) -> &'t str {
    let Some(phrase) = claim.phrase else {
        return "";
    };
    let marked = text.get(phrase.range()).unwrap_or("");
    if marked.is_empty() || marked.chars().any(char::is_alphanumeric) {
        return "";
    }
    let rest = text.get(phrase.end as usize..).unwrap_or("");
    let end = rest.find(['|', '\n', '<', ';', ',']).unwrap_or(rest.len());
    &rest[..end]
}

/// True when the phrase uses certificate or compliance words ("certified",
/// "certification", "compliant"), which SOC 2 never earns.
fn certificate_wording(claim: &ProseClaim, text: &str) -> bool {
    if claim.status == ClaimedStatus::Compliant {
        return true;
    }
    if claim.status != ClaimedStatus::Achieved {
        return false;
    }
    // The noun right after the name says what is held: "achieved SOC 2
    // certification" names a certificate, "certified with a SOC 2 Type 2
    // report" a report.
    let next_word = word_after(claim, text);
    if matches!(next_word.as_str(), "report" | "reports" | "attestation") {
        return false;
    }
    // "SOC 2 compliant, report available on request": the word right after
    // the name is what a buyer reads, whichever phrase the clause ends with.
    if next_word.starts_with("certif") || next_word == "compliant" {
        return true;
    }
    let Some(phrase) = claim.phrase else {
        return false;
    };
    // "SOC 2: \u{2705} Certified": the word after a mark is its wording.
    if rest_of_cell_after_mark(claim, text)
        .trim_start()
        .to_lowercase()
        .starts_with("certif")
    {
        return true;
    }
    let words = crate::prose::phrase_words(text.get(phrase.range()).unwrap_or(""));
    if !words.contains("certif") {
        return false;
    }
    // The certificate word must be about this mention: nothing that separates
    // list items stands between them ("our ISO 27001 certificates, plus the
    // SOC 2 report" names no SOC 2 certificate).
    let (a, b) = if phrase.end <= claim.range.start {
        (phrase.end, claim.range.start)
    } else if claim.range.end <= phrase.start {
        (claim.range.end, phrase.start)
    } else {
        return true;
    };
    let between = text.get(a as usize..b as usize).unwrap_or("");
    !between.contains([',', ';', '(', ')'])
        && !between.contains(" and ")
        && !between.contains(" plus ")
}

/// Compares the claims found in the prose file `prose_path` with the spec, skipping
/// the frameworks its `publication` asks to ignore. `mentions` are all that the
/// reader found in the file, for the claims about suppliers.
pub fn compare(
    model: &Model,
    catalogue: &Catalogue,
    coverage: &Coverage,
    prose_path: &str,
    prose_text: &str,
    found: &[ProseClaim],
    mentions: &[crate::prose::Mention],
) -> Vec<Diagnostic> {
    let ignored = &ignored_frameworks(model, prose_path);
    let mut out = Vec::new();
    // The words around a claim are looked up in what the page now says, not
    // in the old words of its tracked changes.
    let format = crate::prose::ProseFormat::from_path(std::path::Path::new(prose_path));
    let as_read = crate::prose::text_as_read(prose_text, format);
    let prose_text = as_read.as_ref();
    for claim in found {
        if ignored.contains(&claim.framework) {
            continue;
        }
        let Some(framework) = catalogue.framework(&claim.framework) else {
            continue;
        };
        if let Some(d) = judge(model, framework, coverage, prose_path, prose_text, claim)
            && !repeats_in_block(&out, &d, prose_text)
        {
            out.push(d);
        }
    }
    // Claims about a supplier are judged against its `assurance`, not ours.
    out.extend(super::supplier_claims::check(
        model,
        catalogue,
        coverage.as_of,
        ignored,
        prose_path,
        prose_text,
        mentions,
    ));
    out
}

/// True when `d` says again what a diagnostic just before it in the same
/// block says: "Standard: ISO 42001" over "Certificate: AIMS 800421" and
/// "Valid to: 15 Feb 2028" are one record, whose wrong date is one error
/// however many of its lines name the certificate.
fn repeats_in_block(out: &[Diagnostic], d: &Diagnostic, text: &str) -> bool {
    let finding = |m: &str| m.split(" (read ").next().unwrap_or(m).to_owned();
    out.last().is_some_and(|last| {
        let (end, start) = (
            last.location.range.end as usize,
            d.location.range.start as usize,
        );
        last.code == d.code
            && finding(&last.message) == finding(&d.message)
            && end <= start
            && text
                .get(end..start)
                .is_some_and(|between| between.len() < 200 && !between.contains("\n\n"))
    })
}

/// The diagnostic one claim deserves, if any.
fn judge(
    model: &Model,
    framework: &Framework,
    coverage: &Coverage,
    prose_path: &str,
    text: &str,
    claim: &ProseClaim,
) -> Option<Diagnostic> {
    let fw = display_name(framework);
    let spec = spec_of(model, &claim.framework, coverage.as_of);
    if spec.is_none() && claims::has_unreadable_status(model, &claim.framework) {
        return None; // the `invalid-value` of that status is the one to fix
    }
    let read = reading(claim, text);
    let diag = |code: Code, message: String| {
        let d = Diagnostic::new(code, prose_path, claim.range, message);
        match spec {
            Some((status, decl)) => {
                let range = decl
                    .item
                    .field("status")
                    .map_or(decl.item.name_range(), |f| f.value.range);
                d.with_label(
                    &decl.file,
                    range,
                    format!("the spec says {}", status.phrase()),
                )
            }
            None => d,
        }
    };
    // The declaration kind that records this framework in the spec.
    let record_kind = if framework.attestation {
        "attestation"
    } else {
        "certification"
    };
    let stands = match spec {
        Some((s, d)) => format!("the spec says {fw} is {} (`{}`)", s.phrase(), d.name()),
        None => format!("the spec has no {record_kind} of {fw}"),
    };
    let report_type = spec.and_then(|(_, d)| d.item.field("type")?.value.as_ident());
    let honest = suggest(&honest_wordings(
        framework,
        spec.map(|(s, _)| s),
        report_type,
    ));

    // Frameworks that issue no certificate: NIST AI RMF, the EU AI Act.
    if !framework.certifiable && !framework.attestation {
        let phrase = crate::prose::phrase_words(
            claim.phrase.and_then(|r| text.get(r.range())).unwrap_or(""),
        );
        // The certificate word may be the noun the name qualifies: "has EU AI
        // Act certification", or the word beside a tick in a status cell
        // ("| EU AI Act | \u{2611} Certified |").
        let noun = word_after(claim, text);
        let beside_tick = rest_of_cell_after_mark(claim, text).to_lowercase();
        let certificate_word = |w: &str| w.contains("certif") || w.contains("accredit");
        if claim.status == ClaimedStatus::Achieved
            && (certificate_word(&phrase)
                || certificate_word(&noun)
                || certificate_word(&beside_tick))
        {
            return Some(
                diag(
                    Code::ClaimUnbacked,
                    format!("this claims a {fw} certificate, but nobody can be certified against {fw} ({read})"),
                )
                .with_help(format!(
                    "say what is true instead, {honest}, and back it with controls that satisfy its requirements"
                )),
            );
        }
        // A tick next to a law ("EU AI Act \u{2714}") claims compliance with it.
        let ticked = claim.status == ClaimedStatus::Achieved
            && !phrase.is_empty()
            && !phrase.chars().any(char::is_alphanumeric);
        // So does compliance said to be achieved: "one of the first firms to
        // achieve full compliance with the EU AI Act".
        let compliance_achieved = claim.status == ClaimedStatus::Achieved
            && claim.phrase.is_some_and(|p| {
                text.get(p.end as usize..claim.range.start as usize)
                    .is_some_and(|between| {
                        let between = between.to_lowercase();
                        between.len() < 60
                            && ["compliance", "compliant", "conformity"]
                                .iter()
                                .any(|w| between.contains(w))
                    })
            });
        if claim.status == ClaimedStatus::Compliant || ticked || compliance_achieved {
            let gaps: Vec<&str> = coverage
                .framework(&claim.framework)
                .map(|c| {
                    c.gaps()
                        .filter(|r| r.kind == "obligation")
                        .map(|r| r.id.as_str())
                        .collect()
                })
                .unwrap_or_default();
            if !gaps.is_empty() {
                let shown: Vec<&str> = gaps.iter().take(3).copied().collect();
                let more = if gaps.len() > 3 {
                    format!(" and {} more", gaps.len() - 3)
                } else {
                    String::new()
                };
                return Some(
                    diag(
                        Code::ClaimOverstated,
                        format!(
                            "this claims compliance with the {fw}, but {} obligation{} that appl{} to your systems {} gaps in coverage ({}{more}) ({read})",
                            gaps.len(),
                            if gaps.len() == 1 { "" } else { "s" },
                            if gaps.len() == 1 { "ies" } else { "y" },
                            if gaps.len() == 1 { "is" } else { "are" },
                            shown.join(", ")
                        ),
                    )
                    .with_help(format!(
                        "cover the obligations with controls before claiming compliance, or say what is true, e.g. “we are preparing for the {fw} obligations that apply to our systems”"
                    )),
                );
            }
        }
        return None;
    }

    // SOC 2: an attestation report, never a certificate.
    if framework.attestation && certificate_wording(claim, text) {
        let written = text.get(claim.range.range()).unwrap_or(&fw).trim();
        let (code, what) = match spec {
            Some((Status::Achieved, _)) => (Code::ClaimAmbiguous, "blurs what you hold"),
            Some(_) => (Code::ClaimOverstated, "claims more than the spec holds"),
            None => (
                Code::ClaimUnbacked,
                "claims a report the spec does not record",
            ),
        };
        return Some(
            diag(
                code,
                format!("“{written}” {what}: {fw} is an attestation report, not a certificate or a standard to comply with, and {stands} ({read})"),
            )
            .with_help(format!("name the report and what is true, {honest}")),
        );
    }

    // "ISO 27001 held 2023-2026 (recertification planned)": work to renew a
    // certificate that lapsed is the way back to it, no claim to hold it.
    if claim.status == ClaimedStatus::Achieved
        && matches!(spec, Some((Status::Lapsed, _)))
        && renews_without_holding(claim, text)
    {
        return None;
    }

    // "Keel: certified until April 2026": a certificate said to have run
    // to a date already past is told as lapsed, which no record but a held
    // one contradicts (against a held one the date is a mismatch, below).
    if claim.status == ClaimedStatus::Achieved
        && !matches!(spec, Some((Status::Achieved, _)))
        && ended_before(claim.details.valid_to, coverage.as_of)
    {
        return None;
    }

    // An achieved claim against an achieved record: compare the facts it states.
    if claim.status == ClaimedStatus::Achieved
        && let Some((Status::Achieved, decl)) = spec
    {
        return mismatch(claim, decl, &fw, &read)
            .map(|(message, help)| diag(Code::ClaimMismatch, message).with_help(help));
    }

    // "A Type 2 report is planned for 2027", "our 2027 SOC 2 report is in
    // preparation": work on the next report while one is held understates
    // nothing.
    if matches!(
        claim.status,
        ClaimedStatus::InProgress | ClaimedStatus::Planned | ClaimedStatus::Not
    ) && let Some((Status::Achieved, decl)) = spec
        && (names_another_report(claim, decl, text)
            || names_another_edition(claim, text)
            || (claim.status == ClaimedStatus::Not && upkeep_not_yet_done(claim, text)))
    {
        return None;
    }

    let code = table(claim.status, spec.map(|(s, _)| s))?;
    let said = match claim.status {
        ClaimedStatus::Compliant => format!("this claims compliance with {fw}"),
        ClaimedStatus::Aligned => format!("this claims alignment with {fw}"),
        ClaimedStatus::Not => format!("this says {fw} is not held"),
        ClaimedStatus::Lapsed => format!("this says {fw} has lapsed"),
        s => format!("this says {fw} is {}", s.phrase()),
    };
    let message = match code {
        Code::ClaimAmbiguous => format!(
            "this wording blurs where you stand with {fw}: {fw} is certifiable and {stands} ({read})"
        ),
        _ => format!("{said}, but {stands} ({read})"),
    };
    let help = match (code, spec) {
        (Code::ClaimUnbacked, _) => format!(
            "if it is true, record it in the spec (`{record_kind} NAME {{ framework: {}, status: … }}` with its facts); otherwise say what is true, {honest}",
            framework.name
        ),
        (Code::ClaimUnderstated, _) => {
            format!(
                "update the sentence to what the spec records, {honest}; stale copy undersells you"
            )
        }
        (Code::ClaimAmbiguous, _) => format!(
            "say plainly what is true, {honest}; a buyer reads ‘aligned with’ as close to a certificate"
        ),
        (_, Some((_, decl))) => format!(
            "say what is true, {honest}; or, if the spec is out of date, update `{}` with the facts that back it",
            decl.name()
        ),
        _ => format!("say what is true, {honest}"),
    };
    Some(diag(code, message).with_help(help))
}

/// Words before a report's name that make it the one after the one held.
const LATER_REPORT_WORDS: &[&str] = &["next", "upcoming", "following", "subsequent", "new"];

/// How many words before a mention or phrase may name the report's type,
/// period or place in the sequence.
const REPORT_WORDS_REACH: usize = 4;

/// True when the claim is about another report than the attestation on
/// record: one of another type ("Type 2" while a Type 1 is held), a later
/// period ("our 2027 SOC 2 report"), or the next one ("our next SOC 2
/// report"). The words modify the report, so they come before the mention or
/// before the phrase the status was read from, which a later sentence may
/// hold ("A Type 2 report is planned"); a year after it ("a SOC 2 report is
/// planned for 2027") is when, not which, but a type right after the phrase
/// ("we intend to move to Type 2") is which.
fn names_another_report(claim: &ProseClaim, decl: &Decl, text: &str) -> bool {
    if decl.kind() != "attestation" {
        return false;
    }
    let recorded = decl.item.field("type").and_then(|f| f.value.as_ident());
    if let (Some(said), Some(recorded)) = (claim.qualifier.as_deref(), recorded)
        && said != recorded
    {
        return true;
    }
    let held_year = Claim::read(decl)
        .date("report_date")
        .map(|(d, _)| i32::from(d.year()));
    let mut places = vec![claim.range];
    places.extend(claim.phrase);
    places.into_iter().any(|at| {
        let words = words_of(text.get(..at.start as usize).unwrap_or(""));
        let near: Vec<&str> = words
            .iter()
            .rev()
            .take(REPORT_WORDS_REACH)
            .rev()
            .map(String::as_str)
            .collect();
        let later_year = held_year.is_some_and(|held| {
            near.iter()
                .filter_map(|w| w.parse::<i32>().ok())
                .any(|y| (1990..=2100).contains(&y) && y > held)
        });
        near.iter().any(|w| LATER_REPORT_WORDS.contains(w))
            || later_year
            || names_other_type(&near, recorded)
    }) || claim.phrase.is_some_and(|at| {
        // "We intend to move to Type 2": the type the work aims at, right
        // after the phrase, names the report it is about.
        let after = words_of(text.get(at.end as usize..).unwrap_or(""));
        let near: Vec<&str> = after
            .iter()
            .take(REPORT_WORDS_REACH)
            .map(String::as_str)
            .collect();
        names_other_type(&near, recorded)
    })
}

/// Words of renewing a certificate, still to be done: "recertification
/// planned", "renewing", "we will renew".
const RENEWING_WORDS: &[&str] = &[
    "recertification",
    "re-certification",
    "recertifying",
    "renewal",
    "renewing",
    "renew",
];

/// Words that tell a renewal done, which shows the certificate held:
/// "renewed in April", "Shipped: recertification".
const RENEWED_WORDS: &[&str] = &[
    "renewed",
    "recertified",
    "re-certified",
    "shipped",
    "done",
    "complete",
    "completed",
    "passed",
    "achieved",
    "successful",
    "successfully",
    "granted",
    "issued",
    "awarded",
];

/// Verbs of holding in the present: "hold", "maintains".
const HOLDING_VERBS: &[&str] = &["hold", "holds", "maintain", "maintains"];

/// Forms of "be" in the present, before a participle of holding.
const PRESENT_BE: &[&str] = &["is", "are", "remain", "remains", "we're", "it's"];

/// How many words after "is" or "are" its participle of holding may stand:
/// "we are ISO/IEC 27001 certified".
const HELD_REACH: usize = 4;

/// Participles of holding: "is certified", "remains accredited".
const HELD_WORDS: &[&str] = &["certified", "accredited", "registered", "still"];

/// True when the sentence of the claim speaks of renewing the certificate
/// ("recertification planned", "renewing our certificate"), not of a renewal
/// done, and says nowhere that it is held now ("we are certified", "we hold
/// it").
fn renews_without_holding(claim: &ProseClaim, text: &str) -> bool {
    let words = sentence_words(claim, text);
    let renewing = words.iter().any(|w| RENEWING_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| RENEWED_WORDS.contains(&w.as_str()));
    // "we are ISO 27001 certified": a participle a few words after "be".
    let held_now = words.iter().enumerate().any(|(i, w)| {
        PRESENT_BE.contains(&w.as_str())
            && words[i + 1..]
                .iter()
                .take(HELD_REACH)
                .any(|p| HELD_WORDS.contains(&p.as_str()))
    }) || words.iter().any(|w| HOLDING_VERBS.contains(&w.as_str()));
    renewing && !held_now
}

/// The lowercase words of the sentence (or line) that holds the claim.
fn sentence_words(claim: &ProseClaim, text: &str) -> Vec<String> {
    let start = claim.range.start as usize;
    let end = claim.range.end as usize;
    let boundary = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = text
        .get(..start)
        .and_then(|t| t.rfind(boundary))
        .map_or(0, |i| i + 1);
    let to = text
        .get(end..)
        .and_then(|t| t.find(boundary))
        .map_or(text.len(), |i| end + i);
    words_of(text.get(from..to).unwrap_or(""))
}

/// Stems of the words of a held certificate's upkeep, whose lack "yet" denies
/// only the next step: "not yet renewed for 2027", "renewal audit not yet
/// booked".
const UPKEEP_STEMS: &[&str] = &["renew", "recertif", "re-certif", "surveillance", "reassess"];

/// True when a claim read as not held denies only the next step of a held
/// certificate's upkeep: "we have not yet renewed Cyber Essentials Plus for
/// 2027" says the current certificate still runs.
fn upkeep_not_yet_done(claim: &ProseClaim, text: &str) -> bool {
    let start = claim.range.start as usize;
    let end = claim.range.end as usize;
    let before = words_of(text.get(..start).unwrap_or(""));
    let after = words_of(text.get(end..).unwrap_or(""));
    // The upkeep word next to the name: "renewed Cyber Essentials", "Cyber
    // Essentials renewal".
    let near = before
        .iter()
        .rev()
        .take(UPKEEP_REACH)
        .chain(after.iter().take(UPKEEP_REACH));
    sentence_words(claim, text).iter().any(|w| w == "yet")
        && near
            .into_iter()
            .any(|w| UPKEEP_STEMS.iter().any(|s| w.starts_with(s)))
}

/// How many words from the name its upkeep word may stand.
const UPKEEP_REACH: usize = 2;

/// Words that name an edition of a standard: "the 2022 version of ISO 27001".
const EDITION_WORDS: &[&str] = &["version", "edition", "revision", "release"];

/// True when the work the claim tells is on another edition of a standard
/// whose certificate is held: "working towards the 2022 version of ISO
/// 27001" moves a held certificate to the new edition, it is no first
/// certification.
fn names_another_edition(claim: &ProseClaim, text: &str) -> bool {
    let start = claim.range.start as usize;
    let end = claim.range.end as usize;
    let before = words_of(text.get(..start).unwrap_or(""));
    let after = words_of(text.get(end..).unwrap_or(""));
    let before: Vec<&String> = before.iter().rev().take(REPORT_WORDS_REACH).rev().collect();
    let after: Vec<&String> = after.iter().take(3).collect();
    // "the 2022 version", "the new edition": a year or a word of newness
    // right before the edition's noun.
    let edition = |words: &[&String]| {
        words.windows(2).any(|w| {
            EDITION_WORDS.contains(&w[1].as_str())
                && (NEW_EDITION.contains(&w[0].as_str())
                    || w[0]
                        .parse::<u16>()
                        .is_ok_and(|y| (1990..=2100).contains(&y)))
        })
    };
    edition(&before) || edition(&after)
}

/// Words before an edition's noun that make it a newer one than held.
const NEW_EDITION: &[&str] = &["new", "newer", "latest", "updated", "revised", "current"];

/// True when `words` name a report type ("type 2") other than `recorded`.
fn names_other_type(words: &[&str], recorded: Option<&str>) -> bool {
    recorded.is_some_and(|r| {
        words
            .windows(2)
            .any(|w| w[0] == "type" && report_type_word(w[1]).is_some_and(|said| said != r))
    })
}

/// The words of a text, lowercase, without punctuation.
fn words_of(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}

/// The report type a word after "Type" names.
fn report_type_word(word: &str) -> Option<&'static str> {
    match word {
        "1" | "i" | "one" => Some("type1"),
        "2" | "ii" | "two" => Some("type2"),
        _ => None,
    }
}

/// The facts of an achieved claim that contradict the achieved record: expiry,
/// certificate number, body, issue date, first-certified year, report type.
fn mismatch(claim: &ProseClaim, decl: &Decl, fw: &str, read: &str) -> Option<(String, String)> {
    let record = Claim::read(decl);
    let text_field = |name: &str| {
        decl.item
            .field(name)
            .and_then(|f| f.value.as_str())
            .map(str::to_owned)
    };
    if decl.kind() == "attestation" {
        let recorded = decl.item.field("type").and_then(|f| f.value.as_ident());
        if claim.qualifier.as_deref() == Some("type2") && recorded == Some("type1") {
            return Some((
                format!(
                    "this claims a {fw} Type 2 report, but the spec's attestation `{}` is Type 1 ({read})",
                    decl.name()
                ),
                format!(
                    "a Type 1 report covers the design of controls at one date; say “our {fw} Type 1 report”, or record the Type 2 report in the spec when you have it"
                ),
            ));
        }
    }
    let d = &claim.details;
    let fix = |what: &str| {
        format!(
            "correct the {what} to match the record, or update `{}` if the record is out of date",
            decl.name()
        )
    };
    // A date the claim states (a year, perhaps a month) that a date field of
    // the record contradicts: the date as stated and the recorded one.
    let contradicted = |stated: Option<(i16, Option<i8>)>, field: &str| {
        let (year, month) = stated?;
        let (recorded, _) = record.date(field)?;
        (year != recorded.year() || month.is_some_and(|m| m != recorded.month()))
            .then(|| (show_date(year, month), recorded))
    };
    if let Some((said, expires)) = contradicted(d.valid_to, "expires") {
        return Some((
            format!(
                "this gives the {fw} certificate's expiry as {said}, but the spec says it expires {expires} ({read})"
            ),
            fix("expiry"),
        ));
    }
    if let Some((year, month)) = d.renewal
        && let Some((expires, _)) = record.date("expires")
        && !renewal_fits(year, month, expires.year(), expires.month())
    {
        return Some((
            format!(
                "this gives the {fw} certificate's next renewal as {}, but the spec says it expires {expires} ({read})",
                show_date(year, month)
            ),
            fix("renewal date"),
        ));
    }
    if let Some(number) = &d.certificate
        && let Some(recorded) = text_field("certificate")
    {
        let (a, b) = (
            crate::prose::normalise_number(number),
            crate::prose::normalise_number(&recorded),
        );
        if !a.is_empty() && !b.is_empty() && !a.contains(&b) && !b.contains(&a) {
            return Some((
                format!(
                    "this gives the {fw} certificate number as ‘{number}’, but the spec records ‘{recorded}’ ({read})"
                ),
                fix("certificate number"),
            ));
        }
    }
    if let Some(body) = &d.body
        && let Some(recorded) = text_field("body").or_else(|| text_field("auditor"))
        && !recorded.to_lowercase().contains(&body.to_lowercase())
        && !body.to_lowercase().contains(&recorded.to_lowercase())
    {
        return Some((
            format!(
                "this names {body} as the issuer of {fw}, but the spec records {recorded} ({read})"
            ),
            fix("body"),
        ));
    }
    // The current certificate's issue date, stated without its history: a
    // certification's record only (a report's date is not its issue).
    if let Some((said, issued)) = contradicted(d.issued, "issued") {
        return Some((
            format!(
                "this gives the {fw} certificate's issue date as {said}, but the spec says it was issued {issued} ({read})"
            ),
            fix("issue date"),
        ));
    }
    if let Some(year) = d.since_year
        && let Some((issued, _)) = record.date("issued").or_else(|| record.date("report_date"))
        && year > issued.year()
    {
        return Some((
            format!(
                "this says {fw} was first achieved in {year}, but the spec's certificate was issued {issued} ({read})"
            ),
            fix("year"),
        ));
    }
    None
}

/// True when a stated renewal (a month, or a whole year) falls no later than
/// the expiry's month: "next renewal April 2028" fits a certificate that
/// expires in May 2028, and so does "up for renewal in 2027", since an early
/// "renewal" may be the yearly surveillance audit; a renewal after the expiry
/// does not.
fn renewal_fits(year: i16, month: Option<i8>, expiry_year: i16, expiry_month: i8) -> bool {
    let index = |y: i16, m: i8| i32::from(y) * 12 + i32::from(m);
    let first = index(year, month.unwrap_or(1));
    first <= index(expiry_year, expiry_month)
}

fn show_date(year: i16, month: Option<i8>) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match month.and_then(|m| MONTHS.get(usize::try_from(m - 1).ok()?)) {
        Some(name) => format!("{name} {year}"),
        None => year.to_string(),
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod details_matrix;
