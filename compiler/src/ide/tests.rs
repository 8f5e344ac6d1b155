//! Unit tests of the IDE layer on in-memory fixtures (`$0` marks the cursor).

use super::test_support::{Fixture, fixture};
use crate::text::{ColumnUnit, LineIndex, TextRange};

const ROLES: &str = "//- roles.aims\nrole ciso \"CISO\"\nrole dpo \"DPO\"\n";

fn labels(items: &[super::CompletionItem]) -> Vec<String> {
    items.iter().map(|i| i.label.clone()).collect()
}

#[test]
fn completion_knows_the_field_inside_a_list_after_a_comma() {
    let f = fixture(&format!(
        "{ROLES}//- main.aims\ncontrol c {{\n  owner: ciso\n  status: planned\n  satisfies: [iso42001.A.2.2, iso42001.A.5.$0]\n}}\n"
    ));
    let items = f.analysis().completions(&f.file, f.offset).unwrap();
    assert_eq!(
        labels(&items),
        [
            "iso42001.A.5.2",
            "iso42001.A.5.3",
            "iso42001.A.5.4",
            "iso42001.A.5.5"
        ]
    );
    // The typed prefix is replaced.
    assert_eq!(items[0].replace.len(), "iso42001.A.5.".len());
}

#[test]
fn completion_offers_frameworks_before_a_dot_and_only_missing_fields() {
    let f = fixture("control c {\n  satisfies: [iso$0]\n}\n");
    let items = f.analysis().completions(&f.file, f.offset).unwrap();
    assert!(
        labels(&items).contains(&"iso42001.".to_owned()),
        "{:?}",
        labels(&items)
    );
    let f = fixture("control c {\n  owner: x\n  $0\n}\n");
    let items = f.analysis().completions(&f.file, f.offset).unwrap();
    assert_eq!(
        labels(&items),
        [
            "status",
            "satisfies",
            "evidence",
            "relies_on",
            "description"
        ]
    );
}

#[test]
fn completion_filters_references_by_kind() {
    let f = fixture(&format!(
        "{ROLES}//- main.aims\nevidence e1 {{ date: 2026-01-01 }}\ncontrol c {{\n  owner: ciso\n  evidence: [$0]\n}}\n"
    ));
    let items = f.analysis().completions(&f.file, f.offset).unwrap();
    assert_eq!(labels(&items), ["e1"]);
}

#[test]
fn rename_refuses_requirements_and_renames_user_frameworks_everywhere() {
    let f = fixture("control c {\n  satisfies: [iso42001.A.2$0.2]\n}\n");
    let refused = f.analysis().prepare_rename(&f.file, f.offset).unwrap();
    assert!(refused.is_err());
    let f = fixture(
        "//- fw.aims\nframework in$0house \"In-house\" {\n  control X.1 \"One\"\n}\n//- main.aims\ncontrol c {\n  satisfies: [inhouse.X.1]\n}\nexclude inhouse.X.1 { reason: \"n/a\" }\n",
    );
    let edits = f
        .analysis()
        .rename(&f.file, f.offset, "ours")
        .unwrap()
        .unwrap();
    let mut shown: Vec<String> = edits
        .iter()
        .map(|(r, t)| format!("{}@{}..{}={t}", r.file, r.range.start, r.range.end))
        .collect();
    shown.sort();
    assert_eq!(shown.len(), 3, "{shown:?}");
    assert!(shown.iter().all(|s| s.ends_with("=ours")));
}

#[test]
fn definition_of_a_requirement_goes_into_the_built_in_catalogue() {
    let f = fixture("control c {\n  satisfies: [iso42001.A.6.2$0.4]\n}\n");
    let targets = f.analysis().definition(&f.file, f.offset).unwrap();
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].file, "<builtin>/iso42001.aims");
    let host_text = f.host.file_text("<builtin>/iso42001.aims").unwrap();
    assert_eq!(&host_text[targets[0].focus.range()], "A.6.2.4");
}

