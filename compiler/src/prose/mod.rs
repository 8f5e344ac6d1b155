//! Published-prose claim extraction.
//!
//! An organisation's trust page, tender answers and README make claims about its
//! certifications ("we are ISO 27001 certified", "ISO 42001 is planned"). The
//! compiler checks those claims against the statuses written in the spec, and this
//! module is the part that reads the prose. It has no dependency on the rest of the
//! compiler: it takes the file text, its format and the framework aliases, and returns
//! every mention of a framework with the status that the surrounding clause asserts
//! about the organisation (or `None` when the mention claims nothing).
//!
//! The pipeline has four stages:
//!
//! 1. `extract` turns Markdown, HTML (`html`) or plain text into *units* of prose
//!    (`units`: a paragraph, heading, list item or table row) whose every byte maps
//!    back to a byte range of the original file. Code, URLs, attributes (but the
//!    alt text and title of an image, the title of a badge, and a component's
//!    title and status props, read by `components`), scripts and styles are
//!    not prose and never reach later stages. Plain text laid out on a page
//!    (`layout`) is read in reading order, and a page's own symbol key
//!    (`legend`) is applied to the units after it.
//! 2. `sentences` splits a unit into sentences, a sentence into word tokens, and
//!    marks the places where a sentence divides into clauses.
//! 3. `status_phrases`, `vocabulary` and `subject_words` hold every word list
//!    as data: status phrases (the first), negations, conditionals, question starters, clause connectives and
//!    abbreviations in the first; third-party, supplier, person and
//!    generic-statement markers and the grammar words of subjects in the second.
//!    The lists are written in the small pattern language of `pattern`, and
//!    `lexicon` compiles them once.
//! 4. `aliases` finds the framework mentions in a unit's text, and `ellipsis`
//!    the short names that stand for one named earlier ("Plus", "the Act").
//! 5. The clause model: `phrases` finds a clause's status phrases, `subjects`
//!    marks who the words name (the organisation, a supplier, a person, another
//!    party, the standard), and `clause` reads each clause into its frameworks
//!    and predicates, each predicate with its kind, holder, time, negation and
//!    condition. `reading` is the one function from a clause to a status.
//! 6. `claims` reads the units in order and carries statuses across sentences:
//!    a clause that refers back ("it", "this certification", "Yes."), a heading
//!    over a status line, a list under a heading.
//!    `answers` completes a question with the sentence after it: a short
//!    answer ("... whether we hold X. We do.") or a date for an expiry;
//!    `timeline` orders a story in time, so a later "today we are certified"
//!    overtakes "last year we were working towards X"; `headings` reads a
//!    title such as "Certificates held" for the list under it, and
//!    `block_facts` gives a claim the facts its block states on another line
//!    ("The certificate was issued by BSI", "Expires | May 2028");
//!    `block_scope` lets a later paragraph that names no framework refer
//!    back to the one its block named ("It lapsed in 2025").
//!
//! The modules form no import cycle (a tidy test checks it): `vocabulary` is data,
//! `sentences` reads it, `pattern` matches over tokens, `lexicon` compiles the
//! lists, `spans` searches marker lists, and `subjects`, `phrases`, `clause`,
//! `reading` and `claims` build on them in that order.
//!
//! `details` reads the facts a claim states (expiry, first-certified year,
//! certificate number, body), and `corpus` scores the extractor against a
//! labelled corpus of sentences.
//!
//! # How a status is read
//!
//! - A status phrase applies to every framework named in its clause. Clauses end
//!   at `;` and at "but", "while", "whereas" and the like; a comma, colon, dash or
//!   "and" ends a clause only where each side has a status phrase of its own
//!   ("We hold Cyber Essentials, and ISO 27001 is planned"), or where a new "we"
//!   starts.
//! - Where one clause holds several statuses, in progress beats planned beats
//!   achieved beats ambiguous ("we plan to become certified" is planned).
//! - A negator shortly before a phrase ("not yet certified", "no plans to") or a
//!   lapse word ("expired") cancels it; "will" before "certified" makes it planned;
//!   upkeep words ("surveillance", "recertification", "renewal") show the
//!   certificate is held, so "our next surveillance audit is scheduled" is achieved.
//! - No claim: questions (unless the next sentence answers "yes"), conditionals
//!   ("if we achieve ..."), phrases whose nearest subject is a third party
//!   ("our hosting provider, AWS, is certified"), and general statements
//!   ("organisations certified to ISO 27001 must ...").
//! - A clause without a framework name that refers back ("it", "certification")
//!   passes its status to earlier mentions that claim nothing: "We are not yet
//!   certified to ISO 42001; certification is planned for 2028" is planned.
//! - A label list ("SOC 2 \u{b7} ISO 27001 (in progress) \u{b7} Cyber Essentials") is
//!   read item by item; a label that states a status ("Working towards:") gives it
//!   to items without their own.
//! - The subject: an "our" inside an aside ("Equinix, which runs our site, is
//!   certified") is not the subject; a clause that opens with its verb after
//!   "and", or with "one"/"some", shares the subject before it; a framework after
//!   "rather than" or "instead of" is set aside.
//! - Markdown and HTML structure: a table row is one unit (a "Yes"/"No" cell reads
//!   as its column header, or "not" and the header); list items and table rows
//!   under a heading that states a status ("Certifications we hold", "Roadmap")
//!   take it; a heading that only names a framework ("### ISO/IEC 27001") takes the
//!   status of the first sentence of the block below it.
//! - Forms: a statement row answered "No" or with a cross is denied; a task box
//!   reads as the mark it shows; items under a heading of requirements for
//!   suppliers are theirs; a roadmap or evidence label ("Shipped:", "Up next:",
//!   "Attached:") gives the names after it a status.
//! - Across a block: a type given apart from the name ("SOC 2 report type? |
//!   Type 2", a label line over "Type 2") is the report's type; "Plus" and "the
//!   Act" after a full name stand for it (`ellipsis`); a later step of a story
//!   told for a later time overtakes the earlier one (`timeline`); closing
//!   hashtags take what the post says; a quote that names the organisation as
//!   the party it wanted ("... and Northwind fitted the bill") claims for it.
//!
//! The extractor is a heuristic reader of English, not a parser: it is tuned to
//! the way trust pages and questionnaires are written, and it errs towards "no
//! claim" when a sentence is a question, a hypothetical, about a third party, or a
//! general statement about a standard. It knows the organisation's and its
//! suppliers' names when given them ([`find_mentions_with`]). Known limits: an
//! unknown company named as the subject ("Acme Cloud Ltd is certified") reads as
//! the organisation; `aims: ignore-next-line`
//! works on physical lines, so it cannot silence part of a minified HTML file; it
//! reads English only.

