use super::*;

fn errors(text: &str) -> Vec<(String, String)> {
    parse_text(text)
        .errors
        .into_iter()
        .map(|e| (text[e.range.range()].to_owned(), e.message))
        .collect()
}

#[test]
fn a_tour_declaration_parses_cleanly() {
    let text = r#"
/// The assistant.
/// Second line.
system triage "Referral triage assistant" {
  owner: head_of_ml
  lifecycle: production, purpose: "Prioritises referrals."
  eu_ai_act: { role: provider, tier: high }
  review_every: 12 months
  satisfies: [iso42001.A.6.2.4, nist_ai_rmf.MEASURE.2.11]
  target: 2027-Q4
  share: 80%
}
exclude iso42001.A.10.4 { reason: "No customers.", approved_by: ciso }
"#;
    let parse = parse_text(text);
    assert_eq!(parse.errors, vec![]);
    let items = &parse.tree.items;
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0].doc.as_deref(),
        Some("The assistant.\nSecond line.")
    );
    assert_eq!(items[0].fields().count(), 8);
    assert_eq!(items[1].name.as_ref().unwrap().text, "iso42001.A.10.4");
    insta::assert_snapshot!(dump_tree(&parse.tree));
}

#[test]
fn catalogue_items_nest() {
    let text = r#"framework f "F" {
  certifiable: true
  group 6 "Planning" {
    clause 6.1.4 "AI system impact assessment"
    control A.6.2.4 "Verification" { applies_to: { tier: [high] } }
  }
}"#;
    let parse = parse_text(text);
    assert_eq!(parse.errors, vec![]);
    let group = parse.tree.items[0].children().next().unwrap();
    assert_eq!(group.name.as_ref().unwrap().text, "6");
    assert_eq!(group.children().count(), 2);
}

#[test]
fn three_unrelated_mistakes_are_all_reported() {
    let text = r#"system a {
  owner head
  lifecycle: production
}
role r { holder: "x" }
control c {
  status: planned
"#;
    let found = errors(text);
    assert_eq!(
        found,
        vec![
            (
                "owner head".into(),
                "expected `:` after the field name `owner`".into()
            ),
            (
                "{".into(),
                "this `{` is never closed: add `}` at the end of the declaration".into()
            ),
        ]
    );
    let parse = parse_text(text);
    assert_eq!(parse.tree.items.len(), 3);
    assert!(parse.tree.items[0].field("lifecycle").is_some());
}

#[test]
fn unclosed_block_ends_at_next_declaration() {
    let text = "system a {\n  owner: x\nrisk b { owner: y }\n";
    let parse = parse_text(text);
    assert_eq!(parse.tree.items.len(), 2);
    assert_eq!(parse.errors.len(), 1);
    assert_eq!(parse.errors[0].range.start, 9);
}

#[test]
fn unclosed_string_reported_once_at_its_start() {
    let text = "role r { holder: \"Tom\n  email: \"t@x\" }";
    let found = errors(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "\"");
    let parse = parse_text(text);
    assert!(parse.tree.items[0].field("email").is_some());
}

#[test]
fn missing_value_does_not_swallow_the_next_field() {
    let text = "system a {\n  owner:\n  lifecycle: production\n}";
    let found = errors(text);
    assert_eq!(
        found,
        vec![(
            ":".into(),
            "`owner:` has no value: write one after the colon".into()
        )]
    );
    let parse = parse_text(text);
    assert_eq!(
        parse.tree.items[0]
            .field("lifecycle")
            .unwrap()
            .value
            .as_ident(),
        Some("production")
    );
}

#[test]
fn stray_tokens_at_top_level() {
    let found = errors("} role r {}\nowner: x\n");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].1.contains("no `{`"));
    assert!(found[1].1.contains("outside any declaration"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let text = format!("system a {{ data: {} }}", "[".repeat(10_000));
    let parse = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || parse_text(&text))
        .unwrap()
        .join()
        .unwrap();
    assert!(
        parse
            .errors
            .iter()
            .any(|e| e.message.contains("nested more than"))
    );
}

#[test]
fn unknown_character_is_reported_and_skipped() {
    let found = errors("role r { holder: \"x\" } @ role s {}");
    assert_eq!(found, vec![("@".into(), "unexpected character `@`".into())]);
}
