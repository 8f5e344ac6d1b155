//! The `LanguageServer` implementation: a table from LSP methods to handlers, and
//! nothing else (the state they share is `state::Backend`).

use tower_lsp_server::LanguageServer;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

use crate::handlers as h;
use crate::state::Backend;

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
