//! The claim reader's word lists about status, time, negation and the structure
//! of a page, as data.
//!
//! Reading a status from prose is mostly vocabulary: which phrases mean
//! "achieved", which words negate them, which mark the future or a condition.
//! Keeping it in tables means a new phrase is one line and the reading logic
//! never grows string comparisons of its own. The lists about who a clause
//! speaks of are in `subject_words`. The lists are written in the pattern
//! language of `pattern.rs` and compiled once by `lexicon.rs`; this module is
//! data only and imports no other prose module but the status type.

use crate::prose::ClaimedStatus;

/// How a phrase bears on the status of the frameworks in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The phrase asserts this status.
    Claim(ClaimedStatus),
    /// The phrase looks like a status phrase but is not one ("as follows",
    /// "certified lead auditors"); it hides the status words inside it.
    Neutral,
}

use ClaimedStatus::{Achieved, Aligned, Compliant, InProgress, Lapsed, Planned};
use Effect::{Claim, Neutral};

/// Status phrases. Where matches overlap, a phrase inside a longer neutral or
/// wildcard-free phrase is dropped; several statuses left in one clause are
/// resolved by [`PRECEDENCE`].
pub static PHRASES: &[(&str, Effect)] = &[
    // Achieved: certified, held, awarded, attested.
    ("certified", Claim(Achieved)),
    ("certificated", Claim(Achieved)),
    ("accredited", Claim(Achieved)),
    ("attested", Claim(Achieved)),
    ("audited", Claim(Achieved)),
    ("active", Claim(Achieved)),
    ("achieved", Claim(Achieved)),
    ("awarded", Claim(Achieved)),
    ("obtained", Claim(Achieved)),
    ("gained", Claim(Achieved)),
    ("earned", Claim(Achieved)),
    // Finite present tense ("Sprout achieves Cyber Essentials"); the bare
    // infinitive ("help us achieve") is not a claim.
    (
        "achieves|attains|secures|obtains|earns|receives",
        Claim(Achieved),
    ),
    // "Hold" is an everyday verb ("we hold workshops on ISO 27001"), so it counts
    // only right before a framework or with a certificate noun.
    ("hold|holds|held @", Claim(Achieved)),
    ("have|has @", Claim(Achieved)),
    (
        "announced|announces|announce|secured|secures|achieves|gains|earns|attains|attained * certification|accreditation|certificate",
        Claim(Achieved),
    ),
    ("its * certification|accreditation", Claim(Achieved)),
    ("pass|passes * testing|tests|test", Claim(Achieved)),
    ("valid|current", Claim(Achieved)),
    ("report|reports available", Claim(Achieved)),
    ("not currently|yet available", Claim(ClaimedStatus::Not)),
    // A negated verb with "yet" says the step is still to come, whatever the
    // verb: "we haven't done Plus yet", "not achieved ISO 27001 yet".
    (
        "haven't|hasn't|havent|hasnt|didn't|don't|doesn't|not * yet",
        Claim(ClaimedStatus::Not),
    ),
    // Passive completion, negated or not: "certification has (not) been
    // completed|awarded|granted".
    (
        "been|be completed|finalised|finalized|awarded|granted|issued|achieved|obtained",
        Claim(Achieved),
    ),
    ("on|upon request", Claim(Achieved)),
    (
        "provide|provides|share|shares|send|sends * report|reports|certificate|certificates",
        Claim(Achieved),
    ),
    ("@ certificate", Claim(Achieved)),
    ("expects|expect|expecting @", Claim(InProgress)),
    (
        "expects|expect|expecting * certification|certificate|report",
        Claim(InProgress),
    ),
    ("governed|managed|operated|run under", Claim(Aligned)),
    ("expired|lapsed", Claim(Lapsed)),
    (
        "hold|holds|held a|an|the|current|valid|both|full|active|our @",
        Claim(Achieved),
    ),
    (
        "hold|holds|held * certification|certifications|certificate|certificates|accreditation|attestation|attestations|report",
        Claim(Achieved),
    ),
    ("held since", Claim(Achieved)),
    (
        "certifications|certificates|accreditations|attestations we hold|have|maintain",
        Claim(Achieved),
    ),
    ("renewed|recertified", Claim(Achieved)),
    // Registration is the older and the American word for certification: "an
    // ISO 27001 registered company", "registered to ISO 27001", "certificate of
    // registration".
    ("@ registered", Claim(Achieved)),
    ("registered to|against|under", Claim(Achieved)),
    (
        "certificate|certificates of registration|conformity",
        Claim(Achieved),
    ),
    (
        "independently|externally verified|validated|certified|assessed",
        Claim(Achieved),
    ),
    ("verified|validated to|against", Claim(Achieved)),
    ("recognised|recognized with", Claim(Achieved)),
    // "One of the first startups to achieve ISO 42001".
    (
        "first * to achieve|gain|earn|obtain|attain|receive|hold",
        Claim(Achieved),
    ),
    ("transitioned to", Claim(Achieved)),
    (
        "maintain|maintains|maintained * certification|certifications|certificate|certificates|accreditation|attestation|report",
        Claim(Achieved),
    ),
    (
        "our * certification|certifications|certificate|certificates|report|reports|attestation|accreditation|registration",
        Claim(Achieved),
    ),
    // A relative clause whose object is the framework named before it: "Cyber
    // Essentials Plus, which Harbour already holds", "ISO 27001, which we
    // achieved in 2024".
    (
        "@ , which|that * hold|holds|held|have|has|maintain|maintains|achieved|obtained|gained",
        Claim(Achieved),
    ),
    // Controls examined in an audit or examination: "tested for operating
    // effectiveness in our SOC 2 Type II examination".
    (
        "tested|examined * in|by|through|during|under",
        Claim(Achieved),
    ),
    (
        "have|has * certificate|certificates|report|attestation",
        Claim(Achieved),
    ),
    // "Certification" is also a modifier ("appointed a certification body"), so
    // it counts only as the object itself: after a determiner, or after "no".
    (
        "have|has a|an|our|its|current|valid|full|formal * certification|certifications",
        Claim(Achieved),
    ),
    (
        "have|has no * certification|certifications",
        Claim(ClaimedStatus::Not),
    ),
    // "We have yet to obtain it": the step is still to come, whatever the verb.
    ("have|has yet to", Claim(ClaimedStatus::Not)),
    ("certificate number|no|id|ref|reference", Claim(Achieved)),
    (
        "passed * audit|audits|assessment|assessments|examination",
        Claim(Achieved),
    ),
    (
        "completed * audit|audits|assessment|assessments|examination",
        Claim(Achieved),
    ),
    ("audited annually|independently|yearly", Claim(Achieved)),
    ("independently audited|assessed|attested", Claim(Achieved)),
    ("undergo annual|yearly|regular|independent", Claim(Achieved)),
    ("available on|upon request", Claim(Achieved)),
    ("available under nda", Claim(Achieved)),
    ("valid until|to|through|till", Claim(Achieved)),
    ("recertification|renewal due", Claim(Achieved)),
    (
        "certificate|certification * issued|granted",
        Claim(Achieved),
    ),
    // Lapsed: held once, no longer.
    ("was|were certified|accredited until", Claim(Lapsed)),
    (
        "previously|formerly held|certified|accredited|had",
        Claim(Lapsed),
    ),
    ("used to hold|be", Claim(Lapsed)),
    ("\u{2705}|\u{2713}|\u{2714}|\u{2611}", Claim(Achieved)),
    ("\u{274c}|\u{2717}|\u{2718}", Claim(ClaimedStatus::Not)),
    (
        ": yes|held|certified|achieved|awarded|current|active",
        Claim(Achieved),
    ),
    (
        "accreditations|certifications|certificates|credentials :|\u{2014}|\u{2013}|-",
        Claim(Achieved),
    ),
    // In progress: work under way.
    ("in progress", Claim(InProgress)),
    ("in - progress", Claim(InProgress)),
    ("working|work|works towards|toward|to|on", Claim(InProgress)),
    ("pursuing", Claim(InProgress)),
    // A goal set for someone's work is work under way, whoever is asked to help:
    // "you'll help us obtain our first certificate", "help Keel get certified".
    (
        "help|helps|helping * achieve|obtain|get|gain|earn|attain|secure|reach",
        Claim(InProgress),
    ),
    // The journey metaphor names the road, not the arrival: "our journey to
    // ISO 42001", "its ISO 27001 certification journey".
    ("journey to|towards|toward", Claim(InProgress)),
    ("certification|@ journey", Claim(InProgress)),
    ("upcoming|forthcoming", Claim(InProgress)),
    // The progressive of "become certified" is work under way.
    (
        "getting * certified|accredited|compliant|attested",
        Claim(InProgress),
    ),
    ("pending", Claim(InProgress)),
    // The progressive passive: "being audited for ISO 27001".
    (
        "being audited|assessed|certified|reviewed|evaluated|finalised|finalized|prepared|completed|issued",
        Claim(InProgress),
    ),
    ("getting ready", Claim(InProgress)),
    (
        "early|final|late|last|advanced stage|stages",
        Claim(InProgress),
    ),
    (
        "working with * auditor|auditors|assessor|assessors|consultant|consultants",
        Claim(InProgress),
    ),
    ("some way from|off", Claim(InProgress)),
    ("away from", Claim(InProgress)),
    ("close to", Claim(InProgress)),
    ("on the|its way", Claim(InProgress)),
    ("going through", Claim(InProgress)),
    ("progress report", Claim(InProgress)),
    ("submitted", Claim(InProgress)),
    ("application|assessment went|gone in|off", Claim(InProgress)),
    ("undergoing", Claim(InProgress)),
    ("preparing for|to", Claim(InProgress)),
    ("prepare for", Claim(InProgress)),
    ("preparation for|of", Claim(InProgress)),
    ("in preparation", Claim(InProgress)),
    ("underway", Claim(InProgress)),
    ("under way", Claim(InProgress)),
    ("in the process of", Claim(InProgress)),
    ("implementing", Claim(InProgress)),
    ("began|begun|started|commenced", Claim(InProgress)),
    ("kicked off", Claim(InProgress)),
    ("gap analysis|assessment", Claim(InProgress)),
    ("readiness assessment", Claim(InProgress)),
    ("stage 1|one|2|two", Claim(InProgress)),
    ("passed|completed our|the stage 2|two", Claim(Achieved)),
    ("audit|audits|assessment passed|completed", Claim(Achieved)),
    ("scheduled|booked", Claim(InProgress)),
    ("awaiting|await|awaits", Claim(InProgress)),
    ("application submitted|lodged|filed|made", Claim(InProgress)),
    ("submitted|lodged * application", Claim(InProgress)),
    ("applied for", Claim(InProgress)),
    ("expected|anticipated by|in|before", Claim(InProgress)),
    ("targeted for", Claim(InProgress)),
    ("on track", Claim(InProgress)),
    ("seeking", Claim(InProgress)),
    ("progressing", Claim(InProgress)),
    ("observation period", Claim(InProgress)),
    (
        "engaged * auditor|auditors|assessor|assessors|body",
        Claim(InProgress),
    ),
    // Planned: intent and dates ahead.
    ("planned", Claim(Planned)),
    ("plan|plans|planning to|for", Claim(Planned)),
    ("plan|plans|planning * @", Claim(Planned)),
    ("roadmap", Claim(Planned)),
    ("intend|intends|intending to", Claim(Planned)),
    ("intention to|of", Claim(Planned)),
    (
        "will * pursue|seek|obtain|achieve|undergo|begin|start|apply|add",
        Claim(Planned),
    ),
    ("aim|aims|aiming to|for", Claim(Planned)),
    ("next year|quarter", Claim(Planned)),
    ("later this year", Claim(Planned)),
    ("in the coming year|months", Claim(Planned)),
    ("in the future", Claim(Planned)),
    (
        "target|targets|targeting|targeted|targeting",
        Claim(Planned),
    ),
    ("expect|expects|expecting to", Claim(Planned)),
    ("expected", Claim(InProgress)),
    ("hope|hopes|hoping to", Claim(Planned)),
    // Wishes and looking ahead, in any wording.
    ("want|wants|wanting to", Claim(Planned)),
    ("like|love to", Claim(Planned)),
    ("looking into|at|to", Claim(Planned)),
    ("scoping", Claim(Planned)),
    ("on the horizon", Claim(Planned)),
    ("in the pipeline", Claim(Planned)),
    ("next step|steps", Claim(Planned)),
    ("ambition|ambitions", Claim(Planned)),
    ("considering|exploring|evaluating", Claim(Planned)),
    ("coming soon", Claim(Planned)),
    ("coming in|later|next", Claim(Planned)),
    ("next on", Claim(Planned)),
    ("\u{1f51c}|\u{1f5d3}", Claim(Planned)),
    ("\u{23f3}|\u{1f504}|\u{1f6a7}|\u{231b}", Claim(InProgress)),
    ("will seek", Claim(Planned)),
    ("committed to", Claim(Planned)),
    ("priority", Claim(Planned)),
    ("objective|goal", Claim(Planned)),
    // Compliant: conformity that a buyer reads as a certificate.
    ("compliant", Claim(Compliant)),
    ("comply|complies|complying with", Claim(Compliant)),
    ("compliance with", Claim(Compliant)),
    ("@ compliance", Claim(Compliant)),
    ("in compliance", Claim(Compliant)),
    ("@ - ready", Claim(Compliant)),
    ("@ ready", Claim(Compliant)),
    ("ready for * certification|audit", Claim(Compliant)),
    (
        "meet|meets|satisfy|satisfies * requirements|standard|standards|criteria|obligations",
        Claim(Compliant),
    ),
    ("meet|meets|satisfy|satisfies @", Claim(Compliant)),
    ("conform|conforms to|with", Claim(Compliant)),
    ("conformant|conformance", Claim(Compliant)),
    ("conformity with|to", Claim(Compliant)),
    ("fully|100 % compliant", Claim(Compliant)),
    // Aligned: work shaped by a framework, not a claim of conformity.
    ("aligned|aligns|align with|to", Claim(Aligned)),
    ("aligned", Claim(Aligned)),
    ("alignment with|to", Claim(Aligned)),
    ("in line with", Claim(Aligned)),
    ("in accordance with", Claim(Aligned)),
    ("consistent with", Claim(Aligned)),
    ("follow|follows|following", Claim(Aligned)),
    ("informed|guided|inspired by", Claim(Aligned)),
    ("adhere|adheres to", Claim(Aligned)),
    ("adherence to", Claim(Aligned)),
    ("based on", Claim(Aligned)),
    ("built on|around", Claim(Aligned)),
    ("designed around|to|with", Claim(Aligned)),
    ("map|maps|mapped|mapping * to|against", Claim(Aligned)),
    ("modelled|modeled|patterned on|after", Claim(Aligned)),
    ("implemented|adopted", Claim(Aligned)),
    // Neutral: look like status phrases, are not.
    ("as follows", Neutral),
    ("the following", Neutral),
    (
        "certified * auditor|auditors|implementer|implementers|professional|professionals|practitioner|practitioners|engineer|engineers|consultant|consultants|trainer|trainers|staff|personnel|expert|experts",
        Neutral,
    ),
    (
        "accredited * body|bodies|auditor|auditors|registrar|registrars|laboratory",
        Neutral,
    ),
    ("certification body|bodies", Neutral),
    ("internally audited|assessed", Neutral),
    ("internal audit|audits|auditor|auditors", Neutral),
    (
        "active member|members|participant|participants|contributor|contributors",
        Neutral,
    ),
];

