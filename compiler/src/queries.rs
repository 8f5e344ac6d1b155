//! The tracked queries: everything derived from the inputs, memoised by salsa.
//!
//! The chain for one file is `parse` → `file_symbols`/`file_references` (no
//! positions) → `check_file`. Workspace-wide summaries (`symbol_table`, `catalogue`,
//! `referenced_names`) are built from the position-free parts, so an edit that only
//! moves text inside one file leaves them equal and other files' checks are reused.
//!
//! Whole-workspace rules follow the same idea: `file_summary` (declarations with
//! locators instead of ranges, without titles, and each control's `satisfies` list
//! kept apart) → `file_rule_declarations` → `summary` → `declaration_rule_diagnostics`;
//! the `satisfies` lists become `file_claims` → `framework_claims` (per framework)
//! → `framework_coverage` (per framework) → `coverage` → `coverage_rule_diagnostics`.
//! A `satisfies` edit thus re-runs the coverage of the frameworks it touches and
//! the rules that read coverage, and nothing else. `workspace_wide_diagnostics`
//! turns their locators into byte ranges with `file_positions`. The editor and
//! the trust page read `model`, built the same way from `file_declarations`, which
//! keeps titles and `satisfies` lists; reports read `summary` and take those two
//! from the trees (`report::declarations`).

use std::collections::BTreeMap;
use std::sync::Arc;

use smol_str::SmolStr;

use crate::db::{Db, Origin, RootDatabase, SourceFile, Workspace};
use crate::diagnostics::{self, Diagnostic};
use crate::fast_hash::{FastMap, FastSet};
use crate::semantic::catalogue::Catalogue;
use crate::semantic::check_file::FileContext;
use crate::semantic::coverage::{Coverage, CoverageInputs, FrameworkCoverage, State};
use crate::semantic::model::Model;
use crate::semantic::satisfies::Claims;
use crate::semantic::summary::{
    Detail, Positions, RuleSummary, resolve_diagnostic, summarise, summarise_for_rules,
};
use crate::semantic::symbols::{self, Symbol, SymbolTable};
use crate::semantic::workspace_rules::{self, CoverageContext, WorkspaceContext};
use crate::syntax::ast::Item;
use crate::syntax::{self, Parse};
use crate::text::LineIndex;

/// The syntax tree of one file. Only the most recently used trees are kept (an LRU,
/// as rust-analyzer does): after a file is summarised, checked and located, the
/// queries built on its tree stay valid without it, and a tree is parsed again
/// only when its file changes or an editor feature reads it.
#[salsa::tracked(returns(ref), lru = 64)]
pub fn parse(db: &dyn Db, file: SourceFile) -> Parse {
    syntax::parse_text(file.text(db))
}

/// Keeps every parse tree for as long as the database lives, for a command that
/// checks a workspace once and exits: with the LRU, a tree evicted between loading
/// and checking was parsed twice.
pub fn keep_every_tree(db: &mut dyn Db) {
    parse::set_lru_capacity(db, 0);
}

/// Computes the position-free per-file queries of one spec file (parsing it on the
/// way), which the whole-workspace summaries gather. `parallel` runs it per file.
pub fn summarise_file(db: &RootDatabase, file: SourceFile) {
    file_symbols(db, file);
    file_references(db, file);
    file_catalogue(db, file);
    if file.origin(db) == Origin::Spec {
        file_summary(db, file);
    }
}

/// Computes one user spec file's own diagnostics and the positions that locate the
/// workspace rules' diagnostics in it. `parallel` runs it per file.
pub fn check_file_and_locate(db: &RootDatabase, file: SourceFile) {
    file_diagnostics(db, file);
    file_positions(db, file);
}

#[salsa::tracked(returns(ref))]
pub fn line_index(db: &dyn Db, file: SourceFile) -> LineIndex {
    LineIndex::new(file.text(db))
}

#[salsa::tracked(returns(ref))]
pub fn file_symbols(db: &dyn Db, file: SourceFile) -> Vec<Symbol> {
    symbols::file_symbols(&parse(db, file).tree)
}

#[salsa::tracked(returns(ref))]
pub fn file_references(db: &dyn Db, file: SourceFile) -> FastSet<SmolStr> {
    symbols::file_references(&parse(db, file).tree)
}

/// The spec files (built-in and user), not prose.
pub fn spec_files(db: &dyn Db, workspace: Workspace) -> impl Iterator<Item = SourceFile> + '_ {
    workspace
        .files(db)
        .iter()
        .copied()
        .filter(move |f| f.origin(db) != Origin::Prose)
}

