//! Execution: one micro-batch at a time ([`executor::MicroBatchExecutor::step`]),
//! driving the operators of [`crate::ops`], progress reports ([`progress`]), and
//! stopping a batch at a safe point ([`interrupt`]).

pub mod executor;
pub mod interrupt;
pub mod progress;
