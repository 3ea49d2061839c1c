//! A Spark Connect server over Runnel's engine (`runnel connect`): PySpark's own client
//! (`pyspark-client`, `SparkSession.builder.remote("sc://host:port")`) drives Runnel.
//!
//! ```text
//!  PySpark client ──gRPC──► tonic handlers (service.rs, tokio threads)
//!                                │ Job + oneshot reply over a channel
//!                                ▼
//!                      engine thread (engine.rs): sessions, plans → DataFrames
//!                      (plan.rs), streaming queries driven between requests
//! ```
//!
//! The protocol is Spark 4.2's, with the messages of the crate `apache-spark-connect-proto`.

pub mod arrow;
pub mod engine;
pub mod error;
pub mod plan;
pub mod service;
pub mod types;

use std::net::SocketAddr;

pub use engine::{EngineHandle, EngineOptions};

/// Where to listen, and what every session starts with.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Host or address to bind.
    pub host: String,
    /// Port (0: any free one).
    pub port: u16,
    /// Path maps and configuration for every session.
    pub engine: EngineOptions,
}

/// Serves until Ctrl-C. `ready` is told the bound address once clients can connect.
pub fn serve(opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    let engine = EngineHandle::spawn(opts.engine)
        .map_err(|e| format!("cannot start the engine thread: {e}"))?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the gRPC runtime: {e}"))?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind((opts.host.as_str(), opts.port))
            .await
            .map_err(|e| format!("cannot listen on {}:{}: {e}", opts.host, opts.port))?;
        let addr = listener
            .local_addr()
            .map_err(|e| format!("cannot read the bound address: {e}"))?;
        ready(addr);
        tonic::transport::Server::builder()
            .add_service(service::ConnectService::new(engine))
            .serve_with_incoming_shutdown(
                tokio_stream::wrappers::TcpListenerStream::new(listener),
                async {
                    let _ = tokio::signal::ctrl_c().await;
                },
            )
            .await
            .map_err(|e| format!("the gRPC server stopped: {e}"))
    })
}