#[salsa::tracked(returns(ref))]
pub fn symbol_table(db: &dyn Db, workspace: Workspace) -> SymbolTable {
    let mut table = SymbolTable::default();
    for file in spec_files(db, workspace) {
        table.add(file.path(db), file_symbols(db, file));
    }
    table
}

/// A position-free digest of a file's catalogue declarations, so the catalogue is
/// rebuilt only when a framework or crosswalk really changes.
#[salsa::tracked(returns(ref))]
pub fn file_catalogue(db: &dyn Db, file: SourceFile) -> Catalogue {
    let mut catalogue = Catalogue::default();
    catalogue.add_file(file.path(db), &parse(db, file).tree);
    catalogue
}

#[salsa::tracked(returns(ref))]
pub fn catalogue(db: &dyn Db, workspace: Workspace) -> Catalogue {
    let mut catalogue = Catalogue::default();
    // Built-in catalogues first, so a user's framework cannot replace one.
    let mut files: Vec<SourceFile> = spec_files(db, workspace).collect();
    files.sort_by_key(|f| f.origin(db));
    for file in files {
        let part = file_catalogue(db, file);
        for (name, framework) in &part.frameworks {
            catalogue
                .frameworks
                .entry(name.clone())
                .or_insert_with(|| framework.clone());
        }
        catalogue.crosswalks.extend(part.crosswalks.iter().cloned());
    }
    catalogue
}

#[salsa::tracked(returns(ref))]
pub fn referenced_names(db: &dyn Db, workspace: Workspace) -> FastSet<SmolStr> {
    let mut names = FastSet::default();
    for file in spec_files(db, workspace) {
        names.extend(file_references(db, file).iter().cloned());
    }
    names
}

/// The diagnostics that one file's text and the workspace summaries decide.
#[salsa::tracked(returns(ref))]
pub fn check_file(db: &dyn Db, file: SourceFile) -> Vec<Diagnostic> {
    let workspace = Workspace::get(db);
    let cx = FileContext {
        path: file.path(db),
        symbols: symbol_table(db, workspace),
        catalogue: catalogue(db, workspace),
        referenced: referenced_names(db, workspace),
        report_unused: file.origin(db) == Origin::Spec,
    };
    crate::semantic::check_file::check_file(parse(db, file), &cx)
}

/// One spec file's declarations as the whole-workspace rules read them: no byte
/// ranges (locators instead), no titles, no doc comments, and each control's
/// `satisfies` list kept apart. Moving text, or editing a title, leaves it equal,
/// so salsa re-runs no coverage and no workspace rule.
#[salsa::tracked(returns(ref))]
pub fn file_summary(db: &dyn Db, file: SourceFile) -> RuleSummary {
    summarise_for_rules(&parse(db, file).tree.items)
}

/// The declarations of `file_summary` alone: a `satisfies` edit leaves them equal,
/// so nothing that reads only declarations re-runs.
#[salsa::tracked(returns(ref))]
pub fn file_rule_declarations(db: &dyn Db, file: SourceFile) -> Vec<Arc<Item>> {
    file_summary(db, file).declarations.clone()
}

/// The claims of one file's controls on the catalogue's requirements, by framework.
#[salsa::tracked(returns(ref))]
pub fn file_claims(db: &dyn Db, file: SourceFile) -> BTreeMap<String, Claims> {
    crate::semantic::satisfies::file_claims(
        file.path(db),
        file_summary(db, file),
        catalogue(db, Workspace::get(db)),
    )
}

/// A framework's name as a key of the per-framework coverage queries.
#[salsa::interned(debug)]
pub struct FrameworkKey<'db> {
    #[returns(ref)]
    pub name: String,
}

/// Every user file's claims on one framework, in file order. Only the claims of
/// the edited file are new after an edit, and the others are shared, so this is
/// cheap to rebuild and equal (backdated) for the frameworks the edit left alone.
#[salsa::tracked(returns(ref))]
pub fn framework_claims<'db>(db: &'db dyn Db, framework: FrameworkKey<'db>) -> Vec<Claims> {
    let name = framework.name(db);
    user_spec_files(db, Workspace::get(db))
        .filter_map(|file| file_claims(db, file).get(name).cloned())
        .collect()
}

/// Whether each evidence record is current on the as-of date.
#[salsa::tracked(returns(ref))]
pub fn evidence_currency(db: &dyn Db, workspace: Workspace) -> FastMap<SmolStr, bool> {
    crate::semantic::coverage::evidence_currency(
        summary(db, workspace),
        workspace.settings(db).as_of,
    )
}

