//! The claim reader's word lists about status, time, negation and the structure
//! of a page, as data.
//!
//! Reading a status from prose is mostly vocabulary: which phrases mean
//! "achieved", which words negate them, which mark the future or a condition.
//! Keeping it in tables means a new phrase is one line and the reading logic
//! never grows string comparisons of its own. The status phrases themselves
//! are in `status_phrases`. The lists about who a clause
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
    // Work still ahead is not done: "we are still to be certified", "ISO
    // 27001 certification is still to be achieved", "we still need to get
    // certified".
    "still to",
    "still need|needs to get|be|become|achieve|obtain|gain",
    // A negated copula whose complement is a relative clause negates the verb
    // of that clause: "ISO 42001 is not something we have started", "not an
    // area we've begun work on", "nothing we hold yet".
    "not|isn't|aren't|wasn't something|anything|one we|we've|we're|that|which",
    "not|isn't|aren't|wasn't an|a area|step|project|standard we|we've|we're|that|which",
    "nothing we|we've|we're|that|which",
];

/// Negative determiners and pronouns that, opening a clause as (part of) its
/// subject, negate its predicate: "none of our products are certified yet",
/// "neither of our sites is certified", "no part of the business holds it".
pub static NEGATIVE_SUBJECTS: &[&str] = &["none", "neither", "nobody", "nothing", "no"];

/// Verbs of beginning. Negated, they say the work has not started, so nothing
/// is held: "we have not started ISO 42001", "work has not begun".
pub static BEGINNINGS: &[&str] = &[
    "began",
    "begun",
    "started",
    "commenced",
    "kicked",
    "embarked",
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
    "no longer",
    // Letting a certificate end, or choosing not to renew it: "we let our
    // Cyber Essentials certificate expire", "we chose not to renew our
    // certificate" (not "... not to renew it, focusing on X", whose "it" is
    // a certificate named before).
    "let|allowed * expire|lapse",
    "chose|decided|opted not to renew our|its|the|@",
    "did not renew our|its|the|@",
    "didn't renew our|its|the|@",
    // "Our certificate reached its expiry date today and has not been
    // renewed".
    "reached|passed its|their|the expiry|expiration",
    "has|have not been renewed",
    "hasn't|haven't been renewed",
];

/// Words that show a certificate is already held and being kept up: in a clause
/// with one of them, an "in progress" or "planned" phrase is about the upkeep, and
/// the claim is "achieved" ("our next ISO 27001 surveillance audit is scheduled").
pub static MAINTENANCE_MARKERS: &[&str] = &[
    "surveillance",
    // Moving a held certificate to a new edition of its standard, or widening
    // what it covers, is upkeep: "working towards the 2022 transition",
    // "extending the scope of our certificate".
    "transition|transitions|transitioning",
    "extend|extends|extending|extension|expand|expands|expanding|expansion|widen|widening * scope",
    // The progressive only: "expects to recertify" after a lapse is a plan.
    "recertification|recertifications|recertifying",
    // Moving a held certificate to a new edition: "migrating our ISO 27001
    // certificate to the 2022 version".
    "migrate|migrates|migrating|migration|move|moves|moving of|our|the|its @ certificate|certification",
    "migrate|migrates|migrating|migration|move|moves|moving of|our|the|its certificate|certification",
    // Keeping what is held: "working to keep our ISO 27001 certification".
    "keep|keeping|retain|retaining|preserve|preserving our|the|its @ certificate|certification|certificates|certifications|accreditation",
    "keep|keeping|retain|retaining|preserve|preserving our|the|its certificate|certification|certificates|certifications|accreditation",
    "renewal|renewals|renewing",
    // The verb, with what is renewed after it: "we plan to renew our ISO
    // 27001 certificate in 2028".
    "renew|renews * certificate|certification|certificates|accreditation|@",
    // Renewing what is held, not anything else: "plan to renew Cyber
    // Essentials", "renew it", "renew our certificate".
    "renew|renews @",
    "renew|renews it|them",
    "renew|renews our|its|the * certificate|certification|certificates|accreditation",
    // A later cycle of a certificate held: "in its third certification cycle".
    "second|third|fourth|fifth|next|current|new certification|audit|recertification cycle|cycles",
    // Widening what a held certificate covers, told the other way round:
    // "ISO 42001 scope extension", "add the product to our ISO 42001 scope".
    "scope extension|extensions|expansion|change|changes",
    "add|adds|adding|bring|bringing * to|into * @ scope",
    // Adding to, or widening, a certificate named as held: "the Leeds office
    // will be added to our ISO 27001 certificate", "expand our ISO 27001
    // certification to cover the data centre".
    "added|add|adds|adding|brought|bring|bringing * to|into|within our|the|its @ certificate|certification|scope",
    "extend|extends|extending|expand|expands|expanding|widen|widening our|the|its @ certificate|certification",
    "extend|extends|extending|expand|expands|expanding|widen|widening @ certificate|certification to",
    "add|adds|adding|bring|bringing * to|into the scope of * @",
    "re - certification",
    // An audit that recurs is one of a certificate already held: "our annual
    // ISO 27001 audit is scheduled", "re-assessment".
    "annual|yearly|periodic * audit|audits|assessment|assessments",
    // The next of a recurring assessment: "next assessment planned for
    // March" (an audit named "next" may be a first Stage 2, so not that).
    "next|upcoming assessment|assessments",
    "reassessment|reassessments|reaudit|reaudits",
    "reassessed|reaudited|recertified",
    // The next report or period of a recurring attestation: "our next SOC 2
    // report is in preparation", "our 2027 SOC 2 report".
    "next|upcoming|forthcoming|2026|2027|2028|2029|2030 @ report|reports|period|examination|attestation",
    "re - assessment|assessments|audit|audits",
];

