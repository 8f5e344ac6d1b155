//! Gives a claim the facts that its block states apart from it: a sentence or
//! line after the claim that names no framework but refers back to its
//! certificate ("The certificate was issued by BSI and runs to May 2028",
//! "Certificate no. IS 712345", "It expires in 2028"), and the value of a
//! label that is the framework's name ("ISO 27001: certificate IS 712345").
//!
//! `claims` reads the facts of each claim from its own sentence; a page often
//! states them on the next line, in the next paragraph or in a card's
//! label/value lines. A fact is carried back only inside one block (a heading
//! ends it) and only when exactly one framework was named before it there, so
//! "We hold ISO 27001 and SOC 2. The certificate was issued by BSI." gives the
//! body to neither. A sentence about someone else ("our supplier's
//! certificate") carries nothing.

use crate::prose::details::shared_out;
use crate::prose::sentences::split_sentences;
use crate::prose::units::{Unit, UnitKind};
use crate::prose::{ClaimedStatus, Mention, Names, Subject, fill_details, read_details};

/// Nouns for the document a fact is about: "the certificate", "our report".
const DOCUMENT_NOUNS: &[&str] = &[
    "certificate",
    "cert",
    "certification",
    "report",
    "attestation",
    "registration",
    // When it is next renewed: "Our next renewal is in March 2028."
    "renewal",
    "recertification",
    // The audit that led to it: "The audit was carried out by LRQA."
    "audit",
    // Who issued it: "Our auditor is NQA", "our certification body, BSI".
    "auditor",
    "auditors",
    "body",
    "registrar",
    "certifier",
];

/// Words of order between a determiner and a document noun: "our next
/// renewal".
const ORDER_WORDS: &[&str] = &["next", "upcoming", "annual", "yearly"];

/// Words before a document noun that make it a definite one named before.
const DEFINITE: &[&str] = &["the", "our", "its", "this", "that", "current", "latest"];

/// Labels that open a line giving one fact of a certificate: "Expires: May
/// 2028", "Certificate no. IS 712345", "Issued by BSI".
const FACT_LABELS: &[&str] = &[
    "expires",
    "expiry",
    "expiration",
    "valid",
    "issued",
    "issuer",
    "certificate",
    "cert",
    "certification",
    "body",
    "auditor",
    "registrar",
    "renewal",
    "recertification",
    "certifying",
    "certifier",
    "issuing",
    "awarding",
    "assessor",
    // "Number: IASME-CE-031451", "No.: IS 712345", "Awarded by: LRQA".
    "number",
    "no",
    "awarded",
    "granted",
];

/// Words that put the facts on someone else's certificate.
const OTHER_HOLDERS: &[&str] = &[
    "supplier",
    "suppliers",
    "provider",
    "providers",
    "vendor",
    "vendors",
    "partner",
    "partners",
    "customer",
    "customers",
    "client",
    "clients",
    "their",
    "they",
    "his",
    "her",
    "your",
    "you",
    "hosting",
    "host",
];

/// Nouns of parties other than the organisation whose record a block of
/// fields may be ("Supplier: Hetzner", "Sub-processor: AWS").
const OTHER_PARTIES: &[&str] = &[
    "supplier",
    "suppliers",
    "subprocessor",
    "subprocessors",
    "processor",
    "vendor",
    "vendors",
    "provider",
    "providers",
    "partner",
    "partners",
    "customer",
    "client",
];

/// Verbs by which a body audits the organisation: "LRQA audits us".
const AUDITING_VERBS: &[&str] = &[
    "audits",
    "audited",
    "certifies",
    "certified",
    "assesses",
    "assessed",
    "examines",
    "examined",
];

/// Words that put a type of report ahead of now: "the next one will be a
/// Type 2".
const AHEAD: &[&str] = &[
    "will",
    "next",
    "planned",
    "plan",
    "plans",
    "aim",
    "target",
    "upgrade",
    "upgrading",
    "towards",
    "moving",
    "future",
    "soon",
];

/// Marks between a label and its value: "ISO 27001: ...", "ISO 27001 \u{2013} ...".
const LABEL_MARKS: &[char] = &[':', '\u{2013}', '\u{2014}', '|'];

