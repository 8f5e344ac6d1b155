//! Word lists about who a clause speaks of, as data: the words that name the
//! organisation ("we", "our", "the Supplier"), those that mark a supplier, a
//! person, another party or a general statement about a standard, and the
//! small grammar words the reader uses to find a clause's subject (copulas,
//! prepositions, possessives, relative pronouns). Split from `vocabulary` so
//! each list of words stays short; like it, this module is data only.

/// Nouns and names that make a status phrase about someone other than the
/// organisation: "customers ask", "their certificate".
pub static THIRD_PARTIES: &[&str] = &[
    "partner|partners",
    // Kinds of partner: "the integrator is certified", "our resellers hold".
    "integrator|integrators|reseller|resellers|distributor|distributors",
    "customer|customers",
    "users|buyers",
    "client|clients",
    "contractor|contractors",
    "subcontractor|subcontractors",
    "third party|parties",
    "third - party|parties",
    "they|they're|they've|their|theirs|themselves",
    "both of them",
    "you|your|yours",
    "parent company",
    "affiliate|affiliates",
    "bidder|bidders|tenderer|tenderers|applicant|applicants",
    "competitor|competitors|rival|rivals|alternatives|incumbents",
    // Everyone else, set against the organisation: "while others are still
    // pursuing ISO 42001, we hold it".
    "others",
    // Some company of a kind, named as where or with whom someone worked:
    // "led operations at a logistics company certified to ISO 27001".
    "at|for|with|from|joined a|an * company|firm|business|startup|consultancy|bank|insurer|retailer|agency",
    "investor|investors|fund|funds|shareholder|shareholders",
    "salesforce|stripe|okta|github|atlassian|oracle|ibm|openai|anthropic|snowflake|datadog|twilio|heroku|vercel|zoom|slack|hubspot|zendesk",
];

/// Nouns and names of suppliers: "our hosting provider, AWS, is certified",
/// "suppliers who hold". The spec's own `supplier` names are added to these.
pub static SUPPLIERS: &[&str] = &[
    "supplier|suppliers",
    "vendor|vendors",
    "provider|providers",
    "subprocessor|subprocessors",
    "sub - processor|processors",
    "processor|processors",
    "data centre|centres|center|centers",
    "datacentre|datacentres|datacenter|datacenters",
    "colocation|colo",
    "cloud platform|platforms",
    // Where a service runs is someone else's: "ISO 27001 certified
    // infrastructure", "hosted in SOC 2 audited facilities".
    "infrastructure",
    "hosting",
    "facility|facilities",
    "aws|amazon|azure|microsoft|google|gcp|cloudflare|digitalocean|hetzner|ovh|equinix",
];

/// Supplier nouns that, owned by the organisation and the subject of its
/// clause ("our infrastructure is certified", "Sprout's hosting holds ISO
/// 27001"), name the organisation's own systems.
pub static OWN_FACILITIES: &[&str] = &["infrastructure", "hosting"];

/// Nouns for people, whose qualifications are not the organisation's
/// certification: "our CISO is a certified ISO 27001 Lead Implementer".
pub static PEOPLE: &[&str] = &[
    "ciso|cto|ceo|cio|cso|dpo|coo|founder|founders|cofounder",
    "he|she|his|her|him",
    "employee|employees|staff|colleague|colleagues|engineer|engineers|consultant|consultants",
    "auditor|auditors|implementer|implementers|practitioner|practitioners",
    "head of",
];

/// Nouns of the workforce as a whole, which often modify the noun after them
/// ("staff handbook", "employee training") rather than name who acts.
pub static WORKFORCE: &[&str] = &["staff", "employee", "colleague", "workforce"];

/// How many tokens after a verb of saying a pronoun may stand and still be
/// the speaker's: "Keel confirms the vision system in their robots ...".
pub const REPORTED_PRONOUN_WINDOW: usize = 8;

/// Verbs of saying whose subject a pronoun after them may stand for ("Meridian
/// told us they are still working on it").
pub static SAYING_VERBS: &[&str] = &[
    "says",
    "said",
    "told",
    "tells",
    "confirmed",
    "confirms",
    "explained",
    "explains",
    "stated",
    "states",
];