/// Achieved phrases about keeping a certificate, which a future tense does not
/// turn into a plan: "it will be renewed" still says it is held.
pub static MAINTENANCE_PHRASES: &[&str] = &[
    "renewed|recertified|maintained|maintain|maintains|maintaining|keep|keeps|keeping|retain|retains|retaining|renew",
];

/// Words that turn a following "achieved" or "ambiguous" phrase into a plan
/// ("we will be certified", "will be compliant").
pub static FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "we'll",
    "it'll",
    "going to",
    // "Due to" before a verb, not a noun ("due to our certification" is a
    // cause): "we are due to be certified in spring".
    "due to be|become|receive|obtain|achieve|complete",
    // A clause of time ahead presupposes the event is still to come: "when
    // we are certified, we will publish it", "as soon as we achieve it".
    "when|whenever we|we're|our|it|its|the|this",
    "as soon as",
    "by the time",
];

/// How many tokens may stand between a future marker and its phrase.
pub const FUTURE_WINDOW: usize = 3;

/// How many tokens after "by" or "in" a target date may start: "by June
/// 2027", "by the end of 2027".
pub const DATE_REACH: usize = 5;

/// Words that make what follows them hypothetical: a status phrase after one of
/// these in the same clause is not a claim ("if we achieve ...", "could become").
pub static CONDITIONALS: &[&str] = &[
    "if",
    "must",
    // A clause under a negated verb of meaning is neither said nor denied:
    // "badges held by our engineers do not mean that Keel holds ISO 27001".
    "not|never mean|means|imply|implies|suggest|suggests|indicate|indicates|signify|guarantee",
    "doesn't|don't|didn't mean|imply|suggest|indicate|signify|guarantee",
    "unless",
    "whether",
    "once",
    "should",
    "would",
    // "The earliest we'd have a report is June": "'d" before a bare verb is
    // "would" ("we'd had one" is "had", and states a past).
    "we'd|i'd|it'd|they'd|you'd|that'd have|be|get|hold|need|become|achieve|obtain|receive|pass|see",
    "could",
    "might",
    "may",
    "provided that",
    "in case",
    "suppose",
    "supposing",
    "assuming",
    "hypothetically",
    // Instructions are for whoever follows them: "how to get ISO 27001
    // certified in 90 days", "steps to become SOC 2 compliant".
    "how|ways|steps|tips to",
    "until",
    "after our|we|its|the|it|this",
    // "There is work left before we meet those obligations".
    "before our|we|its|it|this",
];

/// Past verbs that tell a process named as their subject as a whole that is
/// over: "getting certified was hard work", "... took eighteen months".
pub static PAST_OF_A_WHOLE: &[&str] = &["was", "took", "cost", "required", "meant", "involved"];