#[test]
fn hover_on_a_group_says_it_is_not_a_requirement() {
    let f = fixture("exclude iso42001.A.$06 { reason: \"x\" }\n");
    let hover = f.analysis().hover(&f.file, f.offset).unwrap().unwrap();
    assert!(
        hover.markdown.contains("not itself a requirement"),
        "{}",
        hover.markdown
    );
}

/// The text the "Add the missing fields" action inserts at the fixture's cursor.
fn added_fields(f: &Fixture) -> String {
    let actions = f
        .analysis()
        .code_actions(&f.file, TextRange::empty(f.offset))
        .unwrap();
    let add = actions
        .iter()
        .find(|a| a.title.starts_with("Add the missing"))
        .unwrap();
    add.edits[0].new_text.clone()
}

#[test]
fn missing_fields_are_added_in_one_line_bodies_and_without_a_body() {
    let f = fixture(&format!(
        "{ROLES}//- main.aims\ncontrol c$0 {{ status: planned }}\n"
    ));
    assert_eq!(added_fields(&f), ", owner: ciso");
    assert_eq!(
        added_fields(&fixture("evidence e$0\n")),
        " {\n  date: 2026-11-28\n}"
    );
}

#[test]
fn folding_and_coverage() {
    let f = fixture(
        "// one\n// two\ncontrol c {\n  owner: x\n  status: planned\n  satisfies: [iso42001.A.2.2]\n}\n",
    );
    let folds = f.analysis().folding_ranges(&f.file).unwrap();
    assert_eq!(folds.len(), 2, "{folds:?}");
    let f = fixture(
        "certification c {\n  framework: iso42001\n  status: planned\n}\ncontrol k {\n  owner: x\n  status: planned\n  satisfies: [iso42001.A.2.2]\n}\n",
    );
    let lenses = f.analysis().code_lenses(&f.file).unwrap();
    // Planned: partial, not covered.
    let title = &lenses[0].title;
    assert!(
        title.starts_with("ISO/IEC 42001: 0/38 controls, 0/"),
        "{title}"
    );
    assert!(title.contains(" covered · 1 partial · "), "{title}");
}

/// Every semantic token of `f`'s file, one a line: `line:column "text" kind`, one-based,
/// with its modifiers after a `+`.
fn shown_tokens(f: &Fixture) -> String {
    let text = f.host.file_text(&f.file).unwrap().to_owned();
    let index = LineIndex::new(&text);
    let mut out = String::new();
    for token in f.analysis().semantic_tokens(&f.file).unwrap() {
        let at = index.line_col(token.range.start as usize, ColumnUnit::Char);
        let modifiers: String = token.modifiers.iter().map(|m| format!(" +{m:?}")).collect();
        out.push_str(&format!(
            "{}:{} {:?} {:?}{modifiers}\n",
            at.line + 1,
            at.col + 1,
            &text[token.range.range()],
            token.kind,
        ));
    }
    out
}

#[test]
fn semantic_tokens_of_a_control() {
    let f = fixture(
        "/// The policy.\ncontrol c \"Policy\" {\n  owner: x\n  status: planned\n  satisfies: [iso42001.A.2.2]\n  review_every: 12 months\n}\n// done\n",
    );
    insta::assert_snapshot!(shown_tokens(&f), @r#"
    1:1 "/// The policy." Comment +Documentation
    2:1 "control" Keyword
    2:9 "c" Type +Declaration
    2:11 "\"Policy\"" String
    3:3 "owner" Property
    3:10 "x" Variable
    4:3 "status" Property
    4:11 "planned" EnumMember
    5:3 "satisfies" Property
    5:15 "iso42001.A.2.2" Namespace
    6:3 "review_every" Property
    6:17 "12" Number
    6:20 "months" Keyword
    8:1 "// done" Comment
    "#);
}

#[test]
fn nothing_is_completed_inside_comments_and_strings() {
    for text in [
        "control c {\n  // a note $0\n}\n",
        "control c {\n  description: \"some words $0\"\n}\n",
        "control c {\n  description: \"unfinished $0\n}\n",
        "// top level $0\n",
    ] {
        let f = fixture(text);
        let items = f.analysis().completions(&f.file, f.offset).unwrap();
        assert!(items.is_empty(), "{text:?} gave {:?}", labels(&items));
    }
}
