//! # Runnel core
//!
//! Spark Structured Streaming semantics over Arrow, with no threads, no async
//! runtime and no file system, so that it builds for `wasm32-unknown-unknown`.
//!
//! ```text
//!  PySpark script / JS / Rust ──► DataFrame ──► logical plan (names and types resolved eagerly)
//!                                                   │ planner: output-mode checks (Spark's refusals)
//!                                                   ▼
//!  Source ─ offsets ─► MicroBatchExecutor::step() ─ RecordBatch ─► Sink::add_batch(epoch, rows)
//!                         │ watermark, operator state, progress
//! ```
//!
//! Everything between a source and a sink is an Arrow `RecordBatch`.
#![warn(missing_docs)]

pub mod error;
pub mod exec;
pub mod expr;
pub mod io;
pub mod ipc_check;
pub mod java_map;
pub mod logical;
pub mod mode;
pub mod ops;
pub mod planner;
pub mod query;
pub mod scalar;
pub mod session;
pub mod state;
pub mod temporal;
pub mod types;

pub use error::{Result, RunnelError};
pub use logical::{DataFrame, GroupedData};
pub use query::StreamingQuery;
pub use session::{SparkSession, WeakSparkSession};