/// Nouns of a label of goals, whose list is ahead: "2027 goals: get ISO 27001
/// certified", "Next steps: ...".
pub static GOAL_NOUNS: &[&str] = &[
    "goal",
    "goals",
    "objective",
    "objectives",
    "aim",
    "aims",
    "target",
    "targets",
    "priority",
    "priorities",
    "ambition",
    "ambitions",
    "step",
    "steps",
    "plan",
    "plans",
];

/// Marks that say work is pending (hourglasses, arrows, a barrier, a
/// calendar), the other half of the status marks beside [`STATUS_MARKS`]:
/// words in their clause that say where the work stands ("planned for 2027")
/// outrank them.
pub static PENDING_MARKS: &[&str] = &[
    "\u{1f51c}",
    "\u{1f5d3}",
    "\u{23f3}",
    "\u{1f504}",
    "\u{1f6a7}",
    "\u{231b}",
];

/// Words that place a status at the present, after a span told in the past:
/// "and is certified again today".
pub static NOW_WORDS: &[&str] = &["today", "now", "again", "still", "currently", "once"];

/// Nouns of the auditor of a framework ("our SOC 2 auditor").
pub static AUDITOR_NOUNS: &[&str] = &["auditor", "auditors", "assessor", "assessors"];

/// The first words of clauses of time ([`FUTURE_MARKERS`]); told in the past
/// ("when we achieved it in 2023") they set no condition.
pub static TIME_CONDITIONALS: &[&str] = &["when", "whenever", "as", "by"];

/// True for a mark that states a status on its own: one of [`STATUS_MARKS`]
/// or [`PENDING_MARKS`].
pub fn is_status_mark(w: &str) -> bool {
    STATUS_MARKS.contains(&w) || PENDING_MARKS.contains(&w)
}

/// Marks that state a status on their own (check marks and crosses, and the
/// [`PENDING_MARKS`]); a clause ends right after one, so "CE \u{2705} CE+
/// \u{23f3}" makes two claims.
pub static STATUS_MARKS: &[&str] = &[
    "\u{2705}", "\u{2713}", "\u{2714}", "\u{2611}", "\u{274c}", "\u{2717}", "\u{2718}",
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
    "still",
    "actively",
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

/// Determiners that make "plan" a product's plan rather than an intention:
/// "every plan is covered by our ISO 27001 certificate", "all plans include".
pub static PRODUCT_PLAN_DETERMINERS: &[&str] = &["every", "each", "all", "any", "both", "your"];

/// Verbs of saying or knowing that a modal may govern while the clause after
/// "that" states a fact: "the judges should note that we are certified".
pub static NOTING_VERBS: &[&str] = &[
    "note",
    "know",
    "be",
    "aware",
    "understand",
    "remember",
    "see",
    "find",
    "confirm",
    "say",
];

/// Words that may follow the name in "we're Cyber Essentials Plus as well"
/// without making it a modifier of a noun.
pub static COPULA_NAME_FOLLOWERS: &[&str] = &[
    "as", "too", "now", "since", "already", "also", "again", "today", "from",
];

/// Verbs of starting work: expected, the work is a plan ("we expect to pursue
/// ISO 42001 from 2027"), where an expected certificate is work under way.
pub static WORK_STARTS: &[&str] = &[
    "pursue",
    "seek",
    "begin",
    "start",
    "embark",
    "undertake",
    "launch",
    "commence",
];

/// Plural nouns of time, which "for" makes a span rather than a beneficiary
/// ("for months working towards it").
pub static TIME_UNITS: &[&str] = &["years", "months", "weeks", "days", "quarters", "decades"];

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
    // The standard a row's certificate is to: "| Standard | Certificate |
    // Expires |".
    "standard",
    "standards",
    "framework",
    "frameworks",
    "scheme",
];

/// Words that put what a register's first column lists ahead of now:
/// "Planned certifications", "Target standards".
pub static REGISTER_AHEAD_WORDS: &[&str] = &[
    "planned", "target", "targeted", "future", "upcoming", "pipeline", "roadmap", "proposed",
    "pending",
];