/// Carries facts to the claims of `out` (in the order of `units`) from the
/// sentences of their block that state them apart from the claim.
pub fn carry(text: &str, units: &[Unit], names: &Names, out: &mut [Mention]) {
    let org: Vec<String> = names
        .organisation
        .iter()
        .map(|n| n.to_lowercase())
        .collect();
    let others: Vec<String> = names.suppliers.iter().map(|n| n.to_lowercase()).collect();
    // A label's value ends where the next name of its sentence begins:
    // "ISO 27001 (BSI) \u{b7} CE+ (IASME-CEP-011223)".
    let item_ends: Vec<usize> = (0..out.len())
        .map(|i| {
            out.get(i + 1)
                .filter(|n| n.sentence == out[i].sentence && n.span.start >= out[i].span.end)
                .map_or(out[i].sentence.end, |n| n.span.start)
        })
        .collect();
    for (m, item_end) in out.iter_mut().zip(item_ends) {
        label_value(text, m, item_end);
        requested_value(text, m);
        report_item(text, m);
        engaged_body(text, m, &org);
    }
    share_coordinated(text, out);
    share_out(text, out);
    // Indexes into `out` of the mentions named in the current block.
    let mut scope: Vec<usize> = Vec::new();
    let mut next = 0usize;
    // The text of a short line that names nothing and states no fact, which
    // a value below it may complete: a definition list's term ("<dt>Valid
    // until</dt><dd>09/03/2028</dd>") is a unit of its own.
    let mut term: Option<String> = None;
    // True once the block names a party other than the organisation
    // ("Supplier: Hetzner"), whose record its fields may be.
    let mut others_named = false;
    for unit in units {
        let whole = unit.original(0..unit.text.len());
        if unit.kind == UnitKind::Heading {
            scope.clear();
            others_named = false;
        }
        let lower = unit.text.to_lowercase();
        others_named |= others.iter().any(|o| contains_name(&lower, o))
            || word_spans(&lower)
                .iter()
                .any(|(_, w)| OTHER_PARTIES.contains(w));
        let mut mine: Vec<usize> = Vec::new();
        while next < out.len()
            && out[next].span.start >= whole.start
            && out[next].span.start <= whole.end
        {
            mine.push(next);
            next += 1;
        }
        let plain = unit.text.replace(['|', '*'], " ");
        let label = term.take();
        if mine.is_empty() && unit.kind == UnitKind::Paragraph && read_details(&plain).is_empty() {
            let words = plain.split_whitespace().count();
            // "We renew every year." is a sentence; "Certificate no." a term.
            let ends_sentence = plain.trim_end().ends_with(['!', '?'])
                || plain.trim_end().ends_with('.') && words > 3;
            term = (words > 0 && words <= TERM_WORDS && !ends_sentence).then(|| plain.clone());
        }
        if let Some(label) = label
            && mine.is_empty()
            && unit.kind == UnitKind::ListItem
        {
            let words = format!("{}: {}", label.trim(), plain.trim());
            if let Some(reference) = refers_back(&words, &org, &others).filter(|r| r.label) {
                let at = unit.original(0..unit.text.len());
                apply_facts(text, &words, &reference, at, &scope, others_named, out);
                continue;
            }
        }
        for sentence in split_sentences(&plain, &[]) {
            let orig = unit.original(sentence.clone());
            // A hashtag that claims nothing ("... valid until March 2028.
            // #CyberEssentials") tags the post; it is not a name of the
            // sentence the facts are stated in.
            let named: Vec<usize> = mine
                .iter()
                .copied()
                .filter(|&i| orig.start <= out[i].span.start && out[i].span.start < orig.end)
                .filter(|&i| out[i].status.is_some() || !text[out[i].span.clone()].starts_with('#'))
                .collect();
            if !named.is_empty() {
                scope.extend(named);
                continue;
            }
            let words = plain.get(sentence.clone()).unwrap_or("");
            let Some(reference) = refers_back(words, &org, &others) else {
                continue;
            };
            let at = unit
                .original(sentence.start + reference.at.start..sentence.start + reference.at.end);
            apply_facts(text, words, &reference, at, &scope, others_named, out);
        }
    }
}

/// The most words a definition term has: "Valid until", "Next
/// recertification audit", "Date of current issue".
const TERM_WORDS: usize = 5;

