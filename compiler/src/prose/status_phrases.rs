//! The status phrases of the claim reader, as data: which words state that a
//! certificate is held, being worked towards, planned, complied with, aligned
//! with, not held or lapsed, and which look like status words but are not.
//!
//! The table is written in the pattern language of `pattern.rs` and compiled
//! once by `lexicon.rs`. It lives apart from `vocabulary`, which holds the
//! lists that qualify these phrases (negation, time, condition, upkeep), so
//! each file stays one table long.

use crate::prose::ClaimedStatus;
use crate::prose::vocabulary::Effect;

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
    // ... or right before "it" that refers back to the name: "CE+ \u{2013} we
    // don't hold it".
    ("hold|holds|held it", Claim(Achieved)),
    // A participle after the clause it adds to: "Northwind scores well,
    // holding both ISO 27001 and Cyber Essentials" (not "Holding ISO 27001
    // is a requirement", which opens with it).
    (", holding @", Claim(Achieved)),
    (", holding both|a|an|the|current|valid @", Claim(Achieved)),
    // The past tense of a verb of obtaining, keeping or passing right before a
    // framework: "we secured ISO 27001 in 2024", "passed Cyber Essentials
    // Plus", "we maintain Cyber Essentials". (A framework name that modifies
    // the next word, "ISO 27001-aligned controls", is not the object: see
    // `phrases::modifies_next_word`.)
    (
        "secured|attained|won|received|passed|renewed|completed|maintain|maintains|maintained|retain|retains|retained|kept|keep|keeps @",
        Claim(Achieved),
    ),
    ("have|has @", Claim(Achieved)),
    ("have|has our|its @", Claim(Achieved)),
    // The past participle of having or doing right before the name, which a
    // negator before it turns into "not held": "we've never had Cyber
    // Essentials", "we haven't done Plus".
    ("had|done @", Claim(Achieved)),
    // A verb of obtaining whose object is a pronoun for the name said before
    // it in the clause: "Cyber Essentials Plus, we passed that in the autumn".
    (
        "passed|achieved|obtained|secured|gained|earned|attained|renewed it|that|them",
        Claim(Achieved),
    ),
    // A copula with the name as its complement: "we're Cyber Essentials Plus
    // as well" (not when the name goes on to a noun or a list: see
    // `phrases::name_completes_copula`).
    ("we're @", Claim(Achieved)),
    ("we are @", Claim(Achieved)),
    ("we're also|now|already|both @", Claim(Achieved)),
    ("we are also|now|already|both @", Claim(Achieved)),
    // The spoken "have got": "we've got Cyber Essentials", "yes, we've got
    // that" (a name that modifies the next word, "we've got ISO 27001
    // aligned controls", is not the object: see `phrases::modifies_next_word`).
    ("got|gotten @", Claim(Achieved)),
    (
        "we've|have|has|i've got|gotten it|that|them|both|one",
        Claim(Achieved),
    ),
    // A verb of obtaining before the organisation's own certificate or
    // report: "Keel received its SOC 2 Type 2 report in November".
    (
        "received|obtained|achieved|secured|gained|earned|attained|got its|their * certificate|certificates|certification|report|reports|attestation|accreditation",
        Claim(Achieved),
    ),
    // A held participle after the name or its certificate noun: "Cyber
    // Essentials certification held", "ISO 27001 held since 2019".
    ("@ held", Claim(Achieved)),
    // A participle of keeping after the name or its certificate noun, also as
    // a note in brackets: "ISO 27001 maintained since 2020", "Cyber
    // Essentials certification (retained)".
    ("@ maintained|retained", Claim(Achieved)),
    ("@ ( maintained|retained", Claim(Achieved)),
    (
        "@ certification|certificate|accreditation maintained|retained",
        Claim(Achieved),
    ),
    (
        "@ certification|certificate|accreditation ( maintained|retained",
        Claim(Achieved),
    ),
    (
        "@ certification|certificate|accreditation|attestation|report held",
        Claim(Achieved),
    ),
    (
        "announced|announces|announce|secured|secures|achieves|gains|earns|attains|attained * certification|accreditation|certificate",
        Claim(Achieved),
    ),
    ("its * certification|accreditation", Claim(Achieved)),
    // "Sprout confirms there have been no changes to the controls covered by
    // its SOC 2 Type 2 report": the organisation's report named by "its"
    // (whose "its" it is: see `clause::its_subject`).
    (
        "its @ report|reports|certificate|certificates|attestation",
        Claim(Achieved),
    ),
    ("pass|passes * testing|tests|test", Claim(Achieved)),
    ("valid|current", Claim(Achieved)),
    ("report|reports available", Claim(Achieved)),
    // "A SOC 2 Type I report is available for Keel", "SOC 2 Type 2 report
    // included", "the SOC 2 Type II report for Keel is attached".
    (
        "report|reports is|are available|attached|enclosed|included",
        Claim(Achieved),
    ),
    ("report|reports included|attached|enclosed", Claim(Achieved)),
    // "Please find attached the SOC 2 Type II report for Keel Robotics".
    ("find attached|enclosed the|our|a @", Claim(Achieved)),
    ("not currently|yet available", Claim(ClaimedStatus::Not)),
    // A negated verb with "yet" says the step is still to come, whatever the
    // verb: "we haven't done Plus yet", "not achieved ISO 27001 yet".
    (
        "haven't|hasn't|havent|hasnt|didn't|don't|doesn't|not * yet",
        Claim(ClaimedStatus::Not),
    ),
    // The spoken "haven't got" with a pronoun for the name: "no, we haven't
    // got that one".
    (
        "haven't|hasn't|havent|hasnt got|gotten it|that|them|one",
        Claim(ClaimedStatus::Not),
    ),
    // Passive completion, negated or not: "certification has (not) been
    // completed|awarded|granted".
    (
        "been|be completed|finalised|finalized|awarded|granted|issued|achieved|obtained",
        Claim(Achieved),
    ),
    // A certificate conferred on a recipient: "the certification was given to
    // Meridian", "ISO 27001 was granted to us in 2025" (the recipient after
    // "to" is the holder: see `clause::recipient`).
    (
        "was|were|been|is|are awarded|granted|issued|given|conferred|presented to",
        Claim(Achieved),
    ),
    // The recipient as the subject of the passive: "we were granted ISO 27001
    // certification by LRQA".
    ("was|were|been granted|issued|given @", Claim(Achieved)),
    (
        "was|were|been granted|issued|given * certification|certificate|accreditation",
        Claim(Achieved),
    ),
    ("on|upon request", Claim(Achieved)),
    // What is handed to the organisation is the giver's: "our hosting
    // provider gives us a current SOC 2 report" (listed first, so it wins
    // over the line below).
    (
        "provide|provides|send|sends|deliver|delivers|furnish|furnishes|give|gives|show|shows|supply|supplies us|me * report|reports|certificate|certificates",
        Neutral,
    ),
    (
        "provide|provides|share|shares|send|sends|publish|publishes|deliver|delivers|furnish|furnishes|give|gives * report|reports|certificate|certificates",
        Claim(Achieved),
    ),
    // A report or certificate handed over with the text: "our SOC 2 report
    // is attached", "the certificate is enclosed as Appendix C".
    (
        "report|reports|certificate|certificates|attestation is|are attached|enclosed|appended",
        Claim(Achieved),
    ),
    ("@ certificate", Claim(Achieved)),
    // A form's line for a document handed over: "SOC 2 Type 2 report:
    // attached", "Uploaded: Northwind SOC 2 report".
    (
        ": attached|enclosed|appended|uploaded|supplied",
        Claim(Achieved),
    ),
    ("attached|enclosed|appended|uploaded :", Claim(Achieved)),
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
    // "We hold the basic Cyber Essentials": one adjective of level between.
    (
        "hold|holds|held basic|standard|core|baseline @",
        Claim(Achieved),
    ),
    (
        "hold|holds|held a|an|the|our basic|standard|core|baseline|entry|original|full @",
        Claim(Achieved),
    ),
    (
        "hold|holds|held * certification|certifications|certificate|certificates|accreditation|attestation|attestations|report",
        Claim(Achieved),
    ),
    ("held since", Claim(Achieved)),
    // Possession in the words of those whose first language says "dispose
    // of" or "have the certification of": "Keel disposes already of the SOC 2
    // report", "we possess the certificate of ISO 27001".
    (
        "dispose|disposes|disposing of|already * report|reports|certificate|certificates|certification",
        Claim(Achieved),
    ),
    (
        "have|has|possess|possesses|own|owns the|a certification|certificate of @",
        Claim(Achieved),
    ),
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
    // "Joins the first wave of UK analytics companies to achieve ...".
    (
        "first wave|cohort|group|batch of * * to achieve|gain|earn|obtain|attain|receive|hold",
        Claim(Achieved),
    ),
    ("transitioned to", Claim(Achieved)),
    // A span of time of a framework is one held: "after three years of ISO
    // 27001", "five years of SOC 2 reports".
    ("years|months of @", Claim(Achieved)),
    // The holder named as a noun: "proud holders of ISO 27001", "a recipient
    // of the Cyber Essentials Plus certificate".
    ("holder|holders|recipient|recipients of @", Claim(Achieved)),
    (
        "holder|holders|recipient|recipients of * certification|certificate|accreditation|attestation",
        Claim(Achieved),
    ),
    // Past passage through the process: "we went through ISO 27001
    // certification last year" (the progressive is work under way).
    (
        "went|gone|been through * certification|accreditation|audit|audits|assessment|examination",
        Claim(Achieved),
    ),
    // A person who led the organisation to a certificate: "Hannah led
    // Northwind to ISO 42001 certification", "took Harbour through SOC 2".
    (
        "led|guided|steered|took|brought * to|through",
        Claim(Achieved),
    ),
    // The present perfect of "have": "we've had Cyber Essentials Plus since
    // April".
    ("we've|have|has had @", Claim(Achieved)),
    // "We've got a SOC 2 Type 2 report", "already got basic CE": "got" of
    // what is held (not "we've got to", an obligation).
    ("we've|have|has got a|an|our|its|the|@", Claim(Achieved)),
    (
        "already got|hold|holds|have|has basic|our|its|a|an|the|@",
        Claim(Achieved),
    ),
    // "We went on to achieve Cyber Essentials Plus".
    (
        "went|gone on to achieve|gain|earn|obtain|secure|attain|become|get|pass",
        Claim(Achieved),
    ),
    // A gerund of obtaining after a preposition of time tells a completed
    // event: "after achieving ISO 27001, we began ...".
    (
        "after|since|upon|following achieving|obtaining|gaining|earning|securing|attaining|receiving",
        Claim(Achieved),
    ),
    (
        "maintain|maintains|maintained|maintaining|keeping|retain|retains|retaining * certification|certifications|certificate|certificates|accreditation|attestation|report",
        Claim(Achieved),
    ),
    (
        "our * certification|certifications|certificate|certificates|cert|certs|report|reports|attestation|accreditation|registration",
        Claim(Achieved),
    ),
    // The organisation's own document said to be at hand: "our SOC 2 Type II
    // is available", "our ISO 27001 is attached".
    ("our @ is|are available|attached|enclosed", Claim(Achieved)),
    // A verb of obtaining before a report or certificate with an article:
    // "In May Keel received a SOC 2 Type 2 report".
    (
        "received|obtained|secured|earned|attained a|an|the * report|certificate|attestation",
        Claim(Achieved),
    ),
    // A certificate held again after a lapse: "it was reinstated in 2025",
    // "we regained it", "restored our certification".
    (
        "was|were|been|is reinstated|restored|reissued",
        Claim(Achieved),
    ),
    (
        "reinstated|restored|regained|recovered it|our|the|its|certification|accreditation",
        Claim(Achieved),
    ),
    // An audit that only a held certificate has: "our next ISO 27001
    // surveillance audit", "our recertification visit".
    (
        "our * surveillance|recertification|reassessment audit|audits|visit|visits|assessment",
        Claim(Achieved),
    ),
    // Only what is held has a next renewal: "our next ISO 27001
    // recertification isn't due until 2028", "its next renewal is in May".
    (
        "our|its|the next @ recertification|renewal|recertifications|renewals",
        Claim(Achieved),
    ),
    (
        "our|its next recertification|renewal|recertifications|renewals",
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
    // With the period between: "tested over a twelve-month period in our
    // SOC 2 Type 2 audit".
    (
        "tested|examined over|across|throughout * period|months|year in|by|through|during|under",
        Claim(Achieved),
    ),
    // "We have requested a SOC 2 report from each supplier": a document
    // asked for is not one held.
    (
        "have|has requested|sought|asked * certificate|certificates|report|attestation",
        Neutral,
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
    // A relative clause of obtaining after the noun: "the SOC 2
    // certification we got in the summer", "the ISO 42001 certification
    // that we earned last year".
    (
        "@ certification|accreditation we|we've got|received|earned|obtained|achieved|gained|secured|won",
        Claim(Achieved),
    ),
    (
        "@ certification|accreditation that|which we|we've got|received|earned|obtained|achieved|gained|secured|won",
        Claim(Achieved),
    ),
    (
        "have|has no * certification|certifications",
        Claim(ClaimedStatus::Not),
    ),
    // "We've never had a formal ISO 27001 audit", "we haven't undergone an
    // ISO 42001 assessment": no audit to the standard means no certificate
    // (an audit of upkeep, "our surveillance audit", is not matched).
    (
        "never|not|haven't|hasn't had|undergone|faced|passed a|an|any @ audit|audits|assessment|assessments",
        Claim(ClaimedStatus::Not),
    ),
    (
        "never|not|haven't|hasn't had|undergone|faced|passed a|an|any formal|external|independent|official|proper|real @ audit|audits|assessment|assessments",
        Claim(ClaimedStatus::Not),
    ),
    // The same with "at any time" between: "Harbour confirms that it has
    // not at any time undergone a SOC 2 audit".
    (
        "never|not at any time|point|stage had|undergone|faced|passed a|an|any @ audit|audits|assessment|assessments|examination",
        Claim(ClaimedStatus::Not),
    ),
    // A certificate said to be missing: "Cyber Essentials \u{2013} no
    // certificate held", "no certificate is currently held by Harbour".
    (
        "no certificate|certification held",
        Claim(ClaimedStatus::Not),
    ),
    // "Cyber Essentials isn't something we have".
    (
        "isn't something|one we have|hold|own",
        Claim(ClaimedStatus::Not),
    ),
    (
        "is not something|one we have|hold|own",
        Claim(ClaimedStatus::Not),
    ),
    (
        "no certificate|certification is|currently|presently held",
        Claim(ClaimedStatus::Not),
    ),
    (
        "no certificate|certification is currently|presently|now held",
        Claim(ClaimedStatus::Not),
    ),
    // An audit said not to have happened: "No SOC 2 examination of Harbour
    // has taken place yet", "no ISO 27001 audit has been carried out".
    (
        "no @ audit|audits|assessment|examination|examinations * has|have taken|happened|occurred",
        Claim(ClaimedStatus::Not),
    ),
    (
        "no @ audit|audits|assessment|examination|examinations * has|have been carried|done|completed",
        Claim(ClaimedStatus::Not),
    ),
    // "We have yet to obtain it": the step is still to come, whatever the verb.
    ("have|has|am|is|are yet to", Claim(ClaimedStatus::Not)),
    ("have|has|am|is|are still to", Claim(ClaimedStatus::Not)),
    // A step left unfinished: "ISO 42001 certification: incomplete", "the
    // certification is not complete".
    // A status field that says the certificate is not held: "Cyber
    // Essentials: Not held (self-reported)", "| CE+ | Not currently held |",
    // "Status: None".
    (":|\u{a6} not held", Claim(ClaimedStatus::Not)),
    (":|\u{a6} not currently held", Claim(ClaimedStatus::Not)),
    ("status|state : none", Claim(ClaimedStatus::Not)),
    (": incomplete", Claim(ClaimedStatus::Not)),
    ("@ incomplete", Claim(ClaimedStatus::Not)),
    (
        "certification|certificate|attestation|audit|report is|are|remains|remain incomplete",
        Claim(ClaimedStatus::Not),
    ),
    (
        "certification|certificate|attestation|audit|report is|are|was not yet|quite complete|completed|finished|finalised|finalized",
        Claim(ClaimedStatus::Not),
    ),
    (
        "certification|certificate|attestation|audit|report is|are|was not complete|completed|finished|finalised|finalized",
        Claim(ClaimedStatus::Not),
    ),
    // Close to the end of the work: "ISO 42001 certification is not far
    // off".
    ("not far off|away", Claim(InProgress)),
    // A step still to come or left undone: "ISO 42001 certification: still
    // to come", "the certificate is yet to come", "certification remains
    // outstanding" ("outstanding" as praise, "an outstanding audit result",
    // never follows "still", "remains" or a copula after a certificate noun).
    ("still|yet to come", Claim(ClaimedStatus::Not)),
    (
        "still|remains|remain|remaining outstanding",
        Claim(ClaimedStatus::Not),
    ),
    (
        "certification|certificate|audit|attestation|report is|are|still outstanding",
        Claim(ClaimedStatus::Not),
    ),
    // A certificate wanting: "we lack ISO 27001 certification", "currently
    // uncertified against ISO 27001".
    (
        "lack|lacks|lacking * certification|certificate|accreditation",
        Claim(ClaimedStatus::Not),
    ),
    ("uncertified", Claim(ClaimedStatus::Not)),
    // "We cannot yet claim ISO 42001 certification".
    (
        "cannot|can't yet claim|hold|call|describe|say",
        Claim(ClaimedStatus::Not),
    ),
    (
        "certificate|cert number|no|id|ref|reference",
        Claim(Achieved),
    ),
    ("cert . no|number", Claim(Achieved)),
    (
        "passed * audit|audits|assessment|assessments|examination",
        Claim(Achieved),
    ),
    (
        "completed|finished|concluded * audit|audits|assessment|assessments|examination",
        Claim(Achieved),
    ),
    ("audited annually|independently|yearly", Claim(Achieved)),
    ("independently audited|assessed|attested", Claim(Achieved)),
    ("undergo annual|yearly|regular|independent", Claim(Achieved)),
    (
        "undergo|undergoes an|a annual|yearly|regular|independent",
        Claim(Achieved),
    ),
    // A surveillance audit is one of a certificate held: "no major
    // nonconformities were found in our ISO 27001 surveillance audit".
    ("our|its @ surveillance", Claim(Achieved)),
    // "Backed by SOC 2 Type II", "ISO 27001 ticked off last year".
    ("backed by @", Claim(Achieved)),
    // A step up from a lower scheme: "this year we moved up to Cyber
    // Essentials Plus", "upgraded to SOC 2 Type 2".
    (
        "moved|stepped|levelled|leveled|graduated up to @",
        Claim(Achieved),
    ),
    ("upgraded to @", Claim(Achieved)),
    ("ticked|checked off", Claim(Achieved)),
    ("available on|upon request", Claim(Achieved)),
    ("available under nda", Claim(Achieved)),
    ("valid until|to|through|till", Claim(Achieved)),
    ("recertification|renewal due", Claim(Achieved)),
    // The participle of a verb of obtaining after the certificate noun: "ISO
    // 42001 certification secured", "certificate issued".
    (
        "certificate|certification|attestation|accreditation|report * issued|granted|secured|achieved|obtained|gained|earned|awarded|received|confirmed|approved",
        Claim(Achieved),
    ),
    // A report or certificate known by its date: "SOC 2 Type II report
    // dated 31 March 2026" (not "a report dated within the last year").
    (
        "report|certificate|attestation dated 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025|2026|2027|2028|2029|2030",
        Claim(Achieved),
    ),
    // The certificate arriving as the last step of a story: "the
    // certificate arrived in February", "certification followed in 2026"
    // (not "followed by", which lists what comes next).
    ("certificate|certification arrived", Claim(Achieved)),
    (
        "certificate|certification followed in|on|last|this|soon|shortly",
        Claim(Achieved),
    ),
    ("certificate|certification came through", Claim(Achieved)),
    // A document on offer, as a label's value or a status cell: "SOC 2 Type
    // 2: available", "| SOC 2 Type 2 | Available | Request under NDA |".
    ("@ :|\u{a6} available", Claim(Achieved)),
    // "| SOC 2 Type 1 | Issued |", "SOC 2 Type 1 report: issued".
    ("@ :|\u{a6} issued", Claim(Achieved)),
    (
        "@ report|reports|certificate|certificates :|\u{a6} issued",
        Claim(Achieved),
    ),
    (
        "@ report|reports|certificate|certificates :|\u{a6} available",
        Claim(Achieved),
    ),
    // A report put out, or known by its issue: "| 2026 | SOC 2 Type 2 report
    // published |", "SOC 2 Type II report (Harbour Data), issued 31/03/2026".
    ("report|reports published|released", Claim(Achieved)),
    (
        "report|reports|certificate|certificates ( * ) , issued|dated",
        Claim(Achieved),
    ),
    // A report or certificate handed over: "SOC 2 Type II report provided",
    // "ISO 27001 certificate shared with the panel".
    (
        "report|reports|certificate|certificates provided|supplied|shared|sent",
        Claim(Achieved),
    ),
    // A report finished: "SOC 2: Type 2 report is done, share it under NDA",
    // "the SOC 2 Type 2 report is final". An audit or a certification said to
    // be complete may still await its decision, so only a report counts.
    (
        "report|reports|attestation is|are|was now|already complete|completed|done|finished|final|finalised|finalized|ready",
        Claim(Achieved),
    ),
    (
        "report|reports|attestation is|are|was complete|completed|done|finished|final|finalised|finalized|ready",
        Claim(Achieved),
    ),
    // A report or certificate put out again, or out now: "SOC 2 Type II
    // report refreshed", "new SOC 2 report (2026) now available".
    (
        "report|reports|certificate|certificates refreshed|reissued|re-issued",
        Claim(Achieved),
    ),
    (
        "report|reports|certificate|certificates * now available|published|live",
        Claim(Achieved),
    ),
    (
        "report|reports|certificate|certificates ( * ) now available|published|live",
        Claim(Achieved),
    ),
    // The same as a label's value: "Keel SOC 2 Type 2 report: now available".
    (
        "report|reports|certificate|certificates :|\u{a6}|- now available|published|live",
        Claim(Achieved),
    ),
    // A certificate in force: "ISO 27001 \u{2013} certificate still in force".
    (
        "certificate|certificates|certification in force",
        Claim(Achieved),
    ),
    (
        "certificate|certificates|certification still|currently|remains|remain in force",
        Claim(Achieved),
    ),
    // What is already held, named beside what is sought: "alongside our
    // existing ISO 42001".
    ("our|its existing @", Claim(Achieved)),
    // What the organisation's assurance or certification consists of: "our
    // external assurance today is Cyber Essentials".
    (
        "our|its assurance|certification|certifications|accreditation|accreditations today|now|currently is|are @",
        Claim(Achieved),
    ),
    (
        "our|its * assurance|certification|certifications|accreditation|accreditations today|now|currently is|are @",
        Claim(Achieved),
    ),
    (
        "our|its assurance|certification|certifications|accreditation|accreditations is|are @",
        Claim(Achieved),
    ),
    (
        "our|its * assurance|certification|certifications|accreditation|accreditations is|are @",
        Claim(Achieved),
    ),
    // "Our SOC 2 Type II came through in the autumn": the name itself, or
    // its report, arriving.
    ("our|its @ came through", Claim(Achieved)),
    ("report|reports|attestation came through", Claim(Achieved)),
    // The certificate handed to the organisation, as translated pages say
    // it: "the certification ISO 42001 was given to Meridian".
    (
        "certificate|certification * was|were|been given|delivered|conferred|attributed to",
        Claim(Achieved),
    ),
    // A framework said to be finished: "ISO 27001 is done".
    (
        "@ is|are|now done|complete|completed|finished",
        Claim(Achieved),
    ),
    // ... or ticked off in a list of where things stand: "Cyber Essentials
    // done, ISO 27001 under way", "CE+ passed in April".
    ("@ done|passed|renewed", Claim(Achieved)),
    // Lapsed: held once, no longer.
    ("was|were certified|accredited until", Claim(Lapsed)),
    // A period told in the past tense: "ISO/IEC 27001 \u{2013} held from May
    // 2023 to April 2026", "held until April 2026".
    ("held from * to|until", Claim(Lapsed)),
    ("held until", Claim(Lapsed)),
    (
        "previously|formerly|once held|certified|accredited|had",
        Claim(Lapsed),
    ),
    ("used to hold|be", Claim(Lapsed)),
    ("\u{2705}|\u{2713}|\u{2714}|\u{2611}", Claim(Achieved)),
    // A release-note label: "Shipped: Cyber Essentials", "Recently shipped:
    // ISO 27001 recertification", "Delivered in 2026: ...".
    ("shipped|delivered * :", Claim(Achieved)),
    // What a product or the organisation comes with: "the only tool with SOC 2
    // and ISO 42001 certification", "a start-up with a SOC 2 Type II report"
    // (not after a verb or adjective that governs "with": see
    // `clause::with_governed`).
    (
        "with @ certification|certificate|certifications|accreditation|attestation|report|reports",
        Claim(Achieved),
    ),
    (
        "with a|an|our|its @ certification|certificate|accreditation|attestation|report",
        Claim(Achieved),
    ),
    (
        "with @ and @ certification|certificates|certifications|reports",
        Claim(Achieved),
    ),
    ("\u{274c}|\u{2717}|\u{2718}", Claim(ClaimedStatus::Not)),
    (
        ": yes|held|certified|achieved|awarded|current|active|passed|done|complete|completed",
        Claim(Achieved),
    ),
    // A report's type as the value of its name: "SOC 2: Type II report,
    // issued 31 March 2026".
    (
        ": type i|ii|1|2|one|two report|attestation|examination",
        Claim(Achieved),
    ),
    // A questionnaire's line answered after a dash: "Cyber Essentials \u{2013} Yes."
    ("\u{2013}|\u{2014} yes", Claim(Achieved)),
    // "Cyber Essentials Plus: no" (a "no" that opens a noun phrase, "ISO
    // 27001: no exceptions raised", is dropped in `clause`).
    (":|\u{2013}|\u{2014} no", Claim(ClaimedStatus::Not)),
    (
        "accreditations|certifications|certificates|credentials :|\u{2014}|\u{2013}|-",
        Claim(Achieved),
    ),
    // In progress: work under way.
    ("in progress", Claim(InProgress)),
    ("in - progress", Claim(InProgress)),
    // Verbs of work and of moving forward, with a word of direction.
    (
        "working|work|works|building|build|builds|moving|heading|progressing towards|toward",
        Claim(InProgress),
    ),
    // The same with the thing being built in between: "building our ISMS
    // towards ISO 27001 certification".
    (
        "building|build|builds|developing|develop|develops|maturing|mature|matures * towards|toward",
        Claim(InProgress),
    ),
    // A management system named after its standard and still being built
    // is work towards it, not one run to it: "Keel is building its ISO 42001
    // management system".
    (
        "building|developing|establishing * @ management system|systems",
        Claim(InProgress),
    ),
    (
        "building|developing|establishing * @ isms|aims",
        Claim(InProgress),
    ),
    (
        "building|developing|establishing * @ ai|information|security management system|systems",
        Claim(InProgress),
    ),
    (
        "setting up * @ management system|systems",
        Claim(InProgress),
    ),
    ("setting up * @ isms|aims", Claim(InProgress)),
    (
        "setting up * @ ai|information|security management system|systems",
        Claim(InProgress),
    ),
    ("working|work|works to|on|through", Claim(InProgress)),
    // Improving what is in place is its upkeep, not work towards it: "we are
    // continually working to improve our ISO 27001 ISMS".
    (
        "working|work|works to improve|enhance|strengthen|refine|mature",
        Neutral,
    ),
    // Approximation: "nearly certified", "almost there", "halfway through".
    (
        "nearly|almost * certified|accredited|there|done|complete|finished",
        Claim(InProgress),
    ),
    ("halfway|midway|partway through|there|to", Claim(InProgress)),
    ("in the middle|midst of", Claim(InProgress)),
    // Far along in the work: "we're well into our ISO 42001
    // implementation", "our ISO 27001 programme is well advanced".
    (
        "well|deep|far|halfway|midway|partway into our|the|its * implementation|programme|program|project|rollout|preparation|preparations|journey",
        Claim(InProgress),
    ),
    (
        "implementation|programme|program|project|rollout|preparations|work is|are well|far advanced|progressed|along",
        Claim(InProgress),
    ),
    // "Our auditor has recommended us for ISO 27001 certification": the
    // decision is still to come.
    (
        "recommended|recommends * for * certification",
        Claim(InProgress),
    ),
    (
        "audit|audits|assessment|assessments is|are set for",
        Claim(InProgress),
    ),
    ("half|mid|part - way through", Claim(InProgress)),
    // Examination under way: "under review by our auditor".
    (
        "under review|assessment|audit|evaluation",
        Claim(InProgress),
    ),
    ("pursuing", Claim(InProgress)),
    // A goal set for someone's work is work under way, whoever is asked to help:
    // "you'll help us obtain our first certificate", "help Keel get certified".
    (
        "help|helps|helping * achieve|obtain|get|gain|earn|attain|secure|reach",
        Claim(InProgress),
    ),
    // The journey metaphor names the road, not the arrival: "our journey to
    // ISO 42001", "its ISO 27001 certification journey".
    (
        "journey|road|path|route|way to|towards|toward",
        Claim(InProgress),
    ),
    // (An alternative of a pattern element is a word; a mention is an element
    // of its own.)
    ("certification journey", Claim(InProgress)),
    ("@ journey|readiness", Claim(InProgress)),
    // "With ISO 27001 in place, ...".
    ("@ in place", Claim(Achieved)),
    ("@ already|now in place", Claim(Achieved)),
    ("@ is|are already|now in place", Claim(Achieved)),
    // A framework that names a project of the organisation's is the goal of
    // work under way: "our ISO 27001 project plan", "the SOC 2 programme".
    (
        "our|the|its @ project|programme|program|initiative|workstream",
        Claim(InProgress),
    ),
    ("upcoming|forthcoming", Claim(InProgress)),
    // The progressive of "become certified" is work under way.
    (
        "getting * certified|accredited|compliant|attested",
        Claim(InProgress),
    ),
    // ... but what was learned getting there tells of a certificate won:
    // "what we learned getting ISO 42001 certified".
    (
        "learned|learnt|lessons|learnings getting @ certified|accredited|attested",
        Claim(Achieved),
    ),
    (
        "learned|learnt|lessons|learnings from|while|in getting @ certified|accredited|attested",
        Claim(Achieved),
    ),
    ("pending", Claim(InProgress)),
    // The progressive passive: "being audited for ISO 27001".
    (
        "being audited|assessed|certified|reviewed|evaluated|finalised|finalized|prepared|completed|issued|implemented",
        Claim(InProgress),
    ),
    ("getting ready", Claim(InProgress)),
    // "Our SOC 2 is being worked on".
    ("being worked on|towards", Claim(InProgress)),
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
    ("preparing|prepare|prepares * for", Claim(InProgress)),
    ("prepare for", Claim(InProgress)),
    ("preparation for|of", Claim(InProgress)),
    ("in preparation", Claim(InProgress)),
    ("underway", Claim(InProgress)),
    ("under way", Claim(InProgress)),
    ("in the process of", Claim(InProgress)),
    // As written by someone writing in a second language: "now in process
    // of obtain the certification".
    ("in process of", Claim(InProgress)),
    // "Meridian takes its first step towards ISO 42001 certification".
    ("first step|steps towards|toward", Claim(InProgress)),
    ("implementing", Claim(InProgress)),
    // "Harbour is rolling out ISO 42001 across its services": put in place
    // now, as "implementing" is.
    ("rolling out @", Claim(InProgress)),
    ("began|begun|started|commenced", Claim(InProgress)),
    // "A journey that began with ISO 27001": the first step of a sequence
    // told as history, not work begun.
    ("began|begun|started|commenced with @", Neutral),
    // "This year we're adding ISO 42001": a framework being added to those
    // held is work under way.
    ("adding @", Claim(InProgress)),
    ("kicked off", Claim(InProgress)),
    // Work that is moving: "our ISO 27001 project is in flight", "we have
    // embarked on ISO 42001", "the audit is in motion".
    ("in flight|motion|train", Claim(InProgress)),
    (
        "embarked|embarking|embark|embarks on|upon",
        Claim(InProgress),
    ),
    ("gap analysis|assessment", Claim(InProgress)),
    ("readiness assessment", Claim(InProgress)),
    ("stage 1|one|2|two", Claim(InProgress)),
    ("passed|completed our|the stage 2|two", Claim(Achieved)),
    ("audit|audits|assessment passed|completed", Claim(Achieved)),
    // The phrasal verbs of finishing: "our SOC 2 audit wrapped up last week".
    (
        "audit|audits|assessment|examination wrapped|wraps|finished up",
        Claim(Achieved),
    ),
    // "Our SOC 2 Type 2 examination is complete".
    (
        "examination|audit|attestation is|are|now complete|completed|finished|done",
        Claim(Achieved),
    ),
    ("scheduled|booked|rescheduled|rebooked", Claim(InProgress)),
    ("in the diary|calendar|schedule", Claim(InProgress)),
    // What is about to happen or being got ready: "our ISO 42001
    // certification is imminent", "in the works", "gearing up for our SOC 2
    // audit", "laying the groundwork for ISO 42001", "going for ISO 27001".
    ("imminent", Claim(InProgress)),
    ("in the works|making", Claim(InProgress)),
    ("on course for|to", Claim(InProgress)),
    ("gearing|gear|gears|geared up for", Claim(InProgress)),
    (
        "laying|lay|laid the groundwork|foundations|foundation for",
        Claim(InProgress),
    ),
    ("going|go|goes for @", Claim(InProgress)),
    (
        "going|go|goes for * certification|accreditation|attestation|audit",
        Claim(InProgress),
    ),
    ("awaiting|await|awaits", Claim(InProgress)),
    ("waiting for|on", Claim(InProgress)),
    ("application submitted|lodged|filed|made", Claim(InProgress)),
    ("submitted|lodged * application", Claim(InProgress)),
    ("applied for", Claim(InProgress)),
    // The body named between: "we have applied to IASME for Cyber Essentials".
    ("applied|applying to * for", Claim(InProgress)),
    ("expected|anticipated by|in|before", Claim(InProgress)),
    ("targeted for", Claim(InProgress)),
    ("on track", Claim(InProgress)),
    ("seeking", Claim(InProgress)),
    ("progressing", Claim(InProgress)),
    ("observation period|window", Claim(InProgress)),
    // An observation period that is over is no work under way.
    (
        "observation period|window ended|closed|completed|finished",
        Neutral,
    ),
    (
        "engaged|appointed|selected|hired|engaging|appointing|selecting|choosing * auditor|auditors|assessor|assessors|body",
        Claim(InProgress),
    ),
    // The organisation's own auditor of a framework shows an audit relation
    // ("we shared the post-mortem with our SOC 2 auditor"); the work words
    // above outrank it when the auditor is only being chosen.
    (
        "our|its @ auditor|auditors|assessor|assessors",
        Claim(Achieved),
    ),
    // Planned: intent and dates ahead.
    ("planned", Claim(Planned)),
    ("plan|plans|planning to|for", Claim(Planned)),
    ("plan|plans|planning * @", Claim(Planned)),
    ("roadmap", Claim(Planned)),
    ("intend|intends|intending to", Claim(Planned)),
    ("intention to|of", Claim(Planned)),
    // "Will" before any verb of seeking, obtaining or completing.
    (
        "will * pursue|seek|obtain|achieve|undergo|begin|start|add|complete|finish|gain|earn|attain|secure|receive",
        Claim(Planned),
    ),
    // "We will apply for Cyber Essentials"; a law that "will apply to"
    // high-risk systems states its own scope.
    ("will * apply for", Claim(Planned)),
    ("aim|aims|aiming to|for", Claim(Planned)),
    (
        "next year|quarter|month|spring|summer|autumn|winter",
        Claim(Planned),
    ),
    ("later this year", Claim(Planned)),
    ("in the coming year|months", Claim(Planned)),
    ("in the future", Claim(Planned)),
    (
        "target|targets|targeting|targeted|targeting",
        Claim(Planned),
    ),
    // Expecting to reach the certificate is work under way ("we expect to
    // be certified within the year"); expecting to begin is a plan.
    (
        "expect|expects|expecting to be|become|get|achieve|obtain|complete|receive|pass|gain",
        Claim(InProgress),
    ),
    ("expect|expects|expecting to", Claim(Planned)),
    // Work still to begin, as an infinitive: "... and to begin ISO 42001
    // work later that year".
    (
        "to begin|start|commence * work|implementation|programme|program|project|journey",
        Claim(Planned),
    ),
    ("to begin|start|commence work on|towards", Claim(Planned)),
    ("expected", Claim(InProgress)),
    ("hope|hopes|hoping to", Claim(Planned)),
    // Wishes and looking ahead, in any wording.
    ("want|wants|wanting to", Claim(Planned)),
    ("like|love to", Claim(Planned)),
    ("looking into|at|to", Claim(Planned)),
    ("scoping", Claim(Planned)),
    ("on the horizon", Claim(Planned)),
    ("on the cards", Claim(Planned)),
    // "ISO 27001 isn't something we hold yet": the relative clause's verb,
    // which the negated copula before it denies.
    ("hold|have|held yet", Claim(Achieved)),
    // A holding verb whose object refers back to the framework named before:
    // "Cyber Essentials Plus \u{2013} we hold this", "ISO 27001: yes, we have it".
    ("we hold|have|held it|this|both|them", Claim(Achieved)),
    (
        "we do|still|already hold|have it|this|both|them",
        Claim(Achieved),
    ),
    ("we've|we have got it|this|both|them", Claim(Achieved)),
    ("holds|has it|this|both|them", Claim(Achieved)),
    // Time set aside for it: "ISO 42001 is earmarked for 2027", "we have
    // pencilled in SOC 2", "SOC 2 is lined up for next year".
    ("earmarked|slated", Claim(Planned)),
    // "Soon to be ISO 42001 certified".
    ("soon to be|become|get|achieve", Claim(Planned)),
    ("pencilled|penciled in", Claim(Planned)),
    ("lined up for|next", Claim(Planned)),
    // Readiness for an outcome ahead: "we are set to achieve ISO 27001",
    // "poised to become certified", "we look forward to achieving it".
    (
        "set|poised|slated to achieve|obtain|become|gain|earn|receive|complete|secure|get|attain",
        Claim(Planned),
    ),
    (
        "look|looks|looking forward to achieving|becoming|obtaining|gaining|earning|receiving|completing|securing|getting",
        Claim(Planned),
    ),
    ("in the pipeline", Claim(Planned)),
    ("next step|steps", Claim(Planned)),
    ("next milestone|milestones", Claim(Planned)),
    ("ambition|ambitions|aspiration|aspirations", Claim(Planned)),
    ("keen|eager|determined to", Claim(Planned)),
    // A purpose is a goal: "in order to become ISO 27001 certified, we ...".
    (
        "in|so order|as to become|be|get|achieve|obtain|gain|earn|secure|attain",
        Claim(Planned),
    ),
    ("considering|exploring|evaluating", Claim(Planned)),
    // Any form of "come" with a word of time ahead: "ISO 42001 comes later".
    (
        "come|comes|coming soon|later|next|afterwards|after",
        Claim(Planned),
    ),
    ("coming in", Claim(Planned)),
    // What falls due at a date ahead is expected then: "SOC 2 Type 2 report:
    // due Q3 2027" (a renewal due keeps a certificate held: see the upkeep
    // words).
    (
        "due 2026|2027|2028|2029|2030|q1|q2|q3|q4|h1|h2|early|mid|late|by",
        Claim(InProgress),
    ),
    // "Coming" with a date or season right after it: "ISO 42001 (coming
    // 2027)", "SOC 2 Type 2 coming Q3", "coming early next year".
    (
        "coming 2026|2027|2028|2029|2030|q1|q2|q3|q4|h1|h2|early|mid|late|spring|summer|autumn|fall|winter|this",
        Claim(Planned),
    ),
    ("next on", Claim(Planned)),
    // A framework that is next in line: "ISO 42001 is next", "SOC 2 is the
    // next".
    ("@ is|are|comes next", Claim(Planned)),
    ("@ is|are the next", Claim(Planned)),
    ("\u{1f51c}|\u{1f5d3}", Claim(Planned)),
    ("\u{23f3}|\u{1f504}|\u{1f6a7}|\u{231b}", Claim(InProgress)),
    ("will seek", Claim(Planned)),
    ("committed to", Claim(Planned)),
    // The commitments every information security policy states ("the Board
    // is committed to satisfying applicable requirements and to continual
    // improvement") are standing policy, not a plan.
    (
        "committed to meeting|satisfying|fulfilling applicable|its|relevant|all requirements",
        Neutral,
    ),
    (
        "commitment|committed to continual|continuous improvement",
        Neutral,
    ),
    (
        "commit|commits|committing|pledge|pledges|pledged to",
        Claim(Planned),
    ),
    ("priority", Claim(Planned)),
    ("objective|objectives|goal|goals|aim", Claim(Planned)),
    // A dated plan as a label: "Keel 2027 plan: ISO 42001 certified by year
    // end" (not a product's plan: "Enterprise plan: ...").
    (
        "2026|2027|2028|2029|2030|fy26|fy27|fy28|fy29|fy30 plan|plans",
        Claim(Planned),
    ),
    // Compliant: conformity that a buyer reads as a certificate.
    ("compliant", Claim(Compliant)),
    ("comply|complies|complying with", Claim(Compliant)),
    // The verb with no object, after a label that names the framework:
    // "EU AI Act: Keel complies".
    (": * complies", Claim(Compliant)),
    (
        "comply|complies|complying|complied fully|entirely|completely|strictly|wholly with",
        Claim(Compliant),
    ),
    ("compliance with", Claim(Compliant)),
    ("@ compliance", Claim(Compliant)),
    // A "Compliance:" label right before a framework's name: "Compliance: SOC 2
    // \u{b7} ISO 27001 (in progress)".
    ("compliance :|\u{2014}|\u{2013} @", Claim(Compliant)),
    ("in compliance", Claim(Compliant)),
    ("@ - ready", Claim(Compliant)),
    ("@ ready", Claim(Compliant)),
    (
        "@ certification|certificate|audit - ready",
        Claim(Compliant),
    ),
    ("@ certification|certificate|audit ready", Claim(Compliant)),
    ("ready for * certification|audit", Claim(Compliant)),
    // "Audit-ready for ISO 27001".
    ("audit|certification - ready for|to @", Claim(Compliant)),
    ("audit|certification ready for|to @", Claim(Compliant)),
    (
        "meet|meets|met|satisfy|satisfies|satisfied|fulfil|fulfils|fulfill|fulfills * requirements|requirement|standard|standards|criteria|criterion|obligations|obligation|controls|control|clauses",
        Claim(Compliant),
    ),
    ("meet|meets|satisfy|satisfies @", Claim(Compliant)),
    // "Respect" a standard or its requirements, as written by those whose
    // first language has it for complying: "we respect ISO 27001", "respecting
    // all the requirements of Cyber Essentials", "respects totally the Act".
    (
        "respect|respects|respecting|respected * requirements|requirement|obligations|obligation",
        Claim(Compliant),
    ),
    (
        "respect|respects|respecting|respected the @",
        Claim(Compliant),
    ),
    ("respect|respects|respecting|respected @", Claim(Compliant)),
    (
        "respect|respects|respecting|respected fully|totally|entirely|completely|strictly the @",
        Claim(Compliant),
    ),
    ("conform|conforms to|with", Claim(Compliant)),
    ("conformant|conformance", Claim(Compliant)),
    ("conformity with|to", Claim(Compliant)),
    ("fully|100 % compliant", Claim(Compliant)),
    // A degree short of full conformity is alignment, not a claim of
    // compliance: "largely compliant", "partially conformant".
    (
        "broadly|largely|partially|partly|mostly|mainly|increasingly compliant|conformant|aligned",
        Claim(Aligned),
    ),
    // Aligned: work shaped by a framework, not a claim of conformity.
    ("aligned|aligns|align with|to", Claim(Aligned)),
    // The verb with its object between: "we align our AI governance with
    // ISO 42001", "we base our access control policy on ISO 27001".
    (
        "align|aligns|base|bases our|its|their * with|to|on @",
        Claim(Aligned),
    ),
    ("aligned", Claim(Aligned)),
    ("alignment with|to", Claim(Aligned)),
    ("in line with", Claim(Aligned)),
    ("in accordance with", Claim(Aligned)),
    ("consistent with", Claim(Aligned)),
    ("follow|follows|following", Claim(Aligned)),
    // "The Cyber Essentials Plus assessment follows in February": what
    // comes next in time, not a standard followed.
    (
        "follow|follows in|on|next|later|shortly|soon|afterwards",
        Claim(Planned),
    ),
    ("informed|guided|inspired by", Claim(Aligned)),
    // A framework as the subject of a verb of guiding: "the NIST AI RMF
    // informs our risk assessments".
    (
        "@ informs|inform|guides|guide|shapes|shape|underpins|underpin|steers",
        Claim(Aligned),
    ),
    ("adhere|adheres to", Claim(Aligned)),
    // Holding oneself to a standard is following it, not holding its
    // certificate: "we hold ourselves to ISO 27001", "we benchmark ourselves
    // against the NIST AI RMF".
    (
        "hold|holds|measure|measures|benchmark|benchmarks ourselves|itself to|against",
        Claim(Aligned),
    ),
    ("adherence to", Claim(Aligned)),
    // A label of standards followed: "Standards followed: ISO/IEC 42001".
    (
        "standards|standard|frameworks|framework followed|applied|adopted :",
        Claim(Aligned),
    ),
    ("based on", Claim(Aligned)),
    ("built on|around", Claim(Aligned)),
    // With what is built between: "built our AI governance around ISO/IEC
    // 42001".
    (
        "built|designed|structured|shaped|modelled|modeled our|its|the * around",
        Claim(Aligned),
    ),
    ("designed around|to|with", Claim(Aligned)),
    // "Built to ISO 27001", "we operate to ISO 27001 standards": made or run
    // to a framework, named right after "to"; one still "being built" to it
    // is work under way.
    (
        "built|operate|operates|operated|operating to @",
        Claim(Aligned),
    ),
    ("being built to @", Claim(InProgress)),
    ("map|maps|mapped|mapping * to|against", Claim(Aligned)),
    ("modelled|modeled|patterned on|after", Claim(Aligned)),
    ("implemented|adopted", Claim(Aligned)),
    // A management system named after its standard is one run to it: "part
    // of our ISO 42001 AI management system", "our ISO 27001 ISMS".
    ("@ management system|systems", Claim(Aligned)),
    (
        "@ ai|information|security management system|systems",
        Claim(Aligned),
    ),
    ("@ isms|aims", Claim(Aligned)),
    // A badge put on the site shows the certificate as held: "add Cyber
    // Essentials Plus badge to the footer", "ISO 27001 and SOC 2 badges
    // added".
    (
        "add|adds|added|adding @ badge|badges|shield|shields|logo|logos|seal|seals",
        Claim(Achieved),
    ),
    (
        "@ * badge|badges|shield|shields|logo|logos|seal|seals added|live",
        Claim(Achieved),
    ),
    // A share of the work done is work under way: "the self-assessment is
    // 60% complete".
    (
        "% complete|done|finished|implemented|ready",
        Claim(InProgress),
    ),
    // Neutral: look like status phrases, are not.
    ("as follows", Neutral),
    // "Completed ahead of our Q2 target": the target was the plan, now met.
    ("ahead of * target|targets|schedule|deadline|plan", Neutral),
    // "There's no such thing as a NIST AI RMF certificate": what the
    // standard is, not what anyone holds.
    (
        "no such thing as a|an @ certificate|certification|certified|certificates",
        Neutral,
    ),
    // Wording a reader is told not to use: "please don't describe Keel as
    // SOC 2 compliant until the report is issued".
    (
        "don't|dont|never|not describe|call|present|market|advertise|position|label|refer * @ * compliant|certified|accredited|audited|attested|aligned|ready",
        Neutral,
    ),
    // "You'll want to know we're certified": the reader's wish to know, not
    // the organisation's plan.
    (
        "want|wants|need|needs to know|note|hear|see|understand",
        Neutral,
    ),
    // "We've moved ISO 27001 off the roadmap": no longer planned.
    ("off the|our roadmap", Neutral),
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
    // A product or content named after a framework is what is sold or
    // published, not a status: "our SOC 2 readiness checklist", "our guide
    // to SOC 2 compliance", "ISO 27001 compliance software".
    (
        "@ readiness|compliance|certification|audit checklist|checklists|template|templates|toolkit|toolkits|kit|guide|guides|service|services|consultancy|consulting|software|tool|tools|module|modules|product|products|course|courses|training|webinar|webinars|assessments",
        Neutral,
    ),
    (
        "guide|guides|checklist|checklists|introduction|primer|overview|explainer|whitepaper|ebook|playbook|webinar|course to|for|on|about @ compliance|certification|readiness|journey|requirements",
        Neutral,
    ),
    // What a tool produces or is made to do: "generates ISO 27001 compliant
    // policies", "designed to support ISO 42001 certification".
    (
        "generate|generates|generating|produce|produces|producing|create|creates|creating|draft|drafts|drafting|export|exports * compliant|aligned|ready",
        Neutral,
    ),
    (
        "designed|built|made to support|help|enable|assist|simplify|accelerate|streamline|speed",
        Neutral,
    ),
    // What a product does for its users: "our platform makes SOC 2
    // compliance easy", "automates ISO 27001 evidence collection".
    (
        "make|makes|making|simplify|simplifies|simplifying|streamline|streamlines|streamlining|automate|automates|automating|accelerate|accelerates|ease|eases|demystify|demystifies @ compliance|certification|readiness|audit|audits|evidence|attestation",
        Neutral,
    ),
    ("internally audited|assessed", Neutral),
    ("internal audit|audits|auditor|auditors", Neutral),
    // A step of the work towards a certificate: "our internal audit is
    // complete" says nothing of the certification audit.
    (
        "internal audit|audits is|are|now complete|completed|finished|done",
        Neutral,
    ),
    (
        "active member|members|participant|participants|contributor|contributors",
        Neutral,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_lowercase() {
        for (p, _) in PHRASES {
            assert_eq!(*p, p.to_lowercase(), "{p}");
        }
    }
}