/// Column headers that name a fact of a registered certificate or report.
pub static REGISTER_FACT_COLUMNS: &[&str] = &[
    "body",
    "certification body",
    "certifying body",
    "issuer",
    "issued by",
    "auditor",
    "audit firm",
    "expires",
    "expiry",
    "expiry date",
    "valid until",
    "valid to",
    "valid through",
    "issued",
    "issue date",
    "date of issue",
    "date",
    "report date",
    "type",
    "report type",
    "certificate",
    "certificate number",
    "certificate no",
    "cert no",
    "certificate id",
    "number",
    "since",
    "recertification due",
    "renewal due",
    "next renewal",
];

/// Words that mark an audit step as done: "we passed our Stage 2 audit", "the
/// journey ended with the Stage 2 audit".
pub static STEP_DONE: &[&str] = &[
    "passed",
    "completed",
    "cleared",
    "successfully",
    "ended",
    "concluded",
    "culminated",
    "finished",
];

/// Verbs of ceasing. A negator that reaches one negates the ceasing, not the
/// status after it ("we never stopped being certified"), and a lapse word
/// after one is what did not happen ("we have never lost our certificate").
pub static CESSATIONS: &[&str] = &[
    "stop",
    "stops",
    "stopped",
    "cease",
    "ceases",
    "ceased",
    "quit",
    "lose",
    "lost",
    "lapse",
    "lapsed",
    "drop",
    "dropped",
    "expire",
    "expired",
    "withdrawn",
    "suspended",
    "revoked",
];

/// The bare form of verbs of obtaining or beginning: before a possessive noun
/// phrase they make it a goal ("achieve our first ISO 42001 certification",
/// "begin our ISO 42001 journey"); between a
/// negator and such a phrase they carry the negation ("we don't yet get our
/// certificate").
pub static GOAL_VERBS: &[&str] = &[
    "achieve", "obtain", "gain", "earn", "get", "secure", "attain", "complete", "receive", "reach",
    "finish", "finalise", "finalize", "conclude", "begin", "start", "commence", "launch",
];

/// Verbs of intent before "to": the work they introduce is a plan ("Sprout
/// intends to go for Cyber Essentials", "we'd like to pursue ISO 42001").
pub static INTENT_VERBS: &[&str] = &[
    "intend",
    "intends",
    "intending",
    "intended",
    "plan",
    "plans",
    "planning",
    "aim",
    "aims",
    "aiming",
    "hope",
    "hopes",
    "hoping",
    "want",
    "wants",
    "wanting",
    "wish",
    "wishes",
    "like",
    "love",
    "looking",
    "decided",
    "choose",
    "chosen",
    "chose",
];

/// The words of a step still ahead, in a phrase that says it is not held yet:
/// "we have yet to", "is still to come", "remains outstanding".
pub static STILL_AHEAD: &[&str] = &["yet", "still", "outstanding"];

/// The past forms of verbs of obtaining: between a negator and a possessive
/// noun phrase they carry the negation ("not yet received our certificate").
pub static OBTAINED: &[&str] = &[
    "received",
    "obtained",
    "achieved",
    "gained",
    "earned",
    "secured",
    "attained",
    "completed",
    "finished",
    "finalised",
    "finalized",
    "concluded",
    "got",
    "reached",
];

/// Past-tense verbs that, with "until" after an achieved phrase, make it lapsed
/// ("we were certified until 2025").
pub static PAST_TENSE: &[&str] = &["was", "were", "had"];

/// Irregular past forms of verbs that start or reach a step: "when we began
/// working towards it".
pub static IRREGULAR_PAST: &[&str] = &["began", "became", "got", "won", "went", "took"];

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
pub static YES_ANSWERS: &[&str] = &[
    "yes",
    "yep",
    "yup",
    "yeah",
    "sure",
    "absolutely",
    "definitely",
    "correct",
    "confirmed",
    "affirmative",
];

/// Words that answer a question in the negative: "Are you certified? No."
pub static NO_ANSWERS: &[&str] = &["no", "not", "never", "nope"];

/// Labels that open an answer and are not part of it: "A: Yes".
pub static ANSWER_LABELS: &[&str] = &["a", "answer", "response", "reply", "r", "q", "question"];

