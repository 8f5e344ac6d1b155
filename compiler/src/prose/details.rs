//! Reads the facts a claim states besides its status: an expiry ("valid to May
//! 2029", "valid from May 2025 to May 2028", "expires next April (2028)"), the
//! next renewal ("next renewal April 2028"), a first-certified year ("certified
//! since 2024"), the current certificate's issue date ("issued by IASME in March
//! 2026"), a certificate number and the certification body ("BSI", "BSI's
//! directory", "a BSI-issued certificate", "Lloyd's Register"). The rules
//! compare them with the spec's record, so a page that quotes the wrong expiry
//! or an old certificate number is caught. It also shares out the facts of a
//! list told "respectively" over the certificates named before it.
//!
//! Each reading is deliberately narrow: a date counts only after a word that
//! makes it an expiry, a renewal or a start, a number only after "certificate"
//! (or "registration") or in a certificate's own format, and a body only when it
//! is one of the known certification bodies and audit firms, or a name that
//! says it certifies ("Northgate Certification Ltd") after a word of
//! certifying.
//!
//! Dates are read in the forms people write them: "19 May 2028", "May 19,
//! 2028", "19th May 2028", "2028-05-19", "19/05/2028", "19.05.2028",
//! "05/2028", "May '28", "exp. 05/28", "Q2 2028", "mid-2028", "end of May
//! 2028". A numeric date of three parts is read day first ("05/06/2028" is 5
//! June 2028), the convention of this product's British users; only a second
//! part above 12 makes the first one the month ("12/31/2027").

use crate::prose::ClaimDetails;
use crate::prose::vocabulary;

/// Words after which a date is an expiry.
static VALID_TO: &[&str] = &[
    "valid to",
    "valid until",
    "valid till",
    "valid through",
    "valid thru",
    // How a translated page says it: "validity until 2029".
    "validity until",
    "validity to",
    "valid up to",
    "expires on",
    "expires",
    "expiring",
    "expiry date",
    "expiry",
    "expiration date",
    "expiration",
    "renewal due",
    // How people say it in running text: "the certificate runs until April 2028".
    "runs until",
    "runs to",
    "runs till",
    "runs through",
    // "Our certificate runs out on 19 May 2027", "runs out in August 2028".
    "runs out on",
    "runs out in",
    "runs out",
    "run out on",
    "run out in",
    "run out",
    // The plural, for two certificates at once: "both run to May 2028".
    "run until",
    "run to",
    "run till",
    "run through",
    // Told in the past: "the certificate ran until April 2026".
    "ran until",
    "ran to",
    "ran till",
    "ran through",
    "good until",
    "good till",
    "good til",
    "good through",
    "valid til",
    "current until",
    "current to",
    "in date until",
    // A renewal or extension with its new end: "renewed until January 2028".
    "renewed until",
    "renewed to",
    "renewed through",
    "extended until",
    "extended to",
    "expire on",
    "expire in",
    "expire",
    // The abbreviation of a register or card: "exp. 05/2028".
    "exp",
];

/// Words after which a date is when the certificate is next renewed: "next
/// renewal April 2028", "due for renewal in May 2028", "it renews in March".
static RENEWAL: &[&str] = &[
    "next renewal",
    "renewal date",
    "due for renewal",
    "up for renewal",
    "due to be renewed",
    "renews",
    "next recertification",
    "recertification due",
    "recertification date",
    "due for recertification",
    // "Our next ISO 27001 recertification isn't due until late 2028": the
    // noun with its verb, where the framework's name parts it from "next".
    "recertification is",
    "recertification isn't",
    "renewal is",
    "renewal isn't",
];

/// Words between a renewal marker and its date: "next renewal is due in
/// April 2028", "next recertification audit: May 2028".
const RENEWAL_FILLERS: &[&str] = &[
    "due",
    // "the next recertification audit falls due in August 2028".
    "falls",
    "fall",
    "is",
    "audit",
    "date",
    "expected",
    "scheduled",
    "planned",
    "for",
    "in",
    "on",
    "by",
    "not",
    "until",
    "till",
];

/// The date of the next renewal, after a marker told in the present or
/// ahead. A bare "Renewal:" label is not read: in a history it dates a
/// renewal done.
fn renewal_date(words: &[&str], lower: &[String]) -> Option<(i16, Option<i8>)> {
    let bare = |w: &String| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let mut starts: Vec<usize> = RENEWAL
        .iter()
        .flat_map(|marker| {
            find_marker(lower, marker)
                .into_iter()
                .filter(|&at| !told_as_past(lower, at - marker.split(' ').count()))
        })
        .collect();
    starts.sort_unstable();
    starts.into_iter().find_map(|at| {
        // "The next renewal of the Supplier's ISO 27001 certificate falls
        // in October 2027": what is renewed stands between the marker and
        // its verb.
        let at = if lower.get(at).is_some_and(|w| bare(w) == "of") {
            (at + 1..(at + 1 + RENEWED_THING_REACH).min(lower.len()))
                .find(|&i| matches!(bare(&lower[i]).as_str(), "falls" | "is" | "due" | "comes"))?
        } else {
            at
        };
        let skip = lower[at.min(lower.len())..]
            .iter()
            .take_while(|w| RENEWAL_FILLERS.contains(&bare(w).as_str()) || bare(w).is_empty())
            .count();
        date_after(&words[(at + skip).min(words.len())..])
    })
}

/// The most words naming what is renewed: "of the Supplier's ISO/IEC 27001
/// certificate".
const RENEWED_THING_REACH: usize = 7;

/// Words after which a year is the first certification.
static SINCE: &[&str] = &[
    "since",
    // "Certified from 2024": the start of holding, as "since".
    "certified from",
    "certificated from",
    "first certified in",
    "certified in",
    "achieved in",
    "awarded in",
    "attained in",
    "obtained in",
    // "Our certification dates back to 2024": its start, told from now.
    "dates back to",
    "date back to",
    "dating back to",
    "goes back to",
    "go back to",
];

/// Certification bodies and audit firms whose names, when a claim gives them,
/// are compared with the spec.
static BODIES: &[&str] = &[
    "BSI",
    "LRQA",
    "IASME",
    "SGS",
    "Bureau Veritas",
    "DNV",
    "NQA",
    "Intertek",
    "TÜV SÜD",
    "TÜV Rheinland",
    "TÜV NORD",
    "Schellman",
    "A-LIGN",
    "Coalfire",
    "Prescient Assurance",
    "ISOQAR",
    "Alcumus",
    "URS",
    "Deloitte",
    "KPMG",
    "PwC",
    "Certification Europe",
    "NSAI",
    "Kiwa",
    "DEKRA",
    "Applus",
    "Eurofins",
    "BDO",
    "Grant Thornton",
    "Moss Adams",
    "KirkpatrickPrice",
    "Johanson Group",
    "Sensiba",
    "Insight Assurance",
    "QMS International",
    "British Assessment Bureau",
    "Perry Johnson Registrars",
    "SAI Global",
    "UL Solutions",
    "Socotec",
    "Eurocert",
    "Control Union",
    "IMSM",
    "Ernst & Young",
    "Marcum",
    "Armanino",
    "Crowe",
    "Mazars",
    "Forvis",
    "CohnReznick",
    "Baker Tilly",
    "Linford & Co",
    "Barr Advisory",
];

/// Other names of the known bodies, each with the name it is compared as:
/// "Lloyd's Register" is LRQA, "the British Standards Institution" is BSI.
static BODY_ALIASES: &[(&str, &str)] = &[
    ("Lloyd's Register", "LRQA"),
    ("British Standards Institution", "BSI"),
    ("DNV GL", "DNV"),
    ("Det Norske Veritas", "DNV"),
    ("TUV SUD", "TÜV SÜD"),
    ("TUV Rheinland", "TÜV Rheinland"),
    ("TUV NORD", "TÜV NORD"),
    ("National Quality Assurance", "NQA"),
    ("Alcumus ISOQAR", "ISOQAR"),
];

