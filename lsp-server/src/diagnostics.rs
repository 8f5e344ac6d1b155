//! Publishing diagnostics: for every file of a root (open or not, specs and the prose
//! files publications name), debounced while typing, computed on a snapshot off the
//! async runtime, with a generation counter so that only the newest run publishes,
//! and with stale diagnostics cleared.
//!
//! When the client supports pull diagnostics, open documents are pulled
//! (`textDocument/diagnostic`, with a refresh request after changes) and only files
//! that are not open are pushed; a document's pushed diagnostics are cleared when it
//! opens, so nothing is shown twice.

use std::collections::{BTreeMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::time::Duration;

use aims::analysis::Cancellable;
use aims::diagnostics::Diagnostic;
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::backend::Backend;
use crate::convert::{self, Conv};

/// How long typing must pause before diagnostics are recomputed.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Diagnostics of one root, converted and grouped by URI.
pub fn by_uri(
    conv: &Conv<'_>,
    diagnostics: &[Diagnostic],
) -> Cancellable<BTreeMap<String, (Uri, Vec<lsp::Diagnostic>)>> {
    let mut out: BTreeMap<String, (Uri, Vec<lsp::Diagnostic>)> = BTreeMap::new();
    let unit = conv.cx.unit;
    for diag in diagnostics {
        let path = &diag.location.file;
        let Some(uri) = conv.uri(path) else { continue };
        // A file the database does not hold (one that could not be read) still gets
        // its diagnostics, at the start.
        let index = conv
            .index_of(path)?
            .unwrap_or_else(|| aims::text::LineIndex::new(""));
        let related =
            |loc: &aims::diagnostics::Location| conv.location(&loc.file, loc.range).ok().flatten();
        let converted = convert::diagnostic(diag, &index, unit, &related);
        out.entry(uri.as_str().to_owned())
            .or_insert_with(|| (uri.clone(), Vec::new()))
            .1
            .push(converted);
    }
    Ok(out)
}

/// Schedules a diagnostics run for root `root` after `delay`. Call it after the
/// change is applied (the generation is bumped here, synchronously).
pub fn schedule(backend: &Backend, root: usize, delay: Duration) {
    let generation = {
        let session = backend.session();
        let Some(state) = session.roots.get(root) else {
            return;
        };
        if session.caps.pull_diagnostics && session.caps.diagnostic_refresh {
            let backend = backend.clone();
            tokio::spawn(async move {
                let _ = backend.client().workspace_diagnostic_refresh().await;
            });
        }
        state.generation.fetch_add(1, Ordering::SeqCst) + 1
    };
    let backend = backend.clone();
    tokio::spawn(async move {
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        publish(&backend, root, generation).await;
    });
}

async fn publish(backend: &Backend, root: usize, generation: u64) {
    let (cx, counter, published, versions, pulled) = {
        let mut session = backend.session();
        let Some(state) = session.roots.get(root) else {
            return;
        };
        if state.generation.load(Ordering::SeqCst) != generation {
            return; // A newer change has its own run.
        }
        let counter = state.generation.clone();
        let published = state.published.clone();
        // Any URI of the root will do to take a snapshot of it: an open document's
        // (the only kind a root of unsaved documents has), else `aims.toml`'s.
        let open = session
            .docs
            .iter()
            .find(|(_, d)| d.root == root)
            .map(|(u, _)| u.clone());
        let Some(uri) = open.or_else(|| state.paths.uri(aims::config::CONFIG_FILE)) else {
            return;
        };
        // In pull mode the client asks for open documents itself.
        let pulled: HashSet<String> = if session.caps.pull_diagnostics {
            session.docs.keys().map(|u| u.as_str().to_owned()).collect()
        } else {
            HashSet::new()
        };
        let versions: BTreeMap<String, i32> = session
            .docs
            .iter()
            .map(|(u, d)| (u.as_str().to_owned(), d.version))
            .collect();
        let Some(cx) = session.read_cx(&uri) else {
            return;
        };
        (cx, counter, published, versions, pulled)
    };
    let hook = backend.hooks().on_diagnostics.clone();
    let computed = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            if let Some(hook) = &hook {
                hook();
            }
            let conv = Conv::new(&cx);
            let diagnostics = cx.analysis.diagnostics()?;
            by_uri(&conv, &diagnostics)
        }))
    })
    .await;
    let mut grouped = match computed {
        Ok(Ok(Ok(grouped))) => grouped,
        Ok(Ok(Err(_cancelled))) => return, // A newer change cancelled this run and will publish.
        Ok(Err(_)) | Err(_) => {
            crate::log(
                "computing diagnostics failed; they will be computed again after the next change",
            );
            return;
        }
    };
    if counter.load(Ordering::SeqCst) != generation {
        return;
    }
    grouped.retain(|key, _| !pulled.contains(key));
    let now: HashSet<Uri> = grouped.values().map(|(uri, _)| uri.clone()).collect();
    let stale: Vec<Uri> = {
        let mut published = published.lock().unwrap_or_else(|e| e.into_inner());
        let stale = published.difference(&now).cloned().collect();
        *published = now;
        stale
    };
    for (key, (uri, diagnostics)) in grouped {
        let version = versions.get(&key).copied();
        backend
            .client()
            .publish_diagnostics(uri, diagnostics, version)
            .await;
    }
    for uri in stale {
        let version = versions.get(uri.as_str()).copied();
        backend
            .client()
            .publish_diagnostics(uri, Vec::new(), version)
            .await;
    }
}

/// The pull-model report for one document.
pub fn document_report(conv: &Conv<'_>) -> Cancellable<Vec<lsp::Diagnostic>> {
    let diagnostics = conv.cx.analysis.diagnostics()?;
    let mine: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|d| d.location.file == conv.cx.path)
        .collect();
    Ok(by_uri(conv, &mine)?
        .into_values()
        .flat_map(|(_, d)| d)
        .collect())
}