/// When one clause holds several statuses, the first in this list wins: forward-
/// looking words beat "certified" because "certified" is often their object ("we
/// plan to become certified"), and any certification word beats mere conformity.
pub static PRECEDENCE: &[ClaimedStatus] = &[
    InProgress,
    Planned,
    Achieved,
    Compliant,
    Aligned,
    Lapsed,
    ClaimedStatus::Not,
];

/// Words that negate a status phrase that follows within [`NEGATION_WINDOW`] tokens.
/// Negators that, right after a phrase, negate it: "our report isn't out yet".
pub static NEGATORS_AFTER: &[&str] = &[
    "isn't|isnt|aren't|hasn't|haven't|wasn't",
    "is|are|has|have not",
    "not yet",
];

pub static NEGATORS: &[&str] = &[
    "not",
    "never",
    "no",
    "non",
    "nor",
    "neither",
    "without",
    "cannot",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "hadn't",
    "won't",
    "nobody",
    "none",
    "lack|lacks",
    "yet to",
];

/// How many tokens may stand between a negator and the phrase it negates. A
/// negator never reaches past a dash, colon or semicolon, nor past a new subject
/// ([`ORG_SUBJECTS`]).
pub const NEGATION_WINDOW: usize = 3;

/// Words that, anywhere in a clause, undo an "achieved" phrase: the certificate
/// existed once and does no longer.
pub static LAPSE_MARKERS: &[&str] = &[
    "lapsed",
    "expired",
    "withdrawn",
    "suspended",
    "revoked",
    "cancelled",
    "canceled",
    "discontinued",
    "terminated",
    "previously",
    "formerly",
    "former",
    "losing|lost|lose",
    "lapse|lapses",
    "ran out",
];