/// Verbs of telling whose object is the audience, not the subject of what is
/// told ("Northwind assured customers its service is certified").
pub static TELLING_VERBS: &[&str] = &[
    "told",
    "tells",
    "tell",
    "telling",
    "assured",
    "assures",
    "reassured",
    "reassures",
    "informed",
    "informs",
    "reminded",
    "reminds",
    "briefed",
    "briefs",
    "promised",
    "promises",
];

/// Verbs of giving whose first object is who receives, not who holds what
/// is given ("every sub-processor has to show us a current ISO 27001
/// certificate", "vendors send us their SOC 2 reports").
pub static GIVING_VERBS: &[&str] = &[
    "give", "gives", "gave", "show", "shows", "showed", "send", "sends", "sent", "provide",
    "provides", "supply", "supplies", "hand", "hands",
];

/// Verbs that put words on a page: "add \"SOC 2 certified\" shield".
/// (Not "shows": "the card still shows \"in progress\"" reports what a page
/// says, often to correct it.)
pub static DISPLAYING_VERBS: &[&str] = &["add", "adds", "added", "adding"];

/// Elements of a page whose text is set: "set the chip to \"Certified\"".
pub static PAGE_ELEMENTS: &[&str] = &[
    "chip", "badge", "label", "status", "card", "banner", "pill", "tag", "heading", "title",
    "headline", "tile",
];

/// Words that say which readers a text is given or told to: "gives
/// shortlisted buyers a SOC 2 report", "tells prospective customers".
pub static AUDIENCE_QUALIFIERS: &[&str] = &[
    "all",
    "every",
    "each",
    "any",
    "new",
    "existing",
    "prospective",
    "potential",
    "shortlisted",
    "interested",
    "enterprise",
    "qualified",
    "eligible",
    "current",
];

/// Nouns by which reported speech names the company the speaker belongs to:
/// "our CTO said the company is aligned".
pub static COMPANY_NOUNS: &[&str] = &[
    "company",
    "organisation",
    "organization",
    "business",
    "firm",
];

/// How many tokens before a verb of saying its speaker's organisation may be
/// named: "Harbour's Chief Technology Officer said".
pub const REPORTER_WINDOW: usize = 5;

/// Nouns of a piece of text, which a participle of saying after them opens to
/// what the text says: "the line saying", "a banner claiming".
pub static TEXT_NOUNS: &[&str] = &[
    "line",
    "sentence",
    "paragraph",
    "claim",
    "statement",
    "text",
    "wording",
    "banner",
    "badge",
    "entry",
    "edit",
    "post",
    "tweet",
];
/// Participles of saying that give what a text says ([`TEXT_NOUNS`]).
pub static SAYING_PARTICIPLES: &[&str] = &["saying", "claiming", "stating", "asserting"];

/// How many words may stand before the last word of a field's label ("Security
/// standards:", "Information security frameworks:").
pub const FIELD_LABEL_WORDS: usize = 2;

/// Verbs whose object does the verb after it ("help Northwind get certified"),
/// or is put forward for it ("recommended us for certification"):
/// the organisation named between them is the one the phrase is about.
pub static CAUSATIVES: &[&str] = &[
    "help",
    "helps",
    "helping",
    "led",
    "guided",
    "steered",
    "took",
    "brought",
    "recommended",
    "recommends",
];

/// Verbs of helping whose object does what follows it ("help the client
/// prepare"), so a singular noun after one is a subject, not a modifier.
pub static HELPING_VERBS: &[&str] = &[
    "help", "helps", "helping", "helped", "enable", "enables", "enabling", "assist", "assists",
];

/// Nouns that make a clause a general statement about a standard or about
/// organisations at large, not a claim about this one.
pub static GENERIC_SUBJECTS: &[&str] = &[
    "organisations|organizations|companies|businesses|firms|entities|consultancies|agencies",
    "any organisation|organization|company|business",
    "an organisation|organization",
    // "How a small business gets certified": any member of a kind.
    "a small|typical|young|new business|company|firm|organisation|organization|startup",
    "requirements",
    "specifies|specify",
    "requires|require",
    "the standard",
    "frameworks|standards|schemes",
    "crosswalk|crosswalks",
    // Plural settings, and what a job advert asks of a candidate: "experience
    // in ISO 27001 certified environments", "knowledge of SOC 2".
    "environments|settings|industries|sectors",
    // Plural kinds of organisation in a statement about a market: "more UK
    // port operators are seeking ISO 27001".
    "operators|manufacturers|retailers|insurers|lenders|banks|hospitals|councils|charities|universities|enterprises",
    "experience|knowledge|familiarity|understanding|exposure of|with|in|working",
];

