//! The published-prose corpus, scored through the real checking pipeline.
//!
//! Each case of `tests/fixtures/prose/cases/*.tsv` is a sentence or fragment of a
//! trust page, tender answer, questionnaire, press release or post, with the spec
//! it is judged against (`tests/fixtures/prose/specs/NAME.aims`, as of
//! 2026-12-01) and the `claim-*` diagnostics it must raise. The test loads each
//! spec once, sets the case text as a publication file, asks for the diagnostics
//! exactly as `aims check` does, and compares the claim diagnostics located in the
//! publication with the expected ones as (case, code, framework) triples.
//!
//! The corpus is split once, by a fixed rule on the id (FNV-1a 32-bit of the id
//! bytes, modulo 100, below 35 is the evaluation set), into a tuning set that the
//! reader may be tuned on and a frozen evaluation set that it never is. The test
//! prints precision and recall per code for both sets and fails below a floor;
//! it lists tuning-set failures, and evaluation failures only when
//! `AIMS_PROSE_SHOW_EVAL=1` (which nobody tuning the reader sets).
//!
//! Run: `cargo test -p aims-compiler --test it prose_corpus -- --nocapture`.
//!
//! `AIMS_PROSE_GENRES=memo,ticket` measures only those genre files (a new batch
//! on its own, before and after a round); the floors are then not applied.
//!
//! The genres named in `tests/fixtures/prose/held_out.txt` are held out of every
//! rule of the current round: they count in both sets as usual, are scored once
//! more on their own, and their failures are never listed, so nobody tuning the
//! reader reads them by accident.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use aims::Project;
use aims::config::Settings;
use aims::db::Origin;
use salsa::Setter;

/// The as-of date every spec is judged on.
const AS_OF: &str = "2026-12-01";

