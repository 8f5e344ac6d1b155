//! How an answer completes a question asked in another sentence, paragraph or
//! list item. A conversation states a status without repeating it: "Your team
//! asked whether we hold ISO 27001. Good news: we do." says the organisation
//! holds it, and "When does your Cyber Essentials certificate expire? In
//! September 2027." says it is held until then. So does a sentence that hands
//! another party's status to the organisation: "..., as Northwind itself
//! does", or a description followed by "That's Northwind.". `claims` asks
//! these questions of each sentence and the one after it; this module answers
//! them from the words alone.

use std::ops::Range;

use crate::prose::lexicon::Compiled;
use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::subjects::NameSets;
use crate::prose::vocabulary;
use crate::prose::{ClaimDetails, ClaimedStatus, Mention, Subject};

/// Verbs that report a question ("asked whether", "want to know if", "please
/// confirm whether"): the clause after "whether" or "if" is the question.
static ASKING_VERBS: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "wonder",
    "wonders",
    "wondered",
    "wondering",
    "enquire",
    "enquires",
    "enquired",
    "inquire",
    "inquires",
    "inquired",
    "know",
    "confirm",
    "indicate",
    "state",
    "specify",
    "check",
    "checked",
];

/// Words that may stand between an asking verb and "whether": its object.
static ASKED_OBJECTS: &[&str] = &["us", "me", "you", "them", "him", "her"];

/// Auxiliaries that stand for a whole predicate in a short answer: "we do",
/// "we are", "we have", "yes, Northwind does".
static PRO_FORMS: &[&str] = &[
    "do", "does", "did", "are", "is", "am", "was", "have", "has", "can", "will",
];

/// Adverbs that may close a short answer without changing it: "we do too",
/// "we are not yet".
static CLOSING_ADVERBS: &[&str] = &[
    "too",
    "already",
    "indeed",
    "yet",
    "still",
    "now",
    "today",
    "currently",
    "again",
    "also",
];

/// Words that ask when a certificate ends: "When does it expire?", "valid until
/// when?".
static EXPIRY_WORDS: &[&str] = &[
    "expire",
    "expires",
    "expiry",
    "expiration",
    "valid",
    "validity",
    "renewal",
    "renew",
    "lapse",
];

/// Words that may stand around a type in an answer without adding to it: "A:
/// Type 2", "Yes, a Type II report.", "It is a Type 2 attestation."
static TYPE_ANSWER_FILLERS: &[&str] = &[
    "a",
    "an",
    "the",
    "it",
    "its",
    "is",
    "our",
    "report",
    "attestation",
    "examination",
    "audit",
    "only",
];

/// Words that ask which kind of report or certificate is meant: "SOC 2 report
/// type?", "Which SOC 2 report do you have?", "Kind of SOC 2 report".
static TYPE_QUESTION_WORDS: &[&str] = &["type", "kind", "which"];

/// Rewrites an indirect question so its clause reads as the statement it asks
/// about ("asked whether we hold X" reads "asked that we hold X"), and returns
/// true when the sentence held one. The sentence is then a question, which
/// states nothing unless the next sentence answers it.
pub fn indirect_question(tokens: &mut [Token]) -> bool {
    let mut found = false;
    for i in 0..tokens.len() {
        if !ASKING_VERBS.contains(&tokens[i].norm.as_str()) {
            continue;
        }
        let mut j = i + 1;
        while tokens
            .get(j)
            .is_some_and(|t| ASKED_OBJECTS.contains(&t.norm.as_str()) || t.norm == ",")
        {
            j += 1;
        }
        if let Some(t) = tokens.get_mut(j)
            && matches!(t.norm.as_str(), "whether" | "if")
        {
            t.norm = "that".to_string();
            found = true;
        }
    }
    found
}

/// A short answer that stands for the predicate of the question before it:
/// `Some(true)` for "We do." or "Good news: we are, since May.", `Some(false)`
/// for "We don't." or "We are not yet."; `None` for anything else. Its subject
/// is the organisation ("we", its name) and its auxiliary ends a clause.
pub fn short_answer(tokens: &[Token], voc: &Compiled, names: &NameSets) -> Option<bool> {
    if names_framework(tokens) {
        return None;
    }
    let subject_ends = |at: usize| {
        let all = 0..tokens.len();
        voc.org_subjects
            .find_all(tokens, all.clone())
            .iter()
            .chain(NameSets::find(&names.org, tokens, all).iter())
            .any(|&(_, e)| e == at)
    };
    (0..tokens.len()).find_map(|aux| {
        let word = tokens[aux].norm.as_str();
        let contracted = ["n't", "n\u{2019}t"]
            .iter()
            .find_map(|n| word.strip_suffix(n))
            .map(|stem| match stem {
                "don" => "do",
                "won" => "will",
                "ca" => "can",
                s => s,
            });
        let form = contracted.unwrap_or(word);
        if tokens[aux].kind != TokenKind::Word || !PRO_FORMS.contains(&form) || !subject_ends(aux) {
            return None;
        }
        let mut next = aux + 1;
        let mut negated = contracted.is_some();
        if tokens
            .get(next)
            .is_some_and(|t| matches!(t.norm.as_str(), "not" | "never"))
        {
            negated = true;
            next += 1;
        }
        while tokens
            .get(next)
            .is_some_and(|t| CLOSING_ADVERBS.contains(&t.norm.as_str()))
        {
            next += 1;
        }
        let clause_ends = tokens.get(next).is_none_or(|t| {
            t.kind == TokenKind::Punct
                && matches!(
                    t.norm.as_str(),
                    "," | ";" | ":" | "." | "!" | "-" | "\u{2014}" | "\u{2013}" | ")"
                )
        });
        clause_ends.then_some(!negated)
    })
}