/// The plural kinds of organisation among [`GENERIC_SUBJECTS`]: after a status
/// word they are the organisations it describes ("ISO 27001 certified
/// consultancies"), even when the organisation acts in the clause.
pub static ORGANISATION_KINDS: &[&str] = &[
    "organisations",
    "organizations",
    "companies",
    "businesses",
    "firms",
    "entities",
    "consultancies",
    "agencies",
    "operators",
    "manufacturers",
    "retailers",
    "insurers",
    "lenders",
    "banks",
    "hospitals",
    "councils",
    "charities",
    "universities",
    "enterprises",
];

/// Main verbs that follow a relative clause without "that" on a party's noun
/// ("the data centre we use is certified", "the suppliers we choose hold
/// ISO 27001").
pub static MAIN_VERBS_AFTER_RELATIVE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "holds",
    "hold",
    "has",
    "have",
    "maintains",
    "maintain",
];

/// Pronouns that, opening a clause, make it a statement about anyone at all:
/// "anyone can claim to be ISO 42001 aligned".
pub static INDEFINITE_PERSONS: &[&str] = &[
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "whoever",
];

/// Determiners that open a noun phrase about any member of a kind: "an ISO
/// 27001 certificate runs for three years", "every SOC 2 report covers".
pub static GENERIC_DETERMINERS: &[&str] = &["a", "an", "any", "each", "every"];

/// Nouns of certificates and reports, singular and plural: as the subject of a
/// general predicate they describe the scheme ("an ISO 27001 certificate runs
/// for three years", "SOC 2 reports cover a period").
pub static CERTIFICATE_NOUNS: &[&str] = &[
    "certificate",
    "certification",
    "report",
    "attestation",
    "audit",
    "assessment",
    "accreditation",
    "badge",
];

/// Plural forms of [`CERTIFICATE_NOUNS`], which need no determiner to be
/// general ("ISO 27001 certificates are valid for three years").
pub static CERTIFICATE_PLURALS: &[&str] = &[
    "certificates",
    "certifications",
    "reports",
    "attestations",
    "audits",
    "assessments",
    "accreditations",
    "badges",
];

/// Verbs and adverbs of a general predicate: how long a certificate runs, what
/// it takes or covers, what it shows, how things usually are ("runs for three
/// years", "typically takes six months", "demonstrates that").
pub static GENERAL_PREDICATES: &[&str] = &[
    "runs",
    "run",
    "lasts",
    "last",
    "expires",
    "expire",
    "takes",
    "take",
    "requires",
    "require",
    "covers",
    "cover",
    "involves",
    "involve",
    "demonstrates",
    "demonstrate",
    "shows",
    "show",
    "proves",
    "prove",
    "means",
    "mean",
    "costs",
    "cost",
    "must",
    "typically",
    "usually",
    "normally",
    "generally",
    "tends",
    "tend",
];

/// Gerunds of being and becoming: opening a clause before a status ("Being
/// ISO 27001 certified is not a guarantee", "Becoming SOC 2 compliant takes
/// a year"), they make the status the subject of a general statement.
pub static STATE_GERUNDS: &[&str] = &["being", "becoming", "staying", "remaining"];

/// Past participles of verbs of conferring a certificate: in the present
/// passive with how it happens after them they describe a standard's process
/// ("certification is awarded after a two-stage audit").
pub static CONFERRING_PARTICIPLES: &[&str] = &[
    "awarded",
    "granted",
    "issued",
    "given",
    "conferred",
    "achieved",
    "obtained",
    "earned",
];

/// Adverbs of frequency between a copula and its participle ("is only
/// awarded", "is usually granted").
pub static HABITUAL_ADVERBS: &[&str] = &[
    "only",
    "usually",
    "normally",
    "typically",
    "generally",
    "always",
    "then",
];