/// Floors on the evaluation set: just under the figures measured when the
/// reader was last tuned (precision 0.918, recall 0.881 on 555 cases; see
/// README). The goal of issue 10 is 0.97 and 0.95; these floors only stop a
/// regression.
///
/// On 2026-12-02 the corpus grew by 552 held-out cases written without reading
/// the reader (187 evaluation, 365 tuning). With them, and the reader tuned on the
/// older tuning set only, evaluation measured precision 0.903 and recall 0.893 on
/// 742 cases. After the clause model (later on 2026-12-02) evaluation measured
/// precision 0.913 and recall 0.895; the floors sit just under that.
/// After negation scope, time and upkeep were reworked (same day) it measured
/// 0.924 and 0.904; with the subjects work (role nouns, apposition, answers in the
/// next sentence or block) merged beside it, 0.925 and 0.912.
///
/// On 2026-12-03 the corpus grew by 631 cases written and second-labelled without
/// running the reader (216 evaluation). On the 958 evaluation cases the reader of
/// 2026-12-02 measured 0.930 and 0.895; after the clause-level and block-level work
/// of 2026-12-03, tuned on the tuning set only, 0.936 and 0.919.
///
/// That afternoon the corpus grew by 561 more cases in eight new genres, written
/// and blind second-labelled without running the reader (199 evaluation). On the
/// 1,157 evaluation cases the morning's reader measured 0.936 and 0.903; after the
/// afternoon's work on the block and the clause, tuned on the tuning set only,
/// 0.939 and 0.916.
///
/// That evening the corpus grew by 600 cases in eight more genres, written and
/// blind second-labelled without running the reader (203 evaluation). The
/// afternoon's reader measured 0.924 and 0.809 on those 203 alone, and 0.936 and
/// 0.897 on all 1,360 evaluation cases; after the evening's work, tuned on the
/// tuning set only, 0.936 and 0.905. The recall floor moves down to 0.90 with
/// the harder corpus, not because the reader got worse.
///
/// That night the corpus grew by 1,224 cases in seventeen more genres, written and
/// blind second-labelled without running the reader (446 evaluation). On all
/// 1,806 evaluation cases the evening's reader measured 0.939 and 0.896; after
/// the night's work, tuned on the tuning set only, 0.942 and 0.907. The
/// precision floor rises to 0.935.
///
/// At 20:00 UTC that day the corpus grew by 394 cases in six more genres (140
/// evaluation); the untouched reader measured 0.973 and 0.899 on those 140, and
/// 0.944 and 0.907 on all 1,946 evaluation cases; after the round's work, tuned
/// on the tuning set only, 0.947 and 0.913. The floors rise to 0.94 and 0.905.
///
/// On 2026-12-04 the corpus grew by 546 cases in nine more genres (173
/// evaluation); the untouched reader measured 0.912 and 0.943 on those 173, and
/// 0.944 and 0.915 on all 2,119 evaluation cases, and the same after that day's
/// work. Six more genres (403 cases, 138 evaluation) were held out of that work
/// and added after it: the reader before and after the round measured 0.925 and
/// 0.935 precision, 0.903 recall, on all 403. On the 2,257 evaluation cases
/// that gives 0.944 and 0.918.
///
/// On 2026-12-05 the corpus grew by 561 cases in nine more genres (203
/// evaluation); the untouched reader measured 0.829 and 0.874 on those 203, and
/// 0.937 and 0.914 on all 2,460 evaluation cases; after that day's work, 0.941
/// and 0.914. The floors stay.
///
/// That evening it grew by 263 cases in four more genres (83 evaluation),
/// weighted towards `claim-understated` and `claim-mismatch`: the untouched
/// reader measured 1.000 and 0.878 on those 83, and 0.942 and 0.913 on all
/// 2,543; after the evening's work, 1.000 and 0.878 on the 83 and 0.943 and
/// 0.915 on all 2,543. The floors stay.
///
/// On 2026-12-06, 120 cases in two more genres (40 evaluation), not weighted,
/// were added and held out of every rule: the reader measured 1.000 and 0.867
/// on those 40 (0.984 and 0.953 on all 120), and 0.943 and 0.914 on all 2,583
/// evaluation cases. Rules written that day from sentences made up for the
/// purpose, not from the corpus, took the 2,583 to 0.943 and 0.917.
///
/// Later on 2026-12-06 the corpus grew by 2,044 cases in 27 more genres, written
/// and blind-labelled in rounds, none weighted, several deliberately harder
/// (text taken from PDFs, hurried writing, deep structure); the last 237 were
/// held out of every rule. The reader as the day began measured 0.938 and
/// 0.912 on the grown evaluation set (3,277 cases); the day's rules, written
/// from tuning cases and made-up sentences, took it to 0.939 and 0.923. The
/// precision floor moves to 0.935 because the set it measures grew harder,
/// not because the reader regressed: on the old 2,583 it went from 0.943 and
/// 0.917 to 0.944 and 0.921 (fp 78 to 78, fn 118 to 112). The recall floor
/// rises to 0.91.
///
/// On the night of 2026-12-06 the corpus grew to 11,361 cases (3,948 in the
/// evaluation set); the reader measured 0.945 and 0.925 on the 3,547 of the
/// evening before the night's rules and 0.945 and 0.926 after them, 0.946 and
/// 0.925 on all 3,948; with the three genres written after the last rule,
/// 0.945 and 0.925 on 4,016. The floors stay.
///
/// Late that night it grew by 698 cases in ten more genres (247 evaluation),
/// three held out of every rule. The 4,016 went from 0.945 and 0.925 to 0.945
/// and 0.929 with the round's rules (tracked changes, certificate numbers, data
/// in code blocks); all 4,263 measured 0.943 and 0.926. The floors stay.
///
/// On 2026-12-07 it grew by 208 cases in three genres (66 evaluation), one of
/// them (`config`) held out of every rule. The 4,263 stayed at 0.943 and
/// 0.926 with that day's rules (YAML and configuration files as data, reply
/// chains); all 4,329 measured 0.943 and 0.920. The floors stay.
///
/// With 146 more cases (4,475 evaluation) and that day's rules it measured
/// 0.944 and 0.920; on 2026-12-08, after rules about the structure of lists,
/// answers and asides written from variants of tuning cases, 0.945 and 0.921.
/// The floors stay.
const EVAL_PRECISION_FLOOR: f64 = 0.935;
const EVAL_RECALL_FLOOR: f64 = 0.91;
/// Floors on the tuning set: measured 0.944 and 0.936 on 1,368 cases (365 of
/// them not yet tuned on) on 2026-12-02, then 0.978 and 0.937 after the clause
/// model.
/// Then 0.984 and 0.951, and 0.989 and 0.969 with the subjects work.
/// On the grown tuning set of 2026-12-03 (1,782 cases): 0.975 and 0.925 before
/// that day's work, 0.993 and 0.971 after it. On the tuning set grown that
/// afternoon (2,144 cases): 0.987 and 0.947 before the afternoon's work, 0.992 and
/// 0.977 after it. On the tuning set grown that evening (2,541 cases): 0.989 and
/// 0.956 before the evening's work, 0.996 and 0.981 after it. On the tuning set
/// grown that night (3,319 cases): 0.981 and 0.958 before the night's work,
/// 0.997 and 0.988 after it. On the tuning set grown at 20:00 UTC (3,573
/// cases): 0.996 and 0.984 before that round's work, 0.999 and 0.995 after it;
/// the recall floor rises to 0.985. On the tuning set grown on 2026-12-04
/// (3,946 cases): 0.994 and 0.991 before that day's work, 0.994 and 0.993 after
/// it; then 265 tuning cases held out of that work and never tuned on were added
/// (4,211 cases: 0.991 and 0.986), so the floors sit at 0.985 and 0.98 until a
/// round has been tuned on them. On the tuning set grown on 2026-12-05 (4,569
/// cases): 0.983 and 0.988 before that day's work, 0.998 and 0.993 after it.
/// That evening's 180 new tuning cases measured 0.954 and 0.883 before the
/// evening's work and 0.989 and 0.989 after it; the whole tuning set (4,749
/// cases) 0.998 and 0.993.
/// With the 80 held-out tuning cases of 2026-12-06 (4,829 cases): 0.998 and
/// 0.992. Grown later that day to 6,179 cases: 0.986 and 0.971 before the
/// day's later rules, 0.992 and 0.988 after them.
/// On 2026-12-07 the tuning set grew to 8,139 cases, 49 of them from `config`,
/// a genre held out of every rule (recall 0.656 there, never tuned on): 0.990
/// and 0.978, so the recall floor sits at 0.975 until a round tunes on it.
const TUNING_PRECISION_FLOOR: f64 = 0.985;
const TUNING_RECALL_FLOOR: f64 = 0.975;

