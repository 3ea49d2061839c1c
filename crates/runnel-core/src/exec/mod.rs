//! Execution: one micro-batch at a time ([`executor::MicroBatchExecutor::step`]),
//! driving the operators of [`crate::ops`]; the grouping and accumulators of
//! aggregation ([`aggregate`]) and progress reports ([`progress`]).

pub mod aggregate;
pub mod executor;
pub mod progress;
