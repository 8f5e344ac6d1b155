//! The server's shared state: the client handle, the session behind its lock, and
//! the test hooks.
//!
//! It knows nothing of LSP methods: the method table (`backend`), the handlers and
//! the read and diagnostics machinery sit on top of it and pass it around, and the
//! tidy test keeps the dependency one-way.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tower_lsp_server::Client;

use crate::session::Session;

/// A hook called with a file's workspace path.
pub type PathHook = Arc<dyn Fn(&str) + Send + Sync>;

/// A hook called with the versions of the open documents (by URI) that a diagnostics
/// run's snapshot holds.
pub type RunHook = Arc<dyn Fn(&BTreeMap<String, i32>) + Send + Sync>;

/// Test hooks. The default does nothing.
#[derive(Clone, Default)]
pub struct Hooks {
    /// Called on the thread of each whole-workspace diagnostics run, after the
    /// snapshot is taken and before diagnostics are computed, with the document
    /// versions the snapshot holds. Tests use it to hold open the run of one edit: a
    /// run held with its snapshot blocks every later write, so a test must hold only
    /// a run after which it writes nothing.
    pub on_diagnostics: Option<RunHook>,
    /// Called on the blocking thread of each read with the file's workspace path,
    /// before the read runs. Tests use it to make a read panic.
    pub on_read: Option<PathHook>,
    /// Replaces the typing debounce.
    pub debounce: Option<Duration>,
}

/// The state every handler receives: cheap to clone, shared by all of them.
#[derive(Clone)]
pub struct Backend {
    inner: Arc<Inner>,
}

struct Inner {
    client: Client,
    session: Mutex<Session>,
    hooks: Hooks,
}

impl Backend {
    pub fn new(client: Client, hooks: Hooks) -> Backend {
        Backend {
            inner: Arc::new(Inner {
                client,
                session: Mutex::new(Session::default()),
                hooks,
            }),
        }
    }

    /// Locks the session. Never hold the guard across an `.await`.
    pub(crate) fn session(&self) -> MutexGuard<'_, Session> {
        self.inner
            .session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) fn client(&self) -> &Client {
        &self.inner.client
    }

    pub(crate) fn hooks(&self) -> &Hooks {
        &self.inner.hooks
    }
}
