//! Loading a workspace from disk into the database, and the `Project` façade the CLI
//! uses: find the root, read `aims.toml`, collect `.aims` files (honouring
//! `.gitignore`), the built-in catalogues and the publications they name.

use std::path::{Path, PathBuf};

use salsa::Setter;

use crate::catalog::BUILTIN_FILES;
use crate::config::{self, AsOfSource, CONFIG_FILE, Settings};
use crate::db::{Origin, RootDatabase, SourceFile, Workspace};
use crate::diagnostics::{Code, Diagnostic};
use crate::queries;
use crate::text::{LineIndex, TextRange};

/// The path helpers live in the leaf module `paths`, so that the semantic layer can
/// use them without importing the loader.
pub use crate::paths::{relative_path, resolve_relative};

/// A problem that stops analysis altogether (exit code 2).
#[derive(Debug)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A loaded workspace: the database, its inputs, and problems found while loading.
pub struct Project {
    pub db: RootDatabase,
    pub workspace: Workspace,
    pub root: Option<PathBuf>,
    /// Problems in `aims.toml` and unreadable files.
    pub load_problems: Vec<Diagnostic>,
}

/// The folder to treat as the workspace root for `path`: the nearest folder at or
/// above it holding `aims.toml`, or the folder itself.
pub fn find_root(path: &Path) -> Result<PathBuf, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        LoadError(format!(
            "cannot read `{}`: {}",
            path.display(),
            plain_io_error(&e)
        ))
    })?;
    let start = if meta.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let start = std::fs::canonicalize(&start).map_err(|e| {
        LoadError(format!(
            "cannot read `{}`: {}",
            start.display(),
            plain_io_error(&e)
        ))
    })?;
    let mut dir = start.as_path();
    loop {
        if dir.join(CONFIG_FILE).is_file() {
            return Ok(dir.to_path_buf());
        }
        match dir.parent() {
            Some(parent) => dir = parent,
            None => return Ok(start),
        }
    }
}

fn plain_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// How long a loaded project lives, which decides what its database keeps and how
/// its first answers are computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
    /// An editor session: only the most recently used parse trees are kept, and
    /// queries run on the thread that asks.
    Session,
    /// One command, after which the process exits: every parse tree is kept (a tree
    /// evicted while loading would be parsed again for the checks), and the per-file
    /// queries are computed on every core (`parallel`).
    OneRun,
}

impl Project {
    /// Loads the workspace at or above `path` for an editor session. `as_of` from the
    /// command line wins over `aims.toml`, which wins over `today`.
    pub fn load(
        path: &Path,
        as_of: Option<jiff::civil::Date>,
        today: jiff::civil::Date,
    ) -> Result<Project, LoadError> {
        Project::load_for(path, as_of, today, Lifetime::Session)
    }

    /// Loads the workspace at or above `path` for `lifetime` (see `load`).
    pub fn load_for(
        path: &Path,
        as_of: Option<jiff::civil::Date>,
        today: jiff::civil::Date,
        lifetime: Lifetime,
    ) -> Result<Project, LoadError> {
        let root = find_root(path)?;
        let mut settings = Settings::new(as_of.unwrap_or(today));
        if as_of.is_some() {
            settings.as_of_source = AsOfSource::CommandLine;
        }
        let mut problems = Vec::new();
        let config_path = root.join(CONFIG_FILE);
        let mut sources: Vec<(String, String, Origin)> = Vec::new();
        if config_path.is_file() {
            match std::fs::read_to_string(&config_path) {
                Ok(text) => {
                    problems.extend(config::apply_config(&text, &mut settings));
                    sources.push((CONFIG_FILE.to_owned(), text, Origin::Prose));
                }
                Err(e) => {
                    return Err(LoadError(format!(
                        "cannot read `{}`: {}",
                        config_path.display(),
                        plain_io_error(&e)
                    )));
                }
            }
        }
        let mut spec_paths =
            collect_files(&root, &root, |p| p.extension().is_some_and(|e| e == "aims"));
        for folder in &settings.catalogues {
            let dir = root.join(folder);
            if dir.is_dir() && resolve_relative(CONFIG_FILE, folder).is_some() {
                spec_paths.extend(collect_files(&root, &dir, |p| {
                    p.extension().is_some_and(|e| e == "aims")
                }));
            } else {
                problems.push(Diagnostic::new(
                    Code::InvalidConfig,
                    CONFIG_FILE,
                    locate(&sources, folder),
                    format!("the catalogue folder `{folder}` does not exist inside the workspace"),
                ));
            }
        }
        spec_paths.sort();
        spec_paths.dedup();
        for path in spec_paths {
            match read_text(&root, &path) {
                Ok(text) => sources.push((path, text, Origin::Spec)),
                Err(problem) => problems.push(*problem),
            }
        }
        let mut project = Project::from_sources(settings, Some(root.clone()), sources);
        project.load_problems.extend(problems);
        if lifetime == Lifetime::OneRun {
            queries::keep_every_tree(&mut project.db);
            let files: Vec<SourceFile> =
                queries::spec_files(&project.db, project.workspace).collect();
            crate::parallel::for_each_file(&project.db, &files, queries::summarise_file);
        }
        project.load_publications();
        Ok(project)
    }

