//! The server's state: workspace roots (each with its own database), open documents,
//! the negotiated encoding, client capabilities and settings.
//!
//! Only salsa *input* handles live here (inside each `AnalysisHost`); snapshots are
//! taken under the lock and moved straight into blocking tasks.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};

use aims::analysis::{Analysis, AnalysisHost};
use aims::catalog::{BUILTIN_FILES, BUILTIN_PREFIX, is_builtin};
use aims::config::Settings;
use aims::db::Origin;
use aims::text::ColumnUnit;
use aims::workspace::{Project, relative_path};
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::settings::{ClientConfig, today};

/// What the client said it can do, reduced to what the server uses.
#[derive(Clone, Debug, Default)]
pub struct ClientCaps {
    pub pull_diagnostics: bool,
    pub diagnostic_refresh: bool,
    pub configuration: bool,
    pub watched_files_registration: bool,
}

/// Maps a root's workspace paths to URIs. Cheap to clone into blocking tasks.
#[derive(Clone, Debug)]
pub struct PathMap {
    pub dir: Option<PathBuf>,
    pub builtin_dir: PathBuf,
}

impl PathMap {
    /// The URI of a workspace path. Built-in catalogues are written (once, read-only)
    /// to a cache folder so that every editor can open them as ordinary files.
    pub fn uri(&self, path: &str) -> Option<Uri> {
        if is_builtin(path) {
            let name = path.strip_prefix(BUILTIN_PREFIX)?;
            let file = materialize_builtin(&self.builtin_dir, name)?;
            return Uri::from_file_path(file);
        }
        match &self.dir {
            Some(dir) => Uri::from_file_path(dir.join(path)),
            None => path.parse().ok(),
        }
    }
}

/// The local path of a `file:` URI; `None` for other schemes (`untitled:`, …).
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.as_str().starts_with("file:") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

/// Where built-in catalogues are written for editors to open.
pub fn builtin_dir() -> PathBuf {
    std::env::temp_dir()
        .join(format!("aims-lsp-{}", env!("CARGO_PKG_VERSION")))
        .join("builtin")
}

fn materialize_builtin(dir: &Path, name: &str) -> Option<PathBuf> {
    let (_, text) = BUILTIN_FILES
        .iter()
        .find(|(p, _)| p.strip_prefix(BUILTIN_PREFIX) == Some(name))?;
    let target = dir.join(name);
    // Written once per process; later calls only build the path.
    static WRITTEN: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let mut written = WRITTEN.lock().unwrap_or_else(|e| e.into_inner());
    if written.contains(&target) {
        return Some(target);
    }
    if std::fs::read_to_string(&target).is_ok_and(|t| t == *text) {
        written.push(target.clone());
        return Some(target);
    }
    std::fs::create_dir_all(dir).ok()?;
    // Write to a private file and rename, so readers never see half a file.
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&temp, text).ok()?;
    if let Ok(meta) = std::fs::metadata(&temp) {
        let mut perms = meta.permissions();
        perms.set_readonly(true);
        let _ = std::fs::set_permissions(&temp, perms);
    }
    if std::fs::rename(&temp, &target).is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.push(target.clone());
    Some(target)
}

/// The folder to treat as the root for `path`: the nearest folder at or above it
/// with `aims.toml`, else the folder itself. Unlike `aims::workspace::find_root`, it
/// keeps the path as the editor wrote it (no symlinks resolved), so the URIs the
/// server publishes are the ones the editor has open.
pub fn root_for(path: &Path) -> PathBuf {
    let start = if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(path)
    };
    start
        .ancestors()
        .find(|dir| dir.join(aims::config::CONFIG_FILE).is_file())
        .unwrap_or(start)
        .to_path_buf()
}