use std::ops::Range;
use std::path::Path;

mod aliases;
mod answers;
mod block_facts;
mod block_scope;
mod certificate_numbers;
pub use certificate_numbers::names_a_certificate;
mod choices;
mod claims;
mod clause;
mod code_data;
mod comparison;
mod components;
mod config_files;
mod corpus;
mod coverage;
mod details;
mod ellipsis;
mod extract;
mod framework_names;
pub use framework_names::FrameworkNames;
mod headings;
mod held_on_page;
mod html;
mod initials;
mod layout;
mod legend;
mod lexicon;
mod links;
mod party_records;
mod pattern;
mod phrases;
mod plain_text;
mod reading;
#[cfg(test)]
mod reading_tests;
mod replies;
mod retractions;
mod revisions;
mod sentences;
mod spans;
mod status_phrases;
mod structured;
mod subject_words;
mod subjects;
mod tables;
mod timeline;
mod units;
mod vocabulary;
mod year_columns;

pub use corpus::{CorpusScore, score_corpus, test_aliases};
pub use details::{fill_details, normalise_number, opens_certificate_fact, read_details};
pub use sentences::phrase_words;

/// The format of a published file, which decides what counts as prose in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProseFormat {
    /// CommonMark with GitHub tables; code, link targets and images are not prose.
    Markdown,
    /// HTML; only text content counts, never attributes, scripts or styles.
    Html,
    /// Plain text, used as is.
    Text,
}

impl ProseFormat {
    /// Chooses a format from a file name's extension: `.md`/`.markdown` are
    /// Markdown, `.html`/`.htm` are HTML, anything else is plain text.
    pub fn from_path(path: &Path) -> ProseFormat {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase());
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => ProseFormat::Markdown,
            Some("html" | "htm" | "xhtml") => ProseFormat::Html,
            _ => ProseFormat::Text,
        }
    }
}