    /// Computes every spec file's own diagnostics on every core, so that asking for
    /// all diagnostics afterwards only gathers them; what it answers is the same.
    pub fn check_files_in_parallel(&self) {
        let files: Vec<SourceFile> = queries::spec_files(&self.db, self.workspace)
            .filter(|f| f.origin(&self.db) == Origin::Spec)
            .collect();
        crate::parallel::for_each_file(&self.db, &files, queries::check_file_and_locate);
    }

    /// A project from in-memory files (built-in catalogues are added), for tests and
    /// the language server.
    pub fn from_sources(
        settings: Settings,
        root: Option<PathBuf>,
        sources: Vec<(String, String, Origin)>,
    ) -> Project {
        let db = RootDatabase::default();
        let mut files = Vec::new();
        for (path, text) in BUILTIN_FILES {
            files.push(SourceFile::new(
                &db,
                (*path).to_owned(),
                (*text).to_owned(),
                Origin::Builtin,
            ));
        }
        for (path, text, origin) in sources {
            files.push(SourceFile::new(&db, path, text, origin));
        }
        let workspace = Workspace::new(&db, files, settings, root.clone());
        Project {
            db,
            workspace,
            root,
            load_problems: Vec::new(),
        }
    }

    /// Reads the prose files that publications name (and the globs in `aims.toml`)
    /// into the database, so their claims can be checked.
    fn load_publications(&mut self) {
        let Some(root) = self.root.clone() else {
            return;
        };
        let mut wanted: Vec<String> = Vec::new();
        for decl in queries::summary(&self.db, self.workspace).of_kind("publication") {
            if let Some(file) = decl.item.field("file").and_then(|f| f.value.as_str())
                && let Some(path) = resolve_relative(&decl.file, file)
            {
                wanted.push(path);
            }
        }
        let globs = self.workspace.settings(&self.db).publications.clone();
        if !globs.is_empty() {
            let mut builder = globset::GlobSetBuilder::new();
            for glob in &globs {
                match globset::Glob::new(glob) {
                    Ok(g) => {
                        builder.add(g);
                    }
                    Err(e) => self.load_problems.push(Diagnostic::new(
                        Code::InvalidConfig,
                        CONFIG_FILE,
                        TextRange::default(),
                        format!("`{glob}` is not a valid glob: {e}"),
                    )),
                }
            }
            if let Ok(set) = builder.build() {
                wanted.extend(collect_files(&root, &root, |p| {
                    set.is_match(relative_path(&root, p))
                }));
            }
        }
        wanted.sort();
        wanted.dedup();
        let mut files = self.workspace.files(&self.db).clone();
        for path in wanted {
            if files.iter().any(|f| f.path(&self.db) == &path) {
                continue;
            }
            let full = root.join(&path);
            if !full.is_file() {
                continue; // Reported by the publication rules.
            }
            // A symbolic link out of the workspace is reported by the disk rules
            // (`path-outside-workspace`) and never read.
            let inside = match (full.canonicalize(), root.canonicalize()) {
                (Ok(file), Ok(root)) => file.starts_with(root),
                _ => false,
            };
            if !inside {
                continue;
            }
            match read_text(&root, &path) {
                Ok(text) => files.push(SourceFile::new(&self.db, path, text, Origin::Prose)),
                Err(problem) => self.load_problems.push(*problem),
            }
        }
        self.workspace.set_files(&mut self.db).to(files);
    }

