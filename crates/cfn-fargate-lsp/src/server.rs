//! The language server: document state, analysis scheduling and the LSP handlers.

use crate::document::{Document, Snapshot};
use crate::position::{encoding_kind, negotiate_encoding};
use crate::{actions, completion, hover, navigation, protocol, settings};
use cfn_fargate_core::{Encoding, Options};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

struct Entry {
    uri: Uri,
    doc: Document,
    /// The last analysis, for the version it was made of.
    snapshot: Option<Arc<Snapshot>>,
    /// Held while an analysis of this document runs: at most one at a time.
    analysis_lock: Arc<tokio::sync::Mutex<()>>,
    /// The options the snapshot was made with.
    options: Option<Options>,
}

pub struct Backend {
    client: Client,
    docs: Arc<Mutex<HashMap<String, Entry>>>,
    encoding: Arc<RwLock<Encoding>>,
    /// The client's settings (initializationOptions, then didChangeConfiguration).
    settings: Arc<RwLock<serde_json::Value>>,
    debounce: Duration,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        let debounce = std::env::var("CFN_FARGATE_LSP_DEBOUNCE_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(Duration::from_millis(25), Duration::from_millis);
        Backend {
            client,
            docs: Arc::new(Mutex::new(HashMap::new())),
            encoding: Arc::new(RwLock::new(Encoding::Utf16)),
            settings: Arc::new(RwLock::new(serde_json::Value::Null)),
            debounce,
        }
    }

    /// `logLevel` from the settings: off, error, warning, info (default) or debug.
    fn log_level(&self) -> u8 {
        let settings = self.settings.read().unwrap_or_else(|e| e.into_inner());
        let v = settings.get("cfnFargate").unwrap_or(&settings);
        match v
            .get("logLevel")
            .or_else(|| v.get("log-level"))
            .and_then(|l| l.as_str())
        {
            Some("off") => 0,
            Some("error") => 1,
            Some("warning") => 2,
            Some("debug") => 4,
            _ => 3,
        }
    }

    fn encoding(&self) -> Encoding {
        *self.encoding.read().unwrap_or_else(|e| e.into_inner())
    }

    /// The options for a document: its `cfn-fargate.toml` (the nearest one above a `file:` URI),
    /// with the client's settings over it.
    fn options(&self, uri: &str) -> Options {
        let base = config_for(uri).unwrap_or_default();
        let settings = self
            .settings
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        settings::overlay(base, &settings).0
    }

    /// Analyse a document after a short pause, publish the diagnostics if no newer version came
    /// meanwhile. Analyses of one document never overlap.
    fn schedule(&self, key: String) {
        let docs = self.docs.clone();
        let client = self.client.clone();
        let encoding = self.encoding();
        let options = self.options(&key);
        let debounce = self.debounce;
        let debug = self.log_level() >= 4;
        let version_of = |docs: &Arc<Mutex<HashMap<String, Entry>>>, key: &str| {
            docs.lock()
                .ok()
                .and_then(|d| d.get(key).map(|e| e.doc.version))
        };
        let Some(version) = version_of(&docs, &key) else {
            return;
        };
        tokio::spawn(async move {
            if !debounce.is_zero() {
                tokio::time::sleep(debounce).await;
            }
            // A newer change came during the pause: its own run publishes.
            if version_of(&docs, &key) != Some(version) {
                return;
            }
            let Some(done) = bring_up_to_date(&docs, &key, options).await else {
                client
                    .log_message(
                        MessageType::ERROR,
                        "cfn-fargate: the analysis failed on this document",
                    )
                    .await;
                return;
            };
            // A newer version came while this one waited or ran: its own run publishes.
            if version_of(&docs, &key) != Some(done.snapshot.version) {
                return;
            }
            let version = done.snapshot.version;
            let p = done.snapshot.positions(encoding);
            let diagnostics: Vec<Diagnostic> = done
                .snapshot
                .analysis()
                .findings
                .iter()
                .map(|f| protocol::diagnostic(&done.uri, &p, version, f))
                .collect();
            let message = debug.then(|| {
                format!(
                    "cfn-fargate: {} v{version}: {} diagnostics in {:.2} ms, {}",
                    done.uri.as_str(),
                    diagnostics.len(),
                    done.took.as_secs_f64() * 1000.0,
                    done.snapshot.reuse()
                )
            });
            // Let go of the snapshot before publishing, so that the next analysis can take it over
            // instead of copying it.
            let uri = done.uri.clone();
            drop(done);
            if let Some(message) = message {
                client.log_message(MessageType::LOG, message).await;
            }
            client
                .publish_diagnostics(uri, diagnostics, Some(version))
                .await;
        });
    }