pub(super) fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/prose")
}

/// FNV-1a, 32 bits.
fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for b in bytes {
        hash ^= u32::from(*b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// True when the case with this id belongs to the frozen evaluation set.
pub(super) fn in_evaluation_set(id: &str) -> bool {
    fnv1a(id.as_bytes()) % 100 < 35
}

#[derive(Debug)]
pub(super) struct Case {
    pub(super) id: String,
    pub(super) spec: String,
    pub(super) format: String,
    pub(super) text: String,
    pub(super) expected: BTreeSet<(String, String)>,
    origin: String,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The tuning case a variant rewrites: its id without the `v1`/`v2` suffix
/// ("trust-0012v1" rewrites `trust-0012`).
fn variant_base(id: &str) -> &str {
    id.trim_end_matches(|c: char| c.is_ascii_digit())
        .strip_suffix('v')
        .unwrap_or(id)
}

/// The genre of a case: its id up to the last hyphen ("seo-0012" is `seo`).
pub(super) fn genre(id: &str) -> &str {
    id.rsplit_once('-').map_or(id, |(genre, _)| genre)
}

/// The genres held out of every rule, one per line of `held_out.txt`; `#`
/// starts a comment.
pub(super) fn held_out_genres() -> BTreeSet<String> {
    let text = std::fs::read_to_string(fixtures().join("held_out.txt")).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The genre files named by `AIMS_PROSE_GENRES`, when it is set and not empty.
fn only_genres() -> Option<BTreeSet<String>> {
    let names = std::env::var("AIMS_PROSE_GENRES").ok()?;
    let genres: BTreeSet<String> = names
        .split(',')
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .map(str::to_owned)
        .collect();
    (!genres.is_empty()).then_some(genres)
}

/// Reads every case file (or only the genres asked for); malformed lines are
/// returned as problems.
pub(super) fn read_cases(genres: Option<&BTreeSet<String>>) -> (Vec<Case>, Vec<String>) {
    read_case_files(&fixtures().join("cases"), genres)
}

/// Reads every `.tsv` case file of `dir` (or only the genres asked for).
pub(super) fn read_case_files(
    dir: &PathBuf,
    genres: Option<&BTreeSet<String>>,
) -> (Vec<Case>, Vec<String>) {
    let wanted = |p: &PathBuf| {
        genres.is_none_or(|g| {
            p.file_stem()
                .is_some_and(|stem| g.contains(stem.to_string_lossy().as_ref()))
        })
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
                .filter(wanted)
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&file).expect("a readable case file");
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let origin = format!("{name}:{}", n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 5 {
                problems.push(format!("{origin}: {} columns, want 5", cols.len()));
                continue;
            }
            let mut expected = BTreeSet::new();
            if cols[4].trim() != "-" {
                for item in cols[4].split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match item.split_once('@') {
                        Some((code, fw)) => {
                            expected.insert((code.to_owned(), fw.to_owned()));
                        }
                        None => problems.push(format!("{origin}: cannot read {item:?}")),
                    }
                }
            }
            cases.push(Case {
                id: cols[0].trim().to_owned(),
                spec: cols[1].trim().to_owned(),
                format: cols[2].trim().to_owned(),
                text: unescape(cols[3]),
                expected,
                origin,
            });
        }
    }
    (cases, problems)
}

/// The claim diagnostics a case raises, as (code, framework) pairs.
pub(super) type Got = BTreeSet<(String, String)>;

/// One spec's workspace, reused for every case judged against it.
pub(super) struct SpecRun {
    project: Project,
}

const PUBLICATIONS: [(&str, &str); 3] = [
    ("md", "site/case.md"),
    ("html", "site/case.html"),
    ("txt", "site/case.txt"),
];

impl SpecRun {
    pub(super) fn new(spec_text: String) -> SpecRun {
        let mut sources = vec![("spec.aims".to_owned(), spec_text, Origin::Spec)];
        for (_, path) in PUBLICATIONS {
            sources.push((path.to_owned(), String::new(), Origin::Prose));
        }
        let settings = Settings::new(AS_OF.parse().expect("a date"));
        SpecRun {
            project: Project::from_sources(settings, None, sources),
        }
    }

    pub(super) fn run(&mut self, format: &str, text: &str) -> Result<Got, String> {
        let Some(&(_, path)) = PUBLICATIONS.iter().find(|(f, _)| *f == format) else {
            return Err(format!("unknown format {format:?}"));
        };
        for (_, p) in PUBLICATIONS {
            let file = self.project.file(p).expect("the publication file");
            let want = if p == path { text } else { "" };
            if file.text(&self.project.db) != want {
                file.set_text(&mut self.project.db).to(want.to_owned());
            }
        }
        let file = self.project.file(path).expect("the publication file");
        let claims = aims::queries::prose_claims(&self.project.db, file).clone();
        let mut got = BTreeSet::new();
        for d in self.project.diagnostics() {
            let code = d.code.name();
            if !code.starts_with("claim-") || d.location.file != path {
                continue;
            }
            // Claims about the organisation, else mentions of a supplier
            // (judged against the supplier's assurance records).
            let framework = claims
                .iter()
                .find(|c| c.range == d.location.range)
                .map(|c| c.framework.clone())
                .or_else(|| {
                    aims::queries::prose_mentions(&self.project.db, file)
                        .iter()
                        .find(|m| {
                            m.span.start == d.location.range.start as usize
                                && m.span.end == d.location.range.end as usize
                        })
                        .map(|m| m.framework.clone())
                })
                .unwrap_or_else(|| "?".to_owned());
            got.insert((code.to_owned(), framework));
        }
        Ok(got)
    }
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fneg: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fneg)
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

#[derive(Default)]
struct SetScore {
    cases: usize,
    overall: Tally,
    per_code: BTreeMap<String, Tally>,
    failures: Vec<String>,
}

impl SetScore {
    /// Scores one case; a failure is kept for listing only when `keep_failure`.
    fn add(&mut self, case: &Case, got: &Got, keep_failure: bool) {
        self.cases += 1;
        for item in got.union(&case.expected) {
            let (hit, missed, extra) = (
                got.contains(item) && case.expected.contains(item),
                !got.contains(item),
                !case.expected.contains(item),
            );
            for tally in [
                &mut self.overall,
                self.per_code.entry(item.0.clone()).or_default(),
            ] {
                if hit {
                    tally.tp += 1;
                } else if missed {
                    tally.fneg += 1;
                } else if extra {
                    tally.fp += 1;
                }
            }
        }
        if keep_failure && *got != case.expected {
            let show = |set: &Got| {
                if set.is_empty() {
                    "-".to_owned()
                } else {
                    set.iter()
                        .map(|(c, f)| format!("{c}@{f}"))
                        .collect::<Vec<_>>()
                        .join(",")
                }
            };
            self.failures.push(format!(
                "{} ({}, {}, {}): {:?}\n    expected {}  got {}",
                case.id,
                case.origin,
                case.spec,
                case.format,
                case.text,
                show(&case.expected),
                show(got)
            ));
        }
    }

    fn print(&self, name: &str) {
        println!(
            "{name} set: {} cases; precision {:.3}, recall {:.3} (tp {}, fp {}, fn {})",
            self.cases,
            self.overall.precision(),
            self.overall.recall(),
            self.overall.tp,
            self.overall.fp,
            self.overall.fneg
        );
        for (code, t) in &self.per_code {
            println!(
                "  {code:<20} precision {:.3}  recall {:.3}  (tp {}, fp {}, fn {})",
                t.precision(),
                t.recall(),
                t.tp,
                t.fp,
                t.fneg
            );
        }
    }
}

#[test]
fn the_split_rule_is_fnv1a_modulo_100() {
    // Reference values of FNV-1a 32-bit.
    assert_eq!(fnv1a(b""), 0x811c_9dc5);
    assert_eq!(fnv1a(b"a"), 0xe40c_292c);
    assert_eq!(fnv1a(b"foobar"), 0xbf9c_f968);
    let evaluation = (1..=1000)
        .filter(|n| in_evaluation_set(&format!("trust-{n:04}")))
        .count();
    assert!((250..450).contains(&evaluation), "{evaluation}");
}

#[test]
fn prose_corpus_precision_and_recall() {
    let genres = only_genres();
    let (cases, problems) = read_cases(genres.as_ref());
    assert!(
        problems.is_empty(),
        "unreadable cases:\n{}",
        problems.join("\n")
    );
    assert!(
        !cases.is_empty(),
        "no cases under tests/fixtures/prose/cases"
    );
    let ids: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), cases.len(), "case ids must be unique");

    let mut runs: BTreeMap<String, SpecRun> = BTreeMap::new();
    let mut tuning = SetScore::default();
    let mut evaluation = SetScore::default();
    let held_out = held_out_genres();
    let mut held_out_score = SetScore::default();
    let mut errors = Vec::new();
    for case in &cases {
        if !runs.contains_key(&case.spec) {
            let path = fixtures().join("specs").join(format!("{}.aims", case.spec));
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    runs.insert(case.spec.clone(), SpecRun::new(text));
                }
                Err(e) => {
                    errors.push(format!("{}: spec {}: {e}", case.id, case.spec));
                    continue;
                }
            }
        }
        let run = runs.get_mut(&case.spec).expect("loaded above");
        let got = match run.run(&case.format, &case.text) {
            Ok(got) => got,
            Err(e) => {
                errors.push(format!("{}: {e}", case.id));
                continue;
            }
        };
        let listed = !held_out.contains(genre(&case.id));
        if !listed {
            held_out_score.add(case, &got, true);
        }
        if in_evaluation_set(&case.id) {
            evaluation.add(case, &got, true);
        } else {
            tuning.add(case, &got, listed);
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    // The specs themselves must be clean of errors other than the claims, or
    // the corpus would be judged against a broken spec.
    for (name, run) in &runs {
        let spec_errors: Vec<String> = run
            .project
            .diagnostics()
            .into_iter()
            .filter(|d| d.location.file == "spec.aims" && d.code.name() == "syntax-error")
            .map(|d| d.message)
            .collect();
        assert!(spec_errors.is_empty(), "spec {name}: {spec_errors:?}");
    }

    // Variants rewrite tuning cases only, so they are scored on their own and
    // never enter either set: the evaluation figures stay about unseen text.
    let mut variants = SetScore::default();
    if genres.is_none() {
        let (variant_cases, problems) = read_case_files(&fixtures().join("variants"), None);
        assert!(
            problems.is_empty(),
            "unreadable variants:\n{}",
            problems.join("\n")
        );
        let tuning_ids: BTreeMap<&str, &Case> = cases
            .iter()
            .filter(|c| !in_evaluation_set(&c.id) && !held_out.contains(genre(&c.id)))
            .map(|c| (c.id.as_str(), c))
            .collect();
        for case in &variant_cases {
            let base = tuning_ids.get(variant_base(&case.id));
            assert!(
                base.is_some_and(|b| b.spec == case.spec && b.expected == case.expected),
                "{}: a variant must rewrite a tuning case outside the held-out genres, with its spec and label",
                case.id
            );
            let run = runs
                .get_mut(&case.spec)
                .expect("every spec has a tuning case");
            match run.run(&case.format, &case.text) {
                Ok(got) => variants.add(case, &got, true),
                Err(e) => errors.push(format!("{}: {e}", case.id)),
            }
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    tuning.print("tuning");
    evaluation.print("evaluation");
    if held_out_score.cases > 0 {
        let names: Vec<&str> = held_out.iter().map(String::as_str).collect();
        held_out_score.print(&format!("held-out ({})", names.join(", ")));
    }
    if !tuning.failures.is_empty() {
        println!("\ntuning-set failures ({}):", tuning.failures.len());
        for f in &tuning.failures {
            println!("{f}");
        }
    }
    if variants.cases > 0 {
        println!();
        variants.print("variants of tuning cases");
        println!("\nvariant failures ({}):", variants.failures.len());
        for f in &variants.failures {
            println!("{f}");
        }
    }
    if std::env::var("AIMS_PROSE_SHOW_EVAL").is_ok_and(|v| v == "1") {
        println!("\nevaluation-set failures ({}):", evaluation.failures.len());
        for f in &evaluation.failures {
            println!("{f}");
        }
    } else {
        println!(
            "\n{} evaluation-set failures hidden (AIMS_PROSE_SHOW_EVAL=1 shows them; never tune on them)",
            evaluation.failures.len()
        );
    }
    if !held_out_score.failures.is_empty() {
        println!(
            "{} failures in held-out genres hidden in both sets (held_out.txt)",
            held_out_score.failures.len()
        );
    }
    if let Some(genres) = &genres {
        let names: Vec<&str> = genres.iter().map(String::as_str).collect();
        println!(
            "measured only the genres {} (AIMS_PROSE_GENRES): the floors are not applied",
            names.join(", ")
        );
        return;
    }
    let (tp, ep, tr, er) = (
        tuning.overall.precision(),
        evaluation.overall.precision(),
        tuning.overall.recall(),
        evaluation.overall.recall(),
    );
    assert!(
        ep >= EVAL_PRECISION_FLOOR && er >= EVAL_RECALL_FLOOR,
        "evaluation precision {ep:.3} / recall {er:.3} below the floor {EVAL_PRECISION_FLOOR} / {EVAL_RECALL_FLOOR}"
    );
    assert!(
        tp >= TUNING_PRECISION_FLOOR && tr >= TUNING_RECALL_FLOOR,
        "tuning precision {tp:.3} / recall {tr:.3} below the floor {TUNING_PRECISION_FLOOR} / {TUNING_RECALL_FLOOR}"
    );
}
