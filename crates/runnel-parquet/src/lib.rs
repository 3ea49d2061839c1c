//! # runnel-parquet
//!
//! File formats over the session's file system, for the native build (the local disk)
//! and the npm package (the page's virtual files) alike: the Parquet source and batch
//! read, and the file sinks (Parquet, JSON, CSV, text: the core's `io::file_sink` with
//! Spark's `_spark_metadata` log, Parquet encoded here). CSV sources live in
//! runnel-connectors. `zstd` compression needs the parquet crate's `zstd` feature (the
//! native build turns it on; the wasm build has snappy and none).
#![warn(missing_docs)]

#[cfg(feature = "codec")]
pub mod codec;
#[cfg(feature = "provider")]
mod provider;
#[cfg(feature = "provider")]
pub use provider::*;