/// Marks that open a line as a ticked or unticked item of a form: a box, a
/// tick, a cross.
pub static LINE_MARKS: &[char] = &[
    '\u{2610}', '\u{2611}', '\u{2612}', '\u{2713}', '\u{2714}', '\u{2705}', '\u{274C}', '\u{2717}',
    '\u{2718}',
];

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
    // As certificates and registers print them.
    "expires on",
    "issue date",
    "date of issue",
    "date issued",
    "issued on",
    "date of current issue",
    "certificate id",
    "cert no",
    "cert no.",
    "registration number",
    "renewal due",
    "renewal date",
    "next renewal",
    "recertification due",
    "recertification date",
    "next recertification",
];

/// Table cells that answer "no" to their column header.
pub static NO_CELLS: &[&str] = &["no", "n", "false", "\u{2717}", "\u{2718}", "\u{274C}"];

/// Words that let a clause without a framework name refer back to one named
/// earlier: "we are not yet certified to ISO 42001; certification is planned".
/// Becoming certified, with no framework of its own, is becoming certified to
/// the one just named: "we follow ISO 27001 and hope to be certified".
pub static ANAPHORS: &[&str] = &[
    "it|its|this|these|them|both",
    "certification|certificate|audit|assessment|report|attestation|accreditation",
    "standard|framework|scheme|compliance|obligations",
    "be|get|become|getting|becoming certified|accredited",
    // A card's status line: "Scheme: Cyber Essentials Plus" then "Status:
    // Certified".
    "status|state :",
];

/// Connectives that end a clause: a status on one side never applies to the
/// other ("We hold X, but Y is planned"). A `;` always ends a clause too.
pub static CLAUSE_BREAKS: &[&str] = &[
    "but", "whereas", "while", "whilst", "although", "though", "however", "because",
];

/// Words that name a party only to compare with it ("we, like AWS, are
/// certified", "unlike many vendors"): the party after one is no subject.
pub static COMPARISONS: &[&str] = &["like", "unlike"];

/// Conjunctions that may join two clauses or two items of a list; they split a
/// clause only where each side has a status phrase of its own.
pub static CONJUNCTIONS: &[&str] = &["and", "or", "&", "plus", "then"];

/// Punctuation that may separate parts of a clause in the same way.
/// A middle dot or bullet between items of a label line ("Cyber Essentials
/// certified \u{b7} ISO 27001 in progress") separates them like a comma.
pub static SOFT_PUNCTUATION: &[char] = &[',', ':', '\u{2013}', '\u{2014}', '\u{b7}', '\u{2022}'];

/// Indefinite articles: after a bare verb of obtaining or beginning they open
/// a goal ("start a SOC 2 readiness project").
pub static INDEFINITE_ARTICLES: &[&str] = &["a", "an"];

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
    // "Cyber Essentials certified (the basic level, not Plus)".
    &[",", "not"],
    // "We have not the SOC 2 report, only the Cyber Essentials basic".
    &[",", "only"],
    &[",", "only", "the"],
    &[",", "only", "to"],
];