/// Words that open the clause of an elided predicate set against the one
/// before: "..., but we do", "...; we do", "..., whereas Northwind does".
static CONTRASTS: &[&str] = &["but", ";", "whereas", "while"];

/// Words after "not" or "no" that make them deny a claim of others, not of
/// the organisation: "not every supplier", "no other vendor".
static QUANTIFIERS: &[&str] = &["every", "all", "each", "many", "most", "other", "others"];

/// Most words the clause of an elided predicate has: "but we certainly do".
const ELIDED_WORDS: usize = 6;

/// "Not every supplier holds ISO 27001, but we do": a sentence whose last
/// clause, set against the one before by a contrast, is the organisation with
/// an auxiliary standing for that clause's predicate. Returns `Some(true)` for
/// "we do", `Some(false)` for "we don't", and then reads the quantifier that
/// denies the others' claim ("not every", "no other") as "some", so the
/// predicate reads as it would of the organisation.
pub fn elided_contrast(tokens: &mut [Token], voc: &Compiled, names: &NameSets) -> Option<bool> {
    let cut = tokens
        .iter()
        .rposition(|t| CONTRASTS.contains(&t.norm.as_str()))?;
    let (head, tail) = tokens.split_at(cut);
    let tail = &tail[1..];
    let words = tail.iter().filter(|t| t.kind == TokenKind::Word).count();
    if words > ELIDED_WORDS || !head.iter().any(|t| matches!(t.kind, TokenKind::Mention(_))) {
        return None;
    }
    // "Cyber Essentials valid until March; CE+ \u{2013} we don't hold it": a
    // tail that names its own framework is its own claim, not an elided one.
    if tail.iter().any(|t| matches!(t.kind, TokenKind::Mention(_))) {
        return None;
    }
    let affirmative = short_answer(tail, voc, names).or_else(|| pro_object(tail, voc, names))?;
    for i in 0..cut.saturating_sub(1) {
        if matches!(tokens[i].norm.as_str(), "not" | "no")
            && QUANTIFIERS.contains(&tokens[i + 1].norm.as_str())
        {
            tokens[i].norm = "some".to_string();
        }
    }
    Some(affirmative)
}

/// Verbs of holding whose object a pronoun may stand for: "we have one".
static HOLDING: &[&str] = &["have", "hold", "got", "'ve", "\u{2019}ve"];

/// Pronouns that stand for the object of the clause before: "one", "it".
static PRO_OBJECTS: &[&str] = &["one", "it", "that", "them", "those"];

/// "..., but we have one": the organisation, a verb of holding (negated or
/// not) and a pronoun for the object of the clause before. `Some(true)` for
/// "we have one", `Some(false)` for "we don't have one".
fn pro_object(tail: &[Token], voc: &Compiled, names: &NameSets) -> Option<bool> {
    let words: Vec<&Token> = tail.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let all = 0..tail.len();
    let subject_end = voc
        .org_subjects
        .find_all(tail, all.clone())
        .into_iter()
        .chain(NameSets::find(&names.org, tail, all))
        .filter(|&(s, _)| tail.get(s).is_some_and(|t| Some(&t) == words.first()))
        .map(|(_, e)| e)
        .max()?;
    let rest: Vec<&str> = tail[subject_end..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.norm.as_str())
        .filter(|w| !CLOSING_ADVERBS.contains(w))
        .collect();
    let (verb, negated) = match rest.as_slice() {
        [neg, verb, object] if matches!(*neg, "don't" | "don\u{2019}t" | "haven't" | "not") => {
            (Some((*verb, *object)), true)
        }
        [aux, "not", verb, object] if *aux == "do" => (Some((*verb, *object)), true),
        [verb, object] => (Some((*verb, *object)), false),
        _ => (None, false),
    };
    let (verb, object) = verb?;
    (HOLDING.contains(&verb) && PRO_OBJECTS.contains(&object)).then_some(!negated)
}

/// True for a question that asks when a certificate ends ("When does your
/// Cyber Essentials certificate expire?", "What is the expiry date of your
/// certificate?"), not when an earlier event was ("the date of your last
/// renewal").
pub fn asks_for_expiry(tokens: &[Token]) -> bool {
    let has = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.norm.as_str()));
    has(&["when", "until", "till", "date"]) && has(EXPIRY_WORDS) && !has(PAST_EVENT_WORDS)
}

/// Words that date an event already past: "the date of your last renewal".
static PAST_EVENT_WORDS: &[&str] = &["last", "previous", "first", "issue", "issued"];

/// Verbs that ask who issued a certificate: "Which body certified your ISO
/// 42001?".
static CERTIFYING_VERBS: &[&str] = &[
    "certified",
    "audited",
    "issued",
    "awarded",
    "certifies",
    "audits",
    "issues",
];

/// Nouns for the issuer of the reader's certificate: "Who is your SOC 2
/// auditor?".
static ISSUER_NOUNS: &[&str] = &[
    "body",
    "auditor",
    "auditors",
    "registrar",
    "certifier",
    "issuer",
];

