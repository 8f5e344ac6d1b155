//! A question and its answer in separate sentences: an indirect question
//! ("asked whether we hold X") answered by a short answer ("We do."), and a
//! question of when a certificate ends answered by a date. Every sentence here
//! is written for the test.

use super::*;

const ORG: Option<Subject> = Some(Subject::Organisation);

#[test]
fn a_short_answer_completes_an_indirect_question() {
    assert_eq!(
        one("A buyer asked us whether we are certified to ISO 42001. We are not yet."),
        (Some(N), ORG)
    );
    assert_eq!(
        one("Several customers wondered if we hold Cyber Essentials Plus. Happily, we do."),
        (Some(A), ORG)
    );
}

#[test]
fn an_indirect_question_without_an_answer_claims_nothing() {
    assert_eq!(
        one("Procurement asked whether we hold Cyber Essentials Plus. The call ran long."),
        (None, None)
    );
    // "It is." answers for the standard, not for the organisation.
    assert_eq!(
        one("Buyers often ask whether ISO 42001 is worth the effort. It is."),
        (None, None)
    );
}

#[test]
fn a_date_answers_when_a_certificate_ends() {
    let text = "Q: Until when is your ISO 27001 certificate valid?\nA: The end of June 2028.";
    let found = crate::prose::find_mentions_with(
        text,
        ProseFormat::Text,
        &test_aliases(),
        &Names {
            organisation: vec!["Northwind".into()],
            suppliers: vec![],
            ..Default::default()
        },
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2028, Some(6))));
}

#[test]
fn a_question_of_the_expiry_date_is_answered_by_a_date() {
    for text in [
        "Q: What is the expiry date of your ISO 27001 certificate?\nA: 14 June 2028.",
        "Question: Expiration date of your ISO 27001 certificate?\nAnswer: June 2028",
    ] {
        let found = mentions(text, ProseFormat::Text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].status, Some(A), "{text}");
        assert_eq!(found[0].details.valid_to, Some((2028, Some(6))), "{text}");
    }
    // The date of an event already past is no expiry.
    let found = mentions(
        "Q: What was the date of your last ISO 27001 renewal?\nA: June 2025.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].details.valid_to, None);
}

#[test]
fn a_body_answers_a_question_that_is_a_noun_phrase() {
    let found = mentions(
        "Q: Certification body for ISO 27001?\nA: LRQA",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.body.as_deref(), Some("LRQA"));
    let found = mentions(
        "Q: ISO 27001 certificate expiry date?\nA: 31 May 2028",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2028, Some(5))));
}

#[test]
fn a_number_answers_a_question_that_asks_for_it() {
    for text in [
        "Q: What is your ISO 27001 certificate number?\nA: NW-27K-0042.",
        "**ISO 27001 certificate number?**\n\nNW-27K-0042",
    ] {
        let found = mentions(text, ProseFormat::Markdown);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].status, Some(A), "{text}");
        assert_eq!(
            found[0].details.certificate.as_deref(),
            Some("NW-27K-0042"),
            "{text}"
        );
    }
    // A question that asks something else is not answered by a number.
    let found = mentions(
        "Q: How many staff are in your ISO 27001 scope?\nA: 120.",
        ProseFormat::Text,
    );
    assert_eq!(found[0].status, None);
}

#[test]
fn a_date_of_the_next_upkeep_answers_for_a_certificate_held() {
    assert_eq!(
        one("Q: When is your next ISO 27001 surveillance audit?\nA: It is booked for June 2027."),
        (Some(A), ORG)
    );
    // Unanswered, or answered without a date, the question claims nothing.
    assert_eq!(
        one("Q: When is your next ISO 27001 surveillance audit?\nA: We will let you know."),
        (None, None)
    );
}

#[test]
fn a_general_question_of_validity_is_not_answered_for_the_organisation() {
    assert_eq!(
        one("When does an ISO 27001 certificate expire? After three years, in most schemes."),
        (None, None)
    );
}

#[test]
fn an_answer_naming_what_is_held_answers_which_one() {
    let got = read(
        "**Which Cyber Essentials level do you hold?**\nCyber Essentials Plus, renewed each spring.",
    );
    assert_eq!(
        got.last().map(|m| (m.1, m.2)),
        Some((Some(A), ORG)),
        "{got:?}"
    );
    let got = read("Q: What kind of SOC 2 report can you share?\nA: A SOC 2 Type 1 report.");
    assert_eq!(
        got.last().map(|m| (m.1, m.2)),
        Some((Some(A), ORG)),
        "{got:?}"
    );
}

#[test]
fn an_answer_to_which_one_is_pursued_is_not_a_claim_that_it_is_held() {
    let got = read(
        "**Which ISO standard are you working towards?**\nISO 42001, with the audit next year.",
    );
    assert_ne!(got.last().map(|m| m.1), Some(Some(A)), "{got:?}");
}

