//! Comparisons the organisation draws between itself and others: "Keel vs a
//! typical vendor: SOC 2 compliant", a table with a column for "Us" and one
//! for "Them", a row whose cells say "Northwind: Yes" and "Competitor: No".
//!
//! The organisation writes these pages about itself, so what its own side
//! says is its claim, and what the other side says is nobody's claim about
//! it. The reader would otherwise take the other party named in the label as
//! the subject of the statuses after it, or read the other column's answer
//! as the organisation's. This module finds the organisation's side of each
//! layout and sets the other side aside before the clauses are read.

use std::ops::Range;

use crate::prose::sentences::{self, Token, TokenKind};
use crate::prose::subjects::NameSets;
use crate::prose::tables;
use crate::prose::units::Unit;

/// Words that set the two sides of a comparison apart: "Keel vs a typical
/// vendor", "Us versus them".
const VERSUS: &[&str] = &["vs", "versus", "v"];

/// Words that open a comparison with a verb: "Keel compared with others",
/// "Meridian against the alternatives".
const COMPARED: &[&str] = &["compared", "comparing", "against"];

/// Words that name the organisation in the first person on its own side.
const OWN_WORDS: &[&str] = &["we", "us", "our", "ours"];

/// Most words a comparison label has before its colon.
const LABEL_WORDS: usize = 10;

/// Words of a column header or cell label that name the other side of a
/// comparison: "Them", "Typical vendor", "Other providers", "Legacy tools".
const OTHER_SIDE: &[&str] = &[
    "them",
    "they",
    "theirs",
    "other",
    "others",
    "competitor",
    "competitors",
    "competition",
    "alternative",
    "alternatives",
    "rival",
    "rivals",
    "typical",
    "vendor",
    "vendors",
    "provider",
    "providers",
    "supplier",
    "suppliers",
    "legacy",
    "incumbent",
    "incumbents",
    "traditional",
    "average",
    "industry",
    "generic",
    "tools",
    "solutions",
    "platforms",
];

/// "Keel vs a typical robot vendor: SOC 2 compliant": in a label that sets
/// the organisation against another party before a colon, the other party
/// is not the subject of what follows, so its words are read as a label's.
/// A label with the other party first ("Typical vendor vs Keel:") says
/// nothing of whose the statuses are, and stays as it is.
pub fn own_side_label(tokens: &mut [Token], names: &NameSets) {
    let Some(colon) = sentences::label_colon(tokens, LABEL_WORDS + 2) else {
        return;
    };
    let Some(split) = tokens[..colon].iter().position(|t| {
        t.kind == TokenKind::Word
            && (VERSUS.contains(&t.norm.as_str()) || COMPARED.contains(&t.norm.as_str()))
    }) else {
        return;
    };
    if split == 0
        || split + 1 >= colon
        || colon + 1 >= tokens.len()
        || tokens[..colon]
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Mention(_)))
        || !names_own_side(&tokens[..split], names)
    {
        return;
    }
    for t in &mut tokens[split..colon] {
        if t.kind == TokenKind::Word {
            t.norm = "answer".to_string();
        }
    }
}

/// True when `tokens` name the organisation and nothing else: its name, or
/// "we", "us", "our team".
fn names_own_side(tokens: &[Token], names: &NameSets) -> bool {
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind == TokenKind::Word)
        .collect();
    let named = NameSets::find(&names.org, tokens, 0..tokens.len());
    let in_name = |i: usize| named.iter().any(|&(a, b)| a <= i && i < b);
    let first_person = words
        .first()
        .is_some_and(|&i| OWN_WORDS.contains(&tokens[i].norm.as_str()))
        && words.len() <= 3;
    !words.is_empty() && (first_person || words.iter().all(|&i| in_name(i)))
}

/// The side a header cell or cell label names: the organisation's, the
/// other party's, or neither.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Own,
    Other,
    Neither,
}

fn side_of(text: &str, names: &NameSets) -> Side {
    let tokens = sentences::tokenize(text, 0..text.len(), &[]);
    if tokens.iter().all(|t| t.kind != TokenKind::Word) {
        return Side::Neither;
    }
    if names_own_side(&tokens, names) {
        return Side::Own;
    }
    let other = tokens
        .iter()
        .any(|t| t.kind == TokenKind::Word && OTHER_SIDE.contains(&t.norm.as_str()));
    if other { Side::Other } else { Side::Neither }
}

