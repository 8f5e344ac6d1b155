//! `aims-bench`: every figure of `BENCHMARKS.md` in one run.
//!
//! It builds the `aims` and `aims-lsp` binaries with its own profile, generates
//! workspaces (2k, 20k, 100k and 300k lines; 3k, 10k and 30k controls), and measures
//! the real binaries: `aims check` and `aims report` in every format, peak memory,
//! the floor of parsing the same declarations as JSON, incremental re-checks, and the
//! language server over stdio (edit → diagnostics, hover, completion, memory after
//! 1,000 edits). `--smoke` runs everything on small sizes in a few seconds.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use aims_bench::generate::{Generated, Shape, generate};
use aims_bench::lsp::{Server, file_uri};
use aims_bench::measure::{Repeat, median_cpu_of, median_run, memory_of, percentile, thread_cpu};
use aims_bench::publication::generate_page;
use serde_json::json;

struct Options {
    smoke: bool,
    keep: bool,
    /// The parts to run (`PARTS`); all when empty.
    only: Vec<String>,
}

/// The parts of the run `--only` may name. `check` is the first table without its
/// report columns, at the two sizes the floor target names (100k and 300k lines).
const PARTS: [&str; 6] = [
    "sizes",
    "check",
    "controls",
    "publications",
    "incremental",
    "lsp",
];

impl Options {
    fn runs(&self, part: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|p| p == part)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!(
            "aims-bench [--smoke] [--keep] [--only PART,...]\n  --smoke  small sizes, a few seconds (CI)\n  --keep   keep the generated workspaces\n  --only   run only these parts: {}",
            PARTS.join(", ")
        );
        return;
    }
    let mut only: Vec<String> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(|list| list.split(',').map(str::to_owned).collect())
        .unwrap_or_default();
    // `--check-only` is the older spelling of `--only check`.
    if args.iter().any(|a| a == "--check-only") {
        only.push("check".into());
    }
    if let Some(unknown) = only.iter().find(|p| !PARTS.contains(&p.as_str())) {
        eprintln!(
            "aims-bench: unknown part `{unknown}`; the parts are {}",
            PARTS.join(", ")
        );
        std::process::exit(2);
    }
    let options = Options {
        smoke: args.iter().any(|a| a == "--smoke"),
        keep: args.iter().any(|a| a == "--keep"),
        only,
    };
    if let Err(message) = run(&options) {
        eprintln!("aims-bench: {message}");
        std::process::exit(2);
    }
}

