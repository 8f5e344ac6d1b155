//! The host/snapshot façade editors use: `AnalysisHost` owns the database and takes
//! changes; `Analysis` is a cheap snapshot (a database clone) that answers questions on
//! another thread.
//!
//! Salsa cancels outstanding snapshots when an input changes: a query running on a
//! snapshot unwinds with `salsa::Cancelled`. Every `Analysis` method catches that at
//! this one boundary and returns `Err(Cancelled)`, so callers retry or give up instead
//! of crashing. A setter waits until every snapshot is dropped, so callers must never
//! keep a snapshot while changing the host.

use std::path::PathBuf;

use salsa::Setter;

use crate::config::Settings;
use crate::db::{RootDatabase, SourceFile, Workspace};
use crate::diagnostics::Diagnostic;
use crate::ide;
use crate::queries;
use crate::semantic::catalogue::Catalogue;
use crate::semantic::coverage::Coverage;
use crate::semantic::model::Model;
use crate::text::{LineIndex, TextRange};
use crate::workspace::Project;

pub use crate::db::Origin;
pub use salsa::{CancellationToken, Cancelled};

/// A result that may be cut short by a newer change.
pub type Cancellable<T> = Result<T, Cancelled>;

/// The mutable side: the database and its inputs.
pub struct AnalysisHost {
    db: RootDatabase,
    workspace: Workspace,
    root: Option<PathBuf>,
    /// Problems found while loading (`aims.toml`, unreadable files).
    load_problems: Vec<Diagnostic>,
}

impl AnalysisHost {
    pub fn from_project(project: Project) -> AnalysisHost {
        AnalysisHost {
            db: project.db,
            workspace: project.workspace,
            root: project.root,
            load_problems: project.load_problems,
        }
    }

    /// An empty workspace (built-in catalogues only) with these settings.
    pub fn new(settings: Settings, root: Option<PathBuf>) -> AnalysisHost {
        AnalysisHost::from_project(Project::from_sources(settings, root, Vec::new()))
    }

    pub fn root(&self) -> Option<&PathBuf> {
        self.root.as_ref()
    }

    pub fn settings(&self) -> &Settings {
        self.workspace.settings(&self.db)
    }

    pub fn set_settings(&mut self, settings: Settings) {
        if self.workspace.settings(&self.db) != &settings {
            self.workspace.set_settings(&mut self.db).to(settings);
        }
    }

    pub fn set_load_problems(&mut self, problems: Vec<Diagnostic>) {
        self.load_problems = problems;
    }

    pub fn load_problems(&self) -> &[Diagnostic] {
        &self.load_problems
    }

    /// The workspace files with their origin.
    pub fn files(&self) -> Vec<(String, Origin)> {
        self.workspace
            .files(&self.db)
            .iter()
            .map(|f| (f.path(&self.db).clone(), f.origin(&self.db)))
            .collect()
    }

    fn file(&self, path: &str) -> Option<SourceFile> {
        self.workspace.file(&self.db, path)
    }

    pub fn file_text(&self, path: &str) -> Option<&str> {
        Some(self.file(path)?.text(&self.db).as_str())
    }

    /// Sets a file's text, adding the file if it is new. Equal text is not set again,
    /// so nothing is recomputed.
    pub fn set_file_text(&mut self, path: &str, text: &str, origin: Origin) {
        match self.file(path) {
            Some(file) => {
                if file.text(&self.db) != text {
                    file.set_text(&mut self.db).to(text.to_owned());
                }
                if file.origin(&self.db) != origin && file.origin(&self.db) != Origin::Builtin {
                    file.set_origin(&mut self.db).to(origin);
                }
            }
            None => {
                let file = SourceFile::new(&self.db, path.to_owned(), text.to_owned(), origin);
                let mut files = self.workspace.files(&self.db).clone();
                files.push(file);
                self.workspace.set_files(&mut self.db).to(files);
            }
        }
    }

    /// Removes a file from the workspace (built-in catalogues cannot be removed).
    pub fn remove_file(&mut self, path: &str) -> bool {
        let files = self.workspace.files(&self.db);
        let kept: Vec<SourceFile> = files
            .iter()
            .copied()
            .filter(|f| f.path(&self.db) != path || f.origin(&self.db) == Origin::Builtin)
            .collect();
        if kept.len() == files.len() {
            return false;
        }
        self.workspace.set_files(&mut self.db).to(kept);
        true
    }

