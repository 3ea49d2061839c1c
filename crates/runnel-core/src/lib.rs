//! # Runnel core
//!
//! Spark Structured Streaming semantics over Arrow, with no threads, no async
//! runtime and no file system, so that it builds for `wasm32-unknown-unknown`.
//!
//! ```text
//!  PySpark script / JS / Rust ──► DataFrame ──► LogicalPlan (names and types resolved eagerly)
//!                                                   │ planner: output-mode and watermark checks (Spark's refusals)
//!                                                   ▼
//!  Source ─ offsets ─► MicroBatchExecutor::step() ─ RecordBatch ─► Sink::add_batch(epoch, rows)
//!                         │ watermark, state store, offset/commit log
//!                         ▼
//!                      CheckpointStore (memory here; a directory in runnel-connectors)
//! ```
//!
//! Everything between a source and a sink is an Arrow `RecordBatch`.
#![warn(missing_docs)]

pub mod error;
pub mod expr;
pub mod scalar;
pub mod temporal;
pub mod types;

pub use error::{Result, RunnelError};