/// Most words a question that is a noun phrase alone has: "Certification
/// body for ISO 27001?".
const BARE_QUESTION_WORDS: usize = 4;

/// True for a question that is a short noun phrase alone, after any label:
/// "Certification body for ISO 27001?". On a form it asks the organisation
/// for what it names; two nouns joined count as one field each ("Cyber
/// Essentials certificate number and expiry date?").
pub fn noun_question(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = after_label(tokens)
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !matches!(t.norm.as_str(), "and" | "or" | "&"))
        .collect();
    words.len() <= BARE_QUESTION_WORDS
        && words
            .first()
            .is_some_and(|t| !vocabulary::QUESTION_OPENERS.contains(&t.norm.as_str()))
}

/// Words that ask for a body, in a question or a request: "Which body ...?",
/// "Please confirm your certification body."
static BODY_ASKERS: &[&str] = &[
    "which", "who", "what", "confirm", "name", "provide", "state", "specify", "give",
];

/// True for a question that asks which body certified or audited the
/// reader's framework, not which one the reader would choose.
pub fn asks_for_body(tokens: &[Token]) -> bool {
    let has = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.norm.as_str()));
    (has(BODY_ASKERS) && (has(CERTIFYING_VERBS) || (has(&["your"]) && has(ISSUER_NOUNS))))
        || (noun_question(tokens) && has(ISSUER_NOUNS))
}

/// An answer that names a certification body and no framework ("LRQA did,
/// in February.", "A: BSI."), with the facts it states and its span.
pub fn body_answer(text: &str, tokens: &[Token]) -> Option<(ClaimDetails, (usize, usize))> {
    if names_framework(tokens) {
        return None;
    }
    body_named_first(text, tokens)
}

/// The facts of an answer that opens with a certification body, whatever
/// else it names ("BSI, for ISO 27001."), with the answer's span.
pub fn body_named_first(text: &str, tokens: &[Token]) -> Option<(ClaimDetails, (usize, usize))> {
    let span = (tokens.first()?.range.start, tokens.last()?.range.end);
    let answer = text.get(span.0..span.1)?;
    // The body answers when it opens the answer ("LRQA did", "A: BSI",
    // "Certified by BSI"); one named later ("we're waiting for BSI's
    // decision") is part of an answer of another kind.
    let opening: Vec<&str> = answer.split_whitespace().take(BODY_ANSWER_REACH).collect();
    crate::prose::read_details(&opening.join(" ")).body?;
    Some((crate::prose::read_details(answer), span))
}

/// True for a question that asks for a certificate's number ("What is your
/// ISO 27001 certificate number?", "Certificate no.?").
pub fn asks_for_number(tokens: &[Token]) -> bool {
    let has = |list: &[&str]| tokens.iter().any(|t| list.contains(&t.norm.as_str()));
    has(&["number", "no", "id"]) && has(&["certificate", "certification", "registration"])
}

/// True when the tokens name a framework: an answer that does speaks for
/// itself.
fn names_framework(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| matches!(t.kind, TokenKind::Mention(_)))
}

/// Most words an answer that only gives a number has: "A: IS 712345.".
const NUMBER_ANSWER_WORDS: usize = 4;

/// The certificate number an answer gives alone ("A: IS 712345."), read as the
/// number of the certificate the question asked about.
pub fn number_answer(text: &str, tokens: &[Token]) -> Option<(ClaimDetails, (usize, usize))> {
    if names_framework(tokens) {
        return None;
    }
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
        })
        .collect();
    if words.is_empty() || words.len() > NUMBER_ANSWER_WORDS {
        return None;
    }
    let span = (words.first()?.range.start, tokens.last()?.range.end);
    let details = crate::prose::read_details(&format!("certificate {}", text.get(span.0..span.1)?));
    details.certificate.is_some().then_some((details, span))
}

/// How many words may open an answer before the body that answers it.
const BODY_ANSWER_REACH: usize = 4;

/// The text of an answer from its first word that is not a label ("A:",
/// "Answer:"), when the answer states a year: "A: In September 2027." gives
/// "In September 2027.". Names no framework of its own.
pub fn dated_answer<'a>(text: &'a str, tokens: &[Token]) -> Option<&'a str> {
    if names_framework(tokens) {
        return None;
    }
    let dated = tokens.iter().any(|t| {
        t.norm.len() == 4 && t.norm.starts_with("20") && t.norm.chars().all(|c| c.is_ascii_digit())
    });
    // "Not until January 2028." ends then: the date starts after "not".
    let skip_not = not_until(tokens);
    let first = tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
        })
        .nth(usize::from(skip_not))?;
    let end = tokens.last()?.range.end;
    dated.then(|| text.get(first.range.start..end)).flatten()
}

/// True for a question that asks which one the reader has ("Which SOC 2
/// report do you have?", "What type of report is available?").
/// So does a request to list what the reader holds ("List every
/// certification you hold.").
pub fn asks_which(tokens: &[Token]) -> bool {
    let first = tokens.iter().find(|t| {
        t.kind == TokenKind::Word && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
    });
    let listing = first.is_some_and(|t| matches!(t.norm.as_str(), "list" | "name"))
        && tokens.windows(2).any(|w| {
            w[0].norm == "you" && matches!(w[1].norm.as_str(), "hold" | "have" | "currently")
        });
    listing || first.is_some_and(|t| matches!(t.norm.as_str(), "which" | "what"))
}