fn run(options: &Options) -> Result<(), String> {
    let (aims, lsp) = build_binaries()?;
    let scratch = std::env::temp_dir().join(format!("aims-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;
    println!(
        "# aims-bench{}",
        if options.smoke { " (smoke)" } else { "" }
    );
    println!();
    println!(
        "binaries: {}",
        aims.parent()
            .map_or(String::new(), |p| p.display().to_string())
    );
    println!("machine: {}", machine());
    println!();

    // Only the check against the floor: no reports, at the sizes the target names.
    let check_only = !options.runs("sizes") && options.runs("check");
    let sizes: &[usize] = if options.smoke {
        &[2_000]
    } else if check_only {
        &[100_000, 300_000]
    } else {
        &[2_000, 20_000, 100_000, 300_000]
    };
    let controls: &[usize] = if options.smoke {
        &[300]
    } else {
        &[3_000, 10_000, 30_000]
    };
    // At least `min` runs of each command, more of the short ones (`Repeat`).
    let repeat = |min: usize| {
        if options.smoke {
            Repeat::ONCE
        } else {
            Repeat::at_least(min)
        }
    };

    let measure_sizes = options.runs("sizes") || check_only;
    if measure_sizes {
        println!("## Check, floor and reports by size");
        println!();
        println!("CPU seconds (user + system), wall seconds in brackets; medians.");
        println!();
        println!(
            "| lines | files | MiB src | check s | M lines/s | peak MiB | peak B/B | serde_json s | check/serde | jq s | check/jq | json s | html s | md s | csv s | xlsx s | oscal s | worst report/check |"
        );
        println!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    }
    let mut incremental_dir = None;
    for &lines in sizes {
        // The incremental and server figures are taken on the 100k-line workspace.
        let for_incremental = (options.runs("incremental") || options.runs("lsp"))
            && (lines == 100_000 || (options.smoke && incremental_dir.is_none()));
        if !measure_sizes && !for_incremental {
            continue;
        }
        let dir = scratch.join(format!("lines-{lines}"));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let generated = generate(&dir, Shape::lines(lines)).map_err(|e| e.to_string())?;
        if for_incremental {
            incremental_dir = Some((dir.clone(), generated.clone()));
        }
        if !measure_sizes {
            continue;
        }
        let json_path = scratch.join(format!("lines-{lines}.json"));
        std::fs::write(&json_path, &generated.json).map_err(|e| e.to_string())?;
        let times = repeat(if lines >= 200_000 { 3 } else { 5 });
        let check = median_run(&aims, &["check", "--format", "json"], &dir, times);
        if !check.success {
            return Err(format!("`aims check` failed on {}", dir.display()));
        }
        let serde = median_cpu_of(times.min, || {
            let value: serde_json::Value =
                serde_json::from_str(&generated.json).expect("generated JSON parses");
            std::hint::black_box(value);
        });
        let jq = jq_time(&json_path, times);
        let mut reports = Vec::new();
        let formats: &[&str] = if check_only {
            &[]
        } else {
            &["json", "html", "markdown", "csv", "xlsx"]
        };
        for &format in formats {
            let out = scratch.join(format!("report.{format}"));
            let out = out.to_string_lossy().into_owned();
            let run = median_run(
                &aims,
                &["report", "--format", format, "--out", &out],
                &dir,
                if format == "json" { times } else { repeat(3) },
            );
            reports.push(run);
        }
        if !check_only {
            let oscal_out = scratch.join("oscal.json").to_string_lossy().into_owned();
            let oscal = median_run(
                &aims,
                &["export", "oscal", "--out", &oscal_out],
                &dir,
                repeat(3),
            );
            reports.push(oscal);
        }
        let worst = reports.iter().map(|r| r.cpu).fold(0.0, f64::max);
        let peak = check.peak_kib.map(|k| k as f64 * 1024.0);
        println!(
            "| {} | {} | {:.1} | {:.3} ({:.2}) | {:.2} | {} | {} | {:.3} | {:.1}× | {} | {} | {} | {} |",
            generated.lines,
            generated.files,
            generated.bytes as f64 / 1048576.0,
            check.cpu,
            check.seconds,
            generated.lines as f64 / check.cpu / 1e6,
            peak.map_or("n/a".into(), |p| format!("{:.0}", p / 1048576.0)),
            peak.map_or("n/a".into(), |p| format!(
                "{:.0}",
                p / generated.bytes as f64
            )),
            serde,
            check.cpu / serde,
            jq.map_or("n/a".into(), |j| format!("{j:.3}")),
            jq.map_or("n/a".into(), |j| format!("{:.1}×", check.cpu / j)),
            if check_only {
                ["–"; 6].join(" | ")
            } else {
                reports
                    .iter()
                    .map(|r| format!("{:.3} ({:.2})", r.cpu, r.seconds))
                    .collect::<Vec<_>>()
                    .join(" | ")
            },
            if check_only {
                "–".to_owned()
            } else {
                format!("{:.2}×", worst / check.cpu)
            },
        );
    }
    if measure_sizes {
        println!();
    }

    let measure_controls = options.runs("controls");
    if measure_controls {
        println!("## Reports on N controls × 3 requirements (one evidence each)");
        println!();
        println!("CPU seconds, wall seconds in brackets; medians.");
        println!();
        println!(
            "| controls | lines | check s | check peak MiB | report json s | report html s | report/check (worst) |"
        );
        println!("|---|---|---|---|---|---|---|");
    }
    for &n in controls.iter().filter(|_| measure_controls) {
        let dir = scratch.join(format!("controls-{n}"));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let generated = generate(&dir, Shape::controls(n, 3)).map_err(|e| e.to_string())?;
        let times = repeat(3);
        let check = median_run(&aims, &["check", "--format", "json"], &dir, times);
        let out = scratch.join("r.json").to_string_lossy().into_owned();
        let json = median_run(
            &aims,
            &["report", "--format", "json", "--out", &out],
            &dir,
            times,
        );
        let out = scratch.join("r.html").to_string_lossy().into_owned();
        let html = median_run(
            &aims,
            &["report", "--format", "html", "--out", &out],
            &dir,
            times,
        );
        println!(
            "| {n} | {} | {:.3} ({:.2}) | {} | {:.3} ({:.2}) | {:.3} ({:.2}) | {:.2}× |",
            generated.lines,
            check.cpu,
            check.seconds,
            check
                .peak_kib
                .map_or("n/a".into(), |k| format!("{:.0}", k as f64 / 1024.0)),
            json.cpu,
            json.seconds,
            html.cpu,
            html.seconds,
            json.cpu.max(html.cpu) / check.cpu,
        );
        if !options.keep {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    if measure_controls {
        println!();
    }

    if options.runs("publications") {
        publications(&aims, &scratch, options)?;
    }

    if options.runs("incremental") || options.runs("lsp") {
        let Some((dir, generated)) = incremental_dir else {
            return Err("no workspace for the incremental figures".into());
        };
        if options.runs("incremental") {
            incremental(&dir, &generated, options)?;
        }
        if options.runs("lsp") {
            language_server(&lsp, &dir, &generated, options)?;
        }
    }
    if !options.keep {
        let _ = std::fs::remove_dir_all(&scratch);
    } else {
        println!("workspaces kept in {}", scratch.display());
    }
    Ok(())
}

/// `aims check` on one generated trust page of growing size: the prose check's cost
/// per megabyte should not grow with the page.
fn publications(aims: &Path, scratch: &Path, options: &Options) -> Result<(), String> {
    let sizes: &[usize] = if options.smoke {
        &[10_000, 100_000]
    } else {
        &[100_000, 1_000_000, 10_000_000]
    };
    println!("## A long trust page (one HTML publication, every claim honest)");
    println!();
    println!(
        "CPU seconds, wall seconds in brackets; medians. \"s/MB vs first\" is the cost per megabyte against the smallest page's: 1.0 is linear."
    );
    println!();
    println!("| page KB | sections | check s | MB/s | s/MB | s/MB vs first | peak MiB |");
    println!("|---|---|---|---|---|---|---|");
    let mut first_per_mb = None;
    for &bytes in sizes {
        let dir = scratch.join(format!("page-{bytes}"));
        let page = generate_page(&dir, bytes).map_err(|e| e.to_string())?;
        let times = if options.smoke {
            Repeat::ONCE
        } else {
            Repeat::at_least(3)
        };
        let check = median_run(aims, &["check", "--format", "json"], &dir, times);
        if !check.success {
            return Err(format!("`aims check` failed on {}", dir.display()));
        }
        let megabytes = page.bytes as f64 / 1e6;
        let per_mb = check.cpu / megabytes;
        let first = *first_per_mb.get_or_insert(per_mb);
        println!(
            "| {:.0} | {} | {:.3} ({:.2}) | {:.2} | {:.3} | {:.2} | {} |",
            page.bytes as f64 / 1e3,
            page.sections,
            check.cpu,
            check.seconds,
            megabytes / check.cpu,
            per_mb,
            per_mb / first,
            check
                .peak_kib
                .map_or("n/a".into(), |k| format!("{:.0}", k as f64 / 1024.0)),
        );
        if !options.keep {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    println!();
    Ok(())
}

/// Builds `aims` and `aims-lsp` with this binary's profile; their paths.
fn build_binaries() -> Result<(PathBuf, PathBuf), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir = exe
        .parent()
        .ok_or("no folder for the binaries")?
        .to_path_buf();
    let release = dir.file_name().is_some_and(|n| n == "release");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    // The whole workspace, as `cargo test --workspace` and CI build it, so that features
    // unify alike and nothing is rebuilt when the binaries are up to date.
    command.args(["build", "--bins", "--workspace"]);
    if release {
        command.arg("--release");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building `aims` and `aims-lsp` failed".into());
    }
    Ok((dir.join("aims"), dir.join("aims-lsp")))
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|t| t.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default();
    format!("{cpu}, {cores} cores, load average {load} at start")
}

fn jq_time(json: &Path, times: Repeat) -> Option<f64> {
    let jq = ["/usr/bin/jq", "/usr/local/bin/jq"]
        .into_iter()
        .map(Path::new)
        .find(|p| p.exists())?;
    let path = json.to_string_lossy().into_owned();
    let run = median_run(jq, &["empty", &path], Path::new("."), times);
    run.success.then_some(run.cpu)
}

/// Re-check cost after edits, in process, through `AnalysisHost` (what the server uses).
fn incremental(dir: &Path, generated: &Generated, options: &Options) -> Result<(), String> {
    use aims::analysis::AnalysisHost;
    use aims::db::Origin;
    let today = jiff::civil::date(2026, 11, 28);
    let path = generated.sample_file.clone();
    let original = std::fs::read_to_string(dir.join(&path)).map_err(|e| e.to_string())?;
    let load = || -> Result<AnalysisHost, String> {
        let project = aims::workspace::Project::load(dir, None, today).map_err(|e| e.0)?;
        Ok(AnalysisHost::from_project(project))
    };
    let mut host = load()?;
    // CPU time, like the edits below, so that the ratios hold on a shared machine.
    let cold = cpu_time(|| host.snapshot().diagnostics().is_ok())?;
    let rounds = if options.smoke { 3 } else { 41 };
    let string_edit = |n: usize| {
        original.replacen(
            "\"Control ",
            &format!("\"Control{} ", "x".repeat(n % 3 + 1)),
            1,
        )
    };
    // The thread's CPU time advances by scheduler ticks (4 ms here), which is the
    // size of one edit's cost: each kind of edit is timed as one run of all its
    // rounds, and the mean is given.
    let string = cpu_time(|| {
        (0..rounds).all(|n| {
            host.set_file_text(&path, &string_edit(n), Origin::Spec);
            host.snapshot().diagnostics().is_ok()
        })
    })? / rounds as f64;
    let satisfies_edit = |n: usize| {
        original.replacen(
            "satisfies: [",
            if n.is_multiple_of(2) {
                "satisfies: [iso42001.4.1, "
            } else {
                "satisfies: [iso42001.4.2, "
            },
            1,
        )
    };
    let satisfies = cpu_time(|| {
        (0..rounds).all(|n| {
            host.set_file_text(&path, &satisfies_edit(n), Origin::Spec);
            host.snapshot().diagnostics().is_ok()
        })
    })? / rounds as f64;
    println!(
        "## Incremental re-check ({} lines, in process)",
        generated.lines
    );
    println!();
    println!("| cold check s | string edit s | string/cold | satisfies edit s | satisfies/cold |");
    println!("|---|---|---|---|---|");
    println!(
        "| {cold:.3} | {string:.4} | {:.3} | {satisfies:.4} | {:.3} |",
        string / cold,
        satisfies / cold
    );
    println!();
    Ok(())
}

/// The CPU time `f` takes on this thread (wall time where that is not available);
/// an error if `f` says it was cancelled.
fn cpu_time(f: impl FnOnce() -> bool) -> Result<f64, String> {
    let (wall, before) = (Instant::now(), thread_cpu());
    let ok = f();
    let spent = match (before, thread_cpu()) {
        (Some(a), Some(b)) => b - a,
        _ => wall.elapsed().as_secs_f64(),
    };
    if ok {
        Ok(spent)
    } else {
        Err("a query was cancelled".into())
    }
}

/// The real server over stdio: edit → diagnostics of the edited file, hover and
/// completion after edits, memory after opening and after 1,000 edits.
fn language_server(
    binary: &Path,
    dir: &Path,
    generated: &Generated,
    options: &Options,
) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    let root = dir.canonicalize().map_err(|e| e.to_string())?;
    let path = root.join(&generated.sample_file);
    let uri = file_uri(&path);
    let original = std::fs::read_to_string(&path).map_err(io)?;
    let start = Instant::now();
    let mut server = Server::start(binary, &root).map_err(io)?;
    server
        .notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "aims", "version": 0, "text": original}}),
        )
        .map_err(io)?;
    let long = Duration::from_secs(600);
    server.diagnostics_of(&uri, Some(0), long).map_err(io)?;
    let first = start.elapsed().as_secs_f64();
    // Let the first whole-workspace run finish before measuring memory.
    std::thread::sleep(Duration::from_millis(if options.smoke {
        200
    } else {
        1500
    }));
    let after_open = memory_of(server.pid()).ok_or("cannot read the server's memory")?;

    // One-character edits inside a string, each waited for. Every 25th edit comes
    // after a pause long enough for the whole-workspace run to start, so the figures
    // include edits that must cancel (or wait for) a run in flight.
    let edits = if options.smoke { 20 } else { 1000 };
    let anchor = original.find("\"Control ").ok_or("no control title")? + 1;
    let mut latencies = Vec::new();
    for version in 1..=edits as i64 {
        let mut text = original.clone();
        if version % 2 == 1 {
            text.insert(anchor, 'x');
        }
        if version % 25 == 0 {
            std::thread::sleep(Duration::from_millis(300));
        }
        server.drain();
        let sent = Instant::now();
        server
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version},
                       "contentChanges": [{"text": text}]}),
            )
            .map_err(io)?;
        let (at, _) = server
            .diagnostics_of(&uri, Some(version), long)
            .map_err(io)?;
        latencies.push(at.duration_since(sent).as_secs_f64() * 1000.0);
    }
    // Let the last whole-workspace run finish.
    std::thread::sleep(Duration::from_millis(if options.smoke {
        200
    } else {
        1500
    }));
    let after_edits = memory_of(server.pid()).ok_or("cannot read the server's memory")?;

    // Hover on an evidence reference and completion inside `satisfies: [`.
    let position = |needle: &str, shift: usize| -> Option<serde_json::Value> {
        let offset = original.find(needle)? + shift;
        let line = original[..offset].matches('\n').count();
        let column = offset - original[..offset].rfind('\n').map_or(0, |i| i + 1);
        Some(json!({"line": line, "character": column}))
    };
    let hover_at = position("evidence: [e", 11).ok_or("no evidence reference")?;
    let complete_at = position("satisfies: [", 12).ok_or("no satisfies list")?;
    let rounds = if options.smoke { 5 } else { 50 };
    let mut hovers = Vec::new();
    let mut completions = Vec::new();
    for _ in 0..rounds {
        for (method, at, samples) in [
            ("textDocument/hover", &hover_at, &mut hovers),
            ("textDocument/completion", &complete_at, &mut completions),
        ] {
            let sent = Instant::now();
            let id = server
                .request(
                    method,
                    json!({"textDocument": {"uri": uri}, "position": at}),
                )
                .map_err(io)?;
            let (at, response) = server.response(id, long).map_err(io)?;
            if response.get("error").is_some() {
                return Err(format!("{method} failed: {response}"));
            }
            samples.push(at.duration_since(sent).as_secs_f64() * 1000.0);
        }
    }
    server.stop();

    let mib = |kib: u64| kib as f64 / 1024.0;
    println!(
        "## Language server ({} lines, real `aims-lsp` over stdio)",
        generated.lines
    );
    println!();
    println!(
        "| open → first diagnostics s | edit → own diagnostics p50 ms | p95 ms | hover p95 ms | completion p95 ms | RSS after open MiB | RSS after {edits} edits MiB | growth | peak (HWM) MiB | RSS B/B of source |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {first:.3} | {:.1} | {:.1} | {:.1} | {:.1} | {:.0} | {:.0} | {:.2}× | {:.0} | {:.0} |",
        percentile(&mut latencies, 50.0),
        percentile(&mut latencies, 95.0),
        percentile(&mut hovers, 95.0),
        percentile(&mut completions, 95.0),
        mib(after_open.0),
        mib(after_edits.0),
        after_edits.0 as f64 / after_open.0 as f64,
        mib(after_edits.1),
        after_edits.0 as f64 * 1024.0 / generated.bytes as f64,
    );
    println!();
    Ok(())
}
