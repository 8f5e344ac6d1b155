//! One function per LSP request or notification. Writes mutate the session before
//! their first `.await`; reads go through `dispatch::read`.

use aims::text::TextRange;
use tower_lsp_server::jsonrpc::{self, Result};
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::convert::{self, Conv};
use crate::diagnostics::{self, DEBOUNCE};
use crate::dispatch::{read, read_all};
use crate::settings::ClientConfig;
use crate::state::Backend;
use crate::{capabilities, log};

// ---------------------------------------------------------------- lifecycle

pub async fn initialize(
    b: &Backend,
    params: lsp::InitializeParams,
) -> Result<lsp::InitializeResult> {
    let mut session = b.session();
    session.encoding = capabilities::negotiate_encoding(&params);
    session.caps = capabilities::client_caps(&params);
    if let Some(options) = &params.initialization_options {
        session.config = ClientConfig::from_json(options);
    }
    let mut folders: Vec<Uri> = params
        .workspace_folders
        .iter()
        .flatten()
        .map(|f| f.uri.clone())
        .collect();
    #[allow(deprecated)]
    if folders.is_empty() {
        folders.extend(params.root_uri.clone());
    }
    for folder in folders {
        match crate::session::file_path(&folder) {
            Some(dir) => {
                session.add_root(&dir);
            }
            None => log(format!(
                "workspace folder {} is not a local folder; ignored",
                folder.as_str()
            )),
        }
    }
    let capabilities = capabilities::server_capabilities(session.encoding, &session.caps);
    Ok(lsp::InitializeResult {
        capabilities,
        server_info: Some(lsp::ServerInfo {
            name: "aims-lsp".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
        offset_encoding: None,
    })
}

pub async fn initialized(b: &Backend) {
    let caps = b.session().caps.clone();
    if caps.watched_files_registration {
        let watchers: Vec<serde_json::Value> = [
            "**/*.aims",
            "**/aims.toml",
            "**/*.{md,markdown,html,htm,txt,json,yml,yaml}",
        ]
        .iter()
        .map(|glob| serde_json::json!({ "globPattern": glob }))
        .collect();
        let registration = lsp::Registration {
            id: "aims-watched-files".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: Some(serde_json::json!({ "watchers": watchers })),
        };
        if let Err(error) = b.client().register_capability(vec![registration]).await {
            log(format!(
                "the editor did not accept the file watcher: {error}"
            ));
        }
    }
    if caps.configuration {
        fetch_configuration(b).await;
    }
    schedule_all(b, std::time::Duration::ZERO);
}

async fn fetch_configuration(b: &Backend) {
    let item = lsp::ConfigurationItem {
        scope_uri: None,
        section: Some("aims".into()),
    };
    match b.client().configuration(vec![item]).await {
        Ok(values) => {
            if let Some(value) = values.first().filter(|v| !v.is_null()) {
                b.session().set_config(ClientConfig::from_json(value));
            }
        }
        Err(error) => log(format!("could not read the editor's settings: {error}")),
    }
}

fn schedule_all(b: &Backend, delay: std::time::Duration) {
    let roots = b.session().roots.len();
    for root in 0..roots {
        diagnostics::schedule(b, root, delay);
    }
}

pub async fn shutdown(b: &Backend) -> Result<()> {
    b.session().shut_down = true;
    Ok(())
}

// ---------------------------------------------------------------- documents

pub async fn did_open(b: &Backend, params: lsp::DidOpenTextDocumentParams) {
    let doc = params.text_document;
    let root = b.session().set_text(&doc.uri, &doc.text, doc.version);
    if let Some(root) = root {
        diagnostics::schedule(b, root, std::time::Duration::ZERO);
    }
}

pub async fn did_change(b: &Backend, params: lsp::DidChangeTextDocumentParams) {
    // A change to a document that was never opened is a client bug: applying it
    // would load a workspace for a file nobody asked about.
    if b.session()
        .locate_existing(&params.text_document.uri)
        .is_none()
    {
        log(format!(
            "ignored a change to {}, which is not open",
            params.text_document.uri.as_str()
        ));
        return;
    }
    // Full sync: the last change holds the whole text.
    let Some(change) = params.content_changes.into_iter().last() else {
        return;
    };
    let root = b.session().set_text(
        &params.text_document.uri,
        &change.text,
        params.text_document.version,
    );
    if let Some(root) = root {
        diagnostics::schedule(b, root, b.hooks().debounce.unwrap_or(DEBOUNCE));
    }
}

pub async fn did_save(b: &Backend, params: lsp::DidSaveTextDocumentParams) {
    let root = b.session().locate_existing(&params.text_document.uri);
    if let Some(root) = root {
        diagnostics::schedule(b, root, std::time::Duration::ZERO);
    }
}

pub async fn did_close(b: &Backend, params: lsp::DidCloseTextDocumentParams) {
    let root = b.session().close(&params.text_document.uri);
    if let Some(root) = root {
        diagnostics::schedule(b, root, std::time::Duration::ZERO);
    }
}

pub async fn did_change_configuration(b: &Backend, params: lsp::DidChangeConfigurationParams) {
    let inline = params
        .settings
        .get("aims")
        .filter(|v| !v.is_null())
        .cloned();
    match inline {
        Some(value) => b.session().set_config(ClientConfig::from_json(&value)),
        None => {
            if b.session().caps.configuration {
                fetch_configuration(b).await;
            }
        }
    }
    schedule_all(b, std::time::Duration::ZERO);
}

pub async fn did_change_watched_files(b: &Backend, params: lsp::DidChangeWatchedFilesParams) {
    let roots: std::collections::BTreeSet<usize> = {
        let mut session = b.session();
        params
            .changes
            .iter()
            .filter_map(|c| session.file_changed_on_disk(&c.uri))
            .collect()
    };
    for root in roots {
        diagnostics::schedule(b, root, std::time::Duration::ZERO);
    }
}

pub async fn did_change_workspace_folders(
    b: &Backend,
    params: lsp::DidChangeWorkspaceFoldersParams,
) {
    {
        let mut session = b.session();
        for removed in &params.event.removed {
            if let Some(dir) = crate::session::file_path(&removed.uri) {
                session.remove_root(&dir);
            }
        }
        for added in &params.event.added {
            if let Some(dir) = crate::session::file_path(&added.uri) {
                session.add_root(&dir);
            }
        }
    }
    schedule_all(b, std::time::Duration::ZERO);
}

// ---------------------------------------------------------------- reads

pub async fn hover(b: &Backend, params: lsp::HoverParams) -> Result<Option<lsp::Hover>> {
    let at = params.text_document_position_params;
    read(b, &at.text_document.uri, move |conv| {
        let Some(offset) = conv.offset(at.position)? else {
            return Ok(None);
        };
        match conv.cx.analysis.hover(&conv.cx.path, offset)? {
            Some(h) => Ok(Some(convert::hover(conv, h)?)),
            None => Ok(None),
        }
    })
    .await
}

pub async fn goto_definition(
    b: &Backend,
    params: lsp::GotoDefinitionParams,
) -> Result<Option<lsp::GotoDefinitionResponse>> {
    let at = params.text_document_position_params;
    read(b, &at.text_document.uri, move |conv| {
        let Some(offset) = conv.offset(at.position)? else {
            return Ok(None);
        };
        let mut links = Vec::new();
        for target in conv.cx.analysis.definition(&conv.cx.path, offset)? {
            if let Some(location) = conv.location(&target.file, target.focus)? {
                links.push(location);
            }
        }
        Ok((!links.is_empty()).then_some(lsp::GotoDefinitionResponse::Array(links)))
    })
    .await
}

pub async fn references(
    b: &Backend,
    params: lsp::ReferenceParams,
) -> Result<Option<Vec<lsp::Location>>> {
    let at = params.text_document_position;
    let include = params.context.include_declaration;
    read(b, &at.text_document.uri, move |conv| {
        let Some(offset) = conv.offset(at.position)? else {
            return Ok(None);
        };
        let mut out = Vec::new();
        for r in conv
            .cx
            .analysis
            .references(&conv.cx.path, offset, include)?
        {
            out.extend(conv.location(&r.file, r.range)?);
        }
        Ok(Some(out))
    })
    .await
}

pub async fn prepare_rename(
    b: &Backend,
    params: lsp::TextDocumentPositionParams,
) -> Result<Option<lsp::PrepareRenameResponse>> {
    let result = read(b, &params.text_document.uri, move |conv| {
        let Some(offset) = conv.offset(params.position)? else {
            return Ok(None);
        };
        Ok(Some(
            match conv.cx.analysis.prepare_rename(&conv.cx.path, offset)? {
                Ok(range) => Ok(lsp::PrepareRenameResponse::Range(conv.range(range)?)),
                Err(error) => Err(error.0),
            },
        ))
    })
    .await?;
    result.transpose().map_err(jsonrpc::Error::invalid_params)
}

pub async fn rename(b: &Backend, params: lsp::RenameParams) -> Result<Option<lsp::WorkspaceEdit>> {
    let at = params.text_document_position;
    let new_name = params.new_name;
    let result = read(b, &at.text_document.uri, move |conv| {
        let Some(offset) = conv.offset(at.position)? else {
            return Ok(None);
        };
        Ok(Some(
            match conv.cx.analysis.rename(&conv.cx.path, offset, &new_name)? {
                Ok(edits) => {
                    let edits = edits
                        .into_iter()
                        .map(|(r, text)| (r.file, r.range, text))
                        .collect();
                    Ok(convert::workspace_edit(conv, edits)?)
                }
                Err(error) => Err(error.0),
            },
        ))
    })
    .await?;
    result.transpose().map_err(jsonrpc::Error::invalid_params)
}

pub async fn completion(
    b: &Backend,
    params: lsp::CompletionParams,
) -> Result<Option<lsp::CompletionResponse>> {
    let at = params.text_document_position;
    read(b, &at.text_document.uri, move |conv| {
        let Some(offset) = conv.offset(at.position)? else {
            return Ok(None);
        };
        let items = conv.cx.analysis.completions(&conv.cx.path, offset)?;
        let items = items
            .into_iter()
            .enumerate()
            .map(|(rank, i)| convert::completion(conv, rank, i))
            .collect::<aims::analysis::Cancellable<Vec<_>>>()?;
        Ok(Some(lsp::CompletionResponse::Array(items)))
    })
    .await
}

pub async fn document_symbol(
    b: &Backend,
    params: lsp::DocumentSymbolParams,
) -> Result<Option<lsp::DocumentSymbolResponse>> {
    read(b, &params.text_document.uri, |conv| {
        let symbols = conv.cx.analysis.document_symbols(&conv.cx.path)?;
        let symbols = symbols
            .into_iter()
            .map(|s| convert::document_symbol(conv, s))
            .collect::<aims::analysis::Cancellable<Vec<_>>>()?;
        Ok(Some(lsp::DocumentSymbolResponse::Nested(symbols)))
    })
    .await
}

pub async fn workspace_symbol(
    b: &Backend,
    params: lsp::WorkspaceSymbolParams,
) -> Result<Option<lsp::WorkspaceSymbolResponse>> {
    let query = params.query;
    let symbols = read_all(b, move |conv: &Conv<'_>| {
        let mut out = Vec::new();
        for s in conv.cx.analysis.workspace_symbols(&query, 200)? {
            let Some(location) = conv.location(&s.file, s.range)? else {
                continue;
            };
            #[allow(deprecated)]
            out.push(lsp::SymbolInformation {
                name: s.name,
                kind: convert::symbol_kind(&s.kind),
                tags: None,
                deprecated: None,
                location,
                container_name: s.container,
            });
        }
        Ok(out)
    })
    .await?;
    Ok(Some(lsp::WorkspaceSymbolResponse::Flat(symbols)))
}

pub async fn semantic_tokens_full(
    b: &Backend,
    params: lsp::SemanticTokensParams,
) -> Result<Option<lsp::SemanticTokensResult>> {
    read(b, &params.text_document.uri, |conv| {
        let tokens = conv.cx.analysis.semantic_tokens(&conv.cx.path)?;
        let Some(index) = conv.index_of(&conv.cx.path)? else {
            return Ok(None);
        };
        let data = convert::semantic_tokens(&index, conv.cx.unit, &tokens);
        Ok(Some(lsp::SemanticTokensResult::Tokens(
            lsp::SemanticTokens {
                result_id: None,
                data,
            },
        )))
    })
    .await
}

pub async fn folding_range(
    b: &Backend,
    params: lsp::FoldingRangeParams,
) -> Result<Option<Vec<lsp::FoldingRange>>> {
    read(b, &params.text_document.uri, |conv| {
        let folds = conv.cx.analysis.folding_ranges(&conv.cx.path)?;
        let Some(index) = conv.index_of(&conv.cx.path)? else {
            return Ok(None);
        };
        Ok(Some(
            folds
                .into_iter()
                .filter_map(|f| convert::folding_range(&index, conv.cx.unit, f))
                .collect(),
        ))
    })
    .await
}

pub async fn code_action(
    b: &Backend,
    params: lsp::CodeActionParams,
) -> Result<Option<lsp::CodeActionResponse>> {
    let uri = params.text_document.uri.clone();
    let range = params.range;
    read(b, &uri, move |conv| {
        let Some(range) = conv.text_range(range)? else {
            return Ok(None);
        };
        let Some(index) = conv.index_of(&conv.cx.path)? else {
            return Ok(None);
        };
        let mut out = Vec::new();
        for action in conv.cx.analysis.code_actions(&conv.cx.path, range)? {
            let edits = action
                .edits
                .iter()
                .map(|e| {
                    (
                        e.location.file.clone(),
                        e.location.range,
                        e.new_text.clone(),
                    )
                })
                .collect();
            let edit = convert::workspace_edit(conv, edits)?;
            let diagnostics = action.diagnostic.as_ref().map(|d| {
                let related = |loc: &aims::diagnostics::Location| {
                    conv.location(&loc.file, loc.range).ok().flatten()
                };
                vec![convert::diagnostic(d, &index, conv.cx.unit, &related)]
            });
            out.push(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                title: action.title,
                kind: Some(lsp::CodeActionKind::QUICKFIX),
                diagnostics,
                edit: Some(edit),
                command: None,
                is_preferred: Some(action.preferred),
                disabled: None,
                data: None,
            }));
        }
        Ok(Some(out))
    })
    .await
}