/// The type an answer states and nothing else ("Type 2", "A: Type II report.",
/// "Yes, a Type 2."): `type1` or `type2`. An answer that names a framework
/// speaks for itself and gives none.
pub fn type_reply(text: &str, tokens: &[Token]) -> Option<String> {
    if names_framework(tokens) {
        return None;
    }
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .filter(|t| {
            let w = t.norm.as_str();
            !vocabulary::ANSWER_LABELS.contains(&w)
                && !vocabulary::YES_ANSWERS.contains(&w)
                && !TYPE_ANSWER_FILLERS.contains(&w)
        })
        .collect();
    match words.as_slice() {
        [kind, _value] if kind.norm == "type" => {
            crate::prose::aliases::type_value(text.get(kind.range.start..)?)
        }
        _ => None,
    }
}

/// True for a question or label that asks which type of report it names:
/// "SOC 2 report type?", "Type of SOC 2 report", "Which SOC 2 report?".
pub fn asks_type(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && TYPE_QUESTION_WORDS.contains(&t.norm.as_str()))
}

/// The type a label line gives at its end when it opens by asking for one:
/// "Type of SOC 2 report available Type 2" (a bold label and its value on the
/// next line, read as one sentence) gives `type2`.
pub fn labelled_type(text: &str, tokens: &[Token]) -> Option<String> {
    // "SOC 2 report type | Type 2": a cell or a label before a colon that asks
    // for the type, and the type alone after it.
    if let Some(bar) = tokens
        .iter()
        .position(|t| matches!(t.norm.as_str(), "|" | ":"))
        && asks_type(&tokens[..bar])
        && tokens[..bar]
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Mention(_)))
        && let Some(q) = type_reply(text, &tokens[bar + 1..])
    {
        return Some(q);
    }
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let opens_as_label = matches!(
        words.as_slice(),
        [first, second, ..] if matches!(first.norm.as_str(), "type" | "kind") && second.norm == "of"
    );
    let [.., kind, _value] = words.as_slice() else {
        return None;
    };
    let last_is_word = tokens
        .iter()
        .rev()
        .find(|t| t.kind != TokenKind::Punct)
        .is_some_and(|t| t.kind == TokenKind::Word);
    (opens_as_label && words.len() > 4 && last_is_word && kind.norm == "type")
        .then(|| crate::prose::aliases::type_value(text.get(kind.range.start..)?))
        .flatten()
}

/// True when a question's held reading comes from naming the certificate
/// alone ("Does your ISO 27001 scope include ...?", "Is Northwind's SOC 2
/// report a Type 2?"): the phrase opens with the name or a possessive, not
/// with a verb of holding. Such a question takes the certificate as given and
/// asks something else of it, so "No" does not deny holding it.
pub fn presupposes_held(tokens: &[Token], phrase: (usize, usize)) -> bool {
    tokens
        .iter()
        .find(|t| t.range.start >= phrase.0 && t.range.start < phrase.1.max(phrase.0 + 1))
        .is_some_and(|t| {
            matches!(t.kind, TokenKind::Mention(_))
                || crate::prose::subject_words::POSSESSIVES.contains(&t.norm.as_str())
        })
}

/// True for a question that is little more than a name ("Cyber Essentials
/// Plus?", "And SOC 2?"): at most two words beside the names, after any
/// speaker or answer label ("Jo (Keel): Cyber Essentials Plus?").
pub fn bare_question(tokens: &[Token]) -> bool {
    after_label(tokens)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count()
        <= 2
}

/// The tokens of a line after the label that opens it ("Q:", "A:", or a
/// speaker that [`speaker_label`] has turned into one): what the line says.
pub fn after_label(tokens: &[Token]) -> &[Token] {
    let label = tokens
        .iter()
        .take_while(|t| {
            vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
                || matches!(t.norm.as_str(), "(" | ")")
        })
        .count();
    match tokens.get(label) {
        Some(t) if label > 0 && t.norm == ":" => &tokens[label + 1..],
        _ => tokens,
    }
}

/// Who speaks in a transcript line without a name: "Visitor: ...", "Agent:
/// ...".
static SPEAKER_ROLES: &[&str] = &[
    "visitor",
    "agent",
    "customer",
    "buyer",
    "user",
    "support",
    "rep",
    "sales",
    "me",
    "you",
    "host",
    "guest",
    "interviewer",
    "interviewee",
    "moderator",
    "presenter",
    "panellist",
    "panelist",
    "caller",
    "assistant",
    "bot",
    "advisor",
    "adviser",
];

/// The choices a form offers before its answer: "Yes / No: No", "Y/N: Y".
static CHOICES: &[&str] = &["yes", "no", "y", "n", "na", "a", "unsure"];

/// Turns the choices that open a form's answer line ("Yes / No: No") into
/// an answer label, so that the answer is the word after them, not the
/// first choice offered.
pub fn choices_label(tokens: &mut [Token]) {
    let Some(colon) = tokens.iter().position(|t| t.norm == ":") else {
        return;
    };
    let label = &tokens[..colon];
    let choices = label.iter().filter(|t| t.kind == TokenKind::Word).count();
    let offered = choices >= 2
        && label.iter().all(|t| match t.kind {
            TokenKind::Word => CHOICES.contains(&t.norm.as_str()),
            _ => t.norm == "/",
        });
    if offered {
        for t in &mut tokens[..colon] {
            t.norm = "answer".to_string();
        }
    }
}

