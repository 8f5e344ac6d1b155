//! The status badges in a real browser: headless Chromium (Debian's `chromium`)
//! loads a page showing the acme badges and one badge in every standing as images,
//! the test checks that each decoded at its declared size, and it takes the
//! screenshot kept at `docs/badges.png` (rewritten with `AIMS_UPDATE_DOCS=1`).
//!
//! CI installs Chromium and the test fails there without it; elsewhere, where no
//! browser is found, the test prints why and passes.

use std::path::Path;
use std::process::Command;

use aims::config::Settings;
use aims::db::Origin;
use aims::publish::badge::{Badge, badges};

use crate::support;
use crate::support::browser::chromium_or_skip;

fn run(browser: &Path, page: &Path, extra: &[String]) -> (String, String) {
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
            "--hide-scrollbars",
            "--allow-file-access-from-files",
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
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Badges in every standing, from a spec written for the purpose.
fn every_standing() -> Vec<Badge> {
    let spec = r#"organisation demo "Demo Ltd" { scope: [] }
certification ce { framework: cyber_essentials, status: achieved, certificate: "CE-1", body: "IASME", issued: 2026-03-01, expires: 2027-02-28 }
certification plus { framework: cyber_essentials_plus, status: in_progress, since: 2026-10-01, target: 2027-03 }
certification isms { framework: iso27001, status: planned, target: 2027-Q4 }
certification aims_cert { framework: iso42001, status: lapsed, expires: 2026-06-30 }
attestation soc { framework: soc2, status: achieved, type: type2, report_date: 2026-08-15, auditor: "Audit LLP" }
"#;
    let project = aims::Project::from_sources(
        Settings::new(jiff::civil::date(2026, 11, 28)),
        None,
        vec![("spec.aims".into(), spec.into(), Origin::Spec)],
    );
    badges(&aims::publish::build_statement(&project))
}

fn acme() -> Vec<Badge> {
    let root = support::paths::repo("examples/acme");
    let date = jiff::civil::date(2026, 11, 28);
    let project = aims::Project::load(&root, None, date).unwrap();
    badges(&aims::publish::build_statement(&project))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

#[test]
fn badges_render_in_chromium_at_their_size() {
    let Some(browser) = chromium_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut rows = String::new();
    let mut expected = Vec::new();
    for (caption, set) in [
        ("examples/acme", acme()),
        ("every standing", every_standing()),
    ] {
        rows.push_str(&format!("<h2>{caption}</h2>\n<p>"));
        for badge in &set {
            let name = format!("{}-{}", caption.replace(['/', ' '], "-"), badge.file_name);
            std::fs::write(dir.path().join(&name), &badge.svg).unwrap();
            let width: u32 = badge
                .svg
                .split("width=\"")
                .nth(1)
                .and_then(|w| w.split('"').next())
                .and_then(|w| w.parse().ok())
                .unwrap();
            expected.push(format!("{width}x20"));
            rows.push_str(&format!(
                "<img src=\"{name}\" alt=\"{}\"> ",
                escape(&badge.title)
            ));
        }
        rows.push_str("</p>\n");
    }
    assert_eq!(expected.len(), 4 + 5);
    let page = dir.path().join("badges.html");
    std::fs::write(
        &page,
        format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>loading</title>\
             <style>body {{ font: 14px sans-serif; margin: 16px; background: #fff; }} h2 {{ font-size: 14px; margin: 12px 0 6px; color: #59636e; }} img {{ margin: 0 6px 6px 0; }}</style>\
             <script>addEventListener('load', () => {{ document.title = [...document.images].map(i => i.complete ? i.naturalWidth + 'x' + i.naturalHeight : 'broken').join(' '); }});</script>\
             </head><body>\n{rows}</body></html>"
        ),
    )
    .unwrap();
    let (dom, log) = run(&browser, &page, &["--dump-dom".to_owned()]);
    let title = dom
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .unwrap_or_default();
    assert_eq!(title, expected.join(" "), "images did not decode:\n{log}");

    let shot = dir.path().join("badges.png");
    run(
        &browser,
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1180,210".to_owned(),
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 2_000,
        "the screenshot is empty"
    );
    if std::env::var_os("AIMS_UPDATE_DOCS").is_some() {
        std::fs::write(support::paths::repo("docs/badges.png"), &png).unwrap();
    }
}
