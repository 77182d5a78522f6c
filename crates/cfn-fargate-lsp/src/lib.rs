//! The cfn-fargate language server: the only crate that knows LSP types. Served over stdio by
//! `cfn-fargate lsp`.
//!
//! Documents are kept as ropes and edited incrementally; each change schedules an analysis (after
//! a short pause, at most one per document at a time, dropped when a newer version arrives) whose
//! diagnostics are published with the document's version. Positions use the encoding negotiated
//! at `initialize`: UTF-8 when the client offers it, else UTF-16.

pub mod actions;
pub mod completion;
pub mod cursor;
pub mod document;
pub mod hover;
pub mod navigation;
pub mod position;
pub mod protocol;
#[rustfmt::skip]
pub mod schema;
pub mod schema_types;
pub mod server;
pub mod settings;

pub use position::{encoding_name, negotiate_encoding};

/// Serve LSP over standard input and output until the client says `exit`.
pub fn run_stdio() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let stdin = tokio::io::stdin();
        let stdout = tokio::io::stdout();
        let (service, socket) = tower_lsp_server::LspService::new(server::Backend::new);
        tower_lsp_server::Server::new(stdin, stdout, socket)
            .serve(service)
            .await;
    });
    Ok(())
}