/// Turns the speaker label that opens a transcript line ("Jo (Keel):",
/// "Visitor:") into an answer label, so that what follows reads as the line's
/// content: "Jo (Keel): Yes, it is." answers like "A: Yes, it is.". A label is
/// a role word alone, or one or two capitalised words with a bracketed
/// affiliation, before a colon. A supplier's name or a supplier's role in the
/// label ("Equinix (colocation):", "Hetzner (sub-processor):") makes it a
/// party's label instead, over what that party holds.
pub fn speaker_label(text: &str, tokens: &mut [Token], voc: &Compiled, names: &NameSets) {
    let stamp = timestamp_len(tokens);
    let Some(colon) = tokens
        .iter()
        .skip(stamp)
        .take(12)
        .position(|t| t.norm == ":")
        .map(|at| stamp + at)
    else {
        return;
    };
    let label = &tokens[stamp..colon];
    let words: Vec<&Token> = label.iter().filter(|t| t.kind == TokenKind::Word).collect();
    let capitalised = |t: &Token| {
        text.get(t.range.clone())
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    };
    let bracketed =
        label.iter().any(|t| t.norm == "(") && label.last().is_some_and(|t| t.norm == ")");
    let role = words.len() == 1 && SPEAKER_ROLES.contains(&words[0].norm.as_str());
    let all_words = |t: &&Token| t.kind == TokenKind::Word;
    let named = bracketed
        && label
            .iter()
            .take_while(|t| t.norm != "(")
            .all(|t| t.kind == TokenKind::Word && capitalised(t))
        && label.first().is_some_and(|t| t.kind == TokenKind::Word)
        && NameSets::find(&names.suppliers, tokens, stamp..colon).is_empty()
        && voc.suppliers.find_all(tokens, stamp..colon).is_empty();
    // A transcript writes its speakers in capitals ("RUTH ADEBAYO:"), or by
    // name after a timestamp ("[00:21:40] Graham Ellis:").
    let capitals = |t: &Token| {
        text.get(t.range.clone()).is_some_and(|w| {
            w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase() || c == '\'' || c == '-')
        })
    };
    let person = (1..=3).contains(&label.len())
        && label.iter().all(|t| all_words(&t))
        && !label.iter().any(|t| NOT_NAMES.contains(&t.norm.as_str()))
        && if stamp > 0 {
            label.iter().all(capitalised)
        } else {
            label.len() >= 2 && label.iter().all(capitals)
        };
    if role || named || person {
        for t in &mut tokens[..colon] {
            t.norm = "answer".to_string();
        }
    }
}

/// Words of a label in capitals that make it a heading or a status, not a
/// speaker's name: "IN PROGRESS:", "SECURITY UPDATE:", "NEXT STEPS:".
static NOT_NAMES: &[&str] = &[
    "in",
    "progress",
    "planned",
    "working",
    "towards",
    "certified",
    "certifications",
    "certificates",
    "compliance",
    "compliant",
    "achieved",
    "held",
    "status",
    "roadmap",
    "next",
    "now",
    "later",
    "update",
    "note",
    "notes",
    "security",
    "steps",
    "done",
    "shipped",
    "goals",
    "important",
    "summary",
    "the",
    "our",
    "we",
];

/// The number of tokens of a timestamp that opens a transcript line:
/// "[00:21:40]", "(12:05)", "01:02:15"; zero when there is none.
fn timestamp_len(tokens: &[Token]) -> usize {
    let digits = |t: &Token| !t.norm.is_empty() && t.norm.chars().all(|c| c.is_ascii_digit());
    let mut at = usize::from(
        tokens
            .first()
            .is_some_and(|t| matches!(t.norm.as_str(), "[" | "(")),
    );
    let mut parts = 0;
    while tokens.get(at).is_some_and(digits) {
        parts += 1;
        at += 1;
        if tokens.get(at).is_some_and(|t| t.norm == ":") && tokens.get(at + 1).is_some_and(digits) {
            at += 1;
        } else {
            break;
        }
    }
    if parts < 2 {
        return 0;
    }
    if tokens
        .get(at)
        .is_some_and(|t| matches!(t.norm.as_str(), "]" | ")"))
    {
        at += 1;
    }
    at
}

/// The longest org reference (a pronoun or a name) that starts at token
/// `start`, as its (start, end).
fn org_at(
    tokens: &[Token],
    voc: &Compiled,
    names: &NameSets,
    start: usize,
) -> Option<(usize, usize)> {
    let all = 0..tokens.len();
    voc.org
        .find_all(tokens, all.clone())
        .into_iter()
        .chain(NameSets::find(&names.org, tokens, all))
        .filter(|&(s, _)| s == start)
        .max_by_key(|&(_, e)| e)
}