/// Words that show a certificate is already held and being kept up: in a clause
/// with one of them, an "in progress" or "planned" phrase is about the upkeep, and
/// the claim is "achieved" ("our next ISO 27001 surveillance audit is scheduled").
pub static MAINTENANCE_MARKERS: &[&str] = &[
    "surveillance",
    "recertification|recertifications",
    "renewal|renewals|renewing",
    "re - certification",
];

/// Achieved phrases about keeping a certificate, which a future tense does not
/// turn into a plan: "it will be renewed" still says it is held.
pub static MAINTENANCE_PHRASES: &[&str] =
    &["renewed|recertified|maintained|maintain|maintains|keep|renew"];

/// Words that turn a following "achieved" or "ambiguous" phrase into a plan
/// ("we will be certified", "will be compliant").
pub static FUTURE_MARKERS: &[&str] = &["will", "shall", "we'll", "it'll", "going to"];

/// How many tokens may stand between a future marker and its phrase.
pub const FUTURE_WINDOW: usize = 3;

/// Words that make what follows them hypothetical: a status phrase after one of
/// these in the same clause is not a claim ("if we achieve ...", "could become").
pub static CONDITIONALS: &[&str] = &[
    "if",
    "must",
    "unless",
    "whether",
    "once",
    "should",
    "would",
    "could",
    "might",
    "may",
    "provided that",
    "in case",
    "suppose",
    "supposing",
    "assuming",
    "hypothetically",
    "until",
    "after our|we|its|the|it|this",
];