/// One way of writing a framework's name, e.g. `{ "iso27001", "ISO 27001" }`.
///
/// Matching is case-insensitive, treats any run of whitespace (including
/// non-breaking spaces) as one space, and needs whole-word boundaries. Where two
/// aliases match at one place the longer one wins, so "Cyber Essentials Plus" is
/// never read as "Cyber Essentials".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Alias {
    /// The framework's name in the spec, e.g. `iso27001`.
    pub framework: String,
    /// The text as it appears in prose, e.g. `ISO/IEC 27001:2022`.
    pub text: String,
}

impl Alias {
    /// Builds an alias from any string-like values.
    pub fn new(framework: impl Into<String>, text: impl Into<String>) -> Alias {
        Alias {
            framework: framework.into(),
            text: text.into(),
        }
    }
}

/// What a sentence asserts about the organisation's standing with a framework.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimedStatus {
    /// Certified, attested, held: "we are certified", "our SOC 2 Type II report".
    Achieved,
    /// Work under way: "in progress", "working towards", "Stage 2 booked",
    /// "will be certified by June 2027".
    InProgress,
    /// Intent: "planned", "on our roadmap", "we aim to ... by 2027".
    Planned,
    /// Conformity that a buyer reads as a certificate: "compliant with X", "X
    /// compliant", "X-ready", "meets the requirements of X", "conforms to X".
    Compliant,
    /// Work shaped by a framework, without a claim of conformity: "aligned with
    /// X", "based on X", "follows X", "in line with X".
    Aligned,
    /// Not held: "not yet certified", "no certificate has been issued", "never
    /// audited against X".
    Not,
    /// Held once, no longer: "was certified until 2025", "our certificate
    /// expired", "previously held".
    Lapsed,
}

impl ClaimedStatus {
    /// The status's name as written in the corpus and in diagnostics.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimedStatus::Achieved => "achieved",
            ClaimedStatus::InProgress => "in_progress",
            ClaimedStatus::Planned => "planned",
            ClaimedStatus::Compliant => "compliant",
            ClaimedStatus::Aligned => "aligned",
            ClaimedStatus::Not => "not",
            ClaimedStatus::Lapsed => "lapsed",
        }
    }

    /// The status in plain words, for messages: "read 'Stage 2 booked' as in
    /// progress".
    pub fn phrase(self) -> &'static str {
        match self {
            ClaimedStatus::Achieved => "achieved",
            ClaimedStatus::InProgress => "in progress",
            ClaimedStatus::Planned => "planned",
            ClaimedStatus::Compliant => "a claim of compliance",
            ClaimedStatus::Aligned => "a claim of alignment",
            ClaimedStatus::Not => "not held",
            ClaimedStatus::Lapsed => "lapsed",
        }
    }

    /// Parses a status name (`achieved`, `in_progress`, ...).
    pub fn parse(name: &str) -> Option<ClaimedStatus> {
        match name.trim() {
            "achieved" => Some(ClaimedStatus::Achieved),
            "in_progress" => Some(ClaimedStatus::InProgress),
            "planned" => Some(ClaimedStatus::Planned),
            "compliant" => Some(ClaimedStatus::Compliant),
            "aligned" => Some(ClaimedStatus::Aligned),
            "not" => Some(ClaimedStatus::Not),
            "lapsed" => Some(ClaimedStatus::Lapsed),
            _ => None,
        }
    }
}

/// Who a sentence speaks about, when it names a framework.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// The organisation publishing the text: "we", "our", its name or a trading
    /// name.
    Organisation,
    /// A supplier named in the spec ("AWS", "the data centre run by Equinix").
    Supplier,
    /// A person's qualification ("our CISO is a certified Lead Implementer").
    Person,
    /// The standard itself: what it is, what certification to it shows, history.
    Standard,
    /// Anyone else: customers, partners, other companies, the reader.
    ThirdParty,
}

impl Subject {
    /// The subject in plain words, for hovers.
    pub fn phrase(self) -> &'static str {
        match self {
            Subject::Organisation => "the organisation",
            Subject::Supplier => "a supplier",
            Subject::Person => "a person's qualification",
            Subject::Standard => "the standard itself (a general statement)",
            Subject::ThirdParty => "a third party",
        }
    }
}

