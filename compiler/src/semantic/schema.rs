//! The schema of every declaration kind: which fields it has, which are required,
//! and what type each takes. One table drives field checking, completion and hover,
//! so adding a field is a one-line change here.

use crate::semantic::words::{
    AssessmentKind, AssuranceKind, AttestationType, CertificationStatus, ControlStatus, EuRole,
    EuTier, Impact, Lifecycle, Likelihood, NonconformityStatus, RiskLevel, Treatment,
};

/// What a field's value must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    /// A `"string"`.
    Str,
    /// A string or a bare word (`jurisdiction: UK`).
    Text,
    /// One of the listed words.
    Enum(&'static [&'static str]),
    /// A list of the listed words (a single word is accepted too).
    EnumList(&'static [&'static str]),
    /// `true` or `false`.
    Bool,
    /// A calendar date `2026-11-28`.
    Date,
    /// A date, month `2027-01` or quarter `2027-Q4`.
    DateLike,
    /// `6 months`, `90 days`, …
    Duration,
    /// A whole number.
    Int,
    /// `80%`.
    Percent,
    /// A reference to a declaration of one of these kinds.
    Ref(&'static [&'static str]),
    /// A list of references to declarations of these kinds.
    RefList(&'static [&'static str]),
    /// A framework name (`iso42001`).
    Framework,
    /// A list of framework names.
    FrameworkList,
    /// A list of requirement paths (`iso42001.A.6.2.4`).
    Requirements,
    /// A list of requirement ids local to a framework (`4.1`, `A.2.2`).
    LocalIds,
    /// A list of strings.
    StrList,
    /// A nested record with its own fields.
    Record(&'static [FieldSpec]),
}

#[derive(Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub name: &'static str,
    pub ty: FieldType,
    pub required: bool,
    pub doc: &'static str,
}

/// One declaration kind.
#[derive(Debug)]
pub struct KindSpec {
    pub name: &'static str,
    pub doc: &'static str,
    pub fields: &'static [FieldSpec],
    /// Kinds that may be nested inside, for catalogues.
    pub children: &'static [&'static str],
    /// Whether the declaration's name enters the workspace namespace.
    pub named: bool,
}

impl KindSpec {
    pub fn field(&self, name: &str) -> Option<&'static FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn req(name: &'static str, ty: FieldType, doc: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        ty,
        required: true,
        doc,
    }
}

const fn opt(name: &'static str, ty: FieldType, doc: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        ty,
        required: false,
        doc,
    }
}

// The word sets are declared once, as enums, in `words.rs`; these are their words.
pub const LIFECYCLES: &[&str] = Lifecycle::WORDS;
pub const LIKELIHOODS: &[&str] = Likelihood::WORDS;
pub const IMPACTS: &[&str] = Impact::WORDS;
pub const TREATMENTS: &[&str] = Treatment::WORDS;
pub const RISK_LEVELS: &[&str] = RiskLevel::WORDS;
pub const CONTROL_STATUSES: &[&str] = ControlStatus::WORDS;
pub const CERTIFICATION_STATUSES: &[&str] = CertificationStatus::WORDS;
pub const EU_ROLES: &[&str] = EuRole::WORDS;
pub const EU_TIERS: &[&str] = EuTier::WORDS;
pub const ASSESSMENT_KINDS: &[&str] = AssessmentKind::WORDS;
pub const ATTESTATION_TYPES: &[&str] = AttestationType::WORDS;
pub const NONCONFORMITY_STATUSES: &[&str] = NonconformityStatus::WORDS;
pub const ASSURANCE_KINDS: &[&str] = AssuranceKind::WORDS;

const OWNER: FieldSpec = opt("owner", FieldType::Ref(&["role"]), "The accountable role.");
const OWNER_REQ: FieldSpec = req("owner", FieldType::Ref(&["role"]), "The accountable role.");
const DESCRIPTION: FieldSpec = opt("description", FieldType::Str, "Free text shown in reports.");

const EU_AI_ACT: &[FieldSpec] = &[
    opt(
        "role",
        FieldType::Enum(EU_ROLES),
        "The organisation's role for this system under the EU AI Act.",
    ),
    opt(
        "tier",
        FieldType::Enum(EU_TIERS),
        "The system's risk tier under the EU AI Act.",
    ),
    opt(
        "gpai",
        FieldType::Bool,
        "Whether the system is a general-purpose AI model.",
    ),
    opt(
        "systemic_risk",
        FieldType::Bool,
        "Whether a general-purpose model has systemic risk.",
    ),
];