pub async fn code_lens(
    b: &Backend,
    params: lsp::CodeLensParams,
) -> Result<Option<Vec<lsp::CodeLens>>> {
    read(b, &params.text_document.uri, |conv| {
        let mut out = Vec::new();
        for lens in conv.cx.analysis.code_lenses(&conv.cx.path)? {
            out.push(lsp::CodeLens {
                range: conv.range(lens.range)?,
                // A lens without a command is shown as text only.
                command: Some(lsp::Command {
                    title: lens.title,
                    command: String::new(),
                    arguments: None,
                }),
                data: None,
            });
        }
        Ok(Some(out))
    })
    .await
}

pub async fn inlay_hint(
    b: &Backend,
    params: lsp::InlayHintParams,
) -> Result<Option<Vec<lsp::InlayHint>>> {
    let range = params.range;
    read(b, &params.text_document.uri, move |conv| {
        let within = conv
            .text_range(range)?
            .unwrap_or(TextRange::new(0, usize::MAX >> 1));
        let mut out = Vec::new();
        for hint in conv.cx.analysis.inlay_hints(&conv.cx.path, within)? {
            out.push(lsp::InlayHint {
                position: conv.position(hint.offset)?,
                label: lsp::InlayHintLabel::String(hint.label),
                kind: None,
                text_edits: None,
                tooltip: hint.tooltip.map(lsp::InlayHintTooltip::String),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            });
        }
        Ok(Some(out))
    })
    .await
}

