//! Publishing diagnostics: for every file of a root (open or not, specs and the prose
//! files publications name), computed on a snapshot off the async runtime, with a
//! generation counter so that only the newest run publishes, and with stale
//! diagnostics cleared.
//!
//! An edit is answered in two steps. The edited file's own diagnostics (syntax,
//! fields, names: what its text decides) are computed and published at once, with the
//! workspace-wide diagnostics of that file kept from the last full run. The full run
//! (coverage, certifications, claims, the disk) follows once typing pauses, publishes
//! every file, and becomes the new source of the kept workspace-wide diagnostics.
//!
//! When the client supports pull diagnostics, open documents are pulled
//! (`textDocument/diagnostic`, with a refresh request after changes and after each
//! full run) and only files that are not open are pushed; a document's pushed
//! diagnostics are cleared when it opens, so nothing is shown twice.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::time::Duration;

use aims::analysis::Cancellable;
use aims::diagnostics::Diagnostic;
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::convert::{self, Conv};
use crate::state::Backend;

/// How long typing must pause before the workspace-wide diagnostics are recomputed.
/// The edited file's own diagnostics do not wait for it.
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
/// change is applied (the generation is bumped here, synchronously). The document
/// the change was made to gets its own diagnostics at once.
pub fn schedule(backend: &Backend, root: usize, delay: Duration) {
    let (generation, edited) = {
        let mut session = backend.session();
        let edited = session.edited.take();
        let Some(state) = session.roots.get(root) else {
            return;
        };
        if session.caps.pull_diagnostics && session.caps.diagnostic_refresh {
            let backend = backend.clone();
            tokio::spawn(async move {
                let _ = backend.client().workspace_diagnostic_refresh().await;
            });
        }
        let generation = state.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let edited = edited.filter(|uri| session.docs.get(uri).is_some_and(|d| d.root == root));
        (generation, edited)
    };
    if let Some(uri) = edited {
        let backend = backend.clone();
        tokio::spawn(async move {
            publish_file(&backend, root, generation, uri).await;
        });
    }
    let backend = backend.clone();
    tokio::spawn(async move {
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        publish(&backend, root, generation).await;
    });
}

/// Publishes one document's own diagnostics, computed now, with the workspace-wide
/// diagnostics the last full run found in it.
async fn publish_file(backend: &Backend, root: usize, generation: u64, uri: Uri) {
    let (cx, counter, full_done, version) = {
        let mut session = backend.session();
        if session.caps.pull_diagnostics {
            return; // The client pulls open documents itself (see `document_report`).
        }
        let Some(state) = session.roots.get(root) else {
            return;
        };
        if state.generation.load(Ordering::SeqCst) != generation {
            return;
        }
        let counter = state.generation.clone();
        let full_done = state.full_run_published.clone();
        let version = session.docs.get(&uri).map(|d| d.version);
        let Some(cx) = session.read_cx(&uri) else {
            return;
        };
        (cx, counter, full_done, version)
    };
    let computed = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(AssertUnwindSafe(|| own_and_kept(&Conv::new(&cx))))
    })
    .await;
    let Ok(Ok(Ok(items))) = computed else {
        return; // Cancelled by a newer change, or failed: the full run still publishes.
    };
    if counter.load(Ordering::SeqCst) != generation
        || full_done.load(Ordering::SeqCst) >= generation
    {
        return;
    }
    backend
        .client()
        .publish_diagnostics(uri, items, version)
        .await;
}

/// A document's own diagnostics, computed now, followed by the workspace-wide ones
/// the last full run found in it.
fn own_and_kept(conv: &Conv<'_>) -> Cancellable<Vec<lsp::Diagnostic>> {
    let own = conv.cx.analysis.file_diagnostics(&conv.cx.path)?;
    let mut items: Vec<lsp::Diagnostic> = by_uri(conv, &own)?
        .into_values()
        .flat_map(|(_, d)| d)
        .collect();
    let kept = conv.cx.wide.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(kept) = kept.as_ref().and_then(|k| k.get(&conv.cx.path)) {
        items.extend(kept.iter().cloned());
    }
    Ok(items)
}

async fn publish(backend: &Backend, root: usize, generation: u64) {
    let (cx, counter, published, versions, pulled, refresh, full_done, worker) = {
        let mut session = backend.session();
        let Some(state) = session.roots.get(root) else {
            return;
        };
        if state.generation.load(Ordering::SeqCst) != generation {
            return; // A newer change has its own run.
        }
        let counter = state.generation.clone();
        let published = state.published.clone();
        let full_done = state.full_run_published.clone();
        let worker = state.worker.clone();
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
        let refresh = session.caps.pull_diagnostics && session.caps.diagnostic_refresh;
        let versions: BTreeMap<String, i32> = session
            .docs
            .iter()
            .map(|(u, d)| (u.as_str().to_owned(), d.version))
            .collect();
        let Some(cx) = session.read_cx(&uri) else {
            return;
        };
        (
            cx, counter, published, versions, pulled, refresh, full_done, worker,
        )
    };
    let hook = backend.hooks().on_diagnostics.clone();
    let hook_versions = hook.as_ref().map(|_| versions.clone());
    let computed = worker
        .run(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                if let (Some(hook), Some(versions)) = (&hook, &hook_versions) {
                    hook(versions);
                }
                let conv = Conv::new(&cx);
                let (all, wide) = cx.analysis.diagnostics_by_scope()?;
                let grouped = by_uri(&conv, &all)?;
                // The workspace-wide part, by workspace path, kept for the edits to come.
                let mut kept: HashMap<String, Vec<lsp::Diagnostic>> = HashMap::new();
                let mut start = 0;
                while start < wide.len() {
                    let file = &wide[start].location.file;
                    let end = start + wide[start..].partition_point(|d| &d.location.file == file);
                    if let Some((_, items)) = by_uri(&conv, &wide[start..end])?.into_iter().next() {
                        kept.insert(file.clone(), items.1);
                    }
                    start = end;
                }
                Cancellable::Ok((grouped, kept, cx.wide.clone()))
            }))
        })
        .await;
    let (mut grouped, kept, wide) = match computed {
        Some(Ok(Ok(computed))) => computed,
        Some(Ok(Err(_cancelled))) => return, // A newer change cancelled this run and will publish.
        Some(Err(_)) | None => {
            crate::log(
                "computing diagnostics failed; they will be computed again after the next change",
            );
            return;
        }
    };
    if counter.load(Ordering::SeqCst) != generation {
        return;
    }
    *wide.lock().unwrap_or_else(|e| e.into_inner()) = Some(kept);
    full_done.fetch_max(generation, Ordering::SeqCst);
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
    if refresh && !pulled.is_empty() {
        // Open documents are pulled: ask again now that the workspace-wide part is new.
        let _ = backend.client().workspace_diagnostic_refresh().await;
    }
}

/// The pull-model report for one document: its own diagnostics computed now, with the
/// workspace-wide ones of the last full run (all of them, computed now, before the
/// first full run).
pub fn document_report(conv: &Conv<'_>) -> Cancellable<Vec<lsp::Diagnostic>> {
    let has_full_run = conv
        .cx
        .wide
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .is_some();
    if has_full_run {
        return own_and_kept(conv);
    }
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
