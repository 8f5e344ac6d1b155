//! Advice that works: every help text that names a replacement and every quick fix is
//! applied, and the result must not have a new diagnostic of the same family. That is
//! what keeps "did you mean" from leading into the next error: an exclusion suggested
//! only for requirements that may be excluded, `5.10` mapped to `A.5.10`, dates
//! written day/month/year turned into `YYYY-MM-DD`.

use std::collections::BTreeMap;

use aims::analysis::AnalysisHost;
use aims::config::Settings;
use aims::db::Origin;
use aims::diagnostics::{Code, Diagnostic};
use aims::text::TextRange;

const FILE: &str = "spec.aims";

const ROLES: &str = "organisation o \"O Ltd\" {\n  jurisdiction: UK\n  scope: [SCOPE]\n  risk_appetite: medium\n}\nrole ciso \"CISO\" { holder: \"Tom\" }\n";

/// Small specs, each with something wrong that a diagnostic offers advice about.
const SCENARIOS: &[(&str, &str)] = &[
    // Cyber Essentials themes cannot be excluded: the gap help must not say so.
    ("cyber_essentials", ""),
    // Gaps of ISO standards: exclusion stubs only for Annex A controls.
    ("iso42001", ""),
    ("iso27001", ""),
    // A group of clauses named in an exclusion, and one of Annex A controls.
    (
        "iso42001",
        "exclude iso42001.6.1 { reason: \"n/a\", approved_by: ciso }\n",
    ),
    (
        "iso27001",
        "exclude iso27001.A.7 { reason: \"No premises.\", approved_by: ciso }\n",
    ),
    // The standard's own numbering of an Annex A control.
    (
        "iso27001",
        "control c \"C\" { owner: ciso, status: planned, satisfies: [iso27001.5.10] }\n",
    ),
    (
        "iso27001",
        "exclude iso27001.7.4 { reason: \"No premises.\", approved_by: ciso }\n",
    ),
    // Misspelt fields, names, words and kinds.
    (
        "iso42001",
        "control c \"C\" { owner: ciso, status: planed, satisfies: [iso42001.A.2.2] }\n",
    ),
    (
        "iso42001",
        "control c \"C\" { owner: cis, status: planned, satisfies: [iso42001.A.2.2] }\n",
    ),
    (
        "iso42001",
        "control c \"C\" {\n  owner: ciso\n  status: planned\n  satisifes: [iso42001.A.2.2]\n}\n",
    ),
    (
        "iso42001",
        "control c \"C\" { owner: ciso, status: planned, satisfies: [iso4200.A.2.2] }\n",
    ),
    // Dates written day/month/year.
    (
        "iso42001",
        "evidence e \"E\" { date: 25/12/2026, valid_for: 12 months }\ncontrol c \"C\" { owner: ciso, status: implemented, satisfies: [iso42001.A.2.2], evidence: [e] }\n",
    ),
    (
        "iso42001",
        "evidence e \"E\" { date: 2026/03/10, valid_for: 12 months }\ncontrol c \"C\" { owner: ciso, status: implemented, satisfies: [iso42001.A.2.2], evidence: [e] }\n",
    ),
    // A status word people use that AIMS spells differently.
    (
        "cyber_essentials",
        "certification ce \"CE\" {\n  framework: cyber_essentials\n  status: certified\n}\n",
    ),
    // An achieved certificate that has expired.
    (
        "cyber_essentials",
        "certification ce \"CE\" {\n  framework: cyber_essentials\n  status: achieved\n  certificate: \"CE-1\"\n  body: \"IASME\"\n  issued: 2025-01-10\n  expires: 2026-01-09\n}\n",
    ),
];

/// Codes that one piece of advice could lead into.
fn family(code: Code) -> &'static [Code] {
    use Code::*;
    match code {
        RequirementGap | UnknownRequirement | ClauseExcluded => &[
            RequirementGap,
            UnknownRequirement,
            ClauseExcluded,
            ExcludedAndSatisfied,
        ],
        SyntaxError | InvalidValue => &[SyntaxError, InvalidValue],
        UnknownField | MissingField => &[UnknownField, MissingField],
        UndefinedName | WrongKind => &[UndefinedName, WrongKind],
        CertificateExpired | CertificateIncomplete | CertificateValidityExceeded => &[
            CertificateExpired,
            CertificateIncomplete,
            CertificateValidityExceeded,
        ],
        _ => &[],
    }
}