pub async fn diagnostic(
    b: &Backend,
    params: lsp::DocumentDiagnosticParams,
) -> Result<lsp::DocumentDiagnosticReportResult> {
    let items = read(b, &params.text_document.uri, diagnostics::document_report).await?;
    Ok(lsp::DocumentDiagnosticReportResult::Report(
        lsp::DocumentDiagnosticReport::Full(lsp::RelatedFullDocumentDiagnosticReport {
            related_documents: None,
            full_document_diagnostic_report: lsp::FullDocumentDiagnosticReport {
                result_id: None,
                items,
            },
        }),
    ))
}

pub async fn workspace_diagnostic(
    b: &Backend,
    _params: lsp::WorkspaceDiagnosticParams,
) -> Result<lsp::WorkspaceDiagnosticReportResult> {
    let versions: std::collections::HashMap<String, i32> = b
        .session()
        .docs
        .iter()
        .map(|(u, d)| (u.as_str().to_owned(), d.version))
        .collect();
    let reports = read_all(b, |conv: &Conv<'_>| {
        let diagnostics = conv.cx.analysis.diagnostics()?;
        let mut files: Vec<(String, aims::db::Origin)> = conv.cx.analysis.files()?;
        files.retain(|(_, origin)| *origin != aims::db::Origin::Builtin);
        let mut grouped = diagnostics::by_uri(conv, &diagnostics)?;
        for (path, _) in files {
            if let Some(uri) = conv.uri(&path) {
                grouped
                    .entry(uri.as_str().to_owned())
                    .or_insert_with(|| (uri, Vec::new()));
            }
        }
        Ok(grouped.into_values().collect())
    })
    .await?;
    let items = reports
        .into_iter()
        .map(|(uri, items)| {
            let version = versions.get(uri.as_str()).map(|v| i64::from(*v));
            lsp::WorkspaceDocumentDiagnosticReport::Full(
                lsp::WorkspaceFullDocumentDiagnosticReport {
                    uri,
                    version,
                    full_document_diagnostic_report: lsp::FullDocumentDiagnosticReport {
                        result_id: None,
                        items,
                    },
                },
            )
        })
        .collect();
    Ok(lsp::WorkspaceDiagnosticReportResult::Report(
        lsp::WorkspaceDiagnosticReport { items },
    ))
}

pub async fn formatting(
    b: &Backend,
    params: lsp::DocumentFormattingParams,
) -> Result<Option<Vec<lsp::TextEdit>>> {
    read(b, &params.text_document.uri, |conv| {
        let Some(result) = conv.cx.analysis.format(&conv.cx.path)? else {
            return Ok(None);
        };
        let formatted = match result {
            Ok(formatted) => formatted,
            Err(error) => {
                // Formatting is refused while the file has syntax errors; the
                // diagnostics already say where.
                log(format!(
                    "not formatting {}: {}",
                    conv.cx.path, error.message
                ));
                return Ok(None);
            }
        };
        let Some(text) = conv.cx.analysis.file_text(&conv.cx.path)? else {
            return Ok(None);
        };
        if formatted == text {
            return Ok(Some(Vec::new()));
        }
        let range = conv.range(TextRange::new(0, text.len()))?;
        Ok(Some(vec![lsp::TextEdit {
            range,
            new_text: formatted,
        }]))
    })
    .await
}