    /// A snapshot of the document at its current version.
    async fn snapshot(&self, uri: &Uri) -> Result<Option<Arc<Snapshot>>> {
        let key = uri.as_str().to_string();
        if !self
            .docs
            .lock()
            .map_err(|_| Error::internal_error())?
            .contains_key(&key)
        {
            return Ok(None);
        }
        let options = self.options(&key);
        match bring_up_to_date(&self.docs, &key, options).await {
            Some(done) => Ok(Some(done.snapshot)),
            None => {
                let mut e = Error::internal_error();
                e.message = "cfn-fargate failed on this request".into();
                Err(e)
            }
        }
    }
}

/// An analysis brought up to date.
struct Done {
    snapshot: Arc<Snapshot>,
    uri: Uri,
    took: Duration,
}

/// Bring a document's analysis up to its current version and keep it: from the last analysis
/// and the edits since, or from the text when there is no usable last analysis. One at a time
/// per document. `None` when the document is gone or the analysis failed.
async fn bring_up_to_date(
    docs: &Arc<Mutex<HashMap<String, Entry>>>,
    key: &str,
    options: Options,
) -> Option<Done> {
    let lock = docs.lock().ok()?.get(key)?.analysis_lock.clone();
    let _guard = lock.lock().await;
    let (base, pending, rope, format, version, uri) = {
        let mut d = docs.lock().ok()?;
        let e = d.get_mut(key)?;
        if let Some(s) = &e.snapshot
            && s.version == e.doc.version
            && e.doc.pending.as_ref().is_some_and(Vec::is_empty)
            && e.options.as_ref() == Some(&options)
        {
            return Some(Done {
                snapshot: s.clone(),
                uri: e.uri.clone(),
                took: Duration::ZERO,
            });
        }
        e.options = Some(options.clone());
        let base = e.snapshot.take();
        let pending = e.doc.pending.replace(Vec::new());
        (
            base,
            pending,
            e.doc.rope.clone(),
            e.doc.format,
            e.doc.version,
            e.uri.clone(),
        )
    };
    let analysed = tokio::task::spawn_blocking(move || {
        let started = std::time::Instant::now();
        let fresh = || Snapshot::new(rope.to_string(), version, format, &options);
        let snapshot = match (base, pending) {
            (Some(base), Some(edits)) if base.format == format => {
                // A request may still read the last snapshot: then continue from a copy of it.
                let base = Arc::try_unwrap(base).unwrap_or_else(|shared| Snapshot::clone(&shared));
                let next = base.advance(&edits, version, &options);
                // The rope is the truth: should the two ever disagree, start again.
                if next.text().len() == rope.len_bytes() {
                    next
                } else {
                    fresh()
                }
            }
            _ => fresh(),
        };
        (snapshot, started.elapsed())
    })
    .await
    .ok();
    let mut d = docs.lock().ok()?;
    let e = d.get_mut(key)?;
    let (snapshot, took) = analysed?;
    let snapshot = Arc::new(snapshot);
    e.snapshot = Some(snapshot.clone());
    Some(Done {
        snapshot,
        uri,
        took,
    })
}

