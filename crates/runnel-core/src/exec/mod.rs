//! Execution: one micro-batch at a time ([`executor::MicroBatchExecutor::step`]),
//! the operators ([`run`]), aggregation ([`aggregate`]) and progress reports ([`progress`]).

pub mod aggregate;
pub mod executor;
pub mod progress;
pub mod run;