    /// Every diagnostic to report, in display order: the salsa queries' plus the
    /// file-system checks of evidence and publications (`semantic::rules::disk`),
    /// which salsa cannot track and so run on every call.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let mut all = self.load_problems.clone();
        all.extend(
            queries::all_diagnostics(&self.db, self.workspace)
                .iter()
                .cloned(),
        );
        all.extend(self.disk_diagnostics());
        crate::diagnostics::sort(&mut all);
        all
    }

    /// The checks that read the disk (evidence files, hashes, symbolic links), with
    /// `aims.toml` severity overrides applied; none without a root folder.
    pub fn disk_diagnostics(&self) -> Vec<Diagnostic> {
        queries::disk_diagnostics(&self.db, self.workspace)
    }

    pub fn file(&self, path: &str) -> Option<SourceFile> {
        self.workspace.file(&self.db, path)
    }

    /// The text of a workspace file by its relative path.
    pub fn source(&self, path: &str) -> Option<&str> {
        Some(self.file(path)?.text(&self.db).as_str())
    }

    pub fn line_index(&self, path: &str) -> Option<&LineIndex> {
        Some(queries::line_index(&self.db, self.file(path)?))
    }

    pub fn settings(&self) -> &Settings {
        self.workspace.settings(&self.db)
    }
}

fn locate(sources: &[(String, String, Origin)], needle: &str) -> TextRange {
    sources
        .iter()
        .find(|(p, _, _)| p == CONFIG_FILE)
        .and_then(|(_, text, _)| {
            text.find(needle)
                .map(|i| TextRange::new(i, i + needle.len()))
        })
        .unwrap_or_default()
}

fn read_text(root: &Path, path: &str) -> Result<String, Box<Diagnostic>> {
    let bytes = std::fs::read(root.join(path)).map_err(|e| {
        Box::new(Diagnostic::new(
            Code::SyntaxError,
            path,
            TextRange::default(),
            format!("cannot read this file: {}", plain_io_error(&e)),
        ))
    })?;
    // NUL never appears in text: the file is binary, or UTF-16 (as some editors
    // save "Unicode" text). Say so once instead of reporting every character.
    // The file's text is not loaded, so the message names the line itself.
    let line_of = |bytes: &[u8], at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    // `contains` scans a word at a time; a byte-by-byte search over every file was 3 %
    // of `aims check` at 100k lines.
    let nul = || bytes.iter().position(|&b| b == 0);
    if let Some(at) = bytes.contains(&0).then(nul).flatten() {
        return Err(Box::new(Diagnostic::new(
            Code::SyntaxError,
            path,
            TextRange::empty(at),
            format!(
                "this file contains NUL bytes (the first on line {}), so it is binary or UTF-16 rather than UTF-8 text; save it as UTF-8",
                line_of(&bytes, at)
            ),
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = line_of(e.as_bytes(), at);
        Box::new(Diagnostic::new(
            Code::SyntaxError,
            path,
            TextRange::empty(at),
            format!("this file is not UTF-8 text (the first byte that is not is on line {line}); save it as UTF-8"),
        ))
    })
}

/// Workspace-relative paths of the files under `dir` that `keep` accepts, honouring
/// `.gitignore` (also outside a git repository) and skipping hidden folders.
fn collect_files(root: &Path, dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker.flatten() {
        let path = entry.path();
        if entry.file_type().is_some_and(|t| t.is_file()) && keep(path) {
            out.push(relative_path(root, path));
        }
    }
    out
}
