//! One description of a framework for people: how many requirements of each kind it
//! has ("38 controls, 32 clauses") and how an organisation shows it meets it
//! (a certificate, an attestation report, a yearly self-assessment, or nothing,
//! because it is law or voluntary).
//!
//! `aims catalog`, the editor's hover and the reports show the same sentences
//! ([`assurance_sentences`]); they only lay them out.

use crate::semantic::catalogue::Framework;
use crate::semantic::values::Duration;

/// How conformity to a framework is shown, from the catalogue's flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Assurance {
    /// A certification body issues certificates (ISO/IEC 42001, 27001).
    Certifiable,
    /// An auditor issues an attestation report, not a certificate (SOC 2).
    Attestation,
    /// The organisation assesses itself every year.
    SelfAssessment,
    /// A law or regulation: nobody certifies against it.
    Law,
    /// A voluntary framework that issues no certificates (NIST AI RMF).
    Voluntary,
    /// None of the above.
    #[default]
    NotCertifiable,
}

impl Assurance {
    /// The framework's assurance; the first flag that holds wins.
    pub fn of(framework: &Framework) -> Assurance {
        if framework.certifiable {
            Assurance::Certifiable
        } else if framework.attestation {
            Assurance::Attestation
        } else if framework.self_assessment {
            Assurance::SelfAssessment
        } else if framework.law {
            Assurance::Law
        } else if framework.voluntary {
            Assurance::Voluntary
        } else {
            Assurance::NotCertifiable
        }
    }

    /// A short label, as `aims catalog list` prints it.
    pub fn label(self) -> &'static str {
        match self {
            Assurance::Certifiable => "certifiable",
            Assurance::Attestation => "attestation",
            Assurance::SelfAssessment => "yearly self-assessment",
            Assurance::Law => "law; not certifiable",
            Assurance::Voluntary => "voluntary; not certifiable",
            Assurance::NotCertifiable => "not certifiable",
        }
    }

    /// Whether an auditor issues something for it (a certificate or an attestation
    /// report), so that having none recorded is worth saying.
    pub fn is_audited(self) -> bool {
        matches!(self, Assurance::Certifiable | Assurance::Attestation)
    }
}

/// How a framework is assured, in one sentence: "Certifiable; certificates are valid
/// for 3 years; surveillance audits every 12 months."
fn assurance_sentence(
    assurance: Assurance,
    certificate_valid: Option<Duration>,
    surveillance_every: Option<Duration>,
) -> String {
    match assurance {
        Assurance::Certifiable => {
            let mut s = String::from("Certifiable");
            if let Some(valid) = certificate_valid {
                s.push_str(&format!("; certificates are valid for {valid}"));
            }
            if let Some(every) = surveillance_every {
                s.push_str(&format!("; surveillance audits every {every}"));
            }
            s.push('.');
            s
        }
        Assurance::Attestation => "Assured by an attestation report, not a certificate.".into(),
        Assurance::SelfAssessment => {
            "Not certifiable: the organisation assesses itself every year.".into()
        }
        Assurance::Law => "Not certifiable: it is law, and nobody certifies against it.".into(),
        Assurance::Voluntary => {
            "Not certifiable: a voluntary framework that issues no certificates.".into()
        }
        Assurance::NotCertifiable => "Not certifiable: no certificate is issued against it.".into(),
    }
}

/// A prerequisite certification, in one sentence: "Requires cyber_essentials
/// certification within 3 months."
fn prerequisite_sentence(framework: &str, within: Option<Duration>) -> String {
    let within = within.map(|w| format!(" within {w}")).unwrap_or_default();
    format!("Requires {framework} certification{within}.")
}

/// How a framework is assured and what it requires first, one sentence each: the
/// words `aims catalog`, the editor's hover and the reports all show.
pub fn assurance_sentences(
    assurance: Assurance,
    certificate_valid: Option<Duration>,
    surveillance_every: Option<Duration>,
    requires: Option<(&str, Option<Duration>)>,
) -> Vec<String> {
    let mut sentences = vec![assurance_sentence(
        assurance,
        certificate_valid,
        surveillance_every,
    )];
    if let Some((framework, within)) = requires {
        sentences.push(prerequisite_sentence(framework, within));
    }
    sentences
}

/// [`assurance_sentences`] of a catalogue framework.
pub fn framework_assurance(framework: &Framework) -> Vec<String> {
    assurance_sentences(
        Assurance::of(framework),
        framework.certificate_valid,
        framework.surveillance_every,
        framework
            .requires
            .as_ref()
            .map(|r| (r.framework.as_str(), r.within)),
    )
}

/// The number of requirements of each kind, in the order the kinds first appear.
pub fn kind_counts(framework: &Framework) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for item in framework.requirements() {
        match counts.iter_mut().find(|(k, _)| *k == item.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((item.kind.clone(), 1)),
        }
    }
    counts
}

/// "1 control", "38 controls", "4 criteria".
pub fn plural_kind(kind: &str, n: usize) -> String {
    if n == 1 {
        return format!("{n} {kind}");
    }
    match kind {
        "criterion" => format!("{n} criteria"),
        "subcategory" => format!("{n} subcategories"),
        _ => format!("{n} {kind}s"),
    }
}

/// "38 controls, 32 clauses": the requirement counts in one phrase.
pub fn describe_counts(framework: &Framework) -> String {
    kind_counts(framework)
        .iter()
        .map(|(kind, n)| plural_kind(kind, *n))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::semantic::catalogue::CatalogueItem;

    fn item(id: &str, kind: &str) -> CatalogueItem {
        CatalogueItem {
            id: id.into(),
            kind: kind.into(),
            title: String::new(),
            groups: Vec::new(),
            applies_to: None,
            applies_from: None,
        }
    }

    fn framework(items: Vec<CatalogueItem>) -> Framework {
        Framework {
            name: "f".into(),
            title: String::new(),
            file: String::new(),
            certifiable: false,
            attestation: false,
            law: false,
            voluntary: false,
            certificate_valid: None,
            surveillance_every: None,
            aliases: Vec::new(),
            requires: None,
            met_by_records: Default::default(),
            self_assessment: false,
            assessment_every: None,
            index: crate::semantic::catalogue::ItemIndex::of(&items),
            items,
        }
    }

    #[test]
    fn counts_follow_the_order_kinds_first_appear_with_their_plurals() {
        let framework = framework(vec![
            item("g", "group"),
            item("c1", "criterion"),
            item("a1", "control"),
            item("c2", "criterion"),
        ]);
        assert_eq!(describe_counts(&framework), "2 criteria, 1 control");
    }

    #[test]
    fn the_first_assurance_flag_that_holds_wins() {
        let mut soc2 = framework(Vec::new());
        soc2.attestation = true;
        soc2.law = true;
        assert_eq!(Assurance::of(&soc2), Assurance::Attestation);
        assert_eq!(
            Assurance::of(&framework(Vec::new())).label(),
            "not certifiable"
        );
    }
}