/// Gives the facts that `words` state, referring back by `reference` (found
/// at `at` in the file), to the one framework named in the block so far.
fn apply_facts(
    text: &str,
    words: &str,
    reference: &Reference,
    at: std::ops::Range<usize>,
    scope: &[usize],
    others_named: bool,
    out: &mut [Mention],
) {
    let facts = read_details(words);
    let kind = stated_kind(words);
    if facts.is_empty() && kind.is_none() {
        return;
    }
    // A certificate number named on a line of its own is a mention too; the
    // facts belong to the claim it is a fact of, named before it.
    let Some(&target) = scope
        .iter()
        .rev()
        .find(|&&i| out[i].status.is_some())
        .or(scope.last())
    else {
        return;
    };
    if scope
        .iter()
        .any(|&i| out[i].framework != out[target].framework)
    {
        return;
    }
    let m = &mut out[target];
    let unclaimed = m.status.is_none() && m.note.is_none() && m.subject.is_none();
    // "### Cyber Essentials" over "Expires January 2028": a fact of a
    // certificate under a title that is the name alone shows it held, as a
    // card does.
    let card_fact = reference.label
        && (facts.certificate.is_some() || facts.valid_to.is_some())
        && (title(text, m) || (field_value(text, m) && !others_named));
    if unclaimed && (reference.ours || card_fact) {
        m.status = Some(ClaimedStatus::Achieved);
        m.subject = Some(Subject::Organisation);
        m.phrase = Some(at);
    }
    // Facts told before the line that shows the certificate held ("Body:
    // BSI" above "Certificate: AIMS 800421") are kept for it.
    if m.status == Some(ClaimedStatus::Achieved) || unclaimed {
        fill_details(&mut m.details, facts);
        // "We have a SOC 2 report. It is a Type 2."
        if m.qualifier.is_none() {
            m.qualifier = kind;
        }
    }
}

/// How a sentence refers back to a certificate: where, and whether it says
/// the certificate is the organisation's ("our certificate", "Northwind's
/// report").
struct Reference {
    at: std::ops::Range<usize>,
    ours: bool,
    /// True when the reference is a label that opens the line ("Expires:").
    label: bool,
}

/// The reference a sentence makes back to a certificate named before, if it
/// makes one and names no one else as its holder.
fn refers_back(sentence: &str, org: &[String], others: &[String]) -> Option<Reference> {
    let lower = sentence.to_lowercase();
    let words: Vec<(usize, &str)> = word_spans(&lower);
    // Text taken from a PDF keeps its ligatures: "Certiﬁcate No.".
    let spelt: Vec<String> = words
        .iter()
        .map(|(_, w)| crate::prose::sentences::without_ligatures(w))
        .collect();
    let plain: Vec<&str> = spelt.iter().map(String::as_str).collect();
    let clean = |w: &str| {
        w.trim_end_matches("'s")
            .trim_end_matches("\u{2019}s")
            .to_string()
    };
    // Whose certificate it is shows before the first comma after its noun:
    // "It runs to March 2028, so it covers the whole of your contract"
    // is still ours.
    let holder_words = words
        .iter()
        .position(|(_, w)| DOCUMENT_NOUNS.contains(w) || matches!(*w, "it" | "its"))
        .and_then(|noun| lower[words[noun].0..].find(',').map(|c| words[noun].0 + c))
        .map_or(lower.as_str(), |comma| &lower[..comma]);
    if word_spans(holder_words)
        .iter()
        .any(|(_, w)| OTHER_HOLDERS.contains(&clean(w).as_str()))
        || others.iter().any(|o| contains_name(holder_words, o))
    {
        return None;
    }
    let span = |i: usize| words[i].0..words[i].0 + words[i].1.len();
    // "Next recertification audit due October 2027", "Next renewal: March
    // 2028": the next step of a certificate named above, as a line's label.
    if plain.first() == Some(&"next") && plain.get(1).is_some_and(|w| DOCUMENT_NOUNS.contains(w)) {
        return Some(Reference {
            at: span(0).start..span(1).end,
            ours: false,
            label: true,
        });
    }
    for (i, w) in plain.iter().enumerate() {
        if !DOCUMENT_NOUNS.contains(w) || i == 0 {
            continue;
        }
        // "our next renewal", "the latest certificate": one word of order
        // may stand between the determiner and the noun.
        let before = if ORDER_WORDS.contains(&plain[i - 1]) && i > 1 {
            plain[i - 2]
        } else {
            plain[i - 1]
        };
        // "Certified by IASME; certificate expires March 2028": a bare noun
        // that opens a clause of notes is the certificate named before.
        if lower[..words[i].0].trim_end().ends_with([';', ':']) {
            return Some(Reference {
                at: span(i),
                ours: false,
                label: false,
            });
        }
        let owner = clean(before);
        let by_name = before != owner
            && org
                .iter()
                .any(|o| o.split(' ').next_back() == Some(owner.as_str()));
        if DEFINITE.contains(&before) || by_name {
            return Some(Reference {
                at: words[i - 1].0..span(i).end,
                ours: before == "our" || by_name,
                label: false,
            });
        }
    }
    // "BSI audits us every year": a verb of auditing whose object is the
    // organisation refers to the certificate it keeps.
    if let Some(i) = plain
        .windows(2)
        .position(|w| AUDITING_VERBS.contains(&w[0]) && w[1] == "us")
    {
        return Some(Reference {
            at: span(i),
            ours: false,
            label: false,
        });
    }
    if let Some(i) = plain.iter().position(|w| matches!(*w, "it" | "its")) {
        return Some(Reference {
            at: span(i),
            ours: false,
            label: false,
        });
    }
    // "(a) Certification body: BSI", "New certificate number: IS 712354":
    // an enumerator or "new" may open the label.
    let first = plain
        .iter()
        .position(|w| !(w.len() == 1 || w.chars().all(|c| c.is_ascii_digit()) || *w == "new"))?;
    (first <= 2 && FACT_LABELS.contains(&plain[first])).then(|| Reference {
        at: span(first),
        ours: false,
        label: true,
    })
}