    /// A snapshot for reading on another thread.
    pub fn snapshot(&self) -> Analysis {
        Analysis {
            db: self.db.clone(),
            load_problems: self.load_problems.clone(),
        }
    }
}

/// A read-only snapshot. Every method returns `Err(Cancelled)` if the host changed
/// while it ran.
pub struct Analysis {
    db: RootDatabase,
    load_problems: Vec<Diagnostic>,
}

impl Analysis {
    /// A snapshot of a loaded project, for a tool that reads once and changes nothing
    /// (the CLI): nothing cancels it.
    pub fn of_project(project: &Project) -> Analysis {
        Analysis {
            db: project.db.clone(),
            load_problems: project.load_problems.clone(),
        }
    }

    /// A snapshot of a workspace holding only the built-in catalogues.
    pub fn builtin() -> Analysis {
        AnalysisHost::new(Settings::new(jiff::civil::date(2000, 1, 1)), None).snapshot()
    }

    fn with_db<T>(&self, f: impl FnOnce(&RootDatabase) -> T) -> Cancellable<T> {
        Cancelled::catch(std::panic::AssertUnwindSafe(|| f(&self.db)))
    }

    /// Runs `f` on a spec file (built-in or user). Prose files and `aims.toml` have
    /// no AIMS syntax, so editor features answer nothing there.
    fn with_file<T: Default>(
        &self,
        path: &str,
        f: impl FnOnce(&RootDatabase, SourceFile) -> T,
    ) -> Cancellable<T> {
        self.with_db(|db| match ide::file_by_path(db, path) {
            Some(file) if file.origin(db) != Origin::Prose => f(db, file),
            _ => T::default(),
        })
    }

    /// Like `with_file`, for any file, prose included.
    fn with_any_file<T: Default>(
        &self,
        path: &str,
        f: impl FnOnce(&RootDatabase, SourceFile) -> T,
    ) -> Cancellable<T> {
        self.with_db(|db| match ide::file_by_path(db, path) {
            Some(file) => f(db, file),
            None => T::default(),
        })
    }

    /// A token that cancels this snapshot's running (and next) query, for a request
    /// the client no longer wants. The query then returns `Err(Cancelled::Local)`.
    pub fn cancellation_token(&self) -> CancellationToken {
        salsa::Database::cancellation_token(&self.db)
    }

    /// Every diagnostic of the workspace, in display order.
    pub fn diagnostics(&self) -> Cancellable<Vec<Diagnostic>> {
        self.with_db(|db| {
            let mut all = self.load_problems.clone();
            all.extend(
                queries::all_diagnostics(db, Workspace::get(db))
                    .iter()
                    .cloned(),
            );
            // Evidence files and hashes on disk: not tracked by salsa, so re-read
            // on every request (see `semantic::rules::disk`).
            all.extend(queries::disk_diagnostics(db, Workspace::get(db)));
            crate::diagnostics::sort(&mut all);
            all
        })
    }

    /// Every diagnostic of the workspace, in display order, and separately the ones
    /// that are not one file's own (workspace rules, publications, the disk, loading):
    /// an editor shows a file's own diagnostics at once after an edit and keeps the
    /// workspace-wide ones from the last full run until the next one is ready.
    pub fn diagnostics_by_scope(&self) -> Cancellable<(Vec<Diagnostic>, Vec<Diagnostic>)> {
        self.with_db(|db| {
            let workspace = Workspace::get(db);
            let mut all = self.load_problems.clone();
            all.extend(queries::all_diagnostics(db, workspace).iter().cloned());
            let disk = queries::disk_diagnostics(db, workspace);
            all.extend(disk.iter().cloned());
            crate::diagnostics::sort(&mut all);
            let mut wide = self.load_problems.clone();
            wide.extend(
                queries::workspace_wide_diagnostics(db, workspace)
                    .iter()
                    .cloned(),
            );
            wide.extend(disk);
            crate::diagnostics::sort(&mut wide);
            (all, wide)
        })
    }