/// Marks that state a status on their own (check marks, hourglasses); a clause
/// ends right after one, so "CE \u{2705} CE+ \u{23f3}" makes two claims.
pub static STATUS_MARKS: &[&str] = &[
    "\u{2705}",
    "\u{2713}",
    "\u{2714}",
    "\u{2611}",
    "\u{1f51c}",
    "\u{1f5d3}",
    "\u{23f3}",
    "\u{1f504}",
    "\u{1f6a7}",
    "\u{231b}",
    "\u{274c}",
    "\u{2717}",
    "\u{2718}",
];

/// Words that may stand between a negator and the status phrase it negates when
/// that is further away than [`NEGATION_WINDOW`]: auxiliaries, the infinitive,
/// adverbs of time and manner, and verbs of saying ("we never claim to be ...").
pub static VERB_CHAIN: &[&str] = &[
    "to",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "yet",
    "ever",
    "currently",
    "formally",
    "officially",
    "fully",
    "actually",
    "claim",
    "claimed",
    "claims",
    "say",
    "said",
    "describe",
    "described",
    "call",
    "called",
    "become",
    "became",
    "got",
    "get",
    "gotten",
];

/// How many tokens a negator reaches through a verb chain.
pub const VERB_CHAIN_REACH: usize = 7;

/// Determiners that name a lapse as a possibility ("of any lapse", "without a
/// lapse") rather than as something that happened.
pub static POSSIBILITY_DETERMINERS: &[&str] =
    &["any", "a", "an", "no", "avoid", "prevent", "without"];