/// Nouns of undertaking: after a held phrase they make it the goal of work
/// under way ("our ISO 42001 certification project", "certification
/// programme").
pub static UNDERTAKINGS: &[&str] = &[
    "process",
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

/// Nouns that a certificate word may modify: "our certification audit", "the
/// certification decision". Before one of them, a held phrase names the step,
/// not the certificate.
pub static CERTIFICATE_MODIFIED: &[&str] = &[
    "audit",
    "audits",
    "decision",
    "scheme",
    "schemes",
    "requirements",
    "criteria",
    "cycle",
    "timeline",
    "date",
    "fee",
    "fees",
];

/// Nouns of what is sold, taught or published: after a certificate noun
/// ("our ISO 27001 certification checklist", "our SOC 2 report template",
/// "our ISO 42001 certification offering") the phrase names the product, not
/// a certificate held.
pub static PRODUCT_NOUNS: &[&str] = &[
    "checklist",
    "checklists",
    "template",
    "templates",
    "toolkit",
    "toolkits",
    "kit",
    "pack",
    "guide",
    "guides",
    "playbook",
    "playbooks",
    "whitepaper",
    "ebook",
    "offering",
    "offerings",
    "service",
    "services",
    "package",
    "packages",
    "bundle",
    "course",
    "courses",
    "training",
    "webinar",
    "webinars",
    "workshop",
    "workshops",
    "bootcamp",
    "masterclass",
    "software",
    "tool",
    "tools",
    "module",
    "modules",
    "product",
    "products",
    "consultancy",
    "consulting",
    "support",
    "calculator",
    "generator",
];

/// Words that a framework name modifies when they follow it ("ISO
/// 27001-aligned controls", "SOC 2 evidence"): after one, the name is not the
/// object of a verb of holding or obtaining before it ("we maintain ISO 27001
/// controls" holds controls, not the certificate; "we maintain SOC 2
/// compliance" keeps up conformity, which the noun states on its own).
pub static MENTION_MODIFIED: &[&str] = &[
    "aligned",
    "compliance",
    "alignment",
    "conformance",
    "compliant",
    "conformant",
    "based",
    "style",
    "inspired",
    "ready",
    "like",
    "equivalent",
    "control",
    "controls",
    "policy",
    "policies",
    "evidence",
    "training",
    "requirements",
    "principles",
    "practices",
    "documentation",
    "templates",
    "toolkit",
    "mapping",
    "mappings",
    "clauses",
    "annex",
    "consultants",
    "auditor",
    "auditors",
    "specialist",
    "specialists",
    "experts",
    "trainers",
    "implementers",
    "partner",
    "partners",
    "consultancy",
    "expertise",
    "experience",
    "knowledge",
    "skills",
    "awareness",
    "guidance",
    "workshops",
    "workshop",
    "webinar",
    "webinars",
    "course",
    "courses",
    "summit",
    "conference",
    "event",
    "events",
    "offering",
    "offerings",
    "projects",
    "project",
    "programme",
    "program",
    "gap",
    "readiness",
    "journey",
];

/// Nouns a framework's name may name without any status of its own: events,
/// programmes of work, skills and the people who have them ("an ISO 42001
/// workshop", "the company's ISO 42001 programme", "ISO 27001 expertise").
/// Such a name takes no status from a phrase about another framework of its
/// clause.
pub static NAMED_AFTER_FRAMEWORKS: &[&str] = &[
    "workshop",
    "workshops",
    "webinar",
    "webinars",
    "course",
    "courses",
    "training",
    "summit",
    "conference",
    "event",
    "events",
    "meetup",
    "seminar",
    "seminars",
    "session",
    "sessions",
    "briefing",
    "masterclass",
    "bootcamp",
    "hackathon",
    "awareness",
    "project",
    "projects",
    "programme",
    "programmes",
    "program",
    "initiative",
    "workstream",
    "consultants",
    "specialists",
    "experts",
    "trainers",
    "implementers",
    "expertise",
    "experience",
    "knowledge",
    "skills",
    "guidance",
    // "... and an ISO 27001 implementation status summary": the work of
    // putting a framework in place is a thing named after it.
    "implementation",
    "implementations",
];

/// Words that make the party after them the beneficiary of what is described
/// before: "for customers pursuing the standard", "helping clients prepare".
pub static BENEFIT_LINKS: &[&str] = &[
    "for",
    "helping",
    "help",
    "helps",
    "enabling",
    "enable",
    "enables",
    "allowing",
    "allows",
    "letting",
    "lets",
    "supporting",
    "supports",
];

/// Adverbs of order and sequence that may follow a name in a list: "Cyber
/// Essentials first and ISO 27001 next (audit planned)".
pub static ORDER_ADVERBS: &[&str] = &[
    "first",
    "next",
    "then",
    "later",
    "afterwards",
    "second",
    "third",
    "last",
    "too",
    "also",
];

/// Words after which a certificate of ours is named beside other work, as
/// something held: "alongside our ISO 27001 certificate", "on top of our
/// Cyber Essentials certification", "building on our ISO 27001 certificate".
pub static BESIDE_WORDS: &[&str] = &[
    "alongside",
    "besides",
    "beside",
    "complementing",
    "complements",
    "beyond",
];

/// Words that open the complement of a negated copula right after a phrase
/// ("our report isn't something we hide", "isn't just a badge"): the
/// negation then denies the complement.
pub static COMPLEMENT_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "something",
    "anything",
    "just",
    "only",
    "merely",
    "simply",
    "about",
];

/// Verbs by which a certificate reaches a framework: "our certification does
/// not yet cover ISO 42001", "doesn't extend to ISO 42001".
pub static COVERAGE_VERBS: &[&str] = &[
    "cover",
    "covers",
    "include",
    "includes",
    "extend",
    "extends",
    "encompass",
    "encompasses",
    "span",
    "spans",
];

