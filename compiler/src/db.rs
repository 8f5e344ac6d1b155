//! The salsa database: inputs that the CLI and the language server set, and the
//! storage every query is memoised in.
//!
//! Inputs are the files (their path, text and origin) and one `Workspace` singleton
//! (the file set and the settings). Everything else is derived in `queries`.
//! Only input handles may be kept across edits; tracked values belong to one revision.

use crate::config::Settings;

/// Where a file's text comes from, which decides how it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// A built-in catalogue shipped inside the compiler.
    Builtin,
    /// An `.aims` file of the workspace (or of an extra catalogue folder).
    Spec,
    /// A publication (Markdown, HTML or text) whose claims are checked.
    Prose,
}

#[salsa::input(debug)]
pub struct SourceFile {
    /// Relative to the workspace root, `/`-separated.
    #[returns(ref)]
    pub path: String,
    #[returns(ref)]
    pub text: String,
    #[returns(copy)]
    pub origin: Origin,
}

#[salsa::input(singleton, debug)]
pub struct Workspace {
    #[returns(ref)]
    pub files: Vec<SourceFile>,
    #[returns(ref)]
    pub settings: Settings,
    /// The root folder on disk, when there is one (none in in-memory tests).
    #[returns(ref)]
    pub root: Option<std::path::PathBuf>,
}

impl Workspace {
    /// The file with this workspace path, spec or prose.
    pub fn file(self, db: &dyn Db, path: &str) -> Option<SourceFile> {
        self.files(db).iter().copied().find(|f| f.path(db) == path)
    }
}

#[salsa::db]
pub trait Db: salsa::Database {}

/// The one database type. Cloning it gives a snapshot for another thread.
#[salsa::db]
#[derive(Clone)]
pub struct RootDatabase {
    // IMPORTANT: salsa requires the storage field to be named `storage`.
    storage: salsa::Storage<Self>,
}

impl Default for RootDatabase {
    fn default() -> Self {
        RootDatabase {
            storage: salsa::Storage::new(None),
        }
    }
}

impl RootDatabase {
    /// A database that reports every salsa event to `callback`, for tests that prove
    /// which queries re-ran.
    pub fn with_event_callback(
        callback: Box<dyn Fn(salsa::Event) + Send + Sync + 'static>,
    ) -> Self {
        RootDatabase {
            storage: salsa::Storage::new(Some(callback)),
        }
    }
}

#[salsa::db]
impl salsa::Database for RootDatabase {}

#[salsa::db]
impl Db for RootDatabase {}
