//! Execution: one micro-batch at a time ([`executor::MicroBatchExecutor::step`]),
//! driving the operators of [`crate::ops`], and progress reports ([`progress`]).

pub mod executor;
pub mod progress;
