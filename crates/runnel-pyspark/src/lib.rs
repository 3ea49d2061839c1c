//! # runnel-pyspark
//!
//! Runs PySpark Structured Streaming scripts, unchanged but for paths, on
//! Runnel's engine. The script is parsed with ruff's Python parser; an
//! interpreter walks the subset streaming scripts use (imports, assignments,
//! method chains, calls with keyword arguments, literals, f-strings, `def`, `if`,
//! `for`, `try`) and drives runnel-core's DataFrame API. Anything else is refused
//! with the construct's name and its line and column.
#![warn(missing_docs)]

pub mod compare;
pub mod oracle;
mod pyspark;
pub mod python;

pub use python::{interp, value};

pub use interp::{Host, Interpreter, RunAvailable};
pub use pyspark::cpython::{CpythonNeed, needs_cpython};
pub use pyspark::udf::batched_udf_column;
pub use value::Value;
