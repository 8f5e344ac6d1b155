//! The one place that knows both worlds: byte offsets and workspace paths on the
//! compiler side, LSP positions (in the negotiated encoding) and URIs on the other.

use std::cell::RefCell;
use std::collections::HashMap;

use aims::analysis::Cancellable;
use aims::diagnostics::{self as d, Severity};
use aims::ide;
use aims::text::{ColumnUnit, LineCol, LineIndex, TextRange};
use tower_lsp_server::ls_types::{self as lsp, Uri};

use crate::session::ReadCx;

/// Converts for one read: caches line indexes of the files it touches.
pub struct Conv<'a> {
    pub cx: &'a ReadCx,
    indexes: RefCell<HashMap<String, Option<LineIndex>>>,
}

impl<'a> Conv<'a> {
    pub fn new(cx: &'a ReadCx) -> Conv<'a> {
        Conv {
            cx,
            indexes: RefCell::new(HashMap::new()),
        }
    }

    fn with_index<T>(&self, path: &str, f: impl FnOnce(&LineIndex) -> T) -> Cancellable<Option<T>> {
        if !self.indexes.borrow().contains_key(path) {
            let index = self.cx.analysis.line_index(path)?;
            self.indexes.borrow_mut().insert(path.to_owned(), index);
        }
        Ok(self
            .indexes
            .borrow()
            .get(path)
            .and_then(|i| i.as_ref())
            .map(f))
    }

    /// The byte offset of a position in the current file.
    pub fn offset(&self, position: lsp::Position) -> Cancellable<Option<usize>> {
        let unit = self.cx.unit;
        self.with_index(&self.cx.path, |index| offset(index, position, unit))
    }

    pub fn text_range(&self, range: lsp::Range) -> Cancellable<Option<TextRange>> {
        let unit = self.cx.unit;
        self.with_index(&self.cx.path, |index| {
            TextRange::new(
                offset(index, range.start, unit),
                offset(index, range.end, unit).max(offset(index, range.start, unit)),
            )
        })
    }

    pub fn range_in(&self, path: &str, range: TextRange) -> Cancellable<Option<lsp::Range>> {
        let unit = self.cx.unit;
        self.with_index(path, |index| lsp_range(index, range, unit))
    }

    pub fn range(&self, range: TextRange) -> Cancellable<lsp::Range> {
        Ok(self
            .range_in(&self.cx.path.clone(), range)?
            .unwrap_or_default())
    }

    pub fn position(&self, offset: usize) -> Cancellable<lsp::Position> {
        let unit = self.cx.unit;
        Ok(self
            .with_index(&self.cx.path, |index| position(index, offset, unit))?
            .unwrap_or(lsp::Position::new(0, 0)))
    }

    pub fn uri(&self, path: &str) -> Option<Uri> {
        self.cx.paths.uri(path)
    }

    pub fn location(&self, path: &str, range: TextRange) -> Cancellable<Option<lsp::Location>> {
        let Some(uri) = self.uri(path) else {
            return Ok(None);
        };
        Ok(self
            .range_in(path, range)?
            .map(|range| lsp::Location { uri, range }))
    }

    /// The line index of any workspace path, for callers that convert many ranges.
    pub fn index_of(&self, path: &str) -> Cancellable<Option<LineIndex>> {
        self.with_index(path, LineIndex::clone)
    }
}

pub fn offset(index: &LineIndex, position: lsp::Position, unit: ColumnUnit) -> usize {
    index.offset(
        LineCol {
            line: position.line,
            col: position.character,
        },
        unit,
    )
}

pub fn position(index: &LineIndex, offset: usize, unit: ColumnUnit) -> lsp::Position {
    let lc = index.line_col(offset, unit);
    lsp::Position::new(lc.line, lc.col)
}

pub fn lsp_range(index: &LineIndex, range: TextRange, unit: ColumnUnit) -> lsp::Range {
    lsp::Range::new(
        position(index, range.start as usize, unit),
        position(index, range.end as usize, unit),
    )
}

/// A compiler diagnostic as an LSP diagnostic. `related` converts label locations
/// (which may be in other files).
pub fn diagnostic(
    diag: &d::Diagnostic,
    index: &LineIndex,
    unit: ColumnUnit,
    related: &dyn Fn(&d::Location) -> Option<lsp::Location>,
) -> lsp::Diagnostic {
    let severity = match diag.severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Note => lsp::DiagnosticSeverity::INFORMATION,
    };
    let mut message = diag.message.clone();
    if let Some(help) = &diag.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let related_information: Vec<lsp::DiagnosticRelatedInformation> = diag
        .labels
        .iter()
        .filter_map(|l| {
            Some(lsp::DiagnosticRelatedInformation {
                location: related(&l.location)?,
                message: l.message.clone(),
            })
        })
        .collect();
    let mut tags = Vec::new();
    if diag.code == d::Code::UnusedDeclaration {
        tags.push(lsp::DiagnosticTag::UNNECESSARY);
    }
    lsp::Diagnostic {
        range: lsp_range(index, diag.location.range, unit),
        severity: Some(severity),
        code: Some(lsp::NumberOrString::String(diag.code.name().to_owned())),
        code_description: None,
        source: Some("aims".into()),
        message,
        related_information: (!related_information.is_empty()).then_some(related_information),
        tags: (!tags.is_empty()).then_some(tags),
        data: None,
    }
}