#[test]
fn the_next_block_answers_a_question_that_ends_a_block() {
    assert_eq!(
        one("### Do you hold ISO 27001?\n\nYes, since 2022."),
        (Some(A), ORG)
    );
    assert_eq!(
        one("- Are you working towards ISO 42001?\n- We are, with the audit in spring."),
        (Some(P), ORG)
    );
    assert_eq!(
        one(
            "**Is your company certified to Cyber Essentials Plus?**\n\nNot yet: we expect to be in the summer."
        ),
        (Some(N), ORG)
    );
    let found = mentions(
        "**When does your Cyber Essentials certificate expire?**\n\nIn March 2028.",
        ProseFormat::Markdown,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.valid_to, Some((2028, Some(3))));
}

#[test]
fn an_aside_between_a_question_and_its_answer_leaves_it_open() {
    assert_eq!(
        one(
            "Does anyone here hold ISO 42001? Full disclosure: I work at Northwind. We are working towards it."
        ),
        (Some(P), ORG)
    );
    assert_eq!(
        one(
            "**Are you certified to Cyber Essentials Plus?**\n\nGood question. Not yet, but we plan to be."
        ),
        (Some(N), ORG)
    );
    assert_eq!(
        one(
            "### Do you hold ISO 27001?\n\nThanks for asking! We are in the middle of our Stage 2 audit."
        ),
        (Some(P), ORG)
    );
    // Only one aside: a longer digression leaves the question a question.
    assert_eq!(
        one("Do you hold ISO 27001? Good question. Our office is in Leeds. We plan to hire."),
        (None, None)
    );
    // An aside without a question before it opens nothing.
    assert_eq!(
        one("Our office is in Leeds.\n\nThanks for reading. We plan to expand ISO 27001 training."),
        one("Our office is in Leeds.\n\nWe plan to expand ISO 27001 training.")
    );
}

#[test]
fn a_block_that_does_not_answer_leaves_the_question_a_question() {
    assert_eq!(
        one("### Is ISO 42001 certification required by law?\n\nNo. It is voluntary."),
        (None, None)
    );
    assert_eq!(
        one("### Do you hold ISO 27001?\n\nOur platform runs on servers in London."),
        (None, None)
    );
}

#[test]
fn a_question_whether_a_document_is_handed_over_is_answered_by_yes() {
    let found = find_mentions(
        "Is a SOC 2 Type II report available? Yes.",
        ProseFormat::Text,
        &test_aliases(),
    );
    assert_eq!(found[0].status, Some(ClaimedStatus::Achieved));
    assert_eq!(found[0].qualifier.as_deref(), Some("type2"));
    // Near miss: a general question about the standard.
    let found = find_mentions(
        "Is ISO 27001 required for NHS suppliers? Yes.",
        ProseFormat::Text,
        &test_aliases(),
    );
    assert_eq!(found[0].status, None);
}

#[test]
fn a_number_with_its_body_answers_a_request_for_the_number() {
    for text in [
        "**Please state your Cyber Essentials certificate number.**\n\nIASME-CE-55501 (IASME)",
        "Q: Provide your ISO 27001 certificate number.\nA: NW 40022 (NQA).",
    ] {
        let found = mentions(text, ProseFormat::Markdown);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].status, Some(A), "{text}");
        assert!(found[0].details.certificate.is_some(), "{text}");
    }
}

#[test]
fn a_yes_cell_answers_its_question_whatever_the_comment_cell_names() {
    check(
        "| Do you hold ISO 27001? | Yes | Audited by NQA, alongside our Cyber Essentials |",
        &[("iso27001", Some(A)), ("cyber_essentials", Some(A))],
    );
    // Near miss: a "yes" whose own words name another framework speaks for it.
    check(
        "Do you hold ISO 27001? Yes, Cyber Essentials.",
        &[("iso27001", None), ("cyber_essentials", Some(A))],
    );
}

#[test]
fn sure_and_absolutely_answer_yes() {
    check(
        "Is your platform ISO 27001 certified? Absolutely, since 2024.",
        &[("iso27001", Some(A))],
    );
    check(
        "Can you send your SOC 2 report? Sure.",
        &[("soc2", Some(A))],
    );
}

#[test]
fn a_handle_before_the_answer_is_who_it_answers() {
    // In a thread the reply names the person who asked before it answers.
    assert_eq!(
        one(
            "@helpdesk is your platform Cyber Essentials Plus certified?\n\n@sam yes, renewed in May."
        ),
        (Some(A), ORG)
    );
    assert_eq!(
        one("@helpdesk is your platform Cyber Essentials Plus certified?\n\n@sam no, not yet."),
        (Some(N), ORG)
    );
    // Near miss: a reply with no answer word claims nothing.
    assert_eq!(
        one("@helpdesk is your platform Cyber Essentials Plus certified?\n\n@sam let me check."),
        (None, None)
    );
}