/// True for a sentence that ends by saying the organisation shares what the
/// clause before says of someone else: "..., as Northwind itself does", "...,
/// as do we", "..., just like us".
pub fn echoes_org(tokens: &[Token], voc: &Compiled, names: &NameSets) -> bool {
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word)
        .collect();
    let Some(comma) = tokens.iter().rposition(|t| t.norm == ",") else {
        return false;
    };
    let tail: Vec<usize> = words.iter().copied().filter(|&i| i > comma).collect();
    let mut k = 0;
    if tail.first().is_some_and(|&i| tokens[i].norm == "just") {
        k += 1;
    }
    let Some(&opener) = tail.get(k) else {
        return false;
    };
    if !matches!(tokens[opener].norm.as_str(), "as" | "like") {
        return false;
    }
    k += 1;
    // "as do we": the pro-form before its subject.
    if tail
        .get(k)
        .is_some_and(|&i| PRO_FORMS.contains(&tokens[i].norm.as_str()))
    {
        k += 1;
    }
    let Some(rest) = words_after_org(tokens, voc, names, &tail[k.min(tail.len())..]) else {
        return false;
    };
    rest.iter().all(|w| {
        PRO_FORMS.contains(w)
            || CLOSING_ADVERBS.contains(w)
            || crate::prose::subject_words::REFLEXIVES.contains(w)
            || *w == "ourselves"
    })
}

/// The words of `words` (indices of word tokens) after the organisation that
/// the first of them starts, or `None` when the first names no organisation.
fn words_after_org<'t>(
    tokens: &'t [Token],
    voc: &Compiled,
    names: &NameSets,
    words: &[usize],
) -> Option<Vec<&'t str>> {
    let (_, org_end) = words.first().and_then(|&i| org_at(tokens, voc, names, i))?;
    Some(
        words
            .iter()
            .filter(|&&i| i >= org_end)
            .map(|&i| tokens[i].norm.as_str())
            .collect(),
    )
}

/// Adverbs that add the organisation to the party described before: "...,
/// and we are certified too", "Sprout is also certified".
static ADDITIVES: &[&str] = &["too", "also", "likewise", "well"];

/// Participles an echo may repeat from the clause it echoes: "..., and Sprout
/// itself is certified too".
static ECHOED_PARTICIPLES: &[&str] = &[
    "certified",
    "accredited",
    "audited",
    "attested",
    "compliant",
    "registered",
];

/// True for a clause that adds the organisation to the party the clause before
/// describes: "..., and so are we", "..., and Sprout itself is certified too",
/// or a sentence of its own after one ("So is Northwind.", "We are as well.").
/// The clause is the organisation with a pro-form and an additive, and nothing
/// else but a repeated participle, so "..., and we use it too" is no echo.
pub fn adds_org(tokens: &[Token], voc: &Compiled, names: &NameSets) -> bool {
    let cut = tokens
        .iter()
        .rposition(|t| matches!(t.norm.as_str(), "," | ";" | "and"))
        .map_or(0, |i| i + 1);
    let tail: Vec<usize> = (cut..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word)
        .collect();
    let word = |k: usize| tail.get(k).map(|&i| tokens[i].norm.as_str());
    // "so are we", "so is Sprout": the pro-form before its subject.
    if word(0) == Some("so") && word(1).is_some_and(|w| PRO_FORMS.contains(&w)) {
        return tail.get(2).is_some_and(|&i| {
            org_at(tokens, voc, names, i).is_some_and(|(_, end)| {
                tail.iter()
                    .filter(|&&j| j >= end)
                    .all(|&j| CLOSING_ADVERBS.contains(&tokens[j].norm.as_str()))
            })
        });
    }
    let Some(rest) = words_after_org(tokens, voc, names, &tail) else {
        return false;
    };
    rest.iter().any(|w| PRO_FORMS.contains(w))
        && rest.iter().any(|w| ADDITIVES.contains(w))
        && rest.iter().all(|w| {
            PRO_FORMS.contains(w)
                || CLOSING_ADVERBS.contains(w)
                || ADDITIVES.contains(w)
                || ECHOED_PARTICIPLES.contains(w)
                || crate::prose::subject_words::REFLEXIVES.contains(w)
                || *w == "as"
        })
}

/// Verbs and verb phrases after the organisation's name that say it is the
/// party described before: "..., and Northwind fitted the bill", "... Northwind
/// ticked every box".
static FILLS_THE_ROLE: &[&[&str]] = &[
    &["fitted", "the", "bill"],
    &["fit", "the", "bill"],
    &["fits", "the", "bill"],
    &["ticked", "every", "box"],
    &["ticked", "all", "the", "boxes"],
    &["ticks", "every", "box"],
    &["was", "the", "one"],
    &["was", "that", "supplier"],
    &["was", "that", "partner"],
    &["delivered", "exactly", "that"],
    &["ticked", "all", "our", "boxes"],
    &["checked", "every", "box"],
    &["checked", "all", "the", "boxes"],
    &["was", "our", "pick"],
    &["was", "our", "choice"],
    &["was", "the", "obvious", "choice"],
    &["was", "the", "clear", "choice"],
    &["was", "the", "natural", "choice"],
    &["was", "the", "answer"],
    &["is", "the", "one"],
];

/// Verbs of choosing before the organisation's name: "we needed an ISO
/// 27001-certified partner and chose Northwind".
static CHOOSING: &[&str] = &[
    "chose",
    "picked",
    "selected",
    "found",
    "hired",
    "appointed",
    "engaged",
    "onboarded",
    "shortlisted",
];

/// Two-word verbs of choosing before the organisation's name: "... and went
/// with Northwind", "opted for Northwind".
static CHOOSING_PHRASES: &[[&str; 2]] = &[
    ["went", "with"],
    ["opted", "for"],
    ["settled", "on"],
    ["landed", "on"],
    ["signed", "with"],
    ["switched", "to"],
    ["moved", "to"],
];

