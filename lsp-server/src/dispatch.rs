//! Running reads: take a snapshot under the session lock, compute on a blocking
//! thread, and turn salsa cancellation and panics into protocol errors.
//!
//! A read cancelled by a newer edit is retried once on a fresh snapshot, then
//! answered with `ContentModified`. Any other panic becomes an internal error for
//! that one request; the server keeps running.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use aims::analysis::Cancellable;
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::Uri;

use crate::convert::Conv;
use crate::state::Backend;

/// Cancels a read's blocking work when its future is dropped (the client sent
/// `$/cancelRequest`, or the server is shutting down) before it finished.
struct CancelOnDrop(Option<aims::analysis::CancellationToken>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(token) = self.0.take() {
            token.cancel();
        }
    }
}

pub async fn read<R, F>(backend: &Backend, uri: &Uri, f: F) -> jsonrpc::Result<R>
where
    R: Default + Send + 'static,
    F: Fn(&Conv<'_>) -> Cancellable<R> + Send + Sync + 'static,
{
    let f = Arc::new(f);
    for _attempt in 0..2 {
        // The lock is released at the end of this statement, before any `.await`.
        let cx = backend.session().read_cx(uri);
        let Some(cx) = cx else {
            return Ok(R::default());
        };
        let f = Arc::clone(&f);
        let hook = backend.hooks().on_read.clone();
        let mut guard = CancelOnDrop(Some(cx.analysis.cancellation_token()));
        let joined = tokio::task::spawn_blocking(move || {
            std::panic::catch_unwind(AssertUnwindSafe(|| {
                if let Some(hook) = &hook {
                    hook(&cx.path);
                }
                let conv = Conv::new(&cx);
                f(&conv)
            }))
        })
        .await;
        guard.0 = None;
        match joined {
            Ok(Ok(Ok(value))) => return Ok(value),
            Ok(Ok(Err(_cancelled))) => continue,
            Ok(Err(panic)) => {
                let message = crate::panic_message(panic.as_ref());
                crate::log(format!("a request failed: {message}"));
                return Err(jsonrpc::Error::internal_error());
            }
            Err(error) => {
                crate::log(format!("a request's task failed: {error}"));
                return Err(jsonrpc::Error::internal_error());
            }
        }
    }
    Err(jsonrpc::Error::content_modified())
}

/// Like `read`, for requests that are not about one document (workspace symbols):
/// runs `f` on every root and concatenates.
pub async fn read_all<R, F>(backend: &Backend, f: F) -> jsonrpc::Result<Vec<R>>
where
    R: Send + 'static,
    F: Fn(&Conv<'_>) -> Cancellable<Vec<R>> + Send + Sync + 'static,
{
    let uris: Vec<Uri> = {
        let session = backend.session();
        session
            .roots
            .iter()
            .filter_map(|r| r.paths.uri(aims::config::CONFIG_FILE))
            .collect()
    };
    let f = Arc::new(f);
    let mut out = Vec::new();
    for uri in uris {
        let f = Arc::clone(&f);
        out.extend(read(backend, &uri, move |conv| f(conv)).await?);
    }
    Ok(out)
}
