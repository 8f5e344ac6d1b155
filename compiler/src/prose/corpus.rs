//! Scores the claim extractor against a labelled corpus of sentences.
//!
//! The extractor is heuristic, so its quality is a number, not a yes or no: this
//! file measures precision and recall of the claims it finds on a corpus of
//! realistic trust-page, tender and questionnaire sentences
//! (`tests/fixtures/prose/corpus.tsv`), and lists every sentence it gets wrong.
//!
//! # Corpus format
//!
//! One example per line: `sentence<TAB>expected`. `expected` is a comma-separated
//! list of `framework=status` with status one of `achieved`, `in_progress`,
//! `planned`, `ambiguous` (compliant or aligned), `none` (no claim, or a claim
//! that it is not held), or empty when the sentence names no framework.
//!
//! This corpus scores the reader alone; `compiler/tests/it/prose_corpus.rs` scores
//! the whole check (reader and rules) on the larger corpus under `cases/`.
//! In the sentence, `\n` stands for a line break (for tables, lists and headings);
//! it is read as Markdown. Blank lines, and lines that start with `#` and hold no
//! tab, are comments.
//!
//! The positives are (sentence, framework, status) triples whose status is not
//! `none`. A predicted claim that is not expected is a false positive; an expected
//! claim not predicted, or predicted with another status, is a false negative (and
//! the wrong prediction a false positive).

use std::collections::BTreeSet;

use crate::prose::{Alias, ClaimedStatus, ProseFormat, find_mentions};

/// The result of scoring a corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct CorpusScore {
    /// True positives / all predicted claims (1.0 when nothing was predicted).
    pub precision: f64,
    /// True positives / all expected claims (1.0 when nothing was expected).
    pub recall: f64,
    /// Claims predicted and expected.
    pub true_positives: usize,
    /// Claims predicted but not expected.
    pub false_positives: usize,
    /// Claims expected but not predicted.
    pub false_negatives: usize,
    /// One line per example whose claims or mentions differ from the label, and
    /// per line that could not be read.
    pub failures: Vec<String>,
}

/// Scores [`find_mentions`] on a corpus in the format described above.
pub fn score_corpus(tsv: &str, aliases: &[Alias]) -> CorpusScore {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    let mut failures = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || (line.starts_with('#') && !line.contains('\t')) {
            continue;
        }
        let (sentence, expected) = line.split_once('\t').unwrap_or((line, ""));
        let sentence = sentence.replace("\\n", "\n").replace("\\t", "\t");
        let mut want: BTreeSet<(String, &'static str)> = BTreeSet::new();
        let mut want_mentioned: BTreeSet<String> = BTreeSet::new();
        let mut malformed = false;
        for item in expected.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let Some((framework, status)) = item.split_once('=') else {
                failures.push(format!("line {line_no}: cannot read expectation {item:?}"));
                malformed = true;
                continue;
            };
            let framework = framework.trim().to_string();
            want_mentioned.insert(framework.clone());
            match status.trim() {
                "none" => {}
                "ambiguous" => {
                    want.insert((framework, "ambiguous"));
                }
                s => match ClaimedStatus::parse(s) {
                    Some(st) => {
                        want.insert((framework, st.as_str()));
                    }
                    None => {
                        failures.push(format!("line {line_no}: unknown status {s:?}"));
                        malformed = true;
                    }
                },
            }
        }
        if malformed {
            continue;
        }
        let found = find_mentions(&sentence, ProseFormat::Markdown, aliases);
        let got: BTreeSet<(String, &'static str)> = found
            .iter()
            .filter_map(|m| {
                // A second reading counts when the first has no label here
                // ("not compliant yet, but we follow it" is "ambiguous").
                m.status
                    .and_then(old_label)
                    .or_else(|| m.also.as_ref().and_then(|a| old_label(a.0)))
                    .map(|s| (m.framework.clone(), s))
            })
            .collect();
        let got_mentioned: BTreeSet<String> = found.iter().map(|m| m.framework.clone()).collect();
        let hits = got.intersection(&want).count();
        tp += hits;
        fp += got.len() - hits;
        fneg += want.len() - hits;
        if got != want || got_mentioned != want_mentioned {
            let show = |set: &BTreeSet<(String, &'static str)>| {
                set.iter()
                    .map(|(f, s)| format!("{f}={s}"))
                    .collect::<Vec<_>>()
                    .join(",")
            };
            let missing: Vec<&String> = want_mentioned.difference(&got_mentioned).collect();
            let extra: Vec<&String> = got_mentioned.difference(&want_mentioned).collect();
            let mut msg = format!(
                "line {line_no}: {:?}\n    expected [{}] got [{}]",
                sentence,
                show(&want),
                show(&got)
            );
            if !missing.is_empty() || !extra.is_empty() {
                msg.push_str(&format!("; mentions missing {missing:?} extra {extra:?}"));
            }
            failures.push(msg);
        }
    }
    let ratio = |num: usize, den: usize| {
        if den == 0 {
            1.0
        } else {
            num as f64 / den as f64
        }
    };
    CorpusScore {
        precision: ratio(tp, tp + fp),
        recall: ratio(tp, tp + fneg),
        true_positives: tp,
        false_positives: fp,
        false_negatives: fneg,
        failures,
    }
}