/// Nouns of a party wanted or described by its role: "a certified supplier".
static ROLE_NOUNS: &[&str] = &[
    "supplier",
    "partner",
    "provider",
    "vendor",
    "processor",
    "company",
    "firm",
    "platform",
    "tool",
    "solution",
    "service",
    "product",
];

/// True when token `at` is a mention inside an indefinite role noun phrase,
/// "an ISO 27001-certified supplier", "a SOC 2 attested partner": a party
/// described, not yet named.
fn wanted_party(tokens: &[Token], at: usize) -> bool {
    if !matches!(tokens[at].kind, TokenKind::Mention(_)) {
        return false;
    }
    let article = (at.saturating_sub(2)..at).any(|i| matches!(tokens[i].norm.as_str(), "a" | "an"));
    let role = tokens
        .iter()
        .skip(at + 1)
        .take(3)
        .any(|t| ROLE_NOUNS.contains(&t.norm.as_str()));
    article && role
}

/// True for a sentence that names the organisation as the party a clause
/// before it describes, as a customer's quote does: "We needed an ISO
/// 27001-certified supplier, and Northwind fitted the bill" or "..., so we
/// chose Northwind".
pub fn fills_the_role(tokens: &[Token], names: &NameSets) -> bool {
    let found = NameSets::find(&names.org, tokens, 0..tokens.len());
    found.iter().any(|&(start, end)| {
        let after = |words: &[&str]| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| tokens.get(end + k).is_some_and(|t| t.norm == *w))
        };
        let mentioned_before = (0..start).any(|m| wanted_party(tokens, m));
        let chosen = start
            .checked_sub(1)
            .is_some_and(|i| CHOOSING.contains(&tokens[i].norm.as_str()))
            || start.checked_sub(2).is_some_and(|i| {
                CHOOSING_PHRASES.iter().any(|[verb, particle]| {
                    tokens[i].norm == *verb && tokens[i + 1].norm == *particle
                })
            });
        mentioned_before && (chosen || FILLS_THE_ROLE.iter().any(|p| after(p)))
    })
}

/// True for a sentence that only says who the description before it is:
/// "That's Northwind.", "This is us.", "Meet Northwind.".
pub fn identifies_org(tokens: &[Token], voc: &Compiled, names: &NameSets) -> bool {
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word)
        .collect();
    let mut k = 0;
    match words.first().map(|&i| tokens[i].norm.as_str()) {
        Some("that" | "this" | "it") => {
            k = 1;
            if words.get(1).is_some_and(|&i| tokens[i].norm == "is") {
                k = 2;
            }
        }
        Some("meet" | "introducing") => k = 1,
        _ => {}
    }
    if k == 0 {
        return false;
    }
    let Some((_, end)) = words.get(k).and_then(|&i| org_at(tokens, voc, names, i)) else {
        return false;
    };
    !tokens[end..].iter().any(|t| t.kind != TokenKind::Punct)
}

/// What the first sentence of a block says as an answer to a question that
/// ended the block before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// "Yes.", "We do.": the question's statement holds.
    Yes,
    /// "No.", "We don't.": it does not.
    No,
    /// A status of its own ("We are working towards it."), with its details.
    Status(ClaimedStatus, ClaimDetails),
    /// A date alone ("In September 2027."), read as an expiry.
    Date(ClaimDetails),
    /// A type alone ("Type 2."), for a question that asked which type.
    Type(String),
    /// A certification body ("LRQA did."), for a question that asked who
    /// certified it.
    Body(ClaimDetails),
    /// A certificate number alone ("IS 712345."), for a question that asked
    /// for it.
    Number(ClaimDetails),
}

/// A status with the span of the phrase it was read from.
pub type StatusAt = (ClaimedStatus, (usize, usize));

/// The mentions (indexes into the document's mentions) of a question that
/// ended a block unanswered, each with the status a "yes" gives it (and its
/// phrase in the file), and whether it asked for an expiry.
#[derive(Clone, Debug, Default)]
pub struct Pending {
    pub question: Vec<(usize, StatusAt)>,
    pub expiry: bool,
    /// True when the question asked who certified or audited it.
    pub body: bool,
    /// True when the question asked for the certificate's number.
    pub number: bool,
    /// True when the question asked which type of report it names.
    pub asks_type: bool,
    /// True when it was no question but a label ("SOC 2 report type"), which
    /// only a type answers.
    pub label: bool,
}

/// The word an answer opens with: the first word that is neither a label
/// ("A:", "Reply:") nor the handle of the person it answers ("@jlee yes,
/// the report is in the portal").
pub fn opening_word(tokens: &[Token]) -> Option<&Token> {
    tokens.iter().enumerate().find_map(|(i, t)| {
        let handle = i > 0 && tokens[i - 1].norm == "@" && tokens[i - 1].range.end == t.range.start;
        (t.kind == TokenKind::Word
            && !handle
            && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str()))
        .then_some(t)
    })
}