pub fn hover(conv: &Conv<'_>, hover: ide::HoverResult) -> Cancellable<lsp::Hover> {
    Ok(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: hover.markdown,
        }),
        range: Some(conv.range(hover.range)?),
    })
}

/// A completion item; `rank` keeps the compiler's order (required fields first,
/// enum words in schema order), which clients would otherwise sort by label.
pub fn completion(
    conv: &Conv<'_>,
    rank: usize,
    item: ide::CompletionItem,
) -> Cancellable<lsp::CompletionItem> {
    use ide::CompletionKind as K;
    let kind = match item.kind {
        K::Keyword => lsp::CompletionItemKind::KEYWORD,
        K::Field => lsp::CompletionItemKind::FIELD,
        K::EnumWord => lsp::CompletionItemKind::ENUM_MEMBER,
        K::Reference => lsp::CompletionItemKind::REFERENCE,
        K::Framework => lsp::CompletionItemKind::MODULE,
        K::Requirement => lsp::CompletionItemKind::CONSTANT,
        K::Value => lsp::CompletionItemKind::VALUE,
    };
    let range = conv.range(item.replace)?;
    Ok(lsp::CompletionItem {
        label: item.label.clone(),
        kind: Some(kind),
        detail: item.detail,
        documentation: item.documentation.map(|value| {
            lsp::Documentation::MarkupContent(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value,
            })
        }),
        filter_text: Some(item.label),
        sort_text: Some(format!("{rank:05}")),
        text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
            range,
            new_text: item.insert,
        })),
        ..Default::default()
    })
}

pub fn symbol_kind(kind: &str) -> lsp::SymbolKind {
    match kind {
        "organisation" => lsp::SymbolKind::PACKAGE,
        "role" => lsp::SymbolKind::INTERFACE,
        "system" => lsp::SymbolKind::CLASS,
        "dataset" | "evidence" => lsp::SymbolKind::FILE,
        "supplier" => lsp::SymbolKind::OBJECT,
        "risk" => lsp::SymbolKind::EVENT,
        "control" => lsp::SymbolKind::METHOD,
        "certification" | "attestation" => lsp::SymbolKind::STRUCT,
        "framework" | "crosswalk" => lsp::SymbolKind::NAMESPACE,
        "group" => lsp::SymbolKind::MODULE,
        "clause" | "subcategory" | "criterion" | "obligation" | "theme" => {
            lsp::SymbolKind::CONSTANT
        }
        "exclude" => lsp::SymbolKind::NULL,
        _ => lsp::SymbolKind::FIELD,
    }
}

#[allow(deprecated)]
pub fn document_symbol(
    conv: &Conv<'_>,
    symbol: ide::DocumentSymbol,
) -> Cancellable<lsp::DocumentSymbol> {
    let children = symbol
        .children
        .into_iter()
        .map(|c| document_symbol(conv, c))
        .collect::<Cancellable<Vec<_>>>()?;
    Ok(lsp::DocumentSymbol {
        name: if symbol.name.is_empty() {
            symbol.kind.clone()
        } else {
            symbol.name
        },
        detail: Some(match symbol.detail {
            Some(title) => format!("{} · {title}", symbol.kind),
            None => symbol.kind.clone(),
        }),
        kind: symbol_kind(&symbol.kind),
        tags: None,
        deprecated: None,
        range: conv.range(symbol.range)?,
        selection_range: conv.range(symbol.selection)?,
        children: (!children.is_empty()).then_some(children),
    })
}