/// One workspace root and its database.
pub struct RootState {
    pub paths: PathMap,
    pub host: AnalysisHost,
    /// Settings from `aims.toml`, before the editor's settings are applied.
    pub base: Settings,
    /// Bumped on every change; a diagnostics run publishes only if still current.
    pub generation: Arc<AtomicU64>,
    /// URIs that currently show diagnostics from this root, to clear stale ones.
    pub published: Arc<Mutex<HashSet<Uri>>>,
    /// The newest generation whose full diagnostics run has published.
    pub full_run_published: Arc<AtomicU64>,
    /// The workspace-wide diagnostics of the last full run, by workspace path.
    pub wide: KeptDiagnostics,
    /// The thread full diagnostics runs execute on.
    pub worker: crate::worker::Worker,
}

/// Workspace-wide diagnostics (coverage, claims, the disk) of the last full run, by
/// workspace path, already converted: shown with a file's own fresh diagnostics until
/// the next full run. `None` until the first full run.
pub type KeptDiagnostics = Arc<Mutex<Option<HashMap<String, Vec<lsp::Diagnostic>>>>>;

impl RootState {
    fn load(dir: Option<PathBuf>, config: &ClientConfig) -> RootState {
        let (host, base) = match &dir {
            Some(dir) => match Project::load(dir, None, today()) {
                Ok(project) => {
                    let base = project.settings().clone();
                    (AnalysisHost::from_project(project), base)
                }
                Err(error) => {
                    crate::log(format!(
                        "cannot load the workspace at {}: {error}",
                        dir.display()
                    ));
                    let base = Settings::new(today());
                    (AnalysisHost::new(base.clone(), Some(dir.clone())), base)
                }
            },
            None => {
                let base = Settings::new(today());
                (AnalysisHost::new(base.clone(), None), base)
            }
        };
        let mut root = RootState {
            paths: PathMap {
                dir,
                builtin_dir: builtin_dir(),
            },
            host,
            base,
            generation: Arc::new(AtomicU64::new(0)),
            published: Arc::new(Mutex::new(HashSet::new())),
            full_run_published: Arc::new(AtomicU64::new(0)),
            wide: Arc::new(Mutex::new(None)),
            worker: crate::worker::Worker::default(),
        };
        root.host.set_settings(config.apply(&root.base));
        root
    }
}

impl RootState {
    /// Re-reads settings from the text of `aims.toml` as it is being edited. Changes
    /// to catalogue folders or publication globs take effect when the file is saved
    /// and the folder reloaded.
    fn apply_config_text(&mut self, text: &str, config: &ClientConfig) {
        let mut base = Settings::new(today());
        let problems = aims::config::apply_config(text, &mut base);
        let mut all: Vec<aims::diagnostics::Diagnostic> = self
            .host
            .load_problems()
            .iter()
            .filter(|d| d.location.file != aims::config::CONFIG_FILE)
            .cloned()
            .collect();
        all.extend(problems);
        self.host.set_load_problems(all);
        self.base = base;
        self.host.set_settings(config.apply(&self.base));
    }
}

/// An open document.
#[derive(Clone, Debug)]
pub struct DocState {
    pub root: usize,
    pub path: String,
    pub version: i32,
}

pub struct Session {
    pub roots: Vec<RootState>,
    pub docs: HashMap<Uri, DocState>,
    pub encoding: ColumnUnit,
    pub caps: ClientCaps,
    pub config: ClientConfig,
    pub shut_down: bool,
    /// The document the last text change was made to, until a diagnostics run is
    /// scheduled for it (which publishes its own diagnostics at once).
    pub edited: Option<Uri>,
}

/// What a read needs, taken under the lock and moved into a blocking task.
pub struct ReadCx {
    pub analysis: Analysis,
    pub path: String,
    pub unit: ColumnUnit,
    pub paths: PathMap,
    /// The root's workspace-wide diagnostics of its last full run.
    pub wide: KeptDiagnostics,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            roots: Vec::new(),
            docs: HashMap::new(),
            encoding: ColumnUnit::Utf16,
            caps: ClientCaps::default(),
            config: ClientConfig::default(),
            shut_down: false,
            edited: None,
        }
    }
}