/// The type of report a sentence states ("It is a Type 2 report"), read
/// from its first "type" followed by a value.
fn stated_kind(sentence: &str) -> Option<String> {
    let lower = sentence.to_ascii_lowercase();
    // "Its successor will be a Type 2": a type ahead is no type held.
    if word_spans(&lower).iter().any(|(_, w)| AHEAD.contains(w)) {
        return None;
    }
    lower
        .match_indices("type")
        .filter(|&(i, _)| !lower[..i].ends_with(|c: char| c.is_alphanumeric()))
        .find_map(|(i, _)| crate::prose::aliases::type_value(sentence.get(i..)?))
}

/// True when the mention's sentence is its name alone, or its name and a
/// word for a card of facts: a heading or a card's title line ("ISO 42001",
/// "ISO 42001 fact file").
fn title(text: &str, m: &Mention) -> bool {
    let before = text.get(m.sentence.start..m.span.start).unwrap_or("");
    let after = text.get(m.span.end..m.sentence.end).unwrap_or("");
    let after: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !before.contains(char::is_alphanumeric)
        && (after.is_empty() || CARD_TITLE_WORDS.contains(&after.join(" ").as_str()))
}

/// Labels of a record's field whose value names the certificate's standard:
/// "Standard: ISO/IEC 27001", "Scheme: Cyber Essentials Plus".
const STANDARD_FIELDS: &[&str] = &[
    "standard",
    "scheme",
    "certificate",
    "certification",
    "framework",
    "accreditation",
];

/// True when the mention is the value of a field that names a certificate's
/// standard, with nothing after it but an aside: "Standard: ISO 42001",
/// "Certificate: Cyber Essentials", "Scheme: Cyber Essentials Plus". The
/// lines of facts after it describe a certificate held, as a card's do.
fn field_value(text: &str, m: &Mention) -> bool {
    let before = text.get(m.sentence.start..m.span.start).unwrap_or("");
    let after = text.get(m.span.end..m.sentence.end).unwrap_or("");
    let label = before
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '\u{2022}'))
        .trim_end();
    let Some(label) = label.strip_suffix(':') else {
        return false;
    };
    let after = after.trim();
    STANDARD_FIELDS.contains(&label.trim().to_lowercase().as_str())
        && (after.is_empty() || (after.starts_with('(') && after.ends_with(')')))
}

/// Words after a framework's name that make a title of its card of facts.
const CARD_TITLE_WORDS: &[&str] = &[
    "fact file",
    "fact sheet",
    "factsheet",
    "key facts",
    "at a glance",
    "certificate details",
    "certificate",
    "certification",
];