/// First column headers of a table that registers certificates or reports.
pub static REGISTER_SUBJECT_COLUMNS: &[&str] = &[
    "certification",
    "certifications",
    "certificate",
    "certificates",
    "report",
    "reports",
    "attestation",
    "attestations",
    "accreditation",
    "accreditations",
];

/// Column headers that name a fact of a registered certificate or report.
pub static REGISTER_FACT_COLUMNS: &[&str] = &[
    "body",
    "certification body",
    "issuer",
    "issued by",
    "auditor",
    "expires",
    "expiry",
    "expiry date",
    "valid until",
    "valid to",
    "issued",
    "date",
    "type",
    "certificate number",
    "certificate no",
    "number",
    "since",
];

/// Words that mark an audit step as done: "we passed our Stage 2 audit".
pub static STEP_DONE: &[&str] = &["passed", "completed", "cleared", "successfully"];

/// Past-tense verbs that, with "until" after an achieved phrase, make it lapsed
/// ("we were certified until 2025").
pub static PAST_TENSE: &[&str] = &["was", "were", "had"];

/// Month names and abbreviations, for target dates ("by June 2027"). The first
/// twelve are the full names in calendar order, which the date reader counts on.
pub static MONTH_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words that open a question even without a question mark (questionnaires
/// often drop it): "Is your organisation certified to ...".
pub static QUESTION_OPENERS: &[&str] = &[
    "are", "is", "do", "does", "did", "have", "has", "can", "will", "could", "would", "should",
    "was", "were",
];

/// Second words that make a question opener not a question ("Do not ...",
/// "Have a look ...").
pub static NOT_QUESTION_SECOND: &[&str] = &["not", "a", "an"];

/// Words that answer a question in the affirmative, making it a statement.
pub static YES_ANSWERS: &[&str] = &["yes", "yep", "correct", "confirmed", "affirmative"];

/// Words that answer a question in the negative: "Are you certified? No."
pub static NO_ANSWERS: &[&str] = &["no", "not", "never", "nope"];

/// Labels that open an answer and are not part of it: "A: Yes".
pub static ANSWER_LABELS: &[&str] = &["a", "answer", "response", "r", "q", "question"];

/// Table cells that answer "yes" to their column header.
pub static YES_CELLS: &[&str] = &[
    "yes", "y", "true", "\u{2713}", "\u{2714}", "\u{2705}", "\u{2611}",
];

/// Column headers of question-and-answer tables, whose "Yes" cells stay as
/// written.
pub static ANSWER_HEADERS: &[&str] = &["answer", "response", "reply", "our answer", "your answer"];

/// Column headers that name a fact of a certificate; a cell under one reads as
/// the header and the value ("Expires 2027-05-19").
pub static FACT_HEADERS: &[&str] = &[
    "expires",
    "expiry",
    "expiry date",
    "expiration",
    "valid until",
    "valid to",
    "valid through",
    "since",
    "certified since",
    "certificate",
    "certificate number",
    "certificate no",
    "certificate no.",
    "issued",
    "first certified",
];

/// Table cells that answer "no" to their column header.
pub static NO_CELLS: &[&str] = &["no", "n", "false", "\u{2717}", "\u{2718}", "\u{274C}"];

/// Words that let a clause without a framework name refer back to one named
/// earlier: "we are not yet certified to ISO 42001; certification is planned".
pub static ANAPHORS: &[&str] = &[
    "it|its|this|these|them|both",
    "certification|certificate|audit|assessment|report|attestation|accreditation",
    "standard|framework|scheme|compliance|obligations",
];

/// Connectives that end a clause: a status on one side never applies to the
/// other ("We hold X, but Y is planned"). A `;` always ends a clause too.
pub static CLAUSE_BREAKS: &[&str] = &[
    "but", "whereas", "while", "whilst", "although", "though", "however",
];

/// Conjunctions that may join two clauses or two items of a list; they split a
/// clause only where each side has a status phrase of its own.
pub static CONJUNCTIONS: &[&str] = &["and", "or", "&", "plus", "then"];

/// Punctuation that may separate parts of a clause in the same way.
/// A middle dot or bullet between items of a label line ("Cyber Essentials
/// certified \u{b7} ISO 27001 in progress") separates them like a comma.
pub static SOFT_PUNCTUATION: &[char] = &[',', ':', '\u{2013}', '\u{2014}', '\u{b7}', '\u{2022}'];

/// Articles: after a framework's name and a copula they open a description
/// of the framework ("SOC 2 is a US attestation report").
pub static ARTICLES: &[&str] = &["a", "an", "the"];

/// Words that name an alternative the organisation did not choose: a
/// framework right after one is set aside, not claimed ("working towards ISO
/// 27001 rather than SOC 2").
pub static CONTRASTS: &[&[&str]] = &[
    &["rather", "than"],
    &["instead", "of"],
    &["as", "opposed", "to"],
    &["in", "place", "of"],
];

/// Nouns of undertaking: after a held phrase they make it the goal of work
/// under way ("our ISO 42001 certification project", "certification
/// programme").
pub static UNDERTAKINGS: &[&str] = &[
    "project",
    "projects",
    "programme",
    "programmes",
    "program",
    "journey",
    "roadmap",
    "effort",
    "efforts",
    "initiative",
    "workstream",
    "preparation",
    "preparations",
    "readiness",
];

/// Marks that separate the items of a label list ("ISO 27001 \u{b7} CE+").
pub static LIST_MARKS: &[&str] = &["\u{b7}", "\u{2022}"];

/// Punctuation past which a negator does not reach.
pub static SCOPE_BARRIERS: &[char] = &[';', ':', '\u{2013}', '\u{2014}', '(', ')', '|'];

/// Words before a full stop that do not end a sentence ("e.g.", "Ltd.").
pub static ABBREVIATIONS: &[&str] = &[
    "e.g", "eg", "i.e", "ie", "cf", "viz", "vs", "approx", "incl", "excl", "esp", "ltd", "inc",
    "co", "corp", "plc", "llc", "llp", "gmbh", "mr", "mrs", "ms", "dr", "prof", "st", "dept",
    "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "al", "iso/iec", "cert",
];

/// Abbreviations that end a sentence unless a number follows ("No. 5", "cl. 6.1").
pub static NUMBER_ABBREVIATIONS: &[&str] = &[
    "no", "nos", "art", "arts", "cl", "fig", "sec", "p", "pp", "vol", "ref", "para", "v", "ver",
];

/// The ignore marker, lowercase with whitespace removed.
pub const IGNORE_MARKER: &str = "aims:ignore-next-line";

/// Text that starts a URL; the URL up to the next space is not prose.
pub static URL_PREFIXES: &[&str] = &["http://", "https://", "ftp://", "www.", "mailto:"];

/// Bullets that start a list item in plain text.
pub static PLAIN_BULLETS: &[&str] = &["-", "*", "+", "\u{2022}", "\u{25E6}", "\u{2023}"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::subject_words::{GENERIC_SUBJECTS, THIRD_PARTIES};

    #[test]
    fn patterns_are_lowercase() {
        for (p, _) in PHRASES {
            assert_eq!(*p, p.to_lowercase(), "{p}");
        }
        for p in THIRD_PARTIES.iter().chain(GENERIC_SUBJECTS).chain(NEGATORS) {
            assert_eq!(*p, p.to_lowercase(), "{p}");
        }
    }
}