/// The reply the first sentence of a block gives, when it names no framework:
/// a yes or no word, a short answer, or a date; with its span in the unit.
pub fn reply(
    text: &str,
    tokens: &[Token],
    voc: &Compiled,
    names: &NameSets,
) -> Option<(Reply, (usize, usize))> {
    let first = opening_word(tokens)?;
    let span = (first.range.start, tokens.last()?.range.end);
    let word = first.norm.as_str();
    let answer = match short_answer(tokens, voc, names) {
        Some(true) => Some(Reply::Yes),
        Some(false) => Some(Reply::No),
        None if vocabulary::YES_ANSWERS.contains(&word) => Some(Reply::Yes),
        // "Not until January 2028." gives a date, not a "no".
        None if vocabulary::NO_ANSWERS.contains(&word) && !not_until(tokens) => Some(Reply::No),
        None => type_reply(text, tokens).map(Reply::Type).or_else(|| {
            dated_answer(text, tokens)
                .map(|date| Reply::Date(crate::prose::read_details(&format!("expires {date}"))))
                .or_else(|| {
                    // "A: IS 721345 (BSI).": a body named with a number
                    // gives the number too.
                    body_answer(text, tokens).map(|(mut d, _)| {
                        if let Some((n, _)) = number_answer(text, tokens) {
                            d.certificate = n.certificate;
                        }
                        Reply::Body(d)
                    })
                })
                .or_else(|| number_answer(text, tokens).map(|(d, _)| Reply::Number(d)))
        }),
    };
    answer.map(|a| (a, span))
}

/// Words that add a claim to an answer rather than name what answers it:
/// "Yes, and Cyber Essentials too" (but "Yes, Cyber Essentials." names what
/// is held instead).
static ADDITIVE: &[&str] = &["and", "also", "too", "plus", "additionally", "well"];

/// The yes or no an answer opens with before it goes on to add a claim of its
/// own ("Yes, and we hold Cyber Essentials too", "No, but we are working
/// towards it"), with the span of that word: a word of answer closed by a
/// mark or a conjunction, in a sentence that adds or contrasts.
pub fn opening_yes_or_no(tokens: &[Token]) -> Option<(Reply, (usize, usize))> {
    let first = opening_word(tokens)?;
    let at = tokens.iter().position(|t| std::ptr::eq(t, first))?;
    let adds = tokens[at + 1..]
        .iter()
        .any(|t| ADDITIVE.contains(&t.norm.as_str()) || t.norm == "but");
    let closed = adds
        && tokens.get(at + 1).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "," | ";" | "." | "!" | "\u{2013}" | "\u{2014}" | "-" | "and" | "but"
            )
        });
    let reply = if vocabulary::YES_ANSWERS.contains(&first.norm.as_str()) {
        Reply::Yes
    } else if first.norm == "no" {
        Reply::No
    } else {
        return None;
    };
    closed.then_some((reply, (first.range.start, first.range.end)))
}

/// True for an answer that opens "not until" or "not before" a time.
pub fn not_until(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| {
        t.kind == TokenKind::Word && !vocabulary::ANSWER_LABELS.contains(&t.norm.as_str())
    });
    words.next().is_some_and(|t| t.norm == "not")
        && words
            .next()
            .is_some_and(|t| matches!(t.norm.as_str(), "until" | "till" | "before"))
}

/// Gives a question's mention the status its answer states.
pub fn apply_reply(
    mention: &mut Mention,
    answer: &Reply,
    phrase: (usize, usize),
    yes: StatusAt,
    asked: &Pending,
) {
    let expiry = asked.expiry;
    if asked.label && !matches!(answer, Reply::Type(_)) {
        return;
    }
    let (status, span, details) = match answer {
        Reply::Type(q) if asked.asks_type => {
            mention.qualifier = Some(q.clone());
            (yes.0, yes.1, ClaimDetails::default())
        }
        Reply::Type(_) => return,
        Reply::Yes => (yes.0, yes.1, ClaimDetails::default()),
        Reply::No => (ClaimedStatus::Not, phrase, ClaimDetails::default()),
        Reply::Status(s, d) => (*s, phrase, d.clone()),
        Reply::Date(d) if expiry && d.valid_to.is_some() => {
            (ClaimedStatus::Achieved, phrase, d.clone())
        }
        Reply::Date(_) => return,
        Reply::Body(d) if asked.body || (asked.number && d.certificate.is_some()) => {
            (ClaimedStatus::Achieved, phrase, d.clone())
        }
        Reply::Body(_) => return,
        Reply::Number(d) if asked.number => (ClaimedStatus::Achieved, phrase, d.clone()),
        Reply::Number(_) => return,
    };
    mention.status = Some(status);
    mention.subject = Some(Subject::Organisation);
    mention.phrase = Some(Range {
        start: span.0,
        end: span.1,
    });
    mention.note = None;
    mention.details = details;
}

/// True when a question asks about the past: "Has Keel ever been
/// certified?", "Were you certified to ISO 27001?", "Did you hold it?".
pub fn asks_past(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "ever" | "were" | "was" | "did" | "previously"
        )
    })
}

/// True when the answer to a question about the past gives the span its
/// certificate was held: "Yes, from May 2023 to April 2026", "between 2023
/// and 2026". A "yes" so bounded tells of a certificate that lapsed, where
/// "Yes, valid until 2028" tells of one held.
pub fn ended_span(tokens: &[Token]) -> bool {
    let date_end = |i: usize| sentences::date_end(tokens, i);
    (0..tokens.len()).any(|i| match tokens[i].norm.as_str() {
        "from" | "between" => date_end(i + 1).is_some_and(|j| {
            tokens.get(j).is_some_and(|t| {
                matches!(t.norm.as_str(), "to" | "and" | "until" | "-" | "\u{2013}")
            }) && date_end(j + 1).is_some()
        }),
        _ => false,
    })
}