/// The participles of [`COVERAGE_VERBS`] in the passive: "ISO 42001 is not
/// yet covered by our certificate".
pub static COVERAGE_PARTICIPLES: &[&str] = &["covered", "included", "encompassed"];

/// The nouns of a certificate whose coverage can be denied: a certificate or
/// its scope, not a report, whose scope says nothing of a certificate.
pub static COVERING_CERTIFICATES: &[&str] = &[
    "certificate",
    "certificates",
    "certification",
    "certifications",
    "scope",
    "accreditation",
];

/// The nouns of a report, whose coverage bounds the report alone: "our SOC 2
/// report does not cover ISO 27001".
pub static COVERING_REPORTS: &[&str] = &["report", "reports", "attestation", "examination"];

/// Verbs of handling a certificate or report that one holds: of showing it
/// ("publish", "share", "disclose") and of what it covers ("cover",
/// "include", "extend"). A negation of one of them denies the handling, not the
/// holding: "we never publish the ISO 27001 certificate", "our ISO 27001 scope
/// does not yet cover the new office". Only the present forms: "we haven't
/// published our report yet" may well say there is none yet.
pub static HANDLING_VERBS: &[&str] = &[
    "publish",
    "publishes",
    "share",
    "shares",
    "disclose",
    "discloses",
    "release",
    "releases",
    "distribute",
    "distributes",
    "circulate",
    "circulates",
    "post",
    "posts",
    "display",
    "displays",
    "show",
    "shows",
    "reveal",
    "reveals",
    "advertise",
    "advertises",
    "cover",
    "covers",
    "include",
    "includes",
    "extend",
    "extends",
    "encompass",
    "encompasses",
    "span",
    "spans",
];

/// Verbs of handing something over: in the future, with a possessive object,
/// they hand over what is held ("Keel will make its SOC 2 report available").
pub static PROVIDING_VERBS: &[&str] = &[
    "make", "provide", "send", "give", "supply", "forward", "deliver", "furnish",
];

/// Words that say a report or certificate has come into being: "when it is
/// issued", "once available".
pub static ISSUED_WORDS: &[&str] = &[
    "issued",
    "available",
    "ready",
    "complete",
    "completed",
    "published",
    "finalised",
    "finalized",
    "received",
];

/// Words that govern a "with" after them, so that what follows is no
/// possession of a noun before it: verbs and adjectives of helping, working,
/// knowing and conforming ("help with ISO 27001 certification", "familiar
/// with", "in line with"). Forms in "-ing" and "-ed" govern it too.
pub static WITH_GOVERNORS: &[&str] = &[
    "help",
    "helps",
    "assist",
    "assists",
    "support",
    "supports",
    "work",
    "works",
    "deal",
    "deals",
    "struggle",
    "struggles",
    "comply",
    "complies",
    "align",
    "aligns",
    "conform",
    "conforms",
    "line",
    "accordance",
    "consistent",
    "compliance",
    "alignment",
    "conformity",
    "experience",
    "familiarity",
    "familiar",
    "expertise",
    "start",
    "begin",
    "began",
    "begun",
    "progress",
    "partner",
    "partners",
    "busy",
    "happy",
    "pleased",
    "satisfied",
    "along",
    "together",
    "compare",
    "compares",
    "contrast",
    "combine",
    "combines",
    "meet",
    "meets",
];

/// Determiners that may stand between "for" or "of" and the party a piece of
/// work is done for ("for each client", "of the Client's AI use cases").
pub static PARTY_DETERMINERS: &[&str] = &["the", "each", "every", "a", "an", "all", "any"];

/// Determiners that presuppose the thing they name exists: after a negated
/// verb of handling, "the" or "our" certificate is one that is held.
pub static DEFINITE_DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "our", "their", "my",
];

/// Words that restrict how a thing is handled rather than deny it: "we never
/// share the report without an NDA", "we do not publish it online".
pub static RESTRICTIONS: &[&str] = &[
    "without",
    "unless",
    "until",
    "except",
    "before",
    "publicly",
    "externally",
    "openly",
    "freely",
    "online",
    "outside",
    "beyond",
];

