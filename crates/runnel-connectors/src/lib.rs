//! # runnel-connectors
//!
//! Native-only pieces of Runnel: the local file system under the core's file
//! sources (JSON, text), and the data source provider the CLI registers.
#![warn(missing_docs)]

pub mod local_fs;

pub use local_fs::LocalFileSystem;
