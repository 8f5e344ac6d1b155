//! Whose facts a record gives: a table's role column, a clause opened by
//! "both" after a semicolon, and the field lines under a label that names a
//! supplier ("Supplier: Hetzner" over "ISO 27001 certificate: current").

use super::{A, with_names};
use crate::prose::{ProseFormat, Subject};

const ORG: Option<Subject> = Some(Subject::Organisation);
const SUPPLIER: Option<Subject> = Some(Subject::Supplier);

#[test]
fn a_role_column_does_not_make_the_organisation_a_supplier() {
    let got = with_names(
        "| Party | Role | Assurance |\n|---|---|---|\n| Northwind Analytics Ltd | Processor | Cyber Essentials Plus \u{2714} |\n| Amazon Web Services | Sub-processor (hosting) | ISO 27001 \u{2714} |",
        ProseFormat::Markdown,
    );
    assert_eq!(got[0].1, Some(A), "{got:?}");
    assert_eq!(got[0].2, ORG);
    assert_eq!(got[1].2, SUPPLIER, "{got:?}");
}

#[test]
fn both_after_a_semicolon_are_the_parties_named_before() {
    let got = with_names(
        "Production runs on AWS and the backup site is Equinix LD8; both hold ISO 27001.",
        ProseFormat::Text,
    );
    assert_ne!(got[0].2, ORG, "{got:?}");
    // Near miss: "both" after a comma is no subject of its own.
    let got = with_names(
        "We hold Cyber Essentials and ISO 27001, both renewed this year.",
        ProseFormat::Text,
    );
    assert!(got.iter().all(|m| m.2 == ORG), "{got:?}");
}

#[test]
fn field_lines_under_a_supplier_label_are_the_suppliers() {
    let got = with_names(
        "Supplier review\nSupplier: Equinix (backup colocation)\nISO 27001 certificate: current, noted",
        ProseFormat::Text,
    );
    assert_eq!(got[0].2, SUPPLIER, "{got:?}");
    let got = with_names(
        "Supplier review complete: Equinix (LD8). ISO/IEC 27001 certificate and SOC 2 report checked, both current.",
        ProseFormat::Text,
    );
    assert!(got.iter().all(|m| m.2 == SUPPLIER), "{got:?}");
    // Near misses: the organisation as the supplier, a field of its own
    // record, and a line that names it after the supplier's.
    let got = with_names(
        "Supplier: Northwind Analytics\nISO 27001 certificate: current",
        ProseFormat::Text,
    );
    assert_eq!(got[0].2, ORG, "{got:?}");
    let got = with_names(
        "Supplier type: SaaS\nISO 27001 certificate: current",
        ProseFormat::Text,
    );
    assert_eq!(got[0].2, ORG, "{got:?}");
    let got = with_names(
        "Certified sub-processor: Equinix (ISO 27001). Northwind passed its ISO 27001 audit in 2026.",
        ProseFormat::Text,
    );
    assert_eq!(got[0].2, SUPPLIER, "{got:?}");
    assert_eq!(got[1].2, ORG, "{got:?}");
}