/// True when `name` occurs in `hay` as whole words.
fn contains_name(hay: &str, name: &str) -> bool {
    !name.is_empty()
        && hay.match_indices(name).any(|(i, _)| {
            let before = hay[..i].chars().next_back();
            let after = hay[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The words of `text` (letters, digits, inner apostrophes) with their offsets.
fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        let inner = c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}');
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Verbs by which a name, or its certificate, says when it ends or is
/// renewed, in the present: "Cyber Essentials Plus expires on 1 April 2027",
/// "ISO 27001 certificate runs to May 2028".
const END_VERBS: &[&str] = &[
    "expires", "runs", "renews", "is", "expire", "run", "renew", "are",
];

/// "ISO 27001: certificate IS 712345 (BSI)": a framework's name as the label
/// of a value that gives its certificate number, its end or its next renewal
/// shows the certificate held; so does an aside right after the name that
/// gives them ("ISO 27001 (certificate IS 712345)"), and a present verb of
/// ending after it with its date ("Cyber Essentials expires in March 2027").
fn label_value(text: &str, m: &mut Mention, item_end: usize) {
    if m.status.is_some() || m.note.is_some() || m.subject.is_some() {
        return;
    }
    let Some(after) = text.get(m.span.end..item_end.min(m.sentence.end)) else {
        return;
    };
    let lead = after.len() - after.trim_start_matches([' ', '*', '_']).len();
    let rest = &after[lead..];
    // "ISO 42001 certification: February 2026, by LRQA": the certificate's
    // noun between the name and the mark of its value.
    let (rest, document) = document_label(rest).map_or((rest, false), |r| (r, true));
    // "Cyber Essentials (IASME), certificate IASME-CE-013579": an aside
    // right after the name opens its value too; so does a comma, but only
    // before the certificate's number ("Cyber Essentials, certificate
    // IASME-CE-013579").
    // A comma with no space after it parts the cells of a line of
    // comma-separated values ("ISO/IEC 42001,AIMS 800421,exp. 15/02/2028"),
    // as a pipe parts a table's.
    let csv = rest.starts_with(',') && !rest[1..].starts_with(' ');
    let comma = rest.starts_with(',') && !csv;
    let verb = ends_by_verb(rest);
    // "ISO 27001 - certificate IS 712345 - expiry 05/2028 - Green": a spaced
    // hyphen, typed for a dash, marks the value as a dash does.
    let hyphen = rest.starts_with("- ");
    if !rest.starts_with(LABEL_MARKS)
        && !rest.starts_with('(')
        && !comma
        && !verb
        && !csv
        && !hyphen
    {
        return;
    }
    let cells = if csv {
        rest.replace(',', " | ")
    } else if hyphen {
        format!(" {rest}").replace(" - ", " | ")
    } else {
        rest.to_string()
    };
    let facts = read_details(&cells.replace(['|', '*'], " "));
    // Facts shared out "respectively" belong to none alone, but still show
    // that each certificate has an end (`share_out` gives them out).
    let all = read_details(&cells.replace(['|', '*'], " ").replace("respectively", ""));
    let ends = all.valid_to.is_some() || all.renewal.is_some();
    // "ISO 27001 (LRQA)": an aside that is the certifier alone.
    let body_aside = rest.starts_with('(') && aside_is_body(rest);
    let shown = facts.certificate.is_some()
        || (!comma && ends)
        || (facts.body.is_some() && (document || body_aside));
    if shown {
        m.status = Some(ClaimedStatus::Achieved);
        m.subject = Some(Subject::Organisation);
        m.phrase = Some(m.span.clone());
        fill_details(&mut m.details, facts);
    }
}

/// Nouns of a certificate that may stand between a framework's name and the
/// mark of its value: "ISO 27001 certificate number: IS 712345".
const DOCUMENT_LABELS: &[&str] = &[
    "certificate number",
    "certificate no.",
    "certificate no",
    "certificate",
    "certification",
    "cert",
    "registration",
];

/// The text from the mark of a value after a certificate's noun that opens
/// `rest`: ": IS 712345" in "certificate number: IS 712345".
fn document_label(rest: &str) -> Option<&str> {
    let lower = rest.to_lowercase();
    DOCUMENT_LABELS.iter().find_map(|label| {
        let after = lower.strip_prefix(label)?;
        let after = after.trim_start();
        let at = rest.len() - after.len();
        // "ISO 27001 certification (certificate IS 712345)": an aside
        // after the noun opens the value too.
        (after.starts_with(LABEL_MARKS) || after.starts_with('('))
            .then(|| rest.get(at..))
            .flatten()
    })
}

/// How many words an aside may hold to be a body's name alone: "(LRQA)",
/// "(by Bureau Veritas)".
const BODY_ASIDE_WORDS: usize = 3;

/// True when the bracketed aside that opens `rest` names a certification
/// body and little else: "(LRQA)", "(certified by NQA)".
fn aside_is_body(rest: &str) -> bool {
    let Some(inner) = rest
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .map(|(inner, _)| inner)
    else {
        return false;
    };
    let Some(body) = read_details(inner).body.map(|b| b.to_lowercase()) else {
        return false;
    };
    // Every other word tells what the body did, or when: "(by NQA, 2024)",
    // not "(LRQA guidance)".
    let words = bare_words(inner);
    words.len() <= BODY_ASIDE_WORDS
        && words.iter().all(|w| {
            body.contains(w.as_str())
                || BODY_ASIDE_FILLERS.contains(&w.as_str())
                || (w.len() == 4 && w.parse::<u16>().is_ok())
        })
}

/// Words an aside may hold beside a body's name: "(certified by NQA)".
const BODY_ASIDE_FILLERS: &[&str] = &[
    "",
    "by",
    "via",
    "certified",
    "issued",
    "audited",
    "accredited",
    "through",
];

/// Marks that separate the items of a credentials line: "ISO 27001 (LRQA);
/// SOC 2 Type 2 report".
const ITEM_MARKS: &[char] = &[':', ';', ',', '\u{b7}', '\u{2022}', '(', '|'];

/// "Information security: ISO 27001 (LRQA); SOC 2 Type 2 report": an item of
/// a list that is a report's name alone names a report held, as a badge
/// does.
fn report_item(text: &str, m: &mut Mention) {
    if m.status.is_some() || m.note.is_some() || m.subject.is_some() {
        return;
    }
    let before = text
        .get(m.sentence.start..m.span.start)
        .unwrap_or("")
        .trim_end();
    let after = text
        .get(m.span.end..m.sentence.end)
        .unwrap_or("")
        .trim_start();
    let opens_item = before.is_empty() || before.ends_with(ITEM_MARKS);
    let Some(tail) = after
        .strip_prefix("report")
        .or_else(|| after.strip_prefix("Report"))
    else {
        return;
    };
    // A note in brackets after the name still closes it: "SOC 2 Type 2
    // report (NDA first)".
    let tail = tail.trim_start();
    let closes_item = tail.is_empty() || tail.starts_with(['.', ';', ',', '(', ')', '\u{b7}']);
    if opens_item && closes_item && m.qualifier.is_some() {
        m.status = Some(ClaimedStatus::Achieved);
        m.subject = Some(Subject::Organisation);
        m.phrase = Some(m.span.clone());
    }
}

/// Words that open a request for a document or a fact: "Please supply your
/// ISO 27001 certificate:", "Provide the certificate number:".
const REQUEST_WORDS: &[&str] = &[
    "please", "provide", "supply", "state", "give", "upload", "attach", "enter", "list", "specify",
    "confirm", "share",
];

/// "Please supply your ISO 27001 certificate: BSI certificate IS 712345": a
/// request for the certificate answered after its colon with the
/// certificate's facts gives them to the organisation, whose certificate
/// it is.
fn requested_value(text: &str, m: &mut Mention) {
    let asked = m.note == Some("a question") || m.subject == Some(Subject::ThirdParty);
    if m.status.is_some() || !asked {
        return;
    }
    let before = text.get(m.sentence.start..m.span.start).unwrap_or("");
    // A request to the reader of a form, who answers for the organisation:
    // "Please supply your ...".
    let words = bare_words(before);
    let opens_request = words
        .first()
        .is_some_and(|w| REQUEST_WORDS.contains(&w.as_str()))
        && words.iter().any(|w| w == "your");
    let Some(after) = text.get(m.span.end..m.sentence.end) else {
        return;
    };
    let Some((label, value)) = after.split_once(':') else {
        return;
    };
    // The request names what it asks for, and its value gives it.
    let facts = read_details(&format!("{label} {value}").replace(['|', '*'], " "));
    let given = facts.certificate.is_some() || facts.body.is_some() || facts.valid_to.is_some();
    if opens_request && given && !value.trim().is_empty() {
        m.status = Some(ClaimedStatus::Achieved);
        m.subject = Some(Subject::Organisation);
        m.note = None;
        m.phrase = Some(m.span.clone());
        fill_details(&mut m.details, facts);
    }
}

/// Verbs by which an organisation says it engaged a certification body for a
/// framework: "we used LRQA for ISO 27001", "Northwind chose BSI for ...".
const ENGAGING_VERBS: &[&str] = &[
    "used",
    "chose",
    "selected",
    "engaged",
    "appointed",
    "picked",
    "hired",
    "retained",
];

/// "Northwind used LRQA for ISO 27001 and BSI for ISO 42001": the
/// organisation, a verb of engaging, and a certification body right before
/// "for" and the framework show a certificate held, issued by that body.
fn engaged_body(text: &str, m: &mut Mention, org: &[String]) {
    if m.status.is_some() || m.note.is_some() || m.subject.is_some() {
        return;
    }
    let Some(before) = text.get(m.sentence.start..m.span.start) else {
        return;
    };
    let words: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    // "... for ISO 27001", "... for our ISO 27001".
    let for_at = match words.as_slice() {
        [.., f, o] if f == "for" && o == "our" => words.len() - 2,
        [.., f] if f == "for" => words.len() - 1,
        _ => return,
    };
    // The body is the one or two words right before "for".
    let near = &words[for_at.saturating_sub(2)..for_at];
    // "We used DNV's toolkit for ISO 42001": a possessive body owns what
    // was used, it was not engaged.
    if near.iter().any(|w| w.contains(['\'', '\u{2019}'])) {
        return;
    }
    let body = read_details(&near.join(" ")).body;
    let subject = words.first().map(String::as_str);
    let ours = subject == Some("we")
        || org
            .iter()
            .any(|o| before.to_lowercase().starts_with(o.as_str()));
    let verb = words.iter().any(|w| ENGAGING_VERBS.contains(&w.as_str()));
    if let Some(body) = body.filter(|_| ours && verb) {
        m.status = Some(ClaimedStatus::Achieved);
        m.subject = Some(Subject::Organisation);
        m.phrase = Some(m.span.clone());
        if m.details.body.is_none() {
            m.details.body = Some(body);
        }
    }
}

/// "Cyber Essentials and Cyber Essentials Plus expire in March and April 2027
/// respectively": a name joined by "and" to the next one, which a verb of
/// ending after it shows held, is held too.
fn share_coordinated(text: &str, out: &mut [Mention]) {
    for i in (1..out.len()).rev() {
        let (before, after) = out.split_at_mut(i);
        let (m, next) = (&mut before[i - 1], &after[0]);
        let joined = text
            .get(m.span.end..next.span.start)
            .is_some_and(|between| matches!(between.trim(), "and" | "&" | ","));
        let shown = next.status == Some(ClaimedStatus::Achieved)
            && next.phrase.as_ref() == Some(&next.span)
            && ends_by_verb(text.get(next.span.end..next.sentence.end).unwrap_or(""));
        let unclaimed = m.status.is_none() && m.note.is_none() && m.subject.is_none();
        if joined && shown && unclaimed && m.sentence == next.sentence {
            m.status = Some(ClaimedStatus::Achieved);
            m.subject = Some(Subject::Organisation);
            m.phrase = Some(m.span.clone());
        }
    }
}

/// "We hold ISO 27001 and ISO 42001, expiring in May 2028 and February 2029
/// respectively": the facts a sentence shares out in order go to its
/// mentions in order, one each, when the list has one item per mention.
fn share_out(text: &str, out: &mut [Mention]) {
    let mut i = 0;
    while i < out.len() {
        let sentence = out[i].sentence.clone();
        let j = i + out[i..]
            .iter()
            .take_while(|m| m.sentence == sentence)
            .count();
        let plain = text.get(sentence).unwrap_or("").replace(['|', '*'], " ");
        if let Some(facts) = shared_out(&plain, j - i) {
            for (m, facts) in out[i..j].iter_mut().zip(facts) {
                if m.status == Some(ClaimedStatus::Achieved) {
                    fill_details(&mut m.details, facts);
                }
            }
        }
        i = j;
    }
}

/// True when the words after a name open with a present verb of ending or
/// renewal, perhaps after "certificate": "expires in March 2027", "certificate
/// runs to May 2028", "is valid until 2028".
fn ends_by_verb(rest: &str) -> bool {
    let words: Vec<String> = rest
        .split_whitespace()
        .take(3)
        .map(|w| w.to_lowercase())
        .collect();
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "certificate" | "certification")),
    );
    words
        .get(skip)
        .is_some_and(|w| END_VERBS.contains(&w.as_str()))
}

/// The lowercase words of a text, without the punctuation around them.
fn bare_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect()
}