/// The direct state of each requirement of one framework that a control satisfies,
/// which the crosswalks of other frameworks read.
#[salsa::tracked(returns(ref))]
pub fn direct_states<'db>(
    db: &'db dyn Db,
    framework: FrameworkKey<'db>,
) -> FastMap<SmolStr, State> {
    crate::semantic::coverage::direct_states(
        framework_claims(db, framework),
        evidence_currency(db, Workspace::get(db)),
    )
}

/// The coverage of one framework; `None` for a name the catalogue does not have.
#[salsa::tracked]
pub fn framework_coverage<'db>(
    db: &'db dyn Db,
    framework: FrameworkKey<'db>,
) -> Option<Arc<FrameworkCoverage>> {
    let workspace = Workspace::get(db);
    let catalogue = catalogue(db, workspace);
    let inputs = CoverageInputs {
        model: summary(db, workspace),
        catalogue,
        evidence_current: evidence_currency(db, workspace),
        as_of: workspace.settings(db).as_of,
    };
    let direct = |other: &str, id: &str| {
        direct_states(db, FrameworkKey::new(db, other.to_owned()))
            .get(id)
            .copied()
    };
    Some(Arc::new(crate::semantic::coverage::framework_coverage(
        &inputs,
        catalogue.framework(framework.name(db))?,
        framework_claims(db, framework),
        &direct,
    )))
}

/// One spec file's declarations with titles and doc comments, still without byte
/// ranges: what the editor and the trust page read through `model`.
#[salsa::tracked(returns(ref))]
pub fn file_declarations(db: &dyn Db, file: SourceFile) -> Vec<Arc<Item>> {
    summarise(&parse(db, file).tree.items, Detail::Full)
}

/// The byte range behind each locator of one file: the one position query, asked
/// only to turn the workspace rules' diagnostics into ranges after they ran.
#[salsa::tracked(returns(ref))]
pub fn file_positions(db: &dyn Db, file: SourceFile) -> Positions {
    Positions::of(&parse(db, file).tree.items)
}

/// The user's spec files (no built-in catalogue, no prose).
pub fn user_spec_files(db: &dyn Db, workspace: Workspace) -> impl Iterator<Item = SourceFile> + '_ {
    spec_files(db, workspace).filter(move |f| f.origin(db) == Origin::Spec)
}

/// Every user declaration as the whole-workspace rules and coverage read it (see
/// `file_summary`), assembled without copying a tree.
#[salsa::tracked(returns(ref))]
pub fn summary(db: &dyn Db, workspace: Workspace) -> Model {
    let mut model = Model::with_capacity(
        user_spec_files(db, workspace)
            .map(|file| file_rule_declarations(db, file).len())
            .sum(),
    );
    for file in user_spec_files(db, workspace) {
        for item in file_rule_declarations(db, file) {
            model.push_shared(file.path(db), item.clone());
        }
    }
    model
}

/// Every user declaration with its title and doc comment, for the editor and the
/// trust page. Its ranges are locators, like the summary's.
#[salsa::tracked(returns(ref))]
pub fn model(db: &dyn Db, workspace: Workspace) -> Model {
    let mut model = Model::with_capacity(
        user_spec_files(db, workspace)
            .map(|file| file_declarations(db, file).len())
            .sum(),
    );
    for file in user_spec_files(db, workspace) {
        for item in file_declarations(db, file) {
            model.push_shared(file.path(db), item.clone());
        }
    }
    model
}

#[salsa::tracked(returns(ref))]
pub fn builtin_names(db: &dyn Db, workspace: Workspace) -> Vec<(String, String)> {
    spec_files(db, workspace)
        .filter(|f| f.origin(db) == Origin::Builtin)
        .flat_map(|f| {
            file_symbols(db, f)
                .iter()
                .map(move |s| (s.name.to_string(), f.path(db).clone()))
        })
        .collect()
}

/// The coverage of every framework on the workspace's as-of date, assembled from
/// the per-framework queries.
#[salsa::tracked(returns(ref))]
pub fn coverage(db: &dyn Db, workspace: Workspace) -> Coverage {
    let frameworks = catalogue(db, workspace)
        .frameworks
        .keys()
        .filter_map(|name| {
            let key = FrameworkKey::new(db, name.clone());
            Some((name.clone(), framework_coverage(db, key).clone()?))
        })
        .collect();
    Coverage {
        as_of: Some(workspace.settings(db).as_of),
        frameworks,
    }
}