    /// The diagnostics one spec file's own text decides (syntax, fields, names), with
    /// `aims.toml` severity overrides applied: what an edit to that file changes at
    /// once. Empty for prose files and files the workspace does not hold.
    pub fn file_diagnostics(&self, path: &str) -> Cancellable<Vec<Diagnostic>> {
        self.with_db(|db| match ide::file_by_path(db, path) {
            Some(file) if file.origin(db) == Origin::Spec => {
                queries::file_diagnostics(db, file).clone()
            }
            _ => Vec::new(),
        })
    }

    /// The workspace files with their origin.
    pub fn files(&self) -> Cancellable<Vec<(String, Origin)>> {
        self.with_db(|db| {
            Workspace::get(db)
                .files(db)
                .iter()
                .map(|f| (f.path(db).clone(), f.origin(db)))
                .collect()
        })
    }

    pub fn file_text(&self, path: &str) -> Cancellable<Option<String>> {
        self.with_any_file(path, |db, f| Some(f.text(db).clone()))
    }

    pub fn line_index(&self, path: &str) -> Cancellable<Option<LineIndex>> {
        self.with_any_file(path, |db, f| Some(queries::line_index(db, f).clone()))
    }

    pub fn settings(&self) -> Cancellable<Settings> {
        self.with_db(|db| Workspace::get(db).settings(db).clone())
    }

    /// The frameworks and crosswalks: the built-in catalogues and the workspace's own.
    pub fn catalogue(&self) -> Cancellable<Catalogue> {
        self.with_db(|db| queries::catalogue(db, Workspace::get(db)).clone())
    }

    /// The workspace's declarations, across files.
    pub fn model(&self) -> Cancellable<Model> {
        self.with_db(|db| queries::model(db, Workspace::get(db)).clone())
    }

    /// Every requirement's coverage state, per framework.
    pub fn coverage(&self) -> Cancellable<Coverage> {
        self.with_db(|db| queries::coverage(db, Workspace::get(db)).clone())
    }

    /// The hover at `offset`; in a publication, the reading of the framework
    /// mention under the cursor.
    pub fn hover(&self, path: &str, offset: usize) -> Cancellable<Option<ide::HoverResult>> {
        self.with_any_file(path, |db, f| ide::hover(db, f, offset))
    }

    pub fn definition(&self, path: &str, offset: usize) -> Cancellable<Vec<ide::NavTarget>> {
        self.with_file(path, |db, f| ide::definition(db, f, offset))
    }

    pub fn references(
        &self,
        path: &str,
        offset: usize,
        include_declaration: bool,
    ) -> Cancellable<Vec<ide::FileRange>> {
        self.with_file(path, |db, f| {
            ide::references(db, f, offset, include_declaration)
        })
    }

    /// Runs a rename step on a spec file; elsewhere there is nothing to rename.
    fn with_renamable_file<T>(
        &self,
        path: &str,
        f: impl FnOnce(&RootDatabase, SourceFile) -> Result<T, ide::RenameError>,
    ) -> Cancellable<Result<T, ide::RenameError>> {
        self.with_db(|db| match ide::file_by_path(db, path) {
            Some(file) if file.origin(db) != Origin::Prose => f(db, file),
            _ => Err(ide::RenameError(
                "there is nothing to rename in this file".into(),
            )),
        })
    }

    pub fn prepare_rename(
        &self,
        path: &str,
        offset: usize,
    ) -> Cancellable<Result<TextRange, ide::RenameError>> {
        self.with_renamable_file(path, |db, f| ide::prepare_rename(db, f, offset))
    }

    pub fn rename(
        &self,
        path: &str,
        offset: usize,
        new_name: &str,
    ) -> Cancellable<Result<Vec<(ide::FileRange, String)>, ide::RenameError>> {
        self.with_renamable_file(path, |db, f| ide::rename(db, f, offset, new_name))
    }

    pub fn completions(&self, path: &str, offset: usize) -> Cancellable<Vec<ide::CompletionItem>> {
        self.with_file(path, |db, f| ide::completions(db, f, offset))
    }