#[test]
fn a_yes_that_goes_on_to_a_claim_of_its_own_still_answers() {
    let text =
        "Q: Is Northwind ISO 27001 certified?\nA: Yes, and we are Cyber Essentials certified too.";
    let got = with_names(text, ProseFormat::Text);
    assert_eq!(got[0].0, "iso27001", "{got:?}");
    assert_eq!(got[0].1, Some(A), "{got:?}");
    assert_eq!(got[1].1, Some(A), "{got:?}");
    let text = "**Are you certified to ISO 42001?**\n\nYes \u{2014} and Cyber Essentials Plus is on its way.";
    let got = read(text);
    assert_eq!(got[0].1, Some(A), "{got:?}");
    // Near misses: a yes that runs on with no mark is no answer word ("yes
    // we can" is how it starts), and a general question is not answered.
    let got = with_names(
        "Q: Do you hold ISO 27001?\nA: Yes we hold Cyber Essentials.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, None, "{got:?}");
    let got = with_names(
        "Q: Is ISO 27001 required by the tender?\nA: Yes, and so is Cyber Essentials.",
        ProseFormat::Text,
    );
    assert!(got.iter().all(|g| g.1.is_none()), "{got:?}");
    // An answer that names the asked framework again speaks for itself: the
    // question's "follow" is not also answered.
    for text in [
        "**Do you follow ISO 42001?**\nYes, we are fully ISO 42001 compliant.",
        "**Do you follow ISO 42001?**\n\nYes, we are fully ISO 42001 compliant.",
    ] {
        let got = read(text);
        assert!(got.iter().all(|g| g.1 != Some(Al)), "{text}: {got:?}");
        assert!(got.iter().any(|g| g.1 == Some(C)), "{text}: {got:?}");
    }
}

#[test]
fn a_forms_chosen_option_is_its_answer() {
    let text = "Do you hold CE+? (\u{2022}) Yes ( ) No ( ) In progress";
    assert_eq!(with_names(text, ProseFormat::Text)[0].1, Some(A), "{text}");
    let text = "Q9. Do you plan to pursue ISO 42001 certification?\n(x) Yes\n( ) No\n( ) Already certified";
    assert_eq!(with_names(text, ProseFormat::Text)[0].1, Some(Pl), "{text}");
    let text = "**Q5. Cyber Essentials status** (select one)\n( ) Certified\n(\u{2022}) In progress\n( ) Planned";
    assert_eq!(read(text)[0].1, Some(P), "{text}");
    // Near miss: a form with nothing chosen claims none of its options.
    let text = "**Q5. Cyber Essentials status** (select one)\n( ) Certified\n( ) In progress";
    assert_eq!(read(text)[0].1, None, "{text}");
}

#[test]
fn a_body_named_in_answer_to_who_certifies_you_shows_the_certificate() {
    let found = crate::prose::find_mentions_with(
        "Q: Who certifies you?\nA: BSI, for ISO 27001.",
        ProseFormat::Text,
        &test_aliases(),
        &Names::default(),
    );
    assert_eq!(found[0].status, Some(A));
    assert_eq!(found[0].details.body.as_deref(), Some("BSI"));
    // Near miss: an answer that opens with no body is no such answer.
    let got = with_names(
        "Q: Who audits you?\nA: We like ISO 27001.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].1, None);
}

#[test]
fn a_yes_that_the_next_sentence_ends_tells_of_a_lapse() {
    // Written for the test: a speaker confirms a certificate, then says it
    // ended, in the block below the question.
    let text = "HOST: I thought you held ISO 27001?\n\nJO BLAKE: We did. It expired in April.";
    assert_eq!(one(text), (Some(L), ORG));
    // Without the lapse, the yes stands.
    let text = "HOST: I thought you held ISO 27001?\n\nJO BLAKE: We do. It is renewed each year.";
    assert_eq!(one(text).0, Some(A));
}

#[test]
fn a_yes_to_a_question_of_the_past_bounded_in_time_is_a_lapse() {
    assert_eq!(
        one(
            "Q: Has Northwind ever been certified to ISO 27001? A: Yes, from May 2023 to April 2026."
        ),
        (Some(L), ORG)
    );
    // A question of the present with a validity date is a certificate held.
    assert_eq!(
        one("Q: Are you certified to ISO 27001? A: Yes, valid until May 2028.").0,
        Some(A)
    );
    // A question of the past answered with no end is still held.
    assert_eq!(
        one("Q: Have you ever been certified to ISO 27001? A: Yes, since 2023.").0,
        Some(A)
    );
}
