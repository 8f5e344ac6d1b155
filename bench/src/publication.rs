//! A generated trust page of a chosen size, for measuring how the prose check scales
//! with the length of a publication.
//!
//! Long pages are where a per-paragraph cost that should be per-page shows: a check
//! that derived the spec's framework names again for every paragraph took minutes on
//! a 10 MB page. The page repeats one section of a real-looking trust centre
//! (headings, paragraphs, a list of certificates, a question with its answer and a
//! table row) with numbered variations, and every claim in it is honest against the
//! spec below, so the check reads every sentence and raises no claim diagnostic.

use std::fmt::Write as _;
use std::path::Path;

/// The spec the page is judged against (as of `AS_OF`): ISO/IEC 27001 and Cyber
/// Essentials achieved, ISO/IEC 42001 in progress.
const SPEC: &str = r#"/// Harbour Data runs managed data platforms.
organisation harbour "Harbour Data plc" {
  trading_as: ["Harbour"]
  jurisdiction: UK
  risk_appetite: low
}

role ciso "Chief Information Security Officer" {
  holder: "Graham Ellis"
}

certification isms "ISO/IEC 27001" {
  framework: iso27001
  status: achieved
  certificate: "HD-27K-2024-118"
  body: "LRQA"
  accreditation: UKAS
  issued: 2024-09-01
  expires: 2027-08-31
  last_audit: 2026-08-25
}

certification ce "Cyber Essentials" {
  framework: cyber_essentials
  status: achieved
  certificate: "IASME-CE-031415"
  body: "IASME"
  issued: 2026-06-21
  expires: 2027-06-20
}

certification aims_cert "ISO/IEC 42001" {
  framework: iso42001
  status: in_progress
  since: 2026-10-01
  target: 2027-06
  owner: ciso
}

publication trust "Trust centre" {
  file: "site/trust.html"
}
"#;

/// The as-of date the page's claims are honest on.
pub const AS_OF: &str = "2026-12-01";

/// One section of the page; `{n}` is replaced by the section's number.
const SECTION: &str = "<h2>Security update {n}</h2>
<p>Harbour Data holds ISO/IEC 27001 certification, issued by LRQA and valid to 31 August 2027.</p>
<p>Our security team reviews access to production every quarter and logs every change ({n}).</p>
<p>We are working towards ISO/IEC 42001 certification and expect our Stage 2 audit in 2027.</p>
<ul>
<li>ISO/IEC 27001 &#8212; certified</li>
<li>Cyber Essentials &#8212; certified</li>
<li>ISO/IEC 42001 &#8212; in progress</li>
</ul>
<p><b>Do you hold Cyber Essentials?</b></p>
<p>Yes. Our certificate number is IASME-CE-031415.</p>
<table><tr><th>Control area</th><th>Owner</th><th>Reviewed</th></tr>
<tr><td>Access control {n}</td><td>Security team</td><td>Quarterly</td></tr></table>
<p>Backups are encrypted at rest &amp; tested each month; incidents are reported within 24 hours.</p>
";

/// A generated workspace with its page.
#[derive(Clone, Debug)]
pub struct Page {
    /// Bytes of the page.
    pub bytes: usize,
    /// Sections repeated in it.
    pub sections: usize,
}

/// Writes the spec, `aims.toml` and a page of at least `bytes` bytes into `dir`.
pub fn generate_page(dir: &Path, bytes: usize) -> std::io::Result<Page> {
    std::fs::create_dir_all(dir.join("site"))?;
    std::fs::write(dir.join("aims.toml"), format!("as_of = {AS_OF}\n"))?;
    std::fs::write(dir.join("spec.aims"), SPEC)?;
    let mut page = String::from("<html><body>\n<h1>Trust centre</h1>\n");
    let mut sections = 0;
    while page.len() < bytes {
        sections += 1;
        page.push_str(&SECTION.replace("{n}", &sections.to_string()));
    }
    let _ = writeln!(page, "</body></html>");
    std::fs::write(dir.join("site/trust.html"), &page)?;
    Ok(Page {
        bytes: page.len(),
        sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The diagnostics located on the page, as "code: message".
    fn on_page(dir: &Path) -> Vec<String> {
        let project = aims::workspace::Project::load(dir, None, jiff::civil::date(2026, 12, 1))
            .expect("the generated workspace loads");
        project
            .diagnostics()
            .iter()
            .filter(|d| d.location.file.ends_with("trust.html"))
            .map(|d| format!("{}: {}", d.code.name(), d.message))
            .collect()
    }

    #[test]
    fn the_page_is_honest_against_its_spec() {
        let dir = std::env::temp_dir().join(format!("aims-bench-page-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let page = generate_page(&dir, 20_000).expect("generated");
        assert!(page.bytes >= 20_000 && page.sections > 1, "{page:?}");
        let found = on_page(&dir);
        assert!(found.is_empty(), "{found:#?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_overclaim_at_the_end_of_the_page_is_read() {
        let dir = std::env::temp_dir().join(format!("aims-bench-claim-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        generate_page(&dir, 20_000).expect("generated");
        let path = dir.join("site/trust.html");
        let page = std::fs::read_to_string(&path).unwrap().replace(
            "</body>",
            "<p>Harbour Data is certified to ISO/IEC 42001.</p>\n</body>",
        );
        std::fs::write(&path, page).unwrap();
        let found = on_page(&dir);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].starts_with("claim-overstated"), "{found:#?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
