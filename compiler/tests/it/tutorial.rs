//! The tutorial in `docs/tutorial.md` works as written: its `sh` blocks are run with
//! the built `aims`, in order, in a fresh folder, and its file blocks
//! (```` ```aims file=PATH ````) are written where they say, when they come. A command
//! must succeed unless its line says `# exits N`.

use crate::support;

use support::paths::repo;

/// A step of the tutorial.
enum Step {
    Write { path: String, text: String },
    Run { line: String, exit: i32 },
}

fn steps(text: &str) -> Vec<Step> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(info) = line.strip_prefix("```") else {
            continue;
        };
        let body: Vec<&str> = lines
            .by_ref()
            .take_while(|l| !l.starts_with("```"))
            .collect();
        if info == "sh" {
            for command in body.iter().filter(|l| !l.trim().is_empty()) {
                let (line, exit) = match command.split_once('#') {
                    Some((line, comment)) => {
                        let exit = comment
                            .trim()
                            .strip_prefix("exits ")
                            .and_then(|n| n.split(':').next())
                            .and_then(|n| n.trim().parse().ok())
                            .unwrap_or(0);
                        (line.trim().to_owned(), exit)
                    }
                    None => (command.trim().to_owned(), 0),
                };
                out.push(Step::Run { line, exit });
            }
        } else if let Some(path) = info
            .split_whitespace()
            .find_map(|w| w.strip_prefix("file="))
        {
            out.push(Step::Write {
                path: path.to_owned(),
                text: body.join("\n") + "\n",
            });
        }
    }
    out
}

/// Splits a command line into words, honouring double quotes.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            ' ' if !quoted => {
                if any {
                    out.push(std::mem::take(&mut current));
                    any = false;
                }
            }
            c => {
                current.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(current);
    }
    out
}

#[test]
fn every_command_of_the_tutorial_works_as_written() {
    let tutorial = std::fs::read_to_string(repo("docs/tutorial.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // `examples/meridian` as the tutorial names it, from the repository.
    std::os::unix::fs::symlink(repo("examples"), dir.path().join("examples")).unwrap();
    let steps = steps(&tutorial);
    let mut commands = 0;
    for step in steps {
        match step {
            Step::Write { path, text } => {
                let path = dir.path().join(path);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            }
            Step::Run { line, exit } => {
                let words = words(&line);
                assert_eq!(words[0], "aims", "{line}");
                let output = std::process::Command::new(env!("CARGO_BIN_EXE_aims"))
                    .args(&words[1..])
                    .current_dir(dir.path())
                    .env("NO_COLOR", "1")
                    .output()
                    .unwrap();
                assert_eq!(
                    output.status.code(),
                    Some(exit),
                    "`{line}` printed\n{}{}",
                    String::from_utf8_lossy(&output.stdout),
                    String::from_utf8_lossy(&output.stderr)
                );
                commands += 1;
            }
        }
    }
    assert!(commands >= 10, "{commands}");
    // What the tutorial promises: a coverage report and a clean, honest workspace.
    let report = std::fs::read_to_string(dir.path().join("governance/coverage.md")).unwrap();
    assert!(
        report.contains("Not certified: certification is planned."),
        "{report}"
    );
    assert!(dir.path().join("governance/report.html").exists());
}

#[test]
fn the_meridian_example_is_clean_and_shows_an_achieved_certification() {
    let root = repo("examples/meridian");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_aims"))
            .args(args)
            .output()
            .unwrap()
    };
    let check = run(&["check", root.to_str().unwrap(), "--format", "json"]);
    assert!(check.status.success());
    let check: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(check["diagnostics"], serde_json::json!([]), "{check:#}");
    let report = run(&["report", root.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let achieved: Vec<&serde_json::Value> = report["certifications"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "achieved")
        .collect();
    assert_eq!(achieved.len(), 1, "{report:#}");
    assert_eq!(achieved[0]["framework"], "cyber_essentials");
    assert!(
        run(&["fmt", "--check", root.to_str().unwrap()])
            .status
            .success()
    );
}