fn origin_of(path: &str) -> Origin {
    if path.ends_with(".aims") {
        Origin::Spec
    } else {
        Origin::Prose
    }
}

impl Session {
    /// Adds a workspace folder (loading its files from disk), unless already known.
    pub fn add_root(&mut self, dir: &Path) -> usize {
        let dir = root_for(dir);
        if let Some(i) = self
            .roots
            .iter()
            .position(|r| r.paths.dir.as_deref() == Some(dir.as_path()))
        {
            return i;
        }
        self.roots.push(RootState::load(Some(dir), &self.config));
        self.roots.len() - 1
    }

    pub fn remove_root(&mut self, dir: &Path) {
        // Roots are indexed by open documents, so a removed folder is emptied instead.
        if let Some(root) = self
            .roots
            .iter_mut()
            .find(|r| r.paths.dir.as_deref() == Some(dir))
        {
            for (path, origin) in root.host.files() {
                if origin != Origin::Builtin {
                    root.host.remove_file(&path);
                }
            }
        }
    }

    /// The root and workspace path of a URI, creating a root for a file outside every
    /// known folder (the folder with its `aims.toml`, or its own folder).
    pub fn locate(&mut self, uri: &Uri) -> Option<(usize, String)> {
        if let Some(doc) = self.docs.get(uri) {
            return Some((doc.root, doc.path.clone()));
        }
        let Some(file) = file_path(uri) else {
            let i = self.scratch_root();
            return Some((i, uri.as_str().to_owned()));
        };
        let builtin = builtin_dir();
        if let Ok(name) = file.strip_prefix(&builtin) {
            let i = if self.roots.is_empty() {
                self.scratch_root()
            } else {
                0
            };
            return Some((i, format!("{BUILTIN_PREFIX}{}", name.to_string_lossy())));
        }
        let best = self
            .roots
            .iter()
            .enumerate()
            .filter_map(|(i, r)| Some((i, r.paths.dir.as_ref()?)))
            .filter(|(_, dir)| file.starts_with(dir))
            .max_by_key(|(_, dir)| dir.as_os_str().len())
            .map(|(i, _)| i);
        let i = match best {
            Some(i) => i,
            None => self.add_root(file.parent()?),
        };
        let dir = self.roots[i].paths.dir.clone()?;
        Some((i, relative_path(&dir, &file)))
    }

    /// Whether `locate` would have to load a new root for this URI.
    fn would_add_root(&self, uri: &Uri) -> bool {
        let Some(file) = file_path(uri) else {
            return false;
        };
        !file.starts_with(builtin_dir())
            && !self.roots.iter().any(|r| {
                r.paths
                    .dir
                    .as_ref()
                    .is_some_and(|dir| file.starts_with(dir))
            })
    }

    fn scratch_root(&mut self) -> usize {
        if let Some(i) = self.roots.iter().position(|r| r.paths.dir.is_none()) {
            return i;
        }
        self.roots.push(RootState::load(None, &self.config));
        self.roots.len() - 1
    }

    /// Sets a document's text (opened or changed in the editor). Built-in
    /// catalogues are read-only and never change.
    pub fn set_text(&mut self, uri: &Uri, text: &str, version: i32) -> Option<usize> {
        let (root, path) = self.locate(uri)?;
        self.edited = Some(uri.clone());
        self.docs.insert(
            uri.clone(),
            DocState {
                root,
                path: path.clone(),
                version,
            },
        );
        let state = &mut self.roots[root];
        if is_builtin(&path) {
            return Some(root);
        }
        // Prose files are part of the workspace only when a publication names them
        // (they were loaded with the workspace); other Markdown is not checked.
        // Unsaved documents (no folder) are AIMS documents: the client opened them as such.
        let unsaved = state.paths.dir.is_none();
        if !unsaved && !path.ends_with(".aims") && state.host.file_text(&path).is_none() {
            return Some(root);
        }
        let origin = if unsaved {
            Origin::Spec
        } else {
            origin_of(&path)
        };
        state.host.set_file_text(&path, text, origin);
        if path == aims::config::CONFIG_FILE {
            state.apply_config_text(text, &self.config);
        }
        Some(root)
    }