fn diagnostics(text: &str) -> Vec<Diagnostic> {
    let mut host = AnalysisHost::new(Settings::new(jiff::civil::date(2026, 11, 28)), None);
    host.set_file_text(FILE, text, Origin::Spec);
    host.snapshot().diagnostics().unwrap()
}

fn counts(diagnostics: &[Diagnostic]) -> BTreeMap<Code, usize> {
    let mut out = BTreeMap::new();
    for d in diagnostics {
        *out.entry(d.code).or_default() += 1;
    }
    out
}

/// The text a help names as the replacement of the diagnostic's range, if it does.
fn named_replacement(d: &Diagnostic) -> Option<String> {
    let help = d.help.as_deref().unwrap_or(&d.message);
    for lead in ["did you mean `", "such as ", "YYYY-MM-DD: `"] {
        if let Some(rest) = help.split(lead).nth(1) {
            let rest = rest.trim_start_matches('`');
            let end = rest.find(['`', ',', '?', ' ']).unwrap_or(rest.len());
            return Some(rest[..end].to_owned());
        }
    }
    None
}

/// The edits a diagnostic's advice makes: its fix, or the replacement its help names.
fn advice(d: &Diagnostic) -> Option<Vec<(TextRange, String)>> {
    if let Some(fix) = &d.fix {
        return Some(
            fix.edits
                .iter()
                .map(|e| {
                    assert_eq!(e.location.file, FILE);
                    (e.location.range, e.new_text.clone())
                })
                .collect(),
        );
    }
    named_replacement(d).map(|text| vec![(d.location.range, text)])
}

fn apply(text: &str, mut edits: Vec<(TextRange, String)>) -> String {
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = text.to_owned();
    for (range, new_text) in edits {
        out.replace_range(range.range(), &new_text);
    }
    out
}

#[test]
fn applying_any_suggestion_gives_no_new_diagnostic_of_its_family() {
    let mut applied = 0;
    let mut applied_codes = std::collections::BTreeSet::new();
    for (scope, body) in SCENARIOS {
        let text = format!("{}{body}", ROLES.replace("SCOPE", scope));
        let before = diagnostics(&text);
        let before_counts = counts(&before);
        for d in &before {
            // No help may advise excluding what cannot be excluded.
            if d.code == Code::RequirementGap && scope.starts_with("cyber") {
                assert!(
                    !d.help.as_deref().unwrap_or("").contains("exclude PATH"),
                    "{d:#?}"
                );
                assert!(d.fix.is_none(), "{d:#?}");
            }
            let Some(edits) = advice(d) else { continue };
            let fixed = apply(&text, edits);
            let after = diagnostics(&fixed);
            let after_counts = counts(&after);
            for code in family(d.code) {
                let was = before_counts.get(code).copied().unwrap_or(0);
                let is = after_counts.get(code).copied().unwrap_or(0);
                assert!(
                    is <= was,
                    "following the advice of {d:#?}\non\n{text}\ngives more `{code}` ({was} → {is}):\n{fixed}\n{after:#?}"
                );
            }
            // Exclusion stubs leave the gaps open until a person writes the reasons.
            assert!(
                d.code == Code::RequirementGap
                    || !after
                        .iter()
                        .any(|a| a.code == d.code && a.message == d.message),
                "the advice of {d:#?} did not fix it:\n{fixed}"
            );
            applied += 1;
            applied_codes.insert(d.code);
        }
    }
    for code in [
        Code::RequirementGap,
        Code::UnknownRequirement,
        Code::UnknownField,
        Code::UndefinedName,
        Code::InvalidValue,
        Code::SyntaxError,
        Code::CertificateExpired,
    ] {
        assert!(
            applied_codes.contains(&code),
            "no advice of `{code}` applied: {applied_codes:?}"
        );
    }
    assert!(applied >= 10, "{applied}");
}

