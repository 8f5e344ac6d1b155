//! The `LanguageServer` implementation: a table from LSP methods to handlers.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use crate::handlers as h;
use crate::session::Session;

/// A hook called with a file's workspace path.
pub type PathHook = Arc<dyn Fn(&str) + Send + Sync>;

/// Test hooks. The default does nothing.
#[derive(Clone, Default)]
pub struct Hooks {
    /// Called on the blocking thread of each diagnostics run, after the snapshot is
    /// taken and before diagnostics are computed. Tests use it to hold a run open.
    pub on_diagnostics: Option<Arc<dyn Fn() + Send + Sync>>,
    /// Called on the blocking thread of each read with the file's workspace path,
    /// before the read runs. Tests use it to make a read panic.
    pub on_read: Option<PathHook>,
    /// Replaces the typing debounce.
    pub debounce: Option<Duration>,
}

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

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        h::initialize(self, params).await
    }
    async fn initialized(&self, _: InitializedParams) {
        h::initialized(self).await
    }
    async fn shutdown(&self) -> Result<()> {
        h::shutdown(self).await
    }
    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        h::did_open(self, params).await
    }
    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        h::did_change(self, params).await
    }
    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        h::did_save(self, params).await
    }
    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        h::did_close(self, params).await
    }
    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        h::did_change_configuration(self, params).await
    }
    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        h::did_change_watched_files(self, params).await
    }
    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        h::did_change_workspace_folders(self, params).await
    }
    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        h::hover(self, params).await
    }
    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        h::goto_definition(self, params).await
    }
    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        h::references(self, params).await
    }
    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        h::prepare_rename(self, params).await
    }
    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        h::rename(self, params).await
    }
    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        h::completion(self, params).await
    }
    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        h::document_symbol(self, params).await
    }
    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        h::workspace_symbol(self, params).await
    }
    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        h::semantic_tokens_full(self, params).await
    }
    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        h::folding_range(self, params).await
    }
    async fn formatting(&self, params: DocumentFormattingParams) -> Result<Option<Vec<TextEdit>>> {
        h::formatting(self, params).await
    }
    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        h::code_action(self, params).await
    }
    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        h::code_lens(self, params).await
    }
    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        h::inlay_hint(self, params).await
    }
    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        h::diagnostic(self, params).await
    }
    async fn workspace_diagnostic(
        &self,
        params: WorkspaceDiagnosticParams,
    ) -> Result<WorkspaceDiagnosticReportResult> {
        h::workspace_diagnostic(self, params).await
    }
}