/// The label this corpus uses for a status: it predates the split of
/// "ambiguous" into compliant and aligned, and labels "not yet certified" and
/// "expired" as no claim.
fn old_label(status: ClaimedStatus) -> Option<&'static str> {
    match status {
        ClaimedStatus::Compliant | ClaimedStatus::Aligned => Some("ambiguous"),
        ClaimedStatus::Not | ClaimedStatus::Lapsed => None,
        s => Some(s.as_str()),
    }
}

/// The names a reading step (`step`) adds to the test aliases' matches in
/// `text`, with the matches themselves, as (text, framework) pairs.
#[cfg(test)]
pub fn names_after(
    text: &str,
    step: impl Fn(
        &str,
        Vec<crate::prose::aliases::Found>,
        &[crate::prose::aliases::PreparedAlias],
    ) -> Vec<crate::prose::aliases::Found>,
) -> Vec<(String, String)> {
    let aliases = crate::prose::aliases::prepare_aliases(&test_aliases());
    step(
        text,
        crate::prose::aliases::find_aliases(text, &aliases),
        &aliases,
    )
    .into_iter()
    .map(|f| (text[f.range].to_string(), f.framework))
    .collect()
}

/// The aliases of the built-in framework catalogues, for tests.
pub fn test_aliases() -> Vec<Alias> {
    let table: &[(&str, &[&str])] = &[
        (
            "iso42001",
            &[
                "ISO/IEC 42001:2023",
                "ISO/IEC 42001",
                "ISO 42001",
                "ISO42001",
            ],
        ),
        (
            "iso27001",
            &[
                "ISO/IEC 27001:2022",
                "ISO/IEC 27001:2013",
                "ISO/IEC 27001",
                "ISO 27001:2022",
                "ISO 27001",
                "ISO27001",
                "ISO-27001",
            ],
        ),
        ("cyber_essentials", &["Cyber Essentials"]),
        (
            "cyber_essentials_plus",
            &["Cyber Essentials Plus", "Cyber Essentials+", "CE+"],
        ),
        (
            "nist_ai_rmf",
            &["NIST AI RMF", "NIST AI Risk Management Framework", "AI RMF"],
        ),
        (
            "eu_ai_act",
            &["EU AI Act", "AI Act", "Regulation (EU) 2024/1689"],
        ),
        (
            "soc2",
            &[
                "SOC 2",
                "SOC2",
                "SOC 2 Type II",
                "SOC 2 Type 2",
                "SOC 2 Type I",
                "SOC 2 Type 1",
            ],
        ),
    ];
    table
        .iter()
        .flat_map(|(framework, texts)| texts.iter().map(move |t| Alias::new(*framework, *t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds the corpus whether this module sits in the compiler crate (corpus in
    /// the workspace's `tests/`) or in a standalone crate.
    fn corpus_text() -> String {
        let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let candidates = [
            manifest.join("../tests/fixtures/prose/corpus.tsv"),
            manifest.join("tests/fixtures/prose/corpus.tsv"),
        ];
        for path in &candidates {
            if let Ok(text) = std::fs::read_to_string(path) {
                return text;
            }
        }
        panic!("corpus.tsv not found in {candidates:?}");
    }

    #[test]
    fn corpus_precision_and_recall() {
        let text = corpus_text();
        let examples = text
            .lines()
            .filter(|l| l.contains('\t') && !l.trim().is_empty())
            .count();
        assert!(examples >= 80, "the corpus has only {examples} examples");
        let score = score_corpus(&text, &test_aliases());
        for failure in &score.failures {
            println!("{failure}");
        }
        println!(
            "prose corpus: {examples} examples, precision {:.3}, recall {:.3} (tp {}, fp {}, fn {})",
            score.precision,
            score.recall,
            score.true_positives,
            score.false_positives,
            score.false_negatives
        );
        assert!(
            score.precision >= 0.95,
            "precision {:.3} < 0.95",
            score.precision
        );
        assert!(score.recall >= 0.95, "recall {:.3} < 0.95", score.recall);
    }

    #[test]
    fn scoring_counts_triples() {
        let tsv = "# comment\n\nWe hold ISO 27001.\tiso27001=achieved\nISO 42001 is planned.\tiso42001=achieved\nAWS is SOC 2 attested.\tsoc2=none\nPlain.\t\nbad\tiso27001=great\n";
        let s = score_corpus(tsv, &test_aliases());
        assert_eq!(
            (s.true_positives, s.false_positives, s.false_negatives),
            (1, 1, 1)
        );
        assert!((s.precision - 0.5).abs() < 1e-9);
        assert!((s.recall - 0.5).abs() < 1e-9);
        assert_eq!(s.failures.len(), 2, "{:?}", s.failures);
    }

    #[test]
    fn empty_corpus_scores_one() {
        let s = score_corpus("", &test_aliases());
        assert_eq!((s.precision, s.recall), (1.0, 1.0));
    }
}