/// Words after which a name is the body that certified the organisation:
/// "certified by Northgate Certification Ltd", "certification body: Acme
/// Registrars".
const BODY_LEADS: &[&str] = &[
    "certified by",
    "issued by",
    "audited by",
    "awarded by",
    "assessed by",
    "granted by",
    "certification body",
    "certifying body",
    "registrar",
    "issuer",
];

/// Words of which one makes a run of capitalised words an organisation that
/// certifies or audits: "Northgate Certification Ltd", "Acme Registrars".
const BODY_NOUNS: &[&str] = &[
    "certification",
    "certifications",
    "registrar",
    "registrars",
    "assurance",
    "quality",
    "audit",
    "ltd",
    "limited",
    "llp",
    "gmbh",
    "inc",
    "international",
];

/// Bodies that accredit the certifiers or own a scheme, never the issuer of
/// an organisation's certificate: "accredited by UKAS".
const ACCREDITORS: &[&str] = &[
    "ukas", "anab", "dakks", "cofrac", "enac", "accredia", "inab", "jas-anz", "iaf", "sanas",
    "ncsc", "aicpa",
];

/// How many capitalised words a body's name may take.
const BODY_NAME_REACH: usize = 5;

/// A body outside the known list, named after a word that makes it the
/// certifier and written as an organisation's name: "issued by Northgate
/// Certification Ltd".
fn named_body(words: &[&str], lower: &[String]) -> Option<String> {
    let clean = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
            .to_string()
    };
    BODY_LEADS.iter().find_map(|lead| {
        find_marker(lower, lead).into_iter().find_map(|at| {
            let at = at
                + words[at.min(words.len())..]
                    .iter()
                    .take_while(|w| {
                        matches!(clean(w).to_lowercase().as_str(), "" | "the" | "is" | "was")
                    })
                    .count();
            let mut name: Vec<String> = Vec::new();
            for w in words.iter().skip(at).take(BODY_NAME_REACH) {
                let c = clean(w);
                let capital = c.starts_with(|ch: char| ch.is_uppercase()) || c == "&";
                if !capital {
                    break;
                }
                name.push(c);
                if w.ends_with([',', ';', '.', ')', ':']) {
                    break;
                }
            }
            let lower_name: Vec<String> = name.iter().map(|w| w.to_lowercase()).collect();
            let certifier = lower_name.iter().any(|w| BODY_NOUNS.contains(&w.as_str()));
            let accreditor = lower_name
                .first()
                .is_some_and(|w| ACCREDITORS.contains(&w.as_str()));
            (certifier && !accreditor && name.len() > 1).then(|| name.join(" "))
        })
    })
}

/// The known body a text names, first in the text: by its name or another
/// name of it.
fn known_body(lower: &[String]) -> Option<String> {
    let joined = format!(" {} ", lower.join(" ").replace('\u{2019}', "'"));
    let names = BODIES
        .iter()
        .map(|b| (*b, *b))
        .chain(BODY_ALIASES.iter().copied());
    names
        .filter_map(|(written, canonical)| {
            let w = written.to_lowercase();
            let at = if w.contains(' ') {
                joined.match_indices(&w).map(|(i, _)| i).find(|&i| {
                    !joined[..i].ends_with(char::is_alphanumeric)
                        && !joined[i + w.len()..].starts_with(char::is_alphanumeric)
                })
            } else {
                lower
                    .iter()
                    .position(|x| body_word(x) == w.as_str())
                    .map(|k| lower[..k].iter().map(|x| x.len() + 1).sum::<usize>() + 1)
            };
            at.map(|i| (i, canonical))
        })
        .min_by_key(|(i, _)| *i)
        .map(|(_, canonical)| canonical.to_owned())
}

/// The prefixes of standards bodies' identifiers ("ISO 27001", "ISO-42001",
/// "BS 10012", "NIST 800-53"): a number after one names a standard, never a
/// certificate.
static STANDARD_PREFIXES: &[&str] = &["iso", "iec", "iso/iec", "bs", "en", "nist", "soc"];

/// True when `word` is, or opens with, a standards body's prefix followed by
/// digits or nothing: "ISO-27001", "ISO27001", "ISO", "IEC".
fn names_a_standard(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    STANDARD_PREFIXES.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start_matches(['-', ' ', '/', '_']);
            rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// The month a word names (`jan`, `January`), 1 to 12.
fn month(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    vocabulary::MONTH_NAMES[..12]
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || w.len() == m.len() || w == "sept"))
        .map(|i| i as i8 + 1)
}

/// A plausible certification year.
fn year(word: &str) -> Option<i16> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    if w.len() == 4 && word.chars().filter(|c| c.is_ascii_digit()).count() == 4 {
        let y: i16 = w.parse().ok()?;
        return (1990..=2100).contains(&y).then_some(y);
    }
    None
}

/// Words that place a date roughly or relative to now, before the month or
/// year they qualify: "next April (2028)", "early 2029", "at the end of Q1
/// 2028", "around spring 2028". A season or a quarter gives no month.
const ROUGH_TIME: &[&str] = &[
    "next",
    "this",
    "coming",
    "early",
    "late",
    "mid",
    "middle",
    "beginning",
    "start",
    "around",
    "about",
    "approximately",
    "approx",
    "circa",
    "at",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
];

/// How many words a date may take after its marker, fillers included: "at
/// the end of Q2 2029".
const DATE_REACH: usize = 7;

/// A year written in two digits, "28" for 2028, within the years a current
/// certificate can hold.
fn two_digit_year(digits: &str) -> Option<i16> {
    if digits.len() != 2 {
        return None;
    }
    let y: i16 = digits.parse().ok()?;
    (15..=60).contains(&y).then_some(2000 + y)
}

/// A month written as a number, 1 to 12.
fn month_number(part: &str) -> Option<i8> {
    part.parse::<i8>().ok().filter(|m| (1..=12).contains(m))
}

/// A date written as one word: "2028-05-19", "2028-05", "05/2028", "05/28",
/// "19/05/2028", "19.05.2028", "19-05-2028", "19-May-2028", "May-2028", or
/// a period of two ("2025\u{2013}2028", "2025-05-20\u{2013}2028-05-19"),
/// which ends in its last date.
///
/// A numeric date of three parts is read day first, the convention of this
/// product's (British) users: "05/06/2028" is 5 June 2028. Only a second
/// part above 12, which cannot be a month, makes the first the month
/// ("12/31/2027"). Two numbers alone are a month and a year ("05/2028",
/// "05/28").
fn compact_date(word: &str) -> Option<(i16, Option<i8>)> {
    if let Some((_, end)) = year_range(word) {
        return Some((end, None));
    }
    // "2025-05-20\u{2013}2028-05-19": a period, joined by a dash.
    if let Some((from, to)) = word.split_once(['\u{2013}', '\u{2014}']) {
        return compact_date(from).and_then(|_| compact_date(to));
    }
    let parts: Vec<&str> = word.split(['-', '/', '.']).collect();
    match parts[..] {
        // "2028-05-19", "2028-05", "2028/05".
        [y, ref rest @ ..] if !rest.is_empty() && year(y).is_some() && y.len() == 4 => {
            let y = year(y)?;
            Some((y, rest.first().and_then(|m| month_number(m))))
        }
        // "05/2028", "May-2028", "05/28" (a two-digit year only after a
        // slash, as a card writes it).
        [m, y] => {
            let m = month_number(m).or_else(|| month(m))?;
            let y = year(y)
                .filter(|_| y.len() == 4)
                .or_else(|| word.contains('/').then(|| two_digit_year(y)).flatten())?;
            Some((y, Some(m)))
        }
        // "19/05/2028", "19.05.2028", "19-May-2028".
        [a, b, y] if y.len() == 4 => {
            let y = year(y)?;
            a.parse::<u8>().ok()?;
            let month = match (month_number(a), month_number(b).or_else(|| month(b))) {
                (_, Some(b)) => Some(b),
                (Some(a), None) if b.parse::<u8>().is_ok() => Some(a),
                _ => return None,
            };
            Some((y, month))
        }
        _ => None,
    }
}