/// The `cfn-fargate.toml` that applies to a `file:` URI, if there is one and it is valid.
fn config_for(uri: &str) -> Option<Options> {
    let path = uri.strip_prefix("file://")?;
    let path = percent_decode(path);
    let path = std::path::Path::new(&path);
    let file = cfn_fargate_core::config::candidates(path)
        .into_iter()
        .find(|c| c.is_file())?;
    let text = std::fs::read_to_string(&file).ok()?;
    cfn_fargate_core::config::parse(&text, &file.display().to_string()).ok()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(Ok(b)) = s.get(i + 1..i + 3).map(|h| u8::from_str_radix(h, 16))
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Run work off the async threads; a panic becomes an error response, not a dead server.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(f).await.map_err(|_| {
        let mut e = Error::internal_error();
        e.message = "cfn-fargate failed on this request".into();
        e
    })
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered: Vec<String> = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.clone())
            .unwrap_or_default()
            .iter()
            .map(|k| k.as_str().to_string())
            .collect();
        let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
        let encoding = negotiate_encoding(&offered);
        *self.encoding.write().unwrap_or_else(|e| e.into_inner()) = encoding;
        if let Some(init) = &params.initialization_options {
            let (_, problems) = settings::options(init);
            *self.settings.write().unwrap_or_else(|e| e.into_inner()) = init.clone();
            for p in problems.iter().filter(|_| self.log_level() >= 2) {
                self.client
                    .log_message(MessageType::WARNING, format!("cfn-fargate settings: {p}"))
                    .await;
            }
        }
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "cfn-fargate".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding_kind(encoding)),
                text_document_sync: Some(TextDocumentSyncCapability::Kind(
                    TextDocumentSyncKind::INCREMENTAL,
                )),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec![":".into(), " ".into(), "\"".into()]),
                    ..CompletionOptions::default()
                }),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                rename_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                diagnostic_provider: Some(DiagnosticServerCapabilities::Options(
                    DiagnosticOptions {
                        identifier: Some("cfn-fargate".to_string()),
                        inter_file_dependencies: false,
                        workspace_diagnostics: false,
                        work_done_progress_options: WorkDoneProgressOptions::default(),
                    },
                )),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::QUICKFIX,
                            CodeActionKind::REFACTOR_REWRITE,
                            CodeActionKind::new(actions::FIX_ALL),
                        ]),
                        ..CodeActionOptions::default()
                    },
                )),
                ..ServerCapabilities::default()
            },
            ..InitializeResult::default()
        })
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let d = params.text_document;
        let key = d.uri.as_str().to_string();
        let doc = Document::new(&d.text, d.version, &d.language_id, d.uri.as_str());
        if let Ok(mut docs) = self.docs.lock() {
            docs.insert(
                key.clone(),
                Entry {
                    uri: d.uri,
                    doc,
                    snapshot: None,
                    analysis_lock: Arc::new(tokio::sync::Mutex::new(())),
                    options: None,
                },
            );
        }
        self.schedule(key);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let key = params.text_document.uri.as_str().to_string();
        let encoding = self.encoding();
        if let Ok(mut docs) = self.docs.lock()
            && let Some(e) = docs.get_mut(&key)
        {
            for change in &params.content_changes {
                e.doc.apply(change, encoding);
            }
            e.doc.version = params.text_document.version;
        }
        self.schedule(key);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let key = params.text_document.uri.as_str().to_string();
        if let Ok(mut docs) = self.docs.lock() {
            docs.remove(&key);
        }
        self.client
            .publish_diagnostics(params.text_document.uri, Vec::new(), None)
            .await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let (_, problems) = settings::options(&params.settings);
        *self.settings.write().unwrap_or_else(|e| e.into_inner()) = params.settings.clone();
        for p in problems.iter().filter(|_| self.log_level() >= 2) {
            self.client
                .log_message(MessageType::WARNING, format!("cfn-fargate settings: {p}"))
                .await;
        }
        let keys: Vec<String> = self
            .docs
            .lock()
            .map(|d| d.keys().cloned().collect())
            .unwrap_or_default();
        for key in keys {
            if let Ok(mut docs) = self.docs.lock()
                && let Some(e) = docs.get_mut(&key)
            {
                e.snapshot = None;
            }
            self.schedule(key);
        }
    }

    /// Pull diagnostics: the same diagnostics as published, for clients that ask.
    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let Some(s) = self.snapshot(&uri).await? else {
            return Err(Error::invalid_params("the document is not open"));
        };
        let encoding = self.encoding();
        let items = blocking(move || {
            let p = s.positions(encoding);
            s.analysis()
                .findings
                .iter()
                .map(|f| protocol::diagnostic(&uri, &p, s.version, f))
                .collect::<Vec<_>>()
        })
        .await?;
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let pos = params.text_document_position;
        let Some(s) = self.snapshot(&pos.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let items = blocking(move || {
            let offset = s.positions(encoding).offset(pos.position);
            completion::complete(&s, offset, encoding)
        })
        .await?;
        Ok((!items.is_empty()).then_some(CompletionResponse::Array(items)))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let pos = params.text_document_position_params;
        let Some(s) = self.snapshot(&pos.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        blocking(move || {
            let offset = s.positions(encoding).offset(pos.position);
            hover::hover(&s, offset)
        })
        .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let pos = params.text_document_position_params;
        let Some(s) = self.snapshot(&pos.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let uri = pos.text_document.uri.clone();
        blocking(move || {
            let offset = s.positions(encoding).offset(pos.position);
            navigation::definition(&s, &uri, offset, encoding).map(GotoDefinitionResponse::Scalar)
        })
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let pos = params.text_document_position;
        let Some(s) = self.snapshot(&pos.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let uri = pos.text_document.uri.clone();
        let include = params.context.include_declaration;
        blocking(move || {
            let offset = s.positions(encoding).offset(pos.position);
            Some(navigation::references(&s, &uri, offset, include, encoding))
        })
        .await
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let pos = params.text_document_position;
        let Some(s) = self.snapshot(&pos.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let uri = pos.text_document.uri.clone();
        let new_name = params.new_name;
        blocking(move || {
            let offset = s.positions(encoding).offset(pos.position);
            navigation::rename(&s, &uri, offset, &new_name, encoding)
        })
        .await?
        .map(Some)
        .map_err(Error::invalid_params)
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(s) = self.snapshot(&params.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        blocking(move || {
            Some(DocumentSymbolResponse::Nested(navigation::symbols(
                &s, encoding,
            )))
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some(s) = self.snapshot(&params.text_document.uri).await? else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let options = self.options(params.text_document.uri.as_str());
        let uri = params.text_document.uri.clone();
        blocking(move || {
            let only = params.context.only.as_deref();
            let list = actions::actions(
                &s,
                &uri,
                params.range,
                &params.context.diagnostics,
                only,
                encoding,
                &options,
            );
            (!list.is_empty()).then_some(list)
        })
        .await
    }
}