/// Words after a conferring participle that say how or when it happens in
/// general: "after", "once", "when", "following", "upon", "through", "for".
pub static PROCESS_WORDS: &[&str] = &[
    "after",
    "once",
    "when",
    "following",
    "upon",
    "through",
    "via",
    "for",
    "only",
    "on",
];

/// Role nouns by which a contract, tender answer or questionnaire names the
/// organisation: the party it is in the agreement or the procurement ("The
/// Supplier holds ISO 27001", "the processor has implemented", "Does the
/// bidder hold ...?"). Capitalised after "the" they are a defined term; in
/// lowercase they name the organisation only where nothing else can hold the
/// role (see `subjects::roles_name_the_org`).
pub static DEFINED_TERMS: &[&str] = &[
    "supplier",
    "bidder",
    "tenderer",
    "contractor",
    "provider",
    "vendor",
    "applicant",
    "company",
    "organisation",
    "organization",
    "respondent",
    "processor",
    "licensor",
    "seller",
];

/// Words other than [`SUBJECT_VERBS`] that open a predicate right after its
/// subject: auxiliaries, modals, bare verbs of holding (after "does") and
/// adverbs of time and degree ("the bidder currently holds").
pub static PREDICATE_OPENERS: &[&str] = &[
    "must",
    "shall",
    "should",
    "can",
    "could",
    "will",
    "would",
    "may",
    "might",
    "does",
    "do",
    "did",
    "hold",
    "maintain",
    "keep",
    "meet",
    "comply",
    "confirm",
    "also",
    "already",
    "currently",
    "now",
    "still",
    "not",
    "never",
    "itself",
    "fully",
];

/// Words by which the organisation refers to itself.
pub static ORG_REFERENCES: &[&str] = &["we|our|us|ours|ourselves|we're|we've|we'd|we'll"];

/// Org references that start a new subject; a negator before one does not reach
/// past it ("Not yet — we expect to ...").
pub static ORG_SUBJECTS: &[&str] = &["we|we're|we've|we'd|we'll"];

/// Verbs that, after an org reference, describe the organisation with a noun
/// that would otherwise name a third party ("we are a certified supplier").
pub static COPULAS: &[&str] = &["is|are|was|were|am|be|been|being|becomes|became|become"];

/// Prepositions and the infinitive "to": a noun after one of them is not the
/// predicate of a copula before it.
pub static PREPOSITIONS: &[&str] = &[
    "to",
    "with",
    "for",
    "by",
    "from",
    "alongside",
    "via",
    "through",
    "across",
    "like",
    "than",
];

/// Capitalised words that never start a company's name in subject position:
/// determiners, pronouns and the nouns of certification itself.
pub static NOT_NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "our",
    "we",
    "its",
    "it",
    "this",
    "these",
    "that",
    "those",
    "all",
    "each",
    "both",
    "every",
    "any",
    "no",
    "your",
    "their",
    "they",
    "certification",
    "certificate",
    "certifications",
    "certificates",
    "accreditation",
    "audit",
    "assessment",
    "report",
    "attestation",
    "status",
    "security",
    "compliance",
    "standard",
    "framework",
    "stage",
    "annual",
    "current",
    "full",
    "recertification",
    "surveillance",
    "renewal",
    "yes",
    "no",
    "q",
    "a",
];

/// Reflexive pronouns that open an appositive about the name before them
/// ("FreshMart, itself certified, ...").
pub static REFLEXIVES: &[&str] = &["itself", "themselves", "himself", "herself"];

/// Legal suffixes that close a company name: "Globex Ltd".
pub static LEGAL_SUFFIXES: &[&str] = &[
    "ltd",
    "limited",
    "inc",
    "llc",
    "plc",
    "gmbh",
    "corp",
    "corporation",
    "llp",
    "ag",
    "bv",
    "sa",
];

/// Words ending in "s" that open a clause without being a verb in the third
/// person: nouns in the plural that name parties, documents or work.
pub static FINITE_LOOKALIKES: &[&str] = &[
    "reports",
    "audits",
    "customers",
    "clients",
    "buyers",
    "partners",
    "suppliers",
    "users",
    "others",
    "details",
    "controls",
    "policies",
    "services",
    "systems",
    "products",
    "teams",
    "plans",
];