/// Facts a claim states besides its status, compared with the spec's record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ClaimDetails {
    /// "valid to May 2029", "expires 2028": year and, when given, month.
    pub valid_to: Option<(i16, Option<i8>)>,
    /// "certified since 2024", "first certified in 2025": the year.
    pub since_year: Option<i16>,
    /// "the certificate was issued in March 2026": the current certificate's
    /// issue date, year and, when given, month (a first or original issue is
    /// `since_year`).
    pub issued: Option<(i16, Option<i8>)>,
    /// "next renewal April 2028", "due for recertification in 2028": when the
    /// certificate is next renewed, year and, when given, month. A renewal
    /// falls shortly before the expiry, so it is compared with a margin.
    pub renewal: Option<(i16, Option<i8>)>,
    /// A certificate number as written ("IS 712345").
    pub certificate: Option<String>,
    /// A certification body or auditor named as the issuer ("by BSI").
    pub body: Option<String>,
}

impl ClaimDetails {
    /// True when no detail was read.
    pub fn is_empty(&self) -> bool {
        *self == ClaimDetails::default()
    }
}

/// The names by which a text refers to the organisation and to its suppliers,
/// taken from the spec.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Names {
    /// The organisation's name and trading names ("Northwind Analytics Ltd",
    /// "Northwind").
    pub organisation: Vec<String>,
    /// Suppliers' names and identifiers ("Amazon Web Services", "aws").
    pub suppliers: Vec<String>,
    /// The organisation's own certificate numbers, each with the framework
    /// its certificate is to ("IS 712345" for `iso27001`): a sentence that
    /// gives the number names the certificate without naming the standard.
    pub certificates: Vec<Alias>,
}

/// One mention of a framework in published prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The framework the matched alias belongs to.
    pub framework: String,
    /// Byte range of the alias in the original file text.
    pub span: Range<usize>,
    /// Byte range of the whole sentence (or table row, or list item) in the
    /// original file text.
    pub sentence: Range<usize>,
    /// The status the sentence asserts about the organisation; `None` when the
    /// mention claims nothing about it (a question, a third party, a general
    /// statement, a hypothetical).
    pub status: Option<ClaimedStatus>,
    /// A refinement of the framework named next to it: `type1` or `type2` for
    /// "SOC 2 Type I" / "SOC 2 Type II".
    pub qualifier: Option<String>,
    /// Who the sentence speaks about; `None` when no status phrase applies.
    pub subject: Option<Subject>,
    /// Byte range, in the original file text, of the phrase the status was read
    /// from ("Stage 2 booked", "certified").
    pub phrase: Option<Range<usize>>,
    /// Why a mention with a status phrase claims nothing: "a question", "a
    /// hypothetical".
    pub note: Option<&'static str>,
    /// Dates, numbers and bodies stated with an achieved claim.
    pub details: ClaimDetails,
    /// A second status a later clause gives the same mention without undoing
    /// the first, with the phrase it was read from: "we are not certified, but
    /// our governance is aligned with it" is both not held and aligned.
    pub also: Option<(ClaimedStatus, Range<usize>)>,
}

/// Finds every mention of a framework in `text` and the status each one claims.
///
/// Mentions come back in the order they appear in the file. Spans are byte ranges
/// of `text` that always lie on character boundaries. A line that says
/// `aims: ignore-next-line` (alone on its line, or as an HTML comment) silences
/// mentions on the next non-empty line. The function never panics, whatever the
/// input.
pub fn find_mentions(text: &str, format: ProseFormat, aliases: &[Alias]) -> Vec<Mention> {
    find_mentions_with(text, format, aliases, &Names::default())
}

/// The text as the reader reads it, at the same length: the old words of
/// tracked changes blanked ("[deleted: ...]", a diff's removed lines), so
/// what is said around a claim is looked up in what the page now says.
pub fn text_as_read(text: &str, format: ProseFormat) -> std::borrow::Cow<'_, str> {
    let linked = links::blank_link_markup(text, format);
    match revisions::blanked(linked.as_ref(), format) {
        std::borrow::Cow::Borrowed(_) => linked,
        std::borrow::Cow::Owned(revised) => std::borrow::Cow::Owned(revised),
    }
}

/// [`find_mentions`], knowing the names of the organisation (a claim about it) and
/// of its suppliers (a claim about someone else).
pub fn find_mentions_with(
    text: &str,
    format: ProseFormat,
    aliases: &[Alias],
    names: &Names,
) -> Vec<Mention> {
    read_page(text, format, &FrameworkNames::new(aliases), names)
}