const APPLIES_TO: &[FieldSpec] = &[
    opt(
        "role",
        FieldType::EnumList(EU_ROLES),
        "The operator roles the requirement applies to.",
    ),
    opt(
        "tier",
        FieldType::EnumList(EU_TIERS),
        "The risk tiers the requirement applies to.",
    ),
    opt(
        "gpai",
        FieldType::Bool,
        "Applies to general-purpose AI models only.",
    ),
    opt(
        "systemic_risk",
        FieldType::Bool,
        "Applies to general-purpose models with systemic risk only.",
    ),
];

const REQUIRES: &[FieldSpec] = &[
    req(
        "framework",
        FieldType::Framework,
        "The framework whose certification is a prerequisite.",
    ),
    opt(
        "within",
        FieldType::Duration,
        "How recent the prerequisite certification must be.",
    ),
];

const MET_BY_RECORDS: &[FieldSpec] = &[
    opt(
        "internal_audit",
        FieldType::LocalIds,
        "Requirements met by a current `internal_audit`.",
    ),
    opt(
        "management_review",
        FieldType::LocalIds,
        "Requirements met by a current `management_review`.",
    ),
    opt(
        "nonconformity",
        FieldType::LocalIds,
        "Requirements met by nonconformities handled on time.",
    ),
];

const REQUIREMENT_FIELDS: &[FieldSpec] = &[
    opt(
        "applies_to",
        FieldType::Record(APPLIES_TO),
        "Conditions on a system that make this requirement apply to it.",
    ),
    opt(
        "applies_from",
        FieldType::Date,
        "The date from which the requirement applies.",
    ),
    DESCRIPTION,
];

/// The items a framework or group may hold: the syntax layer's list, so the parser
/// and the schema agree.
const CATALOGUE_CHILDREN: &[&str] = crate::syntax::CATALOGUE_ITEM_KINDS;

/// The kinds of requirement in a catalogue, and whether each may be excluded.
pub const REQUIREMENT_KINDS: &[(&str, bool)] = &[
    ("clause", false),
    ("control", true),
    ("subcategory", true),
    ("criterion", true),
    ("obligation", false),
    ("theme", false),
    ("article", true),
    ("standard", false),
];