/// Reads a date written right after a marker: "May 2029", "19 May 2029",
/// "2029-05-19", "2029", "05/2029", "next April (2029)", "early 2029".
fn date_after(words: &[&str]) -> Option<(i16, Option<i8>)> {
    let mut month_seen: Option<i8> = None;
    for (i, w) in words.iter().take(DATE_REACH).enumerate() {
        let clean = w.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ')' | '(' | ';'));
        // "2025-05-20\u{2013}19 May 2028": a start joined by a dash to an end
        // written in words; the end is read from the rest.
        if let Some((from, to)) = clean.split_once(['\u{2013}', '\u{2014}'])
            && compact_date(from).is_some()
            && !to.is_empty()
            && compact_date(to).is_none()
        {
            let rest: Vec<&str> = std::iter::once(to)
                .chain(words[i + 1..].iter().copied())
                .collect();
            return date_after(&rest);
        }
        // "2025\u{2013}2028": a period of years ends in its last one.
        if let Some(date) = compact_date(clean) {
            return Some(date);
        }
        // "May '28": a month, then its year in two digits.
        if month_seen.is_some()
            && let Some(y) = clean
                .strip_prefix(['\'', '\u{2019}'])
                .and_then(two_digit_year)
        {
            return Some((y, month_seen));
        }
        if let Some(y) = year(clean) {
            return Some((y, month_seen));
        }
        if let Some(m) = month(clean) {
            month_seen = Some(m);
            continue;
        }
        let lower = clean.to_lowercase();
        let filler = matches!(
            lower.as_str(),
            "on" | "in"
                | "the"
                | "of"
                | "date"
                | "end"
                | "until"
                | "to"
                | "is"
                | "by"
                | "st"
                | "nd"
                | "rd"
                | "th"
        ) || ROUGH_TIME.contains(&lower.as_str())
            || vocabulary::SEASONS.contains(&lower.as_str())
            || clean
                .trim_end_matches(|c: char| c.is_alphabetic())
                .parse::<u8>()
                .is_ok();
        if !filler {
            return None;
        }
    }
    None
}

/// The years of a written period, "2025-2028" or "2025\u{2013}2028", when
/// the second follows the first.
fn year_range(word: &str) -> Option<(i16, i16)> {
    let (a, b) = word.split_once(['-', '\u{2013}', '\u{2014}'])?;
    let (a, b) = (year(a)?, year(b)?);
    (b > a).then_some((a, b))
}

/// Words that open a certificate's period of validity: "valid from May 2025
/// to May 2028", "validity: 2025\u{2013}2028".
const PERIOD_MARKERS: &[&str] = &["valid from", "valid between", "validity", "valid"];

/// Words between the start and the end of a period.
const PERIOD_SEPARATORS: &[&str] = &[
    "to", "until", "till", "thru", "through", "and", "-", "\u{2013}", "\u{2014}",
];

/// The end of a period written right after a marker: a range of years, or a
/// date, a separator and a date ("May 2025 to May 2028"); the start alone is
/// no end.
fn period_end(words: &[&str]) -> Option<(i16, Option<i8>)> {
    let clean = |w: &str| {
        w.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ')' | '(' | ';'))
            .to_lowercase()
    };
    let first = words
        .iter()
        .position(|w| !matches!(clean(w).as_str(), "" | "from" | "between" | "period" | "is"))?;
    if first > 2 {
        return None;
    }
    let words = &words[first..];
    // "2025-05-20\u{2013}2028-05-19": a period written as one word.
    if words
        .first()
        .is_some_and(|w| w.contains(['\u{2013}', '\u{2014}']))
    {
        return date_after(words);
    }
    if let Some((_, end)) = words.first().and_then(|w| year_range(&clean(w))) {
        return Some((end, None));
    }
    let sep =
        (1..words.len().min(6)).find(|&k| PERIOD_SEPARATORS.contains(&clean(words[k]).as_str()))?;
    date_after(&words[..sep])?;
    date_after(&words[sep + 1..])
}

/// How many words a length of validity may take before its end.
const LENGTH_REACH: usize = 5;

/// The end after a length of validity: "(valid for) three years, to May
/// 2029", "12 months until March 2027".
fn end_after_length(words: &[&str], lower: &[String], at: usize) -> Option<(i16, Option<i8>)> {
    let end = (at + LENGTH_REACH).min(words.len());
    (at..end)
        .take_while(|&i| i == at || !lower[i - 1].ends_with([';', '.']))
        .find(|&i| ASIDE_ENDS.contains(&lower[i].trim_matches(|c: char| !c.is_alphanumeric())))
        .and_then(|i| date_after(&words[i + 1..]))
}

/// The number a word gives a length of years: "3", "three".
fn years_count(word: &str) -> Option<i16> {
    const WORDS: &[&str] = &["one", "two", "three", "four", "five"];
    word.parse::<i16>()
        .ok()
        .filter(|n| (1..=5).contains(n))
        .or_else(|| {
            WORDS
                .iter()
                .position(|w| *w == word)
                .and_then(|i| i16::try_from(i + 1).ok())
        })
}

/// The end of a length of years counted from a start: "(valid for) three
/// years from March 2026" ends in March 2029.
fn end_from_start(words: &[&str], lower: &[String], at: usize) -> Option<(i16, Option<i8>)> {
    let bare = |i: usize| {
        lower
            .get(i)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
    };
    let count = years_count(&bare(at)?)?;
    if !matches!(bare(at + 1)?.as_str(), "years" | "year") || bare(at + 2)? != "from" {
        return None;
    }
    let (year, month) = date_after(&words[(at + 3).min(words.len())..])?;
    Some((year + count, month))
}

/// Words before "issued" that make the date a first issue, not the current
/// certificate's: "first issued in 2019".
const FIRST_ISSUE: &[&str] = &["first", "originally", "initially", "original", "initial"];

/// Words that tell a certificate's history, where an issue date may be an
/// earlier certificate's: "issued in 2022 and renewed in 2025".
const HISTORY_WORDS: &[&str] = &[
    "renewed",
    "renewal",
    "recertified",
    "recertification",
    "transitioned",
    "previous",
    "previously",
    "earlier",
    "old",
    "expired",
    "lapsed",
    "since",
];

/// Words that end the stretch after "issued" in which its date is looked for.
const ISSUE_STOPS: &[&str] = &[
    "and", "but", "which", "valid", "expires", "expiring", "until", "to",
];