/// Semantic tokens, relative-encoded. Tokens spanning lines (block strings) are split
/// into one token per line, since clients need not support multi-line tokens.
pub fn semantic_tokens(
    index: &LineIndex,
    unit: ColumnUnit,
    tokens: &[ide::SemanticToken],
) -> Vec<lsp::SemanticToken> {
    let mut out = Vec::new();
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    for token in tokens {
        let kind = ide::TokenKind::ALL
            .iter()
            .position(|k| *k == token.kind)
            .unwrap_or(0) as u32;
        let modifiers = token.modifiers.iter().fold(0, |bits, m| bits | m.bit());
        let start = index.line_col(token.range.start as usize, unit);
        let end = index.line_col(token.range.end as usize, unit);
        for line in start.line..=end.line {
            let col = if line == start.line { start.col } else { 0 };
            let end_col = if line == end.line {
                end.col
            } else {
                let text = index.line_text(line as usize);
                match unit {
                    ColumnUnit::Utf8 => text.len() as u32,
                    ColumnUnit::Utf16 => text.encode_utf16().count() as u32,
                    ColumnUnit::Char => text.chars().count() as u32,
                }
            };
            if end_col <= col {
                continue;
            }
            let delta_line = line - prev_line;
            let delta_start = if delta_line == 0 { col - prev_col } else { col };
            out.push(lsp::SemanticToken {
                delta_line,
                delta_start,
                length: end_col - col,
                token_type: kind,
                token_modifiers_bitset: modifiers,
            });
            prev_line = line;
            prev_col = col;
        }
    }
    out
}

pub fn token_legend() -> lsp::SemanticTokensLegend {
    use ide::TokenKind as K;
    let types = ide::TokenKind::ALL
        .iter()
        .map(|k| match k {
            K::Keyword => lsp::SemanticTokenType::KEYWORD,
            K::Type => lsp::SemanticTokenType::TYPE,
            K::Property => lsp::SemanticTokenType::PROPERTY,
            K::EnumMember => lsp::SemanticTokenType::ENUM_MEMBER,
            K::Variable => lsp::SemanticTokenType::VARIABLE,
            K::Namespace => lsp::SemanticTokenType::NAMESPACE,
            K::String => lsp::SemanticTokenType::STRING,
            K::Number => lsp::SemanticTokenType::NUMBER,
            K::Comment => lsp::SemanticTokenType::COMMENT,
        })
        .collect();
    let modifiers = ide::TokenModifier::ALL
        .iter()
        .map(|m| match m {
            ide::TokenModifier::Declaration => lsp::SemanticTokenModifier::DECLARATION,
            ide::TokenModifier::Documentation => lsp::SemanticTokenModifier::DOCUMENTATION,
        })
        .collect();
    lsp::SemanticTokensLegend {
        token_types: types,
        token_modifiers: modifiers,
    }
}

pub fn folding_range(
    index: &LineIndex,
    unit: ColumnUnit,
    fold: ide::Fold,
) -> Option<lsp::FoldingRange> {
    let start = index.line_col(fold.range.start as usize, unit).line;
    let end = index.line_col(fold.range.end as usize, unit).line;
    (end > start).then(|| lsp::FoldingRange {
        start_line: start,
        start_character: None,
        // Keep the closing line visible, like most editors do for braces.
        end_line: if fold.kind == ide::FoldKind::Comment {
            end
        } else {
            end.saturating_sub(1).max(start)
        },
        end_character: None,
        kind: Some(match fold.kind {
            ide::FoldKind::Comment => lsp::FoldingRangeKind::Comment,
            ide::FoldKind::Region => lsp::FoldingRangeKind::Region,
        }),
        collapsed_text: None,
    })
}

/// Text edits grouped by file into a workspace edit.
pub fn workspace_edit(
    conv: &Conv<'_>,
    edits: Vec<(String, TextRange, String)>,
) -> Cancellable<lsp::WorkspaceEdit> {
    let mut changes: HashMap<Uri, Vec<lsp::TextEdit>> = HashMap::new();
    for (path, range, new_text) in edits {
        let (Some(uri), Some(range)) = (conv.uri(&path), conv.range_in(&path, range)?) else {
            continue;
        };
        changes
            .entry(uri)
            .or_default()
            .push(lsp::TextEdit { range, new_text });
    }
    Ok(lsp::WorkspaceEdit {
        changes: Some(changes),
        document_changes: None,
        change_annotations: None,
    })
}