/// Top-level declaration kinds.
pub const KINDS: &[KindSpec] = &[
    KindSpec {
        name: "organisation",
        doc: "The organisation whose AI management system this is (one per workspace).",
        named: true,
        children: &[],
        fields: &[
            opt(
                "jurisdiction",
                FieldType::Text,
                "Where the organisation is established, e.g. UK.",
            ),
            opt(
                "scope",
                FieldType::FrameworkList,
                "Frameworks whose coverage is checked.",
            ),
            opt(
                "risk_appetite",
                FieldType::Enum(RISK_LEVELS),
                "The highest residual risk accepted without sign-off.",
            ),
            opt(
                "trading_as",
                FieldType::StrList,
                "Other names the organisation trades under, e.g. [\"Northwind\"]. Published prose that names the organisation by any of them (or by its full name) is read as a claim about it.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "role",
        doc: "An accountable role.",
        named: true,
        children: &[],
        fields: &[
            opt("holder", FieldType::Str, "The person who holds the role."),
            opt("email", FieldType::Str, "A contact address."),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "system",
        doc: "An AI system in the inventory.",
        named: true,
        children: &[],
        fields: &[
            OWNER_REQ,
            req(
                "lifecycle",
                FieldType::Enum(LIFECYCLES),
                "Where the system is in its life cycle.",
            ),
            req("purpose", FieldType::Str, "What the system is for."),
            opt(
                "eu_ai_act",
                FieldType::Record(EU_AI_ACT),
                "Role and risk tier under the EU AI Act.",
            ),
            opt(
                "impact_assessment",
                FieldType::Ref(&["assessment"]),
                "The system's AI impact assessment.",
            ),
            opt(
                "data",
                FieldType::RefList(&["dataset"]),
                "Datasets the system uses.",
            ),
            opt(
                "human_oversight",
                FieldType::Str,
                "How people oversee the system.",
            ),
            opt(
                "suppliers",
                FieldType::RefList(&["supplier"]),
                "Third parties the system depends on.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "dataset",
        doc: "Data used by a system.",
        named: true,
        children: &[],
        fields: &[
            OWNER_REQ,
            opt(
                "personal_data",
                FieldType::Bool,
                "Whether the data includes personal data.",
            ),
            opt("provenance", FieldType::Str, "Where the data comes from."),
            opt(
                "retention",
                FieldType::Duration,
                "How long the data is kept.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "supplier",
        doc: "A third party that provides a model, data or hosting.",
        named: true,
        children: &[],
        fields: &[
            OWNER_REQ,
            opt("provides", FieldType::Text, "What the supplier provides."),
            opt("contract", FieldType::Str, "The contract reference."),
            opt(
                "reviewed",
                FieldType::Date,
                "When the supplier was last reviewed.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "assessment",
        doc: "An AI system impact assessment or other review.",
        named: true,
        children: &[],
        fields: &[
            req(
                "system",
                FieldType::Ref(&["system"]),
                "The system assessed.",
            ),
            req(
                "date",
                FieldType::Date,
                "When the assessment was completed.",
            ),
            opt(
                "review_every",
                FieldType::Duration,
                "How often it must be reviewed.",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records of the assessment.",
            ),
            opt(
                "kind",
                FieldType::Enum(ASSESSMENT_KINDS),
                "What kind of assessment it is (default impact).",
            ),
            OWNER,
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "risk",
        doc: "A risk to or from an AI system.",
        named: true,
        children: &[],
        fields: &[
            OWNER_REQ,
            req(
                "likelihood",
                FieldType::Enum(LIKELIHOODS),
                "How likely the risk is, 1 (rare) to 5 (almost certain).",
            ),
            req(
                "impact",
                FieldType::Enum(IMPACTS),
                "How bad it would be, 1 (negligible) to 5 (severe).",
            ),
            req(
                "treatment",
                FieldType::Enum(TREATMENTS),
                "How the risk is treated.",
            ),
            opt(
                "system",
                FieldType::Ref(&["system"]),
                "The AI system the risk concerns.",
            ),
            opt(
                "controls",
                FieldType::RefList(&["control"]),
                "Controls that treat the risk.",
            ),
            opt(
                "residual",
                FieldType::Enum(RISK_LEVELS),
                "The risk level left after treatment. With `residual_likelihood` and `residual_impact` it follows from their product and may be left out.",
            ),
            opt(
                "residual_likelihood",
                FieldType::Enum(LIKELIHOODS),
                "How likely the risk is after treatment, 1 (rare) to 5 (almost certain). Give it with `residual_impact` to place the residual risk on the 5×5 matrix.",
            ),
            opt(
                "residual_impact",
                FieldType::Enum(IMPACTS),
                "How bad it would be after treatment, 1 (negligible) to 5 (severe). Give it with `residual_likelihood`; their product's level is the residual level.",
            ),
            opt(
                "accepted_by",
                FieldType::Ref(&["role"]),
                "The role that accepted the residual risk.",
            ),
            opt(
                "accepted_on",
                FieldType::Date,
                "When the residual risk was accepted.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "control",
        doc: "Something the organisation does to meet requirements or treat risks.",
        named: true,
        children: &[],
        fields: &[
            OWNER_REQ,
            req(
                "status",
                FieldType::Enum(CONTROL_STATUSES),
                "Whether the control is planned, in progress or implemented.",
            ),
            opt(
                "satisfies",
                FieldType::Requirements,
                "Requirements the control satisfies.",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records that the control operates.",
            ),
            opt(
                "relies_on",
                FieldType::RefList(&["supplier"]),
                "Suppliers the control depends on: each needs current assurance for the frameworks the control satisfies.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "evidence",
        doc: "A record that a control operates.",
        named: true,
        children: &[],
        fields: &[
            req("date", FieldType::Date, "When the record was made."),
            opt(
                "file",
                FieldType::Str,
                "The file, relative to this spec file.",
            ),
            opt(
                "sha256",
                FieldType::Str,
                "The file's SHA-256, as 64 hex digits.",
            ),
            opt(
                "url",
                FieldType::Str,
                "Where the record lives, if not in the workspace.",
            ),
            opt(
                "valid_for",
                FieldType::Duration,
                "How long the record stays current.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "exclude",
        doc: "A justified exclusion of one requirement (Statement of Applicability).",
        named: false,
        children: &[],
        fields: &[
            req(
                "reason",
                FieldType::Str,
                "Why the requirement does not apply.",
            ),
            req(
                "approved_by",
                FieldType::Ref(&["role"]),
                "The role that approved the exclusion.",
            ),
            opt("date", FieldType::Date, "When the exclusion was approved."),
        ],
    },
    KindSpec {
        name: "certification",
        doc: "A status claim for one framework.",
        named: true,
        children: &[],
        fields: &[
            req(
                "framework",
                FieldType::Framework,
                "The framework certified against.",
            ),
            req(
                "status",
                FieldType::Enum(CERTIFICATION_STATUSES),
                "planned, in_progress, achieved or lapsed.",
            ),
            opt(
                "since",
                FieldType::Date,
                "When work toward certification started.",
            ),
            opt(
                "target",
                FieldType::DateLike,
                "When certification is expected.",
            ),
            OWNER,
            opt("certificate", FieldType::Str, "The certificate number."),
            opt("body", FieldType::Str, "The certification body."),
            opt(
                "accreditation",
                FieldType::Text,
                "The body's accreditation, e.g. UKAS.",
            ),
            opt(
                "issued",
                FieldType::Date,
                "When the certificate was issued.",
            ),
            opt("expires", FieldType::Date, "When the certificate expires."),
            opt(
                "last_audit",
                FieldType::Date,
                "The last certification or surveillance audit.",
            ),
            opt(
                "scope",
                FieldType::Str,
                "The certificate's scope statement.",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records such as the certificate itself.",
            ),
        ],
    },
    KindSpec {
        name: "attestation",
        doc: "An audit report that is not a certificate, such as SOC 2.",
        named: true,
        children: &[],
        fields: &[
            req(
                "framework",
                FieldType::Framework,
                "The framework attested against.",
            ),
            req(
                "status",
                FieldType::Enum(CERTIFICATION_STATUSES),
                "planned, in_progress, achieved or lapsed.",
            ),
            opt(
                "type",
                FieldType::Enum(ATTESTATION_TYPES),
                "type1 (design) or type2 (operating effectiveness over a period).",
            ),
            opt(
                "period",
                FieldType::Str,
                "The period a Type 2 report covers.",
            ),
            opt("report_date", FieldType::Date, "The date of the report."),
            opt("auditor", FieldType::Str, "The audit firm."),
            opt(
                "since",
                FieldType::Date,
                "When work toward the report started.",
            ),
            opt(
                "target",
                FieldType::DateLike,
                "When the report is expected.",
            ),
            OWNER,
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records such as the report itself.",
            ),
        ],
    },
    KindSpec {
        name: "assurance",
        doc: "A certificate, attestation report or self-assessment that a supplier holds.",
        named: true,
        children: &[],
        fields: &[
            req(
                "supplier",
                FieldType::Ref(&["supplier"]),
                "The supplier that holds it.",
            ),
            req(
                "framework",
                FieldType::Framework,
                "The framework it is against.",
            ),
            opt(
                "kind",
                FieldType::Enum(ASSURANCE_KINDS),
                "certificate, attestation or self_assessment (default: what the framework issues).",
            ),
            opt(
                "reference",
                FieldType::Str,
                "The certificate number or report reference.",
            ),
            opt(
                "issuer",
                FieldType::Str,
                "The certification body or audit firm.",
            ),
            opt("issued", FieldType::Date, "When it was issued."),
            opt(
                "expires",
                FieldType::Date,
                "When it expires; without it, the framework's validity from `issued` counts.",
            ),
            opt("scope", FieldType::Str, "Its scope statement."),
            opt(
                "document",
                FieldType::Str,
                "Where the certificate or report is kept.",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records such as the certificate itself.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "internal_audit",
        doc: "An internal audit of the management system (ISO/IEC 42001 and 27001 clause 9.2).",
        named: true,
        children: &[],
        fields: &[
            req("date", FieldType::Date, "When the audit was completed."),
            opt(
                "frameworks",
                FieldType::FrameworkList,
                "The management systems audited (default: every framework in scope).",
            ),
            opt("scope", FieldType::Str, "What the audit covered."),
            opt("auditor", FieldType::Str, "Who carried out the audit."),
            OWNER,
            opt(
                "findings",
                FieldType::Str,
                "A summary of the findings; record each nonconformity as a `nonconformity`.",
            ),
            opt(
                "every",
                FieldType::Duration,
                "How often the audit programme runs (default 12 months); the latest audit's value counts.",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records such as the audit report.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "management_review",
        doc: "A management review of the management system (ISO/IEC 42001 and 27001 clause 9.3).",
        named: true,
        children: &[],
        fields: &[
            req("date", FieldType::Date, "When the review was held."),
            opt(
                "frameworks",
                FieldType::FrameworkList,
                "The management systems reviewed (default: every framework in scope).",
            ),
            opt("scope", FieldType::Str, "What the review covered."),
            OWNER,
            opt(
                "findings",
                FieldType::Str,
                "A summary of the decisions and actions.",
            ),
            opt(
                "every",
                FieldType::Duration,
                "How often reviews are held (default 12 months); the latest review's value counts.",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records such as the minutes.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "nonconformity",
        doc: "A nonconformity and its corrective action (ISO/IEC 42001 and 27001 clause 10.2).",
        named: true,
        children: &[],
        fields: &[
            req(
                "raised",
                FieldType::Date,
                "When the nonconformity was found.",
            ),
            OWNER_REQ,
            req(
                "status",
                FieldType::Enum(NONCONFORMITY_STATUSES),
                "open, in_progress or closed.",
            ),
            opt(
                "found_by",
                FieldType::Ref(&["internal_audit", "management_review"]),
                "The audit or review that found it.",
            ),
            opt(
                "frameworks",
                FieldType::FrameworkList,
                "The management systems concerned (default: every framework in scope).",
            ),
            opt(
                "corrective_action",
                FieldType::Str,
                "What is done to remove the cause.",
            ),
            opt(
                "due",
                FieldType::Date,
                "When the corrective action must be complete.",
            ),
            opt(
                "closed_on",
                FieldType::Date,
                "When it was closed (with `status: closed`).",
            ),
            opt(
                "evidence",
                FieldType::RefList(&["evidence"]),
                "Records that the corrective action worked.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "publication",
        doc: "Published prose whose claims are checked against the spec.",
        named: true,
        children: &[],
        fields: &[
            req(
                "file",
                FieldType::Str,
                "The Markdown, HTML or text file, relative to this spec file.",
            ),
            opt(
                "ignore",
                FieldType::FrameworkList,
                "Frameworks whose mentions are not checked in this file.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "framework",
        doc: "A catalogue of requirements.",
        named: true,
        children: CATALOGUE_CHILDREN,
        fields: &[
            opt(
                "certifiable",
                FieldType::Bool,
                "Whether certificates are issued against it.",
            ),
            opt(
                "certificate_valid",
                FieldType::Duration,
                "How long a certificate is valid.",
            ),
            opt(
                "surveillance_every",
                FieldType::Duration,
                "How often surveillance audits are due.",
            ),
            opt(
                "aliases",
                FieldType::StrList,
                "Ways the framework is written in prose.",
            ),
            opt(
                "requires",
                FieldType::Record(REQUIRES),
                "A prerequisite certification.",
            ),
            opt(
                "attestation",
                FieldType::Bool,
                "Whether assurance is an attestation report rather than a certificate.",
            ),
            opt(
                "law",
                FieldType::Bool,
                "Whether it is law: organisations comply with it, nobody certifies them.",
            ),
            opt(
                "voluntary",
                FieldType::Bool,
                "Whether it is a voluntary framework that issues no certificates or reports.",
            ),
            opt(
                "met_by_records",
                FieldType::Record(MET_BY_RECORDS),
                "Requirements met by the management system's own records rather than by controls.",
            ),
            opt(
                "self_assessment",
                FieldType::Bool,
                "Whether assurance is a yearly self-assessment that is published, not a certificate.",
            ),
            opt(
                "assessment_every",
                FieldType::Duration,
                "How often a self-assessment must be published again.",
            ),
            opt("version", FieldType::Str, "The edition of the framework."),
            opt(
                "source",
                FieldType::Str,
                "Where the identifiers and titles come from.",
            ),
            DESCRIPTION,
        ],
    },
    KindSpec {
        name: "crosswalk",
        doc: "A correspondence between the requirements of two frameworks.",
        named: true,
        children: &["map"],
        fields: &[
            req(
                "from",
                FieldType::Framework,
                "The framework whose ids the `map` items name.",
            ),
            req(
                "to",
                FieldType::Framework,
                "The framework whose ids the `to:` lists name.",
            ),
            opt(
                "partial",
                FieldType::Bool,
                "Whether the correspondence is only partial.",
            ),
            opt(
                "source",
                FieldType::Str,
                "Where the correspondence comes from.",
            ),
            DESCRIPTION,
        ],
    },
];

/// Kinds that only appear nested in catalogues.
pub const NESTED: &[KindSpec] = &[
    KindSpec {
        name: "group",
        doc: "A group of requirements in a catalogue.",
        named: false,
        children: CATALOGUE_CHILDREN,
        fields: &[DESCRIPTION],
    },
    KindSpec {
        name: "clause",
        doc: "A mandatory requirement; it cannot be excluded.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "control",
        doc: "A control that may be excluded with a justification.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "subcategory",
        doc: "A NIST AI RMF subcategory.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "criterion",
        doc: "A SOC 2 trust services criterion.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "obligation",
        doc: "A legal obligation, which applies where its conditions hold.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "theme",
        doc: "A mandatory technical theme.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "article",
        doc: "An article of a law that binds the organisation (GDPR); one that does not apply may be excluded with a justification.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "standard",
        doc: "A mandatory standard of a self-assessment, such as the NHS DSPT's data security standards.",
        named: false,
        children: &[],
        fields: REQUIREMENT_FIELDS,
    },
    KindSpec {
        name: "map",
        doc: "One row of a crosswalk.",
        named: false,
        children: &[],
        fields: &[req(
            "to",
            FieldType::LocalIds,
            "The corresponding ids in the `to` framework.",
        )],
    },
];

pub fn kind(name: &str) -> Option<&'static KindSpec> {
    KINDS.iter().find(|k| k.name == name)
}

pub fn nested_kind(name: &str) -> Option<&'static KindSpec> {
    NESTED.iter().find(|k| k.name == name)
}

/// Whether requirements of this kind may be excluded; `None` if it is not a
/// requirement kind.
pub fn excludable(kind: &str) -> Option<bool> {
    REQUIREMENT_KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, e)| *e)
}

/// A human description of a type, for messages and hover.
pub fn describe_type(ty: FieldType) -> String {
    let words = |w: &[&str]| {
        w.iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match ty {
        FieldType::Str => "a string".into(),
        FieldType::Text => "a string or a word".into(),
        FieldType::Enum(w) => format!("one of {}", words(w)),
        FieldType::EnumList(w) => format!("a list of {}", words(w)),
        FieldType::Bool => "`true` or `false`".into(),
        FieldType::Date => "a date like `2026-11-28`".into(),
        FieldType::DateLike => {
            "a date, month or quarter like `2026-11-28`, `2027-01` or `2027-Q4`".into()
        }
        FieldType::Duration => {
            "a duration like `90 days`, `6 weeks`, `12 months` or `3 years`".into()
        }
        FieldType::Int => "a whole number".into(),
        FieldType::Percent => "a percentage like `80%`".into(),
        FieldType::Ref(kinds) => format!("the name of a {}", kinds.join(" or ")),
        FieldType::RefList(kinds) => format!("a list of {} names", kinds.join(" or ")),
        FieldType::Framework => "a framework name like `iso42001`".into(),
        FieldType::FrameworkList => "a list of framework names like `[iso42001, iso27001]`".into(),
        FieldType::Requirements => "a list of requirement paths like `[iso42001.A.6.2.4]`".into(),
        FieldType::LocalIds => "a list of requirement ids like `[4.1, A.2.2]`".into(),
        FieldType::StrList => "a list of strings".into(),
        FieldType::Record(fields) => format!(
            "a record like `{{ {} }}`",
            fields
                .iter()
                .map(|f| format!("{}: …", f.name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