/// The issue date of the current certificate: "issued in March 2026", "issued
/// by IASME on 10 March 2026", "issue date: 2026-03-10"; none in a sentence
/// that tells the certificate's history or after "first".
fn issue_date(words: &[&str], lower: &[String]) -> Option<(i16, Option<i8>)> {
    let bare = |w: &String| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    if lower
        .iter()
        .any(|w| HISTORY_WORDS.contains(&bare(w).as_str()))
    {
        return None;
    }
    let mut starts: Vec<usize> = find_marker(lower, "issue date");
    starts.extend(find_marker(lower, "date of issue"));
    // "Date of current issue: 1 September 2025", as certificates print it.
    for label in [
        "date of current issue",
        "date of latest issue",
        "date of last issue",
    ] {
        starts.extend(find_marker(lower, label));
    }
    for (i, w) in lower.iter().enumerate() {
        let first = i > 0 && FIRST_ISSUE.contains(&bare(&lower[i - 1]).as_str());
        if matches!(bare(w).as_str(), "issued" | "reissued") && !first {
            starts.push(i + 1);
        }
    }
    starts.into_iter().find_map(|at| {
        let end = (at + 6).min(words.len());
        let mut k = at;
        while k < end {
            let w = bare(&lower[k]);
            if ISSUE_STOPS.contains(&w.as_str()) {
                return None;
            }
            if let Some(d) = date_after(&words[k..]) {
                return Some(d);
            }
            if lower[k].ends_with([';', '.']) {
                return None;
            }
            k += 1;
        }
        None
    })
}

/// The name a word gives a certification body in: "BSI", "BSI's directory",
/// "a BSI-issued certificate", "LRQA-certified".
fn body_word(word: &str) -> &str {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    w.rsplit_once('-')
        .filter(|(_, role)| BODY_ROLES.contains(role))
        .map_or(w, |(name, _)| name)
}

/// Words that open a phrase stating a fact of the certificate named just
/// before it: "issued by LRQA", "valid until May 2028", "expiring 2027".
const FACT_OPENERS: &[&str] = &[
    "issued",
    "certified",
    "audited",
    "accredited",
    "awarded",
    "registered",
    "assessed",
    "verified",
    "granted",
    "valid",
    "expires",
    "expiring",
    "renewed",
];

/// True when `rest`, the text after a comma, opens a phrase that tells a
/// fact of the certificate named before the comma ("..., issued by LRQA,
/// and ..."), so the comma does not end that certificate's item. A
/// participle of certifying counts only with its agent ("issued by").
pub fn opens_certificate_fact(rest: &str) -> bool {
    let mut words = rest.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    if !FACT_OPENERS.contains(&first.as_str()) {
        return false;
    }
    match first.as_str() {
        "valid" | "expires" | "expiring" => true,
        _ => second.as_deref() == Some("by"),
    }
}

/// Participles that join a body's name to what it did: "BSI-issued".
const BODY_ROLES: &[&str] = &[
    "certified",
    "issued",
    "audited",
    "accredited",
    "awarded",
    "registered",
    "assessed",
    "verified",
];

/// Participles after which "until" and a date end the certificate held:
/// "certified until May 2028", "accredited to ISO 27001 until 2028".
const HELD_PARTICIPLES: &[&str] = &["certified", "accredited", "registered", "certificated"];

/// How many words may stand between the participle and "until".
const HELD_UNTIL_REACH: usize = 5;

/// The end of a certificate held "until" a date after a participle of
/// holding, told in the present: none after "was", "were" or "had been".
fn held_until(words: &[&str], lower: &[String]) -> Option<(i16, Option<i8>)> {
    let bare = |w: &String| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let at = lower
        .iter()
        .position(|w| HELD_PARTICIPLES.contains(&bare(w).as_str()))?;
    if told_as_past(lower, at)
        || lower
            .iter()
            .any(|w| matches!(bare(w).as_str(), "was" | "were"))
    {
        return None;
    }
    let end = (at + 1 + HELD_UNTIL_REACH).min(lower.len());
    let until = (at + 1..end)
        .take_while(|&i| !lower[i - 1].ends_with([',', ';', '.']))
        .find(|&i| {
            matches!(
                bare(&lower[i]).as_str(),
                "until" | "till" | "through" | "thru"
            )
        })?;
    date_after(&words[until + 1..])
}

/// Stems of the words that say a certificate was obtained: "certified",
/// "certification", "achieved", "awarded".
const OBTAINED_STEMS: &[&str] = &[
    "certif", "accredit", "achiev", "award", "obtain", "gain", "attain", "earn", "register",
    "issu", "grant",
];

/// True for a word that says a certificate was obtained.
fn obtained_word(word: &str) -> bool {
    OBTAINED_STEMS.iter().any(|s| word.starts_with(s))
}

/// Words that put an end told after them in the past, an earlier
/// certificate's: "it was due to expire in 2025", "the old one ran until".
const PAST_END: &[&str] = &[
    "was",
    "were",
    "had",
    "previously",
    "originally",
    "old",
    "previous",
];

