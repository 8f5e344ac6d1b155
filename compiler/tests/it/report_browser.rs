//! The HTML report in a real browser: headless Chromium (Debian's `chromium`) loads
//! the report of a fixture workspace whose titles carry a `<script>` payload, and
//! the test checks that the page renders every section, that the payload shows as
//! text and never runs (it would set `document.title`), and that the console stays
//! clean. A control page proves the console check can fail.
//!
//! CI installs Chromium and the test fails there without it; elsewhere, where no
//! browser is found, the test prints why and passes.

use std::path::Path;
use std::process::Command;

use crate::support;
use crate::support::browser::chromium_or_skip;

struct Run {
    dom: String,
    stderr: String,
}

/// Loads `page` in headless Chromium, with `extra` flags, and returns the DOM after
/// scripts would have run, and the browser's log.
fn run(browser: &Path, page: &Path, extra: &[String]) -> Run {
    let profile = tempfile::tempdir().unwrap();
    let output = Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium starts");
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Run {
        dom: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Console messages and uncaught errors in Chromium's log.
fn console_errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect()
}

#[test]
fn html_report_renders_in_chromium_without_running_injected_scripts() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let root = support::paths::repo("tests/fixtures/workspaces/report");
    let date = jiff::civil::date(2026, 11, 28);
    let project = aims::Project::load(&root, Some(date), date).unwrap();
    let html = aims::report::html::render(&aims::report::build_report(&project)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, &html).unwrap();

    let result = run(&browser, &page, &["--dump-dom".to_owned()]);
    let dom = &result.dom;
    assert!(
        dom.contains("<title>Demo &lt;script&gt;document.title='pwned'&lt;/script&gt; Ltd — AI management system report, 2026-11-28</title>"),
        "the page title changed, so the payload ran or the title is wrong:\n{}",
        &dom[..dom.len().min(1500)]
    );
    assert!(!dom.contains("<title>pwned</title>"));
    assert!(!dom.contains("<script"), "a script element reached the DOM");
    assert!(
        dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "the payload should show as text"
    );
    for section in [
        "certifications",
        "coverage",
        "soa",
        "risks",
        "evidence",
        "systems",
        "diagnostics",
    ] {
        assert!(
            dom.contains(&format!("<section id=\"{section}\">")),
            "section {section} is missing from the DOM"
        );
    }
    assert!(dom.contains("Statement of Applicability") && dom.contains("Risk register"));
    let errors = console_errors(&result.stderr);
    assert!(errors.is_empty(), "console errors: {errors:#?}");

    let shot = dir.path().join("report.png");
    run(
        &browser,
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1280,1600".to_owned(),
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "the screenshot is empty"
    );
}

#[test]
fn the_console_check_sees_errors() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("control.html");
    std::fs::write(&page, "<!DOCTYPE html><title>t</title><script>document.title = 'ran'; console.error('boom'); undefinedFunction();</script>").unwrap();
    let result = run(&browser, &page, &["--dump-dom".to_owned()]);
    assert!(
        result.dom.contains("<title>ran</title>"),
        "scripts should run on the control page"
    );
    assert!(
        !console_errors(&result.stderr).is_empty(),
        "the console check missed errors:\n{}",
        result.stderr
    );
}