/// [`find_mentions_with`], with the frameworks' names made ready once for
/// every page read with them (the workspace keeps them in a query).
pub fn read_page(
    text: &str,
    format: ProseFormat,
    frameworks: &FrameworkNames,
    names: &Names,
) -> Vec<Mention> {
    // Options a form offers but were not chosen are not said: read the
    // choice alone.
    let chosen = choices::blank_unchosen(text);
    // A link's target is no part of what its sentence says.
    let unlinked = links::blank_link_markup(chosen.as_ref(), format);
    // Nor are the old words of a tracked change: read the new version.
    let revised = revisions::as_revised(unlinked.as_ref(), format);
    let mut mentions = read_mentions(revised.text(), format, frameworks, names);
    revised.map_back(&mut mentions);
    // In a reply chain, the newest message has the last word.
    replies::answer_on_top(text, format, frameworks, names, &mut mentions);
    replies::drop_superseded(text, format, &mut mentions);
    held_on_page::road_to_what_is_held(text, format, &mut mentions);
    mentions
}

/// The mentions of a text as it stands (with no choice or change left to
/// resolve).
fn read_mentions(
    text: &str,
    format: ProseFormat,
    frameworks: &FrameworkNames,
    names: &Names,
) -> Vec<Mention> {
    if frameworks.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let units = comparison::keep_own_side(
        extract::extract(text, format),
        &subjects::NameSets::new(names),
    );
    let units = year_columns::keep_latest_year(units);
    let units = year_columns::keep_new_version(units);
    let units = tables::without_role_columns(units);
    let units = tables::status_boards(units);
    let units = tables::name_framework_columns(units, frameworks.prepared());
    let units = units::without_role_asides(units);
    let units = legend::apply_keys(units);
    let ignored = extract::ignored_lines(text);
    let mut mentions = claims::analyse(&units, frameworks, names);
    // The facts around a mention are read from the raw text, so markup must
    // not stand between a name and its value.
    let plain = match format {
        ProseFormat::Html | ProseFormat::Markdown => {
            std::borrow::Cow::Owned(html::blank_tags(text))
        }
        ProseFormat::Text => std::borrow::Cow::Borrowed(text),
    };
    block_facts::carry(&plain, &units, names, &mut mentions);
    mentions.retain(|m| !ignored.iter().any(|line| line.contains(&m.span.start)));
    mentions.extend(certificate_numbers::mentions(
        text, format, frameworks, names, &mentions,
    ));
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::corpus::test_aliases;

    fn statuses(text: &str, format: ProseFormat) -> Vec<(String, Option<ClaimedStatus>)> {
        find_mentions(text, format, &test_aliases())
            .into_iter()
            .map(|m| (m.framework, m.status))
            .collect()
    }

    #[test]
    fn format_from_path() {
        assert_eq!(
            ProseFormat::from_path(Path::new("site/trust.md")),
            ProseFormat::Markdown
        );
        assert_eq!(
            ProseFormat::from_path(Path::new("a/b.MARKDOWN")),
            ProseFormat::Markdown
        );
        assert_eq!(
            ProseFormat::from_path(Path::new("index.htm")),
            ProseFormat::Html
        );
        assert_eq!(
            ProseFormat::from_path(Path::new("index.html")),
            ProseFormat::Html
        );
        assert_eq!(
            ProseFormat::from_path(Path::new("answer.txt")),
            ProseFormat::Text
        );
        assert_eq!(
            ProseFormat::from_path(Path::new("README")),
            ProseFormat::Text
        );
    }

    #[test]
    fn status_names_round_trip() {
        for s in [
            ClaimedStatus::Achieved,
            ClaimedStatus::InProgress,
            ClaimedStatus::Planned,
            ClaimedStatus::Compliant,
            ClaimedStatus::Aligned,
            ClaimedStatus::Not,
            ClaimedStatus::Lapsed,
        ] {
            assert_eq!(ClaimedStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(ClaimedStatus::parse("none"), None);
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "# Trust\n\nWe are **ISO&nbsp;27001** certified.\n";
        let found = find_mentions(text, ProseFormat::Markdown, &test_aliases());
        assert_eq!(found.len(), 1);
        let m = &found[0];
        assert_eq!(&text[m.span.clone()], "ISO&nbsp;27001");
        assert_eq!(
            &text[m.sentence.clone()],
            "We are **ISO&nbsp;27001** certified."
        );
        assert_eq!(m.status, Some(ClaimedStatus::Achieved));
    }

    #[test]
    fn ignore_next_line_in_every_format() {
        let md = "We hold ISO 27001.\n\n<!-- aims: ignore-next-line -->\nWe hold ISO 42001.\n";
        assert_eq!(
            statuses(md, ProseFormat::Markdown),
            vec![("iso27001".to_string(), Some(ClaimedStatus::Achieved))]
        );
        let md_line = "aims: ignore-next-line\n\nWe hold ISO 42001.\nWe hold SOC 2.\n";
        assert_eq!(
            statuses(md_line, ProseFormat::Markdown),
            vec![("soc2".to_string(), Some(ClaimedStatus::Achieved))]
        );
        let html = "<p>We hold ISO 27001.</p>\n<!-- aims: ignore-next-line -->\n\n<p>We hold ISO 42001.</p>";
        assert_eq!(
            statuses(html, ProseFormat::Html),
            vec![("iso27001".to_string(), Some(ClaimedStatus::Achieved))]
        );
        let txt = "aims: ignore-next-line\nWe hold ISO 42001.\nWe hold ISO 27001.";
        assert_eq!(
            statuses(txt, ProseFormat::Text),
            vec![("iso27001".to_string(), Some(ClaimedStatus::Achieved))]
        );
    }

    #[test]
    fn soc2_qualifiers() {
        let found = find_mentions(
            "Our SOC 2 Type II report is available under NDA. A SOC 2 Type 1 report is planned.",
            ProseFormat::Text,
            &test_aliases(),
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].status, Some(ClaimedStatus::Achieved));
        assert_eq!(found[0].qualifier.as_deref(), Some("type2"));
        assert_eq!(found[1].status, Some(ClaimedStatus::Planned));
        assert_eq!(found[1].qualifier.as_deref(), Some("type1"));
    }

    #[test]
    fn empty_inputs() {
        assert!(find_mentions("", ProseFormat::Markdown, &test_aliases()).is_empty());
        assert!(find_mentions("We hold ISO 27001.", ProseFormat::Text, &[]).is_empty());
        let blank = [Alias::new("x", "   ")];
        assert!(find_mentions("We hold ISO 27001.", ProseFormat::Text, &blank).is_empty());
    }

    /// A trust page with every construct the extractor handles, in each format.
    const SAMPLE_MD: &str = "---\ntitle: Trust\n---\n# Trust centre\n\nAcme Secure AI Ltd. is certified to ISO/IEC 27001:2022 (certificate IS 712345).\nWe hold Cyber Essentials, and ISO 42001 is planned; SOC 2 Type II is on our roadmap.\n\n## Certifications we hold\n\n- ISO 27001\n- Cyber Essentials Plus — renewed 2026\n  - nested: CE+\n\n| Framework | Status |\n|---|---|\n| ISO 42001 | In progress |\n| SOC 2 | Yes |\n\n> Are you ISO 27001 certified? Yes.\n\n```\nISO 27001 certified\n```\n\nSee [our ISO 27001 certificate](https://example.com/iso-27001.pdf) and `ISO 42001`.\n\n<div class=\"x\">Our hosting provider, AWS, is ISO&nbsp;27001 certified.<br>We are\u{a0}ISO 42001-ready &amp; proud.</div>\n\n<!-- aims: ignore-next-line -->\nWe are ISO 42001 certified. Caf\u{e9} \u{1F600} \u{2019}s.\n";

    /// An HTML trust page with the constructs the HTML reader handles.
    const SAMPLE_HTML: &str = "<html><head><title>Trust</title><style>p { x: '<p>' }</style><script>var s = '<p>ISO 27001</p>';</script></head>\n<body><h2 id=\"c\">Certifications we hold</h2><ul><li>ISO&nbsp;27001<li class='a>b'>CE+</ul>\n<p>Our provider, AWS, is <a href=\"https://x.example/soc2\">SOC&#160;2</a> attested.<br>We&rsquo;re ISO 42001-ready &amp; <code>ISO 42001</code> aligned.</p>\n<!-- aims: ignore-next-line -->\n<p>We hold SOC 2.</p>\n<table><tr><th>Std</th><th>Certified</th></tr><tr><td>ISO 42001</td><td>No</td></tr></table>\u{e9}\u{1F600}</body></html>";

    /// Checks the invariants every mention must keep, whatever the input.
    fn check_invariants(text: &str, format: ProseFormat) {
        for m in find_mentions(text, format, &test_aliases()) {
            for r in [&m.span, &m.sentence] {
                assert!(r.start <= r.end && r.end <= text.len(), "{r:?} in {text:?}");
                assert!(text.is_char_boundary(r.start), "{r:?} in {text:?}");
                assert!(text.is_char_boundary(r.end), "{r:?} in {text:?}");
            }
            assert!(m.sentence.start <= m.span.start && m.span.end <= m.sentence.end);
            assert!(m.span.start < m.span.end, "empty span in {text:?}");
        }
    }

    #[test]
    fn every_prefix_is_safe() {
        let cases = [
            (SAMPLE_MD, ProseFormat::Markdown),
            (SAMPLE_MD, ProseFormat::Text),
            (SAMPLE_HTML, ProseFormat::Html),
        ];
        for (doc, format) in cases {
            for (end, _) in doc.char_indices().chain([(doc.len(), ' ')]) {
                check_invariants(&doc[..end], format);
            }
        }
    }

    #[test]
    fn random_fragments_never_panic() {
        const PIECES: &[&str] = &[
            "<",
            ">",
            "</",
            "&",
            "&amp;",
            "&#x2019;",
            "&#99999999;",
            ";",
            "|",
            "-",
            "*",
            "`",
            "```",
            "\n",
            "\n\n",
            " ",
            "\u{a0}",
            "\u{e9}",
            "\u{1F600}",
            "ISO 27001",
            "ISO/IEC 42001:2023",
            "CE+",
            "SOC 2 Type II",
            "certified",
            "not",
            "planned",
            "we",
            "AWS",
            ".",
            "?",
            "!",
            "[",
            "](",
            ")",
            "<!--",
            "-->",
            "aims: ignore-next-line",
            "<p>",
            "<script>",
            "<td>",
            "# ",
            "- ",
            "| --- |",
            "---\n",
            "\\",
            "'",
            "\"",
            ",",
            " and ",
            " but ",
            ":",
            "\u{2014}",
            "e.g.",
            "Ltd.",
        ];
        // A fixed linear congruential generator keeps the test deterministic.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        for _ in 0..600 {
            let len = next() % 40;
            let text: String = (0..len).map(|_| PIECES[next() % PIECES.len()]).collect();
            for format in [ProseFormat::Markdown, ProseFormat::Html, ProseFormat::Text] {
                check_invariants(&text, format);
            }
        }
    }

    #[test]
    fn sample_html_statuses() {
        let got = statuses(SAMPLE_HTML, ProseFormat::Html);
        let want = vec![
            ("iso27001".to_string(), Some(ClaimedStatus::Achieved)),
            (
                "cyber_essentials_plus".to_string(),
                Some(ClaimedStatus::Achieved),
            ),
            ("soc2".to_string(), None),
            ("iso42001".to_string(), Some(ClaimedStatus::Compliant)),
            // "Certified: No" says it is not held.
            ("iso42001".to_string(), Some(ClaimedStatus::Not)),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn sample_markdown_statuses() {
        let got = statuses(SAMPLE_MD, ProseFormat::Markdown);
        let want: Vec<(&str, Option<ClaimedStatus>)> = vec![
            ("iso27001", Some(ClaimedStatus::Achieved)),
            ("cyber_essentials", Some(ClaimedStatus::Achieved)),
            ("iso42001", Some(ClaimedStatus::Planned)),
            ("soc2", Some(ClaimedStatus::Planned)),
            ("iso27001", Some(ClaimedStatus::Achieved)),
            ("cyber_essentials_plus", Some(ClaimedStatus::Achieved)),
            ("cyber_essentials_plus", Some(ClaimedStatus::Achieved)),
            ("iso42001", Some(ClaimedStatus::InProgress)),
            // The table sits under "Certifications we hold".
            ("soc2", Some(ClaimedStatus::Achieved)),
            ("iso27001", Some(ClaimedStatus::Achieved)),
            ("iso27001", Some(ClaimedStatus::Achieved)),
            ("iso27001", None),
            ("iso42001", Some(ClaimedStatus::Compliant)),
        ];
        let want: Vec<(String, Option<ClaimedStatus>)> =
            want.into_iter().map(|(f, s)| (f.to_string(), s)).collect();
        assert_eq!(got, want);
    }
}