    /// Closes a document: the file on disk is the truth again.
    pub fn close(&mut self, uri: &Uri) -> Option<usize> {
        let doc = self.docs.remove(uri)?;
        if is_builtin(&doc.path) {
            return None;
        }
        let root = &mut self.roots[doc.root];
        match root
            .paths
            .dir
            .as_ref()
            .map(|d| std::fs::read_to_string(d.join(&doc.path)))
        {
            Some(Ok(text)) => root
                .host
                .set_file_text(&doc.path, &text, origin_of(&doc.path)),
            Some(Err(_)) | None => {
                root.host.remove_file(&doc.path);
            }
        }
        Some(doc.root)
    }

    /// A file changed on disk (or was created or deleted) outside the editor.
    /// Returns the root to re-check.
    pub fn file_changed_on_disk(&mut self, uri: &Uri) -> Option<usize> {
        if self.docs.contains_key(uri) {
            return None; // The editor's text wins while the document is open.
        }
        if self.would_add_root(uri) {
            return None; // Outside every folder: not part of any workspace.
        }
        let (root, path) = self.locate(uri)?;
        if is_builtin(&path) {
            return None;
        }
        let dir = self.roots[root].paths.dir.clone()?;
        if path == aims::config::CONFIG_FILE
            || (!path.ends_with(".aims") && self.roots[root].host.file_text(&path).is_none())
        {
            // Settings or the set of publications may have changed: load again.
            self.reload(root);
            return Some(root);
        }
        let host = &mut self.roots[root].host;
        match std::fs::read_to_string(dir.join(&path)) {
            Ok(text) => host.set_file_text(&path, &text, origin_of(&path)),
            Err(_) => {
                host.remove_file(&path);
            }
        }
        Some(root)
    }

    /// Loads a root from disk again, keeping the text of its open documents.
    pub fn reload(&mut self, i: usize) {
        let dir = self.roots[i].paths.dir.clone();
        let fresh = RootState::load(dir, &self.config);
        let old = std::mem::replace(&mut self.roots[i], fresh);
        // Keep the generation counter and published set, so stale runs still stop.
        self.roots[i].generation = old.generation.clone();
        self.roots[i].published = old.published.clone();
        self.roots[i].full_run_published = old.full_run_published.clone();
        self.roots[i].worker = old.worker.clone();
        let open: Vec<(String, String)> = self
            .docs
            .values()
            .filter(|d| d.root == i && !is_builtin(&d.path))
            .filter_map(|d| Some((d.path.clone(), old.host.file_text(&d.path)?.to_owned())))
            .collect();
        drop(old);
        for (path, text) in open {
            self.roots[i]
                .host
                .set_file_text(&path, &text, origin_of(&path));
        }
    }

    /// Applies new editor settings to every root.
    pub fn set_config(&mut self, config: ClientConfig) {
        self.config = config;
        for root in &mut self.roots {
            let settings = self.config.apply(&root.base);
            root.host.set_settings(settings);
        }
    }

    /// A snapshot and what a read needs for `uri`.
    pub fn read_cx(&mut self, uri: &Uri) -> Option<ReadCx> {
        // A read never loads a new root: a request about a file that is neither open
        // nor inside a known folder answers nothing, instead of walking that file's
        // folder (for `file:///x.aims`, the whole disk) under the session lock.
        if !self.docs.contains_key(uri) && self.would_add_root(uri) {
            return None;
        }
        let (root, path) = self.locate(uri)?;
        let root = &self.roots[root];
        Some(ReadCx {
            analysis: root.host.snapshot(),
            path,
            unit: self.encoding,
            paths: root.paths.clone(),
            wide: root.wide.clone(),
        })
    }

    /// The root of an open document.
    pub fn locate_existing(&self, uri: &Uri) -> Option<usize> {
        self.docs.get(uri).map(|d| d.root)
    }
}