/// Verbs of letting: negated before a certificate and a lapse word, they deny
/// the lapse ("we never let our certificate lapse").
pub static LETTING: &[&str] = &["let", "allow", "allowed", "allowing", "permit", "permitted"];

/// Verbs of saying and being before an opening quotation mark: the words
/// quoted after one are a claim reported ("said Harbour was \"already
/// aligned\""), not words talked about.
pub static REPORTING_WORDS: &[&str] = &[
    "says", "said", "say", "states", "stated", "claims", "claimed", "told", "tells", "adds",
    "added", "is", "are", "was", "were", "its", "it", "remains", "being",
];

/// Verbs of saying: anywhere before an opening quotation mark in its clause,
/// they make the quoted words a claim reported ("Keel says its AI \"meets
/// every requirement\"").
pub static SAYING: &[&str] = &[
    "says", "said", "states", "stated", "claims", "claimed", "told", "tells", "adds", "added",
];

/// Past verbs of saying and writing that report an earlier statement, which
/// a correction may withdraw ("an earlier version said", "we wrote that", "gave
/// the expiry as").
pub static REPORTING_PAST: &[&str] = &[
    "said",
    "wrote",
    "stated",
    "claimed",
    "described",
    "gave",
    "listed",
    "called",
    "showed",
    "reported",
    "suggested",
    "implied",
    "mentioned",
    "labelled",
    "labeled",
    "quoted",
    "told",
];

/// Words that mark a reported statement as an earlier or mistaken wording:
/// "we previously said", "originally wrote", "wrongly stated".
pub static EARLIER_WORDING: &[&str] = &[
    "previously",
    "originally",
    "wrongly",
    "incorrectly",
    "mistakenly",
    "erroneously",
];

/// Adjectives that, before a noun of an edition ([`EDITIONS`]), mark it as
/// one since replaced: "an earlier version", "the previous edition".
pub static SUPERSEDED: &[&str] = &["earlier", "previous", "original", "older", "prior"];

/// Nouns of an edition of a text: "an earlier version of this post".
pub static EDITIONS: &[&str] = &["version", "versions", "edition", "draft", "revision"];

/// Words of correcting: a label ("Correction:", "Errata:") or verb ("just to
/// correct something") before a report, or a sentence after it ("The correct
/// date is ..."), that takes the report back.
pub static CORRECTION_WORDS: &[&str] = &[
    "correction",
    "corrections",
    "correct",
    "corrected",
    "errata",
    "erratum",
    "retraction",
    "retract",
    "retracted",
];

/// Judgements that a sentence opening with "that" or "this" passes on the
/// statement before it: "That was wrong.", "This was an error:".
pub static RETRACTION_WORDS: &[&str] = &[
    "wrong",
    "incorrect",
    "inaccurate",
    "error",
    "mistake",
    "untrue",
    "false",
    "overstated",
    "understated",
    "misleading",
    "outdated",
];

/// Words that end the content of a report: the corrected statement or a
/// contrast follows ("we said May, but it was June").
pub static REPORT_CLOSERS: &[&str] = &["but", "however", "whereas", "instead", "actually"];

/// Words that open what is told of every name before them: "ISO 27001 and
/// ISO 42001, both issued by LRQA", "ISO 27001 / SOC 2 \u{2014} all in place".
pub static SHARING_WORDS: &[&str] = &["both", "each", "all"];

/// Seasons, as target dates: "by spring 2027", "in the autumn".
pub static SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

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
    // A certificate's own labels on a card: "cert. IS 712345", "exp. 05/28",
    // "reg. no. 1234".
    "cert", "exp", "reg",
];

/// Words that mark the data a code block shows as made up rather than the
/// organisation's own: "Example response", "sample payload", a JSON schema.
pub const MADE_UP_DATA_WORDS: &[&str] = &[
    "example",
    "sample",
    "e.g.",
    "for instance",
    "placeholder",
    "dummy",
    "fake",
    "mock",
    "fixture",
    "schema",
    "template",
    "illustrat",
    "such as",
    "\"properties\"",
    "\"$ref\"",
    "\"enum\"",
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
        for p in THIRD_PARTIES.iter().chain(GENERIC_SUBJECTS).chain(NEGATORS) {
            assert_eq!(*p, p.to_lowercase(), "{p}");
        }
    }
}