#[test]
fn an_unreadable_status_is_reported_once_not_again_by_the_trust_page_check() {
    let mut host = AnalysisHost::new(Settings::new(jiff::civil::date(2026, 11, 28)), None);
    let spec = format!(
        "{}certification ce \"CE\" {{\n  framework: cyber_essentials\n  status: certified\n}}\npublication trust \"Trust\" {{ file: \"trust.md\" }}\n",
        ROLES.replace("SCOPE", "cyber_essentials")
    );
    host.set_file_text(FILE, &spec, Origin::Spec);
    host.set_file_text(
        "trust.md",
        "We are Cyber Essentials certified.\n",
        Origin::Prose,
    );
    let found = host.snapshot().diagnostics().unwrap();
    let codes: Vec<Code> = found.iter().map(|d| d.code).collect();
    assert!(codes.contains(&Code::InvalidValue), "{found:#?}");
    assert!(
        !codes.iter().any(|c| c.name().starts_with("claim-")),
        "{found:#?}"
    );
    let invalid = found.iter().find(|d| d.code == Code::InvalidValue).unwrap();
    assert_eq!(invalid.help.as_deref(), Some("did you mean `achieved`?"));
    // The page is checked: with a readable status that it overstates, it is reported.
    host.set_file_text(FILE, &spec.replace("certified", "planned"), Origin::Spec);
    let found = host.snapshot().diagnostics().unwrap();
    assert!(
        found.iter().any(|d| d.code == Code::ClaimOverstated),
        "{found:#?}"
    );
}

#[test]
fn a_misspelt_satisfies_is_named_as_the_cause_of_the_gaps_and_printed_first() {
    let text = format!(
        "{}control c \"C\" {{\n  owner: ciso\n  status: planned\n  satisifes: [cyber_essentials.firewalls]\n}}\n",
        ROLES.replace("SCOPE", "cyber_essentials")
    );
    let found = diagnostics(&text);
    let typo = found
        .iter()
        .position(|d| d.code == Code::UnknownField)
        .expect("the typo is reported");
    let gap = found
        .iter()
        .position(|d| d.code == Code::RequirementGap)
        .expect("the gap is reported");
    assert!(typo < gap, "{found:#?}");
    let gap = &found[gap];
    assert!(
        gap.help.as_deref().unwrap().contains("`satisifes`"),
        "{gap:#?}"
    );
    assert_eq!(
        &text[gap.caused_by.as_ref().unwrap().range.range()],
        "satisifes"
    );
}

#[test]
fn applying_any_quick_fix_the_editor_offers_gives_no_new_diagnostic_of_its_family() {
    let mut scenarios: Vec<(&str, &str)> = SCENARIOS.to_vec();
    // Missing fields, which the editor fills in from the schema.
    scenarios.push((
        "iso42001",
        "control c \"C\" { satisfies: [iso42001.A.2.2] }\n",
    ));
    scenarios.push(("iso42001", "certification c \"C\" {\n}\n"));
    let mut applied = 0;
    for (scope, body) in scenarios {
        let text = format!("{}{body}", ROLES.replace("SCOPE", scope));
        let mut host = AnalysisHost::new(Settings::new(jiff::civil::date(2026, 11, 28)), None);
        host.set_file_text(FILE, &text, Origin::Spec);
        let analysis = host.snapshot();
        let before = analysis.diagnostics().unwrap();
        let actions = analysis
            .code_actions(FILE, TextRange::new(0, text.len()))
            .unwrap();
        drop(analysis);
        for action in actions {
            let edits = action
                .edits
                .iter()
                .map(|e| (e.location.range, e.new_text.clone()))
                .collect();
            let fixed = apply(&text, edits);
            let after = diagnostics(&fixed);
            let code = action
                .diagnostic
                .as_ref()
                .map_or(Code::MissingField, |d| d.code);
            for family_code in family(code) {
                let was = before.iter().filter(|d| d.code == *family_code).count();
                let is = after.iter().filter(|d| d.code == *family_code).count();
                assert!(
                    is <= was,
                    "the quick fix `{}` on\n{text}\ngives more `{family_code}` ({was} → {is}):\n{fixed}\n{after:#?}",
                    action.title
                );
            }
            applied += 1;
        }
    }
    assert!(applied >= 12, "{applied}");
}