fn workspace_context(db: &dyn Db, workspace: Workspace) -> WorkspaceContext<'_> {
    WorkspaceContext {
        model: summary(db, workspace),
        catalogue: catalogue(db, workspace),
        settings: workspace.settings(db),
        builtin_names: builtin_names(db, workspace),
    }
}

/// Diagnostics of the rules that read the declarations but not coverage, located
/// by locators (see `semantic::summary`): a `satisfies` edit re-runs none of them.
#[salsa::tracked(returns(ref))]
pub fn declaration_rule_diagnostics(db: &dyn Db, workspace: Workspace) -> Vec<Diagnostic> {
    workspace_rules::check_declarations(&workspace_context(db, workspace))
}

/// Diagnostics of the rules that read coverage, located by locators.
#[salsa::tracked(returns(ref))]
pub fn coverage_rule_diagnostics(db: &dyn Db, workspace: Workspace) -> Vec<Diagnostic> {
    workspace_rules::check_coverage(&CoverageContext {
        workspace: workspace_context(db, workspace),
        coverage: coverage(db, workspace),
    })
}

/// Turns the locators of diagnostics made from the summary into byte ranges, by the
/// positions of the files they point into (prose files hold no locators).
fn resolve_locators(db: &dyn Db, workspace: Workspace, diagnostics: &mut [Diagnostic]) {
    let files: std::collections::HashMap<&str, SourceFile> = user_spec_files(db, workspace)
        .map(|f| (f.path(db).as_str(), f))
        .collect();
    let mut positions_of = |path: &str| files.get(path).map(|&f| file_positions(db, f));
    for diagnostic in diagnostics {
        resolve_diagnostic(diagnostic, &mut positions_of);
    }
}

/// The names by which prose refers to the organisation and its suppliers. Editing
/// the spec elsewhere leaves them equal, so no prose is re-read.
#[salsa::tracked(returns(ref))]
pub fn prose_names(db: &dyn Db, workspace: Workspace) -> crate::prose::Names {
    crate::semantic::rules::publications::names(model(db, workspace))
}

/// The organisation's certificate numbers, by framework.
#[salsa::tracked(returns(ref))]
pub fn certificate_numbers(db: &dyn Db, workspace: Workspace) -> Vec<crate::prose::Alias> {
    crate::semantic::rules::publications::certificate_numbers(model(db, workspace))
}

/// The names one prose file is read with: the workspace's names and the
/// certificate numbers that occur in the file. A spec edit that changes a
/// number re-runs this cheap query for each file, but leaves its value equal,
/// and so re-reads no prose, unless the file gives that number.
#[salsa::tracked(returns(ref))]
pub fn prose_names_of(db: &dyn Db, file: SourceFile) -> crate::prose::Names {
    let workspace = Workspace::get(db);
    let text = file.text(db);
    let mut names = prose_names(db, workspace).clone();
    names.certificates = certificate_numbers(db, workspace)
        .iter()
        .filter(|c| crate::prose::names_a_certificate(&c.text, text))
        .cloned()
        .collect();
    names
}

/// The names of the frameworks in scope, made ready for the reader once per
/// catalogue: deriving their short forms and initials compares every alias
/// with every other, which no page should pay for again.
#[salsa::tracked(returns(ref))]
pub fn prose_frameworks(db: &dyn Db, workspace: Workspace) -> crate::prose::FrameworkNames {
    crate::prose::FrameworkNames::new(&crate::semantic::rules::publications::aliases(catalogue(
        db, workspace,
    )))
}

/// The status claims one prose file makes, memoised per file: editing the trust
/// page re-reads that page only, and editing the spec re-reads no prose unless
/// it renames the organisation or a supplier, or changes a certificate number
/// the page gives.
#[salsa::tracked(returns(ref))]
pub fn prose_claims(
    db: &dyn Db,
    file: SourceFile,
) -> Vec<crate::semantic::rules::publications::ProseClaim> {
    crate::semantic::rules::publications::claims_of(prose_mentions(db, file))
}

/// Every framework mention in one prose file with what the reader made of it:
/// subject, status and phrase (for hovers).
#[salsa::tracked(returns(ref))]
pub fn prose_mentions(db: &dyn Db, file: SourceFile) -> Vec<crate::prose::Mention> {
    let workspace = Workspace::get(db);
    crate::semantic::rules::publications::mentions(
        file.path(db),
        file.text(db),
        prose_frameworks(db, workspace),
        prose_names_of(db, file),
    )
}