/// The units with the other side of every comparison table cut out: under a
/// header with a column for the organisation ("Us", "Keel") and one for
/// another party ("Them", "Typical vendor"), the other party's cells; and in
/// a row whose cells are labelled by party ("Northwind: Yes | Competitor:
/// No"), the cells labelled for the other party.
pub fn keep_own_side(units: Vec<Unit>, names: &NameSets) -> Vec<Unit> {
    tables::rewrite_rows(
        units,
        |header| other_columns_of(header, names),
        |row, other_columns| {
            let cells = tables::cells(&row.text);
            let cut = match other_columns {
                Some(columns) if !columns.is_empty() => columns.clone(),
                // The header itself stays whole.
                None if !other_columns_of(&row, names).is_empty() => return row,
                _ => other_labelled_cells(&row, &cells, names),
            };
            tables::cut_cells(&row, &cells, &cut)
        },
    )
}

/// The columns after the first that a header gives the other party, when
/// another column after the first is the organisation's.
fn other_columns_of(header: &Unit, names: &NameSets) -> Vec<usize> {
    let sides: Vec<Side> = tables::cells(&header.text)
        .iter()
        .map(|c| side_of(header.text.get(c.clone()).unwrap_or(""), names))
        .collect();
    if !sides.iter().skip(1).any(|&s| s == Side::Own) {
        return Vec::new();
    }
    (1..sides.len())
        .filter(|&k| sides[k] == Side::Other)
        .collect()
}

/// The cells of a row labelled for the other party ("Competitor: No"), when
/// another cell is labelled for the organisation ("Northwind: Yes").
fn other_labelled_cells(row: &Unit, cells: &[Range<usize>], names: &NameSets) -> Vec<usize> {
    let sides: Vec<Side> = cells
        .iter()
        .map(|c| {
            let cell = row.text.get(c.clone()).unwrap_or("");
            cell.split_once(':')
                .filter(|(_, value)| !value.trim().is_empty())
                .map_or(Side::Neither, |(label, _)| side_of(label, names))
        })
        .collect();
    if !sides.contains(&Side::Own) {
        return Vec::new();
    }
    (0..sides.len())
        .filter(|&k| sides[k] == Side::Other)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prose::Names;
    use crate::prose::ProseFormat;
    use crate::prose::extract::extract;

    fn names() -> NameSets {
        NameSets::new(&Names {
            organisation: vec!["Keel Robotics Ltd".into(), "Keel".into()],
            suppliers: vec![],
            ..Default::default()
        })
    }

    fn rows(src: &str, format: ProseFormat) -> Vec<String> {
        keep_own_side(extract(src, format), &names())
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn the_other_sides_column_is_cut() {
        let md = "| | Them | Us |\n|---|---|---|\n| ISO 27001 | \u{2705} | \u{274c} |";
        assert_eq!(
            rows(md, ProseFormat::Markdown),
            vec!["| Them | Us", "ISO 27001 | not Us \u{274c}"]
        );
        let md = "| Standard | Keel | Typical vendor |\n|---|---|---|\n| SOC 2 | Planned | Held |";
        assert_eq!(rows(md, ProseFormat::Markdown)[1], "SOC 2 | Planned");
    }

    #[test]
    fn a_table_without_the_organisations_column_is_left_alone() {
        let md = "| Standard | Us | Notes |\n|---|---|---|\n| SOC 2 | Planned | vendors ask |";
        assert_eq!(
            rows(md, ProseFormat::Markdown)[1],
            "SOC 2 | Planned | vendors ask"
        );
        let md = "| Standard | Vendor A | Vendor B |\n|---|---|---|\n| SOC 2 | Yes | No |";
        assert_eq!(
            rows(md, ProseFormat::Markdown)[1],
            "SOC 2 | Vendor A \u{2705} | not Vendor B \u{274c}"
        );
    }

    #[test]
    fn cells_labelled_for_the_other_side_are_cut() {
        let html = "<table><tr><td>SOC 2</td><td>Keel: planned</td><td>Most rivals: held</td></tr></table>";
        assert_eq!(rows(html, ProseFormat::Html), vec!["SOC 2 | Keel: planned"]);
        // Without a cell for the organisation, nothing is cut.
        let html = "<table><tr><td>SOC 2</td><td>Competitor: held</td></tr></table>";
        assert_eq!(
            rows(html, ProseFormat::Html),
            vec!["SOC 2 | Competitor: held"]
        );
    }
}