/// True when one of the three words before `at` tells the end as past.
fn told_as_past(lower: &[String], at: usize) -> bool {
    lower[at.saturating_sub(3)..at]
        .iter()
        .any(|w| PAST_END.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Finds `marker` (lowercase words) in `lower` words, returning the index after it.
fn find_marker(lower: &[String], marker: &str) -> Vec<usize> {
    let parts: Vec<&str> = marker.split(' ').collect();
    (0..lower.len())
        .filter(|&i| {
            parts.iter().enumerate().all(|(k, p)| {
                lower
                    .get(i + k)
                    .is_some_and(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == *p)
            })
        })
        .map(|i| i + parts.len())
        .collect()
}

/// True for a word that may be part of a certificate number: capitals, digits
/// and `-`, `/`, `.`.
fn number_part(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
}

/// Words that give the end of a period inside a bracketed aside.
const ASIDE_ENDS: &[&str] = &["to", "until", "till", "thru", "through"];

/// The date after "to" or "until" that opens an item of a bracketed aside,
/// "(LRQA, to Aug 2029)" or "(until 05/2028)", where nothing else can end.
fn aside_end(words: &[&str]) -> Option<(i16, Option<i8>)> {
    let mut open = false;
    for (i, w) in words.iter().enumerate() {
        let item_start = w.starts_with('(') || (open && i > 0 && words[i - 1].ends_with(','));
        open = (open || w.starts_with('(')) && !w.ends_with(')');
        let word = w.trim_start_matches('(').to_lowercase();
        if item_start && ASIDE_ENDS.contains(&word.as_str()) {
            return date_after(&words[i + 1..]);
        }
    }
    None
}

/// Nouns for a person's role or a relationship, before whose "since" a
/// year is no certificate's: "a certified lead auditor since 2027", "a
/// customer since 2019".
const PERSON_ROLES: &[&str] = &[
    "auditor",
    "implementer",
    "practitioner",
    "assessor",
    "member",
    "employee",
    "staff",
    "ciso",
    "cto",
    "ceo",
    "dpo",
    "customer",
    "customers",
    "partner",
    "partners",
    "client",
    "clients",
];

/// True when one of the four words before `at` names a person's role.
fn of_a_person(lower: &[String], at: usize) -> bool {
    lower[at.saturating_sub(4)..at]
        .iter()
        .any(|w| PERSON_ROLES.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Participles of obtaining a certificate after which "in" and a date give
/// when: "certified to ISO 27001 in 2026".
const CERTIFIED_PARTICIPLES: &[&str] = &["certified", "certificated", "accredited"];

/// How many words may stand between the participle and "in".
const CERTIFIED_IN_REACH: usize = 5;

/// The year of "certified ... in" a date, inside one clause and not about a
/// person: "We were certified to ISO 27001 in March 2026".
fn certified_in(words: &[&str], lower: &[String]) -> Option<i16> {
    let bare = |w: &String| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let at = lower
        .iter()
        .position(|w| CERTIFIED_PARTICIPLES.contains(&bare(w).as_str()))?;
    if of_a_person(lower, at + 1) || of_a_person(lower, (at + 4).min(lower.len())) {
        return None;
    }
    let end = (at + 1 + CERTIFIED_IN_REACH).min(lower.len());
    let within = (at + 1..end)
        .take_while(|&i| !lower[i - 1].ends_with([',', ';', '.', ':']))
        .find(|&i| bare(&lower[i]) == "in")?;
    date_after(&words[within + 1..]).map(|(y, _)| y)
}

/// Reads the details of one sentence.
/// The sentence with years said in words written in figures, as captions
/// and transcripts spell them: "twenty twenty seven" is 2027, "twenty
/// thirty" 2030, "two thousand and twenty six" 2026.
fn years_in_figures(sentence: &str) -> String {
    const ONES: [&str; 10] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    const TENS: [(&str, u32); 8] = [
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // The value of a number from 20 to 99 said at `at` ("twenty seven",
    // "thirty"), with the count of words it takes.
    let tens_at = |at: usize| -> Option<(u32, usize)> {
        let w = bare(words.get(at)?);
        let (_, tens) = TENS.iter().find(|(t, _)| *t == w)?;
        // A word that ends a sentence ends the number.
        if words[at].ends_with(['.', ',', ';']) {
            return Some((*tens, 1));
        }
        let next = words.get(at + 1).map(|w| bare(w)).unwrap_or_default();
        match ONES.iter().position(|o| !o.is_empty() && *o == next) {
            Some(one) => Some((tens + one as u32, 2)),
            None => Some((*tens, 1)),
        }
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = bare(words[i]);
        let year = if w == "twenty" && !words[i].ends_with(['.', ',', ';']) {
            tens_at(i + 1)
                .filter(|(n, _)| (20..40).contains(n))
                .map(|(n, k)| (2000 + n, 1 + k))
        } else if w == "two" && words.get(i + 1).is_some_and(|n| bare(n) == "thousand") {
            let and = usize::from(words.get(i + 2).is_some_and(|n| bare(n) == "and"));
            tens_at(i + 2 + and).map(|(n, k)| (2000 + n, 2 + and + k))
        } else {
            None
        };
        match year {
            Some((year, taken)) => {
                // Keep what closes the last word ("... twenty thirty.").
                let last = words[i + taken - 1];
                let tail: String = last
                    .chars()
                    .rev()
                    .take_while(|c| !c.is_alphanumeric())
                    .collect::<Vec<char>>()
                    .into_iter()
                    .rev()
                    .collect();
                out.push(format!("{year}{tail}"));
                i += taken;
            }
            None => {
                out.push(words[i].to_string());
                i += 1;
            }
        }
    }
    out.join(" ")
}

pub fn read_details(sentence: &str) -> ClaimDetails {
    let said = years_in_figures(&crate::prose::sentences::without_ligatures(sentence));
    let words: Vec<&str> = said.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut out = ClaimDetails::default();
    // "... run to May 2028 and February 2029 respectively": facts shared out
    // over several certificates in order belong to none of them alone.
    if lower
        .iter()
        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == "respectively")
    {
        return out;
    }
    for marker in VALID_TO {
        if out.valid_to.is_some() {
            break;
        }
        for at in find_marker(&lower, marker) {
            if told_as_past(&lower, at - marker.split(' ').count()) {
                continue;
            }
            if let Some(d) = date_after(&words[at.min(words.len())..]) {
                out.valid_to = Some(d);
                break;
            }
        }
    }
    // "Certified to ISO 27001 until May 2028": "until" after a present
    // participle of holding, not after a past tense, which tells a lapse.
    if out.valid_to.is_none() {
        out.valid_to = held_until(&words, &lower);
    }
    // A list's aside gives an end with "to" or "until" alone: "ISO 27001
    // (LRQA, to Aug 2029)".
    if out.valid_to.is_none() {
        out.valid_to = aside_end(&words);
    }
    // "valid for three years, to May 2029": a length, then the end; or a
    // length from a start, "valid for three years from March 2026".
    if out.valid_to.is_none() {
        out.valid_to = find_marker(&lower, "valid for").into_iter().find_map(|at| {
            end_after_length(&words, &lower, at).or_else(|| end_from_start(&words, &lower, at))
        });
    }
    if out.valid_to.is_none() {
        out.valid_to = PERIOD_MARKERS.iter().find_map(|marker| {
            find_marker(&lower, marker)
                .into_iter()
                .find_map(|at| period_end(&words[at.min(words.len())..]))
        });
    }
    out.issued = issue_date(&words, &lower);
    out.renewal = renewal_date(&words, &lower);
    for marker in SINCE {
        if out.since_year.is_some() {
            break;
        }
        for at in find_marker(&lower, marker) {
            if of_a_person(&lower, at - marker.split(' ').count()) {
                continue;
            }
            if let Some((y, _)) = date_after(&words[at.min(words.len())..]) {
                out.since_year = Some(y);
                break;
            }
        }
    }
    // "first achieved ISO 27001 certification in 2025", not "first
    // surveillance audit in 2027": the words before the date say what was
    // first obtained.
    if out.since_year.is_none() {
        for at in find_marker(&lower, "first") {
            let end = (at + 7).min(words.len());
            let hit = (at..end)
                .filter(|&i| matches!(lower[i].as_str(), "in" | "since"))
                .filter(|&i| lower[at..i].iter().any(|w| obtained_word(w)))
                .find_map(|i| date_after(&words[i + 1..]));
            if let Some((y, _)) = hit {
                out.since_year = Some(y);
                break;
            }
        }
    }
    // "We were certified to ISO 27001 in 2026": a participle of obtaining,
    // then "in" and a date, in the same clause.
    if out.since_year.is_none() {
        out.since_year = certified_in(&words, &lower);
    }
    // Certificate numbers are told by their capitals; a sentence written all
    // in lower case ("our ce cert iasme-ce-013579") has none to tell them by,
    // so its words are looked at in capitals.
    let shouted: Vec<String> = if sentence.chars().any(char::is_uppercase) {
        Vec::new()
    } else {
        words.iter().map(|w| w.to_uppercase()).collect()
    };
    // In lower case any word passes for capitals ("mid-2028"), so a number
    // needs a longer serial.
    let serial_digits = if shouted.is_empty() { 4 } else { 5 };
    let cased: Vec<&str> = if shouted.is_empty() {
        words.clone()
    } else {
        shouted.iter().map(String::as_str).collect()
    };
    for (i, w) in lower.iter().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !matches!(w, "certificate" | "cert" | "registration") {
            continue;
        }
        let mut j = i + 1;
        while let Some(next) = lower.get(j) {
            let n = next.trim_matches(|c: char| matches!(c, ':' | '.' | ',' | '#'));
            if matches!(n, "number" | "no" | "ref" | "reference" | "id" | "")
                || words.get(j) == Some(&"is")
            {
                j += 1;
            } else {
                break;
            }
        }
        let mut parts: Vec<&str> = Vec::new();
        for w in cased.iter().skip(j).take(3) {
            // A bracket after the number opens an aside: "IS 712345 (BSI)".
            if !parts.is_empty() && w.starts_with('(') {
                break;
            }
            let clean = w
                .trim_start_matches(['(', '#', ':', '"', '\u{201c}', '\''])
                .trim_end_matches(['.', ',', ';', ')', ':', '"', '\u{201d}', '\'']);
            // A number ends with its digits: "IASME-CE-013579 IS VALID".
            let after_digits = parts.iter().any(|p| p.chars().any(|c| c.is_ascii_digit()));
            if !number_part(clean) || after_digits && !clean.chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            parts.push(clean);
            if w.ends_with([',', ';', ')']) {
                break;
            }
        }
        let number = parts.join(" ");
        if parts.first().is_some_and(|p| names_a_standard(p)) {
            continue;
        }
        // In lower case any word passes for capitals, so only a serial of
        // five digits or more is taken: not "lapses 12" nor "for 12".
        let digits = number.chars().filter(char::is_ascii_digit).count();
        if digits > 0 && number.chars().count() >= 4 && (shouted.is_empty() || digits >= 5) {
            out.certificate = Some(number);
            break;
        }
    }
    // A bare number in a certificate's own format: "IASME-CE-013579".
    if out.certificate.is_none() {
        out.certificate = cased
            .iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| {
                w.contains('-')
                    && w.chars().any(|c| c.is_ascii_uppercase())
                    && w.chars().filter(char::is_ascii_digit).count() >= serial_digits
                    && number_part(w)
                    && year(w.split('-').next().unwrap_or("")).is_none()
                    && !names_a_standard(w)
            })
            .map(str::to_owned);
    }
    // A scheme's prefix in capitals and a serial of five digits or more:
    // "AIMS 800412" in "(BSI, AIMS 800412)" or "LRQA \u{2013} AIMS 800421".
    if out.certificate.is_none() {
        out.certificate = cased.windows(2).find_map(|pair| {
            let prefix = pair[0].trim_start_matches(['(', '"', '\u{201c}', '\'']);
            let serial = pair[1].trim_end_matches(['.', ',', ';', ')', '"', '\u{201d}', '\'']);
            let is_prefix = (2..=6).contains(&prefix.len())
                && prefix.chars().all(|c| c.is_ascii_uppercase())
                && !names_a_standard(prefix)
                && !BODIES.contains(&prefix);
            let is_serial = serial.len() >= 5 && serial.chars().all(|c| c.is_ascii_digit());
            (is_prefix && is_serial).then(|| format!("{prefix} {serial}"))
        });
    }
    // The same written as one word in an aside: "(IS712345)".
    if out.certificate.is_none() {
        out.certificate = cased.iter().find_map(|w| {
            let code = w.strip_prefix('(')?.trim_end_matches(['.', ',', ';', ')']);
            let digits = code.trim_start_matches(|c: char| c.is_ascii_uppercase());
            let prefix = &code[..code.len() - digits.len()];
            let is_code = (2..=6).contains(&prefix.len())
                && digits.len() >= 5
                && digits.chars().all(|c| c.is_ascii_digit())
                && !names_a_standard(code)
                && !BODIES.contains(&prefix);
            is_code.then(|| code.to_owned())
        });
    }
    out.body = known_body(&lower).or_else(|| named_body(&words, &lower));
    out
}

/// Words that separate the items of a list of facts: "May 2028 and June
/// 2029", "IS 712345, AIMS 800421".
const LIST_SEPARATORS: &[&str] = &["and", "&"];

/// "... expire in May 2028 and February 2029 respectively": the facts of a
/// sentence shared out in order over `count` certificates named before, one
/// item of the list each; facts outside the list belong to all. `None` when
/// the sentence shares out nothing or its list has another length.
pub fn shared_out(sentence: &str, count: usize) -> Option<Vec<ClaimDetails>> {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let end = words.iter().position(|w| bare(w) == "respectively")?;
    if count < 2 {
        return None;
    }
    // The items before "respectively", split at "and" and at commas.
    let mut items: Vec<Vec<&str>> = vec![Vec::new()];
    for w in &words[..end] {
        if LIST_SEPARATORS.contains(&bare(w).as_str()) {
            items.push(Vec::new());
            continue;
        }
        if let Some(last) = items.last_mut() {
            last.push(w);
        }
        if w.ends_with(',') {
            items.push(Vec::new());
        }
    }
    items.retain(|item| !item.is_empty());
    let list = items.get(items.len().checked_sub(count)?..)?;
    let first = read_details(&list[0].join(" "));
    // The marker of the first item stands before every later one: "expire
    // in May 2028 and [expire in] February 2029".
    let mut out: Vec<ClaimDetails> = vec![first.clone()];
    for item in &list[1..] {
        let item = item.join(" ");
        let read = |marker: &str| read_details(&format!("{marker} {item}"));
        out.push(ClaimDetails {
            valid_to: first.valid_to.and(read("expires").valid_to),
            since_year: first.since_year.and(read("since").since_year),
            issued: first.issued.and(read("issued").issued),
            renewal: first.renewal.and(read("next renewal").renewal),
            certificate: first
                .certificate
                .as_ref()
                .and(read("certificate").certificate),
            body: first.body.as_ref().and(read("").body),
        });
    }
    // Each item must give the kind of fact the first one gave.
    if first.is_empty() || out.iter().any(ClaimDetails::is_empty) {
        return None;
    }
    let before = items.len() - count;
    // "by NQA, SGS and Kiwa respectively" over two names: an item of the
    // same kind before the list makes it longer than the names.
    if let Some(previous) = before
        .checked_sub(1)
        .map(|k| read_details(&items[k].join(" ")))
    {
        let same_kind = (previous.valid_to.is_some() && first.valid_to.is_some())
            || (previous.issued.is_some() && first.issued.is_some())
            || (previous.certificate.is_some() && first.certificate.is_some())
            || (previous.body.is_some() && first.body.is_some());
        if same_kind {
            return None;
        }
    }
    let shared: Vec<&str> = items[..before].iter().flatten().copied().collect();
    let shared = read_details(&shared.join(" "));
    for facts in &mut out {
        fill_details(facts, shared.clone());
    }
    Some(out)
}

/// Fills the facts `into` does not state yet from `from`.
pub fn fill_details(into: &mut ClaimDetails, from: ClaimDetails) {
    into.valid_to = into.valid_to.or(from.valid_to);
    into.since_year = into.since_year.or(from.since_year);
    into.issued = into.issued.or(from.issued);
    into.renewal = into.renewal.or(from.renewal);
    if into.certificate.is_none() {
        into.certificate = from.certificate;
    }
    if into.body.is_none() {
        into.body = from.body;
    }
}

/// Letters and digits only, uppercase: how certificate numbers are compared.
pub fn normalise_number(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_said_in_words_are_read_as_figures() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(
            d("the certificate runs to february twenty thirty"),
            Some((2030, Some(2)))
        );
        assert_eq!(
            d("it's valid till september twenty twenty seven."),
            Some((2027, Some(9)))
        );
        assert_eq!(
            read_details("we've had it since two thousand and twenty five").since_year,
            Some(2025)
        );
        // Near misses: twenty of something else, and a count of years.
        assert_eq!(d("valid for twenty months"), None);
        assert_eq!(
            years_in_figures("twenty, twenty seven"),
            "twenty, twenty seven"
        );
        assert_eq!(years_in_figures("twenty nine staff"), "twenty nine staff");
    }

    #[test]
    fn an_expiry_told_roughly_or_relative_to_now_keeps_its_year() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(d("It expires next June (2029)."), Some((2029, Some(6))));
        assert_eq!(
            d("The certificate expires in early 2029."),
            Some((2029, None))
        );
        assert_eq!(d("Valid until spring 2028"), Some((2028, None)));
        assert_eq!(
            d("It runs to the end of Q3 2028, when we renew."),
            Some((2028, None))
        );
        assert_eq!(d("Expires around mid-2027."), Some((2027, None)));
        assert_eq!(
            d("(organism: NQA, validity until 2029)"),
            Some((2029, None))
        );
        // Near misses: a relative time with no year, and a year after a
        // word that is no part of a date.
        assert_eq!(d("It expires next June."), None);
        assert_eq!(d("It expires next June and we renew in 2028."), None);
    }

    #[test]
    fn a_next_renewal_is_read_apart_from_the_expiry() {
        let r = |s: &str| read_details(s).renewal;
        assert_eq!(r("Next renewal: June 2028"), Some((2028, Some(6))));
        assert_eq!(
            r("Our SOC 2 renewal isn't due until March 2029."),
            Some((2029, Some(3)))
        );
        assert_eq!(
            r("The next Cyber Essentials recertification is not due till May 2027"),
            Some((2027, Some(5)))
        );
        // Near miss: a renewal under way gives no date.
        assert_eq!(r("Our renewal is in progress since March 2026."), None);
        assert_eq!(
            r("The certificate is due for renewal in autumn 2027."),
            Some((2027, None))
        );
        assert_eq!(
            r("Our next recertification audit is planned for March 2029."),
            Some((2029, Some(3)))
        );
        assert_eq!(
            r("It is up for renewal in January 2027."),
            Some((2027, Some(1)))
        );
        assert_eq!(
            r("Our certificate renews in October 2027."),
            Some((2027, Some(10)))
        );
        // Near misses: a renewal done, told in the past, and a label that
        // may date a renewal done.
        assert_eq!(r("It was renewed in March 2026."), None);
        assert_eq!(r("The previous renewal was in 2025."), None);
        assert_eq!(r("Renewal: March 2026 (completed)."), None);
        assert_eq!(
            read_details("Next renewal: June 2028").valid_to,
            None,
            "a renewal is no expiry"
        );
    }

    #[test]
    fn other_names_of_known_bodies_are_compared_as_the_body() {
        let b = |s: &str| read_details(s).body;
        assert_eq!(b("certified by Lloyd's Register"), Some("LRQA".to_string()));
        assert_eq!(
            b("issued by Lloyd\u{2019}s Register in 2024"),
            Some("LRQA".to_string())
        );
        assert_eq!(
            b("audited by the British Standards Institution"),
            Some("BSI".to_string())
        );
        assert_eq!(b("(TUV SUD, 2025)"), Some("TÜV SÜD".to_string()));
        assert_eq!(b("assessed by DNV GL"), Some("DNV".to_string()));
        // The first body in the text, not in the list.
        assert_eq!(
            b("certified by NQA, formerly with BSI"),
            Some("NQA".to_string())
        );
        // Near miss: a register that is no body's.
        assert_eq!(b("listed in the public register"), None);
    }

    #[test]
    fn a_body_outside_the_list_is_read_from_its_role_and_its_name() {
        let b = |s: &str| read_details(s).body;
        assert_eq!(
            b("Our certificate was issued by Northgate Certification Ltd."),
            Some("Northgate Certification Ltd".to_string())
        );
        assert_eq!(
            b("Certification body: Harwell Quality Registrars, since 2024"),
            Some("Harwell Quality Registrars".to_string())
        );
        // Near misses: an accreditor, a person, a lowercase team, and a
        // name with nothing that makes it a certifier.
        assert_eq!(b("certified by UKAS Accreditation Services"), None);
        assert_eq!(b("The certificate was issued by Dana Okafor."), None);
        assert_eq!(b("audited by our internal audit team"), None);
        assert_eq!(b("issued by Northgate Consulting"), None);
    }

    #[test]
    fn facts_shared_out_respectively_go_to_each_in_order() {
        let shared = |s: &str, n: usize| shared_out(s, n);
        let got = shared(
            "ISO 27001 and ISO 42001, issued by NQA, expire in June 2028 and March 2030 respectively.",
            2,
        )
        .expect("two lists");
        assert_eq!(got[0].valid_to, Some((2028, Some(6))));
        assert_eq!(got[1].valid_to, Some((2030, Some(3))));
        assert_eq!(got[1].body.as_deref(), Some("NQA"), "a shared fact");
        let got = shared(
            "ISO 27001 and ISO 42001 (certificates QX 100200 and QX 100300 respectively)",
            2,
        )
        .expect("two numbers");
        assert_eq!(got[1].certificate.as_deref(), Some("QX 100300"));
        let got = shared("Issued by SGS and Kiwa respectively.", 2).expect("two bodies");
        assert_eq!(got[0].body.as_deref(), Some("SGS"));
        assert_eq!(got[1].body.as_deref(), Some("Kiwa"));
        // Near misses: a list of another length, no "respectively", and
        // an item that gives another kind of fact than the first.
        assert_eq!(
            shared("They expire in 2028 and 2029 respectively.", 3),
            None
        );
        assert_eq!(shared("They expire in 2028 and 2029.", 2), None);
        assert_eq!(
            shared("They expire in 2028 and are held by us respectively.", 2),
            None
        );
    }

    #[test]
    fn more_certification_bodies_are_known() {
        let b = |s: &str| read_details(s).body;
        assert_eq!(b("certified by Kiwa in 2025"), Some("Kiwa".to_string()));
        assert_eq!(
            b("audited by Grant Thornton"),
            Some("Grant Thornton".to_string())
        );
        assert_eq!(b("issued by NSAI"), Some("NSAI".to_string()));
        assert_eq!(b("granted by our board"), None);
    }

    #[test]
    fn a_scheme_prefix_and_a_long_serial_are_a_certificate_number() {
        let n = |s: &str| read_details(s).certificate;
        assert_eq!(n("(LRQA, QMS 4410023)"), Some("QMS 4410023".to_string()));
        assert_eq!(
            n("NQA \u{2013} ISMS 770012 \u{2013} 2029"),
            Some("ISMS 770012".to_string())
        );
        // A standard's number, a short number, a body: no certificate.
        assert_eq!(n("BS 10012 and IEC 62443"), None);
        assert_eq!(n("GDPR 2016"), None);
        assert_eq!(n("BSI 123456"), None);
    }

    #[test]
    fn expiry_dates() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(d("Active · valid to May 2029"), Some((2029, Some(5))));
        assert_eq!(d("Certificate expires 2028."), Some((2028, None)));
        assert_eq!(
            d("Valid until 19 May 2028 (certificate IS 712345)."),
            Some((2028, Some(5)))
        );
        assert_eq!(d("Expiry: 2027-03-09"), Some((2027, Some(3))));
        assert_eq!(d("We are certified."), None);
        assert_eq!(d("The offer is valid to the end of the quarter."), None);
        assert_eq!(
            d("Yes, our CE+ certificate runs until April 2028."),
            Some((2028, Some(4)))
        );
        assert_eq!(
            d("It was renewed in 2025 and now runs to May 2030."),
            Some((2030, Some(5)))
        );
        assert_eq!(
            d("When does it expire? In September 2027."),
            Some((2027, Some(9)))
        );
    }

    #[test]
    fn day_month_year_dates_and_short_spellings_of_until() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(d("Valid to 28/02/2029"), Some((2029, Some(2))));
        // A first part above 12 is the day; a second part above 12 is a
        // day written after the month.
        assert_eq!(d("Expires 31/12/2027"), Some((2027, Some(12))));
        assert_eq!(d("Expires 12/31/2027"), Some((2027, Some(12))));
        assert_eq!(d("Cert good till Oct 2028"), Some((2028, Some(10))));
        assert_eq!(d("(cert. IS-1, exp. 05/2029)"), Some((2029, Some(5))));
        assert_eq!(d("valid til June 2027"), Some((2027, Some(6))));
        // Near miss: a date with no word of expiry.
        assert_eq!(d("Audited on 28/02/2026"), None);
    }

    #[test]
    fn an_aside_item_that_opens_with_to_or_until_is_an_expiry() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(d("ISO 27001 (BSI, to March 2028)"), Some((2028, Some(3))));
        assert_eq!(
            d("Cyber Essentials (until 05/2027) and more"),
            Some((2027, Some(5)))
        );
        assert_eq!(
            d("SOC 2 (Type 2, period to 2026-06-30)"),
            None,
            "a period's end is not the certificate's"
        );
        // Outside an aside, "to" and "until" are not enough.
        assert_eq!(d("We moved to AWS, to 2029 budgets"), None);
        assert_eq!(d("ISO 27001 (scope agreed) to 2029 plans"), None);
        assert_eq!(d("We work until 2028 on this (LRQA)"), None);
    }

    #[test]
    fn a_period_of_validity_ends_in_its_last_date() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(
            d("Certified (valid from June 2024 to June 2027)."),
            Some((2027, Some(6)))
        );
        assert_eq!(
            d("Certificate validity: 2024\u{2013}2027"),
            Some((2027, None))
        );
        assert_eq!(
            d("Our certificate, valid 2023-2026, is on file."),
            Some((2026, None))
        );
        assert_eq!(
            d("valid between 01/03/2026 and 28/02/2027"),
            Some((2027, Some(2)))
        );
        // Near misses: a start alone, and validity with no dates.
        assert_eq!(d("Valid from March 2026."), None);
        assert_eq!(d("The certificate is valid for three years."), None);
    }

    #[test]
    fn a_length_of_validity_then_its_end() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(
            d("It is valid for three years, to June 2029."),
            Some((2029, Some(6)))
        );
        assert_eq!(d("valid for 12 months until 2027"), Some((2027, None)));
        assert_eq!(
            d("It is valid for three years from June 2026."),
            Some((2029, Some(6)))
        );
        assert_eq!(d("valid for 3 years from 2025"), Some((2028, None)));
        // Near misses: a length alone, and an end after the sentence.
        assert_eq!(d("It is valid for three years."), None);
        assert_eq!(
            d("It is valid for three years. Talk to us until 2029."),
            None
        );
    }

    #[test]
    fn an_end_told_in_the_past_is_an_earlier_certificate_s() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(d("The certificate was due to expire in 2025."), None);
        assert_eq!(d("Our old certificate expired in June 2024."), None);
        // Near miss: the present tense.
        assert_eq!(
            d("The certificate is due to expire in 2028."),
            Some((2028, None))
        );
    }

    #[test]
    fn the_current_certificate_s_issue_date() {
        let d = |s: &str| read_details(s).issued;
        assert_eq!(
            d("Our certificate, issued by NQA in July 2026, is on file."),
            Some((2026, Some(7)))
        );
        assert_eq!(d("Issue date: 2026-02-01"), Some((2026, Some(2))));
        assert_eq!(d("It was reissued on 3 May 2025."), Some((2025, Some(5))));
        assert_eq!(
            d("Certificate AB-1234 \u{b7} date of current issue: 2 June 2026"),
            Some((2026, Some(6)))
        );
        assert_eq!(d("Date of latest issue 14.02.2026"), Some((2026, Some(2))));
        // Near misses: a first issue, a history, and a date after a stop.
        assert_eq!(d("The certificate was first issued in 2019."), None);
        assert_eq!(d("Issued in 2022 and renewed in 2025."), None);
        assert_eq!(d("Issued by NQA and valid to 2028."), None);
    }

    #[test]
    fn a_body_in_a_possessive_or_a_compound() {
        let b = |s: &str| read_details(s).body;
        assert_eq!(b("Look us up in NQA's directory."), Some("NQA".to_string()));
        assert_eq!(
            b("Look us up in NQA\u{2019}s directory."),
            Some("NQA".to_string())
        );
        assert_eq!(
            b("We hold an SGS-issued certificate."),
            Some("SGS".to_string())
        );
        assert_eq!(b("Our DNV-audited ISMS"), Some("DNV".to_string()));
        // Near miss: a hyphenated word that only starts with a body's name.
        assert_eq!(b("a BSI-style template"), None);
    }

    #[test]
    fn a_quoted_or_registered_number() {
        let n = |s: &str| read_details(s).certificate;
        assert_eq!(
            n("Search for \"QMS 4410023\" in the register."),
            Some("QMS 4410023".to_string())
        );
        assert_eq!(
            n("Search for \u{201c}QMS 4410023\u{201d}."),
            Some("QMS 4410023".to_string())
        );
        assert_eq!(
            n("registration number AB-12345"),
            Some("AB-12345".to_string())
        );
        // Near miss: a registration with no number.
        assert_eq!(n("registration is open"), None);
    }

    #[test]
    fn facts_shared_out_respectively_belong_to_none_alone() {
        let d =
            read_details("Both are issued by NQA and run to May 2028 and June 2029 respectively.");
        assert!(d.is_empty(), "{d:?}");
        // Near miss: facts that both share.
        let d = read_details("Both are issued by NQA and run to May 2028.");
        assert_eq!(d.valid_to, Some((2028, Some(5))));
        assert_eq!(d.body.as_deref(), Some("NQA"));
    }

    #[test]
    fn a_present_participle_of_holding_until_a_date_is_an_expiry() {
        let d = |s: &str| read_details(s).valid_to;
        assert_eq!(
            d("We are certified to it until June 2028."),
            Some((2028, Some(6)))
        );
        assert_eq!(d("Accredited until 2027"), Some((2027, None)));
        // Near misses: the past tense tells a lapse, and "until" after a
        // clause break belongs to something else.
        assert_eq!(d("We were certified until June 2025."), None);
        assert_eq!(d("Certified, and we work until 2028 on it."), None);
    }

    #[test]
    fn first_certified_years() {
        let d = |s: &str| read_details(s).since_year;
        assert_eq!(
            d("first achieved ISO 27001 certification in 2021"),
            Some(2021)
        );
        assert_eq!(d("Our certificate was first issued in 2020."), Some(2020));
        // Near miss: the first of another step.
        assert_eq!(d("first surveillance audit in 2027"), None);
        assert_eq!(d("ISO 27001 certified since 2024."), Some(2024));
        assert_eq!(d("We were first certified in March 2019."), Some(2019));
        assert_eq!(d("Certified since our founding."), None);
    }

    #[test]
    fn a_number_typed_without_capitals_is_still_a_number() {
        let d = |s: &str| read_details(s).certificate;
        assert_eq!(
            d("our ce cert iasme-ce-013570 is valid to march 2027"),
            Some("IASME-CE-013570".to_string())
        );
        assert_eq!(
            d("iso 27001 certificate is 712346 (bsi)"),
            Some("712346".to_string())
        );
        // Near misses: in lower case a word is no prefix, nor a date a code.
        assert_eq!(d("a certificate lapses 12 months after issue"), None);
        assert_eq!(d("certified (expiry: mid-2028)."), None);
    }

    #[test]
    fn certificate_numbers_and_bodies() {
        let d = read_details("Certified by BSI, certificate number IS 712345.");
        assert_eq!(d.certificate.as_deref(), Some("IS 712345"));
        assert_eq!(d.body.as_deref(), Some("BSI"));
        let d = read_details("Cyber Essentials (certificate IASME-CE-013579), issued by IASME.");
        assert_eq!(d.certificate.as_deref(), Some("IASME-CE-013579"));
        assert_eq!(d.body.as_deref(), Some("IASME"));
        let d = read_details("Ask for our certificate and we will send it.");
        assert_eq!(d.certificate, None);
        assert_eq!(d.body, None);
        assert_eq!(
            read_details("Audited by Bureau Veritas.").body.as_deref(),
            Some("Bureau Veritas")
        );
        assert_eq!(normalise_number("IS-712 345"), "IS712345");
    }

    #[test]
    fn a_standard_s_own_identifier_is_never_a_certificate_number() {
        for text in [
            "ISO-27001 certified",
            "We are ISO-42001 certified.",
            "Our certificate ISO 27001:2022 was renewed.",
            "Certificate: ISO27001.",
            "NIST-80053 aligned and BS-10012 certified.",
        ] {
            assert_eq!(read_details(text).certificate, None, "{text}");
        }
        // A real number next to the standard's name is still read.
        let d = read_details("ISO-27001 certified, certificate IS-712345.");
        assert_eq!(d.certificate.as_deref(), Some("IS-712345"));
    }
}