/// Verbs that follow a subject naming who holds a certificate.
pub static SUBJECT_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "holds",
    "has",
    "have",
    "had",
    "achieved",
    "maintains",
    "became",
    "becomes",
    "gained",
    "earned",
    "obtained",
    "received",
    "secured",
    "remains",
    "announced",
];

/// Words that may follow the noun of a subject (so the noun is not a mere
/// modifier of the next one): auxiliaries, common verbs, relative pronouns,
/// conjunctions, prepositions and adverbs.
pub static SUBJECT_FOLLOWERS: &[&str] = &[
    "who",
    "that",
    "which",
    "whose",
    "and",
    "or",
    "but",
    "of",
    "with",
    "for",
    "to",
    "in",
    "on",
    "at",
    "by",
    "from",
    "under",
    "as",
    "also",
    "already",
    "now",
    "still",
    "only",
    "itself",
    "must",
    "should",
    "can",
    "could",
    "will",
    "would",
    "may",
    "might",
    "does",
    "do",
    "did",
    "not",
    "never",
    "holds",
    "hold",
    "maintains",
    "maintain",
    "keeps",
    "runs",
    "run",
    "hosts",
    "host",
    "provides",
    "provide",
    "operates",
    "operate",
    "uses",
    "use",
    "needs",
    "need",
    "requires",
    "require",
    "certified",
    "accredited",
    "audited",
    "attested",
    "compliant",
];

/// Possessive determiners that open a noun phrase naming a certificate ("its
/// ISO 42001 certification"), which may be the subject of a later predicate.
pub static POSSESSIVES: &[&str] = &["its", "our", "their", "my", "his", "her"];

/// How many tokens may stand between a copula and the noun it describes.
pub const COPULA_WINDOW: usize = 7;

/// How many tokens after "Northwind Analytics, an" a third-party noun may stand
/// and still describe the organisation.
pub const APPOSITION_WINDOW: usize = 10;

/// Openings that make the noun that follows the organisation itself ("As a
/// certified organisation, we ...").
pub static SELF_DESCRIPTIONS: &[&str] = &["as a|an"];

/// Words with which a page introduces the organisation to its reader by a
/// role noun ("you are now working with a certified supplier", "join an ISO
/// 27001-certified company"): the role noun after them is the organisation
/// (see `clause::introduced_as_ourselves`). Advice in the imperative ("work
/// with a certified supplier") is not among them.
pub static INTRODUCTIONS: &[&str] = &[
    "you are now|already working|partnering|dealing|contracting with a|an",
    "you're now|already working|partnering|dealing|contracting with a|an",
    "you are working|partnering|dealing|contracting with a|an",
    "you're working|partnering|dealing|contracting with a|an",
    "you have chosen|picked|selected|hired|engaged a|an",
    "you've chosen|picked|selected|hired|engaged a|an",
    "you chose|picked|selected|hired|engaged a|an",
    "join a|an",
    "you get|gain a|an",
    "you'll get|gain a|an",
    "you're getting a|an",
    "you are getting a|an",
];

/// How many tokens an introduced noun phrase may hold before its status
/// phrase: "an ISO 27001 and Cyber Essentials certified supplier".
pub const INTRODUCED_NOUN_PHRASE: usize = 6;

/// Role nouns, besides [`DEFINED_TERMS`], by which an introduction names the
/// organisation: "join an ISO 27001 certified robotics firm".
pub static INTRODUCED_ROLES: &[&str] = &["partner", "business", "firm", "team", "employer"];

/// How many tokens after a status phrase a third-party noun may stand and still be
/// what the phrase describes ("ISO 27001 certified data centres").
pub const MARKER_AFTER_WINDOW: usize = 2;

/// Words that open an aside after a comma: relative pronouns and adverbs and
/// articles ("Equinix, which runs our site, ...", "Equinix's LD8 site, where
/// we keep backups, ...", "Hetzner, the provider that hosts our data, ..."). The organisation named inside one is not the clause's subject.
pub static ASIDE_OPENERS: &[&str] = &["which", "who", "whose", "where", "that", "the", "a", "an"];

/// Pronouns that stand for a noun named before them ("several of our customers
/// are attested and one is certified"): as a clause's subject they continue
/// the subject before.
pub static INDEFINITE_PRONOUNS: &[&str] = &[
    "one", "some", "many", "most", "several", "others", "both", "all", "few", "each",
];