    pub fn document_symbols(&self, path: &str) -> Cancellable<Vec<ide::DocumentSymbol>> {
        self.with_file(path, |db, f| ide::document_symbols(db, f))
    }

    pub fn workspace_symbols(
        &self,
        query: &str,
        limit: usize,
    ) -> Cancellable<Vec<ide::WorkspaceSymbol>> {
        self.with_db(|db| ide::workspace_symbols(db, query, limit))
    }

    pub fn semantic_tokens(&self, path: &str) -> Cancellable<Vec<ide::SemanticToken>> {
        self.with_file(path, |db, f| ide::semantic_tokens(db, f))
    }

    pub fn folding_ranges(&self, path: &str) -> Cancellable<Vec<ide::Fold>> {
        self.with_file(path, |db, f| ide::folding_ranges(db, f))
    }

    pub fn inlay_hints(&self, path: &str, range: TextRange) -> Cancellable<Vec<ide::InlayHint>> {
        self.with_file(path, |db, f| ide::inlay_hints(db, f, range))
    }

    pub fn code_lenses(&self, path: &str) -> Cancellable<Vec<ide::CodeLens>> {
        self.with_file(path, |db, f| ide::code_lenses(db, f))
    }

    /// The file's text in the canonical layout of `aims fmt`, or why it cannot be
    /// formatted. `None` for files that are not the user's specs (built-in
    /// catalogues, prose).
    pub fn format(
        &self,
        path: &str,
    ) -> Cancellable<Option<Result<String, crate::format::FormatError>>> {
        self.with_file(path, |db, f| {
            (f.origin(db) == Origin::Spec).then(|| crate::format::format_text(f.text(db)))
        })
    }

    pub fn code_actions(&self, path: &str, range: TextRange) -> Cancellable<Vec<ide::CodeAction>> {
        let diagnostics = self.diagnostics()?;
        self.with_any_file(path, |db, f| ide::code_actions(db, f, range, &diagnostics))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> AnalysisHost {
        let mut host = AnalysisHost::new(Settings::new(jiff::civil::date(2026, 11, 28)), None);
        host.set_file_text(
            "a.aims",
            "role r \"R\"\ncontrol c { owner: r, status: planned }\n",
            Origin::Spec,
        );
        host
    }

    #[test]
    fn a_write_cancels_reads_on_older_snapshots() {
        let mut host = host();
        let snapshot = host.snapshot();
        assert!(snapshot.diagnostics().is_ok());
        // The reader keeps asking until the pending write cancels it; the write waits
        // until the reader drops its snapshot. No timing is involved.
        let reader = std::thread::spawn(move || {
            loop {
                if let Err(cancelled) = snapshot.diagnostics() {
                    return cancelled;
                }
            }
        });
        host.set_file_text("a.aims", "role r2\n", Origin::Spec);
        let cancelled = reader.join().expect("reader thread");
        assert!(
            matches!(cancelled, Cancelled::PendingWrite),
            "{cancelled:?}"
        );
        let fresh = host.snapshot();
        assert_eq!(
            fresh.file_text("a.aims").unwrap().as_deref(),
            Some("role r2\n")
        );
    }

    #[test]
    fn a_cancelled_token_stops_the_snapshot_s_next_query() {
        let host = host();
        let snapshot = host.snapshot();
        snapshot.cancellation_token().cancel();
        assert!(matches!(snapshot.diagnostics(), Err(Cancelled::Local)));
        // Other snapshots are not affected.
        assert!(host.snapshot().diagnostics().is_ok());
    }

    #[test]
    fn setting_equal_text_or_settings_starts_no_new_revision() {
        let mut host = host();
        let snapshot = host.snapshot();
        // Equal values are not set, so this does not wait for the snapshot to drop.
        host.set_file_text(
            "a.aims",
            "role r \"R\"\ncontrol c { owner: r, status: planned }\n",
            Origin::Spec,
        );
        let settings = host.settings().clone();
        host.set_settings(settings);
        assert!(snapshot.diagnostics().is_ok());
        drop(snapshot);
        assert!(host.remove_file("a.aims"));
        assert!(!host.remove_file("a.aims"));
        assert!(
            !host.remove_file("<builtin>/iso42001.aims"),
            "built-ins cannot be removed"
        );
    }
}
