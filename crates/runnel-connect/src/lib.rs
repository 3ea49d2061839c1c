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
pub mod pandas;
pub mod plan;
pub mod reattach;
pub mod service;
pub mod tws;
pub mod types;
pub mod udf;
pub mod worker;

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

/// The address a worker on this machine reaches the server at.
fn local_host(addr: &SocketAddr) -> String {
    match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".into(),
        ip if ip.is_unspecified() => "[::1]".into(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    }
}

/// Serves until Ctrl-C. `ready` is told the bound address once clients can connect.
pub fn serve(opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<(), String> {
    serve_until(opts, |addr, _| ready(addr), async {
        let _ = tokio::signal::ctrl_c().await;
    })
}

/// Serves until `shutdown` completes. `ready` is told the bound address, and given the
/// engine's handle, once clients can connect.
pub fn serve_until(
    opts: ServeOptions,
    ready: impl FnOnce(SocketAddr, EngineHandle),
    shutdown: impl std::future::Future<Output = ()> + Send,
) -> Result<(), String> {
    // A setting every session would refuse (an unknown session time zone) stops the
    // server before it listens.
    let probe = runnel_core::SparkSession::new();
    for (k, v) in &opts.engine.conf {
        probe
            .conf_set(k, v)
            .map_err(|e| format!("--conf {k}={v}: {e}"))?;
    }
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
        let _ = worker::LOCAL_URL.set(format!("sc://{}:{}/", local_host(&addr), addr.port()));
        ready(addr, engine.clone());
        tonic::transport::Server::builder()
            .add_service(service::ConnectService::new(engine))
            .serve_with_incoming_shutdown(
                // TCP_NODELAY: without it each small response waited for the client's
                // delayed ACK (a trivial ExecutePlan took ~90 ms; Nagle's algorithm).
                tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true)),
                shutdown,
            )
            .await
            .map_err(|e| format!("the gRPC server stopped: {e}"))
    })
}