/// Whether a prose-origin file is a publication (not `aims.toml`, which is loaded
/// as text for its diagnostics' sake).
fn is_publication(db: &dyn Db, file: SourceFile) -> bool {
    file.origin(db) == Origin::Prose && file.path(db) != crate::config::CONFIG_FILE
}

/// The claims of every publication compared with the spec (`claim-*`), unless
/// `check_prose = false`.
#[salsa::tracked(returns(ref))]
pub fn publication_diagnostics(db: &dyn Db, workspace: Workspace) -> Vec<Diagnostic> {
    if !workspace.settings(db).check_prose {
        return Vec::new();
    }
    let model = summary(db, workspace);
    let catalogue = catalogue(db, workspace);
    let mut out = Vec::new();
    for &file in workspace.files(db) {
        if !is_publication(db, file) {
            continue;
        }
        out.extend(crate::semantic::rules::publications::compare(
            model,
            catalogue,
            coverage(db, workspace),
            file.path(db),
            file.text(db),
            prose_claims(db, file),
            prose_mentions(db, file),
        ));
    }
    out
}

/// Everything to report for the workspace: per-file and workspace diagnostics of the
/// user's files, with `aims.toml` severity overrides applied, in display order.
#[salsa::tracked(returns(ref))]
pub fn all_diagnostics(db: &dyn Db, workspace: Workspace) -> Vec<Diagnostic> {
    let mut all: Vec<Diagnostic> = Vec::new();
    for file in spec_files(db, workspace) {
        if file.origin(db) == Origin::Spec {
            all.extend(file_diagnostics(db, file).iter().cloned());
        }
    }
    all.extend(workspace_wide_diagnostics(db, workspace).iter().cloned());
    diagnostics::sort(&mut all);
    all
}

/// One spec file's own diagnostics (`check_file`) with `aims.toml` severity overrides
/// applied, in display order.
#[salsa::tracked(returns(ref))]
pub fn file_diagnostics(db: &dyn Db, file: SourceFile) -> Vec<Diagnostic> {
    let workspace = Workspace::get(db);
    let mut own = apply_severity_overrides(workspace.settings(db), check_file(db, file).clone());
    diagnostics::sort(&mut own);
    own
}

/// The diagnostics of rules that read the whole workspace and of publications, with
/// `aims.toml` severity overrides applied, in display order.
#[salsa::tracked(returns(ref))]
pub fn workspace_wide_diagnostics(db: &dyn Db, workspace: Workspace) -> Vec<Diagnostic> {
    let mut wide: Vec<Diagnostic> = declaration_rule_diagnostics(db, workspace).clone();
    wide.extend(coverage_rule_diagnostics(db, workspace).iter().cloned());
    wide.extend(publication_diagnostics(db, workspace).iter().cloned());
    resolve_locators(db, workspace, &mut wide);
    let mut wide = apply_severity_overrides(workspace.settings(db), wide);
    diagnostics::sort(&mut wide);
    wide
}

/// The checks that read the file system (evidence files exist, match their hashes,
/// and do not link out of the workspace), with severity overrides applied. Not a
/// salsa query: salsa cannot see the disk change, so callers run it on every
/// request, after `all_diagnostics`. Empty when the workspace has no root folder.
pub fn disk_diagnostics(db: &dyn Db, workspace: Workspace) -> Vec<Diagnostic> {
    let Some(root) = workspace.root(db) else {
        return Vec::new();
    };
    let mut found =
        crate::semantic::rules::disk::check_disk(declarations_naming_files(db, workspace), root);
    if !found.is_empty() {
        resolve_locators(db, workspace, &mut found);
    }
    apply_severity_overrides(workspace.settings(db), found)
}

/// The declarations whose files the disk checks read: found again only when the
/// summary changes, so that `disk_diagnostics`, which runs on every request, visits
/// these few instead of every declaration.
#[salsa::tracked(returns(ref))]
pub fn declarations_naming_files(
    db: &dyn Db,
    workspace: Workspace,
) -> Vec<crate::semantic::model::Decl> {
    crate::semantic::rules::disk::declarations_naming_files(summary(db, workspace))
}

/// Applies `aims.toml`'s `[severity]` table: changes severities, drops what is `off`.
pub fn apply_severity_overrides(
    settings: &crate::config::Settings,
    all: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    all.into_iter()
        .filter_map(|mut d| {
            match settings.severity.get(d.code.name()) {
                Some(crate::config::SeverityOverride::Off) => return None,
                Some(crate::config::SeverityOverride::Set(s)) => d.severity = *s,
                None => {}
            }
            Some(d)
        })
        .collect()
}
