//! Finding the headless browser that the browser tests drive.
//!
//! CI installs Debian's `chromium` and a test fails there without it; elsewhere, where
//! no browser is found, a test says why and passes.

use std::path::PathBuf;

/// `AIMS_CHROMIUM`, or the first Chromium or Chrome on `PATH`.
pub fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("AIMS_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// The browser to test with; without one, fails in CI and says why it skips elsewhere.
pub fn chromium_or_skip() -> Option<PathBuf> {
    let browser = chromium();
    if browser.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have Chromium: .ci/run installs Debian's `chromium`"
        );
        println!(
            "SKIPPED: no Chromium found (install Debian's `chromium` or set AIMS_CHROMIUM); CI installs it"
        );
    }
    browser
}
